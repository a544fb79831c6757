//! The browser facade of claimlens: a thin wasm-bindgen/web-sys layer over the core.
//!
//! It never decides what is a quote. `highlight()` reads a page's text ([`textmap`]),
//! calls the core once, takes the painted items from `claimlens::present`, and renders
//! them with the CSS Custom Highlight API (no change to the page's DOM at all) or, where
//! that API is missing or on request, as `<mark>` elements ([`marks`]) that `clear()`
//! takes out again without a trace. Hover and keyboard navigation explain each highlight
//! in a [`tooltip`]; the snippet's floating [`panel`] sits on top.

mod corrections;
mod dom;
mod guard;
mod marks;
mod options;
pub use corrections::{quote_at, reassign_speaker, speaker_choices_at};
mod panel;
mod session;
mod staged;
pub use staged::{
    begin_highlight, finish_highlight, highlight_result, paint_some, read_some, scan_for_page,
};
mod textmap;
mod tooltip;
mod warmup;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Range};

use claimlens::offsets::Utf16Map;
use claimlens::present::{nav, plan as present_plan, SpeakerColor};
use options::{optional_category, Mode};
use session::Session;
use textmap::TextMap;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Options of `highlight()`; every field is optional. */
export interface HighlightOptions {
  /** Categories shown at first (default: all). */
  categories?: ("quotes" | "attributions" | "hedges" | "watch")[];
  /** "auto" (default): the CSS Custom Highlight API where the browser has it, else marks. */
  mode?: "auto" | "highlight" | "mark";
  /** Leave out nav, aside, header, footer and figure captions (default true). */
  skipChrome?: boolean;
  /** Explain a highlight on hover (default true). */
  tooltips?: boolean;
  /** Keys j/k: next/previous highlight; q, a, h: next quote, attribution, hedge
   *  (with Shift: previous); Escape hides the tooltip. Default false. */
  keyboard?: boolean;
  /** "auto" (default, follows prefers-color-scheme), "light" or "dark". */
  colorScheme?: "auto" | "light" | "dark";
  /** Paint only what overlaps the user's current selection (the root defaults to the
   *  selection's container). */
  selectionOnly?: boolean;
  /** The reader's watch list: regular expressions (the Rust regex crate's syntax), matched
   *  case-insensitively (`(?-i)` turns that off), painted as `claimlens-watch` with the
   *  tooltip "watch: <pattern>". A bad pattern throws a `WatchPatternError`. */
  watch?: string[];
  /** The article's language: "en", "fr", "de" or "es" (a region is allowed: "fr-CA").
   *  Default: the `lang` of the root or its nearest ancestor, else the one the text's
   *  function words show. Another language throws. */
  language?: string;
  /** The hard time budget of a scan on the page's thread, in ms (default 1000; `Infinity`:
   *  none). A text that would take longer is scanned up to the paragraph where the time
   *  runs out, and the result's `partial` says how far. `highlightAsync()` scans large texts
   *  in a Web Worker, without a budget; only where no worker can run does it apply. */
  scanBudgetMs?: number;
}
/** Options of `scan()`. */
export interface ScanOptions {
  /** As in `HighlightOptions`: the matches are the report's `watch`. */
  watch?: string[];
  /** As in `HighlightOptions`. */
  language?: string;
}
/** What `scan()`/`highlight()` throw for a watch pattern that does not compile: `message`
 *  reads "bad watch pattern 2 \"(abc\" at character 1: unclosed group". */
export interface WatchPatternError extends Error { name: "WatchPatternError"; pattern: string;
  /** The pattern's index in the list, from 0. */
  index: number;
  /** The character of the fault in the pattern, from 1 (null for a pattern too big). */
  column: number | null; reason: string; }
/** A match of a watch pattern. */
export interface WatchMatch { start: number; end: number; text: string;
  /** The pattern's index in the watch list, from 0. */
  pattern_index: number; pattern: string; }
