//! What to read: the PATH arguments expanded (directories walked, in name order), each file
//! or JSONL line an [`Input`] with its label, and loading an input into the text to scan.
//! Reading and decoding failures are values ([`Loaded`]'s `Err`), never a stop.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// How to read inputs (`--input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputKind {
    /// By extension: .html/.htm/.xhtml are pages, .txt text, anything else (and standard
    /// input) a page if it starts like one (<!doctype html>, <html>)
    Auto,
    /// Plain UTF-8 text
    Text,
    /// A saved web page: its article is found and read, as in the browser
    Html,
    /// One JSON object a line: {"id": …, "text": …} or {"id": …, "html": …}
    Jsonl,
}

/// What an output record is called: a file's path, or a JSONL line's id.
#[derive(Debug, Clone)]
pub enum Label {
    Path(String),
    /// A JSONL line: its `id` (null when it has none or cannot be read), where it is.
    Line {
        id: Value,
        file: String,
        line: usize,
    },
}

impl Label {
    /// The id or path as a table cell.
    pub fn cell(&self) -> String {
        match self {
            Label::Path(p) => p.clone(),
            Label::Line {
                id: Value::String(s),
                ..
            } => s.clone(),
            Label::Line { id, .. } => id.to_string(),
        }
    }

    /// Where the input is, for messages: the path, or file:line.
    pub fn place(&self) -> String {
        match self {
            Label::Path(p) => p.clone(),
            Label::Line { file, line, .. } => format!("{file}:{line}"),
        }
    }
}

/// One input: a file, standard input, or a JSONL line.
pub struct Input {
    pub label: Label,
    pub body: Body,
    /// What this input counts for in the progress bar (1 a file, its bytes for a line).
    pub weight: u64,
}

pub enum Body {
    File(PathBuf, InputKind),
    Bytes(Vec<u8>, InputKind),
    Line(Vec<u8>),
    /// Known to fail before reading (a missing path, an unreadable directory).
    Failed(String),
}

/// A loaded input: the text to scan, and whether it came from a page (then the text is
/// the article's, and output records carry it).
pub struct Doc {
    pub text: String,
    pub html: bool,
    /// The language the input declares: a page's `<html lang>`, a JSONL line's
    /// "language".
    pub language: Option<claimlens::Language>,
}

impl Input {
    /// Reads and decodes the input into the text to scan, or says why it cannot be; with
    /// the label completed (a JSONL line's id is known once the line is parsed).
    pub fn load(self) -> (Label, Result<Doc, String>) {
        let mut label = self.label;
        let doc = match self.body {
            Body::Failed(msg) => Err(msg),
            Body::File(path, kind) => match std::fs::read(&path) {
                Ok(bytes) => decode(&bytes, resolve(kind, Some(&path), &bytes)),
                Err(e) => Err(format!("cannot read: {e}")),
            },
            Body::Bytes(bytes, kind) => decode(&bytes, resolve(kind, None, &bytes)),
            Body::Line(bytes) => {
                let (id, doc) = load_line(&bytes);
                if let Label::Line { id: slot, .. } = &mut label {
                    *slot = id;
                }
                doc
            }
        };
        (label, doc)
    }
}

/// The kind of one input under `--input auto`.
fn resolve(kind: InputKind, path: Option<&Path>, bytes: &[u8]) -> InputKind {
    if kind != InputKind::Auto {
        return kind;
    }
    let ext = path
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => InputKind::Html,
        Some("txt") => InputKind::Text,
        _ if claimlens_html::looks_like_html(bytes) => InputKind::Html,
        _ => InputKind::Text,
    }
}

fn decode(bytes: &[u8], kind: InputKind) -> Result<Doc, String> {
    if kind == InputKind::Html {
        let html = claimlens_html::decode(bytes)?;
        let article = claimlens_html::article(&html);
        return Ok(Doc {
            text: article.text,
            html: true,
            language: article.language,
        });
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Doc {
            text: s.to_string(),
            html: false,
            language: None,
        }),
        Err(e) => Err(format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        )),
    }
}

/// A JSONL line: its `id` (null if it has none or is no JSON object) and its text.
fn load_line(bytes: &[u8]) -> (Value, Result<Doc, String>) {
    if let Err(e) = std::str::from_utf8(bytes) {
        let msg = format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        );
        return (Value::Null, Err(msg));
    }
    let v: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return (Value::Null, Err(format!("not a JSON line: {e}"))),
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let field = |name: &str| match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(format!("\"{name}\" is not a string")),
    };
    let doc = (|| match (field("text")?, field("html")?) {
        (Some(text), _) => Ok(Doc {
            text: text.to_string(),
            html: false,
            language: language(field("language")?)?,
        }),
        (None, Some(html)) => {
            let article = claimlens_html::article(html);
            Ok(Doc {
                text: article.text,
                html: true,
                language: language(field("language")?)?.or(article.language),
            })
        }
        (None, None) => Err("the line has neither \"text\" nor \"html\"".to_string()),
    })();
    (id, doc)
}

/// A JSONL line's "language": a tag claimlens reads ("fr", "de-CH"), or an error.
fn language(tag: Option<&str>) -> Result<Option<claimlens::Language>, String> {
    tag.map(|t| claimlens::Language::parse(t).map_err(|e| format!("\"language\": {e}")))
        .transpose()
}

