//! "some say", "many believe", "others argue": a vague quantifier as a source.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::DETERMINERS;
use crate::lexicon::SOURCE_VERBS;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let end = vague_group(doc, hit.first, hit.last)?;
    Some(Cand::new(hit.first, end, hit.kind, Scope::Sentence))
}

/// "some say", "many believe", "others argue": a vague quantifier as the subject of a source
/// verb. Returns the last word of the span (the verb, unless it is a cue of its own).
fn vague_group(doc: &Doc, first: usize, last: usize) -> Option<usize> {
    let gives = [
        "have", "has", "had", "having", "got", "given", "want", "wants", "gives", "give", "get",
        "with",
    ];
    if doc.is(doc.prev(first), &gives) || doc.is(doc.prev(first), DETERMINERS) {
        return None; // "to have some say in"
    }
    let aux = [
        "have",
        "has",
        "had",
        "also",
        "now",
        "still",
        "would",
        "will",
        "privately",
        "publicly",
    ];
    let mut j = last;
    for _ in 0..3 {
        let v = doc.next_joined(j)?;
        if doc.in_set(Some(v), &SOURCE_VERBS) {
            if doc.is(Some(v), &["say"]) && doc.is(doc.next(v), &["in", "over", "on"]) {
                return None; // "some say in the matter"
            }
            let cue_verb = [
                "claim",
                "claims",
                "claimed",
                "suggest",
                "suggests",
                "suggested",
                "allege",
                "alleged",
                "alleges",
            ];
            return Some(if doc.is(Some(v), &cue_verb) { last } else { v });
        }
        if !doc.is(Some(v), &aux) {
            return None;
        }
        j = v;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn having_some_say_is_not_a_weasel() {
        assert!(cues("Voters want to have some say in it.").is_empty());
    }
}