/** What a speaker is. */
export type SpeakerKind = "person" | "organisation" | "group" | "document" | "anonymous";
export interface Quote { start: number; end: number; text: string; speaker: string | null;
  speaker_start: number | null; speaker_end: number | null;
  speaker_kind: SpeakerKind | null;
  /** How sure the speaker is, 0–1 (calibrated on PolNeAR dev; see the README). */
  speaker_confidence: number | null;
  cue: string | null;
  /** Where the quote's cue is (the attribution with the same `cue_start` is its). */
  cue_start: number | null; cue_end: number | null;
  kind: "speech" | "scare"; depth: number;
  /** Present (true) once the reader set the speaker with `reassignSpeaker()`. */
  corrected?: boolean; }
export interface Attribution { start: number; end: number; speaker: string | null;
  speaker_kind: SpeakerKind | null; speaker_confidence: number | null; cue: string;
  cue_start: number; cue_end: number; kind: "direct" | "indirect" | "according_to" | "other";
  /** Present (true) once the reader set the speaker of its quotes. */
  corrected?: boolean; }
export interface Hedge { start: number; end: number; text: string;
  kind: "modal" | "adverb" | "adjective" | "verb" | "noun" | "distancing" | "weasel" | "other";
  claim_start: number; claim_end: number; }
/** The sourcing at a glance. A speaker's `quotes` are those claimlens is sure of; the
 *  `uncertain_` ones (speaker confidence under 0.85) are kept apart. */
export interface Summary { speakers: { name: string; quotes: number; quoted_words: number;
    uncertain_quotes: number; uncertain_words: number }[];
  words: number; sentences: number; quotes: number; quoted_words: number;
  unattributed_quotes: number; uncertain_quotes: number; scare_quotes: number;
  attributions: number; hedges: number; weasels: number; hedge_density: number; }
/** What `scan()` returns: UTF-16 offsets, as JavaScript strings count. */
export interface Report { quotes: Quote[]; attributions: Attribution[]; hedges: Hedge[];
  /** The language the text was read in: the `language` option, else the page's `lang`, else
   * the one its function words show. */
  language: "en" | "fr" | "de" | "es";
  /** Matches of the watch list, first 10,000 (left out when there are none). */
  watch?: WatchMatch[];
  summary: Summary; }
/** What `highlight()` returns. */
export interface HighlightResult { mode: "highlight" | "mark"; report: Report; summary: Summary;
  speakers: { name: string; color: string }[];
  /** Milliseconds spent reading the page's text, scanning it, and painting. */
  timings: { collect_ms: number; scan_ms: number; render_ms: number };
  /** Set when the scan on the page's thread ran out of its budget (`scanBudgetMs`) and read
   *  only the opening paragraphs: the first `scanned_chars` of `total_chars` (UTF-16 units).
   *  Null when the whole text was scanned. */
  partial: { scanned_chars: number; total_chars: number; budget_ms: number;
    /** What to tell the reader: "Long text: only its first 19% was scanned, …". */
    message: string } | null; }
/** Highlights quotes, attributions and hedges under `root` (default: document.body). */
export function highlight(root?: Element | null, options?: HighlightOptions): HighlightResult;
/** Scans `text`: `{quotes, attributions, hedges, summary}` (and `watch` with that option),
 *  UTF-16 offsets. */
export function scan(text: string, options?: ScanOptions): Report;
/** The highlight that `next()`/`previous()` moved to. */
export interface Focused { category: "quotes" | "attributions" | "hedges" | "watch"; label: string;
  start: number; end: number; text: string; }
"#;

#[wasm_bindgen(start)]
fn start() {
    // A panic becomes a readable console error instead of "unreachable executed".
    console_error_panic_hook::set_once();
}

