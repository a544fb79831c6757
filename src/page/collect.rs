//! The readable text under an element: text nodes in document order, joined the way a
//! browser renders them (CSS white-space rules), with the way back from a position of that
//! text to its text node.

use super::prose::left_out;
use super::{ancestors, is_inline, space_of, Outline, Space};

/// A stretch of the collected text taken unchanged from one text node: `len` UTF-16 units
/// from `start` of the text are the units from `offset` of the node's data. A text node
/// whose white space collapses gives one piece per stretch between collapsed runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub node: usize,
    pub start: usize,
    pub len: usize,
    pub offset: usize,
}

/// Characters that CSS collapses in `white-space: normal` (space, tab, segment breaks).
fn collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// The text being collected and where each stretch came from.
#[derive(Default)]
struct Out {
    text: String,
    units: usize,
    pieces: Vec<Piece>,
    /// A collapsed white-space run waiting to become one space (node, offset of its first
    /// character): written only when text follows on the same line.
    pending: Option<(usize, usize)>,
}

impl Out {
    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn line_break(&mut self) {
        self.pending = None;
        if !self.at_line_start() {
            self.text.push('\n');
            self.units += 1;
        }
    }

    /// Appends `c`, the character at UTF-16 `offset` of text node `node`.
    fn push(&mut self, node: usize, offset: usize, c: char) {
        let n = c.len_utf16();
        match self.pieces.last_mut() {
            Some(p)
                if p.node == node
                    && p.offset + p.len == offset
                    && p.start + p.len == self.units =>
            {
                p.len += n
            }
            _ => self.pieces.push(Piece {
                node,
                start: self.units,
                len: n,
                offset,
            }),
        }
        self.text.push(c);
        self.units += n;
    }

    fn space_before_text(&mut self) {
        if let Some((node, offset)) = self.pending.take() {
            if !self.at_line_start() {
                self.push(node, offset, ' ');
            }
        }
    }

    /// Appends a text node's data as CSS `white-space` mode `space` renders it.
    fn text_node(&mut self, node: usize, data: &str, space: Space) {
        let mut offset = 0;
        for c in data.chars() {
            match (space, c) {
                (Space::Keep | Space::KeepBreaks, '\n') => self.line_break(),
                (Space::Keep, '\r') => {}
                (Space::Keep, _) => {
                    self.space_before_text();
                    self.push(node, offset, c);
                }
                (_, c) if collapsible(c) => {
                    if self.pending.is_none() && !self.at_line_start() {
                        self.pending = Some((node, offset));
                    }
                }
                _ => {
                    self.space_before_text();
                    self.push(node, offset, c);
                }
            }
            offset += c.len_utf16();
        }
    }
}

/// The readable text under element `root`, as a browser renders it: text nodes in document
/// order; a line break around every block element (by computed `display` where the page is
/// live, else by tag) and at `<br>`; white space collapsed to one space inside a line and
/// dropped at its ends, except where `white-space` keeps it (`<pre>`); non-prose, hidden,
/// invisible and (if `skip_chrome`) page chrome left out. Returns the text and where each
/// stretch of it comes from.
pub fn collect(outline: &Outline, root: usize, skip_chrome: bool) -> (String, Vec<Piece>) {
    let mut out = Out::default();
    let left_out = left_out(outline, root, skip_chrome);
    // Element indices whose subtree is left out, and open blocks to close.
    let mut skipping: Option<usize> = None;
    let mut open_blocks: Vec<usize> = Vec::new();
    // White-space handling of each element from the root on (by index - root).
    let mut spaces: Vec<Space> = Vec::new();
    let root_space = {
        let chain: Vec<usize> = ancestors(outline, root).skip(1).collect();
        chain
            .iter()
            .rev()
            .fold(Space::Collapse, |s, &a| space_of(&outline[a], s))
    };
    let ends = subtree_ends(outline);
    let within = |i: usize, ancestor: usize| ancestor <= i && i < ends[ancestor];
    for (i, node) in outline.iter().enumerate().skip(root) {
        if i != root && !node.parent.is_some_and(|p| p >= root && within(p, root)) {
            break; // past the root's subtree
        }
        let inherited = node
            .parent
            .filter(|&p| p >= root && i != root)
            .map_or(root_space, |p| spaces[p - root]);
        spaces.push(if node.tag.is_some() {
            space_of(node, inherited)
        } else {
            inherited
        });
        // Close blocks that this node is no longer inside.
        while let Some(&b) = open_blocks.last() {
            if node.parent.is_some_and(|p| within(p, b)) {
                break;
            }
            open_blocks.pop();
            out.line_break();
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
                    out.line_break();
                } else if left_out[i - root] {
                    skipping = Some(i);
                } else if !is_inline(node) {
                    out.line_break();
                    open_blocks.push(i);
                }
            }
            (None, Some(data)) if !node.parent.is_some_and(|p| outline[p].invisible) => {
                out.text_node(i, data, inherited);
            }
            _ => {}
        }
    }
    if !open_blocks.is_empty() {
        out.line_break();
    }
    (out.text, out.pieces)
}

