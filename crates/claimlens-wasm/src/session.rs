//! One highlighted page: what `clear()` must undo and what navigation and tooltips need.
//! The decisions (items, groups, next item, item under a position) come from
//! `claimlens::present`; this file applies them to the live page.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::css::JsNamespaceCss;
use web_sys::{AbstractRange, Document, DomRect, Element, Highlight, Range};

use claimlens::offsets::Utf16Map;
use claimlens::present::{items, names, nav, palette, plan, Category, Item, SpeakerColor};
use claimlens::{Report, Summary};

use crate::dom;
use crate::marks;
use crate::options::Mode;
use crate::panel;
use crate::textmap::TextMap;
use crate::tooltip::Tooltip;

/// An event handler installed on the document, kept to be removed by `clear()`.
type Listener = Closure<dyn FnMut(web_sys::Event)>;

pub struct Session {
    pub doc: Document,
    /// The element highlighted (its text is what `map` holds).
    pub root: Element,
    pub map: TextMap,
    /// What the scan found (with the reader's corrections), UTF-16 offsets.
    pub report: Report,
    /// With `selectionOnly`: the selection whose highlights are painted.
    pub selection: Option<Range>,
    /// UTF-16 ↔ byte positions of the collected text, for the words of a focused item.
    pub offsets: Utf16Map,
    pub items: Vec<Item>,
    /// Running maximum of item ends, for finding the items over a position.
    pub max_end: Vec<usize>,
    pub visible: [bool; claimlens::present::CATEGORIES],
    pub mode: Mode,
    pub marks: Option<marks::Applied>,
    pub sheet: Option<JsValue>,
    pub tooltip: Option<Tooltip>,
    /// The item the tooltip explains, to follow it when the page scrolls.
    pub tip_item: Option<usize>,
    /// Whether the tooltip came from the pointer (hover, tap) rather than navigation: it
    /// goes away when the page scrolls.
    pub tip_from_pointer: bool,
    /// Where the pointer was last (window coordinates), to hit-test again on scroll.
    pub pointer: Option<(f32, f32)>,
    pub panel: Option<panel::Panel>,
    /// What the panel shows: speakers with colours and quote counts, and the counts.
    pub speakers: Vec<SpeakerColor>,
    pub quote_counts: Vec<usize>,
    pub counts: [usize; 3],
    pub current: Option<usize>,
    pub listeners: Vec<(&'static str, Listener)>,
    /// What is left to paint while `highlightAsync()` paints in slices (`None`: nothing).
    pub queue: Option<PaintQueue>,
    /// Set when the scan ran out of its budget and read only the opening paragraphs.
    pub partial: Option<claimlens::budget::Partial>,
}

/// Painting in slices: the items still to paint (the last is painted next) and the
/// highlights they go into, registered in the order a painting in one go registers them.
pub struct PaintQueue {
    left: Vec<usize>,
    highlights: Vec<(String, Highlight)>,
}

impl PaintQueue {
    /// How many items are still to paint.
    pub fn left(&self) -> usize {
        self.left.len()
    }
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

/// Makes `session` the page's session (the previous one must be cleared first).
pub fn install(session: Session) {
    SESSION.with(|s| *s.borrow_mut() = Some(session));
}

/// Takes the session out (for `clear()`).
pub fn take() -> Option<Session> {
    SESSION.with(|s| s.try_borrow_mut().ok()?.take())
}

/// Runs `f` on the session, if there is one (and it is not in use: a re-entrant call from
/// an event the page fires while we work finds none, rather than panicking).
pub fn with<R>(f: impl FnOnce(&mut Session) -> R) -> Option<R> {
    SESSION.with(|s| s.try_borrow_mut().ok()?.as_mut().map(f))
}

/// The highlight that `next()`/`previous()`/`focusItem()` moved to.
/// The items to paint for `report`, sorted, with the colour of each speaker (by their share
/// of the quotes in `summary`). No DOM: the worker's warm-up runs it too.
pub fn items_of(report: &Report, summary: &Summary) -> (Vec<Item>, Vec<SpeakerColor>) {
    let speakers: Vec<String> = summary.speakers.iter().map(|s| s.name.clone()).collect();
    items(report, &speakers)
}

#[derive(serde::Serialize)]
pub struct Focused {
    category: &'static str,
    label: String,
    start: usize,
    end: usize,
    text: String,
}

impl Session {
    /// The items to paint for `report`, with the colour of each speaker: every item, or
    /// (with `selectionOnly`) those that overlap the selection.
    pub fn items_for(
        map: &TextMap,
        selection: Option<&Range>,
        report: &Report,
        summary: &Summary,
    ) -> (Vec<Item>, Vec<SpeakerColor>) {
        let (mut items, colors) = items_of(report, summary);
        if let Some(sel) = selection {
            items.retain(|it| {
                map.range(it.start, it.end)
                    .is_some_and(|r| overlaps(&r, sel))
            });
        }
        (items, colors)
    }

