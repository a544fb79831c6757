//! The browser layer: a thin wasm-bindgen/web-sys facade over the core.
//!
//! It never decides what is a quote. `highlight()` collects a page's text ([`textmap`]),
//! calls [`crate::scan`] once, flattens the report into painted [`items`], and renders
//! them either with the CSS Custom Highlight API (no change to the page's DOM at all) or,
//! where that API is missing or on request, as `<mark>` elements ([`marks`]) that
//! `clear()` takes out again without a trace. Hover and keyboard navigation explain each
//! highlight in a [`tooltip`].

mod items;
mod marks;
mod palette;
mod panel;
mod textmap;
mod tooltip;

use std::cell::RefCell;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::css::JsNamespaceCss;
use web_sys::{AbstractRange, Document, DomRect, Element, Highlight, Range};

use items::{Category, Item, SpeakerColor};
use textmap::TextMap;
use tooltip::Tooltip;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Options of `highlight()`; every field is optional. */
export interface HighlightOptions {
  /** Categories shown at first (default: all three). */
  categories?: ("quotes" | "attributions" | "hedges")[];
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
}
export interface Quote { start: number; end: number; text: string; speaker: string | null;
  speaker_start: number | null; speaker_end: number | null; cue: string | null;
  kind: "speech" | "scare"; depth: number; }
export interface Attribution { start: number; end: number; speaker: string | null; cue: string;
  cue_start: number; cue_end: number; kind: "direct" | "indirect" | "according_to" | "other"; }
export interface Hedge { start: number; end: number; text: string;
  kind: "modal" | "adverb" | "adjective" | "verb" | "noun" | "distancing" | "weasel" | "other";
  claim_start: number; claim_end: number; }
export interface Summary { speakers: { name: string; quotes: number; quoted_words: number }[];
  words: number; sentences: number; quotes: number; quoted_words: number;
  unattributed_quotes: number; scare_quotes: number; attributions: number; hedges: number;
  weasels: number; hedge_density: number; }
/** What `scan()` returns: UTF-16 offsets, as JavaScript strings count. */
export interface Report { quotes: Quote[]; attributions: Attribution[]; hedges: Hedge[]; summary: Summary; }
/** What `highlight()` returns. */
export interface HighlightResult { mode: "highlight" | "mark"; report: Report; summary: Summary;
  speakers: { name: string; color: string }[];
  /** Milliseconds spent reading the page's text, scanning it, and painting. */
  timings: { collect_ms: number; scan_ms: number; render_ms: number }; }
/** Highlights quotes, attributions and hedges under `root` (default: document.body). */
export function highlight(root?: Element | null, options?: HighlightOptions): HighlightResult;
/** The highlight that `next()`/`previous()` moved to. */
export interface Focused { category: "quotes" | "attributions" | "hedges"; label: string;
  start: number; end: number; text: string; }
"#;

#[wasm_bindgen(start)]
fn start() {
    // A panic becomes a readable console error instead of "unreachable executed".
    console_error_panic_hook::set_once();
}

/// Scans `text` and returns the report as a plain object: `{quotes, attributions, hedges,
/// summary}`, offsets in UTF-16 code units as JS strings count.
#[wasm_bindgen(unchecked_return_type = "Report")]
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

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Options {
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

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
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
        .map_err(|e| JsError::new(&format!("bad highlight options: {e}")))
}

#[derive(Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
enum Mode {
    Highlight,
    Mark,
}

/// One highlighted page: everything `clear()` must undo and navigation must know.
struct Session {
    doc: Document,
    map: TextMap,
    items: Vec<Item>,
    /// Running maximum of item ends, for finding the items over a position.
    max_end: Vec<usize>,
    visible: [bool; 3],
    mode: Mode,
    marks: Option<marks::Applied>,
    sheet: Option<JsValue>,
    tooltip: Option<Tooltip>,
    /// The item the tooltip explains, to follow it when the page scrolls.
    tip_item: Option<usize>,
    panel: Option<panel::Panel>,
    /// What the panel shows: speakers with colours and quote counts, and the counts.
    speakers: Vec<SpeakerColor>,
    quote_counts: Vec<usize>,
    counts: [usize; 3],
    current: Option<usize>,
    listeners: Vec<(&'static str, Listener)>,
}

/// An event handler installed on the document, kept to be removed by `clear()`.
type Listener = Closure<dyn FnMut(web_sys::Event)>;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

#[derive(serde::Serialize)]
struct HighlightResult<'r> {
    mode: Mode,
    report: WithSummary<'r>,
    summary: crate::Summary,
    speakers: Vec<SpeakerColor>,
    timings: Timings,
}