/// Scans `text` and returns the report as a plain object: `{quotes, attributions, hedges,
/// summary}` (and `watch` with the `watch` option), offsets in UTF-16 code units as JS
/// strings count.
#[wasm_bindgen(skip_typescript)] // typed in TS_TYPES: the options are optional
pub fn scan(text: &str, options: Option<js_sys::Object>) -> Result<JsValue, JsValue> {
    guard::run_with(|| {
        let (watch, language) =
            options::parse_scan(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
        let (mut report, summary) = claimlens::analyze_with(text, claimlens::Options { language });
        report.watch = watch.find(text);
        Ok(to_js(&WithSummary {
            summary,
            report: &report,
        })?)
    })
}

/// False once a call into this instance has failed midway (a WebAssembly trap): every
/// later call then fails, and the caller should load a fresh instance (the shim
/// `claimlens.js`, the snippet and the extension do so by themselves).
#[wasm_bindgen]
pub fn healthy() -> bool {
    guard::healthy()
}

/// Makes the next call trap midway, as a bug would: for the tests of trap recovery only
/// (built with the `test-trap` feature, never in the shipped package).
#[cfg(feature = "test-trap")]
#[wasm_bindgen(js_name = testTrap)]
pub fn test_trap() {
    guard::arm_trap();
}

/// The report with its summary, as the JS API hands it out.
#[derive(serde::Serialize)]
pub(crate) struct WithSummary<'r> {
    #[serde(flatten)]
    pub report: &'r claimlens::Report,
    pub summary: claimlens::Summary,
}

#[derive(serde::Serialize)]
pub(crate) struct HighlightResult<'r> {
    pub mode: Mode,
    pub report: WithSummary<'r>,
    pub summary: claimlens::Summary,
    pub speakers: Vec<SpeakerColor>,
    pub timings: Timings,
    /// Set when the scan ran out of its budget (`scanBudgetMs`) and read only the text's
    /// opening paragraphs; `null` when it read the whole text.
    pub partial: Option<claimlens::budget::Partial>,
}

impl<'r> HighlightResult<'r> {
    /// What `highlight()` (and `reassignSpeaker()`) return for `report`: the report with its
    /// summary, the summary again at the top, and the rest as given.
    pub(crate) fn new(
        mode: Mode,
        report: &'r claimlens::Report,
        summary: claimlens::Summary,
        speakers: Vec<SpeakerColor>,
        timings: Timings,
        partial: Option<claimlens::budget::Partial>,
    ) -> Self {
        HighlightResult {
            mode,
            report: WithSummary {
                report,
                summary: summary.clone(),
            },
            summary,
            speakers,
            timings,
            partial,
        }
    }
}

/// Where the time of one `highlight()` went, in milliseconds.
#[derive(serde::Serialize, Default)]
pub(crate) struct Timings {
    pub collect_ms: f64,
    pub scan_ms: f64,
    pub render_ms: f64,
}

pub(crate) fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Highlights the quotes (coloured by speaker), attributions, hedge cues and hedged claims
/// under `root` (default: `document.body`) and returns what it found. Calling it again
/// first clears the previous highlights, so twice is the same as once.
#[wasm_bindgen(skip_typescript)] // typed in TS_TYPES: both arguments are optional
pub fn highlight(
    root: Option<Element>,
    options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    guard::run_with(|| {
        let opts = options::parse(
            options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED),
            session::highlight_api_available(),
        )?;
        Ok(highlight_under(root, opts)?)
    })
}

fn highlight_under(root: Option<Element>, opts: options::Options) -> Result<JsValue, JsError> {
    let read = Collected::read(root, opts)?;
    let t1 = now();
    let (report, summary, partial) = read.scan_here();
    let t2 = now();
    let collect_ms = read.collect_ms;
    let (mut session, colors) = read.into_session(&report, &summary, partial);
    session.render();
    let timings = Timings {
        collect_ms,
        scan_ms: t2 - t1,
        render_ms: now() - t2,
    };
    install_with_result(session, report, summary, colors, timings)
}

