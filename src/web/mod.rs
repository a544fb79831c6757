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

/// Name of the CSS highlight that paints quotes: style it with `::highlight(claimlens-quote)`.
const QUOTE_HIGHLIGHT: &str = "claimlens-quote";

#[wasm_bindgen(start)]
fn start() {
    // A panic becomes a readable console error instead of "unreachable executed".
    console_error_panic_hook::set_once();
}

/// Scans `text` and returns the report as a plain object
/// (`{quotes, attributions, hedges}`, offsets in UTF-16 code units as JS strings count).
#[wasm_bindgen]
pub fn scan(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::scan(text))
}

/// Highlights the quotes under `root` (default: `document.body`) with the CSS Custom
/// Highlight API and returns the report of the text it read. Calling it again replaces
/// the previous highlights.
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
    let ranges: Vec<AbstractRange> = report
        .quotes
        .iter()
        .filter_map(|q| map.range(q.start, q.end))
        .map(Into::into)
        .collect();
    let hl = Highlight::new(&ranges).map_err(|_| JsError::new("could not create a Highlight"))?;
    JsNamespaceCss::highlights().set(QUOTE_HIGHLIGHT, &hl);
    to_js(&report)
}

/// Removes every claimlens highlight from the page.
#[wasm_bindgen]
pub fn clear() -> Result<(), JsError> {
    if highlight_api_available() {
        JsNamespaceCss::highlights().delete(QUOTE_HIGHLIGHT);
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
