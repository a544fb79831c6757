//! `claimlens stats`: the corpus view. Who is quoted, how much and in how many articles;
//! how much anonymous and weasel sourcing and hedging there is per article.

use std::collections::HashMap;
use std::io::{self, Write};

use claimlens::{HedgeKind, QuoteKind, Report, Summary};
use serde::Serialize;

use crate::inputs::{Input, Label};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// One row a speaker: quotes, quoted words, articles (most quoted first)
    Speakers,
    /// One row an article: its sourcing figures, in input order
    Articles,
    /// The corpus figures: each total and its mean per article
    Corpus,
}

/// One article's figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    pub words: usize,
    pub sentences: usize,
    pub quotes: usize,
    /// Speech quotes with no speaker.
    pub unattributed_quotes: usize,
    pub attributions: usize,
    /// Attributions to an unnamed source ("a senior official said").
    pub anonymous: usize,
    pub hedges: usize,
    /// Weasel sources ("critics say", "people familiar with the talks").
    pub weasels: usize,
    #[serde(skip)]
    pub speakers: Vec<Quoted>,
}

/// What one speaker has in one article.
#[derive(Debug, Clone)]
pub struct Quoted {
    pub speaker: String,
    pub kind: &'static str,
    pub quotes: usize,
    pub words: usize,
}

/// The figures of one scanned text. Every quote with a speaker counts for it, whatever the
/// speaker's confidence; words are each quote's own (nested quotes counted once), as in
/// the summary.
pub fn article(report: &Report, summary: &Summary) -> Article {
    let words = claimlens::quote_words(report);
    let mut speakers: Vec<Quoted> = Vec::new();
    for (q, w) in report.quotes.iter().zip(words) {
        let Some(name) = &q.speaker else { continue };
        let kind = q.speaker_kind.map_or("", |k| k.as_str());
        match speakers
            .iter_mut()
            .find(|s| &s.speaker == name && s.kind == kind)
        {
            Some(s) => {
                s.quotes += 1;
                s.words += w;
            }
            None => speakers.push(Quoted {
                speaker: name.clone(),
                kind,
                quotes: 1,
                words: w,
            }),
        }
    }
    Article {
        words: summary.words,
        sentences: summary.sentences,
        quotes: report.quotes.len(),
        unattributed_quotes: report
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Speech && q.speaker.is_none())
            .count(),
        attributions: report.attributions.len(),
        anonymous: report
            .attributions
            .iter()
            .filter(|a| a.speaker_kind == Some(claimlens::SpeakerKind::Anonymous))
            .count(),
        hedges: report.hedges.len(),
        weasels: report
            .hedges
            .iter()
            .filter(|h| h.kind == HedgeKind::Weasel)
            .count(),
        speakers,
    }
}

pub struct Outcome {
    pub label: Label,
    pub result: Result<Article, String>,
}

pub fn work(input: Input, language: Option<claimlens::Language>) -> Outcome {
    let (label, doc) = input.load();
    let result = doc.and_then(|doc| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let options = claimlens::Options {
                language: language.or(doc.language),
            };
            let (report, summary) = claimlens::analyze_with(&doc.text, options);
            article(&report, &summary)
        }))
        .map_err(|_| "internal error while scanning (please report it)".to_string())
    });
    Outcome { label, result }
}

/// A row of `--table articles` in JSON.
#[derive(Serialize)]
struct ArticleRow<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    figures: Option<&'a Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedges_per_100_sentences: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a String>,
}

/// The JSON document of `stats`.
#[derive(Serialize)]
struct StatsDoc<'a> {
    articles: usize,
    failed: usize,
    totals: Figures,
    per_article: Figures,
    speakers: Vec<&'a SpeakerRow>,
}