/// Where the time of one `highlight()` went, in milliseconds.
#[derive(serde::Serialize)]
struct Timings {
    collect_ms: f64,
    scan_ms: f64,
    render_ms: f64,
}

fn now() -> f64 {
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
) -> Result<JsValue, JsError> {
    clear();
    let opts = parse_options(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
    let doc = document()?;
    // With selectionOnly, only what the user selected is painted; the text around it is
    // still read (a quote's speaker may be outside the selection).
    let selection = if opts.selection_only.unwrap_or(false) {
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
        (None, None) => doc
            .body()
            .ok_or_else(|| JsError::new("the document has no body"))?
            .into(),
    };
    let mut visible = [true; 3];
    if let Some(cats) = &opts.categories {
        visible = [false; 3];
        for c in cats {
            let cat = Category::parse(c)
                .ok_or_else(|| JsError::new(&format!("unknown category '{c}'")))?;
            visible[cat.index()] = true;
        }
    }
    let mode = match opts.mode.as_deref().unwrap_or("auto") {
        "highlight" if highlight_api_available() => Mode::Highlight,
        "highlight" => {
            return Err(JsError::new(
                "this browser has no CSS Custom Highlight API; use mode: \"mark\"",
            ))
        }
        "mark" => Mode::Mark,
        "auto" if highlight_api_available() => Mode::Highlight,
        "auto" => Mode::Mark,
        other => {
            return Err(JsError::new(&format!(
                "unknown mode '{other}' (auto, highlight or mark)"
            )))
        }
    };

    let t0 = now();
    let map = TextMap::collect(&root, opts.skip_chrome.unwrap_or(true));
    let t1 = now();
    let report = crate::scan(map.text());
    let t2 = now();
    let summary = crate::summarize(map.text(), &report);
    let speakers: Vec<String> = summary.speakers.iter().map(|s| s.name.clone()).collect();
    let (mut items, colors) = items::items(&report, &speakers);
    if let Some(sel) = &selection {
        items.retain(|it| {
            map.range(it.start, it.end)
                .is_some_and(|r| overlaps(&r, sel))
        });
    }
    let max_end = items
        .iter()
        .scan(0, |m, it| {
            *m = (*m).max(it.end);
            Some(*m)
        })
        .collect();
    let sheet = install_style_sheet(&doc, opts.color_scheme.as_deref().unwrap_or("auto"));
    let mut session = Session {
        doc: doc.clone(),
        map,
        items,
        max_end,
        visible,
        mode,
        marks: None,
        sheet,
        tooltip: None,
        tip_item: None,
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
    };
    session.render();
    let timings = Timings {
        collect_ms: t1 - t0,
        scan_ms: t2 - t1,
        render_ms: now() - t2,
    };
    if opts.tooltips.unwrap_or(true) {
        session.listen("mousemove", on_mouse_move);
    }
    // A shown tooltip follows its highlight when the page (or a box in it) scrolls.
    session.listen("scroll", on_scroll);
    if opts.keyboard.unwrap_or(false) {
        session.listen("keydown", on_key_down);
    }
    let result = HighlightResult {
        mode,
        report: WithSummary {
            report: &report,
            summary: summary.clone(),
        },
        summary,
        speakers: colors,
        timings,
    };
    let out = to_js(&result);
    SESSION.with(|s| *s.borrow_mut() = Some(session));
    out
}

/// The element holding the article of `doc` (default: this page): an
/// `[itemprop=articleBody]`, `<article>` or `<main>` that holds the text, else the container
/// that scores best the way Readability.js scores (paragraphs, commas, class and id hints,
/// link density). Read-only: the page is not changed.
#[wasm_bindgen(js_name = findArticle)]
pub fn find_article(doc: Option<Document>) -> Result<Element, JsError> {
    let doc = match doc {
        Some(d) => d,
        None => document()?,
    };
    let body: Element = match doc.body() {
        Some(b) => b.into(),
        None => doc
            .document_element()
            .ok_or_else(|| JsError::new("the document is empty"))?,
    };
    let dom = textmap::Dom::read(&body);
    let i = crate::page::find_article(&dom.outline);
    dom.nodes[i]
        .clone()
        .dyn_into()
        .map_err(|_| JsError::new("no article element found"))
}

/// The text claimlens reads under `root`, one paragraph a line (chrome left out unless
/// `skip_chrome` is false). Works on detached documents too (`DOMParser`).
#[wasm_bindgen(js_name = textOf)]
pub fn text_of(root: &Element, skip_chrome: Option<bool>) -> String {
    let dom = textmap::Dom::read(root);
    crate::page::collect(&dom.outline, 0, skip_chrome.unwrap_or(true)).0
}

/// The browser extension's path for every page, including pages whose Content-Security-
/// Policy forbids WebAssembly in content scripts: the content script reads the DOM into an
/// outline (`page::Node`s in document order) and sends it to the extension's service
/// worker, where this runs; the content script then paints what it returns. Returns
/// `{root, paints: [{name, priority, ranges: [[startNode, startOffset, endNode,
/// endOffset], …]}], css, summary, speakers}`, nodes as outline indices.
#[wasm_bindgen(skip_typescript)]
pub fn plan(outline: JsValue) -> Result<JsValue, JsError> {
    let nodes: Vec<crate::page::Node> = serde_wasm_bindgen::from_value(outline)
        .map_err(|e| JsError::new(&format!("bad page outline: {e}")))?;
    if nodes
        .iter()
        .enumerate()
        .any(|(i, n)| n.parent.is_some_and(|p| p >= i))
    {
        return Err(JsError::new(
            "bad page outline: a node must come after its parent",
        ));
    }
    if nodes.is_empty() {
        return Err(JsError::new("bad page outline: empty"));
    }
    let root = crate::page::find_article(&nodes);
    let (text, pieces) = crate::page::collect(&nodes, root, true);
    let report = crate::scan(&text);
    let summary = crate::summarize(&text, &report);
    let speakers: Vec<String> = summary.speakers.iter().map(|s| s.name.clone()).collect();
    let (items, colors) = items::items(&report, &speakers);
    let mut paints: Vec<Paint> = Vec::new();
    for it in &items {
        let (Some(a), Some(b)) = (
            crate::page::locate(&pieces, it.start, false),
            crate::page::locate(&pieces, it.end, true),
        ) else {
            continue;
        };
        let range = [a.0, a.1, b.0, b.1];
        match paints.iter_mut().find(|p| p.name == it.name) {
            Some(p) => p.ranges.push(range),
            None => paints.push(Paint {
                name: it.name.clone(),
                priority: it.priority,
                ranges: vec![range],
            }),
        }
    }
    to_js(&Plan {
        root,
        paints,
        css: palette::style_sheet("auto"),
        summary,
        speakers: colors,
    })
}

#[derive(serde::Serialize)]
struct Paint {
    name: String,
    priority: i32,
    ranges: Vec<[usize; 4]>,
}

#[derive(serde::Serialize)]
struct Plan {
    root: usize,
    paints: Vec<Paint>,
    css: String,
    summary: crate::Summary,
    speakers: Vec<SpeakerColor>,
}

/// Shows the floating panel of the snippet (counts, speakers, toggles, previous/next and
/// a close button) for the current highlights. `clear()` removes it.
#[wasm_bindgen(js_name = showPanel)]
pub fn show_panel() -> Result<(), JsError> {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let s = s
            .as_mut()
            .ok_or_else(|| JsError::new("nothing is highlighted: call highlight() first"))?;
        if let Some(old) = s.panel.take() {
            old.remove();
        }
        let contents = panel::Contents {
            quotes: s.counts[0],
            attributions: s.counts[1],
            hedges: s.counts[2],
            speakers: &s.speakers,
            quote_counts: &s.quote_counts,
            visible: s.visible,
        };
        s.panel = panel::Panel::create(&s.doc, &contents, panel_toggle, panel_step, panel_close);
        s.panel
            .as_ref()
            .map(|_| ())
            .ok_or_else(|| JsError::new("could not build the panel"))
    })
}

