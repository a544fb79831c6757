//! A web page as plain data, and what to read in it.
//!
//! The browser layer (and the extension's content script, on pages whose CSP forbids
//! WebAssembly) turns the DOM into an [`Outline`]: its elements and text nodes in document
//! order. Everything else is decided here, without a DOM: which text is prose and how it
//! joins into paragraphs ([`collect`]), and which element holds the article ([`find_article`],
//! scored the way Mozilla's Readability.js does). So the rules are tested natively, and the
//! same code serves every front end.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::lexicon::entries;

/// One node of a page: an element (`tag` set) or a text node (`text` set).
#[derive(Debug, Clone, Default, Deserialize)]
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
    /// `[hidden]`, `[aria-hidden=true]` or `display: none`.
    pub hidden: bool,
    /// `[contenteditable]` (not "false").
    pub editable: bool,
    /// The `itemprop` attribute ("articleBody").
    pub itemprop: String,
    /// The `role` attribute ("main").
    pub role: String,
}

/// A page's nodes in document order (every node after its parent).
pub type Outline = [Node];

/// Elements whose content is never prose.
const NOT_PROSE: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON",
    "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO", "HEAD",
];

/// Page chrome around an article, skipped unless the caller asks for everything.
const CHROME_TAGS: &[&str] = &["NAV", "ASIDE", "HEADER", "FOOTER", "FIGCAPTION"];

/// Elements that do not break the flow of text.
const INLINE: &[&str] = &[
    "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "I", "KBD", "MARK", "Q",
    "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR", "WBR", "INS", "DEL",
    "FONT", "LABEL",
];

/// The id of claimlens's own tooltip host, never read as page text.
pub const HOST_ID: &str = "claimlens-host";

/// The ids of everything claimlens adds to a page (tooltip host, snippet panel).
pub const OWN_IDS: [&str; 2] = [HOST_ID, "claimlens-panel"];

/// Words of a class or id, lower-cased: "story-body__main" → story, body, main.
fn class_words(node: &Node) -> Vec<String> {
    format!("{} {}", node.class, node.id)
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Whether an element's class or id names page chrome (`data/page_chrome.txt`).
fn chrome_hint(node: &Node) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| entries(include_str!("../data/page_chrome.txt")).collect());
    let parts = class_words(node);
    parts.iter().any(|p| words.contains(p.as_str()))
        || parts
            .windows(2)
            .any(|w| words.contains(format!("{}-{}", w[0], w[1]).as_str()))
}

/// Whether the text of element `node` is left out.
fn skipped(node: &Node, skip_chrome: bool) -> bool {
    let tag = node.tag.as_deref().unwrap_or("");
    NOT_PROSE.contains(&tag)
        || node.hidden
        || node.editable
        || OWN_IDS.contains(&node.id.as_str())
        || (skip_chrome && (CHROME_TAGS.contains(&tag) || chrome_hint(node)))
}

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
    let within = |i: usize, ancestor: usize| ancestors(outline, i).any(|a| a == ancestor);
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
                } else if !INLINE.contains(&tag.as_str()) {
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

/// Per-element figures for scoring, summed over each subtree.
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    text: usize,
    commas: usize,
    links: usize,
    /// Text directly in `<p>` elements below.
    para_text: usize,
    has_block_child: bool,
}