/// What `highlight()` reads before it scans: the checked options, the root, the user's
/// selection (with `selectionOnly`) and the root's text.
pub(crate) struct Collected {
    opts: options::Options,
    doc: Document,
    root: Element,
    selection: Option<Range>,
    pub(crate) map: TextMap,
    pub(crate) collect_ms: f64,
}

/// The language a page declares for the element `root`: the `lang` of it or its nearest
/// ancestor (`<html lang>` included); English for a language claimlens does not read. Read through
/// `closest` and `getAttribute`, which a page's form controls cannot shadow.
fn page_language(root: &Element) -> Option<claimlens::Language> {
    let holder = root.closest("[lang]").ok().flatten()?;
    let tag = holder.get_attribute("lang")?;
    claimlens::Language::declared(&tag)
}

/// A highlight whose options are checked and whose text is being read (in slices, for
/// `highlightAsync()`).
pub(crate) struct Begun {
    opts: options::Options,
    doc: Document,
    root: Element,
    selection: Option<Range>,
    reading: textmap::Reading,
    collect_ms: f64,
}

impl Begun {
    /// Clears the previous highlights and finds the root (the options are checked).
    pub(crate) fn new(root: Option<Element>, opts: options::Options) -> Result<Begun, JsError> {
        clear_session();
        let doc = document()?;
        // With selectionOnly, only what the user selected is painted; the text around it is
        // still read (a quote's speaker may be outside the selection).
        let selection = if opts.selection_only {
            Some(
                selected_range(&doc)
                    .ok_or_else(|| JsError::new("selectionOnly: nothing is selected"))?,
            )
        } else {
            None
        };
        let root = match (root, &selection) {
            (Some(r), _) => r,
            (None, Some(sel)) => container_element(
                &sel.common_ancestor_container()
                    .map_err(|_| JsError::new("bad selection"))?,
            )
            .ok_or_else(|| JsError::new("selectionOnly: the selection is not in an element"))?,
            (None, None) => {
                dom::body(&doc).ok_or_else(|| JsError::new("the document has no body"))?
            }
        };
        let reading = textmap::Reading::new(&root);
        Ok(Begun {
            opts,
            doc,
            root,
            selection,
            reading,
            collect_ms: 0.0,
        })
    }

    /// Reads on for about `budget_ms`; true once the whole text is read.
    pub(crate) fn read_some(&mut self, budget_ms: f64) -> bool {
        let t0 = now();
        let done = self.reading.step(budget_ms);
        self.collect_ms += now() - t0;
        done
    }

    /// The read text (call once [`Begun::read_some`] is done).
    pub(crate) fn into_collected(self) -> Collected {
        let t0 = now();
        let map = self.reading.into_text_map(self.opts.skip_chrome);
        Collected {
            opts: self.opts,
            doc: self.doc,
            root: self.root,
            selection: self.selection,
            map,
            collect_ms: self.collect_ms + (now() - t0),
        }
    }
}

impl Collected {
    /// How to scan the text read: in the `language` option's language, else the page's.
    pub(crate) fn scan_options(&self) -> claimlens::Options {
        claimlens::Options {
            language: self.opts.language.or_else(|| page_language(&self.root)),
        }
    }

    /// Scans the text read, here on the page's thread, within the `scanBudgetMs` budget
    /// (`claimlens::budget`), and matches the watch list over what was scanned.
    pub(crate) fn scan_here(
        &self,
    ) -> (
        claimlens::Report,
        claimlens::Summary,
        Option<claimlens::budget::Partial>,
    ) {
        scan_text(self.map.text(), &self.opts, self.scan_options())
    }

    /// Clears the previous highlights and reads the text under `root`.
    pub(crate) fn read(
        root: Option<Element>,
        opts: options::Options,
    ) -> Result<Collected, JsError> {
        let mut begun = Begun::new(root, opts)?;
        begun.read_some(f64::INFINITY);
        Ok(begun.into_collected())
    }

