//! A fuzzer for claimlens that runs on stable Rust: a structured generator of news-like
//! text ([`gen`]), the invariants every report must hold ([`invariants`]), and a minimiser
//! that shrinks a failing text to what still fails ([`minimize`]). `src/main.rs` runs them
//! for a number of iterations or seconds; `tests/replay.rs` replays the regression corpus
//! (`fuzz/corpus/`) under `cargo test`.

pub mod gen;
pub mod invariants;
pub mod minimize;
