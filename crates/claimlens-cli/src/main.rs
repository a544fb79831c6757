//! `claimlens`: the native command line over the analysis core, for one article or a corpus.
//!
//! ```text
//! claimlens scan [--format json|jsonl|text] [--input auto|text|html|jsonl] [--jobs N] PATH|-...
//! claimlens stats [--format csv|json] [--table speakers|articles|corpus] PATH|-...
//! ```
//! Exit codes: 0 all inputs scanned, 1 some inputs failed, 2 usage error, 3 write error (a
//! full disk with a message; a reader that stops reading, `| head`, quietly).

mod cli;
mod inputs;
mod pipeline;
mod render;
mod scan;
mod stats;

fn main() -> std::process::ExitCode {
    cli::main()
}
