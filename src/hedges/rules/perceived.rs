//! perceived as an adjective ("the perceived enmity", "is perceived as weak").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{is_possessive_key, DETERMINERS};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    perceived(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Phrase))
}

/// perceived as an adjective: "the perceived enmity", "is perceived as weak".
fn perceived(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    let n = doc.next_joined(i);
    let possessive = p.is_some_and(|p| {
        let k = doc.key(p);
        is_possessive_key(k)
    });
    let attributive = (doc.is(p, DETERMINERS) || possessive)
        && n.is_some_and(|n| doc.is_content(n) || doc.capitalized(n));
    if doc.is(Some(i), &["perceive", "perceives"]) {
        return doc.is(n, &["as"]); // "what he perceives as", not "they perceive a threat"
    }
    let as_complement = doc.is(n, &["as"])
        || doc.is(n, &["to"]) && doc.is(n.and_then(|n| doc.next(n)), &["be", "have"]);
    attributive || as_complement
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn perceived_the_verb_is_not_a_hedge() {
        assert!(cues("She perceived a threat.").is_empty());
        assert_eq!(cues("The perceived threat faded."), ["perceived"]);
    }
    #[test]
    fn perceives_as_is_a_hedge() {
        assert_eq!(
            cues("He spoke of what he perceives as naive hopes. They perceive a threat."),
            ["perceives"]
        );
    }
}
