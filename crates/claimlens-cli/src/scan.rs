//! `claimlens scan`: a report per input, as one JSON document, JSON lines or text.

use std::io::{self, Write};

use claimlens::offsets::{Unit, Utf16Map};
use claimlens::{Decision, Report};
use serde::Serialize;
use serde_json::Value;

use crate::inputs::{Doc, Input, Label};
use crate::render::{render_decisions, render_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON document: the report of a single input, else an array of records
    Json,
    /// One JSON record a line, in input order, each with its path or id
    Jsonl,
    /// The text with quotes, cues and hedges marked, then the lists and a summary
    Text,
}

pub struct Options {
    pub format: Format,
    pub offsets: Unit,
    pub explain: bool,
    pub with_text: bool,
    pub color: bool,
    /// One input given as a file or `-`: JSON is its bare report, text has no header.
    pub single: bool,
    /// The reader's watch list (`--watch`, `--watch-file`); empty, the output is as without.
    pub watch: claimlens::WatchList,
    /// `--language`; `None`: the input's own, else detected.
    pub language: Option<claimlens::Language>,
}

/// A record of the JSON formats. Members in this order; the report's own in its order.
#[derive(Serialize)]
struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    report: Option<&'a Report>,
    /// The scanned text (a page's article text, which offsets point into).
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decisions: Option<&'a [Decision]>,
}

impl<'a> Record<'a> {
    fn new(label: &'a Label) -> Record<'a> {
        let (path, id) = match label {
            Label::Path(p) => (Some(p.as_str()), None),
            Label::Line { id, .. } => (None, Some(id)),
        };
        Record {
            path,
            id,
            line: None,
            error: None,
            report: None,
            text: None,
            decisions: None,
        }
    }
}

/// What one input gives: its output, or the reason it failed (output included, so that
/// no record is lost).
pub struct Outcome {
    pub label: Label,
    pub out: String,
    pub error: Option<String>,
}

/// Scans one input into its output in `opts.format`. Never panics through: a panic in the
/// core becomes this input's error.
pub fn work(input: Input, opts: &Options) -> Outcome {
    let (label, doc) = input.load();
    let result = doc.and_then(|doc| {
        std::panic::catch_unwind(|| render(&label, &doc, opts))
            .map_err(|_| "internal error while scanning (please report it)".to_string())
    });
    match result {
        Ok(out) => Outcome {
            label,
            out,
            error: None,
        },
        Err(error) => Outcome {
            out: render_error(&label, &error, opts),
            label,
            error: Some(error),
        },
    }
}

fn render(label: &Label, doc: &Doc, opts: &Options) -> String {
    let options = claimlens::Options {
        language: opts.language.or(doc.language),
    };
    let (mut report, decisions) = if opts.explain {
        claimlens::explain_with(&doc.text, options)
    } else {
        (claimlens::scan_with(&doc.text, options), Vec::new())
    };
    report.watch = opts.watch.find(&doc.text);
    if opts.format == Format::Text {
        let head = header(label, opts);
        let unit16 = render_text(&doc.text, &report, opts.color);
        return head + &unit16 + &render_decisions(&doc.text, &decisions) + tail(opts);
    }
    let report = report.with_offsets(&doc.text, opts.offsets);
    let decisions = convert_decisions(decisions, &doc.text, opts.offsets);
    let mut record = Record::new(label);
    record.report = Some(&report);
    record.text = (doc.html || opts.with_text).then_some(doc.text.as_str());
    record.decisions = opts.explain.then_some(decisions.as_slice());
    if opts.single && opts.format == Format::Json {
        record.path = None;
        record.id = None;
        serde_json::to_string_pretty(&record).expect("a report always serialises") + "\n"
    } else {
        serde_json::to_string(&record).expect("a report always serialises")
    }
}

fn render_error(label: &Label, error: &str, opts: &Options) -> String {
    match opts.format {
        Format::Text if opts.single => String::new(),
        Format::Text => format!("{}error: {error}\n{}", header(label, opts), tail(opts)),
        Format::Json if opts.single => String::new(),
        _ => {
            let mut record = Record::new(label);
            if let Label::Line { line, .. } = label {
                record.line = Some(*line);
            }
            record.error = Some(error);
            serde_json::to_string(&record).expect("an error record serialises")
        }
    }
}

fn header(label: &Label, opts: &Options) -> String {
    if opts.single {
        String::new()
    } else {
        format!("==> {} <==\n", label.place())
    }
}

fn tail(opts: &Options) -> &'static str {
    if opts.single {
        ""
    } else {
        "\n"
    }
}

fn convert_decisions(mut decisions: Vec<Decision>, text: &str, unit: Unit) -> Vec<Decision> {
    if unit == Unit::Utf16 || decisions.is_empty() {
        return decisions;
    }
    let map = Utf16Map::new(text);
    for d in &mut decisions {
        d.start = map.from_utf16(d.start, unit);
        d.end = map.from_utf16(d.end, unit);
        for c in &mut d.candidates {
            c.speaker_start = map.from_utf16(c.speaker_start, unit);
            c.speaker_end = map.from_utf16(c.speaker_end, unit);
        }
    }
    decisions
}

/// Writes the outcomes in order in the chosen format, with the failures also on standard
/// error. Counts the failures.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    single: bool,
    written: usize,
    pub failed: usize,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, opts: &Options) -> Writer<W> {
        Writer {
            out,
            format: opts.format,
            single: opts.single,
            written: 0,
            failed: 0,
        }
    }

    /// Writes one outcome; returns the failure message to show, if any.
    pub fn write(&mut self, o: &Outcome) -> io::Result<Option<String>> {
        let array = self.format == Format::Json && !self.single;
        if array {
            self.out
                .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        self.out.write_all(o.out.as_bytes())?;
        if self.format == Format::Jsonl {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(o.error.as_ref().map(|e| {
            self.failed += 1;
            format!("claimlens: {}: {e}", o.label.place())
        }))
    }

    pub fn finish(mut self) -> io::Result<usize> {
        if self.format == Format::Json && !self.single {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.failed)
    }
}
