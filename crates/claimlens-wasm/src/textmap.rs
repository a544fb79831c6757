//! The text map: the live DOM read into a [`claimlens::page`] outline, the outline's readable
//! text (the rules live in `page`, DOM-free), and the way back from a UTF-16 span of that
//! text to (text node, offset) pairs by binary search, and from a caret to the text.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range, Text};

use claimlens::lexicon::OPAQUE_TAGS;
use claimlens::page;

use crate::dom;

/// A page's outline and the live node behind each entry.
pub struct Dom {
    pub outline: Vec<page::Node>,
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Reads the subtree of `root` (index 0) in document order, in one go (see
    /// [`Reading`]).
    pub fn read(root: &Element) -> Dom {
        let mut reading = Reading::new(root);
        reading.step(f64::INFINITY);
        reading.read
    }
}

/// A read of a subtree into a [`Dom`], which can go in slices (`highlightAsync()` reads a
/// large page in tasks of a frame's budget). The walk keeps its own stack (any depth is
/// fine) and reads the page only through [`dom`]: the prototypes' own accessors, every value
/// type-checked, so a clobbering page cannot subvert it. Where the page is live (its
/// document has a window), elements' computed `display`, `visibility` and `white-space` are
/// recorded too, where they can matter (data/outline.txt): reading computed style is most of
/// the cost of a read. (Between slices the page may change: what was read stays as read.)
pub struct Reading {
    read: Dom,
    view: Option<web_sys::Window>,
    /// (node, node type, parent index, whether an element above it other than the root is
    /// never read) still to visit, last first.
    stack: Vec<(Node, u16, Option<usize>, bool)>,
}

impl Reading {
    pub fn new(root: &Element) -> Reading {
        Reading {
            read: Dom {
                outline: Vec::new(),
                nodes: Vec::new(),
            },
            view: dom::window_of(root),
            stack: vec![(root.clone().into(), Node::ELEMENT_NODE, None, false)],
        }
    }

