//! What gets painted: the report flattened into items (one per quote, attribution, hedge
//! cue and hedged claim), each with its highlight name and the words of its tooltip.

use crate::report::{QuoteKind, Report};

use super::names;
use super::palette::{assign, quote_name};

/// The categories a user can toggle: the three the scan finds, and the matches of the
/// reader's watch list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Quotes,
    Attributions,
    Hedges,
    Watch,
}

/// How many categories there are (the length of a `visible` array).
pub const CATEGORIES: usize = 4;

impl Category {
    pub fn parse(name: &str) -> Option<Category> {
        match name {
            "quotes" | "quote" => Some(Category::Quotes),
            "attributions" | "attribution" => Some(Category::Attributions),
            "hedges" | "hedge" => Some(Category::Hedges),
            "watch" => Some(Category::Watch),
            _ => None,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The name the API gives the category.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Quotes => "quotes",
            Category::Attributions => "attributions",
            Category::Hedges => "hedges",
            Category::Watch => "watch",
        }
    }
}

/// One painted span, in UTF-16 units of the collected text.
#[derive(Debug, Clone)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// The CSS highlight (and mark class) that paints it.
    pub name: String,
    /// Tooltip text; empty for the hedged-claim tint, which the cue explains.
    pub label: String,
    /// Stacking order where items overlap: higher wins.
    pub priority: i32,
}

/// A speaker and the colour slot of their quotes.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SpeakerColor {
    pub name: String,
    pub color: &'static str,
}

/// Below this confidence a speaker is shown as uncertain (a dashed underline, "speaker
/// uncertain" in the tooltip) and counted apart in the summary. Confidences are calibrated
/// (`attribution::calibration`): under it, a speaker is estimated to be wrong more than
/// about one time in seven (on PolNeAR train, the quotes whose ranker share is under 0.75).
pub const LOW_CONFIDENCE: f64 = 0.85;

/// Whether a speaker confidence is low.
///
/// (The demo's summary lists the same speakers to check: its `UNSURE` is this threshold,
/// held to it by a test.)
pub fn is_uncertain(confidence: Option<f64>) -> bool {
    confidence.is_some_and(|c| c < LOW_CONFIDENCE)
}

/// The tooltip's note on a speaker: set by the reader, or uncertain, or nothing.
fn note(confidence: Option<f64>, corrected: bool) -> String {
    if corrected {
        " · speaker set by you".to_string()
    } else {
        uncertainty(confidence)
    }
}

/// The tooltip's words for a low confidence, else nothing.
fn uncertainty(confidence: Option<f64>) -> String {
    match confidence {
        Some(c) if c < LOW_CONFIDENCE => format!(" · speaker uncertain ({:.0}%)", c * 100.0),
        _ => String::new(),
    }
}

/// The dashed overlay that marks an uncertain speaker's quote or attribution; its tooltip is
/// the item's own.
fn uncertain(start: usize, end: usize, category: Category) -> Item {
    Item {
        start,
        end,
        category,
        name: names::UNCERTAIN.into(),
        label: String::new(),
        priority: 4,
    }
}

