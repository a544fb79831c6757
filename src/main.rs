//! `claimlens`: the native command line over the analysis core, for batch work.
//!
//! ```text
//! claimlens scan [--format json|text] FILE|-
//! ```
//! Exit codes: 0 success, 1 usage error, 2 unreadable input (missing file, invalid UTF-8).

// The CLI reads files and writes to a terminal: it exists natively only. Under wasm32
// (`cargo build --tests` for the browser tests builds every target) it is an empty program.
#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
