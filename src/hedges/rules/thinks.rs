//! thinks + a clause ("thinks it could").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    thinks(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// thinks + a clause: "thinks it could".
fn thinks(doc: &Doc, i: usize) -> bool {
    if doc.is(doc.prev(i), &["what", "who", "how", "which"]) {
        return false;
    }
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let clause_start = [
        "it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "the", "a", "an",
        "his", "her", "its", "their",
    ];
    doc.is(Some(n), &clause_start) || doc.capitalized(n)
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn thinking_about_and_reports_of_belief_are_not_hedges() {
        assert!(cues(
            "I think about it often. All of us thought it was wrong. They believe in yourselves."
        )
        .is_empty());
        assert_eq!(cues("He said he thought the plan was bold."), ["thought"]);
    }
}
