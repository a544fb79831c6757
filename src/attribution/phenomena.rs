//! One test per phenomenon of attribution on unseen news, named after it: the error classes
//! found on PolNeAR and on other real articles (US political style, inversion and colons,
//! dash signatures, sources that are not a named person, partial quotes after evaluative
//! verbs, cue gaps, junk speakers, pronouns by salience, entity kinds). Each text is a few
//! sentences written for the test.

use super::probes::{attributions, quote_speaker, speaker_of_cue};
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
fn a_block_quote_after_a_colon_ending_the_paragraph() {
    let t = "The Ledger made the same claim in May, and the Harbour Trust responded:\n\
             “We have never sold a single berth to a private buyer.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Harbour Trust"));
}

#[test]
fn an_aside_between_dashes_before_the_verb() {
    let t = "On Friday, Ramos — named by the Ledger as the likely running mate — told \
             reporters that “it is far too early to say.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ramos"));
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
fn a_coordinated_verb_takes_the_clause_subject_not_the_object() {
    let t = "There were sharper jabs, such as when Cruz knocked Rubio on trade and called him \
             a “moderate.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Cruz"));
}

#[test]
fn with_a_name_and_a_participle_of_telling_far_from_its_quote() {
    let t = "The attack sparked a debate over how the country responds, with Senator John \
             McCain telling reporters on Thursday he viewed the president as “directly \
             responsible.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("John McCain"));
}

#[test]
fn partial_quote_without_a_cue_takes_its_clause_subject() {
    // No reporting verb: the subject of the quote's own clause said the quoted words.
    let t = "Dan Corey ripped the director for acting as “the judge and the jury” in the probe.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Corey"));
    let t = "Clara Voss supports “appropriate pay raises” for the county's workers.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Clara Voss"));
}

#[test]
fn an_uncued_speaker_is_shown_as_uncertain() {
    let r =
        scan("Dan Corey ripped the director for acting as “the judge and the jury” in the probe.");
    let q = &r.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Dan Corey"));
    assert!(
        crate::present::items::is_uncertain(q.speaker_confidence),
        "{q:?}"
    );
    // A term in a sentence with no person as its subject stays a scare quote.
    let r = scan("The so-called “reform” passed on Tuesday.");
    assert_eq!(r.quotes[0].speaker, None);
}

#[test]
fn a_quote_after_adjunct_phrases_and_a_comma() {
    let t = "Dahlia Moss chairs the group. Recently she announced on her page, in capital \
             letters, “I am leaving the ship!”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dahlia Moss"));
    assert_eq!(
        speaker_of_cue(t, "announced").as_deref(),
        Some("Dahlia Moss")
    );
}

#[test]
fn news_outlets_are_sources() {
    let t = "Several newspapers reported that the agency had met the mayor twice.";
    assert_eq!(
        speaker_of_cue(t, "reported").as_deref(),
        Some("Several newspapers")
    );
}

#[test]
fn the_firm_refers_back_to_an_organisation_known_by_its_short_name() {
    // "Brightwell" alone later must not make the company a person.
    let t = "Corvane Electronics says its chargers are safe. The firm blamed “fake cables” \
             for the fires. Corvane has also said its batteries passed every test.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Corvane Electronics"));
    assert_eq!(
        speaker_of_cue(t, "blamed").as_deref(),
        Some("Corvane Electronics")
    );
}

#[test]
fn an_institution_named_with_of_or_for_is_one_name() {
    let t = "The Department of Justice opened a case. The Department of Justice said on \
             Monday that it would appeal.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("Department of Justice")
    );
    let t = "The Office for Product Safety said it was testing the units, and asked shops to \
             remove them.";
    assert_eq!(
        speaker_of_cue(t, "asked").as_deref(),
        Some("Office for Product Safety")
    );
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
fn a_source_close_to_a_group_that_is_no_speaker() {
    let t = "A person close to the delegation said a meeting was possible.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("A person close to the delegation")
    );
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
fn what_critics_call_a_quoted_term() {
    let t = "The government forced the bill through, using a procedure that critics call \
             « a denial of democracy ».";
    assert_eq!(speaker_of_cue(t, "call").as_deref(), Some("critics"));
    assert_eq!(quote_speaker(t).as_deref(), Some("critics"));
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
fn the_source_is_never_the_latest_organisation() {
    let t = "The Harlow Department said it would act. Later a source close to the talks \
             spoke. “We are far apart,” the source said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the source"));
    // "the company" still refers back to the organisation.
    let t = "Brenner Mills cut 40 jobs. “We regret it,” the company said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Brenner Mills"));
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
fn quantified_and_bare_plural_groups_are_sources() {
    assert_eq!(
        speaker_of_cue("The report is late, several friends said.", "said").as_deref(),
        Some("several friends")
    );
    assert_eq!(
        speaker_of_cue("Security specialists say the flaw is real.", "say").as_deref(),
        Some("Security specialists")
    );
    assert_eq!(
        speaker_of_cue("Most of them said they had loved working there.", "said").as_deref(),
        Some("Most of them")
    );
    // Things that "suggest" or "tell a story" are no group of people.
    assert!(attributions("Early tests suggest the tool may flag patched routers.").is_empty());
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
fn a_quote_in_a_clause_with_its_own_subject_does_not_continue_the_paragraph() {
    // The second quote's clause has a subject and a verb of its own: it is that subject's,
    // not a continuation of the quote before it.
    let t = "“We will win the state,” Ana Ruiz said on Monday. Tom Baker has built his own \
             campaign on a promise of “common sense for working families.”";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Baker"));
    // A pronoun subject is the mention shown, resolved to its antecedent.
    let t = "“We will win the state,” Ana Ruiz said on Monday. She voiced a wish for a “strong \
             and fair economy” by the end of the decade.";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
    let utf16: Vec<u16> = t.encode_utf16().collect();
    let (s, e) = (q[1].speaker_start.unwrap(), q[1].speaker_end.unwrap());
    assert_eq!(String::from_utf16_lossy(&utf16[s..e]), "She");
    // A quote inside a quote stays the outer speaker's.
    let t = "“We will win,” Ana Ruiz said. “If they ask, they might think, ‘Not this year again’ \
             and move on.”";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_definite_institution_is_not_whatever_name_came_last() {
    // "the board" refers back to a board, not to the last capitalised name of two words.
    let t = "The appeal cited Article Four of the charter. “She was born here,” the board \
             said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the board"));
    let t = "The request came under the Open Records Act. The department said it will “add \
             the missing pages in June.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("The department"));
    // A generic noun still refers back to the latest organisation.
    let t = "Greyling Homes built the tower. “We met every code,” the company said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Greyling Homes"));
}

