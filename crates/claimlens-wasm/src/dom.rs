//! Every touch of the page's DOM that a page can subvert goes through here.
//!
//! A page can shadow DOM properties: a form's named controls override its own properties
//! (`<form><input name="id">` makes `form.id` an element, `name="getAttribute"` makes
//! `form.getAttribute` one), and `<img name="body">` does the same to `document.body`.
//! web-sys looks properties up on the object ("structural"), so it would get the page's
//! element where it expects a string or a function. Here each accessor is the prototype's
//! own, called on the object (`final`: `Element.prototype.getAttribute.call(el, …)`, never
//! `el.getAttribute`), every call catches what it throws (`catch`: an exception must never
//! unwind through WebAssembly, which leaves the instance unsound), and every value that
//! comes back is type-checked before it is used. (Reading the page is js/reader.js, on the
//! same principles: see textmap.rs.)

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

#[wasm_bindgen]
extern "C" {
    /// A node seen only through `Node.prototype` and `Element.prototype`.
    #[wasm_bindgen(js_name = Node)]
    type PageNode;
    #[wasm_bindgen(final, catch, method, getter = parentNode, js_class = "Node")]
    fn parent_node(this: &PageNode) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Node", js_name = insertBefore)]
    fn insert_before(
        this: &PageNode,
        node: &Node,
        child: Option<&Node>,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Node", js_name = removeChild)]
    fn remove_child(this: &PageNode, node: &Node) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = Element)]
    type PageElement;
    #[wasm_bindgen(final, catch, method, getter = tagName, js_class = "Element")]
    fn tag_name(this: &PageElement) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Element", js_name = getAttribute)]
    fn get_attribute(this: &PageElement, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Element", js_name = closest)]
    fn closest(this: &PageElement, selector: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Element", js_name = getBoundingClientRect)]
    fn get_bounding_client_rect(this: &PageElement) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = Document)]
    type PageDocument;
    #[wasm_bindgen(final, catch, method, getter = body, js_class = "Document")]
    fn body(this: &PageDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, getter = documentElement, js_class = "Document")]
    fn document_element(this: &PageDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Document", js_name = createElement)]
    fn create_element(this: &PageDocument, tag: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Document", js_name = createTextNode)]
    fn create_text_node(this: &PageDocument, data: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, getter = adoptedStyleSheets, js_class = "Document")]
    fn adopted_style_sheets(this: &PageDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, setter = adoptedStyleSheets, js_class = "Document")]
    fn set_adopted_style_sheets(this: &PageDocument, sheets: &js_sys::Array)
        -> Result<(), JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Document", js_name = elementFromPoint)]
    fn element_from_point(this: &PageDocument, x: f32, y: f32) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "Document", js_name = caretPositionFromPoint)]
    fn caret_position_from_point(this: &PageDocument, x: f32, y: f32) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = EventTarget)]
    type PageTarget;
    #[wasm_bindgen(final, catch, method, js_class = "EventTarget", js_name = addEventListener)]
    fn add_event_listener(
        this: &PageTarget,
        event: &str,
        listener: &js_sys::Function,
        capture: bool,
    ) -> Result<(), JsValue>;
    #[wasm_bindgen(final, catch, method, js_class = "EventTarget", js_name = removeEventListener)]
    fn remove_event_listener(
        this: &PageTarget,
        event: &str,
        listener: &js_sys::Function,
        capture: bool,
    ) -> Result<(), JsValue>;
}

/// A value that must be a `Node`: `None` for anything else (a clobbered property's element
/// is a node too, which is why the accessors above never look at the object itself).
fn as_node(v: JsValue) -> Option<Node> {
    v.dyn_into::<Node>().ok()
}

pub fn parent_node(node: &Node) -> Option<Node> {
    as_node(node.unchecked_ref::<PageNode>().parent_node().ok()?)
}

/// `parent.insertBefore(node, child)`; whether it was done.
pub fn insert_before(parent: &Node, node: &Node, child: Option<&Node>) -> bool {
    parent
        .unchecked_ref::<PageNode>()
        .insert_before(node, child)
        .is_ok()
}

