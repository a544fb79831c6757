//! One test per phenomenon of attribution on unseen news, named after it: the error classes
//! found on PolNeAR and on other real articles (US political style, inversion and colons,
//! dash signatures, sources that are not a named person, partial quotes after evaluative
//! verbs, cue gaps, junk speakers, pronouns by salience, entity kinds). Each text is a few
//! sentences written for the test. Their siblings hold the later passes by theme:
//! `phenomena_cues.rs` (what is a cue), `phenomena_subjects.rs` (subjects of a cue),
//! `phenomena_sources.rs` (sources that are not one named person), `phenomena_quotes.rs`
//! (quote speakers), `phenomena_names.rs`, `phenomena_inverted.rs`, `phenomena_senses.rs`
//! (cue words in another sense), `phenomena_evaluative.rs` (evaluative verbs and their quoted
//! fragments) and `phenomena_participles.rs` (participles and relative clauses).

use super::probes::{attributions, cues, quote_speaker, speaker_of_cue};
use crate::report::SpeakerKind;
use crate::scan;

#[test]
fn party_tag_between_the_name_and_the_verb() {
    let t = "Rep. Jane Doe (D-Wis.) said the bill was “a betrayal of farmers.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Jane Doe"));
}

#[test]
fn stacked_titles_before_a_name_with_a_party_tag() {
    let t = "Chairman Rep. John Roe (R-Utah) said: “We will hold the vote on Friday.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("John Roe"));
}

#[test]
fn inverted_speaker_at_the_start_of_a_sentence() {
    let t = "The plan drew fire on Monday. Said Marta Ellis: “Nobody asked the growers.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Marta Ellis"));
}

#[test]
fn a_colon_after_the_speech_verb() {
    let t = "Ana Ruiz spoke last. She concluded: “We are not done.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Ana Ruiz spoke last. She continued, “We are not done.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_dash_signs_the_quote() {
    let t = "“He represents our greatest shame.” ― Mara Quill";
    assert_eq!(quote_speaker(t).as_deref(), Some("Mara Quill"));
    let a = attributions(t);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].0, "―");
}

#[test]
fn a_name_and_a_colon_introduce_the_quote() {
    let t = "Dev Arrano: “The council has stopped listening.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dev Arrano"));
}

#[test]
fn a_relative_clause_speaks_for_its_antecedent() {
    let t = "The vote favoured Ruth Okoro, who in 2010 said the plant would “never reopen.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ruth Okoro"));
}

#[test]
fn who_after_a_name_after_a_verbs_preposition_takes_up_the_name_not_the_clause() {
    // "ran against", "won over": the clause before the name is no description of it.
    let t = "The mayor ran against Bo Chen, who said the race was unfair.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
    let t = "The group won over Kit Marlo, who declared that it was time.";
    assert_eq!(speaker_of_cue(t, "declared").as_deref(), Some("Kit Marlo"));
    // A title's object and a role stay whole: "of" and "for" are not such prepositions.
    let t = "Former Secretary of State Ana Lopez, who said the race was unfair, left.";
    let a = &scan(t).attributions[0];
    assert_eq!(a.speaker.as_deref(), Some("Ana Lopez"));
    assert_eq!(a.start, 0);
    let t = "A spokeswoman for Bo Chen, who said the race was unfair, left.";
    assert_ne!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
}

#[test]
fn a_quantity_is_the_source() {
    let t = "In the survey, 73 percent said the plan was “too expensive.”";
    let s = quote_speaker(t).unwrap_or_default();
    assert!(s.contains("percent"), "{s:?}");
}

#[test]
fn groups_are_sources_inverted_or_not() {
    assert_eq!(
        speaker_of_cue("Prices will rise next year, say economists.", "say").as_deref(),
        Some("economists")
    );
    let s = speaker_of_cue("Most analysts say the rally will not last.", "say").unwrap();
    assert!(s.to_lowercase().contains("analysts"), "{s}");
    let s = speaker_of_cue("Experts on North Korea said the test failed.", "said").unwrap();
    assert!(s.contains("Experts"), "{s}");
}