    /// The session for `report` (not painted yet, its report still to be put in), with its
    /// style sheet and event handlers installed, and the colour of each speaker.
    pub(crate) fn into_session(
        self,
        report: &claimlens::Report,
        summary: &claimlens::Summary,
        partial: Option<claimlens::budget::Partial>,
    ) -> (Session, Vec<SpeakerColor>) {
        let Collected {
            opts,
            doc,
            root,
            selection,
            map,
            ..
        } = self;
        let (items, colors) = Session::items_for(&map, selection.as_ref(), report, summary);
        let sheet = session::install_style_sheet(&doc, &opts.color_scheme);
        let mut session = Session {
            doc,
            root,
            offsets: Utf16Map::new(map.text()),
            map,
            report: claimlens::Report::default(),
            selection,
            max_end: nav::max_ends(&items),
            items,
            visible: opts.visible,
            mode: opts.mode,
            marks: None,
            sheet,
            tooltip: None,
            tip_item: None,
            tip_from_pointer: false,
            pointer: None,
            panel: None,
            speakers: colors.clone(),
            quote_counts: summary.speakers.iter().map(|s| s.quotes).collect(),
            counts: [
                report.quotes.len(),
                report.attributions.len(),
                report.hedges.len(),
            ],
            current: None,
            listeners: Vec::new(),
            queue: None,
            partial,
        };
        if opts.tooltips {
            session.listen("mousemove", session::on_mouse_move);
            session.listen("pointerdown", session::on_pointer_down);
        }
        // A shown tooltip goes or follows its highlight when the page (or a box in it) scrolls.
        session.listen("scroll", session::on_scroll);
        if opts.keyboard {
            session.listen("keydown", session::on_key_down);
        }
        (session, colors)
    }
}

/// What `highlight()` does with the text it read, short of the page: scans `text` within
/// the `scanBudgetMs` budget of `opts` (`claimlens::budget`) and matches the watch list over
/// what was scanned. No DOM: the worker's warm-up runs it too (src/warmup.rs).
pub(crate) fn scan_text(
    text: &str,
    opts: &options::Options,
    language: claimlens::Options,
) -> (
    claimlens::Report,
    claimlens::Summary,
    Option<claimlens::budget::Partial>,
) {
    let mut clock = now;
    let out = claimlens::budget::analyze_within(text, language, opts.scan_budget_ms, &mut clock);
    let mut report = out.report;
    report.watch = opts.watch.find(&text[..out.scanned_bytes]);
    (report, out.summary, out.partial)
}

/// Makes `session` (holding `report`) the page's session and returns what `highlight()`
/// returns.
pub(crate) fn install_with_result(
    mut session: Session,
    report: claimlens::Report,
    summary: claimlens::Summary,
    colors: Vec<SpeakerColor>,
    timings: Timings,
) -> Result<JsValue, JsError> {
    let result = HighlightResult::new(
        session.mode,
        &report,
        summary,
        colors,
        timings,
        session.partial,
    );
    let out = to_js(&result);
    drop(result);
    session.report = report;
    session::install(session);
    out
}

/// The element holding the article of `doc` (default: this page): an
/// `[itemprop=articleBody]`, `<article>` or `<main>` that holds the text, else the container
/// that scores best the way Readability.js scores (paragraphs, commas, class and id hints,
/// link density). Read-only: the page is not changed.
#[wasm_bindgen(js_name = findArticle)]
pub fn find_article(doc: Option<Document>) -> Result<Element, JsError> {
    guard::run(|| {
        let doc = match doc {
            Some(d) => d,
            None => document()?,
        };
        let body = dom::body(&doc)
            .or_else(|| dom::document_element(&doc))
            .ok_or_else(|| JsError::new("the document is empty"))?;
        let read = textmap::Dom::read(&body);
        let i = claimlens::page::find_article(&read.outline);
        read.nodes
            .get(i)
            .and_then(|n| n.dyn_into::<Element>().ok())
            .ok_or_else(|| JsError::new("no article element found"))
    })
}

