//! The options of `highlight()`, checked: a misspelt name or a bad value is an error that
//! names it, and nothing is half-applied.

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsError, JsValue};

use claimlens::present::{Category, CATEGORIES};
use claimlens::{Language, PatternError, WatchList};

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
    watch: Option<Vec<String>>,
    language: Option<String>,
    scan_budget_ms: Option<f64>,
}

/// The option names, so that a misspelt one is an error rather than silently ignored.
const OPTION_NAMES: [&str; 10] = [
    "categories",
    "mode",
    "skipChrome",
    "tooltips",
    "keyboard",
    "colorScheme",
    "selectionOnly",
    "watch",
    "language",
    "scanBudgetMs",
];

/// How long a scan on the page's thread may take, in ms, unless the `scanBudgetMs` option
/// says otherwise: a second, a pause a reader notices but does not take for a hung page. A
/// text that would take longer is scanned up to the paragraph where the time runs out, and
/// the result says so (`partial`). About 250,000 words fit on the development machine;
/// `highlightAsync()`'s worker scans without a budget, off the page's thread.
pub const SCAN_BUDGET_MS: f64 = 1000.0;

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
    pub visible: [bool; CATEGORIES],
    pub mode: Mode,
    pub skip_chrome: bool,
    pub tooltips: bool,
    pub keyboard: bool,
    pub color_scheme: String,
    pub selection_only: bool,
    /// The reader's watch list, compiled (empty without the option).
    pub watch: WatchList,
    /// The article's language; `None`: the page's `lang`, else detected.
    pub language: Option<Language>,
    /// The hard budget of a scan on the page's thread, in ms (infinite: none).
    pub scan_budget_ms: f64,
}

/// Checks that `options` is an object with only `known` keys, and reads it (undefined or
/// null: every default).
fn read<T: serde::de::DeserializeOwned + Default>(
    options: JsValue,
    what: &str,
    known: &[&str],
) -> Result<T, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(T::default());
    }
    if !options.is_object() {
        return Err(JsError::new(&format!("{what} options must be an object")));
    }
    let object: &js_sys::Object = options.unchecked_ref();
    // Only the object's own keys are options: a page may have put a property of the same
    // name on Object.prototype (an old polyfill of Firefox's `watch` did), which reading
    // `options.watch` would find. So the own keys go into an object without a prototype.
    let own: js_sys::Object = js_sys::Object::create(JsValue::NULL.unchecked_ref());
    for key in js_sys::Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        if !known.contains(&name.as_str()) {
            return Err(JsError::new(&format!(
                "unknown {what} option '{name}' (known: {})",
                known.join(", ")
            )));
        }
        let value = js_sys::Reflect::get(object, &key)
            .map_err(|_| JsError::new(&format!("{what} option '{name}' cannot be read")))?;
        js_sys::Reflect::set(&own, &key, &value)
            .map_err(|_| JsError::new(&format!("{what} option '{name}' cannot be read")))?;
    }
    // (serde-wasm-bindgen's errors read "Error: invalid type…": the prefix says nothing.)
    serde_wasm_bindgen::from_value(own.into()).map_err(|e| {
        let e = e.to_string();
        JsError::new(&format!(
            "bad {what} options: {}",
            e.strip_prefix("Error: ").unwrap_or(&e)
        ))
    })
}

/// Why options were refused: a plain error, or a watch pattern that does not compile.
pub enum Refused {
    Plain(JsError),
    Pattern(PatternError),
}

impl From<JsError> for Refused {
    fn from(e: JsError) -> Refused {
        Refused::Plain(e)
    }
}

impl From<Refused> for JsValue {
    /// The error thrown to the caller. A bad pattern is an `Error` named
    /// `WatchPatternError` with the fault as fields: `pattern`, `index` (from 0), `column`
    /// (the character of the fault, from 1, or null) and `reason`.
    fn from(r: Refused) -> JsValue {
        match r {
            Refused::Plain(e) => e.into(),
            Refused::Pattern(p) => {
                let err = js_sys::Error::new(&p.to_string());
                err.set_name("WatchPatternError");
                let set = |k: &str, v: JsValue| {
                    let _ = js_sys::Reflect::set(&err, &k.into(), &v);
                };
                set("pattern", p.pattern.as_str().into());
                set("index", (p.index as u32).into());
                set(
                    "column",
                    p.column.map_or(JsValue::NULL, |c| (c as u32).into()),
                );
                set("reason", p.reason.as_str().into());
                err.into()
            }
        }
    }
}

/// The watch list of `patterns` (none: an empty list).
fn watch_list(patterns: Option<Vec<String>>) -> Result<WatchList, Refused> {
    WatchList::new(&patterns.unwrap_or_default()).map_err(Refused::Pattern)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawScan {
    watch: Option<Vec<String>>,
    language: Option<String>,
}

/// The `language` option: a tag claimlens reads ("fr", "de-CH"), else an error naming it.
fn language(tag: Option<String>) -> Result<Option<Language>, JsError> {
    tag.map(|t| Language::parse(&t).map_err(|e| JsError::new(&e.to_string())))
        .transpose()
}

/// The options of `scan()`: `{watch: [pattern, …], language}`; the compiled watch list and
/// the language.
pub fn parse_scan(options: JsValue) -> Result<(WatchList, Option<Language>), Refused> {
    let raw: RawScan = read(options, "scan", &["watch", "language"])?;
    let lang = language(raw.language)?;
    Ok((watch_list(raw.watch)?, lang))
}

/// Reads and checks `options` (undefined or null: every default).
pub fn parse(options: JsValue, highlight_api: bool) -> Result<Options, Refused> {
    let raw: Raw = read(options, "highlight", &OPTION_NAMES)?;
    let mut visible = [true; CATEGORIES];
    if let Some(cats) = &raw.categories {
        visible = [false; CATEGORIES];
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
            )
            .into())
        }
        "mark" => Mode::Mark,
        "auto" if highlight_api => Mode::Highlight,
        "auto" => Mode::Mark,
        other => {
            return Err(
                JsError::new(&format!("unknown mode '{other}' (auto, highlight or mark)")).into(),
            )
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
        watch: watch_list(raw.watch)?,
        language: language(raw.language)?,
        scan_budget_ms: scan_budget(raw.scan_budget_ms)?,
    })
}

/// The `scanBudgetMs` option: a positive number of milliseconds, or `Infinity` for none.
fn scan_budget(ms: Option<f64>) -> Result<f64, JsError> {
    match ms {
        None => Ok(SCAN_BUDGET_MS),
        Some(ms) if ms > 0.0 => Ok(ms),
        // (Not the value in the message: formatting an f64 costs the wasm some kilobytes.)
        Some(_) => Err(JsError::new(
            "scanBudgetMs must be a positive number of milliseconds (Infinity: no budget)",
        )),
    }
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
