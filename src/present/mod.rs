//! Everything about showing a report that needs no DOM: the painted items and their
//! tooltips ([`items`]), speaker colours and the style sheet ([`palette`]), the highlight
//! names ([`names`]), highlights grouped for painting and the extension's plan ([`plan`]),
//! and moving between highlights ([`nav`]). The wasm facade only converts and paints.

pub mod items;
pub mod names;
pub mod nav;
pub mod palette;
pub mod plan;

pub use items::{items, Category, Item, SpeakerColor, CATEGORIES};
