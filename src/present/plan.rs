//! Highlights grouped for painting: one group per highlight name, in the order names first
//! appear, each with the ranges of its items. The page painter groups DOM ranges this way;
//! the extension's service worker builds a whole [`Plan`] for a page it only knows as an
//! outline.

use serde::Serialize;

use super::items::{items, Item, SpeakerColor};
use super::nav::KEYS;
use super::palette::{style_sheet, TOOLTIP_CSS};
use crate::page::{self, Node};

/// One highlight name with what it paints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paint<R> {
    pub name: String,
    pub priority: i32,
    pub ranges: Vec<R>,
}

/// Groups `items` by highlight name; `place` gives an item's range, or `None` to leave it
/// out (hidden, or not on the page). Names with no placed item get no group.
pub fn group<R>(items: &[Item], mut place: impl FnMut(&Item) -> Option<R>) -> Vec<Paint<R>> {
    let mut paints: Vec<Paint<R>> = Vec::new();
    for it in items {
        let Some(range) = place(it) else { continue };
        match paints.iter_mut().find(|p| p.name == it.name) {
            Some(p) => p.ranges.push(range),
            None => paints.push(Paint {
                name: it.name.clone(),
                priority: it.priority,
                ranges: vec![range],
            }),
        }
    }
    paints
}

/// A range in outline terms: `[startNode, startOffset, endNode, endOffset]`, nodes as
/// outline indices and offsets in UTF-16 units of their text nodes.
pub type OutlineRange = [usize; 4];

/// What the extension paints on a page: the article's root, the highlights, their style
/// sheet, and the summary with the speakers' colours; and what it needs to explain them as
/// the page API does: the items with words (`stops`, in text order), the key map and the
/// tooltip's style sheet.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub root: usize,
    pub paints: Vec<Paint<OutlineRange>>,
    pub css: String,
    pub summary: crate::Summary,
    pub speakers: Vec<SpeakerColor>,
    pub stops: Vec<Stop>,
    pub keys: Vec<Key>,
    pub tooltip_css: &'static str,
}

/// A highlight the reader can hover or move to: where it is, its tooltip, its category (for
/// the keys of one category) and its stacking order (the top-most one under the pointer is
/// explained).
#[derive(Debug, Clone, Serialize)]
pub struct Stop {
    pub range: OutlineRange,
    pub label: String,
    pub category: &'static str,
    pub priority: i32,
}

/// A key of [`KEYS`], as the extension's content script reads it.
#[derive(Debug, Clone, Serialize)]
pub struct Key {
    pub key: &'static str,
    /// `None`: every category.
    pub category: Option<&'static str>,
    pub forward: bool,
}

/// The whole pipeline for a page read into an outline: find the article, collect its
/// text, scan it, and place every highlight. An outline whose nodes do not follow their
/// parents, or an empty one, is an error.
pub fn plan(nodes: &[Node]) -> Result<Plan, String> {
    if nodes.is_empty() {
        return Err("bad page outline: empty".into());
    }
    if nodes
        .iter()
        .enumerate()
        .any(|(i, n)| n.parent.is_some_and(|p| p >= i))
    {
        return Err("bad page outline: a node must come after its parent".into());
    }
    let root = page::find_article(nodes);
    let (text, pieces) = page::collect(nodes, root, true);
    let (report, summary) = crate::analyze(&text);
    let speakers: Vec<String> = summary.speakers.iter().map(|s| s.name.clone()).collect();
    let (items, colors) = items(&report, &speakers);
    let place = |it: &Item| {
        let a = page::locate(&pieces, it.start, false)?;
        let b = page::locate(&pieces, it.end, true)?;
        Some([a.0, a.1, b.0, b.1])
    };
    let paints = group(&items, place);
    let stops = items
        .iter()
        .filter(|it| !it.label.is_empty())
        .filter_map(|it| {
            Some(Stop {
                range: place(it)?,
                label: it.label.clone(),
                category: it.category.as_str(),
                priority: it.priority,
            })
        })
        .collect();
    let keys = KEYS
        .iter()
        .map(|k| Key {
            key: k.key,
            category: k.category.map(|c| c.as_str()),
            forward: k.forward,
        })
        .collect();
    Ok(Plan {
        root,
        paints,
        css: style_sheet("auto"),
        summary,
        speakers: colors,
        stops,
        keys,
        tooltip_css: TOOLTIP_CSS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::testing::*;

    #[test]
    fn a_page_outline_becomes_paints_located_in_its_text_nodes() {
        let o = outline(E(
            "BODY",
            "",
            vec![E(
                "ARTICLE",
                "",
                vec![para("“We will rebuild the pier before the summer,” said Mayor Ana Ruiz on Tuesday, after a long debate."), para(LONG), para(LONG)],
            )],
        ));
        let plan = plan(&o).unwrap();
        assert_eq!(o[plan.root].tag.as_deref(), Some("ARTICLE"));
        let quotes: Vec<_> = plan
            .paints
            .iter()
            .filter(|p| p.name.starts_with("claimlens-quote-"))
            .collect();
        assert_eq!(quotes.len(), 1);
        let [a, ao, b, bo] = quotes[0].ranges[0];
        assert_eq!((a, ao), (3, 0)); // the first text node, from its start
        assert_eq!(a, b);
        assert_eq!(
            bo,
            "“We will rebuild the pier before the summer,”"
                .encode_utf16()
                .count()
        );
        assert_eq!(plan.speakers[0].name, "Ana Ruiz");
        // What the page needs to explain it: the quote's stop with its tooltip, the keys.
        let stop = plan.stops.iter().find(|s| s.category == "quotes").unwrap();
        assert_eq!(stop.range, quotes[0].ranges[0]);
        assert_eq!(stop.label, "Quote — Ana Ruiz · said");
        assert!(plan.stops.iter().all(|s| !s.label.is_empty()));
        assert_eq!(plan.keys.len(), KEYS.len());
        assert!(plan
            .keys
            .iter()
            .any(|k| k.key == "j" && k.category.is_none()));
        assert!(plan.tooltip_css.contains(".tip"));
    }

    #[test]
    fn a_malformed_outline_is_an_error() {
        assert!(plan(&[]).is_err());
        let bad = vec![Node {
            parent: Some(0),
            ..Node::default()
        }];
        assert!(plan(&bad).unwrap_err().contains("after its parent"));
    }

    #[test]
    fn groups_keep_first_appearance_order_and_skip_unplaced_items() {
        let (items, _) = items(&crate::scan("Critics say it may fail."), &[]);
        let all = group(&items, |it| Some((it.start, it.end)));
        assert!(all.iter().any(|p| p.name == crate::present::names::HEDGE));
        assert!(group(&items, |_| None::<usize>).is_empty());
    }
}