/// The element that holds the article: an `[itemprop=articleBody]`, `<article>` or `<main>`
/// that holds most of the page's paragraph text, else the best-scoring container after
/// Readability.js (paragraph length and commas, class and id hints, link density, scores
/// propagated to parent and grandparent). Falls back to the first element.
pub fn find_article(outline: &Outline) -> usize {
    let stats = stats(outline);
    let root = (0..outline.len())
        .find(|&i| outline[i].tag.is_some())
        .unwrap_or(0);
    let total_para = stats[root].para_text.max(1);
    let holds_text = |i: usize| stats[i].para_text * 10 >= total_para * 6 && stats[i].text >= 200;
    let elements = |tag: &str| -> Vec<usize> {
        (0..outline.len())
            .filter(|&i| outline[i].tag.as_deref() == Some(tag) && !hidden_within(outline, i))
            .collect()
    };
    // 1. Explicit markup, when it holds the text.
    let body_prop: Vec<usize> = (0..outline.len())
        .filter(|&i| outline[i].itemprop.eq_ignore_ascii_case("articleBody") && holds_text(i))
        .collect();
    if let Some(&i) = body_prop.iter().max_by_key(|&&i| stats[i].text) {
        return i;
    }
    let articles: Vec<usize> = elements("ARTICLE")
        .into_iter()
        .filter(|&i| stats[i].para_text >= 200)
        .collect();
    if let Some(&best) = articles.iter().max_by_key(|&&i| stats[i].para_text) {
        if holds_text(best) {
            return best;
        }
        // Several entries (a live blog): their nearest common container.
        if articles.len() > 1 {
            let common = articles
                .iter()
                .skip(1)
                .fold(articles[0], |a, &b| common_ancestor(outline, a, b));
            if holds_text(common) && outline[common].tag.as_deref() != Some("BODY") {
                return common;
            }
        }
    }
    let mains: Vec<usize> = (0..outline.len())
        .filter(|&i| {
            outline[i].tag.as_deref() == Some("MAIN")
                || outline[i].role.eq_ignore_ascii_case("main")
        })
        .filter(|&i| holds_text(i))
        .collect();
    if let Some(&i) = mains.last() {
        return i;
    }
    // 2. Scores, as Readability.js computes them.
    score(outline, &stats).unwrap_or(root)
}

/// Node `i` and then each of its ancestors, up to the root.
fn ancestors(outline: &Outline, i: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(Some(i), move |&j| outline[j].parent)
}

fn hidden_within(outline: &Outline, i: usize) -> bool {
    ancestors(outline, i).any(|a| outline[a].hidden)
}

fn common_ancestor(outline: &Outline, a: usize, b: usize) -> usize {
    let of_a: Vec<usize> = ancestors(outline, a).collect();
    ancestors(outline, b)
        .find(|x| of_a.contains(x))
        .unwrap_or(a)
}

fn stats(outline: &Outline) -> Vec<Stats> {
    let mut st = vec![Stats::default(); outline.len()];
    for i in (0..outline.len()).rev() {
        let node = &outline[i];
        if let Some(t) = &node.text {
            st[i].text = t.chars().filter(|c| !c.is_whitespace()).count();
            st[i].commas = t.matches([',', '，', '、']).count();
        }
        let tag = node.tag.as_deref().unwrap_or("");
        if NOT_PROSE.contains(&tag) {
            st[i] = Stats::default();
        }
        if tag == "A" {
            st[i].links = st[i].text;
        }
        if tag == "P" {
            st[i].para_text = st[i].text;
        }
        if let Some(p) = node.parent {
            let s = st[i];
            let ps = &mut st[p];
            ps.text += s.text;
            ps.commas += s.commas;
            ps.links += s.links;
            ps.para_text += s.para_text;
            ps.has_block_child |= node.tag.is_some() && !INLINE.contains(&tag) && tag != "BR";
        }
    }
    st
}

/// Class and id weight: +25 for article-like words, −25 for chrome-like ones.
fn class_weight(node: &Node) -> f64 {
    static HINTS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    let (plus, minus) = HINTS.get_or_init(|| {
        let mut plus = HashSet::new();
        let mut minus = HashSet::new();
        for e in entries(include_str!("../data/article_hints.txt")) {
            match e.split_once(' ') {
                Some(("+", w)) => plus.insert(w.trim()),
                Some(("-", w)) => minus.insert(w.trim()),
                _ => false,
            };
        }
        (plus, minus)
    });
    let words = class_words(node);
    let mut w = 0.0;
    if words.iter().any(|x| plus.contains(x.as_str())) {
        w += 25.0;
    }
    if words.iter().any(|x| minus.contains(x.as_str())) {
        w -= 25.0;
    }
    w
}

fn tag_weight(tag: &str) -> f64 {
    match tag {
        "DIV" | "ARTICLE" | "SECTION" | "MAIN" => 5.0,
        "PRE" | "TD" | "BLOCKQUOTE" => 3.0,
        "ADDRESS" | "OL" | "UL" | "DL" | "DD" | "DT" | "LI" | "FORM" => -3.0,
        "H1" | "H2" | "H3" | "H4" | "H5" | "H6" | "TH" => -5.0,
        _ => 0.0,
    }
}

