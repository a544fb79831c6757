//! The sourcing of an article at a glance: who is quoted and how much, how much of the
//! text is quotation, what is left unattributed, how hedged it is.

use serde::Serialize;

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
    pub quotes: usize,
    /// Words in this speaker's quotes, without the words of quotes nested in them.
    pub quoted_words: usize,
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
    let count = |s: &str| words(s, (0, s.len())).len();
    let mut speakers: Vec<SpeakerShare> = Vec::new();
    // Where each speaker is in `speakers`, so that a text with many speakers stays linear.
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut quoted_words = 0;
    for (i, q) in report.quotes.iter().enumerate() {
        // Words of this quote minus those of quotes directly inside it.
        let inner: usize = report.quotes[i + 1..]
            .iter()
            .take_while(|n| n.start < q.end)
            .filter(|n| n.depth == q.depth + 1)
            .map(|n| count(&n.text))
            .sum();
        let own = count(&q.text).saturating_sub(inner);
        if q.depth == 0 {
            quoted_words += count(&q.text);
        }
        if let Some(name) = &q.speaker {
            match index.get(name.as_str()) {
                Some(&i) => {
                    let s: &mut SpeakerShare = &mut speakers[i];
                    s.quotes += 1;
                    s.quoted_words += own;
                }
                None => {
                    index.insert(name, speakers.len());
                    speakers.push(SpeakerShare {
                        name: name.clone(),
                        quotes: 1,
                        quoted_words: own,
                    });
                }
            }
        }
    }
    speakers.sort_by(|a, b| {
        b.quoted_words
            .cmp(&a.quoted_words)
            .then(b.quotes.cmp(&a.quotes))
    });
    let hedges = report.hedges.len();
    Summary {
        speakers,
        words: n_words,
        sentences: n_sentences,
        quotes: report.quotes.len(),
        quoted_words,
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
