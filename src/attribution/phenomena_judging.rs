//! Phenomena of verbs of judging and naming used without quote marks, found on PolNeAR
//! train: the speaker is the subject of a verb that judges or names someone or something
//! aloud ("blasted the mayor for cutting the budget", "called the charges baseless"). One
//! test per phenomenon, with the other senses that must stay out; sentences written for
//! the tests.

use super::probes::{
    assert_first_attribution, assert_no_cues, assert_sole_attribution, attributions, cues,
};

#[test]
fn judging_someone_aloud_without_a_quote_reports_speech() {
    assert_sole_attribution(&[
        (
            "Ana Ruiz blasted the council for cutting the bus routes.",
            "blasted",
            "Ana Ruiz",
        ),
        (
            "Bo Chen mocked the mayor's plan during the debate.",
            "mocked",
            "Bo Chen",
        ),
        (
            "Ana Ruiz thanked the volunteers for their work.",
            "thanked",
            "Ana Ruiz",
        ),
        (
            "Bo Chen congratulated Ana Ruiz on her victory.",
            "congratulated",
            "Bo Chen",
        ),
        (
            "Ana Ruiz applauded the ruling on Tuesday.",
            "applauded",
            "Ana Ruiz",
        ),
    ]);
    // A thing's subject, or an object moved by a particle, is no judge.
    assert_no_cues(&[
        "The storm blasted the coast of Tarvin.",
        "The crowd ripped the posters away.",
        "Bo Chen blasted the rock away with dynamite.",
    ]);
}

#[test]
fn attacking_someone_for_their_deeds_reports_speech() {
    assert_first_attribution(&[
        (
            "Ana Ruiz attacked Bo Chen for his support of the toll.",
            "attacked",
            "Ana Ruiz",
        ),
        (
            "Bo Chen has hammered the governor over the budget.",
            "hammered",
            "Bo Chen",
        ),
        (
            "Ana Ruiz knocked the rules as undemocratic.",
            "knocked",
            "Ana Ruiz",
        ),
        (
            "Bo Chen attacked Ana Ruiz, saying she had misled voters.",
            "attacked",
            "Bo Chen",
        ),
    ]);
    // The violent senses: no grounds, or a stretch of time; a thing knocked about.
    assert_no_cues(&[
        "Rebels attacked the town at dawn.",
        "The soldiers attacked the base for hours.",
        "Bo Chen knocked the vase off the table.",
        "The dog attacked a child in the park.",
    ]);
}

#[test]
fn calling_something_a_name_or_a_quality_without_quotes_reports_speech() {
    assert_first_attribution(&[
        (
            "Ana Ruiz called the charges baseless and said she would fight them.",
            "called",
            "Ana Ruiz",
        ),
        ("Bo Chen called the raid a disgrace.", "called", "Bo Chen"),
        ("Ana Ruiz calls Bo Chen unqualified.", "calls", "Ana Ruiz"),
        (
            "The mayor's office calls the whole affair nothing short of an attack.",
            "calls",
            "The mayor's office",
        ),
    ]);
    // A participle of naming continues its clause's subject, or has its own right before.
    let t = "Bo Chen opened with harsh words about the board, calling them cowards.";
    assert_eq!(attributions(t)[0].0, "calling");
    let t = "Others went further, with Ana Ruiz calling Bo Chen a fraud.";
    assert_eq!(
        attributions(t),
        [("calling".to_string(), Some("Ana Ruiz".to_string()))]
    );
    // Calling a meeting, an election, a person on the telephone, the race for someone; a
    // thing by its name.
    assert_no_cues(&[
        "The council called an emergency session on Monday.",
        "The premier called snap elections for October.",
        "Bo Chen called the hotel to ask about rooms.",
        "Two networks called the race for Ana Ruiz.",
        "Ana Ruiz called the local hospital.",
        "Bo Chen runs a website called Tarvin Today.",
    ]);
}

#[test]
fn echoing_what_was_said_reports_speech() {
    for (t, speaker) in [
        ("Bo Chen echoed those comments at the rally.", "Bo Chen"),
        ("Ana Ruiz echoed the criticism on Monday.", "Ana Ruiz"),
    ] {
        assert_eq!(
            attributions(t),
            [("echoed".to_string(), Some(speaker.to_string()))],
            "{t}"
        );
    }
    assert_no_cues(&[
        "Shots echoed through the valley.",
        "The new hall echoed the design of the old bridge.",
    ]);
}

#[test]
fn rejecting_or_welcoming_what_was_said_reports_speech() {
    assert_sole_attribution(&[
        (
            "Ana Ruiz rejected the notion that the vote was rigged.",
            "rejected",
            "Ana Ruiz",
        ),
        ("Bo Chen rejected the allegation.", "rejected", "Bo Chen"),
        (
            "Ana Ruiz welcomed the ruling on Friday.",
            "welcomed",
            "Ana Ruiz",
        ),
    ]);
    // A parcel refused, guests received: nothing said.
    assert_no_cues(&[
        "The clerk rejected the parcel at the door.",
        "Bo Chen welcomed the guests to Tarvin.",
    ]);
}

#[test]
fn casting_someone_as_what_they_are_without_quotes_reports_speech() {
    assert_first_attribution(&[
        (
            "Bo Chen cast himself as a friend of the harbour workers.",
            "cast",
            "Bo Chen",
        ),
        (
            "Ana Ruiz has cast the former mayor as unfit for office.",
            "cast",
            "Ana Ruiz",
        ),
        (
            "Bo Chen framed the vote as a test of loyalty.",
            "framed",
            "Bo Chen",
        ),
    ]);
    // A vote cast, a plan presented as planned, a role in a play.
    assert_no_cues(&[
        "Bo Chen cast a vote as a member of the board.",
        "Ana Ruiz cast her ballot as soon as the polls opened.",
        "The council presented the budget as planned.",
        "Bo Chen was cast as the lead in the play.",
    ]);
}

#[test]
fn a_participle_of_judging_after_a_verb_continues_its_subject() {
    let t = "“It is anger,” Bo Chen said, citing low growth and high rents.";
    assert_eq!(
        attributions(t),
        [
            ("said".to_string(), Some("Bo Chen".to_string())),
            ("citing".to_string(), Some("Bo Chen".to_string()))
        ]
    );
    // After its subject's comma it is the subject's own aside, no speech of a person.
    assert_eq!(
        cues("The report, citing three sources, said the plant would close."),
        ["said"]
    );
}