fn panel_toggle(category: &str, shown: bool) {
    let _ = set_visible(category, shown);
}

fn panel_step(forward: bool) {
    let _ = step(None, forward);
}

/// The close button's handler belongs to the panel that `clear()` drops: clear on the
/// next turn of the event loop, not inside the handler.
fn panel_close() {
    let clear_later = Closure::once_into_js(clear);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(clear_later.unchecked_ref());
    }
}

/// Removes every claimlens highlight, mark, tooltip, style and listener from the page.
#[wasm_bindgen]
pub fn clear() {
    let old = SESSION.with(|s| s.borrow_mut().take());
    if let Some(session) = old {
        session.teardown();
    }
}

/// Shows or hides one category: "quotes", "attributions" or "hedges".
#[wasm_bindgen(js_name = setVisible)]
pub fn set_visible(category: &str, visible: bool) -> Result<(), JsError> {
    let cat = Category::parse(category).ok_or_else(|| {
        JsError::new(&format!(
            "unknown category '{category}' (quotes, attributions or hedges)"
        ))
    })?;
    with_session(|s| {
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
    step(category, true)
}

/// Like [`next`], backwards.
#[wasm_bindgen(unchecked_return_type = "Focused | null")]
pub fn previous(category: Option<String>) -> Result<JsValue, JsError> {
    step(category, false)
}

/// Moves to the highlight that starts at UTF-16 offset `start` (of `category` if given),
/// scrolls it into view and explains it, as `next()` does. For summary lists that link to
/// their items. Returns it, or `null` when nothing starts there.
#[wasm_bindgen(js_name = focusItem, unchecked_return_type = "Focused | null")]
pub fn focus_item(start: usize, category: Option<String>) -> Result<JsValue, JsError> {
    let only = optional_category(category)?;
    let focused = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let s = s.as_mut()?;
        let i = (0..s.items.len()).find(|&i| {
            let it = &s.items[i];
            it.start == start
                && !it.label.is_empty()
                && s.shown(it)
                && only.is_none_or(|c| c == it.category)
        })?;
        Some(s.focus(i))
    });
    match focused {
        Some(f) => to_js(&f),
        None => Ok(JsValue::NULL),
    }
}

