//! Agentless hearsay ("it is believed", "is said to" + a verb): a weasel.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let to_verb = doc
        .next_joined(hit.last)
        .is_some_and(|v| doc.is_bare_verb(v));
    (!doc.is(Some(hit.last), &["to"]) || to_verb)
        .then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Sentence))
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn agentless_hearsay_and_reports_are_weasels() {
        let t = "The flaw is said to be old. It is believed that he left. Reports are suggesting a patch. Some say it works.";
        assert_eq!(
            cues(t),
            [
                "is said to",
                "It is believed",
                "Reports are suggesting",
                "Some say"
            ]
        );
    }
}
