//! apparent before its noun ("apparent guilt"), not predicative ("it became apparent").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::BE;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    apparent(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Phrase))
}

/// apparent before its noun ("apparent guilt"), not predicative ("it became apparent").
fn apparent(doc: &Doc, i: usize) -> bool {
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let predicative = [
        "became", "become", "becomes", "becoming", "made", "make", "heir", "seems", "seemed",
    ];
    (doc.is_content(n) || doc.capitalized(n))
        && !doc.is(doc.prev(i), BE)
        && !doc.is(doc.prev(i), &predicative)
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn apparent_as_predicate_is_not_a_hedge() {
        assert!(cues("It became apparent that he lied. The problem was apparent.").is_empty());
    }
}