/// Hides the tooltip (as Escape does when keyboard shortcuts are on).
#[wasm_bindgen(js_name = hideTooltip)]
pub fn hide_tooltip() {
    with_session(|s| s.hide_tooltip());
}

/// The tooltip's text while it shows, else `null` (what a hovering user reads).
#[wasm_bindgen(js_name = tooltipText)]
pub fn tooltip_text() -> Option<String> {
    SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .and_then(|s| s.tooltip.as_ref())
            .and_then(Tooltip::text)
    })
}

/// `None`, "" or "all" for every category, else the named one.
fn optional_category(category: Option<String>) -> Result<Option<Category>, JsError> {
    match category.as_deref() {
        None | Some("") | Some("all") => Ok(None),
        Some(c) => Category::parse(c)
            .map(Some)
            .ok_or_else(|| JsError::new(&format!("unknown category '{c}'"))),
    }
}

fn step(category: Option<String>, forward: bool) -> Result<JsValue, JsError> {
    let only = optional_category(category)?;
    let focused = SESSION.with(|s| s.borrow_mut().as_mut().and_then(|s| s.step(only, forward)));
    match focused {
        Some(f) => to_js(&f),
        None => Ok(JsValue::NULL),
    }
}

#[derive(serde::Serialize)]
struct Focused {
    category: &'static str,
    label: String,
    start: usize,
    end: usize,
    text: String,
}

