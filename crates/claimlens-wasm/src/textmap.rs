//! The text map: the live DOM read into a [`claimlens::page`] outline, the outline's readable
//! text (the rules live in `page`, DOM-free), and the way back from a UTF-16 span of that
//! text to (text node, offset) pairs by binary search, and from a caret to the text.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

use claimlens::lexicon::{NOT_PROSE_TAGS, OPAQUE_TAGS, OWN_IDS};
use claimlens::page;

// The reader walks the DOM in JavaScript (js/reader.js, put here by build.rs) and hands each
// slice over packed: a page costs a few calls across the boundary instead of some fifteen
// per element.
include!(concat!(env!("OUT_DIR"), "/reader_js.rs"));
reader_js! {
    #[wasm_bindgen(catch, js_name = beginRead)]
    fn begin_read(
        root: &Element,
        opaque: &str,
        not_prose: &str,
        own_ids: &str,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = readSlice)]
    fn read_slice(state: &JsValue, budget_ms: f64) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_name = sliceText)]
    fn slice_text(state: &JsValue) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, js_name = sliceInts)]
    fn slice_ints(state: &JsValue) -> Result<Vec<u32>, JsValue>;
    #[wasm_bindgen(catch, js_name = nodeAt)]
    fn node_at(state: &JsValue, i: u32) -> Result<JsValue, JsValue>;
}

/// Numbers per node in a slice (js/reader.js, `INTS_PER_NODE`): parent + 1, flags, then the
/// UTF-16 lengths of the node's strings in the slice's text. The flags are the reader's too.
const INTS_PER_NODE: usize = 9;
const IS_TEXT: u32 = 1;
const HIDDEN: u32 = 2;
const INVISIBLE: u32 = 4;
const EDITABLE: u32 = 8;

/// A page's outline and the live node behind each entry.
pub struct Dom {
    pub outline: Vec<page::Node>,
    pub nodes: LiveNodes,
}

/// The live node behind each outline entry, kept by the reader: its state of the read
/// (`beginRead`), which holds the nodes.
pub struct LiveNodes(Option<JsValue>);

impl LiveNodes {
    /// The live node of outline entry `i`.
    pub fn get(&self, i: usize) -> Option<Node> {
        let state = self.0.as_ref()?;
        node_at(state, u32::try_from(i).ok()?)
            .ok()?
            .dyn_into::<Node>()
            .ok()
    }
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
/// large page in tasks of a frame's budget). The reader (js/reader.js) reads the page only
/// through the prototypes' own accessors, every value type-checked, so a clobbering page
/// cannot subvert it; where the page is live (its document has a window), elements'
/// computed `display`, `visibility` and `white-space` are recorded too, where they can
/// matter (data/outline.txt): reading computed style is most of the cost of a read.
/// (Between slices the page may change: what was read stays as read.)
pub struct Reading {
    read: Dom,
}

impl Reading {
    pub fn new(root: &Element) -> Reading {
        let list = |tags: &mut dyn Iterator<Item = &str>| tags.collect::<Vec<_>>().join("\n");
        let state = begin_read(
            root,
            &list(&mut OPAQUE_TAGS.keys()),
            &list(&mut NOT_PROSE_TAGS.keys()),
            &list(&mut OWN_IDS.iter().copied()),
        );
        Reading {
            read: Dom {
                outline: Vec::new(),
                nodes: LiveNodes(state.ok()),
            },
        }
    }

    /// Reads on for about `budget_ms` (infinite: to the end); true once all is read.
    pub fn step(&mut self, budget_ms: f64) -> bool {
        let Some(state) = &self.read.nodes.0 else {
            return true;
        };
        // A reader that failed (it never should) ends the read with what it had.
        let Ok(done) = read_slice(state, budget_ms) else {
            return true;
        };
        if let (Ok(text), Ok(ints)) = (slice_text(state), slice_ints(state)) {
            unpack(&text, &ints, &mut self.read.outline);
        }
        done
    }

