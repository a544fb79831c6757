//! hint the verb ("hinted that", "hints at"), not the noun ("a hint of").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::DETERMINERS;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    hint(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// hint the verb: "hinted that", "hints at".
fn hint(doc: &Doc, i: usize) -> bool {
    if doc.is(doc.prev(i), DETERMINERS)
        || doc.is(doc.prev(i), &["broad", "strong", "faint", "slight"])
    {
        return false; // "a hint of", "a strong hint"
    }
    let n = doc.next(i);
    doc.is(n, &["that", "at"])
        || doc.is(Some(i), &["hinted", "hinting"])
            && doc.is(
                n,
                &[
                    "he",
                    "she",
                    "they",
                    "it",
                    "we",
                    "strongly",
                    "heavily",
                    "repeatedly",
                ],
            )
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn hint_the_noun_is_not_a_hedge() {
        assert!(cues("There was a hint of garlic.").is_empty());
        assert_eq!(cues("She hinted that she would run."), ["hinted"]);
    }
}
