//! Saved web pages into claimlens's page outline, for the CLI and the Python package.
//!
//! A browser reads a live DOM into a [`claimlens::page`] outline (`crates/claimlens-wasm`,
//! `www/extension/reader.js`); this crate builds the very same outline from HTML source with
//! html5ever, the HTML5 parsing algorithm browsers implement, so that the core's
//! [`find_article`](claimlens::page::find_article) and [`collect`](claimlens::page::collect)
//! find the same article and read the same text on the command line as in the page. The
//! e2e test `tests/e2e/pages.test.mjs` compares both on every page fixture.

use std::borrow::Cow;

use claimlens::lexicon::OPAQUE_TAGS;
use claimlens::page::{self, Node};
use html5ever::tendril::TendrilSink;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// The outline of a page's `<body>` (its `document.body`, index 0), as the browser readers
/// build it: elements with their tag, class, id and flags and text nodes in document order,
/// every node after its parent, nothing read inside opaque elements (`data/outline.txt`).
pub fn outline(html: &str) -> Vec<Node> {
    parse(html).0
}

/// The outline and the language the page declares.
fn parse(html: &str) -> (Vec<Node>, Option<claimlens::Language>) {
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(html);
    let Some(root) = body(&dom.document) else {
        return (Vec::new(), None);
    };
    let language = declared_language(&dom.document, &root);
    let mut out = Vec::new();
    // (node, parent index) still to visit, last first: any depth is fine.
    let mut stack: Vec<(Handle, Option<usize>)> = vec![(root, None)];
    while let Some((handle, parent)) = stack.pop() {
        match &handle.data {
            NodeData::Text { contents } => out.push(Node {
                parent,
                text: Some(contents.borrow().to_string()),
                ..Node::default()
            }),
            NodeData::Element { name, attrs, .. } => {
                let attrs = attrs.borrow();
                let attr = |key: &str| {
                    attrs
                        .iter()
                        .find(|a| a.name.ns.is_empty() && &*a.name.local == key)
                        .map(|a| a.value.to_string())
                };
                // `Element.tagName`, upper-cased as the readers do (ASCII only).
                let tag = name.local.to_ascii_uppercase().to_string();
                let id = attr("id").unwrap_or_default();
                let read_inside = !OPAQUE_TAGS.contains(tag.as_str()) && !page::own_id(&id);
                let index = out.len();
                out.push(Node {
                    parent,
                    class: attr("class").unwrap_or_default(),
                    hidden: attr("hidden").is_some()
                        || attr("aria-hidden").as_deref() == Some("true"),
                    editable: attr("contenteditable").is_some_and(|v| v != "false"),
                    itemprop: attr("itemprop").unwrap_or_default(),
                    role: attr("role").unwrap_or_default(),
                    id,
                    tag: Some(tag),
                    text: None,
                    // A parsed page is not rendered: as in a detached document, the tag
                    // decides display and white space (data/outline.txt).
                    ..Node::default()
                });
                if read_inside {
                    let children = handle.children.borrow();
                    stack.extend(children.iter().rev().map(|c| (c.clone(), Some(index))));
                }
            }
            _ => {}
        }
    }
    (out, language)
}

/// The language of `<html lang>`, else `<body lang>` ([`claimlens::Language::declared`]).
fn declared_language(document: &Handle, body: &Handle) -> Option<claimlens::Language> {
    let lang_of = |h: &Handle| match &h.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| a.name.ns.is_empty() && &*a.name.local == "lang")
            .map(|a| a.value.to_string()),
        _ => None,
    };
    let html = document
        .children
        .borrow()
        .iter()
        .find(|h| matches!(h.data, NodeData::Element { .. }))
        .cloned();
    let tag = html
        .as_ref()
        .and_then(lang_of)
        .filter(|l| !l.trim().is_empty())
        .or_else(|| lang_of(body))?;
    claimlens::Language::declared(&tag)
}

/// `document.body`: the `<body>` (or `<frameset>`) child of the root element, else the
/// root element itself.
fn body(document: &Handle) -> Option<Handle> {
    let is_element = |h: &Handle| matches!(h.data, NodeData::Element { .. });
    let tag_is = |h: &Handle, tags: &[&str]| match &h.data {
        NodeData::Element { name, .. } => tags.contains(&&*name.local),
        _ => false,
    };
    let html = document
        .children
        .borrow()
        .iter()
        .find(|h| is_element(h))
        .cloned()?;
    let found = html
        .children
        .borrow()
        .iter()
        .find(|h| tag_is(h, &["body", "frameset"]))
        .cloned();
    Some(found.unwrap_or(html))
}

/// A page's article as claimlens reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article's readable text, one paragraph a line: what the core scans, and what
    /// report offsets point into.
    pub text: String,
    /// Tag, class and id of the element found to hold the article (`DIV.story-body#main`).
    pub element: String,
    /// The language the page declares (`<html lang>`, else `<body lang>`) when claimlens
    /// reads it.
    pub language: Option<claimlens::Language>,
}

/// The article of a page: [`outline`], then the core's
/// [`find_article`](claimlens::page::find_article) and its text with page chrome left out,
/// exactly what the browser module's `textOf(findArticle(doc))` gives.
pub fn article(html: &str) -> Article {
    let (outline, language) = parse(html);
    if outline.is_empty() {
        return Article {
            text: String::new(),
            element: String::new(),
            language,
        };
    }
    let i = page::find_article(&outline);
    let node = &outline[i];
    let mut element = node.tag.clone().unwrap_or_default();
    if !node.class.trim().is_empty() {
        element.push('.');
        element.push_str(&node.class.split_whitespace().collect::<Vec<_>>().join("."));
    }
    if !node.id.is_empty() {
        element.push('#');
        element.push_str(&node.id);
    }
    Article {
        text: page::collect(&outline, i, true).0,
        element,
        language,
    }
}

