//! The wasm API in Node.js (`wasm-pack test --node`): what `scan` hands to JavaScript.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn scan_returns_a_plain_object_with_utf16_offsets() {
    let text = "😀 “No deal,” he said.";
    let report = claimlens_wasm::scan(text).unwrap();
    let quotes = js_sys::Array::from(&get(&report, "quotes"));
    assert_eq!(quotes.length(), 1);
    let q = quotes.get(0);
    // The emoji is two UTF-16 units, the space one: the quote starts at 3.
    assert_eq!(get(&q, "start").as_f64(), Some(3.0));
    assert_eq!(get(&q, "text").as_string().as_deref(), Some("“No deal,”"));
    let js_text = js_sys::JsString::from(text);
    let end = get(&q, "end").as_f64().unwrap() as u32;
    assert_eq!(String::from(js_text.substring(3, end)), "“No deal,”");
    assert!(get(&report, "attributions").is_object());
}

#[wasm_bindgen_test]
fn scan_of_empty_and_junk_text_is_empty_not_an_error() {
    for text in ["", "\u{0}\u{1}\u{fffd}\"\"\"''", &"“".repeat(10_000)] {
        let report = claimlens_wasm::scan(text).unwrap();
        assert!(js_sys::Array::is_array(&get(&report, "quotes")));
    }
}
