//! The one entry point: runs every detector over a text and assembles the [`Report`].

use crate::attribution::{attribute_segmented, explain_segmented, Decision};
use crate::hedges::find_hedges_segmented;
use crate::offsets::Utf16Map;
use crate::quotes::find_quotes;
use crate::report::{Attribution, Hedge, Quote, Report, SpeakerKind};
use crate::summary::{summarize_counts, Summary};
use crate::text::Segmented;

/// Scans `text` and reports its quotes, attributions and hedges (UTF-16 offsets).
pub fn scan(text: &str) -> Report {
    scan_segmented(&Segmented::new(text))
}

/// [`scan`] and [`crate::summarize`] in one, cutting the text into words once.
pub fn analyze(text: &str) -> (Report, Summary) {
    let seg = Segmented::new(text);
    let report = scan_segmented(&seg);
    let summary = summarize_counts(&report, seg.words.len(), seg.sentences.len());
    (report, summary)
}

/// [`scan`] with every speaker decision explained: the candidates considered for each cue
/// and quote, their features, scores and probabilities (offsets in UTF-16 units).
pub fn explain(text: &str) -> (Report, Vec<Decision>) {
    let seg = Segmented::new(text);
    let (report, mut decisions) = scan_with(&seg, true);
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

/// The scan of a text already cut into words and sentences (shared by both detectors).
fn scan_segmented(seg: &Segmented) -> Report {
    scan_with(seg, false).0
}

fn scan_with(seg: &Segmented, keep_decisions: bool) -> (Report, Vec<Decision>) {
    let text = seg.text;
    let map = Utf16Map::new(text);
    let spans = find_quotes(text);
    let (quotes, attributions, decisions) = if keep_decisions {
        explain_segmented(seg, &spans)
    } else {
        let (q, a) = attribute_segmented(seg, &spans);
        (q, a, Vec::new())
    };
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
    let hedges = find_hedges_segmented(seg, &spans)
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
        },
        decisions,
    )
}

/// Confidences to two decimals: the figure is a calibrated estimate, not a measurement.
fn round_confidence(c: f32) -> f64 {
    (f64::from(c) * 100.0).round() / 100.0
}
