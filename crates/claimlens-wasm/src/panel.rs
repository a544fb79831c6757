//! The floating panel of the snippet and bookmarklet: counts, speakers with their colours,
//! a toggle per category, previous/next, and a close button that restores the page. It
//! lives in a shadow root hung off `<html>`, built with `createElement` and `textContent`
//! only, and goes away with `clear()`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, ShadowRootInit, ShadowRootMode};

use claimlens::present::SpeakerColor;

/// The id of the panel's host element (see `page::OWN_IDS`).
use claimlens::page::PANEL_ID;

const CSS: &str = "
:host { all: initial; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 17rem; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box; padding: 12px 14px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #161616; background: #fffdf7;
  border: 1px solid #555; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.28);
}
.panel.left { right: auto; left: 16px; }
.panel.folded { width: auto; display: flex; align-items: center; gap: 6px; padding: 4px 6px 4px 12px; }
.panel.folded .body, .panel.folded h2 { display: none; }
.panel.folded header { order: 2; }
header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.panel.folded header { margin: 0; }
header h2 { flex: 1; }
.panel.folded .counts { margin: 0; }
h2 { font-size: 15px; margin: 0; }
button { font: inherit; cursor: pointer; border: 1px solid #777; border-radius: 6px; background: #f3f1ea; color: inherit; padding: 3px 9px; }
button:focus-visible, input:focus-visible { outline: 3px solid #0072B2; outline-offset: 1px; }
.close, .fold { border: none; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; }
.counts { margin: 0 0 8px; }
ul { list-style: none; margin: 0 0 8px; padding: 0; }
li { display: flex; align-items: flex-start; gap: 6px; margin: 3px 0; }
.chip { width: 12px; height: 12px; margin-top: 3px; border-radius: 3px; border: 1px solid #333; flex: none; }
.name { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.n { color: #555; flex: none; }
fieldset { border: none; margin: 0 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
legend { padding: 0; margin-bottom: 2px; font-weight: 600; }
.nav { display: flex; gap: 6px; }
.note { margin: 8px 0 0; color: #555; font-size: 12px; }
.partial { margin: 4px 0 0; color: #8a4b00; font-size: 12px; }
.error { margin: 0; }
@media (prefers-color-scheme: dark) {
  .panel { color: #f0f0f0; background: #1f2023; border-color: #aaa; }
  button { background: #2c2d31; border-color: #999; }
  .n, .note { color: #bbb; }
  .partial { color: #f0b46a; }
}
";

/// The panel, with the event handlers it keeps alive.
pub struct Panel {
    host: Element,
    _handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

/// The panel's width in CSS pixels (17rem at 16px) and its margin from the window's edge.
const WIDTH: f64 = 272.0;
const MARGIN: f64 = 16.0;

/// `n` and the noun, plural unless `n` is one.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Where the panel goes so that it does not cover the article's lines: the window's right
/// margin when it has room beside the article, else the left one, else folded to one line
/// (counts only) in the corner, to unfold on demand.
fn placement(article: &web_sys::DomRect) -> &'static str {
    let vw = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    if vw - article.right() >= WIDTH + 2.0 * MARGIN {
        "panel"
    } else if article.left() >= WIDTH + 2.0 * MARGIN {
        "panel left"
    } else {
        "panel folded"
    }
}

/// What the panel shows.
pub struct Contents<'a> {
    pub quotes: usize,
    pub attributions: usize,
    pub hedges: usize,
    pub speakers: &'a [SpeakerColor],
    pub quote_counts: &'a [usize],
    pub visible: [bool; claimlens::present::CATEGORIES],
    /// Set when the scan read only the opening paragraphs (its budget ran out).
    pub partial: Option<claimlens::budget::Partial>,
}

fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Option<HtmlElement> {
    let e: HtmlElement = crate::dom::create_element(doc, tag)?.unchecked_into();
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if text.is_some() {
        e.set_text_content(text);
    }
    Some(e)
}

impl Panel {
    /// Builds the panel; `on_toggle(category, shown)`, `on_step(forward)` and `on_close()`
    /// are called from its controls.
    pub fn create(
        doc: &Document,
        c: &Contents,
        article: &web_sys::DomRect,
        on_toggle: fn(&str, bool),
        on_step: fn(bool),
        on_close: fn(),
    ) -> Option<Panel> {
        let host = crate::dom::create_element(doc, "div")?;
        host.set_id(PANEL_ID);
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?;
        let style = crate::dom::create_element(doc, "style")?;
        style.set_text_content(Some(CSS));
        shadow.append_child(&style).ok()?;
        let panel = el(doc, "section", placement(article), None)?;
        let _ = panel.set_attribute("role", "region");
        let _ = panel.set_attribute(
            "aria-label",
            "claimlens: quotes, attributions and hedges on this page",
        );
        let mut handlers = Vec::new();
        let mut on = |target: &HtmlElement, event: &str, f: Box<dyn FnMut(web_sys::Event)>| {
            let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
            let _ =
                target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
            handlers.push(closure);
        };

        let header = el(doc, "header", "", None)?;
        header
            .append_child(el(doc, "h2", "", Some("claimlens"))?.as_ref())
            .ok()?;
        let folded = panel.class_list().contains("folded");
        let fold = el(doc, "button", "fold", Some(if folded { "+" } else { "–" }))?;
        let _ = fold.set_attribute("aria-expanded", if folded { "false" } else { "true" });
        let _ = fold.set_attribute("aria-label", "Show or hide the claimlens details");
        let (fold_panel, fold_button) = (panel.clone(), fold.clone());
        on(
            &fold,
            "click",
            Box::new(move |_| {
                let now_folded = fold_panel.class_list().toggle("folded").unwrap_or(false);
                fold_button.set_text_content(Some(if now_folded { "+" } else { "–" }));
                let _ = fold_button
                    .set_attribute("aria-expanded", if now_folded { "false" } else { "true" });
            }),
        );
        header.append_child(&fold).ok()?;
        let close = el(doc, "button", "close", Some("×"))?;
        let _ = close.set_attribute("aria-label", "Close claimlens and remove its highlights");
        on(&close, "click", Box::new(move |_| on_close()));
        header.append_child(&close).ok()?;
        panel.append_child(&header).ok()?;

        let counts = format!(
            "{} · {} · {}",
            count(c.quotes, "quote"),
            count(c.attributions, "attribution"),
            count(c.hedges, "hedge")
        );
        panel
            .append_child(el(doc, "p", "counts", Some(&counts))?.as_ref())
            .ok()?;
        if let Some(p) = &c.partial {
            let note = el(doc, "p", "partial", Some(&p.describe()))?;
            let _ = note.set_attribute("role", "status");
            panel.append_child(note.as_ref()).ok()?;
        }
        // Everything below the counts folds away.
        let body = el(doc, "div", "body", None)?;

        if !c.speakers.is_empty() {
            let list = el(doc, "ul", "", None)?;
            let _ = list.set_attribute("aria-label", "Speakers, most quoted first");
            for (s, n) in c.speakers.iter().zip(c.quote_counts).take(8) {
                let li = el(doc, "li", "", None)?;
                let chip = el(doc, "span", "chip", None)?;
                let _ = chip.style().set_property("background", s.color);
                let _ = chip.set_attribute("aria-hidden", "true");
                li.append_child(&chip).ok()?;
                li.append_child(el(doc, "span", "name", Some(&s.name))?.as_ref())
                    .ok()?;
                li.append_child(el(doc, "span", "n", Some(&count(*n, "quote")))?.as_ref())
                    .ok()?;
                list.append_child(&li).ok()?;
            }
            body.append_child(&list).ok()?;
        }

        let fields = el(doc, "fieldset", "", None)?;
        fields
            .append_child(el(doc, "legend", "", Some("Show"))?.as_ref())
            .ok()?;
        for (i, (key, label)) in [
            ("quotes", "Quotes"),
            ("attributions", "Attributions"),
            ("hedges", "Hedges"),
        ]
        .into_iter()
        .enumerate()
        {
            let lab = el(doc, "label", "", None)?;
            let input: HtmlInputElement =
                crate::dom::create_element(doc, "input")?.unchecked_into();
            input.set_type("checkbox");
            input.set_checked(c.visible[i]);
            input.set_name(key);
            let input_for_handler = input.clone();
            on(
                input.unchecked_ref(),
                "change",
                Box::new(move |_| on_toggle(key, input_for_handler.checked())),
            );
            lab.append_child(&input).ok()?;
            lab.append_child(&crate::dom::create_text_node(doc, &format!(" {label}"))?)
                .ok()?;
            fields.append_child(&lab).ok()?;
        }
        body.append_child(&fields).ok()?;

        let nav = el(doc, "div", "nav", None)?;
        let prev = el(doc, "button", "", Some("‹ Previous"))?;
        let next = el(doc, "button", "", Some("Next ›"))?;
        on(&prev, "click", Box::new(move |_| on_step(false)));
        on(&next, "click", Box::new(move |_| on_step(true)));
        nav.append_child(&prev).ok()?;
        nav.append_child(&next).ok()?;
        body.append_child(&nav).ok()?;
        let note = "Runs in your browser: no text leaves the page. Keys: j / k next / previous, q a h by kind.";
        body.append_child(el(doc, "p", "note", Some(note))?.as_ref())
            .ok()?;
        panel.append_child(&body).ok()?;

        shadow.append_child(&panel).ok()?;
        crate::dom::document_element(doc)?
            .append_child(&host)
            .ok()?;
        Some(Panel {
            host,
            _handlers: handlers,
        })
    }

    pub fn remove(self) {
        self.host.remove();
    }
}