    /// Puts `report` (a corrected one) in place of the session's: new items, colours and
    /// counts, painted again; the panel, if shown, follows. Returns its summary.
    pub fn replace_report(&mut self, report: Report) -> Summary {
        let summary = claimlens::summarize(self.map.text(), &report);
        let (items, colors) =
            Self::items_for(&self.map, self.selection.as_ref(), &report, &summary);
        let current = self
            .current
            .map(|i| (self.items[i].start, self.items[i].category));
        self.hide_tooltip();
        self.unpaint();
        self.current = current.and_then(|(start, category)| {
            items
                .iter()
                .position(|it| it.start == start && it.category == category)
        });
        self.max_end = nav::max_ends(&items);
        self.items = items;
        self.speakers = colors;
        self.quote_counts = summary.speakers.iter().map(|s| s.quotes).collect();
        self.counts = [
            report.quotes.len(),
            report.attributions.len(),
            report.hedges.len(),
        ];
        self.report = report;
        self.render();
        if self.panel.is_some() {
            let _ = self.show_panel(crate::panel_toggle, crate::panel_step, crate::panel_close);
        }
        summary
    }

    /// Shows the snippet's floating panel (a new one in place of any shown).
    pub fn show_panel(
        &mut self,
        toggle: fn(&str, bool),
        step: fn(bool),
        close: fn(),
    ) -> Result<(), JsError> {
        if let Some(old) = self.panel.take() {
            old.remove();
        }
        let contents = panel::Contents {
            quotes: self.counts[0],
            attributions: self.counts[1],
            hedges: self.counts[2],
            speakers: &self.speakers,
            quote_counts: &self.quote_counts,
            visible: self.visible,
            partial: self.partial,
        };
        let article = dom::bounding_rect(&self.root)
            .ok_or_else(|| JsError::new("could not measure the article"))?;
        self.panel = panel::Panel::create(&self.doc, &contents, &article, toggle, step, close);
        self.panel
            .as_ref()
            .map(|_| ())
            .ok_or_else(|| JsError::new("could not build the panel"))
    }

    /// The text position (UTF-16) under the point `(x, y)` of the window, in highlight
    /// mode; in mark mode, the start of the quote item under it.
    fn quote_position_under(&self, x: f32, y: f32) -> Option<usize> {
        match self.mode {
            Mode::Mark => self
                .marked_items_under(x, y)?
                .into_iter()
                .map(|i| &self.items[i])
                .filter(|it| it.category == Category::Quotes)
                .map(|it| it.start)
                .max(),
            Mode::Highlight => self.position_under(x, y),
        }
    }

    /// The innermost quote under the point `(x, y)`, if it is painted.
    pub fn quote_under(&self, x: f32, y: f32) -> Option<&claimlens::Quote> {
        if !self.visible[Category::Quotes.index()] {
            return None;
        }
        let pos = self.quote_position_under(x, y)?;
        self.report
            .quotes
            .iter()
            .filter(|q| q.start <= pos && pos < q.end)
            .filter(|q| {
                self.items.iter().any(|it| {
                    it.category == Category::Quotes && it.start < q.end && q.start < it.end
                })
            })
            .max_by_key(|q| q.start)
    }

