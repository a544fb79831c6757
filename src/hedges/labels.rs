//! Quoted labels: a short quotation that the sentence presents as what someone calls
//! something ("dismissed the reports as “speculation”", "what she called a “possible”
//! breakthrough", "the so-called “likely voters”", "used the word “maybe”"). Its words are
//! the other person's, mentioned, not a claim the text hedges; cues inside are not hedges. A
//! quoted speaker's own hedge ("said a freeze was ‘unlikely’") stays one.

use super::doc::{contains, Doc};
use crate::quotes::QuoteSpan;

/// A label is at most this many words long.
const LABEL_WORDS: usize = 8;

/// How many words (the naming verb's object) may stand between a naming verb and the quote.
const NAMED_WORDS: usize = 4;

/// How far back from "as" a verb of naming or judging is looked for ("dismissed the reports
/// as").
const AS_WORDS: usize = 8;

/// Verbs that name or label right before the quote ("called it “reckless”").
const NAMING: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "label",
    "labels",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "term",
    "terms",
    "termed",
    "brand",
    "brands",
    "branded",
    "nicknamed",
    "so-called",
];

/// Verbs that take "as" + a label ("described the plan as “possibly illegal”").
const AS_VERBS: &[&str] = &[
    "described",
    "describes",
    "describe",
    "describing",
    "dismissed",
    "dismisses",
    "dismiss",
    "dismissing",
    "characterized",
    "characterised",
    "characterizes",
    "portrayed",
    "portrays",
    "branded",
    "labeled",
    "labelled",
    "derided",
    "decried",
    "denounced",
    "mocked",
    "ridiculed",
    "referred",
    "refers",
    "cast",
    "casts",
    "painted",
    "paints",
];

/// Quote interiors (byte ranges) that are labels, sorted by start.
pub(crate) fn label_quotes(doc: &Doc, quotes: &[QuoteSpan]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = quotes
        .iter()
        .filter(|q| q.closed && is_label(doc, q))
        .map(|q| (q.start, q.end))
        .collect();
    crate::sort::sort(&mut out);
    out
}

/// Whether the quote is a short label after a verb of naming ("called"), of judging + "as"
/// ("dismissed … as"), or "the word" / "the term" / "so-called".
fn is_label(doc: &Doc, q: &QuoteSpan) -> bool {
    // The words inside and the word before the opening mark.
    let first = doc.words.partition_point(|w| w.start < q.start);
    let after = doc.words.partition_point(|w| w.start < q.end);
    if after - first > LABEL_WORDS || first == 0 || first >= doc.len() {
        return false;
    }
    let before = first - 1;
    if doc.sentence_of[before] != doc.sentence_of[first] {
        return false;
    }
    let k = doc.key(before);
    if contains(&["word", "words", "term", "phrase", "label"], k) {
        return doc.is(doc.prev(before), &["the", "a", "that", "this"]);
    }
    if k != "as" {
        // A naming verb, maybe with its object between: "called it “reckless”", "called the
        // plan “possibly illegal”", "what she called a “possible” deal".
        let mut j = Some(before);
        for _ in 0..NAMED_WORDS {
            match j {
                Some(x) if contains(NAMING, doc.key(x)) => return true,
                Some(x) if doc.gap_after(x).chars().all(char::is_whitespace) || x == before => {
                    j = doc.prev(x)
                }
                _ => return false,
            }
        }
        return false;
    }
    let mut j = doc.prev(before);
    for _ in 0..AS_WORDS {
        match j {
            Some(x) if contains(AS_VERBS, doc.key(x)) || contains(NAMING, doc.key(x)) => {
                return true
            }
            Some(x) if doc.gap_after(x).chars().all(char::is_whitespace) => j = doc.prev(x),
            _ => return false,
        }
    }
    false
}

/// Whether the byte range `start..end` lies inside one of `labels` (sorted by start).
pub(crate) fn inside(labels: &[(usize, usize)], start: usize, end: usize) -> bool {
    let k = labels.partition_point(|l| l.0 <= start);
    k > 0 && end <= labels[k - 1].1
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn a_hedge_word_inside_a_quoted_label_is_not_a_hedge() {
        let t = "Officials dismissed the reports as “speculation.” The mayor called the plan “possibly illegal” last week. She mocked what he called a “potential” breakthrough.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn a_quoted_speakers_own_hedge_is_a_hedge() {
        let t = "The chair said a freeze was ‘unlikely’ this year. Officials dismissed the reports as speculation.";
        assert_eq!(cues(t), ["unlikely", "speculation"]);
    }
}
