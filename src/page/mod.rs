//! A web page as plain data, and what to read in it.
//!
//! The browser layer (and the extension's content script, on pages whose CSP forbids
//! WebAssembly) turns the DOM into an [`Outline`]: its elements and text nodes in document
//! order. Everything else is decided here, without a DOM: which text is prose and how it
//! joins into paragraphs ([`collect`]), and which element holds the article ([`find_article`],
//! scored the way Mozilla's Readability.js does). So the rules are tested natively, and the
//! same code serves every front end.

mod article;
mod collect;
mod prose;

pub use article::find_article;
pub use collect::{collect, locate, Piece};

use serde::{Deserialize, Serialize};

use crate::lexicon::{
    CHROME_TAGS, INLINE_TAGS, NOT_PROSE_TAGS, OWN_IDS, PAGE_CHROME, PRESERVE_TAGS,
};

/// One node of a page: an element (`tag` set) or a text node (`text` set).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Node {
    /// Index of the parent element in the outline; `None` for the root.
    pub parent: Option<usize>,
    /// Upper-case tag name of an element.
    pub tag: Option<String>,
    /// Data of a text node.
    pub text: Option<String>,
    pub class: String,
    pub id: String,
    /// `[hidden]`, `[aria-hidden=true]` or (where the page is live) computed `display: none`.
    pub hidden: bool,
    /// Computed `visibility` is not `visible` (live pages only): the element's own text is
    /// not shown; a child may still show (visibility is inherited, and overridable).
    pub invisible: bool,
    /// Computed `display` ("block", "inline", "table-cell" …) where the page is live; empty
    /// for a detached document, where the tag decides (`data/outline.txt`).
    pub display: String,
    /// Computed `white-space` ("normal", "pre", "pre-wrap", "pre-line" …) where the page is
    /// live; empty elsewhere, where `<pre>` and `<textarea>` preserve and the rest collapses.
    pub white_space: String,
    /// `[contenteditable]` (not "false").
    pub editable: bool,
    /// The `itemprop` attribute ("articleBody").
    pub itemprop: String,
    /// The `role` attribute ("main").
    pub role: String,
}

/// A page's nodes in document order (every node after its parent).
pub type Outline = [Node];

/// The id of claimlens's own tooltip host, never read as page text.
pub const HOST_ID: &str = "claimlens-host";

/// The id of the snippet's panel.
pub const PANEL_ID: &str = "claimlens-panel";

/// Whether `id` is one of the elements claimlens adds to a page (`data/outline.txt`).
pub fn own_id(id: &str) -> bool {
    OWN_IDS.contains(&id)
}

/// Whether an element's class or id names page chrome (`data/page_chrome.txt`): one of its
/// words, lower-cased ("story-body__main" → story, body, main; the class's words, then the
/// id's), or two neighbouring words joined with "-" ("read-more"). Every element of a page
/// is asked, so the words are read in place, without building a list.
pub(crate) fn chrome_hint(node: &Node) -> bool {
    let words = node
        .class
        .split(|c: char| !c.is_ascii_alphanumeric())
        .chain(node.id.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty());
    let (mut word, mut previous, mut pair) = (String::new(), String::new(), String::new());
    for w in words {
        word.clear();
        word.push_str(w);
        word.make_ascii_lowercase();
        if PAGE_CHROME.contains(word.as_str()) {
            return true;
        }
        if !previous.is_empty() {
            pair.clear();
            pair.push_str(&previous);
            pair.push('-');
            pair.push_str(&word);
            if PAGE_CHROME.contains(pair.as_str()) {
                return true;
            }
        }
        std::mem::swap(&mut word, &mut previous);
    }
    false
}

/// Whether the text of element `node` is never read: not prose, hidden, editable, or
/// claimlens's own.
pub fn hard_skipped(node: &Node) -> bool {
    let tag = node.tag.as_deref().unwrap_or("");
    NOT_PROSE_TAGS.contains(tag) || node.hidden || node.editable || own_id(&node.id)
}

