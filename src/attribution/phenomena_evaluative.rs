//! Phenomena of evaluative and characterising verbs around a quoted fragment, found on
//! PolNeAR train: the speaker is the subject of a verb that judges or labels someone in
//! words the quote gives ("compared the mayor to a “spoiled child”"). One test per
//! phenomenon, with the other senses that must stay out; sentences written for the tests.

use super::probes::{assert_no_cues, assert_sole_attribution, cues, speaker_of_cue};

#[test]
fn attacking_comparing_and_admiring_with_a_quoted_fragment_report_speech() {
    assert_sole_attribution(&[
        (
            "Bo Chen attacked “the failed policies of the past.”",
            "attacked",
            "Bo Chen",
        ),
        (
            "Ana Ruiz compared the mayor to a “spoiled child.”",
            "compared",
            "Ana Ruiz",
        ),
        (
            "Bo Chen openly admires the general as a “strong leader.”",
            "admires",
            "Bo Chen",
        ),
        (
            "Ana Ruiz trashed the auditor for acting as “the sheriff and the judge.”",
            "trashed",
            "Ana Ruiz",
        ),
    ]);
    // The other senses: no quote, no speech; a comparison of figures is no one's words.
    assert_no_cues(&[
        "The army attacked the base at dawn.",
        "Shoppers compared prices at the two markets.",
        "Sales rose 25 percent compared with “normal” years in Tarvin.",
        "Bo Chen admires the old bridge over the Tarn.",
    ]);
}

#[test]
fn going_after_someone_with_a_quoted_label_reports_speech() {
    let t = "Ana Ruiz has gone after him as a “human leech” in recent days.";
    assert_eq!(speaker_of_cue(t, "gone after").as_deref(), Some("Ana Ruiz"));
    // Chasing someone says nothing; nor does going after someone whom a participle then
    // names (the quote is the calling's).
    let t = "The police went after the thieves on foot.";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    assert_eq!(
        cues("Bo Chen went after Ana Ruiz, calling her “a bore.”"),
        ["calling"]
    );
}

#[test]
fn casting_or_presenting_someone_as_a_quoted_label_reports_speech() {
    for (t, cue, speaker) in [
        (
            "Bo Chen has cast himself as the “law and order” candidate.",
            "cast",
            "Bo Chen",
        ),
        (
            "Bo Chen opened the rally by introducing Ana Ruiz as a “fighter for the harbour.”",
            "introducing",
            "Bo Chen",
        ),
        (
            "Ana Ruiz has been steadily pounding the mayor as a “con artist” for weeks.",
            "pounding",
            "Ana Ruiz",
        ),
    ] {
        assert_eq!(speaker_of_cue(t, cue).as_deref(), Some(speaker), "{t}");
    }
    // The "as" of time or manner, a quote in a later clause or sentence, the noun.
    for t in [
        "Bo Chen cast his vote as soon as the polls opened.",
        "The senator introduced the bill as planned.",
        "He was pounding the table as the crowd sang “Home Again.”",
        "She writes in what is presented as her memoir. “My eyes well up,” she says.",
        "Enter your email address and click “sign up.”",
    ] {
        assert!(
            cues(t).iter().all(|c| !matches!(
                c.as_str(),
                "cast" | "introduced" | "pounding" | "presented" | "address"
            )),
            "{t}: {:?}",
            cues(t)
        );
    }
}

#[test]
fn a_judging_participle_after_an_issued_document_continues_the_subject() {
    let t = "Aides released a memo describing the plan as “dead on arrival.”";
    assert_eq!(speaker_of_cue(t, "describing").as_deref(), Some("Aides"));
    // No quote, no "as": the document is only named.
    let t = "The memo describing the plan was lost.";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
}

#[test]
fn a_judging_participle_with_a_quoted_fragment_continues_the_subject() {
    // The fragment a few words on, in a relative clause on the object.
    let t = "Ana Ruiz opened the debate by slamming rivals who think they can “hand off” the \
             harbour plan.";
    assert_eq!(speaker_of_cue(t, "slamming").as_deref(), Some("Ana Ruiz"));
    // Without the quote the participle is an act, not speech.
    let t = "Ana Ruiz began her talk by slamming the door.";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
}