#[test]
fn documents_and_objects_speak_as_documents() {
    let r = scan("The ruling said the law was void. A sign read, “Closed for good.”");
    let kinds: Vec<_> = r.attributions.iter().map(|a| a.speaker_kind).collect();
    assert!(
        kinds.iter().all(|k| *k == Some(SpeakerKind::Document)),
        "{:?}",
        r.attributions
    );
    assert_eq!(r.quotes[0].speaker.as_deref(), Some("A sign"));
}

#[test]
fn an_organisation_through_it_and_the_company() {
    let t = "Nettlebrook Systems cut 300 jobs. It said in a statement that demand had fallen. \
             The company also said “more cuts are unlikely.”";
    let a = attributions(t);
    assert!(
        a.iter()
            .all(|(_, s)| s.as_deref() == Some("Nettlebrook Systems")),
        "{a:?}"
    );
}

#[test]
fn evaluative_verbs_give_their_partial_quotes_to_the_subject() {
    for t in [
        "Mayor Lena Ortiz called the deal “a disgrace” on Tuesday.",
        "Mayor Lena Ortiz lauded the builders for “new ideas” on Tuesday.",
        "Mayor Lena Ortiz likened the developers to a “vicious snake” on Tuesday.",
        "Mayor Lena Ortiz branded the plan “reckless” on Tuesday.",
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some("Lena Ortiz"), "{t}");
    }
}

#[test]
fn cue_gaps_are_cues() {
    for (t, cue) in [
        (
            "Lena Ortiz recalled that the plant had closed once before.",
            "recalled",
        ),
        (
            "Lena Ortiz pointed to the closure as a warning.",
            "pointed to",
        ),
        (
            "Lena Ortiz played down the risk of more closures.",
            "played down",
        ),
        (
            "Lena Ortiz called for a new inquiry into the closure.",
            "called for",
        ),
    ] {
        assert_eq!(speaker_of_cue(t, cue).as_deref(), Some("Lena Ortiz"), "{t}");
    }
}

#[test]
fn a_headline_in_title_case_gives_no_speaker() {
    let t = "Council Chair Calls Mayor Plan A Disgrace\n“It is a disgrace,” said Tomas Brandt.";
    let r = scan(t);
    assert!(r
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() == Some("Tomas Brandt")));
}

#[test]
fn a_sentence_initial_word_is_not_part_of_a_name() {
    let t = "The vote was close. Despite Obrien's objections, the board said it would sign.";
    let a = attributions(t);
    assert!(
        a.iter()
            .all(|(_, s)| !s.as_deref().unwrap_or("").contains("Despite")),
        "{a:?}"
    );
}

#[test]
fn the_name_beside_a_description_wins() {
    let t = "Senator Jane Doe, an Ohio Republican, said the vote was “a sham.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Jane Doe"));
}

#[test]
fn a_pronoun_takes_the_salient_subject_not_the_nearest_name() {
    let t = "Karl Smith said the deal might lead to a meeting with Omar Jones. \
             He hinted that the meeting could come within weeks.";
    assert_eq!(speaker_of_cue(t, "hinted").as_deref(), Some("Karl Smith"));
}

#[test]
fn a_subject_with_an_apposition_and_a_participle_speaks() {
    let t = "Omar Jones, excluded from the summit, released a video urging voters to “stay home.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Omar Jones"));
}

#[test]
fn a_clause_after_a_cue_is_content_not_an_attribution() {
    let t = "Karl Smith insisted the two leaders had maintained close contact.";
    let cues: Vec<String> = attributions(t).into_iter().map(|(c, _)| c).collect();
    assert_eq!(cues, ["insisted"]);
}

#[test]
fn a_place_is_never_a_speaker() {
    let t = "Dr Helen Ashdown lived at Ashford Town Hall for years.\n\
             “Ashford was home,” she said. She said it twice.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Helen Ashdown"));
}

