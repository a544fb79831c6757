//! The text map: a page's readable text as one string, and where each piece came from.
//!
//! Text nodes are read in document order. Inline elements (a, em, q, span…) join their
//! text to the surrounding words; block elements and `<br>` add a line break, so that two
//! paragraphs never run into one sentence. Subtrees that are not prose (script, style,
//! form fields, hidden and editable regions…) are skipped, and so, by default, is page
//! chrome (nav, aside, header, footer, figure captions). Each text node's UTF-16 start in
//! the string is kept, so a span of the report maps back to (node, offset) by binary
//! search, and a caret position maps forward to the string through a node index.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range, Text};

/// Elements whose content is never prose.
const SKIPPED: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON",
    "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO", "HEAD",
];

/// Page chrome around an article, skipped unless the caller asks for everything.
const CHROME: &[&str] = &["NAV", "ASIDE", "HEADER", "FOOTER", "FIGCAPTION"];

/// Elements that do not break the flow of text.
const INLINE: &[&str] = &[
    "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "I", "KBD", "MARK", "Q",
    "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR", "WBR", "INS", "DEL",
    "FONT", "LABEL",
];

/// Whether an element's class or id names page chrome (`data/page_chrome.txt`).
fn chrome_hint(el: &Element) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        crate::lexicon::entries(include_str!("../../data/page_chrome.txt")).collect()
    });
    let names = format!("{} {}", el.class_name(), el.id()).to_ascii_lowercase();
    let parts: Vec<&str> = names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    parts.iter().any(|p| words.contains(p))
        || parts
            .windows(2)
            .any(|w| words.contains(format!("{}-{}", w[0], w[1]).as_str()))
}

/// The id of claimlens's own tooltip host, never read as page text.
pub const HOST_ID: &str = "claimlens-host";

/// A text node and where its text starts in the map's string (UTF-16 units).
#[derive(Clone)]
pub struct Piece {
    pub start: usize,
    pub len: usize,
    pub node: Text,
}

/// The readable text under a root element, with the way back to the DOM.
pub struct TextMap {
    text: String,
    units: usize,
    pieces: Vec<Piece>,
    /// Text node → UTF-16 start of its text, for hit-testing.
    starts: js_sys::Map,
    skip_chrome: bool,
}

impl TextMap {
    /// Reads the text under `root`; `skip_chrome` leaves out nav, aside, header, footer
    /// and figure captions.
    pub fn collect(root: &Element, skip_chrome: bool) -> TextMap {
        let mut map = TextMap {
            text: String::new(),
            units: 0,
            pieces: Vec::new(),
            starts: js_sys::Map::new(),
            skip_chrome,
        };
        map.walk(root.as_ref());
        map
    }

    /// The collected text: what the core scans.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    fn walk(&mut self, node: &Node) {
        let mut child = node.first_child();
        while let Some(n) = child {
            match n.node_type() {
                Node::TEXT_NODE => {
                    let t: Text = n.clone().unchecked_into();
                    let data = t.data();
                    if !data.is_empty() {
                        let len = data.encode_utf16().count();
                        self.starts.set(&t, &JsValue::from(self.units as f64));
                        self.pieces.push(Piece {
                            start: self.units,
                            len,
                            node: t,
                        });
                        self.text.push_str(&data);
                        self.units += len;
                    }
                }
                Node::ELEMENT_NODE => {
                    let el: &Element = n.unchecked_ref();
                    let tag = el.tag_name().to_ascii_uppercase();
                    if tag == "BR" {
                        self.line_break();
                    } else if !self.skipped(el, &tag) {
                        let block = !INLINE.contains(&tag.as_str());
                        if block {
                            self.line_break();
                        }
                        self.walk(&n);
                        if block {
                            self.line_break();
                        }
                    }
                }
                _ => {}
            }
            child = n.next_sibling();
        }
    }

    /// Ends the current paragraph (once: no empty lines pile up).
    fn line_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.units += 1;
        }
    }

    fn skipped(&self, el: &Element, tag: &str) -> bool {
        SKIPPED.contains(&tag)
            || (self.skip_chrome && (CHROME.contains(&tag) || chrome_hint(el)))
            || el.id() == HOST_ID
            || el.has_attribute("hidden")
            || el.get_attribute("aria-hidden").as_deref() == Some("true")
            || el
                .get_attribute("contenteditable")
                .is_some_and(|v| v != "false")
    }

    /// A DOM range for the UTF-16 span `start..end` of the text, or `None` if the span
    /// lies outside the collected text nodes.
    pub fn range(&self, start: usize, end: usize) -> Option<Range> {
        let (start_node, start_off) = self.locate(start, false)?;
        let (end_node, end_off) = self.locate(end, true)?;
        let range = Range::new().ok()?;
        range.set_start(&start_node, start_off).ok()?;
        range.set_end(&end_node, end_off).ok()?;
        Some(range)
    }

    /// The piece holding UTF-16 position `pos` and the offset in it. A position on the
    /// boundary of two pieces belongs to the next one for a start and to the previous one
    /// for an end, so ranges never begin or end in a neighbour's text.
    pub fn locate_piece(&self, pos: usize, is_end: bool) -> Option<(usize, usize)> {
        let i = if is_end {
            self.pieces.partition_point(|p| p.start < pos)
        } else {
            self.pieces.partition_point(|p| p.start <= pos)
        };
        let i = i.checked_sub(1)?;
        let piece = &self.pieces[i];
        Some((i, pos.checked_sub(piece.start)?.min(piece.len)))
    }

    fn locate(&self, pos: usize, is_end: bool) -> Option<(Node, u32)> {
        let (i, off) = self.locate_piece(pos, is_end)?;
        Some((self.pieces[i].node.clone().into(), off as u32))
    }

    /// The text position of a caret in `node` at `offset`, if the node is one of ours.
    pub fn position_of(&self, node: &Node, offset: u32) -> Option<usize> {
        let start = self.starts.get(node).as_f64()?;
        Some(start as usize + offset as usize)
    }
}
