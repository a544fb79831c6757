//! Phenomena of asides, headlines and agreement found on PolNeAR train: reporting clauses
//! set beside what they report, with the other senses of their words kept out (one test per
//! phenomenon, sentences written for the tests).

use super::probes::{assert_cue_speakers, assert_no_cues, attributions, cues, speaker_of_cue};

#[test]
fn an_aside_opened_by_as_reports_the_clause_around_it() {
    assert_cue_speakers(&[
        (
            "But as Ana Ruiz noted, those voters will give Bo Chen a second look.",
            "noted",
            "Ana Ruiz",
        ),
        (
            "The harbour will close, and as Bo Chen noted, the ferries will stop too.",
            "noted",
            "Bo Chen",
        ),
        (
            "As the paper noted, the mayor has not always been kind to the port.",
            "noted",
            "the paper",
        ),
        (
            "But as the nationalist Lakeside Daily tabloid noted in an op-ed Thursday, the mayor is popular.",
            "noted",
            "the nationalist Lakeside Daily tabloid",
        ),
        (
            "The council, as Ana Ruiz put it, has lost its nerve.",
            "put it",
            "Ana Ruiz",
        ),
        // (An adverb before the verb is no part of the subject.)
        (
            "The fever, as Ana Ruiz very recently explained, is rare.",
            "explained",
            "Ana Ruiz",
        ),
    ]);
    // "as" of time or comparison, and a verb with an object: no aside.
    assert_no_cues(&[
        "The crowd cheered as she wrote a letter to the board.",
        "The plan worked as expected, and the port reopened.",
        "It was never as bad as she noted in the letter to the board.",
    ]);
}

#[test]
fn an_aside_as_reported_by_an_agent_is_the_agents() {
    let t = "As reported by the Lakeside Herald, the mayor knew of the plan in March.";
    assert_eq!(
        speaker_of_cue(t, "reported").as_deref(),
        Some("Lakeside Herald")
    );
    let t = "The deal was signed on Friday, as first reported by the Lakeside Herald.";
    assert_eq!(
        speaker_of_cue(t, "reported").as_deref(),
        Some("Lakeside Herald")
    );
    // A passive with no agent, or one with a purpose: no aside.
    assert_no_cues(&[
        "The banks must hold more capital, as required by the new law.",
        "The ferry ran as reported in the timetable.",
    ]);
}

#[test]
fn a_headline_verb_after_its_subject_reports_it() {
    let body = "\n\nThe council met on Monday to discuss the harbour plan.";
    for (h, cue, speaker) in [
        (
            "Bo Chen Promises Action On Housing In First Year",
            "Promises",
            "Bo Chen",
        ),
        (
            "Ana Ruiz Just Revealed Who She Would Pick For Deputy",
            "Revealed",
            "Ana Ruiz",
        ),
        (
            "Ruiz Told A Reporter Not To Worry About The Vote",
            "Told",
            "Ruiz",
        ),
        (
            "Clean Energy Could Be Next, Ana Ruiz Says.",
            "Says",
            "Ana Ruiz",
        ),
        (
            "Clinic Hid Problems From Public, Former Lakeside Doctor Says.",
            "Says",
            "Former Lakeside Doctor",
        ),
        (
            "Newspaper Says Mayor Needs To Quit The Race",
            "Says",
            "Newspaper",
        ),
    ] {
        let t = format!("{h}{body}");
        assert_eq!(
            speaker_of_cue(&t, cue).as_deref(),
            Some(speaker),
            "{t}: {:?}",
            attributions(&t)
        );
    }
    // A verb after a preposition, a pronoun, an auxiliary or a clause word is no report of
    // the headline's subject.
    for h in [
        "Bo Chen Defends Himself Against Claims He Lied About The Port",
        "Lakeside Elects A Judge Who Once Mocked The Council",
        "Ana Ruiz: No Idea If I Would Have Told The Board",
    ] {
        let t = format!("{h}{body}");
        assert!(cues(&t).is_empty(), "{t}: {:?}", cues(&t));
    }
}

#[test]
fn agreement_said_aloud_reports_it() {
    for (t, speaker) in [
        (
            "Most members agreed they had no real recourse at this point.",
            "Most members",
        ),
        ("Bo Chen agreed with Ana Ruiz about the winner.", "Bo Chen"),
        ("“The port must stay open,” Ana Ruiz agreed.", "Ana Ruiz"),
        ("Bo Chen agreed. “The port must stay open.”", "Bo Chen"),
        ("Ana Ruiz agreed: “The port must stay open.”", "Ana Ruiz"),
        (
            "A panel of reporters agreed Saturday that the plan would fail.",
            "A panel of reporters",
        ),
    ] {
        assert_eq!(
            speaker_of_cue(t, "agreed").as_deref(),
            Some(speaker),
            "{t}: {:?}",
            attributions(t)
        );
    }
    // A commitment, a date agreed on, agreement with nothing said, and agreement that a verb
    // of saying reports.
    for t in [
        "The company agreed to pay $3 million to settle the charges.",
        "The two sides agreed on a date for the talks.",
        "Others agree.",
        "Bo Chen said he agreed with Ana Ruiz.",
    ] {
        assert!(
            cues(t).iter().all(|c| !c.starts_with("agree")),
            "{t}: {:?}",
            cues(t)
        );
    }
}

#[test]
fn a_verb_of_stating_with_an_indefinite_object_reports_it() {
    assert_cue_speakers(&[
        (
            "Bo Chen predicted a narrow win in Lakeside.",
            "predicted",
            "Bo Chen",
        ),
        (
            "Police reported no arrests late Monday.",
            "reported",
            "Police",
        ),
        (
            "The company reported a profit of $2 a share.",
            "reported",
            "The company",
        ),
        (
            "Ana Ruiz noted a planned rally on Saturday.",
            "noted",
            "Ana Ruiz",
        ),
    ]);
    // A time after the verb, a duty reported for, a noun.
    assert_no_cues(&[
        "Bo Chen reported a day later to the harbour office.",
        "Bo Chen reported for duty at a harbour office.",
        "A note from the clinic arrived.",
    ]);
}

#[test]
fn a_reporting_clause_between_commas_reports_the_sentence_around_it() {
    // A capitalised verb inside a sentence is a name's.
    let t = "According to the study, published in Lakeside Case Reports, the man was ill.";
    assert!(cues(t).iter().all(|c| c != "Reports"), "{:?}", cues(t));
    assert_cue_speakers(&[
        (
            "He had no known ties, the airline added, and had passed every check.",
            "added",
            "the airline",
        ),
        (
            "There is no risk of a strike, officials in both towns insist, because pay has risen.",
            "insist",
            "officials in both towns",
        ),
        (
            "If she wins, Ana Ruiz suggested in a post, the ferry will stay open.",
            "suggested",
            "Ana Ruiz",
        ),
    ]);
    // A noun after a verb and its object, a passive's agent, an adverb alone.
    assert_no_cues(&[
        "At the dinner, he sounded a rare note of doubt, and left early.",
        "It had two columns, one listing the facts reported by the council, and the rest.",
        "Her plan, confidently stated on the radio, was to win.",
        // A capitalised verb inside a sentence is a name's.
    ]);
}
