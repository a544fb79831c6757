//! The one entry point: runs every detector over a text and assembles the [`Report`].

use crate::attribution::{attribute_segmented, explain_segmented, Decision};
use crate::hedges::find_hedges_segmented;
use crate::lang::detect::{detect, detect_segmented};
use crate::lang::Language;
use crate::offsets::Utf16Map;
use crate::quotes::find_quotes_in;
use crate::report::{Attribution, Hedge, Quote, Report, SpeakerKind};
use crate::summary::{summarize_counts, Summary};
use crate::text::Segmented;

/// How to scan a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The text's language; `None` detects it from the text's function words
    /// ([`crate::lang::detect`]).
    pub language: Option<Language>,
}

impl Options {
    /// Options for a text in `language`.
    pub fn language(language: Language) -> Options {
        Options {
            language: Some(language),
        }
    }

    /// The language these options give `text`.
    pub fn language_of(&self, text: &str) -> Language {
        self.language.unwrap_or_else(|| detect(text))
    }

    /// [`Options::language_of`] a text already cut into words (the same language).
    fn language_of_segmented(&self, seg: &Segmented) -> Language {
        self.language.unwrap_or_else(|| detect_segmented(seg))
    }
}

/// Scans `text` and reports its quotes, attributions and hedges (UTF-16 offsets), in the
/// language its words show.
pub fn scan(text: &str) -> Report {
    scan_with(text, Options::default())
}

/// [`scan`] with options (the language).
pub fn scan_with(text: &str, options: Options) -> Report {
    let seg = Segmented::new(text);
    let lang = options.language_of_segmented(&seg);
    run(seg, lang, false).0
}

/// [`scan`] and [`crate::summarize`] in one, cutting the text into words once.
pub fn analyze(text: &str) -> (Report, Summary) {
    analyze_with(text, Options::default())
}

/// [`analyze`] with options.
pub fn analyze_with(text: &str, options: Options) -> (Report, Summary) {
    let seg = Segmented::new(text);
    let lang = options.language_of_segmented(&seg);
    let (words, sentences) = (seg.words.len(), seg.sentences.len());
    let report = run(seg, lang, false).0;
    let summary = summarize_counts(&report, words, sentences);
    (report, summary)
}

/// [`scan`] with every speaker decision explained: the candidates considered for each cue
/// and quote, their features, scores and probabilities (offsets in UTF-16 units). Only
/// English weighs candidates; other languages explain nothing.
pub fn explain(text: &str) -> (Report, Vec<Decision>) {
    explain_with(text, Options::default())
}

/// [`explain`] with options.
pub fn explain_with(text: &str, options: Options) -> (Report, Vec<Decision>) {
    let seg = Segmented::new(text);
    let lang = options.language_of_segmented(&seg);
    let (report, mut decisions) = run(seg, lang, true);
    let map = Utf16Map::new(text);
    for d in &mut decisions {
        d.start = map.to_utf16(d.start);
        d.end = map.to_utf16(d.end);
        for c in &mut d.candidates {
            c.speaker_start = map.to_utf16(c.speaker_start);
            c.speaker_end = map.to_utf16(c.speaker_end);
        }
    }
    (report, decisions)
}

/// The scan of a text already cut into words and sentences (shared by every detector). The
/// words, the quote spans and then each detector's findings are dropped as soon as they
/// are done with, so that the report is never held beside all of them (peak memory).
fn run(seg: Segmented, lang: Language, keep_decisions: bool) -> (Report, Vec<Decision>) {
    let text = seg.text;
    let mut spans = find_quotes_in(text, &seg.paragraphs);
    let tables = lang.tables();
    if tables.is_some_and(|t| t.dash_dialogue) {
        crate::lang::dialogue::add_dash_quotes(text, &seg.paragraphs, &mut spans);
    }
    crate::lang::dialogue::split_quoted_turns(text, &seg.paragraphs, &mut spans);
    let (quotes, attributions, decisions) = if let Some(t) = tables {
        let (q, a) = crate::lang::attribution::attribute(&seg, &spans, t);
        (q, a, Vec::new())
    } else if keep_decisions {
        explain_segmented(&seg, &spans)
    } else {
        let (q, a) = attribute_segmented(&seg, &spans);
        (q, a, Vec::new())
    };
    let hedges = match tables {
        Some(t) => crate::lang::hedges::find(&seg, &spans, t),
        None => find_hedges_segmented(&seg, &spans),
    };
    drop((seg, spans));
    let map = Utf16Map::new(text);
    let quotes: Vec<Quote> = quotes
        .into_iter()
        .map(|q| Quote {
            start: map.to_utf16(q.span.start),
            end: map.to_utf16(q.span.end),
            text: text[q.span.start..q.span.end].to_string(),
            speaker: q.speaker.as_ref().and_then(|s| s.name.clone()),
            speaker_start: q.speaker.as_ref().map(|s| map.to_utf16(s.start)),
            speaker_end: q.speaker.as_ref().map(|s| map.to_utf16(s.end)),
            speaker_kind: q.speaker_kind.map(SpeakerKind::from),
            speaker_confidence: q.confidence.map(round_confidence),
            cue: q.cue.map(|(a, b)| text[a..b].to_string()),
            cue_start: q.cue.map(|(a, _)| map.to_utf16(a)),
            cue_end: q.cue.map(|(_, b)| map.to_utf16(b)),
            kind: q.kind,
            depth: q.span.depth,
            corrected: false,
        })
        .collect();
    let attributions: Vec<Attribution> = attributions
        .into_iter()
        .map(|a| Attribution {
            start: map.to_utf16(a.start),
            end: map.to_utf16(a.end),
            speaker: a.speaker,
            speaker_kind: a.speaker_kind.map(SpeakerKind::from),
            speaker_confidence: a.confidence.map(round_confidence),
            cue: text[a.cue_start..a.cue_end].to_string(),
            cue_start: map.to_utf16(a.cue_start),
            cue_end: map.to_utf16(a.cue_end),
            kind: a.kind,
            corrected: false,
        })
        .collect();
    let hedges = hedges
        .into_iter()
        .map(|h| Hedge {
            start: map.to_utf16(h.start),
            end: map.to_utf16(h.end),
            text: text[h.start..h.end].to_string(),
            kind: h.kind,
            claim_start: map.to_utf16(h.claim_start),
            claim_end: map.to_utf16(h.claim_end),
        })
        .collect();
    (
        Report {
            quotes,
            attributions,
            hedges,
            watch: Vec::new(),
            language: lang,
        },
        decisions,
    )
}

/// Confidences to two decimals: the figure is a calibrated estimate, not a measurement.
fn round_confidence(c: f32) -> f64 {
    (f64::from(c) * 100.0).round() / 100.0
}