    pub fn shown(&self, it: &Item) -> bool {
        self.visible[it.category.index()]
    }

    /// Readies painting in slices ([`Session::render_some`]): items from the one at the
    /// top of the window onwards first, then those above it.
    pub fn queue_paint(&mut self) {
        let mut highlights = Vec::new();
        if self.mode == Mode::Highlight {
            let registry = JsNamespaceCss::highlights();
            for p in plan::group(&self.items, |it| self.shown(it).then_some(())) {
                if let Ok(hl) = Highlight::new(&[]) {
                    hl.set_priority(p.priority);
                    registry.set(&p.name, &hl);
                    highlights.push((p.name, hl));
                }
            }
        }
        let first = self
            .position_in_view()
            .map_or(0, |pos| self.max_end.partition_point(|&e| e <= pos));
        let mut left: Vec<usize> = (first..self.items.len()).chain(0..first).collect();
        left.reverse();
        self.queue = Some(PaintQueue { left, highlights });
    }

    /// The text position at the top of the root's part of the window, if it shows.
    fn position_in_view(&self) -> Option<usize> {
        let rect = dom::bounding_rect(&self.root)?;
        let window = web_sys::window()?;
        let height = window.inner_height().ok()?.as_f64()?;
        let width = window.inner_width().ok()?.as_f64()?;
        if rect.bottom() <= 0.0 || rect.top() >= height || rect.width() <= 0.0 {
            return None;
        }
        let y = rect.top().max(0.0) + 1.0;
        let x = (rect.left() + rect.width() / 2.0).clamp(0.0, (width - 1.0).max(0.0));
        let (node, offset) = dom::caret_at(&self.doc, x as f32, y as f32)?;
        self.map.position_of(&node, offset)
    }

    /// Paints queued items for about `budget_ms`; true once everything is painted. (Mark
    /// mode paints everything in the first slice.)
    pub fn render_some(&mut self, budget_ms: f64) -> bool {
        if self.queue.is_some() && self.mode == Mode::Mark {
            self.render();
        }
        let Some(queue) = self.queue.as_mut() else {
            return true;
        };
        let t0 = crate::now();
        let mut n = 0usize;
        while let Some(i) = queue.left.pop() {
            let it = &self.items[i];
            if self.visible[it.category.index()] {
                if let (Some(range), Some((_, hl))) = (
                    self.map.range(it.start, it.end),
                    queue.highlights.iter().find(|(name, _)| *name == it.name),
                ) {
                    hl.add(&AbstractRange::from(range));
                }
            }
            n += 1;
            if n % 16 == 0 && crate::now() - t0 >= budget_ms {
                break;
            }
        }
        if !queue.left.is_empty() {
            return false;
        }
        // As painting in one go: no highlight for a name none of whose items is on the page.
        let registry = JsNamespaceCss::highlights();
        for (name, hl) in &queue.highlights {
            if hl.size() == 0 {
                registry.delete(name);
            }
        }
        self.queue = None;
        self.paint_current();
        true
    }

