//! The claim a hedge scopes over: its clause, its sentence, the noun phrase an attributive
//! cue qualifies, or what a framing cue frames, never leaving the quote that holds the cue. Clause bounds and
//! quote interiors are found once per text, so each claim is a binary search.

use super::doc::{contains, Doc};
use super::{Cand, Scope};
use crate::lexicon::classes::{BE, FINITE};
use crate::quotes::QuoteSpan;
use crate::report::HedgeKind;
use crate::text::byteset::ByteSet;

/// The bytes a clause boundary can begin with (— and – with E2).
const BOUNDARY_LEADS: ByteSet = ByteSet::of(b";()[]\n:-,\xE2");

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
        // Where the current clause began (a boundary's end or a sentence's start), to tell a
        // comma that closes a fronted subordinate clause ("If he wins, it could …").
        let mut seg_start = 0;
        let mut sentence = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Only these bytes can start a boundary (— and – start with E2): the others are
            // passed over without decoding. Sentence starts passed meanwhile are taken in
            // below, before any boundary after them.
            match BOUNDARY_LEADS.find(&bytes[i..]) {
                Some(skip) => i += skip,
                None => break,
            }
            let c = text[i..].chars().next().expect("a char boundary");
            while sentence < doc.sentences.len() && doc.sentences[sentence].0 <= i {
                seg_start = seg_start.max(doc.sentences[sentence].0);
                sentence += 1;
            }
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
                    let mut after = words_of(&text[end..]);
                    let w = after.next().unwrap_or("");
                    let opens = contains_ci(
                        &[
                            "but", "while", "although", "though", "whereas", "yet", "because",
                            "unless", "however",
                        ],
                        w,
                    );
                    // A relative or participle clause on what came before (", who want",
                    // ", where the", ", prompting", ", severely limiting").
                    let relative = contains_ci(&["who", "which", "where", "whose", "whom"], w);
                    let participle = ing(w) || w.ends_with("ly") && ing(after.next().unwrap_or(""));
                    // The comma that closes a fronted subordinate clause.
                    opens
                        || relative
                        || participle
                        || contains_ci(
                            SUBORDINATORS,
                            words_of(&text[seg_start..i]).next().unwrap_or(""),
                        )
                }
                _ => false,
            };
            if boundary {
                bounds.push((i, end));
                seg_start = end;
            }
            i = end;
        }
        let quotes = quotes
            .iter()
            .map(|q| {
                // (A transcript turn opens with its first word, not a mark.)
                let open = text[q.start..]
                    .chars()
                    .next()
                    .filter(|c| !c.is_alphanumeric())
                    .map_or(0, char::len_utf8);
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
            .get(doc.sentence_of[c.first] as usize)
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
        // A frame with (almost) nothing after its cue frames what came before: "The deal may
        // grow, people familiar with the talks say." Then its sentence (or clause) is the claim.
        let mut scope = c.scope;
        let of_phrase = doc.is(doc.next_joined(c.last), &["of"]);
        if scope == Scope::Frame && !of_phrase && doc.count_between(end, hi) < MIN_FRAMED_WORDS {
            scope = if c.kind == HedgeKind::Weasel {
                Scope::Sentence
            } else {
                Scope::Clause
            };
        }
        match scope {
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
            Scope::Frame => {
                // From the cue: a noun's "of" phrase ("the prospect of a brokered
                // convention"), else to the end of the clause, past an aside between dashes
                // or brackets ("economists — including two at the Fed — warn that …").
                lo = start;
                if of_phrase {
                    hi = hi.min(of_phrase_end(doc, c.last)).max(end);
                } else {
                    let k = self.bounds.partition_point(|b| b.0 < end);
                    let mut j = k;
                    while j < self.bounds.len() {
                        let b = self.bounds[j];
                        let aside = |x: (usize, usize)| {
                            let t = doc.text[x.0..x.1].trim();
                            matches!(t, "—" | "–" | "-" | "(" | ")")
                        };
                        if aside(b)
                            && self
                                .bounds
                                .get(j + 1)
                                .is_some_and(|&n| aside(n) && n.0 < hi)
                        {
                            j += 2;
                            continue;
                        }
                        hi = hi.min(b.0);
                        break;
                    }
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
                // A noun cue takes what determines it: "his claims", "Republican claims".
                if doc.key(c.first).starts_with("claim") {
                    let mut p = doc.prev_joined(c.first);
                    for _ in 0..2 {
                        match p {
                            Some(x)
                                if doc.capitalized(x)
                                    || contains(
                                        &[
                                            "his", "her", "their", "its", "our", "the", "these",
                                            "those", "such",
                                        ],
                                        doc.key(x),
                                    )
                                    || crate::lexicon::classes::is_possessive_key(doc.key(x)) =>
                            {
                                lo = doc.words[x].start;
                                p = doc.prev_joined(x);
                            }
                            _ => break,
                        }
                    }
                }
                hi = hi.min(doc.words[last].end()).max(end);
            }
        }
        trim_claim(doc.text, lo.min(start), hi.max(end), start, end)
    }
}

/// A frame needs this many words after its cue to frame what follows it.
const MIN_FRAMED_WORDS: usize = 2;

/// A noun's "of" phrase runs over at most this many words ("the prospect of a Donald J.
/// Trump nomination").
const OF_WORDS: usize = 12;

/// The end of the "of" phrase after the noun `noun`: up to punctuation, a finite verb or an
/// adverb ("the prospect of a brokered convention | probably …").
fn of_phrase_end(doc: &Doc, noun: usize) -> usize {
    let mut last = doc.next_joined(noun).unwrap_or(noun);
    // "a hint of how much they may raise": a question's own verb belongs to the phrase.
    let mut verbs = usize::from(doc.is(
        doc.next_joined(last),
        &["how", "what", "whether", "who", "why", "where", "when"],
    ));
    for _ in 0..OF_WORDS {
        // An initial's period does not end the phrase ("Donald J. Trump").
        let initial = doc.words[last].text.chars().count() == 1
            && doc.capitalized(last)
            && doc.gap_after(last).trim() == ".";
        let next = if initial {
            doc.next(last)
        } else {
            doc.next_joined(last)
        };
        let Some(n) = next else {
            break;
        };
        let k = doc.key(n);
        if contains(FINITE, k) || contains(BE, k) {
            if verbs == 0 {
                break;
            }
            verbs -= 1;
        } else if adverb_like(k) || k == "probably" {
            break;
        }
        last = n;
    }
    doc.words[last].end()
}

/// Words that open a subordinate clause: a comma after such a clause ends it.
const SUBORDINATORS: &[&str] = &[
    "if", "when", "whenever", "while", "although", "though", "because", "after", "before", "since",
    "unless", "once", "as", "whether", "even",
];

/// Words that end in -ing without being participles.
const NOT_PARTICIPLES: &[&str] = &[
    "nothing",
    "something",
    "anything",
    "everything",
    "morning",
    "evening",
    "during",
];

/// The words of `rest` (letters and apostrophes), past spaces and quote marks: as many as
/// are asked for (mostly one), each found when asked.
fn words_of(rest: &str) -> impl Iterator<Item = &str> {
    rest.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// Whether `w` is one of `list` (lower-case words), ASCII case-insensitively.
fn contains_ci(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// An -ing form ("prompting", "turning"), not a short word ("king", "thing").
fn ing(w: &str) -> bool {
    w.len() > 5 && w.to_ascii_lowercase().ends_with("ing") && !contains_ci(NOT_PARTICIPLES, w)
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
    fn a_clause_ends_at_a_relative_or_participle_and_starts_after_a_fronted_clause() {
        let t = "If the plan fails, it could cost the fleet dearly, prompting new cuts.";
        assert_eq!(claim_of(t, "could"), "it could cost the fleet dearly");
        let t = "An upturn would almost certainly help Democrats, who want to win.";
        assert_eq!(
            claim_of(t, "almost certainly"),
            "An upturn would almost certainly help Democrats"
        );
    }
    #[test]
    fn a_framing_cue_claims_what_it_frames() {
        let t = "The hand was slapped and I think she did. Some strategists said none of it will work, though.";
        assert_eq!(claim_of(t, "I think"), "I think she did.");
        assert_eq!(
            claim_of(t, "Some strategists"),
            "Some strategists said none of it will work"
        );
        let t = "The prospect of a brokered convention probably overstates it.";
        assert_eq!(claim_of(t, "prospect"), "prospect of a brokered convention");
    }
    #[test]
    fn a_claim_noun_takes_its_determiner() {
        assert_eq!(
            claim_of("It could blunt Republican claims.", "claims"),
            "Republican claims"
        );
    }
    #[test]
    fn a_hedge_in_a_quote_claims_within_the_quote() {
        let t = "“That could be an issue,” Indyk said.";
        assert_eq!(claim_of(t, "could"), "That could be an issue");
    }

    // --- robustness
}
