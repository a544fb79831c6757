//! The Python package's native module, `claimlens._claimlens` (PyO3, built by maturin).
//!
//! Reports become plain dicts and lists with code-point offsets, so that `text[q["start"]:
//! q["end"]]` is the quote in Python; `scan_many` scans on every core with the GIL released.
//! The HTML route is the CLI's (`claimlens-html`): the same article as in the browser.

use claimlens::offsets::Unit;
use claimlens::{Attribution, Hedge, Language, Quote, Report};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

/// A text to scan: plain, or the article of a page (then the dict also has `text`).
struct Scanned {
    text: String,
    html: bool,
    report: Report,
    words: Vec<usize>,
}

fn scan_one(input: String, html: bool, language: Option<Language>) -> Scanned {
    let (text, declared) = if html {
        let article = claimlens_html::article(&input);
        (article.text, article.language)
    } else {
        (input, None)
    };
    let options = claimlens::Options {
        language: language.or(declared),
    };
    let report = claimlens::scan_with(&text, options);
    let words = claimlens::quote_words(&report);
    let report = report.with_offsets(&text, Unit::CodePoint);
    Scanned {
        text,
        html,
        report,
        words,
    }
}

/// A page given as `str`, or as `bytes` in its declared charset (else UTF-8).
fn html_source(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_str()?.to_owned());
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return claimlens_html::decode(b.as_bytes())
            .map(|t| t.into_owned())
            .map_err(|e| PyValueError::new_err(format!("{what}: {e}")));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be str or bytes, not {}",
        obj.get_type().name()?
    )))
}

/// The `language` argument: a tag claimlens reads ("fr", "de-CH"), else a `ValueError`.
fn language(tag: Option<&str>) -> PyResult<Option<Language>> {
    tag.map(|t| Language::parse(t).map_err(|e| PyValueError::new_err(e.to_string())))
        .transpose()
}

/// Scans `text`: a dict of `quotes`, `attributions`, `hedges` and `language`, offsets in
/// code points. `language` ("fr", "de", "es", "en"): the text's; default: detected.
#[pyfunction]
#[pyo3(signature = (text, language = None))]
fn scan(py: Python<'_>, text: String, language: Option<&str>) -> PyResult<Py<PyDict>> {
    let lang = self::language(language)?;
    let s = py.detach(|| guarded(|| scan_one(text, false, lang)))?;
    to_dict(py, &s)
}

/// Finds the article in a saved web page and scans its text: the dict of [`scan`] plus
/// `text`, the article's text that the offsets point into.
/// `language`: as in [`scan`]; default: the page's `<html lang>`, else detected.
#[pyfunction]
#[pyo3(signature = (html, language = None))]
fn scan_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    language: Option<&str>,
) -> PyResult<Py<PyDict>> {
    let lang = self::language(language)?;
    let source = html_source(html, "html")?;
    let s = py.detach(|| guarded(|| scan_one(source, true, lang)))?;
    to_dict(py, &s)
}

/// The readable text of a page's article, one paragraph a line.
#[pyfunction]
fn article_text(py: Python<'_>, html: &Bound<'_, PyAny>) -> PyResult<String> {
    let source = html_source(html, "html")?;
    py.detach(|| guarded(|| claimlens_html::article(&source).text))
}

/// Scans many texts (or pages, with `html=True`) on `jobs` threads (default: every core),
/// with the GIL released; the dicts come back in the order of the texts.
#[pyfunction]
#[pyo3(signature = (texts, jobs = None, html = false, language = None))]
fn scan_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    html: bool,
    language: Option<&str>,
) -> PyResult<Py<PyList>> {
    let lang = self::language(language)?;
    let mut inputs = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let what = format!("texts[{i}]");
        inputs.push(if html {
            html_source(&item, &what)?
        } else {
            match item.cast::<PyString>() {
                Ok(s) => s.to_str()?.to_owned(),
                Err(_) => {
                    return Err(PyTypeError::new_err(format!(
                        "{what} must be str, not {}",
                        item.get_type().name()?
                    )))
                }
            }
        });
    }
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let pool = match jobs {
        None => None,
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start {n} threads: {e}")))?,
        ),
    };
    // A thread scans the texts chunk by chunk on the pool while this one, holding the GIL,
    // turns the chunks already scanned into dicts: the conversion (a seventh of the work)
    // overlaps the scanning instead of following it.
    let list = PyList::empty(py);
    let (tx, mut rx) = std::sync::mpsc::sync_channel::<Vec<PyResult<Scanned>>>(2);
    std::thread::scope(|s| {
        s.spawn(move || match &pool {
            Some(pool) => pool.install(|| produce(inputs, html, lang, &tx)),
            None => produce(inputs, html, lang, &tx),
        });
        let mut result = Ok(());
        loop {
            // Wait without the GIL, so that other Python threads run meanwhile.
            let (back, chunk) = py.detach(move || {
                let chunk = rx.recv();
                (rx, chunk)
            });
            rx = back;
            let Ok(chunk) = chunk else { break };
            if let Err(e) = chunk
                .into_iter()
                .try_for_each(|s| list.append(to_dict(py, &s?)?))
            {
                result = Err(e);
                break;
            }
        }
        drop(rx); // a producer still sending stops: its send fails
        result
    })?;
    Ok(list.unbind())
}

