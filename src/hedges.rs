//! Hedged claims: hedge cues, distancing words and weasel sourcing, in context.
//! (Being built: see issue 4.)

use crate::report::HedgeKind;

/// A hedge cue and the claim it scopes over, in byte offsets of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HedgeSpan {
    pub start: usize,
    pub end: usize,
    pub kind: HedgeKind,
    pub claim_start: usize,
    pub claim_end: usize,
}

/// Finds the hedge cues of `text`.
pub fn find_hedges(_text: &str) -> Vec<HedgeSpan> {
    Vec::new()
}
