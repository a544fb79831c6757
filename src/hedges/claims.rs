//! The claim a hedge scopes over: its clause, its sentence, or the noun phrase an
//! attributive cue qualifies, never leaving the quote that holds the cue. Clause bounds and
//! quote interiors are found once per text, so each claim is a binary search.

use super::doc::{contains, Doc};
use super::{Cand, Scope};
use crate::quotes::QuoteSpan;

/// Clause boundaries and quote interiors, precomputed once so that every claim is found by
/// binary search (linear time overall).
pub(crate) struct Claims {
    /// Sorted, disjoint byte ranges that separate clauses.
    bounds: Vec<(usize, usize)>,
    /// Quote interiors (marks excluded), sorted by start, outer before inner.
    quotes: Vec<(usize, usize)>,
}

impl Claims {
    pub(crate) fn new(doc: &Doc, quotes: &[QuoteSpan]) -> Claims {
        let text = doc.text;
        let mut bounds = Vec::new();
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let boundary = match c {
                ';' | '(' | ')' | '[' | ']' | '—' | '–' | '\n' => true,
                ':' => {
                    !(i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(end).is_some_and(u8::is_ascii_digit))
                }
                '-' => i > 0 && bytes[i - 1] == b' ' && bytes.get(end) == Some(&b' '),
                ',' => {
                    let rest = &text[end..];
                    let rest = rest.trim_start();
                    let w: String = rest
                        .chars()
                        .take(9)
                        .take_while(|c| c.is_alphabetic())
                        .collect::<String>()
                        .to_lowercase();
                    contains(
                        &[
                            "but", "while", "although", "though", "whereas", "yet", "because",
                            "unless", "however",
                        ],
                        &w,
                    )
                }
                _ => false,
            };
            if boundary {
                bounds.push((i, end));
            }
        }
        let quotes = quotes
            .iter()
            .map(|q| {
                let open = text[q.start..].chars().next().map_or(0, char::len_utf8);
                let close = if q.closed {
                    text[..q.end].chars().next_back().map_or(0, char::len_utf8)
                } else {
                    0
                };
                (
                    q.start + open,
                    q.end.saturating_sub(close).max(q.start + open),
                )
            })
            .collect();
        Claims { bounds, quotes }
    }

    pub(crate) fn span(&self, doc: &Doc, c: &Cand, start: usize, end: usize) -> (usize, usize) {
        let (mut lo, mut hi) = doc
            .sentences
            .get(doc.sentence_of[c.first])
            .copied()
            .unwrap_or((start, end));
        // The innermost quote that holds the cue.
        let k = self.quotes.partition_point(|q| q.0 <= start);
        if let Some(q) = self.quotes[..k]
            .iter()
            .rev()
            .take(8)
            .filter(|q| q.0 <= start && end <= q.1)
            .max_by_key(|q| q.0)
        {
            lo = lo.max(q.0);
            hi = hi.min(q.1);
        }
        match c.scope {
            Scope::Sentence => {}
            Scope::Clause => {
                let k = self.bounds.partition_point(|b| b.1 <= start);
                if k > 0 {
                    lo = lo.max(self.bounds[k - 1].1);
                }
                if let Some(b) = self.bounds[k..].iter().find(|b| b.0 >= end) {
                    hi = hi.min(b.0);
                }
            }
            Scope::Phrase => {
                // The noun phrase: content words up to one that looks like the verb
                // ("the so-called manifesto | appeared online").
                // A plural ends it ("suspected diet pills | were"), as an adverb does
                // ("the supposed benefits | never came").
                let mut last = c.last;
                for step in 0..PHRASE_WORDS {
                    match doc.next_joined(last) {
                        Some(n) if doc.capitalized(n) => last = n,
                        Some(n)
                            if doc.is_content(n)
                                && !adverb_like(doc.key(n))
                                && !(step > 0 && verb_like(doc.key(n))) =>
                        {
                            last = n;
                            if plural_like(doc.key(n)) {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                lo = start;
                hi = hi.min(doc.words[last].end).max(end);
            }
        }
        trim_claim(doc.text, lo.min(start), hi.max(end), start, end)
    }
}

/// An attributive cue's claim runs over at most this many words of its noun phrase.
const PHRASE_WORDS: usize = 4;

/// A word form that is likely a verb after a noun ("appeared", "says").
pub(crate) fn verb_like(key: &str) -> bool {
    key.ends_with("ed") || contains(&["says", "said", "is", "was", "has"], key)
}

/// A word form that is likely an adverb ("never", "quickly").
fn adverb_like(key: &str) -> bool {
    key.ends_with("ly") && key.len() > 4
        || contains(
            &[
                "never", "also", "still", "already", "just", "even", "only", "then", "now", "soon",
            ],
            key,
        )
}

/// A word form that is likely a plural noun, the head of its phrase ("pills", "dangers").
fn plural_like(key: &str) -> bool {
    key.len() > 3
        && key.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| key.ends_with(e))
}

/// Trims spaces and punctuation off a claim, never past its cue.
pub(crate) fn trim_claim(
    text: &str,
    mut lo: usize,
    mut hi: usize,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let junk = |c: char| c.is_whitespace() || ",;:—–-“”\"‘’'()[]".contains(c);
    while lo < start {
        match text[lo..].chars().next() {
            Some(c) if junk(c) => lo += c.len_utf8(),
            _ => break,
        }
    }
    while hi > end {
        match text[..hi].chars().next_back() {
            Some(c) if junk(c) => hi -= c.len_utf8(),
            _ => break,
        }
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn a_modal_claims_its_clause() {
        let t = "Known as Bash, the flaw could be big; experts disagree.";
        assert_eq!(claim_of(t, "could"), "Known as Bash, the flaw could be big");
    }
    #[test]
    fn a_weasel_claims_its_sentence() {
        let t = "The deal may grow, but slowly, people familiar with the talks say. Next.";
        assert_eq!(
            claim_of(t, "people familiar with the talks"),
            "The deal may grow, but slowly, people familiar with the talks say."
        );
    }
    #[test]
    fn an_attributive_cue_claims_its_noun_phrase() {
        assert_eq!(
            claim_of("He met the alleged sex trafficker in May.", "alleged"),
            "alleged sex trafficker"
        );
    }
    #[test]
    fn a_hedge_in_a_quote_claims_within_the_quote() {
        let t = "“That could be an issue,” Indyk said.";
        assert_eq!(claim_of(t, "could"), "That could be an issue");
    }

    // --- robustness
}
