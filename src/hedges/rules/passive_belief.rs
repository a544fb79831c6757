//! Passive belief after a form of be + a bare verb: "is (not) thought to have".

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
