//! Hedged claims: hedge cues, distancing words and weasel sourcing, in context.
//!
//! A hedge cue is a word or short phrase by which the writer (or a quoted speaker) marks a
//! proposition as possible, uncertain, second-hand or vaguely sourced: epistemic modals
//! ("may", "could"), adverbs ("reportedly"), adjectives ("likely"), verbs ("appears to", "I
//! think"), nouns ("speculation"), distancing ("alleged", "claims") and weasel sources
//! ("people familiar with the talks", "critics"). Each cue comes with the claim it scopes
//! over: its clause, the sentence a source vouches for, or the noun phrase an attributive
//! adjective qualifies.
//!
//! How it works, in one linear pass:
//! 1. The cue phrases are data (`data/hedges/*.txt`), compiled into one perfect-hash table
//!    ([`crate::lexicon::HEDGE_CUES`]); a phrase counts where it starts and ends on word
//!    boundaries, ASCII case-insensitively.
//! 2. Each cue names a context rule (`| rule` in the data files; [`rules`], one file each)
//!    that looks at a few neighbouring words to reject other senses ("could not be
//!    reached", "in May", "military might", "suggested the meeting be held", "claim
//!    victory") and to extend phrase cues ("several security experts").
//! 3. Later definite mentions of vague sources join them ([`anaphors`]); cues inside a
//!    quoted label ("dismissed the reports as “speculation”") are dropped ([`labels`]);
//!    overlapping candidates are resolved longest first; each cue gets its claim span
//!    ([`claims`]).

mod anaphors;
mod claims;
mod doc;
mod labels;
mod rules;
mod sources;

use std::collections::BTreeMap;

use crate::lexicon::{
    HEDGE_CUES, HEDGE_CUES_FILTER, HEDGE_FIRST_WORDS, HEDGE_FIRST_WORDS_FILTER, HEDGE_MAX_WORDS,
};
use crate::quotes::{find_quotes, QuoteSpan};
use crate::report::HedgeKind;
use crate::text::Segmented;
use doc::Doc;
use rules::{Hit, RULES};

/// A hedge cue and the claim it scopes over, in byte offsets of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HedgeSpan {
    pub start: usize,
    pub end: usize,
    pub kind: HedgeKind,
    pub claim_start: usize,
    pub claim_end: usize,
}

/// Finds the hedge cues of `text`, sorted by start; spans never overlap.
pub fn find_hedges(text: &str) -> Vec<HedgeSpan> {
    find_hedges_in(text, &find_quotes(text))
}

/// [`find_hedges`] with the text's quotes already found (a claim never leaves its quote).
pub fn find_hedges_in(text: &str, quotes: &[QuoteSpan]) -> Vec<HedgeSpan> {
    find_hedges_segmented(&Segmented::new(text), quotes)
}

/// [`find_hedges`] on a text already cut into words and sentences, with its quotes.
pub fn find_hedges_segmented(seg: &Segmented, quotes: &[QuoteSpan]) -> Vec<HedgeSpan> {
    let doc = Doc::new(seg);
    if doc.is_empty() {
        return Vec::new();
    }
    let mut cands: Vec<Cand> = hits(&doc)
        .into_iter()
        .filter_map(|(hit, rule)| RULES[rule].1(&doc, hit))
        .collect();
    let anaphors = anaphors::definite_mentions(&doc, &cands);
    cands.extend(anaphors);
    // Cues inside a quoted label ("dismissed it as “speculation”") are someone else's words.
    let labels = labels::label_quotes(&doc, quotes);
    if !labels.is_empty() {
        cands.retain(|c| {
            !labels::inside(&labels, doc.words[c.first].start, doc.words[c.last].end())
        });
    }
    let kept = resolve_overlaps(&doc, cands);
    let claims = claims::Claims::new(&doc, quotes);
    kept.into_iter()
        .map(|c| {
            let start = doc.words[c.first].start;
            let end = doc.words[c.last].end();
            let (claim_start, claim_end) = claims.span(&doc, &c, start, end);
            HedgeSpan {
                start,
                end,
                kind: c.kind,
                claim_start,
                claim_end,
            }
        })
        .collect()
}

/// Every cue phrase of the lexicon that runs from a word's start to a word's end within
/// one sentence, with its rule, in order of where it ends.
fn hits(doc: &Doc) -> Vec<(Hit, usize)> {
    let mut out = Vec::new();
    let mut key = String::new();
    // Bit filters turn most words and phrases away before their look-ups.
    let (first_words, phrases) = (&HEDGE_FIRST_WORDS_FILTER, &HEDGE_CUES_FILTER);
    for first in 0..doc.len() {
        // An ASCII word's key is the word lower-cased, as the phrases are: no copy.
        let word = doc.words[first].text;
        let first_word = if word.is_ascii() {
            doc.key(first)
        } else {
            lower(&mut key, word)
        };
        if !first_words.may_hold(first_word) || !HEDGE_FIRST_WORDS.contains(first_word) {
            continue;
        }
        let start = doc.words[first].start;
        let sentence = doc.sentence_of[first];
        // The longest phrase from this word, lower-cased once; each shorter one is a prefix
        // of it (lower-casing ASCII keeps every byte where it was).
        let lasts = (first..doc.len().min(first + HEDGE_MAX_WORDS))
            .take_while(|&last| doc.sentence_of[last] == sentence);
        let Some(longest) = lasts.clone().last() else {
            continue;
        };
        let lowered = lower(&mut key, &doc.text[start..doc.words[longest].end()]);
        for last in lasts {
            let phrase = &lowered[..doc.words[last].end() - start];
            if !phrases.may_hold(phrase) {
                continue;
            }
            if let Some(&(kind, rule)) = HEDGE_CUES.get(phrase) {
                out.push((Hit { first, last, kind }, rule as usize));
            }
        }
    }
    // Where they end, as a scan of the text meets them (ties: the longer first).
    crate::sort::sort_by_key(&mut out, |(h, _)| {
        (doc.words[h.last].end(), std::cmp::Reverse(h.last - h.first))
    });
    out
}

