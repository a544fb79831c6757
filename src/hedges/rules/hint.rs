//! hint the verb ("hinted that", "hints at"), not the noun ("a hint of").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::DETERMINERS;
use crate::report::HedgeKind;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    if evidence_noun(doc, hit.first) {
        return Some(Cand::new(
            hit.first,
            hit.last,
            HedgeKind::Noun,
            Scope::Frame,
        ));
    }
    hint(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// The noun as a sign of something uncertain: "a hint of how much money they may raise",
/// "hints that he will run", "a hint of what is to come"; not "a hint of garlic".
fn evidence_noun(doc: &Doc, i: usize) -> bool {
    if !(doc.is(doc.prev(i), DETERMINERS) || doc.is(doc.prev(i), &["broad", "strong", "faint"])) {
        return false;
    }
    let n = doc.next_joined(i);
    doc.is(n, &["that"])
        || doc.is(n, &["of"])
            && doc.is(
                n.and_then(|n| doc.next_joined(n)),
                &["how", "what", "whether", "who", "why", "where", "when"],
            )
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
    #[test]
    fn a_hint_of_what_may_come_is_a_hedge() {
        let t = "A hint of how much the group may raise came on Sunday. There were strong hints that he would run.";
        assert_eq!(kinds(t)[0], ("hint", HedgeKind::Noun));
        assert_eq!(cues(t), ["hint", "may", "hints"]);
    }
}