/// Items sorted by start (longer first), and the speakers' colours.
pub fn items(report: &Report, speakers_by_share: &[String]) -> (Vec<Item>, Vec<SpeakerColor>) {
    let slots = assign(speakers_by_share);
    let slot_of = |name: &str| {
        speakers_by_share
            .iter()
            .position(|s| s == name)
            .map(|i| slots[i])
    };
    let mut out = Vec::new();
    for q in &report.quotes {
        let scare = q.kind == QuoteKind::Scare;
        let doubt = note(q.speaker_confidence, q.corrected);
        let label = match (&q.speaker, scare, &q.cue) {
            (_, true, _) => "Scare quote · a term in quote marks, no speaker".to_string(),
            (Some(s), _, Some(c)) => format!("Quote — {s} · {c}{doubt}"),
            (Some(s), _, None) => format!("Quote — {s}{doubt}"),
            (None, _, _) if q.corrected => "Quote — no speaker (set by you)".to_string(),
            (None, _, _) => "Quote — no speaker found".to_string(),
        };
        let slot = q.speaker.as_deref().and_then(slot_of);
        out.push(Item {
            start: q.start,
            end: q.end,
            category: Category::Quotes,
            name: quote_name(slot, scare),
            label,
            priority: 1,
        });
        if q.speaker.is_some() && is_uncertain(q.speaker_confidence) {
            out.push(uncertain(q.start, q.end, Category::Quotes));
        }
    }
    for a in &report.attributions {
        let who = a.speaker.as_deref().unwrap_or("unnamed source");
        let doubt = note(a.speaker_confidence, a.corrected);
        out.push(Item {
            start: a.start,
            end: a.end,
            category: Category::Attributions,
            name: names::ATTRIBUTION.into(),
            label: format!("Attribution · {who} · {}{doubt}", a.cue),
            priority: 2,
        });
        if a.speaker.is_some() && is_uncertain(a.speaker_confidence) {
            out.push(uncertain(a.start, a.end, Category::Attributions));
        }
    }
    for h in &report.hedges {
        out.push(Item {
            start: h.claim_start,
            end: h.claim_end,
            category: Category::Hedges,
            name: names::CLAIM.into(),
            label: String::new(),
            priority: 0,
        });
        let kind = h.kind.as_str();
        out.push(Item {
            start: h.start,
            end: h.end,
            category: Category::Hedges,
            name: names::HEDGE.into(),
            label: format!("Hedge · {} ({kind})", h.text),
            priority: 3,
        });
    }
    for w in &report.watch {
        out.push(Item {
            start: w.start,
            end: w.end,
            category: Category::Watch,
            name: names::WATCH.into(),
            label: format!("watch: {}", w.pattern),
            priority: 5,
        });
    }
    crate::sort::sort_by(&mut out, |a, b| {
        a.start.cmp(&b.start).then(b.end.cmp(&a.end))
    });
    let colors = speakers_by_share
        .iter()
        .zip(&slots)
        .map(|(name, &s)| SpeakerColor {
            name: name.clone(),
            color: super::palette::SPEAKER_COLORS[s],
        })
        .collect();
    (out, colors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_lists_the_speakers_this_threshold_marks() {
        let js = include_str!("../../www/demo/summary.js");
        let line = js
            .lines()
            .find(|l| l.starts_with("const UNSURE = "))
            .unwrap();
        let value: f64 = line["const UNSURE = ".len()..]
            .trim_end_matches(';')
            .parse()
            .unwrap();
        assert_eq!(value, LOW_CONFIDENCE);
    }

    #[test]
    fn a_speaker_the_reader_set_says_so_and_is_never_uncertain() {
        let text = "Ann Lee met Bob Hale. “We agreed,” he said.";
        let mut report = crate::scan(text);
        let start = report.quotes[0].start;
        crate::corrections::reassign(&mut report, start, Some("Ann Lee")).unwrap();
        let (painted, _) = items(&report, &["Ann Lee".to_string()]);
        let quote = painted.iter().find(|i| i.start == start).unwrap();
        assert_eq!(quote.label, "Quote — Ann Lee · said · speaker set by you");
        assert!(!painted.iter().any(|i| i.name == names::UNCERTAIN));
        crate::corrections::reassign(&mut report, start, None).unwrap();
        let (painted, _) = items(&report, &[]);
        let quote = painted.iter().find(|i| i.start == start).unwrap();
        assert_eq!(quote.label, "Quote — no speaker (set by you)");
    }

    #[test]
    fn every_report_item_becomes_a_painted_item_with_its_label() {
        let text = "“No deal,” said Ana Ruiz. Critics say talks may resume.";
        let report = crate::scan(text);
        let speakers = vec!["Ana Ruiz".to_string()];
        let (items, colors) = items(&report, &speakers);
        // one quote, its attribution, the attribution of "say", two hedges with their claims
        let quote = items
            .iter()
            .find(|i| i.category == Category::Quotes)
            .unwrap();
        assert_eq!(quote.label, "Quote — Ana Ruiz · said");
        assert_eq!(quote.name, quote_name(Some(assign(&speakers)[0]), false));
        assert!(items.iter().any(|i| i.label == "Hedge · may (modal)"));
        assert!(items
            .iter()
            .any(|i| i.name == names::CLAIM && i.label.is_empty()));
        assert!(items.windows(2).all(|w| w[0].start <= w[1].start));
        assert_eq!(colors[0].name, "Ana Ruiz");
    }

    #[test]
    fn an_uncertain_speaker_is_marked_and_explained() {
        let mut report = crate::scan("“We will win,” said Ana Ruiz.");
        report.quotes[0].speaker_confidence = Some(0.55);
        let (unsure, _) = items(&report, &["Ana Ruiz".to_string()]);
        let quote = unsure
            .iter()
            .find(|i| i.category == Category::Quotes && !i.label.is_empty());
        assert!(quote.unwrap().label.ends_with("speaker uncertain (55%)"));
        assert!(unsure.iter().any(|i| i.name == names::UNCERTAIN));
        report.quotes[0].speaker_confidence = Some(0.95);
        let (sure, _) = items(&report, &["Ana Ruiz".to_string()]);
        assert!(sure.iter().all(|i| i.name != names::UNCERTAIN));
    }

    #[test]
    fn a_watch_match_is_its_own_layer_explained_by_its_pattern() {
        let text = "Sources close to the talks said a deal may come.";
        let mut report = crate::scan(text);
        report.watch = crate::WatchList::new(&["sources close to"])
            .unwrap()
            .find(text);
        let (painted, _) = items(&report, &[]);
        let watch: Vec<&Item> = painted
            .iter()
            .filter(|i| i.category == Category::Watch)
            .collect();
        assert_eq!(watch.len(), 1);
        assert_eq!((watch[0].start, watch[0].end), (0, 16));
        assert_eq!(watch[0].name, names::WATCH);
        assert_eq!(watch[0].label, "watch: sources close to");
        assert_eq!(Category::parse("watch"), Some(Category::Watch));
        assert_eq!(Category::Watch.index(), CATEGORIES - 1);
    }

    #[test]
    fn categories_parse_singular_and_plural() {
        assert_eq!(Category::parse("hedge"), Some(Category::Hedges));
        assert_eq!(
            Category::parse("quotes").map(Category::as_str),
            Some("quotes")
        );
        assert_eq!(Category::parse("marks"), None);
    }
}
