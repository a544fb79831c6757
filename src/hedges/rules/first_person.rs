//! First-person softeners ("I think", "I guess"), not "I think about".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{BE, FINITE, SUBJECT_PRONOUNS};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let not_epistemic = [
        "about", "of", "back", "through", "over", "twice", "highly", "hard", "in", "up", "ahead",
        "aloud", "out", "for", "what",
    ];
    if doc.is(doc.next(hit.last), &not_epistemic) {
        return None;
    }
    // A question ("Should we believe them?") or an object relative with nothing after it
    // ("that's what we believe."): no softened claim.
    let p = doc.prev_joined(hit.first);
    let question = [
        "should", "do", "does", "did", "can", "could", "would", "will", "must", "shall",
    ];
    if doc.is(p, &question) {
        return None;
    }
    if doc.is(p, &["what", "whatever"]) && doc.next_joined(hit.last).is_none() {
        return None;
    }
    // "I feel that …", "we feel he …", not "I feel tired".
    if doc.is(Some(hit.last), &["feel"]) && !clause_follows(doc, hit.last) {
        return None;
    }
    Some(Cand::new(hit.first, hit.last, hit.kind, Scope::Frame))
}

/// A clause or its opener follows word `i` ("that", "like", a pronoun, a name, a subject
/// and its verb); not a bare object ("I feel a great deal of sympathy").
fn clause_follows(doc: &Doc, i: usize) -> bool {
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    if doc.is(Some(n), &["that", "like"]) || doc.is(Some(n), SUBJECT_PRONOUNS) || doc.capitalized(n)
    {
        return true;
    }
    // A noun phrase that is the subject of a clause: "we feel the deal is fair".
    let mut j = n;
    for _ in 0..CLAUSE_WORDS {
        match doc.next_joined(j) {
            Some(v) if doc.is(Some(v), FINITE) || doc.is(Some(v), BE) => return true,
            Some(v) if doc.is_content(v) => j = v,
            _ => return false,
        }
    }
    false
}

/// How far a clause's verb may stand after "feel" and its subject's first word.
const CLAUSE_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn first_person_softeners_are_hedges() {
        assert_eq!(
            cues("“I think we won,” she said. “I guess so. I don’t think they care.”"),
            ["I think", "I guess", "I don’t think"]
        );
    }
    #[test]
    fn we_feel_and_we_believe_are_first_person_softeners() {
        let t = "“We feel the deal is fair,” she said. “We believe it will pass. I do not believe that she lied.”";
        assert_eq!(cues(t), ["We feel", "We believe", "I do not believe"]);
    }
    #[test]
    fn a_parenthetical_i_think_inside_speech_is_a_hedge() {
        let t = "“It is, I think, a mistake,” he said. “The plan will fail, I believe.”";
        assert_eq!(cues(t), ["I think", "I believe"]);
    }
    #[test]
    fn feeling_a_state_or_believing_in_is_not_a_hedge() {
        let t = "“I feel tired,” she said. “We believe in them.” “We feel for the families.” “I feel a great deal of sympathy.” “Should we believe them?” “It is what we believe.”";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