impl Session {
    fn shown(&self, it: &Item) -> bool {
        self.visible[it.category.index()]
    }

    /// Paints the visible items in the session's mode.
    fn render(&mut self) {
        match self.mode {
            Mode::Highlight => {
                let registry = JsNamespaceCss::highlights();
                let mut groups: Vec<(&str, i32, Vec<AbstractRange>)> = Vec::new();
                for it in self.items.iter().filter(|it| self.shown(it)) {
                    let Some(range) = self.map.range(it.start, it.end) else {
                        continue;
                    };
                    match groups.iter_mut().find(|g| g.0 == it.name) {
                        Some(g) => g.2.push(range.into()),
                        None => groups.push((&it.name, it.priority, vec![range.into()])),
                    }
                }
                for (name, priority, ranges) in groups {
                    if let Ok(hl) = Highlight::new(&ranges) {
                        hl.set_priority(priority);
                        registry.set(name, &hl);
                    }
                }
            }
            Mode::Mark => {
                let visible = self.visible;
                let shown = move |it: &Item| visible[it.category.index()];
                self.marks = Some(marks::apply(&self.doc, &self.map, &self.items, &shown));
            }
        }
        if let Some(i) = self.current {
            if !self.shown(&self.items[i]) {
                self.current = None;
            }
        }
        self.paint_current();
    }

    /// Removes the paint (highlights or marks), keeping the session.
    fn unpaint(&mut self) {
        if highlight_api_available() {
            let registry = JsNamespaceCss::highlights();
            for name in palette::all_names() {
                registry.delete(&name);
            }
        }
        if let Some(m) = self.marks.take() {
            m.undo();
        }
    }

    fn teardown(mut self) {
        self.unpaint();
        for (event, closure) in self.listeners.drain(..) {
            let _ = self.doc.remove_event_listener_with_callback_and_bool(
                event,
                closure.as_ref().unchecked_ref(),
                true,
            );
        }
        if let Some(t) = self.tooltip.take() {
            t.remove();
        }
        if let Some(p) = self.panel.take() {
            p.remove();
        }
        if let Some(sheet) = self.sheet.take() {
            remove_style_sheet(&self.doc, &sheet);
        }
    }

    /// Listens on the document, in the capture phase (so scrolls inside boxes count too).
    fn listen(&mut self, event: &'static str, handler: fn(web_sys::Event)) {
        let closure = Listener::new(handler);
        let callback = closure.as_ref().unchecked_ref();
        let _ = self
            .doc
            .add_event_listener_with_callback_and_bool(event, callback, true);
        self.listeners.push((event, closure));
    }

    /// The item explained at text position `pos`: the top-most visible one with words.
    fn item_at(&self, pos: usize) -> Option<usize> {
        let upto = self.items.partition_point(|it| it.start <= pos);
        (0..upto)
            .rev()
            .take_while(|&i| self.max_end[i] > pos)
            .filter(|&i| {
                let it = &self.items[i];
                it.end > pos && self.shown(it) && !it.label.is_empty()
            })
            .max_by_key(|&i| (self.items[i].priority, i))
    }

