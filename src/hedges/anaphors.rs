//! Later definite mentions of a vague source: after "two officials who spoke on condition
//! of anonymity", "The officials said" is just as unnamed.

use std::collections::HashMap;

use super::doc::Doc;
use super::sources::speech_follows;
use super::{Cand, Scope};
use crate::report::HedgeKind;

/// Later definite mentions of a vague source: after "two officials who spoke on condition of
/// anonymity", "The officials said" is just as unnamed.
pub(crate) fn definite_mentions(doc: &Doc, cands: &[Cand]) -> Vec<Cand> {
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for c in cands.iter().filter(|c| c.kind == HedgeKind::Weasel) {
        if let Some(h) = c.head {
            let at = first_seen.entry(doc.key(h)).or_insert(h);
            *at = (*at).min(h);
        }
    }
    if first_seen.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, w) in doc.words.iter().enumerate() {
        if !w.text.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        // The determiner first: a few words follow one, and only they are looked up (its
        // key, matched inline, before the space to it, which is tested char by char).
        let Some(det) = doc.prev(i).filter(|&d| {
            matches!(doc.key(d), "the" | "these" | "those") && doc.prev_joined(i).is_some()
        }) else {
            continue;
        };
        let Some(&seen) = first_seen.get(&doc.key(i)) else {
            continue;
        };
        if i > seen && speech_follows(doc, i) {
            out.push(Cand {
                first: det,
                last: i,
                kind: HedgeKind::Weasel,
                scope: Scope::Sentence,
                head: None,
            });
        }
    }
    out
}
#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn a_later_definite_mention_of_a_vague_source_is_a_weasel() {
        let t = "Two officials who spoke on condition of anonymity said so. The officials said more talks were due.";
        assert_eq!(
            cues(t),
            [
                "Two officials who spoke on condition of anonymity",
                "The officials"
            ]
        );
        assert!(cues("The officials said more talks were due.").is_empty());
    }
}
