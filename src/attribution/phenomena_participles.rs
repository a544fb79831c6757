//! Phenomena of participles, relative clauses and non-person subjects of speech verbs found
//! on PolNeAR train: a plain speech verb was there, but its attribution was dropped for want
//! of a subject (one test per phenomenon, with its negative cases; sentences written for the
//! tests).

use super::probes::{attributions, cues, quote_speaker, speaker_of_cue};

/// The texts open with a sentence of their own, so that the one under test is no headline.
fn body(t: &str) -> String {
    format!("The council met on Monday.\n\n{t}")
}

#[test]
fn a_participle_after_an_opening_subordinator_is_the_main_clauses_subjects() {
    // "After saying …, Ana Ruiz left": the subject follows the opening clause's comma.
    let t = body("After saying her foot was “fine,” Ana Ruiz left the stage.");
    assert_eq!(speaker_of_cue(&t, "saying").as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote_speaker(&t).as_deref(), Some("Ana Ruiz"));
    let t = body("While saying that he respects the mayor, Bo Chen voted against her plan.");
    assert_eq!(speaker_of_cue(&t, "saying").as_deref(), Some("Bo Chen"));
    let t = body("Since announcing in May that she would not run, Ana Ruiz has kept quiet.");
    assert_eq!(
        speaker_of_cue(&t, "announcing").as_deref(),
        Some("Ana Ruiz")
    );
    // The subject is the noun phrase, not the verb after it.
    let t = body("After saying he was nervous, the man asked about the harbour.");
    assert_eq!(speaker_of_cue(&t, "saying").as_deref(), Some("the man"));
    // Not a participle with no content ("saying goodbye"), nor one that is not a cue.
    for t in [
        "After saying goodbye, Ana Ruiz left the stage.",
        "After winning the vote, Bo Chen left early.",
    ] {
        let t = body(t);
        assert!(cues(&t).is_empty(), "{t}: {:?}", cues(&t));
    }
}

#[test]
fn a_participle_after_a_document_reports_whoever_issued_it() {
    // "issued a statement saying that": the clause's subject speaks through the document.
    let t = body("Bo Chen issued a statement saying that the council should wait.");
    assert_eq!(speaker_of_cue(&t, "saying").as_deref(), Some("Bo Chen"));
    // The time it was issued may stand between.
    let t =
        body("Ana Ruiz posted a series of tweets early Friday saying that she would “fight on.”");
    assert_eq!(speaker_of_cue(&t, "saying").as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote_speaker(&t).as_deref(), Some("Ana Ruiz"));
    let t = body("A group of clinics sent a letter this week urging the council to act.");
    assert!(speaker_of_cue(&t, "urging").is_some_and(|s| s.starts_with("A group")));
    // A determiner opens the object: the subject is the phrase before the verb.
    let t = body("The campaign sent an email Wednesday saying that the race is close.");
    assert!(
        speaker_of_cue(&t, "saying").is_some_and(|s| s.starts_with("The campaign")),
        "{:?}",
        attributions(&t)
    );
    // Not the other sense of the participle ("saying goodbye"), nor a plain object ("a
    // letter saying nothing" has no content).
    for t in [
        "Bo Chen wrote a letter saying goodbye.",
        "Ana Ruiz left the report lying on the table.",
    ] {
        let t = body(t);
        assert!(cues(&t).is_empty(), "{t}: {:?}", cues(&t));
    }
}

