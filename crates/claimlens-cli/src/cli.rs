//! The command line: arguments (clap), the thread pool, and exit codes.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::inputs::{self, InputKind};
use crate::pipeline::{self, Progress};
use crate::{scan, stats};

/// Exit code: every input was read and scanned.
const OK: u8 = 0;
/// Exit code: some inputs could not be read or decoded (each has its error record).
const SOME_FAILED: u8 = 1;
/// Exit code: a usage error (clap's), or a watch pattern that does not compile.
const USAGE: u8 = 2;
/// Exit code: the output could not be written (closed pipe, full disk).
const WRITE_FAILED: u8 = 3;

#[derive(Parser)]
#[command(
    name = "claimlens",
    version,
    about = "Quotes, who said them, and hedged claims in news text: one article or a corpus.",
    after_help = "Exit codes: 0 all inputs scanned, 1 some inputs failed (each has an error \
                  record and a line on stderr), 2 usage error, 3 the output could not be written."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan texts, saved web pages or JSONL archives for quotes, attributions and hedges
    Scan(ScanArgs),
    /// The corpus view: speakers by quotes, quoted words and articles; sourcing per article
    Stats(StatsArgs),
    /// The page outline of an HTML file as JSON, as the browser reads it (for tests)
    #[command(hide = true)]
    Outline { path: std::path::PathBuf },
}

#[derive(Args)]
struct InputArgs {
    /// Files, directories (walked for .txt, .html and .htm, or .jsonl with --input jsonl),
    /// or - for standard input
    #[arg(required = true, value_name = "PATH|-")]
    paths: Vec<String>,
    /// How to read the inputs
    #[arg(long, value_enum, default_value_t = InputKind::Auto)]
    input: InputKind,
    /// Threads to scan with [default: every core]
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// The language of the inputs: auto takes a page's <html lang>, a JSONL line's
    /// "language", else detects it from the text's function words
    #[arg(long, value_enum, default_value_t = Lang::Auto)]
    language: Lang,
}

/// `--language`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Lang {
    Auto,
    En,
    Fr,
    De,
    Es,
}

impl Lang {
    fn chosen(self) -> Option<claimlens::Language> {
        match self {
            Lang::Auto => None,
            Lang::En => Some(claimlens::Language::En),
            Lang::Fr => Some(claimlens::Language::Fr),
            Lang::De => Some(claimlens::Language::De),
            Lang::Es => Some(claimlens::Language::Es),
        }
    }
}

#[derive(Args)]
struct ScanArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = scan::Format::Json)]
    format: scan::Format,
    /// What offsets count (json and jsonl): UTF-16 code units (JavaScript), code points
    /// (Python) or UTF-8 bytes
    #[arg(long, value_enum, default_value_t = Offsets::Utf16)]
    offsets: Offsets,
    /// Also give each speaker decision: the candidates, their features and scores
    #[arg(long)]
    explain: bool,
    /// Give the scanned text in each record (always given for web pages, whose article
    /// text is what offsets point into)
    #[arg(long)]
    with_text: bool,
    /// Colour the text format
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// A pattern to watch for (a regular expression, case-insensitive unless it starts
    /// with (?-i)); its matches are the report's `watch` list. Repeatable
    #[arg(long, value_name = "PATTERN")]
    watch: Vec<String>,
    /// A file of patterns to watch for, one a line (blank lines and lines starting with #
    /// are ignored, spaces around a pattern are trimmed). Repeatable
    #[arg(long, value_name = "FILE")]
    watch_file: Vec<std::path::PathBuf>,
}

#[derive(Args)]
struct StatsArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = stats::Format::Csv)]
    format: stats::Format,
    /// Which table (JSON always has the corpus figures and the speakers)
    #[arg(long, value_enum, default_value_t = stats::Table::Speakers)]
    table: stats::Table,
}

#[derive(Clone, Copy, ValueEnum)]
enum Offsets {
    Utf16,
    Codepoint,
    Byte,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    /// When standard output is a terminal and NO_COLOR is not set
    Auto,
    Always,
    Never,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Scan(args) => run_scan(args),
        Command::Stats(args) => run_stats(args),
        Command::Outline { path } => outline(&path),
    };
    ExitCode::from(code)
}

fn pool(jobs: Option<u16>) -> rayon::ThreadPool {
    let n = jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("claimlens-{i}"))
        .build()
        .expect("a thread pool can be built")
}

/// The exit code of a run: its failures, or its write error.
fn exit_code(result: io::Result<usize>) -> u8 {
    match result {
        Ok(0) => OK,
        Ok(_) => SOME_FAILED,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => WRITE_FAILED,
        Err(e) => {
            eprintln!("claimlens: cannot write the output: {e}");
            WRITE_FAILED
        }
    }
}