#[test]
fn sources_close_to_the_board_are_anonymous() {
    let r = scan("Sources close to the board said the vote would slip.");
    let a = &r.attributions[0];
    assert_eq!(a.speaker_kind, Some(SpeakerKind::Anonymous), "{a:?}");
    assert!(
        a.speaker.as_deref().unwrap().starts_with("Sources"),
        "{a:?}"
    );
}

#[test]
fn a_name_never_runs_across_a_line() {
    let t = "World News\nSmith Vows To Fight On\nTomas Brandt said the mill would stay open.";
    let a = attributions(t);
    assert_eq!(a[0].1.as_deref(), Some("Tomas Brandt"));
    let t = "Kenya\nDespite the drought, Kenya Farmers said prices would hold.";
    let a = attributions(t);
    assert!(a
        .iter()
        .all(|(_, s)| !s.as_deref().unwrap_or("").starts_with("Kenya Despite")));
}

#[test]
fn every_speaker_has_a_kind_and_a_confidence() {
    let r = scan("“We will rebuild,” said Mayor Elena Vasquez. Critics said the plan was late.");
    for q in r.quotes.iter().filter(|q| q.speaker.is_some()) {
        assert!(
            q.speaker_kind.is_some() && q.speaker_confidence.is_some_and(|c| c > 0.0 && c <= 1.0)
        );
    }
    for a in r.attributions.iter().filter(|a| a.speaker.is_some()) {
        assert!(a.speaker_kind.is_some() && a.speaker_confidence.is_some());
    }
}

#[test]
fn a_progressive_speech_verb_is_finite() {
    let t = "The Ohio senator is telling donors in Dayton that he will win “a lot of \
             delegates” next month.";
    assert_eq!(quote_speaker(t).as_deref(), Some("The Ohio senator"));
}

#[test]
fn an_inverted_speaker_with_a_role_before_a_time_phrase() {
    let t = "“Watch the numbers,” said former tech executive Carla Finn during the debate.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Carla Finn"));
}

#[test]
fn an_inverted_description_with_states() {
    let t = "“They know she is the only one who can do it,” a voice-over in the ad states.";
    assert_eq!(quote_speaker(t).as_deref(), Some("a voice-over in the ad"));
}

#[test]
fn a_definite_subject_of_any_noun_continues_into_a_participle() {
    let t = "The foundation declined to comment, telling reporters that it is focused on \
             “ending senseless violence.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("The foundation"));
}

#[test]
fn the_content_marker_may_follow_a_prepositional_phrase() {
    let t = "Zora Bell wrote in the auction description of the old rifle that she will give \
             the money to “the families who need it.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Zora Bell"));
    // Not after an object: the "that" opens a relative clause.
    let t = "Leaders will point to areas of continuing cooperation on military and \
             intelligence matters that continue.";
    assert!(attributions(t).is_empty());
}

#[test]
fn a_participle_inside_a_relative_clause_speaks_for_its_antecedent() {
    let t = "Officials warned about the rhetoric from the Likud party, which tried to rally \
             right-wing support by saying that voters were “coming out in droves.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("the Likud party"));
}

#[test]
fn a_determiner_makes_a_cue_word_a_noun_or_adjective() {
    let t = "Ann Lee told the Ledger in a written statement, “I will not run again.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ann Lee"));
    let cues: Vec<String> = attributions(t).into_iter().map(|(c, _)| c).collect();
    assert_eq!(cues, ["told"]);
}

#[test]
fn a_plural_after_of_and_a_capitalised_modifier_is_a_noun() {
    // "32% of Centrist claims": the object of "of", no subject with its verb; the quote
    // goes to the clause's verb.
    let t = "The Ledger rated 30% of Centrist claims as “false” last year.";
    assert_eq!(cues(t), ["rated"]);
    assert_eq!(quote_speaker(t).as_deref(), Some("Ledger"));
    // A name with its "of" still speaks: "The Republic of Norland denies".
    let t = "The Republic of Norland denies that the vote was rigged.";
    assert_eq!(cues(t), ["denies"]);
}

#[test]
fn a_coordinated_verb_takes_the_clause_subject_not_the_object() {
    let t = "There were sharper jabs, such as when Cruz knocked Rubio on trade and called him \
             a “moderate.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Cruz"));
}

