// The crate's documentation (docs.rs) is the README, then the core's own notes below. The
// README's Rust blocks run as doctests; its other blocks are marked with their language.
#![doc = include_str!("../README.md")]
//!
//! # The core crate
//!
//! This crate is the analysis core, pure Rust: text in, [`Report`] out, with every offset in
//! UTF-16 code units so that JavaScript and DOM ranges can use them directly. The front ends
//! are thin layers over it: `crates/claimlens-wasm` (the wasm-bindgen/web-sys facade that
//! highlights web pages) and `crates/claimlens-cli` (the `claimlens` command).
//!
//! ```
//! let report = claimlens::scan("“No deal,” Trump said.");
//! assert_eq!(report.quotes[0].text, "“No deal,”");
//! assert_eq!(report.quotes[0].speaker.as_deref(), Some("Trump"));
//! ```
//!
//! The data flow, one module per concept:
//!
//! ```text
//! text ─► text (paragraphs, sentences, words) ─► quotes (mark pairing)
//!      ─► cues + speakers ─► attribution (who said it) ─┐
//!      ─► hedges (cues in context, claims)  ────────────┴► Report ─► summary, present
//! ```
//! Word lists live in `data/` and are compiled into static tables ([`lexicon`]). Web pages
//! enter as a DOM-free outline ([`page`]).

pub mod attribution;
pub mod budget;
pub mod corrections;
pub mod cues;
pub mod hedges;
pub mod lang;
pub mod lexicon;
pub mod offsets;
pub mod page;
pub mod present;
pub mod quotes;
pub mod report;
mod scan;
pub mod sort;
pub mod speakers;
pub mod summary;
pub mod text;
pub mod watch;
pub mod wire;

pub use attribution::Decision;
pub use lang::Language;
pub use report::{
    Attribution, AttributionKind, Hedge, HedgeKind, Quote, QuoteKind, Report, SpeakerKind,
};
pub use scan::{analyze, analyze_with, explain, explain_with, scan, scan_with, Options};
pub use summary::{quote_words, summarize, SpeakerShare, Summary};
pub use watch::{PatternError, WatchList, WatchMatch};
