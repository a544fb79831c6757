//! The browser layer: a thin wasm-bindgen/web-sys facade over the core.
//!
//! It never decides what is a quote: it collects a page's text ([`textmap`]), calls
//! [`crate::scan`] once, turns the report's UTF-16 spans back into DOM ranges and hands
//! them to the CSS Custom Highlight API, which paints them without touching the page's DOM.

mod textmap;

use wasm_bindgen::prelude::*;
use web_sys::css::JsNamespaceCss;
use web_sys::{AbstractRange, Element, Highlight};

use textmap::TextMap;

/// The CSS highlights claimlens registers, one per layer: style them with
/// `::highlight(claimlens-quote)` and so on.
const LAYERS: [&str; 4] = [
    "claimlens-quote",
    "claimlens-attribution",
    "claimlens-hedge",
    "claimlens-claim",
];

#[wasm_bindgen(start)]
fn start() {
    // A panic becomes a readable console error instead of "unreachable executed".
    console_error_panic_hook::set_once();
}

/// Scans `text` and returns the report as a plain object: `{quotes, attributions, hedges,
/// summary}`, offsets in UTF-16 code units as JS strings count.
#[wasm_bindgen]
pub fn scan(text: &str) -> Result<JsValue, JsError> {
    let report = crate::scan(text);
    to_js(&WithSummary {
        summary: crate::summarize(text, &report),
        report: &report,
    })
}

/// The report with its summary, as the JS API hands it out.
#[derive(serde::Serialize)]
struct WithSummary<'r> {
    #[serde(flatten)]
    report: &'r crate::Report,
    summary: crate::Summary,
}

/// Highlights the quotes, attributions, hedge cues and hedged claims under `root`
/// (default: `document.body`) with the CSS Custom Highlight API, one highlight per layer
/// (see [`LAYERS`]), and returns the report of the text it read. Calling it again
/// replaces the previous highlights; the page's DOM is never modified.
#[wasm_bindgen]
pub fn highlight(root: Option<Element>) -> Result<JsValue, JsError> {
    let root = match root {
        Some(r) => r,
        None => document()?
            .body()
            .ok_or_else(|| JsError::new("the document has no body"))?
            .into(),
    };
    let map = TextMap::collect(&root);
    let report = crate::scan(map.text());
    if !highlight_api_available() {
        return Err(JsError::new(
            "this browser has no CSS Custom Highlight API (CSS.highlights)",
        ));
    }
    let spans: [Vec<(usize, usize)>; 4] = [
        report.quotes.iter().map(|q| (q.start, q.end)).collect(),
        report
            .attributions
            .iter()
            .map(|a| (a.start, a.end))
            .collect(),
        report.hedges.iter().map(|h| (h.start, h.end)).collect(),
        report
            .hedges
            .iter()
            .map(|h| (h.claim_start, h.claim_end))
            .collect(),
    ];
    let registry = JsNamespaceCss::highlights();
    for (name, spans) in LAYERS.iter().zip(spans) {
        let ranges: Vec<AbstractRange> = spans
            .into_iter()
            .filter_map(|(s, e)| map.range(s, e))
            .map(Into::into)
            .collect();
        let hl =
            Highlight::new(&ranges).map_err(|_| JsError::new("could not create a Highlight"))?;
        registry.set(name, &hl);
    }
    to_js(&WithSummary {
        summary: crate::summarize(map.text(), &report),
        report: &report,
    })
}

/// Removes every claimlens highlight from the page.
#[wasm_bindgen]
pub fn clear() -> Result<(), JsError> {
    if highlight_api_available() {
        let registry = JsNamespaceCss::highlights();
        for name in LAYERS {
            registry.delete(name);
        }
    }
    Ok(())
}

fn document() -> Result<web_sys::Document, JsError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsError::new("no document: highlight() needs a browser page"))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the report: {e}")))
}

/// `CSS.highlights` exists (Chromium 105+, Safari 17.2+, Firefox 140+).
fn highlight_api_available() -> bool {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).unwrap_or(JsValue::UNDEFINED);
    css.is_object() && js_sys::Reflect::has(&css, &"highlights".into()).unwrap_or(false)
}