#[test]
fn a_described_subject_whatever_its_noun() {
    let t = "A former bookkeeper for Halvorsen Marine Supply testified that the books were false.";
    assert_eq!(
        speaker_of_cue(t, "testified").as_deref(),
        Some("A former bookkeeper for Halvorsen Marine Supply")
    );
    let t = "The mayor's office disagrees. Its briefing paper claims the stadium will pay off.";
    assert_eq!(
        speaker_of_cue(t, "claims").as_deref(),
        Some("Its briefing paper")
    );
}

#[test]
fn the_head_of_a_relative_clause_is_the_subject() {
    let t = "Residents who watched the fire from across the river said they heard no alarm.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Residents"));
}

#[test]
fn asked_opening_a_sentence_is_the_reporters_question() {
    let t = "Asked whether she had made up her mind, Pell said she had not.";
    let a = attributions(t);
    assert!(a.contains(&("Asked".to_string(), None)), "{a:?}");
    assert!(
        a.contains(&("said".to_string(), Some("Pell".to_string()))),
        "{a:?}"
    );
}

#[test]
fn a_surname_that_is_also_an_auxiliary() {
    let t = "Rep. Anna May said the vote was close. “They can tell,” May said.";
    let said: Vec<_> = attributions(t)
        .into_iter()
        .filter(|(c, _)| c == "said")
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(
        said.iter().all(|(_, s)| s.as_deref() == Some("Anna May")),
        "{said:?}"
    );
    // The modal itself is no one.
    assert_eq!(
        speaker_of_cue("Voters may say no.", "say").as_deref(),
        Some("Voters")
    );
}

#[test]
fn the_head_of_a_relative_clause_not_the_last_noun_in_it() {
    let t = "A woman who answered the telephone at his office said he was abroad.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("A woman"));
    let t = "Edwin Tull, a dairy farmer who in 2010 said the field should stay open, spoke again.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Edwin Tull"));
    // A description that spans its relative clause stays whole.
    let t = "Officials who spoke on condition of anonymity said the talks stalled.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("Officials who spoke on condition of anonymity")
    );
}

#[test]
fn a_cue_under_a_modal_or_to_inside_reported_content() {
    // The quote is the reporter's, not the subject of the verb that may happen.
    let t = "Lena Ortiz said in her remarks that the council should reiterate its support \
             for its “trusted partners,” naming two.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Lena Ortiz"));
    let t = "Nora Vance said she would like Paul Reed to further explain his plan but backs \
             him because there is “no question” he is ready.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Nora Vance"));
    // After the quote, an infinitive is not an inverted reporting verb.
    let t = "On Tuesday, Tom Marsh said that it was “totally inappropriate” for Ellen Gray \
             to criticize the mayor.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Tom Marsh"));
    // With no earlier cue, the cue under a modal still has the quote.
    let t = "Omar Lutz will argue that the levy is “a tax on farmers.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Omar Lutz"));
}

#[test]
fn to_before_a_noun_phrase_or_after_a_verb_of_aspect_is_no_content() {
    let cues = |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(c, _)| c).collect() };
    // Aspect: "continues to grow" is no speech; "continued to question" and a quote are.
    assert!(cues("Turnout among young voters continues to grow.").is_empty());
    assert!(cues("Hana Bell went on to lose the runoff.").is_empty());
    assert_eq!(
        cues("Hana Bell continued to question whether the count was fair."),
        ["continued"]
    );
    assert_eq!(
        speaker_of_cue(
            "Hana Bell spoke first. She continued, “We are not done.”",
            "continued"
        )
        .as_deref(),
        Some("Hana Bell")
    );
    // "to" and a noun phrase is a preposition: "added to his troubles".
    assert!(cues("The audit added to his troubles last week.").is_empty());
    assert_eq!(cues("Omar Lutz added that the audit was late."), ["added"]);
}