/// Named figures, in the order given (an object in JSON).
struct Figures(Vec<(&'static str, f64)>);

impl FromIterator<(&'static str, f64)> for Figures {
    fn from_iter<I: IntoIterator<Item = (&'static str, f64)>>(iter: I) -> Self {
        Figures(iter.into_iter().collect())
    }
}

impl Serialize for Figures {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            // Totals are counts: whole numbers print without a fraction.
            if v.fract() == 0.0 && v.abs() < 1e15 {
                map.serialize_entry(k, &(*v as i64))?;
            } else {
                map.serialize_entry(k, v)?;
            }
        }
        map.end()
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SpeakerRow {
    pub speaker: String,
    pub speaker_kind: String,
    pub quotes: usize,
    pub quoted_words: usize,
    pub articles: usize,
}

/// The corpus so far: totals, the speakers, and (for `--table articles`) the rows written.
pub struct Corpus<W: Write> {
    out: W,
    format: Format,
    table: Table,
    articles: usize,
    pub failed: usize,
    totals: Article,
    speakers: HashMap<(String, &'static str), SpeakerRow>,
    rows_written: usize,
}

const ARTICLE_COLUMNS: &str = "id,words,sentences,quotes,unattributed_quotes,attributions,anonymous,hedges,weasels,hedges_per_100_sentences,error";

impl<W: Write> Corpus<W> {
    pub fn new(out: W, format: Format, table: Table) -> Corpus<W> {
        Corpus {
            out,
            format,
            table,
            articles: 0,
            failed: 0,
            totals: Article::default(),
            speakers: HashMap::new(),
            rows_written: 0,
        }
    }

    /// Adds one outcome (a per-article row is written at once); returns the failure
    /// message to show, if any.
    pub fn add(&mut self, o: Outcome) -> io::Result<Option<String>> {
        let mut message = None;
        match &o.result {
            Ok(a) => {
                self.articles += 1;
                let t = &mut self.totals;
                t.words += a.words;
                t.sentences += a.sentences;
                t.quotes += a.quotes;
                t.unattributed_quotes += a.unattributed_quotes;
                t.attributions += a.attributions;
                t.anonymous += a.anonymous;
                t.hedges += a.hedges;
                t.weasels += a.weasels;
                for s in &a.speakers {
                    let row = self
                        .speakers
                        .entry((s.speaker.clone(), s.kind))
                        .or_insert_with(|| SpeakerRow {
                            speaker: s.speaker.clone(),
                            speaker_kind: s.kind.to_string(),
                            ..SpeakerRow::default()
                        });
                    row.quotes += s.quotes;
                    row.quoted_words += s.words;
                    row.articles += 1;
                }
            }
            Err(e) => {
                self.failed += 1;
                message = Some(format!("claimlens: {}: {e}", o.label.place()));
            }
        }
        if self.table == Table::Articles {
            self.write_article_row(&o)?;
        }
        Ok(message)
    }

    fn write_article_row(&mut self, o: &Outcome) -> io::Result<()> {
        match self.format {
            Format::Csv => {
                if self.rows_written == 0 {
                    writeln!(self.out, "{ARTICLE_COLUMNS}")?;
                }
                let id = csv_cell(&o.label.cell());
                match &o.result {
                    Ok(a) => writeln!(
                        self.out,
                        "{id},{},{},{},{},{},{},{},{},{:.2},",
                        a.words,
                        a.sentences,
                        a.quotes,
                        a.unattributed_quotes,
                        a.attributions,
                        a.anonymous,
                        a.hedges,
                        a.weasels,
                        per_100(a.hedges, a.sentences)
                    )?,
                    Err(e) => writeln!(self.out, "{id},,,,,,,,,,{}", csv_cell(e))?,
                }
            }
            Format::Json => {
                self.out.write_all(if self.rows_written == 0 {
                    b"{\"articles_table\":[\n"
                } else {
                    b",\n"
                })?;
                let (path, id) = match &o.label {
                    Label::Path(p) => (Some(p.as_str()), None),
                    Label::Line { id, .. } => (None, Some(id)),
                };
                let row = ArticleRow {
                    path,
                    id,
                    figures: o.result.as_ref().ok(),
                    hedges_per_100_sentences: o
                        .result
                        .as_ref()
                        .ok()
                        .map(|a| round2(per_100(a.hedges, a.sentences))),
                    error: o.result.as_ref().err(),
                };
                serde_json::to_writer(&mut self.out, &row)?;
            }
        }
        self.rows_written += 1;
        Ok(())
    }

    /// The speakers, most quoted first (then most words, then by name).
    fn speaker_rows(&self) -> Vec<&SpeakerRow> {
        let mut rows: Vec<&SpeakerRow> = self.speakers.values().collect();
        rows.sort_by(|a, b| {
            b.quotes
                .cmp(&a.quotes)
                .then(b.quoted_words.cmp(&a.quoted_words))
                .then(a.speaker.cmp(&b.speaker))
                .then(a.speaker_kind.cmp(&b.speaker_kind))
        });
        rows
    }

    /// (name, total) of the corpus figures.
    fn figures(&self) -> Vec<(&'static str, usize)> {
        let t = &self.totals;
        vec![
            ("words", t.words),
            ("sentences", t.sentences),
            ("quotes", t.quotes),
            ("unattributed_quotes", t.unattributed_quotes),
            ("attributions", t.attributions),
            ("anonymous", t.anonymous),
            ("hedges", t.hedges),
            ("weasels", t.weasels),
            ("speakers", self.speakers.len()),
        ]
    }

    /// Writes what is left to write: the table (or the whole JSON document).
    pub fn finish(mut self) -> io::Result<usize> {
        let per_article = |n: usize| {
            if self.articles == 0 {
                0.0
            } else {
                n as f64 / self.articles as f64
            }
        };
        match (self.format, self.table) {
            (Format::Csv, Table::Speakers) => {
                let mut s = String::from("speaker,speaker_kind,quotes,quoted_words,articles\n");
                for r in self.speaker_rows() {
                    s += &format!(
                        "{},{},{},{},{}\n",
                        csv_cell(&r.speaker),
                        r.speaker_kind,
                        r.quotes,
                        r.quoted_words,
                        r.articles
                    );
                }
                self.out.write_all(s.as_bytes())?;
            }
            (Format::Csv, Table::Corpus) => {
                let mut s = format!(
                    "figure,total,per_article\narticles,{},\nfailed,{},\n",
                    self.articles, self.failed
                );
                for (name, n) in self.figures() {
                    if name == "speakers" {
                        s += &format!("{name},{n},\n");
                    } else {
                        s += &format!("{name},{n},{:.4}\n", per_article(n));
                    }
                }
                self.out.write_all(s.as_bytes())?;
            }
            (Format::Csv, Table::Articles) => {
                if self.rows_written == 0 {
                    writeln!(self.out, "{ARTICLE_COLUMNS}")?;
                }
            }
            (Format::Json, table) => {
                let figures = self.figures();
                let doc = StatsDoc {
                    articles: self.articles,
                    failed: self.failed,
                    totals: figures.iter().map(|&(k, n)| (k, n as f64)).collect(),
                    per_article: figures
                        .iter()
                        .filter(|&&(k, _)| k != "speakers")
                        .map(|&(k, n)| (k, round4(per_article(n))))
                        .collect(),
                    speakers: self.speaker_rows(),
                };
                let doc = serde_json::to_string_pretty(&doc).expect("figures serialise");
                if table == Table::Articles {
                    // The rows went out first, as they came; the rest closes the object.
                    if self.rows_written == 0 {
                        self.out.write_all(b"{\"articles_table\":[\n")?;
                    }
                    self.out.write_all(b"\n],\n")?;
                    self.out.write_all(doc.trim_start_matches('{').as_bytes())?;
                } else {
                    self.out.write_all(doc.as_bytes())?;
                }
                self.out.write_all(b"\n")?;
            }
        }
        self.out.flush()?;
        Ok(self.failed)
    }
}

fn per_100(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// A CSV cell (RFC 4180): quoted when it holds a comma, a quote mark or a line break.
fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