    /// The item under the pointer at `(x, y)`, by hit-testing the text (highlight mode)
    /// or by the mark under it (mark mode).
    fn item_under(&self, ev: &web_sys::MouseEvent) -> Option<usize> {
        match self.mode {
            Mode::Mark => {
                let target: Element = ev.target()?.dyn_into().ok()?;
                let mark = target.closest("mark.claimlens").ok()??;
                let ids = mark.get_attribute("data-claimlens")?;
                ids.split(' ')
                    .filter_map(|i| i.parse::<usize>().ok())
                    .filter(|&i| i < self.items.len() && !self.items[i].label.is_empty())
                    .max_by_key(|&i| self.items[i].priority)
            }
            Mode::Highlight => {
                let (x, y) = (ev.client_x() as f32, ev.client_y() as f32);
                let caret = self.doc.caret_position_from_point(x, y)?;
                let node = caret.offset_node()?;
                let offset = caret.offset();
                // The caret is the nearest gap between characters: take the character
                // on either side whose box really holds the pointer.
                let text: web_sys::Text = node.clone().dyn_into().ok()?;
                let len = text.length();
                [offset, offset.wrapping_sub(1)]
                    .into_iter()
                    .filter(|&o| o < len)
                    .find_map(|o| {
                        let r = Range::new().ok()?;
                        r.set_start(&node, o).ok()?;
                        r.set_end(&node, o + 1).ok()?;
                        let b = r.get_bounding_client_rect();
                        let inside = (x as f64) >= b.left()
                            && (x as f64) <= b.right()
                            && (y as f64) >= b.top()
                            && (y as f64) <= b.bottom();
                        inside
                            .then(|| self.map.position_of(&node, o))
                            .flatten()
                            .and_then(|p| self.item_at(p))
                    })
            }
        }
    }

    /// Where item `i` is on screen.
    fn rect_of(&self, i: usize) -> Option<DomRect> {
        let it = &self.items[i];
        match &self.marks {
            Some(m) => m.by_item[i].first().map(Element::get_bounding_client_rect),
            None => {
                let range = self.map.range(it.start, it.end)?;
                let rects = range.get_client_rects()?;
                rects
                    .get(0)
                    .or_else(|| Some(range.get_bounding_client_rect()))
            }
        }
    }

    fn show_tooltip(&mut self, i: usize) {
        let Some(rect) = self.rect_of(i) else { return };
        if self.tooltip.is_none() {
            self.tooltip = Tooltip::create(&self.doc);
        }
        if let Some(t) = &self.tooltip {
            t.show(&self.items[i].label, &rect);
            self.tip_item = Some(i);
        }
    }

    fn hide_tooltip(&mut self) {
        if let Some(t) = &self.tooltip {
            t.hide();
        }
        self.tip_item = None;
    }

    fn step(&mut self, only: Option<Category>, forward: bool) -> Option<Focused> {
        let candidates: Vec<usize> = (0..self.items.len())
            .filter(|&i| {
                let it = &self.items[i];
                self.shown(it) && !it.label.is_empty() && only.is_none_or(|c| c == it.category)
            })
            .collect();
        let next = match (self.current, forward) {
            (None, true) => candidates.first().copied(),
            (None, false) => candidates.last().copied(),
            (Some(c), true) => candidates
                .iter()
                .copied()
                .find(|&i| i > c)
                .or(candidates.first().copied()),
            (Some(c), false) => candidates
                .iter()
                .rev()
                .copied()
                .find(|&i| i < c)
                .or(candidates.last().copied()),
        }?;
        Some(self.focus(next))
    }

    /// Makes item `i` the current one: scrolled into view, marked, explained.
    fn focus(&mut self, i: usize) -> Focused {
        self.current = Some(i);
        self.scroll_into_view(i);
        self.paint_current();
        self.show_tooltip(i);
        let it = &self.items[i];
        let units: Vec<u16> = self.map.text().encode_utf16().collect();
        Focused {
            category: match it.category {
                Category::Quotes => "quotes",
                Category::Attributions => "attributions",
                Category::Hedges => "hedges",
            },
            label: it.label.clone(),
            start: it.start,
            end: it.end,
            text: String::from_utf16_lossy(
                &units[it.start.min(units.len())..it.end.min(units.len())],
            ),
        }
    }

    fn scroll_into_view(&self, i: usize) {
        let Some(rect) = self.rect_of(i) else { return };
        let Some(window) = web_sys::window() else {
            return;
        };
        let height = window
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(800.0);
        if rect.top() < 0.0 || rect.bottom() > height {
            window.scroll_by_with_x_and_y(0.0, rect.top() - height / 3.0);
        }
    }