/// Where each node's subtree ends: in document order a subtree is one run of the outline,
/// `i..ends[i]`. One pass from the back, so that "is this node inside that one" is two
/// comparisons and a page 10,000 elements deep costs no more than a flat one.
pub(crate) fn subtree_ends(outline: &Outline) -> Vec<usize> {
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
    Some((
        piece.node,
        piece.offset + pos.checked_sub(piece.start)?.min(piece.len),
    ))
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

    /// The text a browser shows: every piece maps back to its node's data unchanged.
    fn pieces_map_back(o: &[crate::page::Node], text: &str, pieces: &[Piece]) {
        let units: Vec<u16> = text.encode_utf16().collect();
        for p in pieces {
            let data: Vec<u16> = o[p.node].text.as_ref().unwrap().encode_utf16().collect();
            let mine = &units[p.start..p.start + p.len];
            let theirs = &data[p.offset..p.offset + p.len];
            for (a, b) in mine.iter().zip(theirs) {
                // A collapsed run is written as one space from its first character.
                assert!(a == b || (*a == 32 && collapsible(char::from_u32(*b as u32).unwrap())));
            }
        }
    }

    #[test]
    fn source_newlines_and_indentation_inside_a_paragraph_are_one_space() {
        let o = outline(E(
            "BODY",
            "",
            vec![
                E(
                    "P",
                    "",
                    vec![
                        T("\n    “We will not\n      stop,” "),
                        E("EM", "", vec![T("  she ")]),
                        T("\n said.\t\n"),
                    ],
                ),
                E("P", "", vec![T("  Next  ")]),
            ],
        ));
        let (text, pieces) = collect(&o, 0, true);
        assert_eq!(text, "“We will not stop,” she said.\nNext\n");
        pieces_map_back(&o, &text, &pieces);
        // A quote ending after "stop,”" maps into the first text node.
        let end = "“We will not stop,”".encode_utf16().count();
        assert_eq!(
            locate(&pieces, end, true),
            Some((2, "\n    “We will not\n      stop,”".encode_utf16().count()))
        );
        assert_eq!(locate(&pieces, 0, false), Some((2, 5)));
    }

    #[test]
    fn pre_keeps_its_breaks_and_pre_line_only_its_newlines() {
        let mut o = outline(E(
            "BODY",
            "",
            vec![
                E("PRE", "", vec![T("a  b\n  c")]),
                E("DIV", "", vec![T("x   y\nz")]),
                E("DIV", "", vec![T("p\n   q")]),
            ],
        ));
        o[3].white_space = "pre-line".into();
        o[5].white_space = "normal".into();
        assert_eq!(collect(&o, 0, true).0, "a  b\n  c\nx y\nz\np q\n");
    }

    #[test]
    fn computed_display_and_visibility_decide_where_the_page_is_live() {
        let mut o = outline(E(
            "BODY",
            "",
            vec![E(
                "DIV",
                "",
                vec![
                    E("SPAN", "kicker", vec![T("World News")]),
                    E("H1", "", vec![T("Smith vows to stay")]),
                    E("DIV", "", vec![T("Inline")]),
                    T(" block. "),
                    E("SPAN", "", vec![T("Invisible")]),
                    E("P", "", vec![T("Gone")]),
                ],
            )],
        ));
        o[2].display = "block".into(); // the kicker SPAN is display: block
        o[6].display = "inline".into(); // a DIV shown inline
        o[9].invisible = true;
        o[11].hidden = true; // display: none
        assert_eq!(
            collect(&o, 0, true).0,
            "World News\nSmith vows to stay\nInline block.\n"
        );
    }
}
