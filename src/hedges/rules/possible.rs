//! possible, but not as an intensifier ("as soon as possible") or enabler ("made it possible").

use super::{default_scope, Hit};
use crate::hedges::doc::{contains, Doc};
use crate::hedges::Cand;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    possible(doc, hit.first).then(|| {
        Cand::new(
            hit.first,
            hit.last,
            hit.kind,
            default_scope(doc, hit.kind, hit.last),
        )
    })
}

/// possible, but not as an intensifier or enabler.
fn possible(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    let pp = p.and_then(|p| doc.prev(p));
    let ends_phrase = doc.next_joined(i).is_none();
    let superlative = p.is_some_and(|p| {
        let k = doc.key(p);
        contains(&["best", "worst", "most", "least"], k) || (k.len() > 4 && k.ends_with("est"))
    });
    let make = ["make", "makes", "made", "making"];
    let enabling = doc.is(p, &make) || (doc.is(p, &["it", "this", "that"]) && doc.is(pp, &make));
    let conditional = ends_phrase
        && doc.is(
            p,
            &[
                "if",
                "where",
                "wherever",
                "whenever",
                "when",
                "everything",
                "all",
                "anything",
            ],
        );
    !(as_intensifier(doc, i) || superlative || enabling || conditional)
}

/// "as soon as possible", "as much as possible": `as X as possible`.
pub(crate) fn as_intensifier(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    if !doc.is(p, &["as"]) {
        return false;
    }
    let p2 = p.and_then(|p| doc.prev(p));
    let p3 = p2.and_then(|p| doc.prev(p));
    let p4 = p3.and_then(|p| doc.prev(p));
    doc.is(p3, &["as"]) || doc.is(p4, &["as"])
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn possible_as_intensifier_or_enabler_is_not_a_hedge() {
        assert!(cues("Patch as soon as possible. Do it if possible. It was the best possible result. Grants made it possible.").is_empty());
        assert_eq!(cues("It is possible that he left."), ["possible"]);
    }
}
