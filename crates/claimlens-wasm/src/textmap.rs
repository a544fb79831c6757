//! The text map: the live DOM read into a [`claimlens::page`] outline, the outline's readable
//! text (the rules live in `page`, DOM-free), and the way back from a UTF-16 span of that
//! text to (text node, offset) pairs by binary search, and from a caret to the text.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range, Text};

use crate::dom;

use claimlens::lexicon::OPAQUE_TAGS;
use claimlens::page;

/// A page's outline and the live node behind each entry.
pub struct Dom {
    pub outline: Vec<page::Node>,
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Reads the subtree of `root` (index 0) in document order. The walk keeps its own
    /// stack (any depth is fine) and reads the page only through [`dom`]: the prototypes'
    /// own accessors, every value type-checked, so a clobbering page cannot subvert it.
    pub fn read(root: &Element) -> Dom {
        let mut read = Dom {
            outline: Vec::new(),
            nodes: Vec::new(),
        };
        // (node, parent index) still to visit, last first.
        let mut stack: Vec<(Node, Option<usize>)> = vec![(root.clone().into(), None)];
        while let Some((node, parent)) = stack.pop() {
            match dom::node_type(&node) {
                Node::ELEMENT_NODE => {
                    let index = read.outline.len();
                    if read.push_element(node.unchecked_ref(), parent) {
                        let mut children = Vec::new();
                        let mut child = dom::first_child(&node);
                        while let Some(c) = child {
                            child = dom::next_sibling(&c);
                            children.push(c);
                        }
                        stack.extend(children.into_iter().rev().map(|c| (c, Some(index))));
                    }
                }
                Node::TEXT_NODE => {
                    read.outline.push(page::Node {
                        parent,
                        text: Some(dom::text_data(&node)),
                        ..page::Node::default()
                    });
                    read.nodes.push(node);
                }
                _ => {}
            }
        }
        read
    }

    /// Adds an element's entry; whether its children are to be read.
    fn push_element(&mut self, el: &Element, parent: Option<usize>) -> bool {
        let tag = dom::tag_name(el);
        let attr = |name: &str| dom::attribute(el, name);
        let id = attr("id").unwrap_or_default();
        // Elements whose insides are never read keep their own entry (data/outline.txt).
        let read_inside = !OPAQUE_TAGS.contains(tag.as_str()) && !page::own_id(&id);
        self.outline.push(page::Node {
            parent,
            class: attr("class").unwrap_or_default(),
            id,
            hidden: dom::has_attribute(el, "hidden")
                || attr("aria-hidden").as_deref() == Some("true"),
            editable: attr("contenteditable").is_some_and(|v| v != "false"),
            itemprop: attr("itemprop").unwrap_or_default(),
            role: attr("role").unwrap_or_default(),
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
        let read = Dom::read(root);
        let (text, pieces) = page::collect(&read.outline, 0, skip_chrome);
        let starts = js_sys::Map::new();
        for p in &pieces {
            starts.set(&read.nodes[p.node], &JsValue::from(p.start as f64));
        }
        TextMap {
            text,
            pieces,
            nodes: read.nodes,
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