/// Removes `node` from its parent, if it has one.
pub fn detach(node: &Node) {
    if let Some(parent) = parent_node(node) {
        let _ = parent.unchecked_ref::<PageNode>().remove_child(node);
    }
}

/// An element's tag name, upper-cased ("" if it cannot be read as a string).
pub fn tag_name(el: &Element) -> String {
    el.unchecked_ref::<PageElement>()
        .tag_name()
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
        .to_ascii_uppercase()
}

/// An attribute's value, if it is set.
pub fn attribute(el: &Element, name: &str) -> Option<String> {
    el.unchecked_ref::<PageElement>()
        .get_attribute(name)
        .ok()?
        .as_string()
}

/// `el.closest(selector)`.
pub fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.unchecked_ref::<PageElement>()
        .closest(selector)
        .ok()?
        .dyn_into::<Element>()
        .ok()
}

/// `el.getBoundingClientRect()`, or `None` if it cannot be read.
pub fn bounding_rect(el: &Element) -> Option<web_sys::DomRect> {
    el.unchecked_ref::<PageElement>()
        .get_bounding_client_rect()
        .ok()?
        .dyn_into::<web_sys::DomRect>()
        .ok()
}

/// `document.elementFromPoint(x, y)`.
pub fn element_from_point(doc: &Document, x: f32, y: f32) -> Option<Element> {
    doc.unchecked_ref::<PageDocument>()
        .element_from_point(x, y)
        .ok()?
        .dyn_into::<Element>()
        .ok()
}

/// `document.body` (an element of the page even when `<img name="body">` is in it).
pub fn body(doc: &Document) -> Option<Element> {
    doc.unchecked_ref::<PageDocument>()
        .body()
        .ok()?
        .dyn_into::<Element>()
        .ok()
}

pub fn document_element(doc: &Document) -> Option<Element> {
    doc.unchecked_ref::<PageDocument>()
        .document_element()
        .ok()?
        .dyn_into::<Element>()
        .ok()
}

pub fn create_element(doc: &Document, tag: &str) -> Option<Element> {
    doc.unchecked_ref::<PageDocument>()
        .create_element(tag)
        .ok()?
        .dyn_into::<Element>()
        .ok()
}

pub fn create_text_node(doc: &Document, data: &str) -> Option<Node> {
    as_node(
        doc.unchecked_ref::<PageDocument>()
            .create_text_node(data)
            .ok()?,
    )
}

/// `document.adoptedStyleSheets`, as a fresh array (empty if it cannot be read).
pub fn adopted_style_sheets(doc: &Document) -> js_sys::Array {
    let sheets = doc
        .unchecked_ref::<PageDocument>()
        .adopted_style_sheets()
        .unwrap_or(JsValue::UNDEFINED);
    if js_sys::Array::is_array(&sheets) {
        js_sys::Array::from(&sheets)
    } else {
        js_sys::Array::new()
    }
}

pub fn set_adopted_style_sheets(doc: &Document, sheets: &js_sys::Array) {
    let _ = doc
        .unchecked_ref::<PageDocument>()
        .set_adopted_style_sheets(sheets);
}

/// The caret position at a point: `(node, offset)`.
pub fn caret_at(doc: &Document, x: f32, y: f32) -> Option<(Node, u32)> {
    let caret: web_sys::CaretPosition = doc
        .unchecked_ref::<PageDocument>()
        .caret_position_from_point(x, y)
        .ok()?
        .dyn_into()
        .ok()?;
    Some((caret.offset_node()?, caret.offset()))
}

/// Listens on `target` (the document), in the capture phase or not.
pub fn listen(target: &web_sys::EventTarget, event: &str, f: &js_sys::Function, capture: bool) {
    let _ = target
        .unchecked_ref::<PageTarget>()
        .add_event_listener(event, f, capture);
}

pub fn unlisten(target: &web_sys::EventTarget, event: &str, f: &js_sys::Function, capture: bool) {
    let _ = target
        .unchecked_ref::<PageTarget>()
        .remove_event_listener(event, f, capture);
}
