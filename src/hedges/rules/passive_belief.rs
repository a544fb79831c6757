//! Passive belief and hearsay after a form of be + a bare verb: "is (not) thought to have",
//! "are believed to be", "is widely said to", "has long been rumored to".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::BE;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let verb = doc
        .next_joined(hit.last)
        .is_some_and(|v| doc.is_bare_verb(v));
    (after_be(doc, hit.first) && verb)
        .then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// After a form of be, maybe with an adverb between: "is (not) thought to".
pub(crate) fn after_be(doc: &Doc, i: usize) -> bool {
    let mut p = doc.prev(i);
    for _ in 0..2 {
        if doc.is(p, BE) {
            return true;
        }
        if !doc.is(
            p,
            &[
                "not",
                "also",
                "widely",
                "generally",
                "long",
                "once",
                "still",
                "commonly",
                "often",
                "now",
                "largely",
                "further",
                "originally",
            ],
        ) {
            return false;
        }
        p = p.and_then(|p| doc.prev(p));
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn passive_evidentials_are_hedges() {
        let t = "The suspects are thought to have fled. He is believed to be in Spain. She is widely rumored to be leaving. The ship has long been said to be cursed. The chief is understood to have resigned. The firm is also alleged to have lied.";
        assert_eq!(
            cues(t),
            [
                "thought to",
                "believed to",
                "rumored to",
                "said to",
                "is understood to",
                "alleged to"
            ]
        );
    }
    #[test]
    fn said_to_someone_is_not_a_passive_evidential() {
        let t = "He said to reporters that it was over. What was said to him is private. The officials could not be reached.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
