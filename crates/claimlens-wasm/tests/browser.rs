//! The DOM layer in headless Chromium (`wasm-pack test --headless --chrome`): text
//! collection, offsets, both rendering modes, clear(), toggles, navigation, tooltips.
#![cfg(target_arch = "wasm32")]

use claimlens_wasm as web;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh fixture under `<body>`; removed again by the caller.
fn fixture(html: &str) -> Element {
    let div: HtmlElement = doc().create_element("div").unwrap().unchecked_into();
    div.set_inner_html(html);
    doc().body().unwrap().append_child(&div).unwrap();
    div.into()
}

fn opts(json: &str) -> js_sys::Object {
    js_sys::JSON::parse(json).unwrap().into()
}

/// The texts of the ranges of every registered highlight whose name starts with `prefix`.
fn highlighted(prefix: &str) -> Vec<String> {
    let registry = web_sys::css::JsNamespaceCss::highlights();
    let mut out = Vec::new();
    for entry in js_sys::Array::from(&registry).iter() {
        let pair = js_sys::Array::from(&entry);
        if pair.get(0).as_string().unwrap().starts_with(prefix) {
            for r in js_sys::Array::from(&pair.get(1)).iter() {
                out.push(String::from(
                    r.unchecked_into::<web_sys::Range>().to_string(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn quote_across_inline_elements_is_one_highlight() {
    let root = fixture("<p>“We will <a href='#'>not</a> stop,” she said.</p><p>Then: \"Go.\"</p>");
    web::highlight(Some(root.clone()), None).unwrap();
    assert_eq!(
        highlighted("claimlens-quote"),
        ["\"Go.\"", "“We will not stop,”"]
    );
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn blocks_and_br_break_text_and_non_prose_is_skipped() {
    let root = fixture(
        "<div>“Open</div><script>var s = \"no\";</script><div>close”</div>\
         <p>Line one<br>“Two”</p><div hidden>“hidden”</div><span aria-hidden='true'>“aria”</span>\
         <div contenteditable>“editable”</div><template>“tpl”</template><noscript>“ns”</noscript>",
    );
    let res = web::highlight(Some(root.clone()), None).unwrap();
    // The unclosed quote must not run into the next block.
    assert_eq!(highlighted("claimlens-quote"), ["“Open", "“Two”"]);
    let quotes = js_sys::Array::from(&get(&get(&res, "report"), "quotes"));
    assert_eq!(quotes.length(), 2);
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn page_chrome_is_skipped_by_default_and_kept_on_request() {
    let html = "<nav>“Menu”</nav><p>“Body text here,” he said.</p><aside>“Rail”</aside>\
                <figure><figcaption>“Caption”</figcaption></figure><footer>“Foot”</footer>";
    let root = fixture(html);
    web::highlight(Some(root.clone()), None).unwrap();
    assert_eq!(highlighted("claimlens-quote"), ["“Body text here,”"]);
    web::highlight(Some(root.clone()), Some(opts(r#"{"skipChrome": false}"#))).unwrap();
    assert_eq!(highlighted("claimlens-quote").len(), 5);
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn emoji_cjk_and_combining_marks_map_exactly() {
    let root =
        fixture("<p>😀 他说「好」, then 👍🏽 “yes” <b>😀</b>“e\u{301}t\u{e9}” and « oui ».</p>");
    web::highlight(Some(root.clone()), None).unwrap();
    let mut want = vec!["「好」", "“yes”", "“e\u{301}t\u{e9}”", "« oui »"];
    want.sort();
    assert_eq!(highlighted("claimlens-quote"), want);
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn highlighting_twice_equals_once_and_clear_removes_everything() {
    let root = fixture("<p>“One,” he said. Critics say it may fail.</p>");
    web::highlight(Some(root.clone()), None).unwrap();
    let once = (
        highlighted("claimlens-"),
        doc().adopted_style_sheets().length(),
    );
    web::highlight(Some(root.clone()), None).unwrap();
    assert_eq!(
        (
            highlighted("claimlens-"),
            doc().adopted_style_sheets().length()
        ),
        once
    );
    assert!(highlighted("claimlens-hedge").contains(&"may".to_string()));
    web::clear();
    assert!(highlighted("claimlens-").is_empty());
    assert_eq!(doc().adopted_style_sheets().length(), 0);
    root.remove();
}

#[wasm_bindgen_test]
fn highlight_mode_never_touches_the_dom() {
    let root = fixture("<p>“A <em>b</em> c,” said Ann Lee, who may <a href='#'>run</a>.</p>");
    let before = root.inner_html();
    let child_count = root.first_element_child().unwrap().child_nodes().length();
    web::highlight(Some(root.clone()), Some(opts(r#"{"mode": "highlight"}"#))).unwrap();
    assert_eq!(root.inner_html(), before);
    assert_eq!(
        root.first_element_child().unwrap().child_nodes().length(),
        child_count
    );
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn mark_mode_wraps_across_elements_and_clear_restores_html_byte_for_byte() {
    let html =
        "<p>“We will <a href=\"#\">not <b>ever</b></a> stop,” said Sen. Ann Lee. Critics say she \
                could lose.</p><p>It’s the ’90s, “ok”.</p>";
    let root = fixture(html);
    let before = root.inner_html();
    let first_text = root.first_element_child().unwrap().first_child().unwrap();
    let res = web::highlight(Some(root.clone()), Some(opts(r#"{"mode": "mark"}"#))).unwrap();
    assert_eq!(get(&res, "mode").as_string().as_deref(), Some("mark"));
    let marks = root.query_selector_all("mark.claimlens").unwrap();
    assert!(marks.length() >= 5, "{} marks", marks.length());
    // No mark ever contains an element: quotes are split at element boundaries.
    for i in 0..marks.length() {
        let m: Element = marks.get(i).unwrap().unchecked_into();
        assert_eq!(m.child_element_count(), 0);
    }
    let quote_text: String = (0..marks.length())
        .map(|i| marks.get(i).unwrap().unchecked_into::<Element>())
        .filter(|m| m.class_name().contains("claimlens-quote-"))
        .map(|m| m.text_content().unwrap())
        .collect();
    assert!(
        quote_text.starts_with("“We will not ever stop,”"),
        "{quote_text}"
    );
    web::clear();
    assert_eq!(root.inner_html(), before);
    // The page's own text node is the same node, not a copy.
    assert!(root
        .first_element_child()
        .unwrap()
        .first_child()
        .unwrap()
        .is_same_node(Some(&first_text)));
    root.remove();
}

#[wasm_bindgen_test]
fn toggles_hide_and_show_each_category() {
    let root =
        fixture("<p>“Yes,” said Ann Lee. Critics say it may fail, according to a study.</p>");
    web::highlight(Some(root.clone()), None).unwrap();
    assert!(!highlighted("claimlens-hedge").is_empty());
    web::set_visible("hedges", false).unwrap();
    assert!(highlighted("claimlens-hedge").is_empty() && highlighted("claimlens-claim").is_empty());
    assert!(!highlighted("claimlens-quote").is_empty());
    web::set_visible("quotes", false).unwrap();
    assert!(highlighted("claimlens-quote").is_empty());
    web::set_visible("hedges", true).unwrap();
    assert!(!highlighted("claimlens-hedge").is_empty());
    assert!(web::set_visible("rumours", true).is_err());
    web::highlight(
        Some(root.clone()),
        Some(opts(r#"{"categories": ["attributions"]}"#)),
    )
    .unwrap();
    assert!(
        highlighted("claimlens-quote").is_empty()
            && !highlighted("claimlens-attribution").is_empty()
    );
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn speakers_get_distinct_stable_colours() {
    let html = "<p>“One,” said Ann Lee. “Two,” said Bo Chen. “Three,” said Cy Diaz.</p>";
    let root = fixture(html);
    let a = web::highlight(Some(root.clone()), None).unwrap();
    let colours = |r: &JsValue| -> Vec<String> {
        js_sys::Array::from(&get(r, "speakers"))
            .iter()
            .map(|s| get(&s, "color").as_string().unwrap())
            .collect()
    };
    let first = colours(&a);
    assert_eq!(first.len(), 3);
    assert!(first[0] != first[1] && first[1] != first[2] && first[0] != first[2]);
    let b = web::highlight(Some(root.clone()), None).unwrap();
    assert_eq!(colours(&b), first);
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn navigation_moves_through_items_and_explains_them() {
    let root =
        fixture("<p>“One,” said Ann Lee. Critics say it may fail.</p><p>“Two,” she said.</p>");
    web::highlight(Some(root.clone()), None).unwrap();
    let first = web::next(None).unwrap();
    assert_eq!(get(&first, "text").as_string().as_deref(), Some("“One,”"));
    assert_eq!(
        web::tooltip_text().as_deref(),
        Some("Quote — Ann Lee · said")
    );
    assert_eq!(highlighted("claimlens-current"), ["“One,”"]);
    let hedge = web::next(Some("hedges".into())).unwrap();
    assert_eq!(
        get(&hedge, "category").as_string().as_deref(),
        Some("hedges")
    );
    assert!(web::tooltip_text().unwrap().starts_with("Hedge · "));
    let back = web::previous(Some("quotes".into())).unwrap();
    assert_eq!(get(&back, "text").as_string().as_deref(), Some("“One,”"));
    // Wraps around.
    let last = web::previous(Some("quotes".into())).unwrap();
    assert_eq!(get(&last, "text").as_string().as_deref(), Some("“Two,”"));
    web::clear();
    assert!(web::next(None).unwrap().is_null());
    root.remove();
}

#[wasm_bindgen_test]
fn hostile_speaker_names_are_rendered_as_text() {
    let root = fixture(
        "<p>“Hi,” said &lt;img src=x onerror=alert(1)&gt; Smith.</p><p>“Yo,” said Ann Lee.</p>",
    );
    web::highlight(Some(root.clone()), None).unwrap();
    for _ in 0..4 {
        web::next(None).unwrap();
        let host = doc().get_element_by_id("claimlens-host").unwrap();
        let shadow = host.shadow_root().unwrap();
        assert!(shadow.query_selector("img").unwrap().is_none());
    }
    web::clear();
    assert!(doc().get_element_by_id("claimlens-host").is_none());
    root.remove();
}

#[wasm_bindgen_test]
fn bad_options_are_clear_errors_not_panics() {
    let root = fixture("<p>“Hi.”</p>");
    assert!(web::highlight(Some(root.clone()), Some(opts(r#"{"mode": "paint"}"#))).is_err());
    assert!(web::highlight(
        Some(root.clone()),
        Some(opts(r#"{"categories": ["gossip"]}"#))
    )
    .is_err());
    assert!(web::highlight(Some(root.clone()), Some(opts(r#"{"colour": 1}"#))).is_err());
    assert!(web::highlight(Some(root.clone()), Some(opts(r#"{"colorScheme": "dark"}"#))).is_ok());
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn a_watch_list_is_a_layer_of_its_own_with_its_tooltip() {
    let root = fixture("<p>Sources <b>close</b> to the talks said 😀 a deal may come.</p>");
    let res = web::highlight(
        Some(root.clone()),
        Some(opts(
            r#"{"watch": ["sources close to", "deal"], "mode": "highlight"}"#,
        )),
    )
    .unwrap();
    assert_eq!(highlighted("claimlens-watch"), ["Sources close to", "deal"]);
    let found = js_sys::Array::from(&get(&get(&res, "report"), "watch"));
    assert_eq!(found.length(), 2);
    let focused = web::next(Some("watch".into())).unwrap();
    assert_eq!(
        get(&focused, "label").as_string().as_deref(),
        Some("watch: sources close to")
    );
    assert_eq!(
        web::tooltip_text().as_deref(),
        Some("watch: sources close to")
    );
    web::set_visible("watch", false).unwrap();
    assert!(highlighted("claimlens-watch").is_empty());
    assert!(!highlighted("claimlens-hedge").is_empty());
    // A bad pattern changes nothing: the highlights stay as they were.
    web::set_visible("watch", true).unwrap();
    let err = web::highlight(Some(root.clone()), Some(opts(r#"{"watch": ["[a-"]}"#))).unwrap_err();
    assert_eq!(
        get(&err, "name").as_string().as_deref(),
        Some("WatchPatternError")
    );
    assert_eq!(get(&err, "column").as_f64(), Some(1.0));
    assert_eq!(highlighted("claimlens-watch").len(), 2);
    // Mark mode paints it too.
    web::highlight(
        Some(root.clone()),
        Some(opts(r#"{"watch": ["deal"], "mode": "mark"}"#)),
    )
    .unwrap();
    let marks = root.query_selector_all("mark.claimlens-watch").unwrap();
    assert_eq!(marks.length(), 1);
    web::clear();
    assert!(highlighted("claimlens-").is_empty());
    root.remove();
}

#[wasm_bindgen_test]
fn focus_item_jumps_to_the_item_at_an_offset() {
    let root = fixture("<p>Intro. “One,” said Ann Lee. Critics say it may fail.</p>");
    let res = web::highlight(Some(root.clone()), None).unwrap();
    let hedges = js_sys::Array::from(&get(&get(&res, "report"), "hedges"));
    let start = get(&hedges.get(0), "start").as_f64().unwrap() as usize;
    let f = web::focus_item(start, Some("hedges".into())).unwrap();
    assert_eq!(get(&f, "category").as_string().as_deref(), Some("hedges"));
    assert!(web::focus_item(9999, None).unwrap().is_null());
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn find_article_and_text_of_work_on_a_parsed_document() {
    let html = "<html><body><nav>“Menu”</nav><div class='sidebar'><p>Most read, today.</p></div>\
                <article><p>“We kept going, and going, and going,” said Ann Lee, a coach.</p>\
                <p>The team, which had lost four games, may still qualify, officials said.</p>\
                <p>Fans, players and staff celebrated late into the night, after the win.</p></article>\
                <footer>“Foot”</footer></body></html>";
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .unwrap();
    let article = web::find_article(Some(doc)).unwrap();
    assert_eq!(article.tag_name(), "ARTICLE");
    let text = web::text_of(&article, None).unwrap();
    assert_eq!(text.lines().count(), 3);
    assert!(text.starts_with("“We kept going"));
}

#[wasm_bindgen_test]
fn selection_only_paints_what_is_selected() {
    let root =
        fixture("<p id='one'>“First,” said Ann Lee.</p><p id='two'>“Second,” said Bo Chen.</p>");
    let sel = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    let range = doc().create_range().unwrap();
    range
        .select_node_contents(&doc().get_element_by_id("two").unwrap())
        .unwrap();
    sel.remove_all_ranges().unwrap();
    sel.add_range(&range).unwrap();
    web::highlight(Some(root.clone()), Some(opts(r#"{"selectionOnly": true}"#))).unwrap();
    assert_eq!(highlighted("claimlens-quote"), ["“Second,”"]);
    sel.remove_all_ranges().unwrap();
    assert!(web::highlight(Some(root.clone()), Some(opts(r#"{"selectionOnly": true}"#))).is_err());
    web::clear();
    root.remove();
}

#[wasm_bindgen_test]
fn form_controls_named_after_dom_properties_do_not_fool_the_reader() {
    // Each control shadows the form's property of its name (`form.id` is the input).
    let names = [
        "id",
        "className",
        "tagName",
        "nodeName",
        "attributes",
        "children",
        "style",
        "hidden",
        "firstChild",
        "nextSibling",
        "nodeType",
        "parentNode",
        "getAttribute",
        "hasAttribute",
        "insertBefore",
        "removeChild",
        "closest",
    ];
    let controls: String = names
        .iter()
        .map(|n| format!("<input type='hidden' name='{n}' value='1'>"))
        .collect();
    let root = fixture(&format!(
        "<form class='search'>{controls}<p>“Inside the form,” said Ann Lee.</p></form>\
         <p>“After it,” said Bo Chen.</p>"
    ));
    let text = web::text_of(&root, None).unwrap();
    assert!(
        text.contains("“Inside the form,” said Ann Lee.\n"),
        "{text:?}"
    );
    assert!(text.contains("“After it,” said Bo Chen."), "{text:?}");
    // Mark mode splits the form's text and inserts marks into the form.
    web::highlight(Some(root.clone()), Some(opts(r#"{"mode": "mark"}"#))).unwrap();
    let marks = root
        .query_selector_all("form mark.claimlens")
        .unwrap()
        .length();
    assert!(marks > 0);
    web::clear();
    assert!(web::healthy());
    assert_eq!(root.query_selector_all("mark").unwrap().length(), 0);
    root.remove();
}

/// The middle of the first text node under `el`, in window coordinates.
fn centre_of_text(el: &Element) -> (f32, f32) {
    let text = el.first_child().unwrap();
    let range = doc().create_range().unwrap();
    range.select_node_contents(&text).unwrap();
    let r = range.get_bounding_client_rect();
    (
        (r.left() + r.width() / 2.0) as f32,
        (r.top() + r.height() / 2.0) as f32,
    )
}

#[wasm_bindgen_test]
fn reader_reassigns_a_speaker_and_the_page_summary_and_tooltip_follow() {
    let root = fixture(
        "<p>Ann Lee met Bob Hale on Monday.</p><p><span id='q'>“We agreed on the budget,”</span> he said.</p>",
    );
    let res = web::highlight(Some(root.clone()), None).unwrap();
    let quote = js_sys::Array::from(&get(&get(&res, "report"), "quotes")).get(0);
    let start = get(&quote, "start").as_f64().unwrap() as usize;
    let before = get(&quote, "speaker").as_string();

    // A click on the quote finds it; a click elsewhere finds none.
    let span = doc().get_element_by_id("q").unwrap();
    let (x, y) = centre_of_text(&span);
    let hit = web::quote_at(x, y).unwrap();
    assert_eq!(get(&hit, "start").as_f64(), Some(start as f64));
    assert!(web::quote_at(1.0, 1.0).unwrap().is_null());

    // The ranked choices come first, with probabilities; Ann Lee is among the choices.
    let choices = js_sys::Array::from(&web::speaker_choices_at(start).unwrap());
    let names: Vec<String> = choices
        .iter()
        .map(|c| get(&c, "speaker").as_string().unwrap())
        .collect();
    assert!(names.contains(&"Ann Lee".to_string()), "{names:?}");
    assert!(get(&choices.get(0), "probability").as_f64().is_some());
    let current: Vec<String> = choices
        .iter()
        .filter(|c| get(c, "current").as_bool() == Some(true))
        .map(|c| get(&c, "speaker").as_string().unwrap())
        .collect();
    assert_eq!(current, before.clone().into_iter().collect::<Vec<_>>());

    // Reassigning repaints: the quote carries the new speaker, marked corrected, the
    // summary counts it, and the tooltip says who set it.
    let after = web::reassign_speaker(start, Some("Ann Lee".into())).unwrap();
    let q = js_sys::Array::from(&get(&get(&after, "report"), "quotes")).get(0);
    assert_eq!(get(&q, "speaker").as_string().as_deref(), Some("Ann Lee"));
    assert_eq!(get(&q, "corrected").as_bool(), Some(true));
    let speakers: Vec<String> = js_sys::Array::from(&get(&get(&after, "summary"), "speakers"))
        .iter()
        .map(|s| get(&s, "name").as_string().unwrap())
        .collect();
    assert_eq!(speakers, ["Ann Lee"]);
    assert_eq!(
        highlighted("claimlens-quote-"),
        ["“We agreed on the budget,”"]
    );
    web::focus_item(start, Some("quotes".into())).unwrap();
    assert!(
        web::tooltip_text().unwrap().contains("set by you"),
        "{:?}",
        web::tooltip_text()
    );

    // Nobody said it: no speaker, still corrected.
    let none = web::reassign_speaker(start, None).unwrap();
    let q = js_sys::Array::from(&get(&get(&none, "report"), "quotes")).get(0);
    assert!(get(&q, "speaker").is_null());
    assert_eq!(get(&q, "corrected").as_bool(), Some(true));

    // Bad input is a clear error that harms nothing.
    assert!(web::reassign_speaker(start + 1, Some("X".into())).is_err());
    assert!(web::reassign_speaker(start, Some("   ".into())).is_err());
    assert!(web::reassign_speaker(start, Some("n".repeat(500))).is_err());
    assert!(web::speaker_choices_at(9999).is_err());
    assert!(web::healthy());
    web::clear();
    assert!(web::reassign_speaker(start, Some("Ann Lee".into())).is_err());
    assert!(web::quote_at(x, y).unwrap().is_null());
    root.remove();
}
