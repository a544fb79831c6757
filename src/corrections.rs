//! A reader's corrections: the speakers a quote could have, ranked as the resolver ranked
//! them, and giving a quote another speaker (or none). The report stays the single truth:
//! a corrected quote and its attribution carry the new speaker with `corrected: true`, so
//! the summary, the highlights and any export follow the correction.
//!
//! ```
//! use claimlens::corrections::{reassign, speaker_choices};
//! let text = "Ann Lee met Bob Hale. “We agreed,” he said.";
//! let mut report = claimlens::scan(text);
//! let start = report.quotes[0].start;
//! let choices = speaker_choices(text, &report, start).unwrap();
//! assert!(choices.iter().any(|c| c.speaker == "Ann Lee"));
//! reassign(&mut report, start, Some("Ann Lee")).unwrap();
//! assert_eq!(report.quotes[0].speaker.as_deref(), Some("Ann Lee"));
//! assert!(report.quotes[0].corrected);
//! ```

use crate::attribution::calibration::{calibrated, Chosen};
use std::fmt;

use serde::Serialize;

use crate::attribution::named_entities;
use crate::quotes::find_quotes;
use crate::report::{QuoteKind, Report, SpeakerKind};
use crate::scan::explain;
use crate::text::Segmented;

/// The longest speaker name a reader may give, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// A speaker a reader may give a quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerChoice {
    pub speaker: String,
    pub speaker_kind: Option<SpeakerKind>,
    /// The resolver's probability for this speaker, or `None` for another speaker of the
    /// article that it did not consider for this quote.
    pub probability: Option<f64>,
    /// The quote's speaker now.
    pub current: bool,
}

/// Why a correction could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorrectionError {
    /// No quote starts at this offset (UTF-16).
    NoQuoteAt(usize),
    /// The name is empty, or longer than [`MAX_NAME_CHARS`].
    BadName,
}

impl fmt::Display for CorrectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorrectionError::NoQuoteAt(at) => write!(f, "no quote starts at offset {at}"),
            CorrectionError::BadName => write!(
                f,
                "a speaker's name must have 1 to {MAX_NAME_CHARS} characters"
            ),
        }
    }
}

impl std::error::Error for CorrectionError {}

/// The speakers the quote starting at `quote_start` could have: first those the resolver
/// considered for it (or for its cue), most probable first, then every other speaker of the
/// article in order of appearance, then the other people and organisations it names. `report` is the scan of `text`, maybe corrected already.
pub fn speaker_choices(
    text: &str,
    report: &Report,
    quote_start: usize,
) -> Result<Vec<SpeakerChoice>, CorrectionError> {
    let quote = report
        .quotes
        .iter()
        .find(|q| q.start == quote_start)
        .ok_or(CorrectionError::NoQuoteAt(quote_start))?;
    let (_, decisions) = explain(text);
    let mut ranked: Vec<(String, f64)> = Vec::new();
    // The quote's own decision when the resolver made one (its probabilities are the
    // quote's confidence), else its cue's.
    let own: Vec<_> = decisions
        .iter()
        .filter(|d| d.what == "quote" && d.start == quote.start)
        .collect();
    let related = if own.is_empty() {
        decisions
            .iter()
            .filter(|d| d.what != "quote" && Some(d.start) == quote.cue_start)
            .collect()
    } else {
        own
    };
    for c in related.iter().flat_map(|d| &d.candidates) {
        let Some(name) = c.speaker.as_deref() else {
            continue;
        };
        // On the scale of the quote's own confidence (`attribution::calibration`).
        let p = calibrated(Chosen::Quote, c.probability);
        let p = (f64::from(p) * 100.0).round() / 100.0;
        match ranked.iter_mut().find(|(n, _)| n == name) {
            Some((_, best)) => *best = best.max(p),
            None => ranked.push((name.to_string(), p)),
        }
    }
    crate::sort::sort_by(&mut ranked, |a, b| b.1.total_cmp(&a.1));
    let mut choices: Vec<SpeakerChoice> = ranked
        .into_iter()
        .map(|(speaker, p)| SpeakerChoice {
            speaker_kind: kind_of(report, &speaker),
            speaker,
            probability: Some(p),
            current: false,
        })
        .collect();
    let seg = Segmented::new(text);
    let named = named_entities(&seg, &find_quotes(text));
    let others = speakers_in(report)
        .into_iter()
        .map(|n| (n.to_string(), kind_of(report, n)))
        .chain(
            named
                .into_iter()
                .map(|(n, k)| (n, Some(SpeakerKind::from(k)))),
        );
    for (name, kind) in others {
        if !choices.iter().any(|c| c.speaker == name) {
            choices.push(SpeakerChoice {
                speaker_kind: kind,
                speaker: name,
                probability: None,
                current: false,
            });
        }
    }
    for c in &mut choices {
        c.current = quote.speaker.as_deref() == Some(c.speaker.as_str());
    }
    Ok(choices)
}