    /// Marks the navigation's current item (a highlight of its own, or a class on its marks).
    fn paint_current(&self) {
        if highlight_api_available() {
            let registry = JsNamespaceCss::highlights();
            registry.delete(palette::CURRENT);
            if let Some(range) = self
                .current
                .and_then(|i| self.map.range(self.items[i].start, self.items[i].end))
            {
                if let Ok(hl) = Highlight::new(&[range.into()]) {
                    hl.set_priority(10);
                    registry.set(palette::CURRENT, &hl);
                }
            }
        }
    }
}

fn with_session(f: impl FnOnce(&mut Session)) {
    SESSION.with(|s| {
        if let Some(session) = s.borrow_mut().as_mut() {
            f(session);
        }
    });
}

fn on_mouse_move(ev: web_sys::Event) {
    let Ok(ev) = ev.dyn_into::<web_sys::MouseEvent>() else {
        return;
    };
    with_session(|s| match s.item_under(&ev) {
        Some(i) => s.show_tooltip(i),
        None => s.hide_tooltip(),
    });
}

fn on_scroll(_: web_sys::Event) {
    with_session(|s| {
        if let Some(i) = s.tip_item {
            s.show_tooltip(i);
        }
    });
}

fn on_key_down(ev: web_sys::Event) {
    let Ok(key) = ev.clone().dyn_into::<web_sys::KeyboardEvent>() else {
        return;
    };
    if key.ctrl_key() || key.meta_key() || key.alt_key() || typing_in(&ev) {
        return;
    }
    let (category, forward) = match key.key().as_str() {
        "j" => (None, true),
        "k" => (None, false),
        "q" => (Some(Category::Quotes), true),
        "Q" => (Some(Category::Quotes), false),
        "a" => (Some(Category::Attributions), true),
        "A" => (Some(Category::Attributions), false),
        "h" => (Some(Category::Hedges), true),
        "H" => (Some(Category::Hedges), false),
        "Escape" => {
            with_session(|s| s.hide_tooltip());
            return;
        }
        _ => return,
    };
    with_session(|s| {
        if s.step(category, forward).is_some() {
            ev.prevent_default();
        }
    });
}

/// The key goes to a text field or an editable region, not to us.
fn typing_in(ev: &web_sys::Event) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    matches!(
        el.tag_name().to_ascii_uppercase().as_str(),
        "INPUT" | "TEXTAREA" | "SELECT"
    ) || el
        .closest("[contenteditable]:not([contenteditable=false])")
        .ok()
        .flatten()
        .is_some()
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
fn overlaps(a: &Range, b: &Range) -> bool {
    let (Ok(sn), Ok(so), Ok(en), Ok(eo)) = (
        a.start_container(),
        a.start_offset(),
        a.end_container(),
        a.end_offset(),
    ) else {
        return false;
    };
    b.compare_point(&en, eo).is_ok_and(|c| c >= 0) && b.compare_point(&sn, so).is_ok_and(|c| c <= 0)
}

/// Adds the style sheet of every highlight name to the document, without touching its
/// DOM (a constructed sheet in `adoptedStyleSheets`).
fn install_style_sheet(doc: &Document, scheme: &str) -> Option<JsValue> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(&palette::style_sheet(scheme)).ok()?;
    let sheets = doc.adopted_style_sheets();
    sheets.push(&sheet);
    doc.set_adopted_style_sheets(&sheets);
    Some(sheet.into())
}

fn remove_style_sheet(doc: &Document, sheet: &JsValue) {
    let kept: js_sys::Array = doc
        .adopted_style_sheets()
        .iter()
        .filter(|s| s != sheet)
        .collect();
    doc.set_adopted_style_sheets(&kept);
}

fn document() -> Result<Document, JsError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsError::new("no document: highlight() needs a browser page"))
}

/// `CSS.highlights` exists (Chromium 105+, Safari 17.2+, Firefox 140+).
fn highlight_api_available() -> bool {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).unwrap_or(JsValue::UNDEFINED);
    css.is_object() && js_sys::Reflect::has(&css, &"highlights".into()).unwrap_or(false)
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the report: {e}")))
}