/// `text` with ASCII letters lower-cased, in `buf`.
fn lower<'b>(buf: &'b mut String, text: &str) -> &'b str {
    buf.clear();
    buf.push_str(text);
    buf.make_ascii_lowercase();
    buf
}

/// What a hedge's claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The clause of the cue.
    Clause,
    /// The whole sentence (a source vouching for it).
    Sentence,
    /// The noun phrase after an attributive cue ("alleged sex trafficker").
    Phrase,
    /// What the cue frames, from the cue to the end of its clause ("I think Ohio would
    /// be a battleground", "the prospect of a brokered convention").
    Frame,
}

/// A candidate hedge: the words of its cue (maybe extended over its source phrase), its
/// kind and what its claim is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    /// First and last word of the cue.
    pub first: usize,
    pub last: usize,
    pub kind: HedgeKind,
    pub scope: Scope,
    /// For a vague source, its head noun ("officials"), for later definite mentions.
    pub head: Option<usize>,
}

impl Cand {
    pub fn new(first: usize, last: usize, kind: HedgeKind, scope: Scope) -> Cand {
        Cand {
            first,
            last,
            kind,
            scope,
            head: None,
        }
    }

    pub fn with_head(self, head: Option<usize>) -> Cand {
        Cand { head, ..self }
    }
}

/// Keeps the longest of overlapping candidates (then the earliest), sorted by start.
fn resolve_overlaps(doc: &Doc, mut cands: Vec<Cand>) -> Vec<Cand> {
    let len = |c: &Cand| doc.words[c.last].end() - doc.words[c.first].start;
    crate::sort::sort_by(&mut cands, |a, b| {
        len(b).cmp(&len(a)).then(a.first.cmp(&b.first))
    });
    // Word indices taken so far, as sorted disjoint ranges.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept = Vec::new();
    for c in cands {
        let clash_before = taken
            .range(..=c.last)
            .next_back()
            .is_some_and(|(_, &end)| end >= c.first);
        if clash_before {
            continue;
        }
        taken.insert(c.first, c.last);
        kept.push(c);
    }
    crate::sort::sort_by_key(&mut kept, |c| c.first);
    kept
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The cue texts found in `text`.
    pub fn cues(text: &str) -> Vec<&str> {
        find_hedges(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    pub fn kinds(text: &str) -> Vec<(&str, HedgeKind)> {
        find_hedges(text)
            .iter()
            .map(|h| (&text[h.start..h.end], h.kind))
            .collect()
    }

    pub fn claim_of<'t>(text: &'t str, cue: &str) -> &'t str {
        let h = find_hedges(text)
            .into_iter()
            .find(|h| &text[h.start..h.end] == cue)
            .expect("cue found");
        &text[h.claim_start..h.claim_end]
    }

    pub use crate::report::HedgeKind;
    #[test]
    fn words_inside_longer_words_are_not_cues() {
        assert!(cues("The dismay grew; mayors met the claimant at a maybeline store.").is_empty());
    }

    // --- claims
    #[test]
    fn empty_and_junk_input_do_not_panic() {
        assert!(find_hedges("").is_empty());
        assert!(find_hedges("   \n\n ").is_empty());
        let junk: String = (0u32..5000)
            .filter_map(|i| char::from_u32((i * 7919) % 0x2FFF))
            .collect();
        let _ = find_hedges(&junk);
        let _ = find_hedges("may might could , . ’ ‘ “ ” — may");
        let _ = find_hedges("could");
        let _ = find_hedges("I think");
    }
    #[test]
    fn non_ascii_text_keeps_char_boundaries() {
        let t = "Der Bürgermeister – “Ça ira” – may résigner; 東京 critics say it’s possibly über-late. ’may’";
        for h in find_hedges(t) {
            assert!(t.is_char_boundary(h.start) && t.is_char_boundary(h.end));
            assert!(t.is_char_boundary(h.claim_start) && t.is_char_boundary(h.claim_end));
            assert!(h.claim_start <= h.start && h.end <= h.claim_end);
        }
        assert_eq!(cues(t), ["may", "critics", "possibly"]);
    }
    #[test]
    fn spans_never_overlap_and_are_sorted() {
        let t = "Reports are suggesting it may be, in all likelihood, possibly true; some experts say it looks likely.".repeat(50);
        let hs = find_hedges(&t);
        for w in hs.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }
    #[test]
    fn large_input_is_linear() {
        let para = "Critics say the plan may fail, and it could possibly cost more, people familiar with the talks said. ";
        let t = para.repeat(40_000); // ~4 MB in one paragraph
        let start = std::time::Instant::now();
        let hs = find_hedges(&t);
        assert_eq!(hs.len(), 40_000 * 5);
        assert!(start.elapsed().as_secs() < 20);
    }
}
