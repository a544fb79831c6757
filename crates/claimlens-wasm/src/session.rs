//! One highlighted page: what `clear()` must undo and what navigation and tooltips need.
//! The decisions (items, groups, next item, item under a position) come from
//! `claimlens::present`; this file applies them to the live page.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::css::JsNamespaceCss;
use web_sys::{AbstractRange, Document, DomRect, Element, Highlight, Range};

use claimlens::offsets::Utf16Map;
use claimlens::present::{names, nav, palette, plan, Category, Item, SpeakerColor};

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
    pub map: TextMap,
    /// UTF-16 ↔ byte positions of the collected text, for the words of a focused item.
    pub offsets: Utf16Map,
    pub items: Vec<Item>,
    /// Running maximum of item ends, for finding the items over a position.
    pub max_end: Vec<usize>,
    pub visible: [bool; 3],
    pub mode: Mode,
    pub marks: Option<marks::Applied>,
    pub sheet: Option<JsValue>,
    pub tooltip: Option<Tooltip>,
    /// The item the tooltip explains, to follow it when the page scrolls.
    pub tip_item: Option<usize>,
    pub panel: Option<panel::Panel>,
    /// What the panel shows: speakers with colours and quote counts, and the counts.
    pub speakers: Vec<SpeakerColor>,
    pub quote_counts: Vec<usize>,
    pub counts: [usize; 3],
    pub current: Option<usize>,
    pub listeners: Vec<(&'static str, Listener)>,
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
#[derive(serde::Serialize)]
pub struct Focused {
    category: &'static str,
    label: String,
    start: usize,
    end: usize,
    text: String,
}

impl Session {
    pub fn shown(&self, it: &Item) -> bool {
        self.visible[it.category.index()]
    }

    /// Paints the visible items in the session's mode.
    pub fn render(&mut self) {
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

    /// The item under the pointer, by hit-testing the text (highlight mode) or by the mark
    /// under it (mark mode).
    fn item_under(&self, ev: &web_sys::MouseEvent) -> Option<usize> {
        match self.mode {
            Mode::Mark => {
                let target: Element = ev.target()?.dyn_into().ok()?;
                let mark = dom::closest(&target, "mark.claimlens")?;
                let ids = dom::attribute(&mark, "data-claimlens")?;
                ids.split(' ')
                    .filter_map(|i| i.parse::<usize>().ok())
                    .filter(|&i| i < self.items.len() && !self.items[i].label.is_empty())
                    .max_by_key(|&i| self.items[i].priority)
            }
            Mode::Highlight => {
                let (x, y) = (ev.client_x() as f32, ev.client_y() as f32);
                let (node, offset) = dom::caret_at(&self.doc, x, y)?;
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
        self.show_tooltip(i);
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
        if rect.top() < 0.0 || rect.bottom() > height {
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
    with(|s| match s.item_under(&ev) {
        Some(i) => s.show_tooltip(i),
        None => s.hide_tooltip(),
    });
}

pub fn on_scroll(_: web_sys::Event) {
    with(|s| {
        if let Some(i) = s.tip_item {
            s.show_tooltip(i);
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
