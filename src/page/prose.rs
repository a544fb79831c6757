//! How much of an element's text is prose: the measure that both the reader (`collect`,
//! which keeps a chrome-looking element that holds most of the prose) and article finding
//! use. A block's *own* text is the text whose nearest block is that block (inline elements
//! belong to the block around them); a block is prose when its own text is long enough,
//! has few link characters, and (when short) ends a sentence. Headings are never prose.

use super::{chrome, hard_skipped, is_inline, Outline};

/// A block's own text counts as prose from this many characters (without spaces) …
pub(crate) const PROSE_CHARS: usize = 80;
/// … or, with no link in it and a sentence end, from this many.
pub(crate) const SHORT_PROSE_CHARS: usize = 25;
/// Prose has less than this share of its characters in links.
pub(crate) const PROSE_LINK_DENSITY: f64 = 0.25;
/// Page chrome by tag or class (nav, "sidebar", "share" …) is read after all when it holds at
/// least this share of the prose under the root: a wrapper named "content-with-sidebar"
/// holds the article, a real sidebar never does.
pub(crate) const CHROME_MAX_PROSE_SHARE: f64 = 0.5;

/// A block without prose whose text is at least this share link text is a link list
/// (related stories, tags, share links) and is left out, as Readability.js's
/// `_cleanConditionally` drops link-dense blocks.
pub(crate) const LINK_LIST_DENSITY: f64 = 0.7;

/// Characters (without white space) in an element's subtree, as read.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Measure {
    /// Every read character.
    pub text: usize,
    /// Characters of prose blocks.
    pub prose: usize,
    /// Characters inside links.
    pub links: usize,
    /// Commas (and CJK commas) in prose.
    pub commas: usize,
    /// Prose blocks.
    pub blocks: usize,
}

/// The end (exclusive) of the subtree of `root`: the outline lists a subtree in one run.
pub(crate) fn subtree_end(outline: &Outline, root: usize) -> usize {
    let mut inside = vec![true];
    let mut end = root + 1;
    while end < outline.len() {
        let within = outline[end]
            .parent
            .is_some_and(|p| p >= root && p < end && inside[p - root]);
        if !within {
            break;
        }
        inside.push(true);
        end += 1;
    }
    end
}

/// Measures every element of the subtree of `root` (indexed from `root`: entry `k` is node
/// `root + k`), leaving out subtrees of elements for which `skip(i)` holds (never the
/// root's), and text of invisible elements.
pub(crate) fn measure(
    outline: &Outline,
    root: usize,
    skip: impl Fn(usize) -> bool,
) -> Vec<Measure> {
    let end = subtree_end(outline, root);
    let n = end - root;
    let mut skipped = vec![false; n];
    let mut block = vec![0usize; n];
    let mut link = vec![false; n];
    // Own text of each block: characters, in links, commas, whether a sentence ends in it.
    let mut own = vec![(0usize, 0usize, 0usize, false); n];
    for (k, node) in outline[root..end].iter().enumerate() {
        let i = k;
        let p = node.parent.filter(|_| k > 0).map(|p| p - root);
        let parent_skipped = p.is_some_and(|p| skipped[p]);
        match (&node.tag, &node.text) {
            (Some(tag), _) => {
                skipped[i] = parent_skipped || (k > 0 && skip(root + k));
                link[i] = tag == "A" || p.is_some_and(|p| link[p]);
                block[i] = match p {
                    Some(p) if is_inline(node) || tag == "BR" => block[p],
                    _ => i,
                };
            }
            (None, Some(t)) => {
                let Some(p) = p else { continue };
                if parent_skipped || outline[root + p].invisible {
                    skipped[i] = true;
                    continue;
                }
                let b = block[p];
                let o = &mut own[b];
                for c in t.chars() {
                    if c.is_whitespace() {
                        continue;
                    }
                    o.0 += 1;
                    if matches!(c, ',' | '，' | '、') {
                        o.2 += 1;
                    }
                    o.3 |= matches!(c, '.' | '!' | '?' | '。' | '！' | '？');
                }
                if link[p] {
                    o.1 += t.chars().filter(|c| !c.is_whitespace()).count();
                }
            }
            _ => {}
        }
    }
    let mut out = vec![Measure::default(); n];
    for i in (0..n).rev() {
        let node = &outline[root + i];
        if skipped[i] {
            continue;
        }
        if node.tag.is_some() {
            let (chars, links, commas, sentence) = own[i];
            out[i].text += chars;
            out[i].links += links;
            if is_prose(node.tag.as_deref().unwrap_or(""), chars, links, sentence) {
                out[i].prose += chars;
                out[i].commas += commas;
                out[i].blocks += 1;
            }
        }
        if let Some(p) = node.parent.filter(|_| i > 0).map(|p| p - root) {
            let m = out[i];
            let o = &mut out[p];
            o.text += m.text;
            o.prose += m.prose;
            o.links += m.links;
            o.commas += m.commas;
            o.blocks += m.blocks;
        }
    }
    out
}

