//! Which element holds the article, on the DOM-free outline. Everything is measured the way
//! the reader reads ([`super::prose`]): page chrome, hidden and never-read parts count for
//! nothing, and a block is *prose* when its own text is long, has few link characters and
//! (when short) ends a sentence.
//!
//! 1. Markup, when it holds the prose: an `[itemprop=articleBody]`, an `<article>` or a
//!    `<main>` (`role=main`) that holds [`HOLDS_SHARE`] of the page's prose, or that holds
//!    [`DOMINANT_SHARE`] of it and twice as much as any other element of its kind (teasers
//!    and "more stories" below an article are prose too); entries of a live blog give
//!    their common container. Inside it, the child that holds [`NARROW_SHARE`] of its
//!    prose, as far down as one does: the body without the headline, byline, share bar.
//! 2. Else, from the page's root down, the child that holds [`DESCEND_SHARE`] of the prose,
//!    as far as one does: the deepest element that still holds most of the page's prose.
//!
//! Readability.js scores paragraphs into their ancestors and merges siblings; trafilatura
//! walks known body paths and prunes boilerplate. This does both jobs with one measure:
//! prose characters as read, so a rail, a comment thread or a link list never pulls the
//! choice, and what the chosen element holds is what `collect` reads.

use super::collect::subtree_ends;
use super::prose::{left_out, measure, Measure};
use super::{ancestors, Outline};

// The tunables, named as Readability.js names its own (`DEFAULT_CHAR_THRESHOLD` …).

/// A marked-up container wins when it holds this share of the page's prose …
const HOLDS_SHARE: f64 = 0.6;
/// … or this share and [`DOMINANT_RATIO`] times the prose of any other of its kind …
const DOMINANT_SHARE: f64 = 0.3;
const DOMINANT_RATIO: usize = 2;
/// … and at least this many characters of prose.
const MIN_ARTICLE_CHARS: usize = 200;
/// Inside a marked-up container, go down into a child holding this share of its prose.
const NARROW_SHARE: f64 = 0.8;
/// Without markup, go down from the page's root into a child holding this share.
const DESCEND_SHARE: f64 = 0.7;

/// The element that holds the article (an outline index). Falls back to the first
/// element.
pub fn find_article(outline: &Outline) -> usize {
    let Some(root) = (0..outline.len()).find(|&i| outline[i].tag.is_some()) else {
        return 0;
    };
    let out = left_out(outline, root, true);
    let mut m = vec![Measure::default(); root];
    m.extend(measure(outline, root, |i| out[i - root]));
    match marked_up(outline, &m, root) {
        Some(i) => descend(outline, &m, i, NARROW_SHARE),
        None => descend(outline, &m, root, DESCEND_SHARE),
    }
}

/// The marked-up container that holds the article's prose, if any (step 1).
fn marked_up(outline: &Outline, m: &[Measure], root: usize) -> Option<usize> {
    let total = m[root].prose.max(1) as f64;
    let share = |i: usize| m[i].prose as f64 / total;
    let holds = |i: usize| share(i) >= HOLDS_SHARE;
    // Elements of one kind with enough prose, the most first.
    let kind = |f: &dyn Fn(usize) -> bool| -> Vec<usize> {
        let mut v: Vec<usize> = (0..outline.len())
            .filter(|&i| outline[i].tag.is_some() && m[i].prose >= MIN_ARTICLE_CHARS && f(i))
            .collect();
        crate::sort::sort_by_key(&mut v, |&i| std::cmp::Reverse(m[i].prose));
        v
    };
    let nested = |a: usize, b: usize| {
        ancestors(outline, a).any(|x| x == b) || ancestors(outline, b).any(|x| x == a)
    };
    let dominant = |v: &[usize]| -> Option<usize> {
        let &best = v.first()?;
        let rival = v.iter().skip(1).find(|&&j| !nested(best, j));
        let dominates = share(best) >= DOMINANT_SHARE
            && rival.is_none_or(|&j| m[best].prose >= DOMINANT_RATIO * m[j].prose);
        (holds(best) || dominates).then_some(best)
    };
    let body_prop = kind(&|i| outline[i].itemprop.eq_ignore_ascii_case("articleBody"));
    if let Some(&i) = body_prop.first().filter(|&&i| holds(i)) {
        return Some(i);
    }
    let articles = kind(&|i| outline[i].tag.as_deref() == Some("ARTICLE"));
    if let Some(i) = dominant(&articles) {
        return Some(i);
    }
    // Several entries, none dominant (a live blog): their nearest common container.
    if let Some((&first, rest)) = articles.split_first() {
        let common = rest
            .iter()
            .fold(first, |a, &b| common_ancestor(outline, a, b));
        if !rest.is_empty() && holds(common) && common != root {
            return Some(common);
        }
    }
    let mains = kind(&|i| {
        outline[i].tag.as_deref() == Some("MAIN") || outline[i].role.eq_ignore_ascii_case("main")
    });
    dominant(&mains)
}