/// Whether text looks like an HTML document (starts with a doctype or an `<html>` tag), as
/// the demo page decides for a file of unknown type.
pub fn looks_like_html(text: &[u8]) -> bool {
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let head: Vec<u8> = text[start..text.len().min(start + 15)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    head.starts_with(b"<!doctype html")
        || (head.starts_with(b"<html")
            && matches!(head.get(5), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r')))
}

/// The text of a saved page's bytes. A byte-order mark wins; otherwise a page that declares
/// a charset other than UTF-8 in its first 1024 bytes (`<meta charset=…>` or
/// `content="…; charset=…"`) is decoded with it, and everything else must be UTF-8.
/// The error says where the first invalid byte is.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return Ok(text);
    }
    if let Some(enc) = declared_charset(bytes) {
        if enc != encoding_rs::UTF_8 {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            return Ok(text);
        }
    }
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at offset {}) and no other charset declared",
            e.valid_up_to()
        )
    })
}

/// The charset a page declares in its first 1024 bytes, if any and known.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head: Vec<u8> = bytes[..bytes.len().min(1024)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let at = head.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or(rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_language_is_html_lang_else_body_lang_and_english_for_another() {
        use claimlens::Language;
        let page = |html: &str| article(html).language;
        let body = "<body><article><p>Texte.</p></article></body>";
        assert_eq!(
            page(&format!("<html lang=\"fr-CA\">{body}</html>")),
            Some(Language::Fr)
        );
        assert_eq!(
            page("<html><body lang=\"de\"><p>Text.</p></body></html>"),
            Some(Language::De)
        );
        assert_eq!(
            page(&format!("<html lang=\"pt-BR\">{body}</html>")),
            Some(Language::En)
        );
        assert_eq!(page(&format!("<html lang=\"\">{body}</html>")), None);
        assert_eq!(page(&format!("<html>{body}</html>")), None);
    }

    #[test]
    fn the_outline_is_the_body_with_inline_text_joined_and_opaque_insides_left_out() {
        let o = outline(
            "<!doctype html><title>T</title><p class=lead id=a>“We will <em>not</em> stop,” \
             she said.<script>var s = \"“no”\";</script><svg><text>SIGN</text></svg>",
        );
        let tags: Vec<_> = o
            .iter()
            .map(|n| n.tag.as_deref().unwrap_or("#text"))
            .collect();
        assert_eq!(
            tags,
            ["BODY", "P", "#text", "EM", "#text", "#text", "SCRIPT", "SVG"]
        );
        assert_eq!(o[1].class, "lead");
        assert_eq!(o[1].id, "a");
        assert_eq!(o[4].parent, Some(3));
        let (text, _) = page::collect(&o, 0, true);
        assert_eq!(text, "“We will not stop,” she said.\n");
    }

    #[test]
    fn attribute_values_are_never_text() {
        let html = r#"<body><div class="x" data-q="“Not a quote,” he said"><p title='“Nor this”'>Plain.</p></div>"#;
        assert_eq!(article(html).text, "Plain.\n");
        let report = claimlens::scan(&article(html).text);
        assert!(report.quotes.is_empty());
    }

    #[test]
    fn hidden_editable_and_template_content_are_marked_or_absent() {
        let o = outline(
            "<body><p hidden>a</p><p aria-hidden=true>b</p><div contenteditable>c</div>\
             <div contenteditable=false>d</div><template><p>e</p></template>",
        );
        assert!(o[1].hidden && o[3].hidden);
        assert!(o[5].editable && !o[7].editable);
        assert_eq!(o.last().unwrap().tag.as_deref(), Some("TEMPLATE"));
        assert_eq!(page::collect(&o, 0, true).0, "d\n");
    }

    #[test]
    fn the_parser_repairs_markup_as_a_browser_does() {
        // An unclosed <p> ends at the next block; a table's stray text is fostered before it.
        let o = outline("<p>one<p>two<table>three<tr><td>four</table>");
        assert_eq!(page::collect(&o, 0, true).0, "one\ntwothree\nfour\n");
    }

    #[test]
    fn a_page_without_markup_is_its_text_and_an_empty_page_is_empty() {
        assert_eq!(article("Just text.").text, "Just text.\n");
        assert_eq!(article("").text, "");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // (Parsing and collecting are quadratic in depth: 20,000 levels take seconds.)
        let html = "<div>".repeat(5_000) + "deep";
        let o = outline(&html);
        assert!(o.len() > 1000);
        assert!(article(&html).text.contains("deep"));
    }

    #[test]
    fn charsets_bom_declared_or_utf8() {
        assert_eq!(decode(b"\xef\xbb\xbfok").unwrap(), "ok");
        let latin = b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>";
        assert!(decode(latin).unwrap().contains("café"));
        let http_equiv =
            b"<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>\x93Hi\x94";
        assert!(decode(http_equiv).unwrap().contains("“Hi”"));
        let err = decode(b"<p>bad \xff byte").unwrap_err();
        assert!(err.contains("offset 7"), "{err}");
        assert!(decode(b"<meta charset=utf-8>\xff").is_err());
    }

    #[test]
    fn html_is_recognised_by_its_start() {
        assert!(looks_like_html(b"  <!DOCTYPE html><p>"));
        assert!(looks_like_html(b"<html lang=en>"));
        assert!(!looks_like_html(b"<htmlx>"));
        assert!(!looks_like_html(b"He said <b> is bold."));
    }
}
