//! The readable text under an element: text nodes in document order, joined the way a
//! reader sees them, with the way back from a position of that text to its text node.

use super::{skipped, Outline};
use crate::lexicon::INLINE_TAGS;

/// A text node's share of the collected text: `len` UTF-16 units from `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub node: usize,
    pub start: usize,
    pub len: usize,
}

/// The readable text under element `root`: text nodes in document order, a line break
/// around every block element and at `<br>`, non-prose and (if `skip_chrome`) page chrome
/// left out. Returns the text and where each text node's part of it is.
pub fn collect(outline: &Outline, root: usize, skip_chrome: bool) -> (String, Vec<Piece>) {
    let mut text = String::new();
    let mut units = 0;
    let mut pieces = Vec::new();
    // Element indices whose subtree is left out, and open blocks to close.
    let mut skipping: Option<usize> = None;
    let mut open_blocks: Vec<usize> = Vec::new();
    let line_break = |text: &mut String, units: &mut usize| {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
            *units += 1;
        }
    };
    let ends = subtree_ends(outline);
    let within = |i: usize, ancestor: usize| ancestor <= i && i < ends[ancestor];
    for (i, node) in outline.iter().enumerate().skip(root) {
        if i != root && !node.parent.is_some_and(|p| p >= root && within(p, root)) {
            break; // past the root's subtree
        }
        // Close blocks that this node is no longer inside.
        while let Some(&b) = open_blocks.last() {
            if node.parent.is_some_and(|p| within(p, b)) {
                break;
            }
            open_blocks.pop();
            line_break(&mut text, &mut units);
        }
        if let Some(s) = skipping {
            if node.parent.is_some_and(|p| within(p, s)) {
                continue;
            }
            skipping = None;
        }
        match (&node.tag, &node.text) {
            (Some(tag), _) => {
                if tag == "BR" {
                    line_break(&mut text, &mut units);
                } else if skipped(node, skip_chrome) && i != root {
                    skipping = Some(i);
                } else if !INLINE_TAGS.contains(tag.as_str()) {
                    line_break(&mut text, &mut units);
                    open_blocks.push(i);
                }
            }
            (None, Some(data)) if !data.is_empty() => {
                let len = data.encode_utf16().count();
                pieces.push(Piece {
                    node: i,
                    start: units,
                    len,
                });
                text.push_str(data);
                units += len;
            }
            _ => {}
        }
    }
    if !open_blocks.is_empty() {
        line_break(&mut text, &mut units);
    }
    (text, pieces)
}

/// Where each node's subtree ends: in document order a subtree is one run of the outline,
/// `i..ends[i]`. One pass from the back, so that "is this node inside that one" is two
/// comparisons and a page 10,000 elements deep costs no more than a flat one.
fn subtree_ends(outline: &Outline) -> Vec<usize> {
    let mut ends: Vec<usize> = (1..=outline.len()).collect();
    for i in (0..outline.len()).rev() {
        if let Some(p) = outline[i].parent.filter(|&p| p < i) {
            ends[p] = ends[p].max(ends[i]);
        }
    }
    ends
}

/// The text node (outline index) and offset of UTF-16 position `pos` of collected text. A
/// position on the boundary of two pieces belongs to the next one for a start and to the
/// previous one for an end, so a range never begins or ends in a neighbour's text.
pub fn locate(pieces: &[Piece], pos: usize, is_end: bool) -> Option<(usize, usize)> {
    let i = if is_end {
        pieces.partition_point(|p| p.start < pos)
    } else {
        pieces.partition_point(|p| p.start <= pos)
    };
    let piece = pieces.get(i.checked_sub(1)?)?;
    Some((piece.node, pos.checked_sub(piece.start)?.min(piece.len)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::testing::*;

    #[test]
    fn inline_elements_join_and_blocks_break() {
        let o = outline(E(
            "BODY",
            "",
            vec![
                E(
                    "P",
                    "",
                    vec![
                        T("“We will "),
                        E("A", "", vec![T("not")]),
                        T(" stop,” she said."),
                    ],
                ),
                E("DIV", "", vec![T("Next"), E("BR", "", vec![]), T("line")]),
            ],
        ));
        let (text, pieces) = collect(&o, 0, true);
        assert_eq!(text, "“We will not stop,” she said.\nNext\nline\n");
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[1].start, "“We will ".encode_utf16().count());
    }

    #[test]
    fn a_tree_100000_deep_is_read_in_linear_time() {
        let depth: usize = 100_000;
        let mut o: Vec<crate::page::Node> = (0..depth)
            .map(|i| crate::page::Node {
                parent: i.checked_sub(1),
                tag: Some(if i % 2 == 0 { "DIV" } else { "SPAN" }.into()),
                ..Default::default()
            })
            .collect();
        o.push(crate::page::Node {
            parent: Some(depth - 1),
            text: Some("“Deep,” she said.".into()),
            ..Default::default()
        });
        let t = std::time::Instant::now();
        let (text, pieces) = collect(&o, 0, true);
        assert_eq!(text.trim(), "“Deep,” she said.");
        assert_eq!(pieces.len(), 1);
        // Walking the ancestors of each node took minutes here; one pass takes milliseconds.
        assert!(t.elapsed().as_secs() < 10);
    }

    #[test]
    fn non_prose_hidden_and_chrome_are_skipped() {
        let mut o = outline(E(
            "BODY",
            "",
            vec![
                E("NAV", "", vec![T("Menu")]),
                para("Body."),
                E("SCRIPT", "", vec![T("var x = 1;")]),
                E("DIV", "share-bar", vec![T("Share")]),
                E("DIV", "", vec![T("Hidden")]),
                E("ASIDE", "", vec![T("Rail")]),
            ],
        ));
        o[9].hidden = true; // the DIV with "Hidden"
        assert_eq!(collect(&o, 0, true).0, "Body.\n");
        assert!(collect(&o, 0, false).0.contains("Menu"));
    }
}