/// The text claimlens reads under `root`, one paragraph a line (chrome left out unless
/// `skip_chrome` is false). Works on detached documents too (`DOMParser`).
#[wasm_bindgen(js_name = textOf)]
pub fn text_of(root: &Element, skip_chrome: Option<bool>) -> Result<String, JsError> {
    guard::run(|| {
        let dom = textmap::Dom::read(root);
        Ok(claimlens::page::collect(&dom.outline, 0, skip_chrome.unwrap_or(true)).0)
    })
}

/// The page outline claimlens reads under `root` (elements and text nodes in document
/// order), as the extension's content script builds it: for tests that prove both readers
/// agree.
#[wasm_bindgen(js_name = outlineOf, skip_typescript)]
pub fn outline_of(root: &Element) -> Result<JsValue, JsError> {
    guard::run(|| to_js(&textmap::Dom::read(root).outline))
}

/// The browser extension's path for every page, including pages whose Content-Security-
/// Policy forbids WebAssembly in content scripts: the content script reads the DOM into an
/// outline (`page::Node`s in document order) and sends it to the extension's service
/// worker, where this runs; the content script then paints what it returns. Returns
/// `{root, paints: [{name, priority, ranges: [[startNode, startOffset, endNode,
/// endOffset], …]}], css, summary, speakers}`, nodes as outline indices.
#[wasm_bindgen(skip_typescript)]
pub fn plan(outline: JsValue) -> Result<JsValue, JsError> {
    guard::run(|| {
        let nodes: Vec<claimlens::page::Node> = serde_wasm_bindgen::from_value(outline)
            .map_err(|e| JsError::new(&format!("bad page outline: {e}")))?;
        let plan = present_plan::plan(&nodes).map_err(|e| JsError::new(&e))?;
        to_js(&plan)
    })
}

/// Runs the whole core once on small built-in articles (one per language), so that V8
/// compiles its functions now: the worker that scans large texts calls it as it starts,
/// off the page's thread, and the page's first scan then finds the code compiled (a
/// module's compiled code is shared by all its instances). Never fails.
#[wasm_bindgen(js_name = warmUp, skip_typescript)]
pub fn warm_up() {
    guard::quietly(warmup::run);
}

/// The single-key shortcuts of `highlight({keyboard: true})`: `[{key, category, forward}]`
/// (category null for all), so that other pages can offer the very same keys.
#[wasm_bindgen(js_name = keyBindings, skip_typescript)]
pub fn key_bindings() -> Result<JsValue, JsError> {
    guard::run(key_list)
}

fn key_list() -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    struct Binding {
        key: &'static str,
        category: Option<&'static str>,
        forward: bool,
    }
    let keys: Vec<Binding> = nav::KEYS
        .iter()
        .map(|b| Binding {
            key: b.key,
            category: b.category.map(|c| c.as_str()),
            forward: b.forward,
        })
        .collect();
    to_js(&keys)
}

/// Shows the floating panel of the snippet (counts, speakers, toggles, previous/next and
/// a close button) for the current highlights. `clear()` removes it.
#[wasm_bindgen(js_name = showPanel)]
pub fn show_panel() -> Result<(), JsError> {
    guard::run(|| {
        session::with(|s| s.show_panel(panel_toggle, panel_step, panel_close)).unwrap_or_else(
            || {
                Err(JsError::new(
                    "nothing is highlighted: call highlight() first",
                ))
            },
        )
    })
}

pub(crate) fn panel_toggle(category: &str, shown: bool) {
    guard::quietly(|| {
        let _ = toggle(category, shown);
    });
}

pub(crate) fn panel_step(forward: bool) {
    guard::quietly(|| {
        let _ = step(None, forward);
    });
}

/// The close button's handler belongs to the panel that `clear()` drops: clear on the
/// next turn of the event loop, not inside the handler.
pub(crate) fn panel_close() {
    let clear_later = Closure::once_into_js(|| guard::quietly(clear_session));
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(clear_later.unchecked_ref());
    }
}

