//! Mark mode: the fallback renderer for browsers without the CSS Custom Highlight API, and
//! an option. Each stretch of text covered by items is wrapped in one `<mark>` carrying
//! the classes of every item over it, split at element boundaries (a mark never holds an
//! element). Every change is recorded, and [`Applied::undo`] puts back each text node's
//! original data and removes every node it added, so the page's DOM — node identity
//! included — is exactly as before.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Text};

use claimlens::present::Item;

use crate::dom;
use crate::textmap::TextMap;

/// Marks in the page and how to take them out again.
pub struct Applied {
    /// Per touched text node: its original data and the nodes added after it.
    touched: Vec<(Text, String, Vec<web_sys::Node>)>,
    /// The mark elements of each item (by item index), for navigation.
    pub by_item: Vec<Vec<Element>>,
}

/// Wraps the `visible` items of `map` in `<mark>` elements.
pub fn apply(
    doc: &Document,
    map: &TextMap,
    items: &[Item],
    visible: &dyn Fn(&Item) -> bool,
) -> Applied {
    let mut applied = Applied {
        touched: Vec::new(),
        by_item: vec![Vec::new(); items.len()],
    };
    // Boundary events in text order: (position, is_start, item).
    let mut events: Vec<(usize, bool, usize)> = Vec::new();
    for (i, it) in items
        .iter()
        .enumerate()
        .filter(|(_, it)| visible(it) && it.start < it.end)
    {
        events.push((it.start, true, i));
        events.push((it.end, false, i));
    }
    claimlens::sort::sort_by_key(&mut events, |&(pos, is_start, _)| (pos, is_start));
    let mut active: Vec<usize> = Vec::new();
    let mut e = 0;
    // Segments of the current text node: (from, to, covering items), offsets within the
    // node. A node whose white space collapses has several stretches; they are wrapped
    // together, and a segment runs on over the collapsed space to the next stretch when
    // the same items cover both.
    let mut current: Option<(usize, Text)> = None;
    let mut segments: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    // Where the previous stretch of the current node ended, in the node.
    let mut piece_end = usize::MAX;
    for (index, node, piece) in map.pieces() {
        if current.as_ref().is_some_and(|(i, _)| *i != index) {
            if let Some((_, n)) = current.take() {
                wrap(doc, &n, &std::mem::take(&mut segments), items, &mut applied);
            }
            piece_end = usize::MAX;
        }
        current = Some((index, node));
        let (p_start, p_end) = (piece.start, piece.start + piece.len);
        let in_node = |pos: usize| piece.offset + pos - p_start;
        let mut at = p_start;
        loop {
            while e < events.len() && events[e].0 <= at {
                let (_, is_start, i) = events[e];
                if is_start {
                    active.push(i);
                } else {
                    active.retain(|&a| a != i);
                }
                e += 1;
            }
            let next = events.get(e).map_or(p_end, |ev| ev.0.min(p_end));
            if next > at && !active.is_empty() {
                match segments.last_mut() {
                    Some(last) if at == p_start && last.1 == piece_end && last.2 == active => {
                        last.1 = in_node(next)
                    }
                    _ => segments.push((in_node(at), in_node(next), active.clone())),
                }
            }
            if next >= p_end {
                break;
            }
            at = next;
        }
        piece_end = in_node(p_end);
    }
    if let Some((_, n)) = current {
        if !segments.is_empty() {
            wrap(doc, &n, &segments, items, &mut applied);
        }
    }
    applied
}

/// Splits `node` at the segment bounds (last first, so earlier offsets stay valid) and
/// wraps each covered segment in a mark.
fn wrap(
    doc: &Document,
    node: &Text,
    segments: &[(usize, usize, Vec<usize>)],
    items: &[Item],
    applied: &mut Applied,
) {
    if segments.is_empty() {
        return;
    }
    let original = node.data();
    let mut added = Vec::new();
    // (item, mark) pairs, last segment first; reversed below into document order.
    let mut made: Vec<(usize, Element)> = Vec::new();
    let len = node.length() as usize;
    for (from, to, cover) in segments.iter().rev() {
        let Some(parent) = dom::parent_node(node) else {
            return;
        };
        if *to < len {
            if let Ok(tail) = node.split_text(*to as u32) {
                added.push(tail.into());
            }
        }
        let Ok(mid) = node.split_text(*from as u32) else {
            continue;
        };
        let Some(mark) = dom::create_element(doc, "mark") else {
            continue;
        };
        let mut classes = vec!["claimlens".to_string()];
        for &i in cover {
            if !classes.contains(&items[i].name) {
                classes.push(items[i].name.clone());
            }
            made.push((i, mark.clone()));
        }
        mark.set_class_name(&classes.join(" "));
        let ids: Vec<String> = cover.iter().map(usize::to_string).collect();
        let _ = mark.set_attribute("data-claimlens", &ids.join(" "));
        if !dom::insert_before(&parent, &mark, Some(&mid)) {
            continue;
        }
        let _ = mark.append_child(&mid);
        added.push(mark.unchecked_into());
    }
    for (i, mark) in made.into_iter().rev() {
        applied.by_item[i].push(mark);
    }
    applied.touched.push((node.clone(), original, added));
}

impl Applied {
    /// Takes every mark out and restores each text node's original text.
    pub fn undo(self) {
        for (node, original, added) in self.touched.into_iter().rev() {
            for n in added {
                dom::detach(&n);
            }
            node.set_data(&original);
        }
    }
}
