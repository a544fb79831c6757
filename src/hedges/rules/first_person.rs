//! First-person softeners ("I think", "I guess"), not "I think about".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let not_epistemic = [
        "about", "of", "back", "through", "over", "twice", "highly", "hard", "in", "up", "ahead",
        "aloud", "out", "for", "what",
    ];
    (!doc.is(doc.next(hit.last), &not_epistemic))
        .then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

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
}