/// Removes every claimlens highlight, mark, tooltip, style and listener from the page.
/// (Nothing at all once the instance is unsound: see `healthy()`.)
#[wasm_bindgen]
pub fn clear() {
    let _ = guard::run(|| {
        clear_session();
        Ok(())
    });
}

fn clear_session() {
    staged::cancel();
    if let Some(session) = session::take() {
        session.teardown();
    }
}

/// Shows or hides one category: "quotes", "attributions" or "hedges".
#[wasm_bindgen(js_name = setVisible)]
pub fn set_visible(category: &str, visible: bool) -> Result<(), JsError> {
    guard::run(|| toggle(category, visible))
}

fn toggle(category: &str, visible: bool) -> Result<(), JsError> {
    let cat = claimlens::present::Category::parse(category).ok_or_else(|| {
        JsError::new(&format!(
            "unknown category '{category}' (quotes, attributions, hedges or watch)"
        ))
    })?;
    session::with(|s| {
        s.visible[cat.index()] = visible;
        s.unpaint();
        s.render();
    });
    Ok(())
}

/// Moves to the next highlight (of one category if given), scrolls it into view and
/// explains it in the tooltip. Returns it, or `null` when there is none.
#[wasm_bindgen(unchecked_return_type = "Focused | null")]
pub fn next(category: Option<String>) -> Result<JsValue, JsError> {
    guard::run(|| step(category, true))
}

/// Like [`next`], backwards.
#[wasm_bindgen(unchecked_return_type = "Focused | null")]
pub fn previous(category: Option<String>) -> Result<JsValue, JsError> {
    guard::run(|| step(category, false))
}

/// Moves to the highlight that starts at UTF-16 offset `start` (of `category` if given),
/// scrolls it into view and explains it, as `next()` does. For summary lists that link to
/// their items. Returns it, or `null` when nothing starts there.
#[wasm_bindgen(js_name = focusItem, unchecked_return_type = "Focused | null")]
pub fn focus_item(start: usize, category: Option<String>) -> Result<JsValue, JsError> {
    guard::run(|| {
        let only = optional_category(category)?;
        let focused =
            session::with(|s| s.item_starting_at(start, only).map(|i| s.focus(i))).flatten();
        match focused {
            Some(f) => to_js(&f),
            None => Ok(JsValue::NULL),
        }
    })
}

/// Hides the tooltip (as Escape does when keyboard shortcuts are on).
#[wasm_bindgen(js_name = hideTooltip)]
pub fn hide_tooltip() {
    guard::quietly(|| {
        session::with(|s| s.hide_tooltip());
    });
}

/// The tooltip's text while it shows, else `null` (what a hovering user reads).
#[wasm_bindgen(js_name = tooltipText)]
pub fn tooltip_text() -> Option<String> {
    guard::run(|| {
        Ok(session::with(|s| s.tooltip.as_ref().and_then(tooltip::Tooltip::text)).flatten())
    })
    .ok()
    .flatten()
}

fn step(category: Option<String>, forward: bool) -> Result<JsValue, JsError> {
    let only = optional_category(category)?;
    match session::with(|s| s.step(only, forward)).flatten() {
        Some(f) => to_js(&f),
        None => Ok(JsValue::NULL),
    }
}

/// The user's selection, if it is not empty.
fn selected_range(doc: &Document) -> Option<Range> {
    let sel = doc.get_selection().ok()??;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return None;
    }
    sel.get_range_at(0).ok()
}

/// The element a node is, or is in.
fn container_element(node: &web_sys::Node) -> Option<Element> {
    match node.dyn_ref::<Element>() {
        Some(e) => Some(e.clone()),
        None => node.parent_element(),
    }
}

/// Whether range `a` overlaps range `b` (touching counts): `a` does not end before `b`
/// starts and does not start after `b` ends.
fn document() -> Result<Document, JsError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsError::new("no document: highlight() needs a browser page"))
}

pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the report: {e}")))
}