/// The watch list of `--watch` and `--watch-file`, or the message of why it cannot be.
fn watch_list(
    patterns: &[String],
    files: &[std::path::PathBuf],
) -> Result<claimlens::WatchList, String> {
    // Each pattern with where it came from, for the message of a bad one.
    let mut all: Vec<(String, String)> = patterns
        .iter()
        .map(|p| (p.clone(), "--watch".to_string()))
        .collect();
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read the watch file {}: {e}", file.display()))?;
        all.extend(
            watch_file_patterns(&text)
                .into_iter()
                .map(|(line, p)| (p.to_string(), format!("{} line {line}", file.display()))),
        );
    }
    let list: Vec<&str> = all.iter().map(|(p, _)| p.as_str()).collect();
    claimlens::WatchList::new(&list).map_err(|e| {
        let from = all.get(e.index).map_or("", |(_, from)| from.as_str());
        format!("{e} ({from})")
    })
}

/// The patterns of a watch file with their line numbers (from 1): one a line, trimmed;
/// blank lines and `#` comments left out.
fn watch_file_patterns(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn run_scan(args: ScanArgs) -> u8 {
    let watch = match watch_list(&args.watch, &args.watch_file) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("claimlens: {e}");
            return USAGE;
        }
    };
    let InputArgs {
        paths,
        input,
        jobs,
        language,
    } = args.input;
    let entries = inputs::expand(&paths, input);
    let single = input != InputKind::Jsonl
        && entries.len() == 1
        && paths.len() == 1
        && !std::path::Path::new(&paths[0]).is_dir();
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let opts = scan::Options {
        format: args.format,
        offsets: match args.offsets {
            Offsets::Utf16 => claimlens::offsets::Unit::Utf16,
            Offsets::Codepoint => claimlens::offsets::Unit::CodePoint,
            Offsets::Byte => claimlens::offsets::Unit::Byte,
        },
        explain: args.explain,
        with_text: args.with_text,
        color,
        single,
        watch,
        language: language.chosen(),
    };
    let progress = Progress::new(
        inputs::total_weight(&entries, input),
        input == InputKind::Jsonl,
        io::stderr().is_terminal() && !single,
    );
    let mut writer = scan::Writer::new(io::BufWriter::with_capacity(1 << 16, io::stdout()), &opts);
    let result = pipeline::run(
        inputs::inputs(entries, input),
        &pool(jobs),
        &progress,
        |i| scan::work(i, &opts),
        |o| {
            if let Some(msg) = writer.write(&o)? {
                progress.eprintln(&msg);
            }
            Ok(())
        },
    );
    progress.finish();
    exit_code(result.and_then(|()| writer.finish()))
}

fn run_stats(args: StatsArgs) -> u8 {
    let InputArgs {
        paths,
        input,
        jobs,
        language,
    } = args.input;
    let entries = inputs::expand(&paths, input);
    let progress = Progress::new(
        inputs::total_weight(&entries, input),
        input == InputKind::Jsonl,
        io::stderr().is_terminal(),
    );
    let mut corpus = stats::Corpus::new(
        io::BufWriter::with_capacity(1 << 16, io::stdout()),
        args.format,
        args.table,
    );
    let result = pipeline::run(
        inputs::inputs(entries, input),
        &pool(jobs),
        &progress,
        |i| stats::work(i, language.chosen()),
        |o| {
            if let Some(msg) = corpus.add(o)? {
                progress.eprintln(&msg);
            }
            Ok(())
        },
    );
    progress.finish();
    exit_code(result.and_then(|()| corpus.finish()))
}

fn outline(path: &std::path::Path) -> u8 {
    let text = match std::fs::read(path)
        .map_err(|e| format!("cannot read: {e}"))
        .and_then(|b| claimlens_html::decode(&b).map(|t| t.into_owned()))
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("claimlens: {}: {e}", path.display());
            return SOME_FAILED;
        }
    };
    let outline = claimlens_html::outline(&text);
    let out = serde_json::to_string(&outline).expect("an outline serialises") + "\n";
    exit_code(io::stdout().write_all(out.as_bytes()).map(|()| 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watch_file_has_one_pattern_a_line_without_comments_or_blank_lines() {
        let text = "# style guide\nsources close to\r\n\n   \n  slammed  \n#x\n(?-i)Acme";
        assert_eq!(
            watch_file_patterns(text),
            [(2, "sources close to"), (5, "slammed"), (7, "(?-i)Acme")]
        );
    }
}