#[test]
fn the_subject_of_an_object_relative_clause_is_not_its_antecedent() {
    let t = "Dan Roe spoke at length. But he also took swipes at Omar Lutz, who he dubbed \
             “the little senator.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Roe"));
    assert_eq!(speaker_of_cue(t, "dubbed").as_deref(), Some("Dan Roe"));
    // A term dubbed with no speaker stays a term.
    assert_eq!(
        quote_speaker("A storm dubbed “Big Ed” hit on Monday."),
        None
    );
}

#[test]
fn a_form_more_often_a_noun_is_a_cue_only_where_a_verb_stands() {
    let cues = |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(c, _)| c).collect() };
    assert!(cues("The dozen emails that Kim Lo sent were reviewed.").is_empty());
    assert!(cues("Kim Lo refused to recant earlier remarks that angered voters.").is_empty());
    assert!(cues("The original tweet about the levy was deleted.").is_empty());
    assert_eq!(
        speaker_of_cue("Kim Lo will tweet that the vote was rigged.", "tweet").as_deref(),
        Some("Kim Lo")
    );
}

#[test]
fn a_title_after_an_indefinite_noun_and_called() {
    let t = "Ana Bell has built her brand around this cause, writing a book called \
             “Women at Work” last year.";
    assert_eq!(quote_speaker(t), None);
    assert!(attributions(t).iter().all(|(c, _)| c != "called"));
    // A speaker who calls something still speaks.
    let t = "A spokesman called the plan “a mess.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("A spokesman"));
    let t = "Pell Freight said shelves could be empty, a claim the union called “scaremongering.”";
    assert!(quote_speaker(t).is_some_and(|s| s.contains("union")));
    let t = "A spokesman called the plan “a mess.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("A spokesman"));
}

#[test]
fn a_reporting_clause_set_into_its_content() {
    assert_eq!(
        speaker_of_cue(
            "The slump, Dan Roe noted, may be on the studios’ end.",
            "noted"
        )
        .as_deref(),
        Some("Dan Roe")
    );
    assert_eq!(
        speaker_of_cue(
            "Just weeks ago, as the Harlow Ledger reported, the two men met in secret.",
            "reported"
        )
        .as_deref(),
        Some("Harlow Ledger")
    );
}

#[test]
fn an_accusation_reports_what_it_charges() {
    assert_eq!(
        speaker_of_cue(
            "Dan Roe accused Kim Lo of playing politics with the budget.",
            "accused"
        )
        .as_deref(),
        Some("Dan Roe")
    );
    // The one accused is no speaker: an agentless passive.
    assert_eq!(
        speaker_of_cue("Dan Roe was accused of fraud.", "accused"),
        None
    );
}

#[test]
fn saying_nothing_is_no_attribution() {
    let cues = |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(c, _)| c).collect() };
    assert!(cues("In court, Dan Roe said little, offering only short answers.").is_empty());
    assert!(cues("Dan Roe said nothing about the levy.").is_empty());
    assert_eq!(cues("Dan Roe said little had changed."), ["said"]);
}

#[test]
fn an_opening_adverbial_is_not_the_subject_a_participle_continues() {
    let t = "Hours later, Dan Hale returned the favour, telling reporters, “We are old friends.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
    let t = "In response to a question about Mara Quill, Ana Ruiz rallied her aides, saying: \
             “We have to be ready for her.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Continuing to explain his view, Tom Baker rejected the levy, saying it would cost \
             too much.";
    assert_eq!(speaker_of_cue(t, "saying").as_deref(), Some("Tom Baker"));
}

#[test]
fn a_participle_opening_a_sentence_is_no_name() {
    // "Using survey data, the researchers …": no entity "Using" for "they" to resolve to.
    let t = "Using survey data from 2010, the researchers studied arrests. The effects were \
             large, they wrote.";
    assert_eq!(
        speaker_of_cue(t, "wrote").as_deref(),
        Some("the researchers")
    );
    // Names ending in -ing keep their verb or comma.
    let t = "Ewing said the plan was dead. Harding has said so too. Fielding, a banker, said no.";
    let a = attributions(t);
    let names: Vec<_> = a.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(names, [Some("Ewing"), Some("Harding"), Some("Fielding")]);
}