#[test]
fn a_relative_clause_on_a_thing_reports_its_quoted_words() {
    // "a video that said, “…”": the one who issued the thing speaks through it.
    let t = body("Bo Chen released a video that said, “We will hire the best teachers.”");
    assert_eq!(speaker_of_cue(&t, "said").as_deref(), Some("Bo Chen"));
    assert_eq!(quote_speaker(&t).as_deref(), Some("Bo Chen"));
    let t = body("Bo Chen sent letters that called the mayor an “amateur.”");
    assert_eq!(speaker_of_cue(&t, "called").as_deref(), Some("Bo Chen"));
    let t = body("Ana Ruiz held up a sign — which read “Lakeside for Ruiz” — and waved it.");
    assert_eq!(speaker_of_cue(&t, "read").as_deref(), Some("Ana Ruiz"));
    // A thing that opens its clause, or one its subject merely has, is the speaker itself.
    let t = body("Ana Ruiz has a note that said “vote no.”");
    assert_eq!(speaker_of_cue(&t, "said").as_deref(), Some("a note"));
    let t = body("A sign that read “Lakeside for Ruiz” hung over the door.");
    assert_eq!(speaker_of_cue(&t, "read").as_deref(), Some("A sign"));
    let t = body("The page was replaced by a message that said, “Sorry, the item is gone.”");
    assert_eq!(cues(&t), ["said"]);
    // Not inside what someone else reports: one attribution, the outer one.
    let t = body("Ana Ruiz said the town lost a voice that said “love wins.”");
    assert_eq!(attributions(&t).len(), 1, "{:?}", attributions(&t));
    // Not the idiom "That said," before a quote.
    let t = body("The vote was close. That said, “nobody expected it,” Bo Chen noted.");
    assert_eq!(cues(&t), ["noted"]);
}

#[test]
fn encouraging_someone_to_act_is_speech_of_people_only() {
    // "encouraged voters to “check out” …": urging in a milder voice.
    let t = body("Ana Ruiz encouraged voters to “check out” the new library.");
    assert_eq!(
        speaker_of_cue(&t, "encouraged").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(quote_speaker(&t).as_deref(), Some("Ana Ruiz"));
    let t = body("In a post on Sunday, Bo Chen encouraged his followers to join him in a fast.");
    assert_eq!(speaker_of_cue(&t, "encouraged").as_deref(), Some("Bo Chen"));
    // Not of things and forces, nor the passive of a feeling.
    for t in [
        "Low rates encouraged borrowing across the region.",
        "The new tax encouraged people to drive less.",
        "Bo Chen was encouraged by the results.",
    ] {
        let t = body(t);
        assert!(
            cues(&t).iter().all(|c| !c.starts_with("encourag")),
            "{t}: {:?}",
            cues(&t)
        );
    }
}

#[test]
fn a_participle_of_saying_before_an_indefinite_subject_reports() {
    // "saying anybody who …", "saying any money spent was …": the content's subject is an
    // indefinite pronoun or determiner.
    let t = body("Bo Chen mocked the complaint, saying anybody who reads it will “laugh.”");
    assert_eq!(speaker_of_cue(&t, "saying").as_deref(), Some("Bo Chen"));
    let t = body("The auditor questioned the council's fund, saying any money spent was “wasted.”");
    assert!(cues(&t).contains(&"saying".to_string()), "{:?}", cues(&t));
    // Not "saying nothing", an object with no content.
    let t = body("Bo Chen left the room, saying nothing.");
    assert!(cues(&t).is_empty(), "{:?}", cues(&t));
}

#[test]
fn a_court_ruling_with_its_content_reports() {
    // "the judge ruled that": a decision with its content.
    let t = body("The judge then ruled that the vote “must stand.”");
    assert_eq!(speaker_of_cue(&t, "ruled").as_deref(), Some("The judge"));
    assert_eq!(quote_speaker(&t).as_deref(), Some("The judge"));
    // Not "ruled out", "ruled on" nor the noun "rules that".
    for t in [
        "Bo Chen ruled out a bid this morning.",
        "The court ruled on the filings last week.",
        "The party rules that bind delegates are old.",
    ] {
        let t = body(t);
        assert!(cues(&t).is_empty(), "{t}: {:?}", cues(&t));
    }
}

#[test]
fn a_participles_content_may_open_with_a_bare_noun_phrase() {
    let t = "Ana Ruiz criticized the plan, saying mass transit was a bigger problem.";
    assert_eq!(speaker_of_cue(t, "saying").as_deref(), Some("Ana Ruiz"));
    let t = "Some candidates urged the council to act, saying airstrikes have been inadequate.";
    assert_eq!(
        speaker_of_cue(t, "saying").as_deref(),
        Some("Some candidates")
    );
    // Not the person told: their clause is another's content.
    let t = "The coach tricked the class by telling them they would have to run again.";
    assert!(cues(t).iter().all(|c| c != "telling"));
}