fn score(outline: &Outline, stats: &[Stats]) -> Option<usize> {
    let mut scores: Vec<Option<f64>> = vec![None; outline.len()];
    for i in 0..outline.len() {
        let node = &outline[i];
        let Some(tag) = node.tag.as_deref() else {
            continue;
        };
        let paragraph = matches!(tag, "P" | "PRE" | "TD")
            || (matches!(tag, "DIV" | "SECTION") && !stats[i].has_block_child);
        if !paragraph || stats[i].text < 25 || unlikely_within(outline, i) {
            continue;
        }
        let own = 1.0 + stats[i].commas as f64 + (stats[i].text as f64 / 100.0).min(3.0);
        let mut level = 0;
        let mut anc = node.parent;
        while let Some(a) = anc {
            if level >= 5 {
                break;
            }
            let atag = outline[a].tag.as_deref().unwrap_or("");
            if matches!(atag, "BODY" | "HTML") {
                break;
            }
            let entry =
                scores[a].get_or_insert_with(|| tag_weight(atag) + class_weight(&outline[a]));
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *entry += own / divider;
            level += 1;
            anc = outline[a].parent;
        }
    }
    (0..outline.len())
        .filter_map(|i| scores[i].map(|s| (i, s * (1.0 - link_density(&stats[i])))))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

fn link_density(s: &Stats) -> f64 {
    if s.text == 0 {
        0.0
    } else {
        s.links as f64 / s.text as f64
    }
}

/// Inside an element that is hidden, not prose, or page chrome by its tag or class.
fn unlikely_within(outline: &Outline, i: usize) -> bool {
    ancestors(outline, i).any(|a| {
        let n = &outline[a];
        let tag = n.tag.as_deref().unwrap_or("");
        n.hidden
            || NOT_PROSE.contains(&tag)
            || CHROME_TAGS.contains(&tag)
            || (chrome_hint(n) && class_weight(n) <= 0.0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny tree builder: `E(tag, class, children)` and `T(text)`.
    enum B {
        E(&'static str, &'static str, Vec<B>),
        T(&'static str),
    }
    use B::{E, T};

    fn outline(tree: B) -> Vec<Node> {
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

    fn para(text: &'static str) -> B {
        E("P", "", vec![T(text)])
    }

    const LONG: &str = "The council voted on Tuesday, after a long debate, to approve the plan, \
                        which critics say may cost more than the city can afford, officials said.";

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

    #[test]
    fn the_article_element_wins_when_it_holds_the_text() {
        let o = outline(E(
            "BODY",
            "",
            vec![
                E("DIV", "sidebar", vec![para(LONG)]),
                E("ARTICLE", "", vec![para(LONG), para(LONG), para(LONG)]),
            ],
        ));
        assert_eq!(o[find_article(&o)].tag.as_deref(), Some("ARTICLE"));
    }

    #[test]
    fn live_blog_entries_give_their_common_container() {
        let o = outline(E(
            "BODY",
            "",
            vec![
                E(
                    "MAIN",
                    "live",
                    vec![
                        E("ARTICLE", "entry", vec![para(LONG)]),
                        E("ARTICLE", "entry", vec![para(LONG)]),
                        E("ARTICLE", "entry", vec![para(LONG)]),
                    ],
                ),
                E("DIV", "key-events", vec![para("Key events list.")]),
            ],
        ));
        assert_eq!(o[find_article(&o)].tag.as_deref(), Some("MAIN"));
    }

    #[test]
    fn without_markup_the_best_scoring_container_wins() {
        let o = outline(E(
            "BODY",
            "",
            vec![E(
                "DIV",
                "wrapper",
                vec![
                    E(
                        "DIV",
                        "story-body",
                        vec![para(LONG), para(LONG), para(LONG), para(LONG)],
                    ),
                    E("DIV", "comments", vec![para(LONG), para(LONG)]),
                    E("DIV", "most-read", vec![E("A", "", vec![T(LONG)])]),
                ],
            )],
        ));
        assert_eq!(o[find_article(&o)].class, "story-body");
    }
}
