//! Which element holds the article: explicit markup first, else scores computed the way
//! Mozilla's Readability.js computes them, on the DOM-free outline.

use super::{ancestors, chrome_hint, class_words, Node, Outline};
use crate::lexicon::{CHROME_TAGS, INLINE_TAGS, NEGATIVE_HINTS, NOT_PROSE_TAGS, POSITIVE_HINTS};

// The tunables, named as Readability.js names its own (`DEFAULT_CHAR_THRESHOLD` …).

/// A marked-up container (`itemprop=articleBody`, `<article>`, `<main>`) wins when it holds
/// at least this share of the page's paragraph text, in tenths …
const HOLDS_SHARE_TENTHS: usize = 6;
/// … and at least this many characters of text.
const MIN_ARTICLE_CHARS: usize = 200;
/// An `<article>` entry needs this many characters of paragraph text to count.
const MIN_ENTRY_PARA_CHARS: usize = 200;
/// Paragraphs shorter than this (characters without spaces) are not scored.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// A paragraph's score gains one point per this many characters …
const CHARS_PER_POINT: f64 = 100.0;
/// … up to this many points.
const MAX_LENGTH_POINTS: f64 = 3.0;
/// Scores pass up to this many ancestors.
const SCORE_ANCESTORS: usize = 5;
/// Weight of an article-like or chrome-like class or id word.
const CLASS_WEIGHT: f64 = 25.0;

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
    let holds_text = |i: usize| {
        stats[i].para_text * 10 >= total_para * HOLDS_SHARE_TENTHS
            && stats[i].text >= MIN_ARTICLE_CHARS
    };
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
        .filter(|&i| stats[i].para_text >= MIN_ENTRY_PARA_CHARS)
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
        if NOT_PROSE_TAGS.contains(tag) {
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
            ps.has_block_child |= node.tag.is_some() && !INLINE_TAGS.contains(tag) && tag != "BR";
        }
    }
    st
}

/// Class and id weight: +[`CLASS_WEIGHT`] for article-like words, − for chrome-like ones.
fn class_weight(node: &Node) -> f64 {
    let words = class_words(node);
    let mut w = 0.0;
    if words.iter().any(|x| POSITIVE_HINTS.contains(x.as_str())) {
        w += CLASS_WEIGHT;
    }
    if words.iter().any(|x| NEGATIVE_HINTS.contains(x.as_str())) {
        w -= CLASS_WEIGHT;
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
        if !paragraph || stats[i].text < MIN_PARAGRAPH_CHARS || unlikely_within(outline, i) {
            continue;
        }
        let own = 1.0
            + stats[i].commas as f64
            + (stats[i].text as f64 / CHARS_PER_POINT).min(MAX_LENGTH_POINTS);
        let mut level = 0;
        let mut anc = node.parent;
        while let Some(a) = anc {
            if level >= SCORE_ANCESTORS {
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
            || NOT_PROSE_TAGS.contains(tag)
            || CHROME_TAGS.contains(tag)
            || (chrome_hint(n) && class_weight(n) <= 0.0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::testing::*;

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
