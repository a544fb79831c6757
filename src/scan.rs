//! The one entry point: runs every detector over a text and assembles the [`Report`].

use crate::hedges::find_hedges;
use crate::offsets::Utf16Map;
use crate::quotes::find_quotes;
use crate::report::{Hedge, Quote, QuoteKind, Report};

/// Scans `text` and reports its quotes, attributions and hedges (UTF-16 offsets).
pub fn scan(text: &str) -> Report {
    let map = Utf16Map::new(text);
    let quotes = find_quotes(text)
        .into_iter()
        .map(|q| Quote {
            start: map.to_utf16(q.start),
            end: map.to_utf16(q.end),
            text: text[q.start..q.end].to_string(),
            speaker: None,
            speaker_start: None,
            speaker_end: None,
            cue: None,
            kind: QuoteKind::Speech,
            depth: q.depth,
        })
        .collect();
    let hedges = find_hedges(text)
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
        attributions: Vec::new(),
        hedges,
    }
}