#[test]
fn a_progressive_with_an_adverb_before_the_participle_is_a_finite_verb() {
    let t = "Bo Chen has been steadily calling the plan “a scam” for weeks.";
    assert_eq!(speaker_of_cue(t, "calling").as_deref(), Some("Bo Chen"));
    let t = "Bo Chen has been openly mocking the “new deal” for weeks.";
    assert_eq!(speaker_of_cue(t, "mocking").as_deref(), Some("Bo Chen"));
    // A progressive that is no verb of speech stays out.
    let t = "The hall was slowly filling as the band played “Home Again.”";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
}

#[test]
fn a_quote_that_another_finite_verb_of_naming_takes_is_not_the_evaluative_verbs() {
    // (The mocking is speech of its own, a judging verb with an object: `phenomena_judging.rs`.)
    let t = "Bo Chen mocked what Ana Ruiz called “a fair levy.”";
    assert_eq!(cues(t), ["mocked", "called"]);
    assert_eq!(speaker_of_cue(t, "called").as_deref(), Some("Ana Ruiz"));
    assert_eq!(super::probes::quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // A gerund of naming is the mocked one's act, and the mocking quotes it.
    let t = "Ana Ruiz mocked Bo Chen for calling himself “the king of debt.”";
    assert_eq!(speaker_of_cue(t, "mocked").as_deref(), Some("Ana Ruiz"));
    // A call that is a noun names nothing: "blasted on a conference call as “…”".
    let t = "It is a payout that investor Bo Chen blasted on a conference call as “morally \
             wrong.”";
    assert_eq!(speaker_of_cue(t, "blasted").as_deref(), Some("Bo Chen"));
}

#[test]
fn a_coordinated_participle_of_charging_someone_takes_its_quoted_fragment() {
    let t = "Then Ana Ruiz cut into Bo Chen, calling him a “stiff” and accusing him of acting \
             like a “spoiled child.”";
    assert_eq!(speaker_of_cue(t, "accusing").as_deref(), Some("Ana Ruiz"));
    let t = "Ana Ruiz left early, blaming him for the “mess.”";
    assert_eq!(speaker_of_cue(t, "blaming").as_deref(), Some("Ana Ruiz"));
    // Without a quote, an object pronoun is no content: the participle stays out.
    let t = "Ana Ruiz left early, blaming him for the mess.";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
}

#[test]
fn a_coordinated_verb_after_a_perfect_auxiliary_continues_the_subject() {
    let t = "Ana Ruiz has made her wealth the heart of her campaign and has boasted of her \
             willingness to spend “whatever it takes” to win.";
    assert_eq!(speaker_of_cue(t, "boasted").as_deref(), Some("Ana Ruiz"));
    // "and has" before no verb of speech reports nothing.
    let t = "Ana Ruiz runs the harbour board and has a plan she calls bold.";
    assert!(cues(t).iter().all(|c| c != "has"), "{t}: {:?}", cues(t));
}

#[test]
fn a_naming_participle_after_an_issued_document_and_its_time_continues_the_subject() {
    let t = "Hours later, Ana Ruiz issued a statement Thursday night calling the vote “a \
             disgrace.”";
    assert_eq!(speaker_of_cue(t, "calling").as_deref(), Some("Ana Ruiz"));
    let t = "The harbour group placed newspaper ads calling the deal a “costly mistake.”";
    assert_eq!(
        speaker_of_cue(t, "calling").as_deref(),
        Some("The harbour group")
    );
    // A time word after a noun that is no document: the participle has no lead.
    let t = "The fans waited all night calling the team “the best.”";
    assert!(cues(t).iter().all(|c| c != "calling"), "{t}: {:?}", cues(t));
}

#[test]
fn a_participle_of_speech_after_an_issued_document_with_a_quote_continues_the_subject() {
    let t = "Ana Ruiz released a statement Thursday night condemning “what looks like arson.”";
    assert_eq!(speaker_of_cue(t, "condemning").as_deref(), Some("Ana Ruiz"));
    // Without a quote the participle is left to its own rule (here: no "as", no cue).
    let t = "Ana Ruiz released a statement Thursday night hailing the firefighters.";
    assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
}