fn common_ancestor(outline: &Outline, a: usize, b: usize) -> usize {
    let of_a: Vec<usize> = ancestors(outline, a).collect();
    ancestors(outline, b)
        .find(|x| of_a.contains(x))
        .unwrap_or(a)
}

/// From `from`, into the child element that holds `share` of the prose, as far down as one
/// does.
fn descend(outline: &Outline, m: &[Measure], from: usize, share: f64) -> usize {
    // Children only, each subtree jumped over: a chain thousands deep costs its length once.
    let ends = subtree_ends(outline);
    let mut at = from;
    'down: loop {
        let need = (m[at].prose as f64 * share).max(1.0);
        let mut c = at + 1;
        while c < ends[at] {
            if outline[c].parent == Some(at)
                && outline[c].tag.is_some()
                && m[c].prose as f64 >= need
            {
                at = c;
                continue 'down;
            }
            c = ends[c].max(c + 1);
        }
        return at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::testing::*;

    fn found(o: &[crate::page::Node]) -> (&str, &str) {
        let n = &o[find_article(o)];
        (n.tag.as_deref().unwrap_or(""), n.class.as_str())
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
        assert_eq!(found(&o).0, "ARTICLE");
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
        assert_eq!(found(&o).0, "MAIN");
    }

    #[test]
    fn without_markup_the_deepest_element_holding_most_prose_wins() {
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
        assert_eq!(found(&o).1, "story-body");
    }

    #[test]
    fn inside_the_article_element_the_body_without_headline_and_byline() {
        let o = outline(E(
            "BODY",
            "",
            vec![E(
                "ARTICLE",
                "",
                vec![
                    E(
                        "H1",
                        "",
                        vec![T("Council approves the harbour plan after a long night")],
                    ),
                    E(
                        "DIV",
                        "byline",
                        vec![T("By Ana Ruiz, City Hall reporter. Tuesday")],
                    ),
                    E(
                        "DIV",
                        "article-body",
                        vec![para(LONG), para(LONG), para(LONG)],
                    ),
                ],
            )],
        ));
        assert_eq!(found(&o).1, "article-body");
    }

    #[test]
    fn a_dominant_main_wins_over_teasers_below_that_add_up_to_more() {
        let teaser = || E("DIV", "teaser", vec![para(LONG)]);
        let o = outline(E(
            "BODY",
            "",
            vec![
                E(
                    "MAIN",
                    "",
                    vec![E("DIV", "story", vec![para(LONG), para(LONG)])],
                ),
                E("DIV", "below", (0..4).map(|_| teaser()).collect::<Vec<_>>()),
            ],
        ));
        assert_eq!(found(&o).1, "story");
    }

    #[test]
    fn a_wrapper_named_like_chrome_that_holds_the_prose_is_still_read() {
        let o = outline(E(
            "BODY",
            "",
            vec![
                E("NAV", "", vec![E("A", "", vec![T("Home")])]),
                E(
                    "DIV",
                    "content-with-sidebar",
                    vec![E("DIV", "text", vec![para(LONG), para(LONG), para(LONG)])],
                ),
            ],
        ));
        assert_eq!(found(&o).1, "text");
    }
}
