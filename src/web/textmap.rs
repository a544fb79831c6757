//! The text map: a page's readable text as one string, and where each piece came from.
//!
//! Text nodes are read in document order. Inline elements (a, em, q, span…) join their
//! text to the surrounding words; block elements and `<br>` add a line break, so that two
//! paragraphs never run into one sentence. Subtrees that are not prose (script, style,
//! form fields, hidden and editable regions…) are skipped. Each text node's UTF-16 start in
//! the string is kept, so a span of the report maps back to (node, offset) by binary search.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

/// Elements whose content is never prose.
const SKIPPED: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON",
    "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO", "HEAD",
];

/// Elements that do not break the flow of text.
const INLINE: &[&str] = &[
    "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "I", "KBD", "MARK", "Q",
    "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR", "WBR", "INS", "DEL",
    "FONT", "LABEL",
];

/// A text node and where its text starts in the map's string (UTF-16 units).
struct Piece {
    start: usize,
    len: usize,
    node: Text,
}

/// The readable text under a root element, with the way back to the DOM.
pub struct TextMap {
    text: String,
    units: usize,
    pieces: Vec<Piece>,
}

impl TextMap {
    /// Reads the text under `root`.
    pub fn collect(root: &Element) -> TextMap {
        let mut map = TextMap {
            text: String::new(),
            units: 0,
            pieces: Vec::new(),
        };
        map.walk(root.as_ref());
        map
    }

    /// The collected text: what the core scans.
    pub fn text(&self) -> &str {
        &self.text
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
                        self.pieces.push(Piece {
                            start: self.units,
                            len,
                            node: t,
                        });
                        self.push(&data, len);
                    }
                }
                Node::ELEMENT_NODE => {
                    let el: &Element = n.unchecked_ref();
                    let tag = el.tag_name().to_ascii_uppercase();
                    if tag == "BR" {
                        self.line_break();
                    } else if !skipped(el, &tag) {
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

    fn push(&mut self, s: &str, units: usize) {
        self.text.push_str(s);
        self.units += units;
    }

    /// Ends the current paragraph (once: no empty lines pile up).
    fn line_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.push("\n", 1);
        }
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

    /// The text node holding UTF-16 position `pos`. A position on the boundary of two
    /// nodes belongs to the next one for a start and to the previous one for an end, so
    /// ranges never begin or end in a neighbour's text.
    fn locate(&self, pos: usize, is_end: bool) -> Option<(Node, u32)> {
        let i = if is_end {
            self.pieces.partition_point(|p| p.start < pos)
        } else {
            self.pieces.partition_point(|p| p.start <= pos)
        };
        let piece = self.pieces.get(i.checked_sub(1)?)?;
        let off = pos.checked_sub(piece.start)?.min(piece.len);
        Some((piece.node.clone().into(), off as u32))
    }
}

fn skipped(el: &Element, tag: &str) -> bool {
    SKIPPED.contains(&tag)
        || el.has_attribute("hidden")
        || el.get_attribute("aria-hidden").as_deref() == Some("true")
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
