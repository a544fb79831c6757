//! Phenomena of subjects that are not a named person, found on PolNeAR train (one test per
//! phenomenon, named after it; the sentences are written for the tests): documents that
//! report evidence, and groups given by a quantity or a coordination.

use crate::scan;

/// (cue, speaker) of every attribution of `text`.
fn attributions(text: &str) -> Vec<(String, Option<String>)> {
    scan(text)
        .attributions
        .into_iter()
        .map(|a| (a.cue, a.speaker))
        .collect()
}

#[test]
fn a_document_reports_evidence_a_person_does_not() {
    let a = attributions("A new statewide poll shows Ana Ruiz with a narrow lead.");
    assert_eq!(
        a,
        [(
            "shows".to_string(),
            Some("A new statewide poll".to_string())
        )]
    );
    let a = attributions("The survey found that most tenants felt safe.");
    assert_eq!(a, [("found".to_string(), Some("The survey".to_string()))]);
    // Plural evidence: "early polls show".
    assert_eq!(
        attributions("Early polls show voters split evenly.").len(),
        1
    );
    // A person's act, a particle, a passive: no attribution.
    for t in [
        "Ana Ruiz found the keys under the seat.",
        "Bo Chen showed up an hour late.",
        "The full survey can be found online.",
        "A jury found him not guilty.",
    ] {
        assert!(attributions(t).is_empty(), "{t}: {:?}", attributions(t));
    }
}