/// Whether a block with this much own text is prose.
fn is_prose(tag: &str, chars: usize, links: usize, sentence: bool) -> bool {
    if matches!(tag, "H1" | "H2" | "H3" | "H4" | "H5" | "H6") {
        return false;
    }
    let density = links as f64 / chars.max(1) as f64;
    (chars >= PROSE_CHARS && density < PROSE_LINK_DENSITY)
        || (chars >= SHORT_PROSE_CHARS && links == 0 && sentence)
}

/// Which elements of the subtree of `root` are left out when reading it (indexed from
/// `root`): never-read ones, and with `skip_chrome` page chrome too, unless it holds
/// [`CHROME_MAX_PROSE_SHARE`] of the root's prose, and link lists
/// ([`LINK_LIST_DENSITY`]).
pub(crate) fn left_out(outline: &Outline, root: usize, skip_chrome: bool) -> Vec<bool> {
    let end = subtree_end(outline, root);
    let hard = |i: usize| i != root && hard_skipped(&outline[i]);
    let mut out: Vec<bool> = (root..end).map(hard).collect();
    if skip_chrome {
        let readable = measure(outline, root, hard);
        let limit = (readable[0].prose as f64 * CHROME_MAX_PROSE_SHARE).max(1.0);
        for (k, o) in out.iter_mut().enumerate().skip(1) {
            let node = &outline[root + k];
            let r = readable[k];
            if node.tag.is_some() && chrome(node) && (r.prose as f64) < limit {
                *o = true;
            }
            // A block of links and no prose: a "related" list, tags, share links.
            if node.tag.is_some()
                && !is_inline(node)
                && r.prose == 0
                && r.text > 0
                && r.links as f64 >= LINK_LIST_DENSITY * r.text as f64
            {
                *o = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::collect;
    use crate::page::testing::*;

    #[test]
    fn prose_is_long_own_text_with_few_links_and_never_a_heading() {
        let o = outline(E(
            "DIV",
            "",
            vec![
                para(LONG),
                para("A short one, and it ends a sentence."),
                para("Subscribe now"),
                E("H2", "", vec![T(LONG)]),
                E("P", "", vec![E("A", "", vec![T(LONG)])]),
                E(
                    "DIV",
                    "",
                    vec![T(LONG), E("BR", "", vec![]), T("Same block.")],
                ),
            ],
        ));
        let m = measure(&o, 0, |_| false);
        let prose_of = |i: usize| m[i].prose;
        assert!(prose_of(1) > 0, "a long paragraph");
        assert!(prose_of(3) > 0, "a short one that ends a sentence");
        assert_eq!(prose_of(5), 0, "a short label");
        assert_eq!(prose_of(7), 0, "a heading");
        assert_eq!(prose_of(9), 0, "a link");
        assert!(
            prose_of(12) > LONG.len() / 2,
            "text around <br> is one block"
        );
        assert_eq!(m[0].blocks, 3);
    }

    #[test]
    fn link_lists_and_chrome_inside_the_article_are_left_out() {
        let link = |t: &'static str| E("LI", "", vec![E("A", "", vec![T(t)])]);
        let o = outline(E(
            "ARTICLE",
            "",
            vec![
                para(LONG),
                E(
                    "UL",
                    "related",
                    vec![
                        link("Harbour plan: what we know"),
                        link("Five things to read"),
                    ],
                ),
                E("UL", "", vec![link("Tags: council"), link("harbour")]),
                E("DIV", "share-bar", vec![T("Share this story")]),
                para(LONG),
            ],
        ));
        let text = collect(&o, 0, true).0;
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(collect(&o, 0, false).0.contains("Tags: council"));
    }
}
