//! Unnamed people as a source ("two bankers who work in the sector said").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::sources::{
    appositive_or_predicate, audience, extend_left, speech_follows, speech_precedes,
};
use crate::hedges::{Cand, Scope};
use crate::lexicon::SOURCE_VERBS;

/// A relative clause on an unnamed source ("who work in the sector") spans at most this many words.
const RELATIVE_CLAUSE_WORDS: usize = 12;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let (start, end) = person(doc, hit.first)?;
    Some(Cand::new(start, end, hit.kind, Scope::Sentence).with_head(Some(hit.first)))
}

/// Unnamed people as a source: a vague quantifier or modifier, a speech context, maybe a
/// relative clause ("two bankers who work in the sector", "according to a person who has
/// seen the minutes", "independent researchers said"). Returns the phrase's words.
fn person(doc: &Doc, head: usize) -> Option<(usize, usize)> {
    let ext = extend_left(doc, head);
    if ext.anchored
        || !ext.vague
        || audience(doc, ext.start)
        || appositive_or_predicate(doc, ext.start)
    {
        return None;
    }
    if doc.capitalized(head) && !doc.clause_initial(head) {
        return None; // a name: "People" magazine
    }
    let mut end = head;
    if let Some(who) = doc.next_joined(head).filter(|&w| doc.is(Some(w), &["who"])) {
        // The relative clause: its verb, then up to the next punctuation or source verb.
        if let Some(verb) = doc.next_joined(who) {
            end = verb;
            for _ in 0..RELATIVE_CLAUSE_WORDS {
                match doc.next_joined(end) {
                    Some(k) if !doc.in_set(Some(k), &SOURCE_VERBS) => end = k,
                    _ => break,
                }
            }
        }
    }
    let speech = speech_precedes(doc, ext.start) || speech_follows(doc, end);
    speech.then_some((ext.start, end))
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn unnamed_people_in_a_speech_context_are_weasels() {
        let t = "According to two bankers who work in the sector, a deal is near. Independent researchers said it was flawed. Two people died.";
        assert_eq!(
            cues(t),
            [
                "two bankers who work in the sector",
                "Independent researchers"
            ]
        );
    }
    #[test]
    fn named_people_are_not_weasels() {
        let t = "Two Republican aides said no. The researchers said yes. Jane Roe, a lawyer who knows him, said so.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
