//! The options of `highlight()`, checked: a misspelt name or a bad value is an error that
//! names it, and nothing is half-applied.

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsError, JsValue};

use claimlens::present::Category;

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Raw {
    categories: Option<Vec<String>>,
    mode: Option<String>,
    skip_chrome: Option<bool>,
    tooltips: Option<bool>,
    keyboard: Option<bool>,
    color_scheme: Option<String>,
    selection_only: Option<bool>,
}

/// The option names, so that a misspelt one is an error rather than silently ignored.
const OPTION_NAMES: [&str; 7] = [
    "categories",
    "mode",
    "skipChrome",
    "tooltips",
    "keyboard",
    "colorScheme",
    "selectionOnly",
];

/// How highlights are painted.
#[derive(Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The CSS Custom Highlight API: no change to the page's DOM.
    Highlight,
    /// `<mark>` elements, taken out again by `clear()`.
    Mark,
}

/// The options with their defaults applied.
pub struct Options {
    pub visible: [bool; 3],
    pub mode: Mode,
    pub skip_chrome: bool,
    pub tooltips: bool,
    pub keyboard: bool,
    pub color_scheme: String,
    pub selection_only: bool,
}

/// Reads and checks `options` (undefined or null: every default).
pub fn parse(options: JsValue, highlight_api: bool) -> Result<Options, JsError> {
    let raw: Raw = if options.is_undefined() || options.is_null() {
        Raw::default()
    } else {
        if !options.is_object() {
            return Err(JsError::new("highlight options must be an object"));
        }
        let object: &js_sys::Object = options.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "unknown highlight option '{key}' (known: {})",
                    OPTION_NAMES.join(", ")
                )));
            }
        }
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad highlight options: {e}")))?
    };
    let mut visible = [true; 3];
    if let Some(cats) = &raw.categories {
        visible = [false; 3];
        for c in cats {
            let cat = Category::parse(c)
                .ok_or_else(|| JsError::new(&format!("unknown category '{c}'")))?;
            visible[cat.index()] = true;
        }
    }
    let mode = match raw.mode.as_deref().unwrap_or("auto") {
        "highlight" if highlight_api => Mode::Highlight,
        "highlight" => {
            return Err(JsError::new(
                "this browser has no CSS Custom Highlight API; use mode: \"mark\"",
            ))
        }
        "mark" => Mode::Mark,
        "auto" if highlight_api => Mode::Highlight,
        "auto" => Mode::Mark,
        other => {
            return Err(JsError::new(&format!(
                "unknown mode '{other}' (auto, highlight or mark)"
            )))
        }
    };
    Ok(Options {
        visible,
        mode,
        skip_chrome: raw.skip_chrome.unwrap_or(true),
        tooltips: raw.tooltips.unwrap_or(true),
        keyboard: raw.keyboard.unwrap_or(false),
        color_scheme: raw.color_scheme.unwrap_or_else(|| "auto".into()),
        selection_only: raw.selection_only.unwrap_or(false),
    })
}

/// `None`, "" or "all" for every category, else the named one.
pub fn optional_category(category: Option<String>) -> Result<Option<Category>, JsError> {
    match category.as_deref() {
        None | Some("") | Some("all") => Ok(None),
        Some(c) => Category::parse(c)
            .map(Some)
            .ok_or_else(|| JsError::new(&format!("unknown category '{c}'"))),
    }
}