/// Gives the quote starting at `quote_start` the speaker `speaker` (`None`: nobody). Its
/// attribution follows when every quote of that cue now has the same speaker. A scare quote
/// given a speaker becomes speech.
pub fn reassign(
    report: &mut Report,
    quote_start: usize,
    speaker: Option<&str>,
) -> Result<(), CorrectionError> {
    let i = report
        .quotes
        .iter()
        .position(|q| q.start == quote_start)
        .ok_or(CorrectionError::NoQuoteAt(quote_start))?;
    let name = match speaker {
        None => None,
        Some(s) => {
            let clean = s.split_whitespace().collect::<Vec<_>>().join(" ");
            if clean.is_empty() || clean.chars().count() > MAX_NAME_CHARS {
                return Err(CorrectionError::BadName);
            }
            Some(clean)
        }
    };
    let kind = name.as_deref().and_then(|n| kind_of(report, n));
    let confidence = name.as_ref().map(|_| 1.0);
    let q = &mut report.quotes[i];
    if q.speaker != name {
        q.speaker_start = None;
        q.speaker_end = None;
    }
    q.speaker.clone_from(&name);
    q.speaker_kind = kind;
    q.speaker_confidence = confidence;
    q.corrected = true;
    if name.is_some() {
        q.kind = QuoteKind::Speech;
    }
    let Some(cue) = q.cue_start else {
        return Ok(());
    };
    let all_agree = report
        .quotes
        .iter()
        .filter(|q| q.cue_start == Some(cue))
        .all(|q| q.speaker == name);
    if all_agree {
        for a in report
            .attributions
            .iter_mut()
            .filter(|a| a.cue_start == cue)
        {
            a.speaker.clone_from(&name);
            a.speaker_kind = kind;
            a.speaker_confidence = confidence;
            a.corrected = true;
        }
    }
    Ok(())
}