#[test]
fn a_verb_of_asking_or_warning_inverted_after_its_quote() {
    // Right after the quote, with no subject before it, the name or description after
    // "asked" or "warned" is the speaker, not the addressee.
    let t = "“Why should the delegates vote themselves out?” asked Sen. Jane Roe of Ohio.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Jane Roe"));
    let t = "“Stay off the bridge tonight,” warned the harbour master.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the harbour master"));
    // With its subject before it, what follows the verb is the addressee.
    let t = "Dan Hale met the press. “We lost the county,” he told Radio Ohio.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
}

#[test]
fn a_quote_in_the_content_of_an_owned_speech_noun_is_the_owners() {
    // The quote sits in the "that" clause of Ruiz's claim: not the clause's own subject's.
    let t = "Ana Ruiz’s most repeated claim is that Tom Baker “would say anything to win \
             an election.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Dan Hale spoke in Dayton. His recent promise that the plant “will never close” \
             cheered the workers.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
}

#[test]
fn verbs_of_manner_of_speaking_after_a_quote_are_cues() {
    for (t, who) in [
        (
            "“Sit down and wait your turn,” Dan Hale barked.",
            "Dan Hale",
        ),
        (
            "“We simply ran out of time,” Ana Ruiz confessed.",
            "Ana Ruiz",
        ),
        ("“Not this again,” Tom Baker scoffed.", "Tom Baker"),
        (
            "“It was the budget, not the staff,” Mara Quill elaborated.",
            "Mara Quill",
        ),
        (
            "“That is not what the bill says,” Jo Park interjected.",
            "Jo Park",
        ),
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some(who), "{t}");
    }
    // Without content, such a verb is no attribution.
    assert!(attributions("The senator tried to interject during the hearing.").is_empty());
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
fn a_dash_signature_on_the_line_after_a_quote_paragraph() {
    let t = "Ann Lee spoke first.\n\n“Great speech. She is ready for the job.”\n\n-Governor Dan \
             Hale, writing after the speech.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
    // A dashed list item after the quote is no signature.
    let t = "“We will enter the next slump with rates near zero.”\n\n- Tom Ball won most of \
             the young voters in the county on Tuesday.";
    assert_eq!(quote_speaker(t), None);
}

#[test]
fn an_unnamed_source_briefed_on_last_weeks_call() {
    // "last", "this" or "next" before a time word after a preposition determines it: the
    // description runs on to its head ("a second person"), and the source is unnamed.
    let t = "The deal was poor for the mayor, a second person briefed on last week's budget \
             call said.";
    let a = scan(t).attributions;
    assert_eq!(a.len(), 1);
    assert_eq!(
        a[0].speaker.as_deref(),
        Some("a second person briefed on last week's budget call")
    );
    assert_eq!(a[0].speaker_kind, Some(SpeakerKind::Anonymous));
    // Between a subject and its verb, "last week" is still an adverb.
    let t = "Ana Ruiz won the seat. She last week said the plan was dead.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
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
fn the_company_is_no_country_and_the_campaign_no_company() {
    // A definite description of an organisation refers back to one of its kind only.
    let t = "Lakeside Foods will move jobs from the United States to Mexico. The company says \
             it fears a loss. The campaign says the average donation was small.";
    assert_eq!(speaker_of_cue(t, "says").as_deref(), Some("Lakeside Foods"));
    let a = attributions(t);
    assert_eq!(a[1].1.as_deref(), Some("The campaign"));
    let t = "Jobs are moving from the United States to Mexico. On Tuesday, the company said it would not \
             file in time.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("the company"));
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
fn a_share_spelled_out_or_a_fraction_as_the_subject() {
    // Poll shares: a spelled-out percentage, or a fraction with what approximates it.
    let t = "Twenty-four percent said they were more likely to vote for her. Nearly half said \
             they prefer someone new, and three-quarters said the same of her rival.";
    let a = scan(t).attributions;
    let got: Vec<_> = a.iter().map(|a| a.speaker.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("Twenty-four percent"),
            Some("Nearly half"),
            Some("three-quarters")
        ]
    );
    assert!(a.iter().all(|a| a.speaker_kind == Some(SpeakerKind::Group)));
    // Not inside a clause: "in the first half" is no speaker.
    let t = "Ana Ruiz spoke. In the first half, she said the plan was fine.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
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