    /// Paints the visible items in the session's mode.
    pub fn render(&mut self) {
        self.queue = None;
        match self.mode {
            Mode::Highlight => {
                let registry = JsNamespaceCss::highlights();
                let paints = plan::group(&self.items, |it| {
                    let range = self.shown(it).then(|| self.map.range(it.start, it.end))??;
                    Some(AbstractRange::from(range))
                });
                for p in paints {
                    if let Ok(hl) = Highlight::new(&p.ranges) {
                        hl.set_priority(p.priority);
                        registry.set(&p.name, &hl);
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
    pub fn unpaint(&mut self) {
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

    pub fn teardown(mut self) {
        self.unpaint();
        for (event, closure) in self.listeners.drain(..) {
            dom::unlisten(&self.doc, event, closure.as_ref().unchecked_ref(), true);
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
    /// The handler does nothing once the instance is unsound (see `guard`).
    pub fn listen(&mut self, event: &'static str, handler: fn(web_sys::Event)) {
        let closure = Listener::new(move |ev| crate::guard::quietly(|| handler(ev)));
        dom::listen(&self.doc, event, closure.as_ref().unchecked_ref(), true);
        self.listeners.push((event, closure));
    }

    /// The item explained at text position `pos`.
    fn item_at(&self, pos: usize) -> Option<usize> {
        nav::item_at(&self.items, &self.max_end, &|it| self.shown(it), pos)
    }

    /// Mark mode: the items painted by the mark under the point `(x, y)` of the window.
    fn marked_items_under(&self, x: f32, y: f32) -> Option<Vec<usize>> {
        let target = dom::element_from_point(&self.doc, x, y)?;
        let mark = dom::closest(&target, "mark.claimlens")?;
        let ids = dom::attribute(&mark, "data-claimlens")?;
        Some(
            ids.split(' ')
                .filter_map(|i| i.parse::<usize>().ok())
                .filter(|&i| i < self.items.len())
                .collect(),
        )
    }

    /// The item under the point `(x, y)` of the window, by hit-testing the text (highlight
    /// mode) or by the mark there (mark mode).
    fn item_under(&self, x: f32, y: f32) -> Option<usize> {
        match self.mode {
            Mode::Mark => self
                .marked_items_under(x, y)?
                .into_iter()
                .filter(|&i| !self.items[i].label.is_empty())
                .max_by_key(|&i| self.items[i].priority),
            Mode::Highlight => self.position_under(x, y).and_then(|p| self.item_at(p)),
        }
    }

    /// The text position (UTF-16) of the character under the point `(x, y)` (highlight
    /// mode: the page's text nodes are as they were read).
    fn position_under(&self, x: f32, y: f32) -> Option<usize> {
        let (node, offset) = dom::caret_at(&self.doc, x, y)?;
        // The caret is the nearest gap between characters: take the character on either
        // side whose box really holds the pointer.
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
                inside.then(|| self.map.position_of(&node, o)).flatten()
            })
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

    fn show_tooltip(&mut self, i: usize, from_pointer: bool) {
        let Some(rect) = self.rect_of(i) else { return };
        if self.tooltip.is_none() {
            self.tooltip = Tooltip::create(&self.doc);
        }
        if let Some(t) = &self.tooltip {
            let shown = t.show(&self.items[i].label, &rect);
            // Navigation keeps its item while it scrolls (smoothly) into view.
            self.tip_item = (shown || !from_pointer).then_some(i);
            self.tip_from_pointer = from_pointer;
        }
    }

    pub fn hide_tooltip(&mut self) {
        if let Some(t) = &self.tooltip {
            t.hide();
        }
        self.tip_item = None;
    }

    pub fn step(&mut self, only: Option<Category>, forward: bool) -> Option<Focused> {
        let next = nav::step(
            &self.items,
            &|it| self.shown(it),
            self.current,
            only,
            forward,
        )?;
        Some(self.focus(next))
    }

    /// The first shown item with words that starts at `start` (of `only` if given).
    pub fn item_starting_at(&self, start: usize, only: Option<Category>) -> Option<usize> {
        (0..self.items.len()).find(|&i| {
            let it = &self.items[i];
            it.start == start
                && !it.label.is_empty()
                && self.shown(it)
                && only.is_none_or(|c| c == it.category)
        })
    }

    /// Makes item `i` the current one: scrolled into view, marked, explained.
    pub fn focus(&mut self, i: usize) -> Focused {
        self.current = Some(i);
        self.scroll_into_view(i);
        self.paint_current();
        self.show_tooltip(i, false);
        let it = &self.items[i];
        let text = self.map.text();
        let (a, b) = (self.offsets.to_byte(it.start), self.offsets.to_byte(it.end));
        Focused {
            category: it.category.as_str(),
            label: it.label.clone(),
            start: it.start,
            end: it.end,
            text: text[a..b.max(a)].to_string(),
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
        // Below a toolbar fixed or sticky at the top, not under it.
        let inset = crate::tooltip::top_inset(&self.doc, rect.left().max(0.0), height);
        if rect.top() < inset || rect.bottom() > height {
            window.scroll_by_with_x_and_y(0.0, rect.top() - height / 3.0);
        }
    }

    /// Marks the navigation's current item (a highlight of its own).
    fn paint_current(&self) {
        if highlight_api_available() {
            let registry = JsNamespaceCss::highlights();
            registry.delete(names::CURRENT);
            if let Some(range) = self
                .current
                .and_then(|i| self.map.range(self.items[i].start, self.items[i].end))
            {
                if let Ok(hl) = Highlight::new(&[range.into()]) {
                    hl.set_priority(10);
                    registry.set(names::CURRENT, &hl);
                }
            }
        }
    }
}

pub fn on_mouse_move(ev: web_sys::Event) {
    let Ok(ev) = ev.dyn_into::<web_sys::MouseEvent>() else {
        return;
    };
    let (x, y) = (ev.client_x() as f32, ev.client_y() as f32);
    with(|s| {
        s.pointer = Some((x, y));
        match s.item_under(x, y) {
            Some(i) => s.show_tooltip(i, true),
            None => s.hide_tooltip(),
        }
    });
}

/// A tap (touch, pen or click) explains the highlight under it and hides the tooltip
/// anywhere else, so that on a touch screen a tooltip never stays after the next tap.
pub fn on_pointer_down(ev: web_sys::Event) {
    on_mouse_move(ev);
}

/// When the page (or a box in it) scrolls, a tooltip from the pointer explains what is
/// under the pointer now, or goes away (the text has moved from under it); one from
/// navigation follows its highlight while that is in view.
pub fn on_scroll(_: web_sys::Event) {
    with(|s| {
        let Some(i) = s.tip_item else { return };
        if !s.tip_from_pointer {
            s.show_tooltip(i, false);
            return;
        }
        match s.pointer.and_then(|(x, y)| s.item_under(x, y)) {
            Some(j) => s.show_tooltip(j, true),
            None => s.hide_tooltip(),
        }
    });
}

pub fn on_key_down(ev: web_sys::Event) {
    let Ok(key) = ev.clone().dyn_into::<web_sys::KeyboardEvent>() else {
        return;
    };
    if key.ctrl_key() || key.meta_key() || key.alt_key() || typing_in(&ev) {
        return;
    }
    let key = key.key();
    if key == "Escape" {
        with(|s| s.hide_tooltip());
        return;
    }
    let Some(b) = nav::binding(&key) else { return };
    with(|s| {
        if s.step(b.category, b.forward).is_some() {
            ev.prevent_default();
        }
    });
}

/// The key goes to a text field or an editable region, not to us.
fn typing_in(ev: &web_sys::Event) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    matches!(dom::tag_name(&el).as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || dom::closest(&el, "[contenteditable]:not([contenteditable=false])").is_some()
}

/// Adds the style sheet of every highlight name to the document, without touching its
/// DOM (a constructed sheet in `adoptedStyleSheets`).
pub fn install_style_sheet(doc: &Document, scheme: &str) -> Option<JsValue> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(&palette::style_sheet(scheme)).ok()?;
    let sheets = dom::adopted_style_sheets(doc);
    sheets.push(&sheet);
    dom::set_adopted_style_sheets(doc, &sheets);
    Some(sheet.into())
}

fn remove_style_sheet(doc: &Document, sheet: &JsValue) {
    let kept: js_sys::Array = dom::adopted_style_sheets(doc)
        .iter()
        .filter(|s| s != sheet)
        .collect();
    dom::set_adopted_style_sheets(doc, &kept);
}

/// `CSS.highlights` exists (Chromium 105+, Safari 17.2+, Firefox 140+).
pub fn highlight_api_available() -> bool {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).unwrap_or(JsValue::UNDEFINED);
    css.is_object() && js_sys::Reflect::has(&css, &"highlights".into()).unwrap_or(false)
}

/// Whether range `a` overlaps range `b`.
pub fn overlaps(a: &Range, b: &Range) -> bool {
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
