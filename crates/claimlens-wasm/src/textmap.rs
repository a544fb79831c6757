//! The text map: the live DOM read into a [`claimlens::page`] outline, the outline's readable
//! text (the rules live in `page`, DOM-free), and the way back from a UTF-16 span of that
//! text to (text node, offset) pairs by binary search, and from a caret to the text.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range, Text};

use claimlens::lexicon::OPAQUE_TAGS;
use claimlens::page;

/// A page's outline and the live node behind each entry.
pub struct Dom {
    pub outline: Vec<page::Node>,
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Reads the subtree of `root` (index 0) in document order. The walk keeps its own
    /// stack (any depth is fine) and reads attributes, never clobberable properties.
    pub fn read(root: &Element) -> Dom {
        let mut dom = Dom {
            outline: Vec::new(),
            nodes: Vec::new(),
        };
        // (node, parent index) still to visit, last first.
        let mut stack: Vec<(Node, Option<usize>)> = vec![(root.clone().into(), None)];
        while let Some((node, parent)) = stack.pop() {
            match node.node_type() {
                Node::ELEMENT_NODE => {
                    let index = dom.outline.len();
                    if dom.push_element(node.unchecked_ref(), parent) {
                        let mut children = Vec::new();
                        let mut child = node.first_child();
                        while let Some(c) = child {
                            child = c.next_sibling();
                            children.push(c);
                        }
                        stack.extend(children.into_iter().rev().map(|c| (c, Some(index))));
                    }
                }
                Node::TEXT_NODE => {
                    let data = node.unchecked_ref::<Text>().data();
                    dom.outline.push(page::Node {
                        parent,
                        text: Some(data),
                        ..page::Node::default()
                    });
                    dom.nodes.push(node);
                }
                _ => {}
            }
        }
        dom
    }

    /// Adds an element's entry; whether its children are to be read.
    fn push_element(&mut self, el: &Element, parent: Option<usize>) -> bool {
        let tag = el.tag_name().to_ascii_uppercase();
        let id = el.get_attribute("id").unwrap_or_default();
        // Elements whose insides are never read keep their own entry (data/outline.txt).
        let read_inside = !OPAQUE_TAGS.contains(tag.as_str()) && !page::own_id(&id);
        self.outline.push(page::Node {
            parent,
            class: el.get_attribute("class").unwrap_or_default(),
            id,
            hidden: el.has_attribute("hidden")
                || el.get_attribute("aria-hidden").as_deref() == Some("true"),
            editable: el
                .get_attribute("contenteditable")
                .is_some_and(|v| v != "false"),
            itemprop: el.get_attribute("itemprop").unwrap_or_default(),
            role: el.get_attribute("role").unwrap_or_default(),
            tag: Some(tag),
            text: None,
        });
        self.nodes.push(el.clone().into());
        read_inside
    }
}

/// The readable text under a root element, with the way back to the DOM.
pub struct TextMap {
    text: String,
    pieces: Vec<page::Piece>,
    /// The live node of each outline entry.
    nodes: Vec<Node>,
    /// Text node → UTF-16 start of its text, for hit-testing.
    starts: js_sys::Map,
}

impl TextMap {
    /// Reads the text under `root`; `skip_chrome` leaves out nav, aside, header, footer,
    /// figure captions and elements whose class or id names page chrome.
    pub fn collect(root: &Element, skip_chrome: bool) -> TextMap {
        let dom = Dom::read(root);
        let (text, pieces) = page::collect(&dom.outline, 0, skip_chrome);
        let starts = js_sys::Map::new();
        for p in &pieces {
            starts.set(&dom.nodes[p.node], &JsValue::from(p.start as f64));
        }
        TextMap {
            text,
            pieces,
            nodes: dom.nodes,
            starts,
        }
    }

    /// The collected text: what the core scans.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Each text node with the UTF-16 start and length of its text (for mark mode).
    pub fn pieces(&self) -> impl Iterator<Item = (&Text, usize, usize)> {
        self.pieces
            .iter()
            .map(|p| (self.nodes[p.node].unchecked_ref::<Text>(), p.start, p.len))
    }

    /// A DOM range for the UTF-16 span `start..end` of the text, or `None` if the span
    /// lies outside the collected text nodes.
    pub fn range(&self, start: usize, end: usize) -> Option<Range> {
        let (start_node, start_off) = page::locate(&self.pieces, start, false)?;
        let (end_node, end_off) = page::locate(&self.pieces, end, true)?;
        let range = Range::new().ok()?;
        range
            .set_start(&self.nodes[start_node], start_off as u32)
            .ok()?;
        range.set_end(&self.nodes[end_node], end_off as u32).ok()?;
        Some(range)
    }

    /// The text position of a caret in `node` at `offset`, if the node is one of ours.
    pub fn position_of(&self, node: &Node, offset: u32) -> Option<usize> {
        let start = self.starts.get(node).as_f64()?;
        Some(start as usize + offset as usize)
    }
}
