//! The tooltip that explains a highlight: one small box in a shadow root, so the page's
//! CSS cannot reach it and its CSS cannot leak into the page. Its host hangs off the
//! document element (not inside the page's body content), is made on first use and
//! removed by `clear()`. Text goes in through `textContent` only.

use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use claimlens::page::HOST_ID;

use claimlens::present::palette::TOOLTIP_CSS as CSS;

/// The tooltip box, once made.
pub struct Tooltip {
    host: Element,
    tip: HtmlElement,
}

impl Tooltip {
    /// Makes the host and its shadow root.
    pub fn create(doc: &web_sys::Document) -> Option<Tooltip> {
        let host = crate::dom::create_element(doc, "div")?;
        host.set_id(HOST_ID);
        let _ = host.set_attribute("aria-hidden", "false");
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?;
        let style = crate::dom::create_element(doc, "style")?;
        style.set_text_content(Some(CSS));
        let tip: HtmlElement = crate::dom::create_element(doc, "div")?.unchecked_into();
        tip.set_class_name("tip");
        let _ = tip.set_attribute("role", "tooltip");
        tip.set_hidden(true);
        shadow.append_child(&style).ok()?;
        shadow.append_child(&tip).ok()?;
        crate::dom::document_element(doc)?
            .append_child(&host)
            .ok()?;
        Some(Tooltip { host, tip })
    }

    /// Shows `text` just above `near` (below it when there is no room above), so that
    /// it never covers the line being explained, nor a toolbar fixed or sticky at the top
    /// of the window. When `near` is out of view (scrolled away, or under such a toolbar)
    /// the tooltip hides instead; returns whether it shows.
    pub fn show(&self, text: &str, near: &DomRect) -> bool {
        let (vw, vh) = viewport();
        let inset = self
            .host
            .owner_document()
            .map_or(0.0, |d| top_inset(&d, near.left().clamp(0.0, vw - 1.0), vh));
        if near.bottom() <= inset + 2.0 || near.top() >= vh - 2.0 {
            self.hide();
            return false;
        }
        self.tip.set_text_content(Some(text));
        self.tip.set_hidden(false);
        let width = self.tip.offset_width() as f64;
        let height = self.tip.offset_height() as f64;
        let left = near.left().clamp(4.0, (vw - width - 4.0).max(4.0));
        let above = near.top() - height - 6.0;
        let top = if above >= inset + 4.0 {
            above
        } else {
            (near.bottom() + 6.0)
                .min(vh - height - 4.0)
                .max(inset + 4.0)
        };
        let style = self.tip.style();
        let _ = style.set_property("left", &format!("{left}px"));
        let _ = style.set_property("top", &format!("{top}px"));
        true
    }

    pub fn hide(&self) {
        self.tip.set_hidden(true);
    }

    /// The text shown, if any (for tests and the demo page).
    pub fn text(&self) -> Option<String> {
        (!self.tip.hidden())
            .then(|| self.tip.text_content())
            .flatten()
    }

    pub fn remove(self) {
        self.host.remove();
    }
}

/// How far down from the top of the window a fixed or sticky bar reaches (a page's
/// toolbar, a sticky header), probed at `x` and in the middle: 0 when there is none.
pub(crate) fn top_inset(doc: &web_sys::Document, x: f64, vh: f64) -> f64 {
    let Some(window) = doc.default_view() else {
        return 0.0;
    };
    let vw = viewport().0;
    let mut inset: f64 = 0.0;
    for px in [x, vw / 2.0] {
        let mut el = crate::dom::element_from_point(doc, px as f32, 1.0);
        while let Some(e) = el {
            let position = window
                .get_computed_style(&e)
                .ok()
                .flatten()
                .and_then(|s| s.get_property_value("position").ok())
                .unwrap_or_default();
            if position == "fixed" || position == "sticky" {
                if let Some(r) = crate::dom::bounding_rect(&e) {
                    if r.top() <= 1.0 && r.bottom() < vh / 2.0 {
                        inset = inset.max(r.bottom());
                    }
                }
                break;
            }
            el = crate::dom::parent_node(e.as_ref()).and_then(|n| n.dyn_into::<Element>().ok());
        }
    }
    inset
}

fn viewport() -> (f64, f64) {
    let w = web_sys::window();
    let get = |v: Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>| {
        v.and_then(Result::ok)
            .and_then(|v| v.as_f64())
            .unwrap_or(800.0)
    };
    (
        get(w.as_ref().map(|w| w.inner_width())),
        get(w.as_ref().map(|w| w.inner_height())),
    )
}
