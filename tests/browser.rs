//! The DOM layer in headless Chromium (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fixture(html: &str) -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    div.set_inner_html(html);
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// The text of every range in the named CSS highlight.
fn highlighted(name: &str) -> Vec<String> {
    let registry = web_sys::css::JsNamespaceCss::highlights();
    let Some(hl) = registry.get(name) else {
        return Vec::new();
    };
    // A Highlight is a set-like iterable: Array.from lists its ranges in insertion order.
    js_sys::Array::from(&hl)
        .iter()
        .map(|r| String::from(r.unchecked_into::<web_sys::Range>().to_string()))
        .collect()
}

#[wasm_bindgen_test]
fn quote_across_inline_elements_is_one_highlight() {
    let root = fixture("<p>“We will <a href='#'>not</a> stop,” she said.</p><p>Then: \"Go.\"</p>");
    claimlens::web::highlight(Some(root.clone().unchecked_into::<Element>())).unwrap();
    assert_eq!(
        highlighted("claimlens-quote"),
        ["“We will not stop,”", "\"Go.\""]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn blocks_break_text_and_scripts_are_skipped() {
    let root = fixture("<div>“Open</div><script>var s = \"no\";</script><div>close”</div>");
    let report = claimlens::web::highlight(Some(root.clone().unchecked_into::<Element>())).unwrap();
    let quotes = js_sys::Reflect::get(&report, &"quotes".into()).unwrap();
    // The quote is unclosed in its paragraph: it must not run into the next block.
    assert_eq!(highlighted("claimlens-quote"), ["“Open"]);
    assert_eq!(js_sys::Array::from(&quotes).length(), 1);
    root.remove();
}

#[wasm_bindgen_test]
fn emoji_and_cjk_offsets_map_exactly() {
    let root = fixture("<p>😀 他说「好」, then 👍🏽 “yes” <b>😀</b>“no”.</p>");
    claimlens::web::highlight(Some(root.clone().unchecked_into::<Element>())).unwrap();
    assert_eq!(highlighted("claimlens-quote"), ["「好」", "“yes”", "“no”"]);
    root.remove();
}

#[wasm_bindgen_test]
fn highlighting_twice_replaces_and_clear_removes() {
    let root = fixture("<p>“One,” he said.</p>");
    let el: Element = root.clone().unchecked_into();
    claimlens::web::highlight(Some(el.clone())).unwrap();
    claimlens::web::highlight(Some(el)).unwrap();
    assert_eq!(highlighted("claimlens-quote").len(), 1);
    claimlens::web::clear().unwrap();
    assert!(highlighted("claimlens-quote").is_empty());
    root.remove();
}