/// Every speaker named in the report, in order of appearance.
fn speakers_in(report: &Report) -> Vec<&str> {
    let mut named: Vec<(usize, &str)> = report
        .quotes
        .iter()
        .filter_map(|q| Some((q.start, q.speaker.as_deref()?)))
        .chain(
            report
                .attributions
                .iter()
                .filter_map(|a| Some((a.start, a.speaker.as_deref()?))),
        )
        .collect();
    crate::sort::sort_by_key(&mut named, |&(at, _)| at);
    let mut out: Vec<&str> = Vec::new();
    for (_, n) in named {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// What the report says `name` is, wherever it names it.
fn kind_of(report: &Report, name: &str) -> Option<SpeakerKind> {
    let from_quotes = report.quotes.iter().map(|q| (&q.speaker, q.speaker_kind));
    let from_attrs = report
        .attributions
        .iter()
        .map(|a| (&a.speaker, a.speaker_kind));
    from_quotes
        .chain(from_attrs)
        .find(|(s, k)| s.as_deref() == Some(name) && k.is_some())
        .and_then(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{scan, summarize};

    const TEXT: &str = "Ann Lee, the mayor, met Bob Hale on Monday.\n\
                        “We agreed on nothing,” he said. “Nothing at all.”\n\
                        Lee said the talks would go on.";

    #[test]
    fn choices_rank_the_resolvers_candidates_first_then_the_articles_speakers() {
        let report = scan(TEXT);
        let q = &report.quotes[0];
        let choices = speaker_choices(TEXT, &report, q.start).unwrap();
        let first = &choices[0];
        assert!(first.probability.is_some(), "{choices:?}");
        assert!(first.current, "the current speaker leads: {choices:?}");
        let ranked: Vec<f64> = choices.iter().filter_map(|c| c.probability).collect();
        assert!(ranked.windows(2).all(|w| w[0] >= w[1]), "{choices:?}");
        let names: Vec<&str> = choices.iter().map(|c| c.speaker.as_str()).collect();
        assert!(names.contains(&"Ann Lee"), "{names:?}");
        assert_eq!(
            choices.iter().filter(|c| c.current).count(),
            1,
            "{choices:?}"
        );
    }

    #[test]
    fn a_capitalised_word_opening_a_sentence_is_no_choice() {
        let text = "Ann Lee met Bob Hale on Monday.\n“Enough talk. Frankly we vote,” he said. \
                    “Absolutely.”\nLee said the talks would go on.";
        let report = scan(text);
        let choices = speaker_choices(text, &report, report.quotes[0].start).unwrap();
        let names: Vec<&str> = choices.iter().map(|c| c.speaker.as_str()).collect();
        assert!(names.contains(&"Bob Hale"), "{names:?}");
        for junk in ["Enough", "Frankly", "Absolutely"] {
            assert!(!names.contains(&junk), "{names:?}");
        }
    }

    #[test]
    fn the_top_choice_has_the_quotes_own_confidence() {
        let text = "Ann Lee met Bob Hale. “We agreed on the budget,” he said.";
        let report = scan(text);
        let q = &report.quotes[0];
        let top = &speaker_choices(text, &report, q.start).unwrap()[0];
        assert_eq!(top.speaker, "Bob Hale");
        let confidence = q.speaker_confidence.unwrap();
        assert!(
            (top.probability.unwrap() - confidence).abs() < 0.006,
            "{top:?} {confidence}"
        );
    }

    #[test]
    fn a_reassigned_quote_carries_the_new_speaker_and_the_summary_follows() {
        let mut report = scan(TEXT);
        let before = summarize(TEXT, &report);
        assert!(before.speakers.iter().any(|s| s.name == "Bob Hale"));
        let start = report.quotes[0].start;
        reassign(&mut report, start, Some("  Ann   Lee ")).unwrap();
        let q = &report.quotes[0];
        assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q.speaker_confidence, Some(1.0));
        assert_eq!(q.speaker_kind, Some(SpeakerKind::Person));
        assert!(q.corrected);
        let after = summarize(TEXT, &report);
        let ann = after.speakers.iter().find(|s| s.name == "Ann Lee").unwrap();
        assert_eq!(ann.quotes, 1, "{after:?}");
        let json = serde_json::to_string(&report.quotes[0]).unwrap();
        assert!(json.contains("\"corrected\":true"), "{json}");
    }

    #[test]
    fn the_attribution_follows_when_its_quotes_agree() {
        let mut report = scan(TEXT);
        let q = report.quotes[0].clone();
        let cue = q.cue_start.expect("the first quote has a cue");
        reassign(&mut report, q.start, Some("Ann Lee")).unwrap();
        let a = report
            .attributions
            .iter()
            .find(|a| a.cue_start == cue)
            .unwrap();
        let others_agree = report
            .quotes
            .iter()
            .filter(|x| x.cue_start == Some(cue))
            .all(|x| x.speaker.as_deref() == Some("Ann Lee"));
        assert_eq!(a.speaker.as_deref() == Some("Ann Lee"), others_agree);
    }

    #[test]
    fn nobody_is_a_choice_and_a_scare_quote_given_a_speaker_is_speech() {
        let text = "The so-called “reform” passed. “It is a disgrace,” Ann Lee said.";
        let mut report = scan(text);
        let scare = report.quotes[0].start;
        assert_eq!(report.quotes[0].kind, QuoteKind::Scare);
        reassign(&mut report, scare, Some("Ann Lee")).unwrap();
        assert_eq!(report.quotes[0].kind, QuoteKind::Speech);
        let speech = report.quotes[1].start;
        reassign(&mut report, speech, None).unwrap();
        assert_eq!(report.quotes[1].speaker, None);
        assert_eq!(report.quotes[1].speaker_confidence, None);
        assert_eq!(summarize(text, &report).unattributed_quotes, 1);
    }

    #[test]
    fn bad_corrections_are_clear_errors_and_change_nothing() {
        let mut report = scan(TEXT);
        let before = report.clone();
        assert_eq!(
            reassign(&mut report, 1, Some("Ann Lee")),
            Err(CorrectionError::NoQuoteAt(1))
        );
        let start = report.quotes[0].start;
        assert_eq!(
            reassign(&mut report, start, Some("   ")),
            Err(CorrectionError::BadName)
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            reassign(&mut report, start, Some(&long)),
            Err(CorrectionError::BadName)
        );
        assert_eq!(report, before);
        assert!(speaker_choices(TEXT, &report, 1).is_err());
    }
}
