//! Phenomena of cue words in another sense, found on PolNeAR train: a cue word used as a
//! noun, in a name, under a modal or "to", with an object of another sense, or as an event
//! with no content, is no reported speech (one test per phenomenon, sentences written for
//! the tests). Moved from `phenomena_cues.rs`, which keeps the verbs that do report.

use super::probes::cues;

#[test]
fn an_infinitive_cue_is_speech_planned_or_refused_not_reported() {
    for t in [
        "Ana Ruiz declined to say whether the plant would close.",
        "The council sought to portray the levy as temporary.",
        "Bo Chen will have to tell the board that the money is gone.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
    // A finite cue still reports: "said that", and a quote after "to say" keeps its speaker.
    assert_eq!(cues("Ana Ruiz said that the plant would close."), ["said"]);
}

#[test]
fn a_role_or_a_noun_is_not_a_cue_of_advising_rating_or_thanking() {
    for t in [
        "Bo Chen, a pollster who advises the mayor, runs a small firm in Leeds.",
        "The jobless rate fell to 4 percent, one of the lowest rates in years.",
        "The club survived, thanks to a late gift from Ana Ruiz.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
    assert_eq!(
        cues("Ana Ruiz advised that the bridge stay closed."),
        ["advised"]
    );
}

#[test]
fn a_passive_under_a_modal_or_to_is_not_reported_speech() {
    for t in [
        "A note could be added to the film to keep it up to date.",
        "The delay is not likely to be attributed to the strike.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
    // The reported passive stands, with no speaker.
    assert_eq!(cues("The winner was declared on Monday."), ["declared"]);
}

#[test]
fn a_cue_word_used_as_a_noun_in_a_name_after_a_quantifier_or_before_said() {
    for t in [
        // A name that "the" opens: "the Gulf States", "the Daily Report".
        "Bo Chen met envoys from the Gulf States on Monday.",
        "The senator from the United States should “act now,” the mayor wrote in a memo.",
        "Ana Ruiz attacked the Leeds Report for its coverage.",
        // A plural after a quantifier.
        "Bo Chen has broken many promises he made to the voters.",
        "Turnout rose in other states as well.",
    ] {
        assert!(
            cues(t)
                .iter()
                .all(|c| !matches!(c.as_str(), "States" | "Report" | "promises" | "states")),
            "{t}: {:?}",
            cues(t)
        );
    }
    // "the report said": the cue is "said", the report its subject.
    assert_eq!(
        cues("The hack came from abroad, the audit report said."),
        ["said"]
    );
    // The verbs stay cues: a name before them, "many, says", a participle after "said".
    assert_eq!(
        cues("The Ledger reports that the mill will close."),
        ["reports"]
    );
    assert_eq!(
        cues("Ana Ruiz, like many, says the mill will close."),
        ["says"]
    );
    assert_eq!(
        cues("“It is over,” Ana Ruiz said answering a question."),
        ["said"]
    );
    assert_eq!(
        cues("The ad states, “Bo Chen is the one you can trust.”"),
        ["states"]
    );
}

#[test]
fn a_verb_of_aspect_under_a_modal_or_with_an_object_is_no_speech() {
    for t in [
        // An object of its own: going on doing, not saying.
        "The divers continued their search for the boat near Leeds.",
        "Bo Chen says he would continue the mayor's policies if elected.",
        "On Sunday, Ana Ruiz went on the offensive.",
        // Under a modal: what will be done.
        "The charity will continue to raise money from local donors.",
        "Bo Chen said the party would continue “to break new ground” in the north.",
    ] {
        assert!(
            cues(t)
                .iter()
                .all(|c| !matches!(c.as_str(), "continued" | "continue" | "went on")),
            "{t}: {:?}",
            cues(t)
        );
    }
    // Going on speaking still reports: an infinitive of saying, "that", a colon.
    assert_eq!(
        cues("Ana Ruiz continued to insist that the levy was fair."),
        ["continued"]
    );
    assert_eq!(
        cues("Bo Chen went on to say that the plant would close."),
        ["went on to say"]
    );
    assert_eq!(
        cues("Ana Ruiz continued that the levy was fair."),
        ["continued"]
    );
}

#[test]
fn the_plain_report_is_a_noun_and_a_noun_before_a_reporting_verb_is_its_subject() {
    for t in [
        "A 2019 report by the Leeds Institute found no such thing.",
        "Ana Ruiz attacked a Ledger report that the mill would close.",
        "The mill closed in May, a police report indicates.",
    ] {
        assert!(cues(t).iter().all(|c| c != "report"), "{t}: {:?}", cues(t));
    }
    // The noun's verb is the cue: "reports show", "report found".
    assert_eq!(
        cues("Yet audit reports show that the levy was spent twice."),
        ["show"]
    );
    // The verb after a pronoun, "to" or an auxiliary, and the third person, stay cues.
    assert_eq!(
        cues("Bo Chen said they report that the money was gone."),
        ["said", "report"]
    );
    assert_eq!(
        cues("The Ledger reports that the mill will close."),
        ["reports"]
    );
}

#[test]
fn an_act_of_speaking_with_no_content_is_an_event_not_a_statement() {
    for t in [
        // A conversation.
        "Bo Chen spoke with Ana Ruiz on Tuesday about the budget.",
        "A former mayor who argued with Bo Chen at the meeting said little.",
        // The time of another clause.
        "“We will win,” a voter said after Ana Ruiz spoke.",
        "As Bo Chen spoke in the hall, the crowd grew restless.",
    ] {
        assert!(
            cues(t)
                .iter()
                .all(|c| !matches!(c.as_str(), "spoke" | "argued")),
            "{t}: {:?}",
            cues(t)
        );
    }
    // With content of its own the same verbs report: "after Lee argued that".
    assert_eq!(
        super::probes::speaker_of_cue(
            "After Ana Ruiz argued that the levy was unfair, the vote failed.",
            "argued"
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        super::probes::speaker_of_cue("Ana Ruiz spoke of a “new start” for Leeds.", "spoke of")
            .as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_name_in_use_among_people_at_large_is_no_statement() {
    for t in [
        "Ana Ruiz wants to close what some call the “Leeds loophole.”",
        "Bo Chen backs new spending on what we call “infrastructure.”",
        "The feud between Ana and Bo, as they call each other, goes on.",
    ] {
        assert!(cues(t).iter().all(|c| c != "call"), "{t}: {:?}", cues(t));
    }
    // A named speaker's naming reports: "what critics call", "what Ruiz called".
    assert_eq!(
        cues("The levy, a procedure that critics call “theft,” passed."),
        ["call"]
    );
    assert_eq!(
        cues("Bo Chen attacked what Ana Ruiz called “a fair levy.”"),
        ["called"]
    );
}

#[test]
fn a_verb_whose_plain_object_is_another_sense_reports_only_with_a_clause() {
    for t in [
        "Ana Ruiz won the Leeds caucus, claiming her third victory of the week.",
        "Bo Chen boasts a 20-point lead over his nearest rival.",
        "In the other race, Ana Ruiz maintained her lead over Bo Chen.",
        "Bo Chen is conceding the race in a call to Ana Ruiz.",
        "The team added a clip of the parade to the film.",
        "The nurses who demanded a shorter week went on strike.",
    ] {
        assert!(
            cues(t).iter().all(|c| !matches!(
                c.as_str(),
                "claiming" | "boasts" | "maintained" | "conceding" | "added" | "demanded"
            )),
            "{t}: {:?}",
            cues(t)
        );
    }
    // A clause after the object, a colon, an inverted clause: speech.
    assert_eq!(
        cues("Ana Ruiz maintained her rival had lied about the levy."),
        ["maintained"]
    );
    assert_eq!(
        cues("Then Bo Chen added a warning: the mill would close."),
        ["added"]
    );
    assert_eq!(
        cues("Ana Ruiz demanded that the mill stay open."),
        ["demanded"]
    );
    assert_eq!(
        super::probes::speaker_of_cue("“The mill is safe,” added a Leeds voter.", "added")
            .as_deref(),
        Some("a Leeds voter")
    );
}

#[test]
fn called_her_to_say_is_a_telephone_call_not_a_naming() {
    for t in [
        "Ana Ruiz said some voters have called her to say they will stay home.",
        "Bo Chen told friends that he called her at noon.",
    ] {
        assert!(cues(t).iter().all(|c| c != "called"), "{t}: {:?}", cues(t));
    }
    // With its complement the pronoun is named: "called him a liar".
    assert_eq!(
        super::probes::speaker_of_cue("Ana Ruiz called him a liar on Monday.", "called").as_deref(),
        Some("Ana Ruiz")
    );
}
