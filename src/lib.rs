//! claimlens finds quotes, attributions and hedged claims in news text.
//!
//! The analysis core is pure Rust: text in, [`Report`] out, with every offset in UTF-16 code
//! units so that JavaScript and DOM ranges can use them directly. The `web` module (compiled
//! only for `wasm32`) is a thin wasm-bindgen/web-sys layer over it; the `claimlens` binary is
//! the native CLI over the same core.
//!
//! ```
//! let report = claimlens::scan("“No deal,” Trump said.");
//! assert_eq!(report.quotes[0].text, "“No deal,”");
//! ```

pub mod attribution;
pub mod cues;
pub mod hedges;
pub mod lexicon;
pub mod offsets;
pub mod page;
pub mod quotes;
pub mod report;
mod scan;
pub mod segment;
pub mod speakers;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use report::{Attribution, AttributionKind, Hedge, HedgeKind, Quote, QuoteKind, Report};
pub use scan::scan;
pub use summary::{summarize, SpeakerShare, Summary};