    /// The text map of what was read (call once [`Reading::step`] is done).
    pub fn into_text_map(self, skip_chrome: bool) -> TextMap {
        TextMap::from_dom(self.read, skip_chrome)
    }
}

/// Appends a slice's nodes to `outline`: `ints` has [`INTS_PER_NODE`] numbers a node, and
/// `text` the node's strings one after another, measured in UTF-16 units.
fn unpack(text: &str, ints: &[u32], outline: &mut Vec<page::Node>) {
    let mut rest = text;
    let mut take = |units: u32| {
        let (s, r) = split_utf16(rest, units as usize);
        rest = r;
        s.to_string()
    };
    for n in ints.chunks_exact(INTS_PER_NODE) {
        let parent = n[0].checked_sub(1).map(|p| p as usize);
        let flags = n[1];
        if flags & IS_TEXT != 0 {
            outline.push(page::Node {
                parent,
                text: Some(take(n[2])),
                ..page::Node::default()
            });
            continue;
        }
        outline.push(page::Node {
            parent,
            tag: Some(take(n[2])),
            class: take(n[3]),
            id: take(n[4]),
            display: take(n[5]),
            white_space: take(n[6]),
            itemprop: take(n[7]),
            role: take(n[8]),
            hidden: flags & HIDDEN != 0,
            invisible: flags & INVISIBLE != 0,
            editable: flags & EDITABLE != 0,
            text: None,
        });
    }
}

/// `s` split after its first `units` UTF-16 units.
fn split_utf16(s: &str, units: usize) -> (&str, &str) {
    let mut seen = 0;
    for (i, c) in s.char_indices() {
        if seen >= units {
            return s.split_at(i);
        }
        seen += c.len_utf16();
    }
    (s, "")
}

/// The readable text under a root element, with the way back to the DOM.
pub struct TextMap {
    text: String,
    pieces: Vec<page::Piece>,
    nodes: LiveNodes,
    /// Text node → index of its first piece, for hit-testing (made at the first).
    first_piece: std::cell::OnceCell<js_sys::Map>,
}

impl TextMap {
    /// The text map of a read subtree; `skip_chrome` leaves out nav, aside, header,
    /// footer, figure captions and elements whose class or id names page chrome.
    fn from_dom(read: Dom, skip_chrome: bool) -> TextMap {
        let (text, pieces) = page::collect(&read.outline, 0, skip_chrome);
        TextMap {
            text,
            pieces,
            nodes: read.nodes,
            first_piece: std::cell::OnceCell::new(),
        }
    }

    /// The collected text: what the core scans.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Each stretch of the text: its outline index, text node, UTF-16 start and length in
    /// the text, and offset in the node's data (for mark mode). A node's stretches follow
    /// one another.
    pub fn pieces(&self) -> impl Iterator<Item = (usize, Text, page::Piece)> + '_ {
        self.pieces.iter().filter_map(|p| {
            let node = self.nodes.get(p.node)?;
            Some((p.node, node.unchecked_into::<Text>(), *p))
        })
    }

    /// A DOM range for the UTF-16 span `start..end` of the text, or `None` if the span
    /// lies outside the collected text nodes.
    pub fn range(&self, start: usize, end: usize) -> Option<Range> {
        let (start_node, start_off) = page::locate(&self.pieces, start, false)?;
        let (end_node, end_off) = page::locate(&self.pieces, end, true)?;
        let range = Range::new().ok()?;
        range
            .set_start(&self.nodes.get(start_node)?, start_off as u32)
            .ok()?;
        range
            .set_end(&self.nodes.get(end_node)?, end_off as u32)
            .ok()?;
        Some(range)
    }

    /// The text position of a caret in `node` at `offset`, if the node is one of ours.
    pub fn position_of(&self, node: &Node, offset: u32) -> Option<usize> {
        let first_piece = self.first_piece.get_or_init(|| {
            let map = js_sys::Map::new();
            for (i, p) in self.pieces.iter().enumerate() {
                if i == 0 || self.pieces[i - 1].node != p.node {
                    if let Some(node) = self.nodes.get(p.node) {
                        map.set(&node, &JsValue::from(i as f64));
                    }
                }
            }
            map
        });
        let first = first_piece.get(node).as_f64()? as usize;
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

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// A slice's strings are cut by UTF-16 length: an emoji is two units, an accented
    /// letter one, and an element's empty strings take none.
    #[wasm_bindgen_test]
    fn unpack_cuts_strings_by_utf16_length() {
        let text = "P😀 xlede😀 “é”";
        let ints = [
            0,
            0,
            1,
            4,
            0,
            0,
            0,
            0,
            0, // <P class="😀 x">: the root
            1,
            EDITABLE | HIDDEN,
            4,
            0,
            0,
            0,
            0,
            0,
            0, // "lede", editable, hidden
            1,
            IS_TEXT,
            6,
            0,
            0,
            0,
            0,
            0,
            0, // its text "😀 “é”"
        ];
        let mut outline = Vec::new();
        unpack(text, &ints, &mut outline);
        assert_eq!(outline.len(), 3);
        assert_eq!(outline[0].tag.as_deref(), Some("P"));
        assert_eq!(outline[0].class, "😀 x");
        assert_eq!(outline[0].parent, None);
        assert_eq!(outline[1].tag.as_deref(), Some("lede"));
        assert!(outline[1].editable && outline[1].hidden && !outline[1].invisible);
        assert_eq!(outline[2].text.as_deref(), Some("😀 “é”"));
        assert_eq!(outline[2].parent, Some(0));
    }
}
