//! `highlight()` in stages, so that a page never waits on one long task: the shim's
//! `highlightAsync()` reads the text on the page's thread in slices (`beginHighlight`,
//! `readSome`), scans it in a
//! Web Worker running this same module (`scanForPage`: the report crosses as bytes,
//! `claimlens::wire`), then
//! puts the report in place (`finishHighlight`), paints it in slices of a frame's budget,
//! the part in view first (`paintSome`), and returns what `highlight()` returns
//! (`highlightResult`). Without a worker, `finishHighlight` scans on the page's thread,
//! within the `scanBudgetMs` budget as `highlight()` does (the worker has none).
//!
//! Each staged highlight has a token: a later `highlight()`, `highlightAsync()` or
//! `clear()` drops the staged one, and its next stage fails with a clear error.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;

use claimlens::present::SpeakerColor;
use claimlens::Summary;

use crate::{guard, now, session, Begun, Collected, Timings};

enum Stage {
    /// Reading the page's text.
    Reading(Begun),
    /// Read, waiting for its scan.
    Read(Collected),
    /// In the session, painting: what the result needs besides the session's report.
    Painting {
        summary: Summary,
        colors: Vec<SpeakerColor>,
        timings: Timings,
        /// Whether the paint queue is ready (the first `paintSome` readies it).
        queued: bool,
    },
}

thread_local! {
    static STAGE: RefCell<Option<(u32, Stage)>> = const { RefCell::new(None) };
    static LAST_TOKEN: Cell<u32> = const { Cell::new(0) };
}

/// Drops any staged highlight (a new one starts, or the page is cleared).
pub(crate) fn cancel() {
    STAGE.with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            *s = None;
        }
    });
}

fn take(token: u32) -> Result<Stage, JsError> {
    STAGE
        .with(|s| {
            let mut s = s.try_borrow_mut().ok()?;
            // Not ours (a newer one, or none): leave it in place.
            if s.as_ref().is_some_and(|(t, _)| *t == token) {
                s.take().map(|(_, stage)| stage)
            } else {
                None
            }
        })
        .ok_or_else(|| JsError::new("this highlight was replaced by a newer one or cleared"))
}

fn put(token: u32, stage: Stage) {
    STAGE.with(|s| *s.borrow_mut() = Some((token, stage)));
}

/// Stage 1, on the page: clears the previous highlights, checks the options (as
/// `highlight()` does) and finds the root. Returns the highlight's token.
#[wasm_bindgen(js_name = beginHighlight, skip_typescript)]
pub fn begin_highlight(
    root: Option<web_sys::Element>,
    options: Option<js_sys::Object>,
) -> Result<u32, JsValue> {
    guard::run_with(|| {
        let opts = crate::options::parse(
            options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED),
            session::highlight_api_available(),
        )?;
        let begun = Begun::new(root, opts)?;
        let token = LAST_TOKEN.with(|t| {
            t.set(t.get().wrapping_add(1));
            t.get()
        });
        put(token, Stage::Reading(begun));
        Ok(token)
    })
}

/// Stage 1 goes on, on the page: reads the text under the root for about `budget_ms`.
/// Returns the whole text once it is read, else `undefined` (call again).
#[wasm_bindgen(js_name = readSome, skip_typescript)]
pub fn read_some(token: u32, budget_ms: f64) -> Result<Option<String>, JsError> {
    guard::run(|| {
        let Stage::Reading(mut begun) = take(token)? else {
            return Err(JsError::new(
                "readSome: this highlight's text is read already",
            ));
        };
        if !begun.read_some(budget_ms) {
            put(token, Stage::Reading(begun));
            return Ok(None);
        }
        let read = begun.into_collected();
        let text = read.map.text().to_string();
        put(token, Stage::Read(read));
        Ok(Some(text))
    })
}

/// Stage 1 done, on the page: the language the worker is to read the text in (the
/// `language` option, else the page's `lang`), as a code, or `undefined` (detect it).
#[wasm_bindgen(js_name = pageLanguage, skip_typescript)]
pub fn page_language(token: u32) -> Result<Option<String>, JsError> {
    guard::run(|| {
        let stage = take(token)?;
        let code = match &stage {
            Stage::Read(read) => read.scan_options().language.map(|l| l.code().to_string()),
            _ => None,
        };
        put(token, stage);
        Ok(code)
    })
}

