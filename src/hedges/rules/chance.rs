//! chance as likelihood or opportunity, not "by chance" or "a chance encounter".

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    chance(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// chance as likelihood or opportunity, not "by chance" or "a chance encounter", and not a
/// settled no ("never stood a chance", "there is no chance").
fn chance(doc: &Doc, i: usize) -> bool {
    if ruled_out(doc, i) {
        return false;
    }
    let p = doc.prev(i);
    if doc.is(p, &["by"]) || doc.capitalized(i) && !doc.clause_initial(i) {
        return false;
    }
    if doc.is(p, &["of"]) && doc.is(p.and_then(|p| doc.prev(p)), &["game", "games"]) {
        return false;
    }
    !doc.is(
        doc.next_joined(i),
        &[
            "encounter",
            "encounters",
            "meeting",
            "meetings",
            "discovery",
            "find",
            "finding",
            "remark",
            "event",
        ],
    )
}

/// A negation governs the chance: "no chance", "not a chance", "never stood a chance",
/// "doesn't have a chance", "not the slightest chance" ("little chance" still hedges).
fn ruled_out(doc: &Doc, i: usize) -> bool {
    let between = [
        "a",
        "an",
        "any",
        "the",
        "slightest",
        "single",
        "real",
        "earthly",
        "ghost",
        "of",
        "stand",
        "stands",
        "stood",
        "standing",
        "have",
        "has",
        "had",
        "got",
        "even",
    ];
    let mut p = doc.prev_joined(i);
    for _ in 0..4 {
        let Some(x) = p else {
            return false;
        };
        let k = doc.key(x);
        if contains(&["no", "not", "never", "zero", "without"], k) || k.ends_with("n't") {
            // "almost no chance" is still a (slim) chance.
            let near = ["almost", "nearly", "virtually", "practically"];
            return !doc.is(doc.prev_joined(x), &near);
        }
        if !contains(&between, k) {
            return false;
        }
        p = doc.prev_joined(x);
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn chance_meeting_and_by_chance_are_not_hedges() {
        assert!(cues("They met by chance. It was a chance encounter.").is_empty());
    }
    #[test]
    fn a_chance_ruled_out_is_certainty_not_a_hedge() {
        let t = "He never stood a chance. There is no chance of a deal. They don’t have a chance.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
        assert_eq!(
            cues("There is little chance of a deal, almost no chance at all."),
            ["chance", "chance"]
        );
    }
}
