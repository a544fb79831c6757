//! Phenomena of cue gaps found on PolNeAR train: verbs of speaking the lexicon lacked, each
//! with the rule that keeps its other senses out (one test per phenomenon, sentences written
//! for the tests).

use super::probes::{assert_no_cues, attributions, cues};
use crate::scan;

#[test]
fn verbs_of_proclaiming_quoting_and_retweeting_report_speech() {
    assert_eq!(
        cues("Ana Ruiz proclaimed that the strike was over."),
        ["proclaimed"]
    );
    assert_eq!(
        cues("The Ledger quoted a nurse as saying the ward was full."),
        ["quoted"]
    );
    assert_eq!(
        cues("Bo Chen retweeted that the vote had been delayed."),
        ["retweeted"]
    );
    assert_eq!(
        cues("During the debate, Ana Ruiz cracked, “I am the boring one.”"),
        ["cracked"]
    );
    assert_eq!(
        cues("Bo Chen knocked the plan as a “giveaway to landlords.”"),
        ["knocked"]
    );
    // Their other senses: a joke cracked, a door knocked, a word spoken in a quote.
    for t in [
        "They cracked jokes all evening.",
        "Bo Chen knocked on every door in the ward.",
        "“I heard him say, quote, ‘do it,’” Ana Ruiz said.",
    ] {
        assert!(
            cues(t)
                .iter()
                .all(|c| c != "cracked" && c != "knocked" && c != "quote"),
            "{t}: {:?}",
            cues(t)
        );
    }
}

#[test]
fn a_transcript_turn_is_labelled_by_its_speaker_and_a_colon() {
    let t = "Ana Ruiz spoke with Bo Chen on the radio.\n\
             Ruiz: Well, the vote was never going to be easy.\n\
             Chen: No, and nobody said it would be.\n\
             Poll: Ruiz and Chen are tied in the latest count.";
    let a: Vec<_> = scan(t)
        .attributions
        .into_iter()
        .filter(|a| a.cue == ":")
        .map(|a| a.speaker)
        .collect();
    // (The poll's label names a source: a_label_that_names_a_source_reports_its_headline.)
    assert_eq!(
        a,
        [
            Some("Ana Ruiz".to_string()),
            Some("Bo Chen".to_string()),
            Some("Poll".to_string())
        ]
    );
}

#[test]
fn a_headline_that_opens_with_a_persons_name_and_a_colon_reports_their_words() {
    let t = "Ana Ruiz: Lakeside Council Must Act Now On Housing\n\
             The mayor, Ana Ruiz, spoke on Monday.";
    assert_eq!(
        super::probes::speaker_of_cue(t, ":").as_deref(),
        Some("Ana Ruiz")
    );
    // A label that names no person, and no source, reports nothing.
    let t = "Update: Lakeside Council Will Meet Again On Friday\nAna Ruiz spoke on Monday.";
    assert!(cues(t).iter().all(|c| c != ":"), "{t}: {:?}", cues(t));
}

