//! The CLI proper (native only; see `main.rs`).

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: claimlens scan [--format json|text] FILE|-

Scans a news text for quotes, attributions and hedged claims.
  --format json   the report as JSON, offsets in UTF-16 code units (default)
  --format text   the text with quotes and attributions marked, for a terminal
  FILE            a UTF-8 text file, or - for standard input";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(msg)) => {
            eprintln!("claimlens: {msg}\n\n{USAGE}");
            ExitCode::from(1)
        }
        Err(CliError::Input(msg)) => {
            eprintln!("claimlens: {msg}");
            ExitCode::from(2)
        }
    }
}

enum CliError {
    Usage(String),
    Input(String),
}

fn run(args: &[String]) -> Result<(), CliError> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("scan") => {}
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return Ok(());
        }
        Some(other) => return Err(CliError::Usage(format!("unknown command '{other}'"))),
        None => return Err(CliError::Usage("missing command".into())),
    }
    let mut format = Format::Json;
    let mut file = None;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => {
                format = match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    other => {
                        return Err(CliError::Usage(format!(
                            "--format takes json or text, not {}",
                            other.unwrap_or("nothing")
                        )))
                    }
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            f if file.is_none() && (f == "-" || !f.starts_with('-')) => file = Some(f.to_string()),
            f => return Err(CliError::Usage(format!("unexpected argument '{f}'"))),
        }
    }
    let file =
        file.ok_or_else(|| CliError::Usage("missing FILE (or - for standard input)".into()))?;
    let text = read_input(&file)?;
    let report = claimlens::scan(&text);
    let out = match format {
        Format::Json => {
            serde_json::to_string_pretty(&report).expect("a report always serialises") + "\n"
        }
        Format::Text => render_text(&text, &report),
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(())
}

fn read_input(file: &str) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    let name = if file == "-" { "standard input" } else { file };
    result.map_err(|e| CliError::Input(format!("cannot read {name}: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        CliError::Input(format!(
            "{name} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// The text with each quote in reverse video and a list of what was found.
fn render_text(text: &str, report: &claimlens::Report) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = String::new();
    let mut at = 0;
    for q in report.quotes.iter().filter(|q| q.depth == 0) {
        out.push_str(&String::from_utf16_lossy(&units[at..q.start]));
        out.push_str("\x1b[7m");
        out.push_str(&String::from_utf16_lossy(&units[q.start..q.end]));
        out.push_str("\x1b[0m");
        at = q.end;
    }
    out.push_str(&String::from_utf16_lossy(&units[at..]));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!("\n{} quotes\n", report.quotes.len()));
    for q in &report.quotes {
        let who = q.speaker.as_deref().unwrap_or("(no speaker)");
        out.push_str(&format!(
            "  {:>6}  {who}: {}\n",
            q.start,
            q.text.replace('\n', " ")
        ));
    }
    out
}
