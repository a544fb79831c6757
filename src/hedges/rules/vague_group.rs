//! "some say", "many believe", "others argue": a vague quantifier as a source.

use super::Hit;
use crate::hedges::doc::contains;
use crate::hedges::doc::Doc;
use crate::hedges::sources::source_verb_at;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{BE, DETERMINERS, FINITE};
use crate::lexicon::SOURCE_VERBS;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let end = vague_group(doc, hit.first, hit.last)?;
    Some(Cand::new(hit.first, end, hit.kind, Scope::Frame))
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
    if doc.is(doc.prev(first), &["how", "whether", "if"]) {
        return None; // "how many of you believe": a question
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
    let mut j = group_phrase_end(doc, last);
    let phrase_end = j;
    for _ in 0..3 {
        let v = doc.next_joined(j)?;
        if doc.in_set(Some(v), &SOURCE_VERBS) {
            if !source_verb_at(doc, v, doc.is(Some(j), &["are", "were"])) {
                return None; // "some warning signs", "many believe in"
            }
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
            return Some(if doc.is(Some(v), &cue_verb) {
                phrase_end
            } else {
                v
            });
        }
        if !doc.is(Some(v), &aux) {
            return None;
        }
        j = v;
    }
    None
}

/// How many words a prepositional phrase after the quantifier may have ("some in the
/// “Bernie or Bust” crowd", "many of the marchers").
const PHRASE_WORDS: usize = 7;

/// The last word of "some in the … crowd" / "many of those …" before its verb: the
/// quantifier itself when no such phrase follows. Quote marks may stand inside the phrase.
fn group_phrase_end(doc: &Doc, last: usize) -> usize {
    let Some(p) = doc
        .next_joined(last)
        .filter(|&p| doc.is(Some(p), &["in", "of", "among", "within"]))
    else {
        return last;
    };
    let mut j = p;
    for _ in 0..PHRASE_WORDS {
        let Some(n) = doc.next(j) else {
            return last;
        };
        if !doc
            .gap_after(j)
            .chars()
            .all(|c| c.is_whitespace() || "\"“”‘’".contains(c))
        {
            return last;
        }
        if j != p && contains(FINITE, doc.key(n)) {
            return j; // "others in the administration would claim": the verb comes next
        }
        // A verb, not a noun of the phrase ("some of the questions", "many of the same
        // notes,"): no determiner or adjective before it, and its content after it.
        let k = doc.key(n);
        let verb = doc.in_set(Some(n), &SOURCE_VERBS)
            && (!k.ends_with('s') || k.ends_with("ss")) // a plural's verb: "say", not "points"
            && !doc.is(Some(j), DETERMINERS)
            && !doc.is(Some(j), &["same", "other", "key", "main"])
            && doc.next_joined(n).is_some();
        if verb {
            return if j == p { last } else { j };
        }
        let clause = [
            "who", "what", "which", "that", "since", "when", "where", "whose",
        ];
        if contains(&clause, doc.key(n)) || contains(BE, doc.key(n)) {
            return last; // "some of the women who accused", "many in the room was"
        }
        j = n;
    }
    last
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn having_some_say_is_not_a_weasel() {
        assert!(cues("Voters want to have some say in it.").is_empty());
    }
    #[test]
    fn some_of_a_described_crowd_is_a_weasel() {
        let t = "Some in the “Tide Turns” crowd suggest the vote was rigged. Many of the marchers say it was not.";
        assert_eq!(
            cues(t),
            [
                "Some in the “Tide Turns” crowd",
                "suggest",
                "Many of the marchers say"
            ]
        );
    }
    #[test]
    fn a_quantifier_before_a_noun_is_not_a_weasel() {
        assert!(cues("There are some warning signs. Many believe in luck.").is_empty());
    }
}
