//! Source phrases: how far a vague source extends to the left over quantifiers and
//! modifiers ("several independent security experts"), whether something anchors it to a
//! named party ("Goldman analysts", "its experts"), and whether speech surrounds it.

use crate::hedges::doc::{contains, Doc};
use crate::lexicon::classes::{is_possessive_key, ANCHORING_DETERMINERS, BE};
use crate::lexicon::{SOURCE_VERBS, VAGUE_PHRASES, VAGUE_WORDS};

/// A left extension of a source phrase over vague modifiers.
pub(crate) struct Extension {
    pub start: usize,
    pub anchored: bool,
    /// Took a vague quantifier or modifier ("two", "several", "independent").
    pub vague: bool,
    /// Took one / a / an / another (a singular indefinite source).
    pub indefinite: bool,
}

/// At most this many words extend a source phrase to the left: a source phrase is short,
/// and the work stays linear.
const MAX_SOURCE_WORDS: usize = 8;
/// Of those, at most this many plain content words ("independent security experts").
const MAX_FREE_WORDS: usize = 3;

pub(crate) fn extend_left(doc: &Doc, head: usize) -> Extension {
    let mut ext = Extension {
        start: head,
        anchored: false,
        vague: false,
        indefinite: false,
    };
    let mut free_words = 0;
    // At most eight words: a source phrase is short, and the work stays linear.
    for _ in 0..MAX_SOURCE_WORDS {
        let Some(p) = doc.prev_joined(ext.start) else {
            break;
        };
        // Multi-word quantifiers first: "a number of".
        if let Some(s) = VAGUE_PHRASES.iter().find_map(|ph| phrase_start(doc, p, ph)) {
            ext.start = s;
            ext.vague = true;
            continue;
        }
        let k = doc.key(p);
        if contains(ANCHORING_DETERMINERS, k) || is_possessive_key(k) {
            ext.anchored = true;
            return ext;
        }
        if VAGUE_WORDS.contains(k) || k.chars().all(|c| c.is_ascii_digit()) {
            ext.indefinite |= contains(&["a", "an", "one", "another"], k);
            ext.vague = true;
            ext.start = p;
            continue;
        }
        if doc.capitalized(p) {
            // "Washington-based" locates and "Western" is a region; "Goldman" or "White
            // House" anchors.
            let text = doc.words[p].text;
            let compound = text.contains('-')
                && text
                    .rsplit('-')
                    .next()
                    .is_some_and(|t| t.chars().all(char::is_lowercase));
            let region = contains(&["western", "eastern", "northern", "southern"], k);
            if (compound || region) && free_words < MAX_FREE_WORDS {
                free_words += 1;
                ext.start = p;
                continue;
            }
            ext.anchored = true;
            return ext;
        }
        let plain = doc.is_content(p)
            && !SOURCE_VERBS.contains(k)
            && !k.ends_with("ed")
            && !k.ends_with("ly")
            && !k.ends_with("ing");
        if !plain || free_words >= MAX_FREE_WORDS {
            break;
        }
        free_words += 1;
        ext.start = p;
    }
    ext
}

/// Where `phrase` starts when it ends at word `end` (joined by spaces only).
pub(crate) fn phrase_start(doc: &Doc, end: usize, phrase: &[&str]) -> Option<usize> {
    let mut j = end;
    for (idx, w) in phrase.iter().enumerate().rev() {
        if doc.key(j) != *w {
            return None;
        }
        if idx > 0 {
            j = doc.prev_joined(j)?;
        }
    }
    Some(j)
}

/// A source verb follows the source phrase, maybe after an auxiliary ("have said").
pub(crate) fn speech_follows(doc: &Doc, last: usize) -> bool {
    let mut j = last;
    for _ in 0..3 {
        let Some(n) = doc.next_joined(j) else {
            return false;
        };
        if doc.in_set(Some(n), &SOURCE_VERBS) {
            return true;
        }
        if !doc.is(
            Some(n),
            &[
                "have",
                "has",
                "had",
                "also",
                "now",
                "still",
                "privately",
                "publicly",
                "would",
                "will",
                "generally",
                "widely",
                "all",
                "are",
                "were",
            ],
        ) {
            return false;
        }
        j = n;
    }
    false
}

/// A source verb, "said" and the like, or "according to" stands right before the phrase
/// starting at `start` ("according to experts", "said one analyst"). Not "told analysts":
/// there they are the audience.
pub(crate) fn speech_precedes(doc: &Doc, start: usize) -> bool {
    let postposed = [
        "said",
        "says",
        "say",
        "added",
        "noted",
        "argued",
        "explained",
        "wrote",
        "insisted",
        "cautioned",
        "predicted",
        "estimated",
        "believe",
        "think",
    ];
    let p = doc.prev_joined(start);
    doc.is(p, &["to"]) && doc.is(p.and_then(|p| doc.prev_joined(p)), &["according"])
        || doc.is(p, &postposed)
}

/// The phrase is the object of a verb of telling: its people are the audience ("told
/// analysts on a call"), not the source.
pub(crate) fn audience(doc: &Doc, start: usize) -> bool {
    let telling = [
        "told",
        "tell",
        "tells",
        "telling",
        "briefed",
        "brief",
        "briefing",
        "asked",
        "ask",
        "asks",
        "asking",
        "assured",
        "reassured",
        "informed",
        "urged",
        "addressed",
        "warned",
        "reminded",
        "advised",
        "surveyed",
        "polled",
        "interviewed",
    ];
    doc.is(doc.prev_joined(start), &telling)
}

/// "Jane Roe, an expert in …" (an appositive) or "she is an expert" (a predicate): the
/// phrase describes someone named, it is not a source.
pub(crate) fn appositive_or_predicate(doc: &Doc, start: usize) -> bool {
    let before = doc.prev(start);
    before.is_some_and(|b| doc.gap_after(b).contains(',') && doc.capitalized(b))
        || doc.is(before, BE)
}
