//! "people familiar with the talks", "those briefed on", "sources close to": a vague source.

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::sources::extend_left;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::FINITE;
use crate::lexicon::{PERSON_NOUNS, SOURCE_VERBS};

/// The object of "familiar with" / "briefed on" spans at most this many words.
const OBJECT_WORDS: usize = 8;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let head = doc
        .prev_joined(hit.first)
        .filter(|&h| familiar_head(doc, h))?;
    let ext = extend_left(doc, head);
    let start = if ext.anchored { head } else { ext.start };
    let end = extend_object(doc, hit.last);
    Some(Cand::new(start, end, hit.kind, Scope::Sentence).with_head(Some(head)))
}

/// A head that "familiar with" / "briefed on" / "close to" makes a vague source.
pub(crate) fn familiar_head(doc: &Doc, i: usize) -> bool {
    let heads = [
        "those",
        "someone",
        "sources",
        "source",
        "insiders",
        "insider",
        "analysts",
        "analyst",
        "experts",
        "expert",
        "observers",
        "observer",
    ];
    doc.is(Some(i), &heads) || doc.in_set(Some(i), &PERSON_NOUNS)
}

/// The object of "familiar with" / "briefed on": up to the verb or punctuation.
pub(crate) fn extend_object(doc: &Doc, last: usize) -> usize {
    let mut end = last;
    for _ in 0..OBJECT_WORDS {
        let Some(n) = doc.next_joined(end) else { break };
        let k = doc.key(n);
        if SOURCE_VERBS.contains(k)
            || contains(FINITE, k)
            || contains(&["who", "which", "that", "and", "but", "according"], k)
        {
            break;
        }
        end = n;
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn familiar_with_attaches_to_any_source_noun() {
        let t = "The plan stalled, according to a Western diplomat briefed on the negotiations. Prices were close to a record.";
        assert_eq!(cues(t), ["a Western diplomat briefed on the negotiations"]);
    }
}