/// The files that the PATH arguments name, in order: a directory gives its files with the
/// extensions of `kind` (walked recursively, in name order, symlinked directories not
/// followed), `-` gives standard input. A path that cannot be read still gives an entry,
/// so that it is reported in its place.
pub fn expand(paths: &[String], kind: InputKind) -> Vec<Entry> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Entry::Stdin);
            continue;
        }
        let path = PathBuf::from(p);
        if path.is_dir() {
            walk(&path, kind, &mut out);
        } else {
            out.push(Entry::File(path));
        }
    }
    out
}

pub enum Entry {
    Stdin,
    File(PathBuf),
    Unreadable(PathBuf, String),
}

fn walk(dir: &Path, kind: InputKind, out: &mut Vec<Entry>) {
    let exts: &[&str] = match kind {
        InputKind::Jsonl => &["jsonl", "ndjson"],
        InputKind::Html => &["html", "htm", "xhtml"],
        InputKind::Text => &["txt"],
        InputKind::Auto => &["txt", "html", "htm", "xhtml"],
    };
    let mut entries: Vec<(PathBuf, bool)> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir())))
            .collect(),
        Err(e) => {
            out.push(Entry::Unreadable(
                dir.to_path_buf(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    entries.sort();
    for (path, is_dir) in entries {
        if is_dir {
            walk(&path, kind, out);
        } else if path
            .extension()
            .is_some_and(|e| exts.contains(&e.to_string_lossy().to_ascii_lowercase().as_str()))
        {
            out.push(Entry::File(path));
        }
    }
}

/// What the progress bar counts for these entries: files, or bytes of JSONL.
pub fn total_weight(entries: &[Entry], kind: InputKind) -> Option<u64> {
    if kind != InputKind::Jsonl {
        return Some(entries.len() as u64);
    }
    let mut total = 0;
    for e in entries {
        match e {
            Entry::Stdin => return None,
            Entry::File(p) => total += std::fs::metadata(p).map_or(0, |m| m.len()),
            Entry::Unreadable(..) => {}
        }
    }
    Some(total)
}

/// Every input of the entries, in order, as an iterator that reads JSONL files line by
/// line (so a file of any size streams). Blank lines are no inputs and are skipped.
pub fn inputs(entries: Vec<Entry>, kind: InputKind) -> impl Iterator<Item = Input> + Send {
    entries
        .into_iter()
        .flat_map(move |entry| -> Box<dyn Iterator<Item = Input> + Send> {
            let (name, path) = match &entry {
                Entry::Stdin => ("-".to_string(), None),
                Entry::File(p) | Entry::Unreadable(p, _) => {
                    (p.display().to_string(), Some(p.clone()))
                }
            };
            if let Entry::Unreadable(_, msg) = entry {
                return Box::new(std::iter::once(failed(name, msg)));
            }
            if kind == InputKind::Jsonl {
                let reader: Box<dyn BufRead + Send> = match &path {
                    None => Box::new(std::io::BufReader::new(std::io::stdin())),
                    Some(p) => match std::fs::File::open(p) {
                        Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
                        Err(e) => {
                            return Box::new(std::iter::once(failed(
                                name,
                                format!("cannot read: {e}"),
                            )))
                        }
                    },
                };
                let file = if path.is_none() {
                    "standard input".to_string()
                } else {
                    name
                };
                return Box::new(Lines {
                    reader,
                    file,
                    line: 0,
                    done: false,
                });
            }
            match path {
                Some(p) if !p.exists() => {
                    Box::new(std::iter::once(failed(name, "no such file".into())))
                }
                Some(p) => Box::new(std::iter::once(Input {
                    label: Label::Path(name),
                    body: Body::File(p, kind),
                    weight: 1,
                })),
                None => {
                    let mut bytes = Vec::new();
                    let body = match std::io::stdin().read_to_end(&mut bytes) {
                        Ok(_) => Body::Bytes(bytes, kind),
                        Err(e) => Body::Failed(format!("cannot read: {e}")),
                    };
                    Box::new(std::iter::once(Input {
                        label: Label::Path("-".into()),
                        body,
                        weight: 1,
                    }))
                }
            }
        })
}

fn failed(name: String, msg: String) -> Input {
    Input {
        label: Label::Path(name),
        body: Body::Failed(msg),
        weight: 1,
    }
}

/// The lines of a JSONL stream as inputs; a read error ends the stream with a failed input.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    file: String,
    line: usize,
    done: bool,
}

impl Iterator for Lines {
    type Item = Input;
    fn next(&mut self) -> Option<Input> {
        while !self.done {
            let mut buf = Vec::new();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(n) => {
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Input {
                        label: Label::Line {
                            id: Value::Null,
                            file: self.file.clone(),
                            line: self.line,
                        },
                        body: Body::Line(buf),
                        weight: n as u64,
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Input {
                        label: Label::Line {
                            id: Value::Null,
                            file: self.file.clone(),
                            line: self.line,
                        },
                        body: Body::Failed(format!("cannot read: {e}")),
                        weight: 0,
                    });
                }
            }
        }
        None
    }
}