    /// Reads on for about `budget_ms` (infinite: to the end); true once all is read.
    pub fn step(&mut self, budget_ms: f64) -> bool {
        let t0 = if budget_ms.is_finite() {
            crate::now()
        } else {
            0.0
        };
        let mut visited = 0u32;
        let read = &mut self.read;
        while let Some((node, kind, parent, unread)) = self.stack.pop() {
            match kind {
                Node::ELEMENT_NODE => {
                    let index = read.outline.len();
                    let el: &Element = node.unchecked_ref();
                    let (mut entry, read_inside) = element(el, parent);
                    let mut children = Vec::new();
                    if read_inside {
                        let mut child = dom::first_child(&node);
                        while let Some(c) = child {
                            child = dom::next_sibling(&c);
                            let t = dom::node_type(&c);
                            if matches!(t, Node::ELEMENT_NODE | Node::TEXT_NODE) {
                                children.push((c, t));
                            }
                        }
                    }
                    if !unread {
                        let holds_text = children.iter().any(|&(_, t)| t == Node::TEXT_NODE);
                        computed_style(&mut entry, el, self.view.as_ref(), holds_text);
                    }
                    let unread = unread || (parent.is_some() && page::hard_skipped(&entry));
                    read.outline.push(entry);
                    read.nodes.push(node);
                    self.stack.extend(
                        children
                            .into_iter()
                            .rev()
                            .map(|(c, t)| (c, t, Some(index), unread)),
                    );
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
            visited += 1;
            if visited % 16 == 0 && budget_ms.is_finite() && crate::now() - t0 >= budget_ms {
                break;
            }
        }
        self.stack.is_empty()
    }

    /// The text map of what was read (call once [`Reading::step`] is done).
    pub fn into_text_map(self, skip_chrome: bool) -> TextMap {
        TextMap::from_dom(self.read, skip_chrome)
    }
}

/// An element's entry from its tag and attributes; whether its children are to be read.
fn element(el: &Element, parent: Option<usize>) -> (page::Node, bool) {
    let tag = dom::tag_name(el);
    // One call lists the attributes the element has (most have one or two); only those are
    // read.
    let mut node = page::Node {
        parent,
        tag: None,
        ..page::Node::default()
    };
    for name in dom::attribute_names(el) {
        let value = || dom::attribute(el, &name).unwrap_or_default();
        match name.as_str() {
            "id" => node.id = value(),
            "class" => node.class = value(),
            "hidden" => node.hidden = true,
            "aria-hidden" => node.hidden |= value() == "true",
            "contenteditable" => node.editable = value() != "false",
            "itemprop" => node.itemprop = value(),
            "role" => node.role = value(),
            _ => {}
        }
    }
    // Elements whose insides are never read keep their own entry (data/outline.txt).
    let read_inside = !OPAQUE_TAGS.contains(tag.as_str()) && !page::own_id(&node.id);
    node.tag = Some(tag);
    (node, read_inside)
}

/// Records an element's computed style where the page is live, and only what can matter
/// (data/outline.txt). `display` always (`none` hides; inline or not decides line breaks,
/// even for an empty element). `visibility` and `white-space` only for an element that
/// holds a text node itself: visibility is read only for an element's own text, and a text
/// node's white-space handling is its parent's computed value, which already has what it
/// inherits. (The reader skips everything below an element that is never read, so nothing
/// is recorded there: see [`Dom::read`].)
fn computed_style(
    node: &mut page::Node,
    el: &Element,
    view: Option<&web_sys::Window>,
    holds_text: bool,
) {
    let Some(style) = view.and_then(|w| w.get_computed_style(el).ok().flatten()) else {
        return;
    };
    let computed = |name: &str| style.get_property_value(name).unwrap_or_default();
    node.display = computed("display");
    node.hidden |= node.display == "none";
    if holds_text {
        node.invisible = matches!(computed("visibility").as_str(), "hidden" | "collapse");
        node.white_space = computed("white-space");
    }
}

/// The readable text under a root element, with the way back to the DOM.
pub struct TextMap {
    text: String,
    pieces: Vec<page::Piece>,
    /// The live node of each outline entry.
    nodes: Vec<Node>,
    /// Text node → index of its first piece, for hit-testing.
    first_piece: js_sys::Map,
}

impl TextMap {
    /// The text map of a read subtree; `skip_chrome` leaves out nav, aside, header,
    /// footer, figure captions and elements whose class or id names page chrome.
    fn from_dom(read: Dom, skip_chrome: bool) -> TextMap {
        let (text, pieces) = page::collect(&read.outline, 0, skip_chrome);
        let first_piece = js_sys::Map::new();
        for (i, p) in pieces.iter().enumerate() {
            if i == 0 || pieces[i - 1].node != p.node {
                first_piece.set(&read.nodes[p.node], &JsValue::from(i as f64));
            }
        }
        TextMap {
            text,
            pieces,
            nodes: read.nodes,
            first_piece,
        }
    }

    /// The collected text: what the core scans.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Each stretch of the text: its outline index, text node, UTF-16 start and length in
    /// the text, and offset in the node's data (for mark mode). A node's stretches follow
    /// one another.
    pub fn pieces(&self) -> impl Iterator<Item = (usize, &Text, page::Piece)> {
        self.pieces
            .iter()
            .map(|p| (p.node, self.nodes[p.node].unchecked_ref::<Text>(), *p))
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
        let first = self.first_piece.get(node).as_f64()? as usize;
        let offset = offset as usize;
        let of_node = self.pieces[first..]
            .iter()
            .take_while(|p| p.node == self.pieces[first].node);
        // The last stretch that starts at or before the offset (collapsed white space
        // between stretches belongs to the one before it).
        let p = of_node.take_while(|p| p.offset <= offset).last()?;
        Some(p.start + (offset - p.offset).min(p.len))
    }
}
