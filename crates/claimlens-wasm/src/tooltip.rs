//! The tooltip that explains a highlight: one small box in a shadow root, so the page's
//! CSS cannot reach it and its CSS cannot leak into the page. Its host hangs off the
//! document element (not inside the page's body content), is made on first use and
//! removed by `clear()`. Text goes in through `textContent` only.

use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use claimlens::page::HOST_ID;

const CSS: &str = "
:host { all: initial; }
.tip {
  position: fixed; z-index: 2147483647; max-width: 22rem; padding: .35rem .55rem;
  font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #111;
  background: #fffef6; border: 1px solid #444; border-radius: 6px;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); pointer-events: none; white-space: normal;
}
.tip[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .tip { color: #f2f2f2; background: #222; border-color: #bbb; } }
";

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
    /// it never covers the line being explained.
    pub fn show(&self, text: &str, near: &DomRect) {
        self.tip.set_text_content(Some(text));
        self.tip.set_hidden(false);
        let (vw, vh) = viewport();
        let width = self.tip.offset_width() as f64;
        let height = self.tip.offset_height() as f64;
        let left = near.left().clamp(4.0, (vw - width - 4.0).max(4.0));
        let above = near.top() - height - 6.0;
        let top = if above >= 4.0 {
            above
        } else {
            (near.bottom() + 6.0).min(vh - height - 4.0).max(4.0)
        };
        let style = self.tip.style();
        let _ = style.set_property("left", &format!("{left}px"));
        let _ = style.set_property("top", &format!("{top}px"));
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