#[test]
fn an_apposition_missing_its_closing_comma() {
    // "Bo Chen, Director of … University told": the person speaks, not the role's run.
    let t = "‘It is worse,’ Professor Bo Chen, Director of the Cyber Centre at Lakeside \
             University told the Courier.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    // So after a party tag, with a described role: "a supporter of …".
    let t = "Sen. Ana Ruiz (D-Ohio), a supporter of the mayor’s bid for the presidency told \
             host Bo Chen she believed it.";
    assert_eq!(speaker_of_cue(t, "told").as_deref(), Some("Ana Ruiz"));
    // A name that does not open its clause is an object: "…, a supporter said" reports.
    let t = "Voters met Ana Ruiz, a supporter of the bill said.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("a supporter of the bill")
    );
    // A role with a name of its own is that name, not the name before the comma.
    let t = "When asked about the nominee Bo Chen, President Ana Ruiz said she expected a “no.”";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_name_inside_the_subjects_modifiers() {
    // The subject opens with a role noun and a preposition: a name in what follows
    // ("published in the journal Civic Health") is not the speaker.
    let t = "The authors of the study published in the journal Civic Health argued that the \
             policy failed.";
    assert_eq!(speaker_of_cue(t, "argued").as_deref(), Some("The authors"));
    // A name that is the subject stays.
    let t = "Bo Chen of the journal Civic Health argued that the policy failed.";
    assert_eq!(speaker_of_cue(t, "argued").as_deref(), Some("Bo Chen"));
}

#[test]
fn a_person_named_before_the_verb_after_a_long_title() {
    // A person's name right before the verb is its subject, whatever opens the sentence.
    let t = "Lakeside Radio Vice President for news and talk Ana Ruiz called the show “the \
             station of record.”";
    assert_eq!(speaker_of_cue(t, "called").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_clause_fragment_is_no_description() {
    // A description whose head ends it has only modifiers before the head: a preposition
    // there makes it a piece of a clause, not a speaker.
    for t in [
        "Lee is winning by 6 in 10 voters who say the roads matter most.",
        "The plans are consistent with the message of her new radio ad, which promises to \
         “fix every road.”",
    ] {
        for (_, s) in attributions(t) {
            let s = s.unwrap_or_default();
            assert!(
                !s.starts_with("winning") && !s.starts_with("consistent"),
                "{t}: {s}"
            );
        }
    }
    // Shares keep their prepositions.
    let t = "In Vermont, about half of primary voters said they were angry. More than 6 in 10 \
             voters said the roads matter.";
    let a = attributions(t);
    assert_eq!(a[0].1.as_deref(), Some("about half of primary voters"));
    assert_eq!(a[1].1.as_deref(), Some("6 in 10 voters"));
}

#[test]
fn a_headline_that_reports_a_names_words() {
    // "Ana Ruiz Says …": a name opening the headline and a reporting verb in its -s form.
    let t = "Ana Ruiz Says She Has Started Writing Her Speech\nThe mayor spoke on Monday.";
    let a = scan(t).attributions;
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].cue, "Says");
    assert_eq!(a[0].speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(a[0].speaker_kind, Some(SpeakerKind::Person));
    let t = "Lakeside Bank Warns Of Losses Ahead\nThe bank met on Monday.";
    assert_eq!(speaker_of_cue(t, "Warns").as_deref(), Some("Lakeside Bank"));
    // Any other cue of a headline is left alone.
    let t = "Voters In Lakeside Say Roads Come First\nThe mayor met them on Monday.";
    assert!(scan(t).attributions.is_empty());
}

#[test]
fn a_subject_pronoun_opens_no_description() {
    // "He held up the sign — which read …": the clause before "which" is no speaker.
    let t = "He held up the sign — which read “Lakeside 4 Ruiz” — and waved it around.";
    for (_, s) in attributions(t) {
        assert!(!s.unwrap_or_default().starts_with("He "), "{t}");
    }
    let s = quote_speaker(t).unwrap_or_default();
    assert!(!s.starts_with("He "), "{s}");
}