/// Texts scanned at a time: small enough that converting overlaps scanning from the start.
const CHUNK: usize = 64;

/// Scans `inputs` in chunks of [`CHUNK`] on the current rayon pool, sending each chunk's
/// results in order; stops when the receiver has gone.
fn produce(
    inputs: Vec<String>,
    html: bool,
    language: Option<Language>,
    tx: &std::sync::mpsc::SyncSender<Vec<PyResult<Scanned>>>,
) {
    let mut texts = inputs.into_iter();
    let mut base = 0;
    loop {
        let chunk: Vec<String> = texts.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            return;
        }
        let scanned = chunk
            .into_par_iter()
            .enumerate()
            .map(|(i, t)| {
                guarded(|| scan_one(t, html, language))
                    .map_err(|e| PyRuntimeError::new_err(format!("texts[{}]: {e}", base + i)))
            })
            .collect();
        base += CHUNK;
        if tx.send(scanned).is_err() {
            return;
        }
    }
}

/// Runs `f`, turning a panic of the core into an error (a bug to report, not a crash).
fn guarded<T>(f: impl FnOnce() -> T) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        PyRuntimeError::new_err(format!(
            "internal error in claimlens (please report it): {msg}"
        ))
    })
}

fn to_dict(py: Python<'_>, s: &Scanned) -> PyResult<Py<PyDict>> {
    let d = PyDict::new(py);
    let quotes = PyList::empty(py);
    for (q, w) in s.report.quotes.iter().zip(&s.words) {
        quotes.append(quote(py, q, *w)?)?;
    }
    d.set_item(intern!(py, "quotes"), quotes)?;
    let attributions = PyList::empty(py);
    for a in &s.report.attributions {
        attributions.append(attribution(py, a)?)?;
    }
    d.set_item(intern!(py, "attributions"), attributions)?;
    let hedges = PyList::empty(py);
    for h in &s.report.hedges {
        hedges.append(hedge(py, h)?)?;
    }
    d.set_item(intern!(py, "hedges"), hedges)?;
    d.set_item(intern!(py, "language"), s.report.language.code())?;
    if s.html {
        d.set_item(intern!(py, "text"), &s.text)?;
    }
    Ok(d.unbind())
}

fn quote<'py>(py: Python<'py>, q: &Quote, words: usize) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), q.start)?;
    d.set_item(intern!(py, "end"), q.end)?;
    d.set_item(intern!(py, "text"), &q.text)?;
    d.set_item(intern!(py, "speaker"), &q.speaker)?;
    d.set_item(intern!(py, "speaker_start"), q.speaker_start)?;
    d.set_item(intern!(py, "speaker_end"), q.speaker_end)?;
    d.set_item(
        intern!(py, "speaker_kind"),
        q.speaker_kind.map(|k| k.as_str()),
    )?;
    d.set_item(intern!(py, "speaker_confidence"), q.speaker_confidence)?;
    d.set_item(intern!(py, "cue"), &q.cue)?;
    d.set_item(intern!(py, "cue_start"), q.cue_start)?;
    d.set_item(intern!(py, "cue_end"), q.cue_end)?;
    d.set_item(intern!(py, "kind"), q.kind.as_str())?;
    d.set_item(intern!(py, "depth"), q.depth)?;
    d.set_item(intern!(py, "words"), words)?;
    Ok(d)
}

fn attribution<'py>(py: Python<'py>, a: &Attribution) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), a.start)?;
    d.set_item(intern!(py, "end"), a.end)?;
    d.set_item(intern!(py, "speaker"), &a.speaker)?;
    d.set_item(
        intern!(py, "speaker_kind"),
        a.speaker_kind.map(|k| k.as_str()),
    )?;
    d.set_item(intern!(py, "speaker_confidence"), a.speaker_confidence)?;
    d.set_item(intern!(py, "cue"), &a.cue)?;
    d.set_item(intern!(py, "cue_start"), a.cue_start)?;
    d.set_item(intern!(py, "cue_end"), a.cue_end)?;
    d.set_item(intern!(py, "kind"), a.kind.as_str())?;
    Ok(d)
}

fn hedge<'py>(py: Python<'py>, h: &Hedge) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), h.start)?;
    d.set_item(intern!(py, "end"), h.end)?;
    d.set_item(intern!(py, "text"), &h.text)?;
    d.set_item(intern!(py, "kind"), h.kind.as_str())?;
    d.set_item(intern!(py, "claim_start"), h.claim_start)?;
    d.set_item(intern!(py, "claim_end"), h.claim_end)?;
    Ok(d)
}

#[pymodule]
fn _claimlens(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(scan, m)?)?;
    m.add_function(wrap_pyfunction!(scan_html, m)?)?;
    m.add_function(wrap_pyfunction!(scan_many, m)?)?;
    m.add_function(wrap_pyfunction!(article_text, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
