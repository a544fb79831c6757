//! `claimlens`: the native command line over the analysis core, for batch work.
//!
//! ```text
//! claimlens scan [--format json|text] FILE|-
//! ```
//! Exit codes: 0 success, 1 usage error, 2 unreadable input (missing file, invalid UTF-8),
//! 3 output not written (a full disk; a reader that stops reading, `| head`, is no error).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
