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
    let report = claimlens_wasm::scan(text, None).unwrap();
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
        let report = claimlens_wasm::scan(text, None).unwrap();
        assert!(js_sys::Array::is_array(&get(&report, "quotes")));
    }
}

fn watch(patterns: &[&str]) -> js_sys::Object {
    let list: js_sys::Array = patterns.iter().map(|p| JsValue::from(*p)).collect();
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"watch".into(), &list).unwrap();
    o
}

#[wasm_bindgen_test]
fn scan_with_a_watch_list_reports_its_matches_in_utf16_units() {
    let text = "😀 Sources close to the minister said 𝒳 may fall. SOURCES CLOSE TO him agreed.";
    let report = claimlens_wasm::scan(text, Some(watch(&["sources close to", "𝒳"]))).unwrap();
    let found = js_sys::Array::from(&get(&report, "watch"));
    assert_eq!(found.length(), 3);
    let js_text = js_sys::JsString::from(text);
    for m in found.iter() {
        let (a, b) = (
            get(&m, "start").as_f64().unwrap(),
            get(&m, "end").as_f64().unwrap(),
        );
        assert_eq!(
            String::from(js_text.substring(a as u32, b as u32)),
            get(&m, "text").as_string().unwrap()
        );
    }
    let first = found.get(0);
    assert_eq!(get(&first, "start").as_f64(), Some(3.0));
    assert_eq!(get(&first, "pattern_index").as_f64(), Some(0.0));
    assert_eq!(
        get(&found.get(1), "pattern").as_string().as_deref(),
        Some("𝒳")
    );
    // Without the option (or with an empty list) there is no `watch` key at all.
    for options in [None, Some(watch(&[]))] {
        let plain = claimlens_wasm::scan(text, options).unwrap();
        assert!(get(&plain, "watch").is_undefined());
        assert!(js_sys::Array::is_array(&get(&plain, "hedges")));
    }
}

#[wasm_bindgen_test]
fn a_bad_watch_pattern_is_a_structured_error_and_the_instance_stays_healthy() {
    let err = claimlens_wasm::scan("text", Some(watch(&["ok", "officials? (said"]))).unwrap_err();
    let e: &js_sys::Error = wasm_bindgen::JsCast::dyn_ref(&err).expect("an Error object");
    assert_eq!(String::from(e.name()), "WatchPatternError");
    assert_eq!(
        String::from(e.message()),
        "bad watch pattern 2 \"officials? (said\" at character 12: unclosed group"
    );
    assert_eq!(get(&err, "index").as_f64(), Some(1.0));
    assert_eq!(get(&err, "column").as_f64(), Some(12.0));
    assert_eq!(
        get(&err, "pattern").as_string().as_deref(),
        Some("officials? (said")
    );
    assert_eq!(
        get(&err, "reason").as_string().as_deref(),
        Some("unclosed group")
    );
    // Other bad options are plain errors; none traps.
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"wach".into(), &JsValue::TRUE).unwrap();
    assert!(claimlens_wasm::scan("text", Some(o)).is_err());
    assert!(claimlens_wasm::healthy());
    assert!(claimlens_wasm::scan("“Yes,” he said.", None).is_ok());
}
