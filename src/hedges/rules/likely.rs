//! likely / unlikely: a hedge wherever it stands; adjective or adverb by position.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{BE, DETERMINERS};
use crate::report::HedgeKind;

/// "likely" with its kind: adjective when predicative ("is likely to"), else adverb.
pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    Some(Cand::new(
        hit.first,
        hit.last,
        likely(doc, hit.first)?,
        Scope::Clause,
    ))
}

/// likely / unlikely: always a hedge (a negated hedge is still one); the kind by position.
fn likely(doc: &Doc, i: usize) -> Option<HedgeKind> {
    let n = doc.next(i);
    if doc.is(n, &["voter", "voters"]) {
        return None; // "likely voters", a polling term
    }
    let mut p = doc.prev(i);
    while doc.is(
        p,
        &[
            "more",
            "most",
            "less",
            "least",
            "very",
            "quite",
            "highly",
            "increasingly",
            "not",
            "seen",
            "as",
            "all",
            "so",
            "far",
            "much",
        ],
    ) {
        p = p.and_then(|p| doc.prev(p));
    }
    let linking = [
        "seem",
        "seems",
        "seemed",
        "look",
        "looks",
        "looked",
        "appear",
        "appears",
        "appeared",
        "become",
        "became",
        "becomes",
        "remain",
        "remains",
        "remained",
        "considered",
    ];
    let predicative = doc.is(n, &["to", "that"])
        || doc.next_joined(i).is_none()
        || doc.is(p, BE)
        || doc.is(p, &linking)
        || doc.is(p, DETERMINERS);
    Some(if predicative {
        HedgeKind::Adjective
    } else {
        HedgeKind::Adverb
    })
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn likely_voters_is_not_a_hedge() {
        assert!(cues("The poll surveyed likely voters.").is_empty());
    }
    #[test]
    fn negated_hedge_is_still_a_hedge() {
        assert_eq!(
            cues("A deal is not likely. It may not happen. It does not seem fair."),
            ["likely", "may", "seem"]
        );
    }
}
