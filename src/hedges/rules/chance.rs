//! chance as likelihood or opportunity, not "by chance" or "a chance encounter".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    chance(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// chance as likelihood or opportunity, not "by chance" or "a chance encounter".
fn chance(doc: &Doc, i: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn chance_meeting_and_by_chance_are_not_hedges() {
        assert!(cues("They met by chance. It was a chance encounter.").is_empty());
    }
}
