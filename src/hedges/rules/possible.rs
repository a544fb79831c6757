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
    !(as_intensifier(doc, i)
        || superlative
        || enabling
        || conditional
        || settled(doc, i)
        || feasible(doc, i)
        || noun_phrase(doc, i))
}

/// "not possible", "never plausible", "isn't possible": a settled no, not a hedge.
fn settled(doc: &Doc, i: usize) -> bool {
    let mut p = doc.prev_joined(i);
    for _ in 0..2 {
        match p {
            Some(x)
                if doc.is(Some(x), &["not", "never", "longer"]) || doc.key(x).ends_with("n't") =>
            {
                return true
            }
            Some(x)
                if doc.key(x).ends_with("ly") || doc.is(Some(x), &["even", "simply", "just"]) =>
            {
                p = doc.prev_joined(x)
            }
            _ => return false,
        }
    }
    false
}

/// Feasibility rather than likelihood: "politically possible", "technically possible",
/// "possible to build" (what can be done, not what may be true).
fn feasible(doc: &Doc, i: usize) -> bool {
    let domains = [
        "politically",
        "legally",
        "technically",
        "physically",
        "humanly",
        "financially",
        "logistically",
        "economically",
        "constitutionally",
        "mathematically",
        "practically",
        "technologically",
        "medically",
        "scientifically",
    ];
    let to_verb = doc.is(doc.next(i), &["to"])
        && doc
            .next(i)
            .and_then(|t| doc.next_joined(t))
            .is_some_and(|v| doc.is_bare_verb(v));
    doc.is(doc.prev_joined(i), &domains) || to_verb
}

/// "what's possible", "the politically possible", "what his critics thought was plausible":
/// the adjective names a range of things, as a noun phrase; it hedges no claim.
fn noun_phrase(doc: &Doc, i: usize) -> bool {
    let ends = doc
        .next_joined(i)
        .is_none_or(|n| !doc.is_content(n) && !doc.capitalized(n));
    let mut p = doc.prev_joined(i);
    if let Some(x) = p.filter(|&x| doc.key(x).ends_with("ly")) {
        p = doc.prev_joined(x);
    }
    if ends && doc.is(p, &["the"]) {
        return true; // "the politically possible"
    }
    // A free relative: "what('s| is| seemed| they thought was) possible".
    let linking = [
        "is",
        "was",
        "be",
        "seems",
        "seemed",
        "seem",
        "looks",
        "looked",
        "thought",
        "think",
        "believed",
        "felt",
        "considered",
        "deemed",
        "still",
        "once",
        "even",
        "now",
    ];
    for _ in 0..5 {
        match p {
            Some(x) if doc.is(Some(x), &["what", "what's", "whatever"]) => return true,
            Some(x) if doc.is(Some(x), &linking) || doc.is_content(x) || doc.capitalized(x) => {
                p = doc.prev_joined(x)
            }
            Some(x)
                if doc.is(
                    Some(x),
                    &["his", "her", "their", "its", "our", "the", "many"],
                ) =>
            {
                p = doc.prev_joined(x)
            }
            _ => return false,
        }
    }
    false
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
    #[test]
    fn what_is_possible_as_a_noun_phrase_is_not_a_hedge() {
        let t = "They tested what's possible with the budget. He stretched the politically possible. It went beyond what his critics thought was plausible.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn not_possible_is_settled_not_hedged() {
        assert!(cues("No, that is not possible. It isn’t even plausible.").is_empty());
        assert_eq!(cues("A deal is possible."), ["possible"]);
    }
    #[test]
    fn possible_as_feasible_is_not_a_hedge() {
        let t = "Reform may not be politically possible. It is possible to build the wall.";
        assert_eq!(cues(t), ["may"]);
    }
}
