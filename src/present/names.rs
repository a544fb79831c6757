//! The highlight names claimlens registers (CSS Custom Highlight API) and the classes of
//! its `<mark>` elements: one definition for the painter, the style sheet and the tests.

/// Quotes of speaker slot `n` are `claimlens-quote-n`.
pub const QUOTE_PREFIX: &str = "claimlens-quote-";
/// Quotes with no speaker found.
pub const QUOTE_NONE: &str = "claimlens-quote-none";
/// Scare quotes.
pub const QUOTE_SCARE: &str = "claimlens-quote-scare";
/// Attribution spans (speaker and cue).
pub const ATTRIBUTION: &str = "claimlens-attribution";
/// Hedge cues.
pub const HEDGE: &str = "claimlens-hedge";
/// The claim a hedge scopes over (a light tint).
pub const CLAIM: &str = "claimlens-claim";
/// A speaker claimlens is not sure of (a dashed underline over the quote or attribution).
pub const UNCERTAIN: &str = "claimlens-uncertain";
/// A match of the reader's watch list.
pub const WATCH: &str = "claimlens-watch";
/// The item that keyboard navigation is on.
pub const CURRENT: &str = "claimlens-current";
