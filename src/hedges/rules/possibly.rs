//! possibly, but not as an intensifier of ability ("everything we possibly can", "how could
//! he possibly know", "couldn't possibly").

use super::{default_scope, Hit};
use crate::hedges::doc::Doc;
use crate::hedges::Cand;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    (!intensifier(doc, hit.first)).then(|| {
        Cand::new(
            hit.first,
            hit.last,
            hit.kind,
            default_scope(doc, hit.kind, hit.last),
        )
    })
}

/// "possibly" stressing what can be done, not hedging what may be true: before can/could
/// ("all we possibly can"), after a negated can/could ("couldn't possibly"), or after
/// can/could in a question ("How could he possibly know?").
fn intensifier(doc: &Doc, i: usize) -> bool {
    let n = doc.next_joined(i);
    if doc.is(n, &["can", "could", "cannot", "can't", "couldn't"]) {
        return true;
    }
    let p = doc.prev_joined(i);
    if doc.is(p, &["cannot", "can't", "couldn't"]) {
        return true;
    }
    // "could possibly", "could he possibly": negated, or a wh-question.
    let pp = p.and_then(|p| doc.prev_joined(p));
    let modal = [p, pp]
        .into_iter()
        .flatten()
        .find(|&m| doc.is(Some(m), &["can", "could"]));
    let Some(m) = modal else {
        return false;
    };
    let (from, to) = doc.sentences[doc.sentence_of[i] as usize];
    let opener = doc.words.partition_point(|w| w.start < from);
    let question = doc.is(Some(opener), &["how", "what", "who", "why"])
        && doc.text[doc.words[i].end()..to].contains('?');
    doc.is(n, &["not"]) || doc.is(doc.prev_joined(m), &["how", "what", "who", "why"]) || question
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn possibly_as_an_intensifier_of_ability_is_not_a_hedge() {
        let t = "We will do everything we possibly can. How could he possibly know? They couldn’t possibly win.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
        assert_eq!(cues("It could possibly rain."), ["could", "possibly"]);
    }
}