/// Whether element `node` looks like page chrome, by its tag or its class or id.
pub(crate) fn chrome(node: &Node) -> bool {
    CHROME_TAGS.contains(node.tag.as_deref().unwrap_or("")) || chrome_hint(node)
}

/// Whether element `node` stays in the line of text around it (does not break it): its
/// computed `display` where known (`inline…`, `contents`, `ruby…`), else its tag.
pub(crate) fn is_inline(node: &Node) -> bool {
    match node.display.as_str() {
        "" => INLINE_TAGS.contains(node.tag.as_deref().unwrap_or("")),
        d => d.starts_with("inline") || d == "contents" || d.starts_with("ruby"),
    }
}

/// How an element treats white space in its text (CSS `white-space`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Space {
    /// `normal`, `nowrap`: every run of spaces, tabs and newlines is one space, none at the
    /// start or end of a line.
    Collapse,
    /// `pre-line`: spaces and tabs collapse, newlines are line breaks.
    KeepBreaks,
    /// `pre`, `pre-wrap`, `break-spaces`: everything is kept; newlines are line breaks.
    Keep,
}

/// The white-space handling of element `node` whose parent has `inherited`: its computed
/// value where known, else `<pre>`-like tags keep, and everything else inherits.
pub(crate) fn space_of(node: &Node, inherited: Space) -> Space {
    match node.white_space.as_str() {
        "" if PRESERVE_TAGS.contains(node.tag.as_deref().unwrap_or("")) => Space::Keep,
        "" => inherited,
        "pre-line" => Space::KeepBreaks,
        w if w.starts_with("pre") || w == "break-spaces" => Space::Keep,
        _ => Space::Collapse,
    }
}

/// Node `i` and then each of its ancestors, up to the root.
pub(crate) fn ancestors(outline: &Outline, i: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(Some(i), move |&j| outline[j].parent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(class: &str, id: &str) -> Node {
        Node {
            tag: Some("DIV".into()),
            class: class.into(),
            id: id.into(),
            ..Node::default()
        }
    }

    #[test]
    fn chrome_hints_are_class_and_id_words_or_two_neighbours_joined() {
        assert!(chrome_hint(&el("story Share-Bar", "")), "a word, any case");
        assert!(chrome_hint(&el("", "main__sidebar")), "an id word");
        assert!(
            chrome_hint(&el("box read_more", "")),
            "two neighbours joined with -"
        );
        assert!(
            chrome_hint(&el("read", "more")),
            "the class's last word and the id's first"
        );
        assert!(!chrome_hint(&el("story-body__main", "article")));
        assert!(
            !chrome_hint(&el("spreadsheet reading", "")),
            "a part of a word"
        );
        assert!(!chrome_hint(&el("", "")));
        assert!(!chrome_hint(&el("ünïcode ümlaut", "")));
    }
}

/// A tiny outline builder for the tests of this module's parts.
#[cfg(test)]
pub(crate) mod testing {
    use super::Node;

    /// A tiny tree builder: `E(tag, class, children)` and `T(text)`.
    pub enum B {
        E(&'static str, &'static str, Vec<B>),
        T(&'static str),
    }
    pub use B::{E, T};

    pub fn outline(tree: B) -> Vec<Node> {
        fn walk(b: B, parent: Option<usize>, out: &mut Vec<Node>) {
            match b {
                T(t) => out.push(Node {
                    parent,
                    text: Some(t.into()),
                    ..Node::default()
                }),
                E(tag, class, kids) => {
                    let i = out.len();
                    out.push(Node {
                        parent,
                        tag: Some(tag.into()),
                        class: class.into(),
                        ..Node::default()
                    });
                    for k in kids {
                        walk(k, Some(i), out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(tree, None, &mut out);
        out
    }

    pub fn para(text: &'static str) -> B {
        E("P", "", vec![T(text)])
    }

    pub const LONG: &str =
        "The council voted on Tuesday, after a long debate, to approve the plan, \
                        which critics say may cost more than the city can afford, officials said.";
}