#[test]
fn judging_something_aloud_reports_it_without_a_quote() {
    for (t, cue) in [
        ("Bo Chen defended his vote on the radio.", "defended"),
        (
            "Ana Ruiz defends the levy in a letter to voters.",
            "defends",
        ),
        (
            "Ana Ruiz described the meeting with the mayor.",
            "described",
        ),
        ("Bo Chen was described as calm by his aides.", "described"),
        ("Ana Ruiz cited a memo from the county clerk.", "cited"),
        ("Bo Chen dismissed the charges as a smear.", "dismissed"),
        (
            "Ana Ruiz dismisses the idea that the levy will rise.",
            "dismisses",
        ),
    ] {
        assert_eq!(cues(t), [cue], "{t}");
    }
    // The physical sense: a contest held, a thing struck, no object; a participle after a
    // noun; a thing as the subject.
    for t in [
        "The goalkeeper defended the lead for an hour.",
        "The team defended well in the second half.",
        "The champion defended her title in Leeds.",
        "Bo Chen slammed the door and left.",
        "Ana Ruiz slammed into a parked van.",
        "The route described in the plan runs past the mill.",
        "The bakery was cited for poor hygiene.",
        "The club dismissed its coach after the defeat.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn a_headline_that_opens_with_a_one_word_name_and_a_reporting_verb_reports_it() {
    let t = "Ruiz Says Lakeside Council Will Act On Housing\n\
             Ana Ruiz, the mayor, spoke on Monday.";
    assert_eq!(
        super::probes::speaker_of_cue(t, "Says").as_deref(),
        Some("Ana Ruiz")
    );
    let t = "Chen Tells Voters The Bridge Will Reopen In May\nBo Chen spoke on Monday.";
    assert_eq!(
        super::probes::speaker_of_cue(t, "Tells").as_deref(),
        Some("Bo Chen")
    );
    // A word that names no one, a verb of no speech.
    assert_no_cues(&[
        "Everyone Says The Vote Was Close In Lakeside\nAna Ruiz spoke on Monday.",
        "Lakeside Wins Cup After Late Goal Against Darton\nAna Ruiz spoke on Monday.",
    ]);
}

#[test]
fn a_document_that_opens_a_long_subject_reports_its_evidence() {
    for (t, speaker) in [
        (
            "A poll conducted by voters in the Lakeside primary showed that jobs mattered most.",
            "A poll",
        ),
        (
            "A 2009 report by the Lakeside Institute found that a small tax would raise money.",
            "A 2009 report by the Lakeside Institute",
        ),
    ] {
        let a = super::probes::attributions(t);
        assert_eq!(a.len(), 1, "{t}: {a:?}");
        assert_eq!(a[0].1.as_deref(), Some(speaker), "{t}");
    }
    // A passive, a verb between, what another reports. (A person's finding with "that"
    // counts: a_finding_with_that_reports_whoever_found_it.)
    for t in [
        "The full survey can be found online.",
        "Lakeside Data uses polls to help brands find new buyers.",
        "Ana Ruiz said the audit released in May found that fees rose.",
    ] {
        let a = super::probes::attributions(t);
        assert!(
            a.iter().all(|(c, _)| c != "found" && c != "find"),
            "{t}: {a:?}"
        );
    }
}

#[test]
fn a_participle_reports_content_after_a_prepositional_phrase() {
    // "…, stating during the debate that": the phrase, then the content.
    let t = "Ana Ruiz opposed the levy, stating during the hearing that it was unfair.";
    assert_eq!(cues(t), ["stating"]);
    // A participle whose phrase opens no content reports nothing.
    let t = "Ana Ruiz left early, stating during the meeting the many objections.";
    assert!(cues(t).is_empty(), "{:?}", cues(t));
}

#[test]
fn charged_after_a_quote_reports_it() {
    let t = "“You broke every promise,” Ana Ruiz charged in her reply.";
    assert_eq!(super::probes::quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // A charge laid, with no quote: no speech.
    assert_no_cues(&[
        "Bo Chen was charged with theft on Monday.",
        "The firm charged a fee for every late payment.",
    ]);
}

#[test]
fn an_evaluative_participle_with_its_quote_after_the_object() {
    // "calling him a “stiff”": the quoted fragment comes after the object and an article.
    let t = "Ana Ruiz attacked Bo Chen, calling him a “stiff” and a “spoiled child.”";
    assert_eq!(
        super::probes::speaker_of_cue(t, "calling").as_deref(),
        Some("Ana Ruiz")
    );
    // Without a quote, a name given is speech too (GUIDELINES.md section 2, "called
    // (naming …)"; `phenomena_judging.rs`).
    assert_eq!(
        cues("Ana Ruiz attacked Bo Chen, calling him a fraud."),
        ["attacked", "calling"]
    );
}

#[test]
fn pressing_or_retaliating_after_a_quote_reports_it() {
    let t = "Ana Ruiz sat down. “Would you be open to talks?” Bo Chen pressed.";
    assert_eq!(super::probes::quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "“This city will stay this city,” an angry Ana Ruiz retaliated.";
    assert_eq!(super::probes::quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // Pressing a button, the press as a noun: no speech.
    assert_no_cues(&[
        "Bo Chen pressed the button and left.",
        "The book came out from Leeds University Press in May.",
    ]);
}

#[test]
fn an_adverb_set_off_by_commas_before_the_content() {
    // "added, though, that": one adverb between commas, then the content.
    let t = "Bo Chen spoke. He added, though, that the plan had failed.";
    assert_eq!(cues(t), ["added"]);
    // A longer phrase between commas still ends the reach ("added, in a long list of
    // goals, that" is not read).
    let t = "Bo Chen added, as the crowd left the hall, that the plan had failed.";
    assert!(cues(t).is_empty(), "{:?}", cues(t));
}

#[test]
fn heralding_applauding_referencing_vowing_and_talking_up_report_speech() {
    assert_eq!(
        cues("Ana Ruiz heralded the deal as a “breakthrough.”"),
        ["heralded"]
    );
    assert_eq!(
        cues("Bo Chen applauded the mayor for standing firm “over and over again.”"),
        ["applauded"]
    );
    assert_eq!(
        cues("She also referenced the “Leeds loophole,” a gap in the law."),
        ["referenced"]
    );
    assert_eq!(
        cues("On her campaign page, she vows that clean water will be a “top priority.”"),
        ["vows"]
    );
    assert_eq!(
        cues("Bo Chen talked up her “fifty-town plan” at the rally."),
        ["talked up"]
    );
    // Their other senses: a crowd applauding, a wedding vow, talk with no quoted words.
    for t in [
        "The crowd applauded as the band walked on.",
        "They renewed their wedding vows in Leeds.",
        "Bo Chen talked about the weather for an hour.",
        "The new rule was heralded by a long delay.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn an_opening_asked_reaches_its_question_past_an_adverb_or_a_phrase() {
    for t in [
        "Asked on the radio on Sunday whether she would run, Ana Ruiz smiled.",
        "Asked specifically what the plan would cost, Bo Chen said it was free.",
    ] {
        assert!(cues(t).iter().any(|c| c == "Asked"), "{t}: {:?}", cues(t));
    }
    // An opening "Asked" with no question in reach is no report of one.
    for t in [
        "Asked by the mayor in 2019, Bo Chen joined the board.",
        "Asked twice at the gala in Leeds last spring, Bo Chen said nothing at all.",
    ] {
        assert!(cues(t).iter().all(|c| c != "Asked"), "{t}: {:?}", cues(t));
    }
}

#[test]
fn a_judgement_for_a_deed_is_reported_speech() {
    for (t, c) in [
        (
            "Ana Ruiz criticized Bo Chen for closing the library.",
            "criticized",
        ),
        (
            "Bo Chen has criticized the council for not calling a vote.",
            "criticized",
        ),
        ("Ana Ruiz thanked the nurses for staying late.", "thanked"),
    ] {
        assert_eq!(cues(t), [c], "{t}");
    }
    // "for" before a purpose or a beneficiary is no grounds of a judgement; a verb of
    // aspect stays about doing ("went on television and …").
    for t in [
        "Bo Chen wrote for the Leeds paper for ten years.",
        "Ana Ruiz asked for help with the flooding.",
        "Bo Chen went on stage for singing lessons.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn criticizing_someone_is_reported_speech_without_its_content() {
    assert_eq!(
        cues("Ana Ruiz criticized the council on Monday."),
        ["criticized"]
    );
    assert_eq!(cues("Bo Chen has criticised the budget."), ["criticised"]);
    // Criticism not made: refused, planned, or received.
    for t in [
        "Ana Ruiz declined to criticize the council.",
        "It would be unfair for Bo Chen to criticize the council.",
    ] {
        assert!(
            cues(t).iter().all(|c| !c.starts_with("critici")),
            "{t}: {:?}",
            cues(t)
        );
    }
}

#[test]
fn announcing_and_expressing_report_speech_without_a_that_clause() {
    assert_eq!(
        cues("Ana Ruiz announced her bid for mayor on Monday."),
        ["announced"]
    );
    assert_eq!(
        cues("Bo Chen expressed concern about the new levy."),
        ["expressed"]
    );
    // An announcement planned, a view one may express: nothing said yet.
    for t in [
        "Ana Ruiz plans to announce her bid next week.",
        "There are better ways to express your anger.",
        "Voters expressing interest in the plan were few.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn stating_reports_speech_without_a_that_clause() {
    assert_eq!(
        cues("Ana Ruiz stated her position at the hearing."),
        ["stated"]
    );
    // The adjective: an aim or a plan someone has declared, no statement in the sentence.
    for t in [
        "The stated aim of the levy is to fix the roads.",
        "Bo Chen's stated plans put him at odds with the council.",
    ] {
        assert_eq!(cues(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn a_colon_after_a_subject_and_its_verb_is_cued_by_the_verb() {
    assert_eq!(
        super::probes::attributions("Lee delivered a snappy retort: “No one is tearing this up.”"),
        [("delivered".to_string(), Some("Lee".to_string()))]
    );
    assert_eq!(
        cues("Bo Chen also suggested acting against the judge: “They ought to look into it.”"),
        ["suggested"]
    );
    assert_eq!(
        cues("The board was firm in its findings: “Further talk is needless.”"),
        ["was"]
    );
    // A name signing the quote with a colon keeps the colon as its cue.
    assert_eq!(
        super::probes::attributions("Ana Ruiz: “The town is broke.”"),
        [(":".to_string(), Some("Ana Ruiz".to_string()))]
    );
}

#[test]
fn a_phrase_between_the_perfect_auxiliary_and_its_verb() {
    for t in [
        "Ana Ruiz has in the past said the plan is “a fraud.”",
        "Ana Ruiz had at one point said the plan was “a fraud.”",
        "Ana Ruiz has for years argued that the plan is “a fraud.”",
        "Ana Ruiz has since said the plan is “a fraud.”",
    ] {
        assert_eq!(
            super::probes::attributions(t)
                .first()
                .and_then(|a| a.1.clone()),
            Some("Ana Ruiz".to_string()),
            "{t}"
        );
    }
    // Not through a clause: the note speaks, not the one who has it.
    let t = "Ana Ruiz has in her bag a note that said “vote no.”";
    assert!(
        super::probes::attributions(t)
            .iter()
            .all(|a| a.1.as_deref() != Some("Ana Ruiz")),
        "{t}"
    );
}

#[test]
fn an_endorsement_is_declared_in_public() {
    assert_eq!(
        super::probes::attributions("Ana Ruiz endorsed Bo Chen last week."),
        [("endorsed".to_string(), Some("Ana Ruiz".to_string()))]
    );
    assert_eq!(
        cues("The union, which endorsed Bo Chen in May, is split."),
        ["endorsed"]
    );
    // An adjective, and an endorsement still to come.
    assert_no_cues(&[
        "The endorsed candidate lost.",
        "Ana Ruiz would endorse Bo Chen.",
    ]);
}

#[test]
fn agreeing_that_something_is_so_says_it() {
    assert_eq!(
        super::probes::attributions("Ana Ruiz agreed that the plan was weak."),
        [("agreed that".to_string(), Some("Ana Ruiz".to_string()))]
    );
    assert_eq!(
        super::probes::quote_speaker("Bo Chen agrees that the mayor is “a total opportunist.”")
            .as_deref(),
        Some("Bo Chen")
    );
    // A deal agreed, and agreement with no content.
    for t in ["Bo Chen agreed to pay the fine.", "Others agree."] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
}

#[test]
fn polling_and_a_poll_with_a_phrase_after_it_are_evidence() {
    for t in [
        "Recent polling shows Ana Ruiz ahead.",
        "The most recent polling in Darton shows Ana Ruiz ahead.",
        "A Darton University poll out this week shows Ana Ruiz ahead.",
    ] {
        assert_eq!(cues(t), ["shows"], "{t}");
    }
    // A person with a phrase after the name finds keys; voters show up.
    assert_no_cues(&[
        "The mayor of Darton found the keys in the car.",
        "Voters at the polling station showed up late.",
    ]);
}

#[test]
fn making_it_clear_that_something_is_so_states_it() {
    assert_eq!(
        super::probes::attributions("Ana Ruiz has made it clear that she will run."),
        [("made it clear".to_string(), Some("Ana Ruiz".to_string()))]
    );
    assert_eq!(
        cues("Bo Chen made clear his opposition to the plan."),
        ["made clear"]
    );
    // Speech planned: an infinitive.
    let t = "Ana Ruiz went on the radio to make it clear that she will run.";
    assert!(
        cues(t).iter().all(|c| !c.contains("clear")),
        "{t}: {:?}",
        cues(t)
    );
}

#[test]
fn a_gerund_is_the_content_of_a_verb_of_reporting() {
    for (t, cue) in [
        ("Ana Ruiz reported spending $6,000 on ads.", "reported"),
        ("Bo Chen admitted taking the money.", "admitted"),
        ("Ana Ruiz denied having met him.", "denied"),
    ] {
        assert_eq!(cues(t), [cue], "{t}");
    }
    // A preposition in -ing, a name, and an adjective in -ing before its noun are no
    // gerund.
    assert_no_cues(&[
        "The accounts were disclosed during the trial.",
        "Bo Chen confirmed Browning as the new coach.",
        "The town maintains existing tariffs for leverage.",
    ]);
}

#[test]
fn calling_on_someone_to_act_is_a_demand_said_in_public() {
    assert_eq!(
        super::probes::attributions("Ana Ruiz called on the council to resign."),
        [("called on".to_string(), Some("Ana Ruiz".to_string()))]
    );
    assert_eq!(cues("Bo Chen is calling for a recount."), ["calling for"]);
    // A visit.
    let t = "Ana Ruiz called on Bo Chen at home last night.";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
}

#[test]
fn a_participle_reports_past_an_adverb_or_a_contracted_subject() {
    for (t, who) in [
        (
            "Ana Ruiz declined to give details, saying only that the talks went on.",
            "Ana Ruiz",
        ),
        (
            "Bo Chen defended the budget, adding hopefully that it would pass.",
            "Bo Chen",
        ),
        (
            "The Chen campaign attacked the mayor, saying she's ready \"on paper\" only.",
            "Chen",
        ),
        (
            "Ana Ruiz backed the plan, saying it's the best on offer.",
            "Ana Ruiz",
        ),
    ] {
        let a = super::probes::attributions(t);
        assert!(
            a.iter()
                .any(|(c, _)| c.starts_with("saying") || c == "adding")
                && a.iter()
                    .all(|(_, s)| s.as_deref().is_some_and(|s| s.contains(who))),
            "{t}: {a:?}"
        );
    }
    // A question word after the adverb is no report ("predicting exactly who"), nor is a
    // participle with an object ("telling stories").
    assert_no_cues(&[
        "The poll has trouble predicting exactly who will vote.",
        "Ana Ruiz spent the evening telling old stories.",
    ]);
}

#[test]
fn verbs_of_judging_in_public_report_speech_without_content() {
    for (t, cue) in [
        ("Ana Ruiz praised the volunteers on Monday.", "praised"),
        ("Bo Chen denounced the attack.", "denounced"),
        ("The union decried the new tax.", "decried"),
        ("Ana Ruiz lambasted the board.", "lambasted"),
        ("Bo Chen assailed the mayor over the budget.", "assailed"),
        ("Ana Ruiz condemned the vote.", "condemned"),
        ("Bo Chen derided the plan.", "derided"),
        ("Ana Ruiz chided the council.", "chided"),
        ("Bo Chen bemoaned the delays.", "bemoaned"),
        (
            "Ana Ruiz castigated the board for the delays.",
            "castigated",
        ),
        ("Bo Chen extolled the new ferry.", "extolled"),
        ("Ana Ruiz belittled the report.", "belittled"),
    ] {
        assert_eq!(cues(t), [cue], "{t}");
    }
    // The plain forms keep their rule: the noun, the infinitive.
    assert_no_cues(&[
        "The praise was loud.",
        "Ana Ruiz wants to condemn the vote.",
    ]);
}

#[test]
fn criticism_and_dismissal_phrases_report_speech() {
    for (t, cue) in [
        ("Ana Ruiz railed against the new tax.", "railed against"),
        (
            "Bo Chen lashed out at the judge on Friday.",
            "lashed out at",
        ),
        (
            "Ana Ruiz called out her rival for skipping the vote.",
            "called out",
        ),
        ("Bo Chen brushed off the report.", "brushed off"),
        ("Ana Ruiz shrugged off the question.", "shrugged off"),
        ("Bo Chen rebuked the council.", "rebuked"),
    ] {
        assert_eq!(cues(t), [cue], "{t}");
    }
    // A lashing out with no one lashed at, and a call for something, are no criticism said.
    for t in [
        "Lashing out, the dog bit the mail carrier.",
        "The moment is calling out for a leader.",
    ] {
        assert!(
            cues(t).iter().all(|c| !c.contains("out")),
            "{t}: {:?}",
            cues(t)
        );
    }
}

#[test]
fn a_verb_of_judging_with_a_physical_sense_needs_a_person_as_its_speaker() {
    for (t, cue) in [
        ("The senator slammed the plan on Monday.", "slammed"),
        ("Critics slammed the new budget.", "slammed"),
        (
            "Ana Ruiz was slamming the council over the delays.",
            "slamming",
        ),
        ("Bo Chen savaged the budget.", "savaged"),
    ] {
        assert_eq!(cues(t), [cue], "{t}");
    }
    // A storm, a car, a wave: the physical sense.
    assert_no_cues(&[
        "The storm slammed the coast overnight.",
        "The car slammed into a tree.",
        "A huge wave slammed the pier.",
        "A stray dog savaged the sheep.",
    ]);
}

#[test]
fn a_finding_with_that_reports_whoever_found_it() {
    assert_eq!(
        attributions("The researchers found that wages fell in the port towns."),
        [("found".to_string(), Some("The researchers".to_string()))]
    );
    assert_eq!(
        attributions("Bo Chen showed that the count had been wrong for years."),
        [("showed".to_string(), Some("Bo Chen".to_string()))]
    );
    assert_eq!(
        attributions("In a poll last week, Ana Ruiz found that voters were tired."),
        [("found".to_string(), Some("Ana Ruiz".to_string()))]
    );
    // Its other senses keep needing a document: a thing found, an arrival, a display,
    // and a finding inside what someone else reports.
    assert_no_cues(&[
        "Ana Ruiz found the keys under the mat.",
        "Bo Chen showed up late to the hearing.",
        "The guide showed the visitors the old mill.",
    ]);
    assert_eq!(
        cues("Ana Ruiz said the auditors found that the fund was short."),
        ["said"]
    );
}

#[test]
fn a_reported_clause_without_that_may_open_with_a_name_or_an_indefinite_subject() {
    assert_eq!(
        cues("Ana Ruiz suggested Bo Chen was being unfair to the tenants."),
        ["suggested"]
    );
    assert_eq!(
        cues("Bo Chen implied a local judge was biased against the port."),
        ["implied"]
    );
    // An object, however named, opens no clause: a player added, a goal added, a name
    // before a relative clause.
    assert_no_cues(&[
        "The coach added Bo Chen to the squad.",
        "Ana Ruiz added a goal in the second half.",
        "The club added Bo Chen, who was injured, to the list.",
    ]);
}

#[test]
fn calling_oneself_or_a_named_person_something_is_a_label_said_aloud() {
    for (t, cue) in [
        ("Bo Chen calls himself a democratic socialist.", "calls"),
        (
            "In the past, Ana Ruiz had called herself pro-choice.",
            "called",
        ),
        ("Ana Ruiz called Bo Chen a liar at the rally.", "called"),
        (
            "The mayor, calling Governor Bo Chen a fraud, left the stage.",
            "calling",
        ),
    ] {
        assert_eq!(cues(t), [cue], "{t}");
    }
    // A telephone call to a named person, then when or how often.
    assert_no_cues(&[
        "Ana Ruiz called Bo Chen a day later.",
        "Ana Ruiz called Bo Chen a few times last week.",
        "The club called Bo Chen a week before the final.",
    ]);
}

#[test]
fn a_label_that_names_a_source_reports_its_headline() {
    for (t, label) in [
        (
            "Poll: Ruiz And Chen Are Tied In Lakeside Count\nAna Ruiz spoke on Monday.",
            "Poll",
        ),
        (
            "Report: Half Of The Port Contracts Went To Donors\nBo Chen denied it.",
            "Report",
        ),
        (
            "Insiders: Chen Will Rebound In The Northern Towns\nBo Chen spoke.",
            "Insiders",
        ),
    ] {
        assert_eq!(
            super::probes::speaker_of_cue(t, ":").as_deref(),
            Some(label),
            "{t}"
        );
    }
    // A rubric or a medium names no source.
    for t in [
        "Update: Lakeside Council Will Meet Again On Friday\nAna Ruiz spoke on Monday.",
        "Video: Ruiz Speaks At The Rally In Port Ash\nAna Ruiz spoke on Monday.",
        "Watch: Chen Answers Questions From Voters\nBo Chen spoke.",
    ] {
        assert!(cues(t).iter().all(|c| c != ":"), "{t}: {:?}", cues(t));
    }
}

#[test]
fn citing_after_a_statement_reports_its_grounds() {
    assert_eq!(
        cues("“We cannot wait,” Ana Ruiz said, citing the cost to farmers."),
        ["said", "citing"]
    );
    assert_eq!(
        cues("Bo Chen opposed the levy, citing a rise in fares."),
        ["citing"]
    );
    // A document citing its sources reports nothing of its own.
    assert_eq!(
        cues("The report, citing three sources, said the plant would close."),
        ["said"]
    );
}

#[test]
fn survey_respondents_who_said_something_are_its_speakers() {
    for (t, speaker) in [
        (
            "But 58 percent of Lakeside voters overall said they were less likely to vote.",
            "58 percent of Lakeside voters overall",
        ),
        (
            "Almost half of respondents said the party has grown hostile to farmers.",
            "Almost half of respondents",
        ),
        (
            "Nearly eight in 10 voters overall said they have made up their minds.",
            "Nearly eight in 10 voters overall",
        ),
    ] {
        assert_eq!(
            attributions(t),
            [("said".to_string(), Some(speaker.to_string()))],
            "{t}"
        );
    }
    // A number cut by its own comma, a phrase after a clause word.
    for t in [
        "Since June, at least 21,000 said they would run for office.",
        "Among those who said they cared most about honesty, most backed Bo Chen.",
    ] {
        assert!(attributions(t).is_empty(), "{t}: {:?}", attributions(t));
    }
}