/// Stage 2, in the worker: the report and summary of `text` as bytes
/// (`claimlens::wire`), for `finishHighlight`.
#[wasm_bindgen(js_name = scanForPage, skip_typescript)]
pub fn scan_for_page(text: &str, language: Option<String>) -> Result<Vec<u8>, JsError> {
    guard::run(|| {
        let language = language.as_deref().and_then(claimlens::Language::from_tag);
        let (report, summary) = claimlens::analyze_with(text, claimlens::Options { language });
        Ok(claimlens::wire::encode(&report, &summary))
    })
}

/// Stage 3, on the page: puts the worker's report (`scanned`, from `scanForPage`; `None`:
/// scan here) in a new session, with nothing painted yet. `scan_ms` is the time the worker
/// took, as the page saw it. Returns how many items there are to paint.
#[wasm_bindgen(js_name = finishHighlight, skip_typescript)]
pub fn finish_highlight(
    token: u32,
    scanned: Option<Vec<u8>>,
    scan_ms: f64,
) -> Result<usize, JsError> {
    guard::run(|| {
        let Stage::Read(read) = take(token)? else {
            return Err(JsError::new(
                "finishHighlight: this highlight is already finished",
            ));
        };
        let t1 = now();
        let (report, summary, partial, scan_ms) = match scanned {
            Some(bytes) => {
                let (mut r, s) = claimlens::wire::decode(&bytes)
                    .ok_or_else(|| JsError::new("bad report from the worker"))?;
                // The watch list is matched here, on the page (the worker scans without it).
                r.watch = read.opts.watch.find(read.map.text());
                (r, s, None, scan_ms)
            }
            None => {
                let (r, s, partial) = read.scan_here();
                (r, s, partial, now() - t1)
            }
        };
        let t2 = now();
        let collect_ms = read.collect_ms;
        let (mut session, colors) = read.into_session(&report, &summary, partial);
        session.report = report;
        let items = session.items.len();
        session::install(session);
        let timings = Timings {
            collect_ms,
            scan_ms,
            render_ms: now() - t2,
        };
        put(
            token,
            Stage::Painting {
                summary,
                colors,
                timings,
                queued: false,
            },
        );
        Ok(items)
    })
}

/// Stage 4, on the page: paints for about `budget_ms`. Returns how many items are left
/// (0: all painted). The first call readies the queue (which reads where the window is)
/// and, unless its budget is unlimited, paints nothing yet: a task of its own.
#[wasm_bindgen(js_name = paintSome, skip_typescript)]
pub fn paint_some(token: u32, budget_ms: f64) -> Result<usize, JsError> {
    guard::run(|| {
        let t0 = now();
        let Stage::Painting {
            summary,
            colors,
            mut timings,
            queued,
        } = take(token)?
        else {
            return Err(JsError::new("paintSome: this highlight is not scanned yet"));
        };
        let left = |s: &session::Session| s.queue.as_ref().map_or(0, session::PaintQueue::left);
        let n = session::with(|s| {
            if !queued {
                s.queue_paint();
            }
            if queued || !budget_ms.is_finite() || left(s) == 0 {
                s.render_some(budget_ms);
            }
            left(s)
        })
        .unwrap_or(0);
        timings.render_ms += now() - t0;
        put(
            token,
            Stage::Painting {
                summary,
                colors,
                timings,
                queued: true,
            },
        );
        Ok(n)
    })
}

/// Stage 5, on the page: what `highlight()` returns, once everything is painted.
#[wasm_bindgen(js_name = highlightResult, skip_typescript)]
pub fn highlight_result(token: u32) -> Result<JsValue, JsError> {
    guard::run(|| {
        let Stage::Painting {
            summary,
            colors,
            timings,
            ..
        } = take(token)?
        else {
            return Err(JsError::new(
                "highlightResult: this highlight is not scanned yet",
            ));
        };
        let session = session::take().ok_or_else(|| JsError::new("nothing is highlighted"))?;
        let mut session = session;
        let report = std::mem::take(&mut session.report);
        crate::install_with_result(session, report, summary, colors, timings)
    })
}
