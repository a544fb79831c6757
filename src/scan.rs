//! The one entry point: runs every detector over a text and assembles the [`Report`].

use crate::attribution::attribute_segmented;
use crate::hedges::find_hedges_segmented;
use crate::offsets::Utf16Map;
use crate::quotes::find_quotes;
use crate::report::{Attribution, Hedge, Quote, Report};
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

/// The scan of a text already cut into words and sentences (shared by both detectors).
fn scan_segmented(seg: &Segmented) -> Report {
    let text = seg.text;
    let map = Utf16Map::new(text);
    let spans = find_quotes(text);
    let (quotes, attributions) = attribute_segmented(seg, &spans);
    let quotes: Vec<Quote> = quotes
        .into_iter()
        .map(|q| Quote {
            start: map.to_utf16(q.span.start),
            end: map.to_utf16(q.span.end),
            text: text[q.span.start..q.span.end].to_string(),
            speaker: q.speaker.as_ref().and_then(|s| s.name.clone()),
            speaker_start: q.speaker.as_ref().map(|s| map.to_utf16(s.start)),
            speaker_end: q.speaker.as_ref().map(|s| map.to_utf16(s.end)),
            cue: q.cue.map(|(a, b)| text[a..b].to_string()),
            kind: q.kind,
            depth: q.span.depth,
        })
        .collect();
    let attributions: Vec<Attribution> = attributions
        .into_iter()
        .map(|a| Attribution {
            start: map.to_utf16(a.start),
            end: map.to_utf16(a.end),
            speaker: a.speaker,
            cue: text[a.cue_start..a.cue_end].to_string(),
            cue_start: map.to_utf16(a.cue_start),
            cue_end: map.to_utf16(a.cue_end),
            kind: a.kind,
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
    Report {
        quotes,
        attributions,
        hedges,
    }
}
