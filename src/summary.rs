//! The sourcing of an article at a glance: who is quoted and how much, how much of the
//! text is quotation, what is left unattributed, how hedged it is.

use serde::Serialize;

use crate::present::items::is_uncertain;
use crate::report::{QuoteKind, Report};
use crate::text::{sentences, words};

/// Figures about one report, for summary panels and terminal output.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Speakers by quoted words, most first.
    pub speakers: Vec<SpeakerShare>,
    pub words: usize,
    pub sentences: usize,
    pub quotes: usize,
    /// Words inside quotes (nested quotes counted once).
    pub quoted_words: usize,
    /// Speech quotes with no speaker found.
    pub unattributed_quotes: usize,
    /// Quotes whose speaker is uncertain (confidence under `present::items::LOW_CONFIDENCE`).
    pub uncertain_quotes: usize,
    pub scare_quotes: usize,
    pub attributions: usize,
    pub hedges: usize,
    /// Weasel sources ("critics say", "people familiar with the talks").
    pub weasels: usize,
    /// Hedge cues per 100 sentences.
    pub hedge_density: f64,
}

/// One speaker's share of the quotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerShare {
    pub name: String,
    /// Quotes given to this speaker with confidence.
    pub quotes: usize,
    /// Words in those quotes, without the words of quotes nested in them.
    pub quoted_words: usize,
    /// Quotes (and their words) this speaker may have said: kept apart, since claimlens is
    /// not sure of them.
    pub uncertain_quotes: usize,
    pub uncertain_words: usize,
}

/// The words of each quote of `report`, without the words of the quotes nested in it: what
/// a speaker's `quoted_words` adds up, so that corpus tables (the CLI's `stats`, the
/// Python package's `words`) count as the summary does.
pub fn quote_words(report: &Report) -> Vec<usize> {
    word_counts(report)
        .into_iter()
        .map(|(_, own)| own)
        .collect()
}

/// Each quote's (all words, own words).
fn word_counts(report: &Report) -> Vec<(usize, usize)> {
    let count = |s: &str| words(s, (0, s.len())).len();
    let all: Vec<usize> = report.quotes.iter().map(|q| count(&q.text)).collect();
    report
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            // Words of this quote minus those of quotes directly inside it.
            let inner: usize = report.quotes[i + 1..]
                .iter()
                .enumerate()
                .take_while(|(_, n)| n.start < q.end)
                .filter(|(_, n)| n.depth == q.depth + 1)
                .map(|(j, _)| all[i + 1 + j])
                .sum();
            (all[i], all[i].saturating_sub(inner))
        })
        .collect()
}

/// Summarises `report`, the scan of `text`.
pub fn summarize(text: &str, report: &Report) -> Summary {
    summarize_counts(
        report,
        words(text, (0, text.len())).len(),
        sentences(text).len(),
    )
}

/// [`summarize`] when the text's words and sentences are already counted.
pub(crate) fn summarize_counts(report: &Report, n_words: usize, n_sentences: usize) -> Summary {
    let mut speakers: Vec<SpeakerShare> = Vec::new();
    // Where each speaker is in `speakers`, so that a text with many speakers stays linear.
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut quoted_words = 0;
    let counts = word_counts(report);
    for (q, &(all, own)) in report.quotes.iter().zip(&counts) {
        if q.depth == 0 {
            quoted_words += all;
        }
        if let Some(name) = &q.speaker {
            let i = *index.entry(name).or_insert_with(|| {
                speakers.push(SpeakerShare {
                    name: name.clone(),
                    quotes: 0,
                    quoted_words: 0,
                    uncertain_quotes: 0,
                    uncertain_words: 0,
                });
                speakers.len() - 1
            });
            let s: &mut SpeakerShare = &mut speakers[i];
            if is_uncertain(q.speaker_confidence) {
                s.uncertain_quotes += 1;
                s.uncertain_words += own;
            } else {
                s.quotes += 1;
                s.quoted_words += own;
            }
        }
    }
    crate::sort::sort_by(&mut speakers, |a, b| {
        b.quoted_words
            .cmp(&a.quoted_words)
            .then(b.quotes.cmp(&a.quotes))
            .then(b.uncertain_words.cmp(&a.uncertain_words))
    });
    let hedges = report.hedges.len();
    Summary {
        speakers,
        words: n_words,
        sentences: n_sentences,
        quotes: report.quotes.len(),
        quoted_words,
        uncertain_quotes: report
            .quotes
            .iter()
            .filter(|q| q.speaker.is_some() && is_uncertain(q.speaker_confidence))
            .count(),
        unattributed_quotes: report
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Speech && q.speaker.is_none())
            .count(),
        scare_quotes: report
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Scare)
            .count(),
        attributions: report.attributions.len(),
        hedges,
        weasels: report
            .hedges
            .iter()
            .filter(|h| h.kind == crate::HedgeKind::Weasel)
            .count(),
        hedge_density: if n_sentences == 0 {
            0.0
        } else {
            100.0 * hedges as f64 / n_sentences as f64
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_are_ranked_by_quoted_words_and_nested_words_count_once() {
        let text = "“One two three,” said Ana Ruiz. “Four, ‘five six,’ seven,” said Bo Chen. Ann Lee said it.";
        let report = crate::scan(text);
        let s = summarize(text, &report);
        assert_eq!(s.quotes, 3);
        assert_eq!(s.quoted_words, 7);
        assert_eq!(quote_words(&report), vec![3, 2, 2]);
        let names: Vec<_> = s
            .speakers
            .iter()
            .map(|p| (p.name.as_str(), p.quoted_words))
            .collect();
        // ‘five six,’ has no cue of its own: Bo Chen's too, and each word counts once.
        assert_eq!(names[0], ("Bo Chen", 4));
        assert!(names.contains(&("Ana Ruiz", 3)), "{names:?}");
    }

    #[test]
    fn empty_text_summarises_to_zeros() {
        let s = summarize("", &crate::scan(""));
        assert_eq!(
            (s.words, s.sentences, s.quotes, s.hedge_density),
            (0, 0, 0, 0.0)
        );
    }
}
