//! The text as the detectors see it: paragraphs, sentences and words ([`segment`]), one
//! view over the words with the look-ups every rule needs ([`WordView`]), and which quote
//! each word sits in ([`QuoteIndex`]).

pub(crate) mod byteset;
mod lower;
mod nesting;
mod segment;
mod view;

pub use lower::WrittenLower;
pub use nesting::QuoteIndex;
pub use segment::{paragraphs, sentences, words, Keys, Segmented, Word};
pub use view::WordView;
