//! Warming the module up off the page's thread.
//!
//! V8 compiles a WebAssembly function on its first call (lazily), on the thread that makes
//! the call, and the compiled code belongs to the module: every instance of it shares the
//! code, in any thread. So the worker that scans large texts (www/claimlens-worker.js)
//! runs the page's whole pipeline once on small built-in articles, one per language, as
//! soon as it starts: the page's first scan then finds the core already compiled, and the
//! page's thread never pays for it (README, Benchmarks). The articles are invented.
//!
//! "The whole pipeline" means what the page's own calls run, short of the DOM, which a
//! worker has not got: `highlight()`'s options, text collection, budgeted scan, watch list,
//! items, offsets and result object; `scan()`'s report object; the extension's plan; the
//! worker's bytes. A stage left out here is compiled on the page's thread at its first call
//! (a Chromium trace counts those compiles: docs/speed-passes.md, nineteenth stop).

use claimlens::offsets::Utf16Map;
use claimlens::page::Node;
use claimlens::present::nav;
use wasm_bindgen::JsValue;

use crate::{HighlightResult, Timings, WithSummary};

/// One short article per language the core reads, a title line and paragraphs: quotes
/// of each style, named and anonymous sources, pronouns, hedges.
const ARTICLES: [&str; 4] = [
    include_str!("../warmup/en.txt"),
    include_str!("../warmup/fr.txt"),
    include_str!("../warmup/de.txt"),
    include_str!("../warmup/es.txt"),
];

/// Runs each article through what the page's calls run on it, short of the DOM.
pub fn run() {
    // highlight()'s options when it is given none, read as it reads them.
    let options = crate::options::parse(JsValue::UNDEFINED, true).ok();
    for article in ARTICLES {
        let outline = outline(article);
        // The extension's route: the plan of where to paint.
        let _ = claimlens::present::plan::plan(&outline).map(|plan| crate::to_js(&plan));
        // highlight()'s route, from the text it collects to the object it returns.
        if let Some(opts) = &options {
            let (text, _pieces) = claimlens::page::collect(&outline, 0, opts.skip_chrome);
            let (report, summary, partial) =
                crate::scan_text(&text, opts, claimlens::Options::default());
            let (items, speakers) = crate::session::items_of(&report, &summary);
            let _ = (nav::max_ends(&items), Utf16Map::new(&text));
            let _ = crate::to_js(&HighlightResult::new(
                opts.mode,
                &report,
                summary.clone(),
                speakers,
                Timings::default(),
                partial,
            ));
            // The worker's route: the report as bytes, read back on the page.
            let _ = claimlens::wire::decode(&claimlens::wire::encode(&report, &summary));
        }
        // scan()'s route.
        let (report, summary) = claimlens::analyze(article);
        let _ = crate::to_js(&WithSummary {
            report: &report,
            summary,
        });
    }
}

/// A page of `article`: a body holding an article element, its first line a heading and
/// each later non-empty line a paragraph.
fn outline(article: &str) -> Vec<Node> {
    let element = |parent: Option<usize>, tag: &str| Node {
        parent,
        tag: Some(tag.to_string()),
        ..Node::default()
    };
    let mut nodes = vec![element(None, "BODY"), element(Some(0), "ARTICLE")];
    for (i, line) in article.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let block = nodes.len();
        nodes.push(element(Some(1), if i == 0 { "H1" } else { "P" }));
        nodes.push(Node {
            parent: Some(block),
            text: Some(line.to_string()),
            ..Node::default()
        });
    }
    nodes
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Each built-in article is read in its own language and finds quotes, sources and
    /// hedges: a warm-up that found nothing would leave most of the core cold.
    #[wasm_bindgen_test]
    fn warm_up_articles_exercise_the_whole_core() {
        for (article, code) in ARTICLES.iter().zip(["en", "fr", "de", "es"]) {
            let (report, _) = claimlens::analyze(article);
            assert_eq!(report.language.code(), code);
            assert!(!report.quotes.is_empty(), "{code}: no quote");
            assert!(report.attributions.len() >= 3, "{code}: attributions");
            assert!(report.hedges.len() >= 3, "{code}: hedges");
            let plan = claimlens::present::plan::plan(&outline(article)).unwrap();
            assert!(!plan.paints.is_empty(), "{code}: nothing placed");
        }
    }

    /// The English article, the one most pages need warm, reaches the rules a news page
    /// meets: every kind of attribution and of hedge that news prose has (a first-person
    /// "I think", anonymous and vague sources, distancing, hedging adjectives), a quote whose
    /// speaker is a pronoun, one with an "as … put it" aside, and one named by a title.
    #[wasm_bindgen_test]
    fn the_english_warm_up_article_reaches_the_rules_of_a_news_page() {
        use claimlens::{AttributionKind as A, HedgeKind as H};
        let (report, _) = claimlens::analyze(ARTICLES[0]);
        for kind in [A::Direct, A::Indirect, A::AccordingTo] {
            assert!(
                report.attributions.iter().any(|a| a.kind == kind),
                "{kind:?}"
            );
        }
        for kind in [
            H::Modal,
            H::Adverb,
            H::Adjective,
            H::Verb,
            H::Distancing,
            H::Weasel,
        ] {
            assert!(report.hedges.iter().any(|h| h.kind == kind), "{kind:?}");
        }
        assert!(report.hedges.iter().any(|h| h.text == "I think"));
        let speakers: Vec<_> = report
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_deref())
            .collect();
        for who in ["Dana Whitcombe", "Priya Nand", "the mayor"] {
            assert!(speakers.contains(&who), "{who}: {speakers:?}");
        }
    }

    /// The warm-up runs every route to the end without failing (it is run in a worker,
    /// where a failure would leave the module cold and say nothing).
    #[wasm_bindgen_test]
    fn warm_up_runs_every_route() {
        run();
        let opts = crate::options::parse(JsValue::UNDEFINED, true)
            .ok()
            .unwrap();
        let (text, _) = claimlens::page::collect(&outline(ARTICLES[0]), 0, opts.skip_chrome);
        let (report, summary, partial) =
            crate::scan_text(&text, &opts, claimlens::Options::default());
        assert!(partial.is_none());
        let (items, speakers) = crate::session::items_of(&report, &summary);
        assert!(items.len() >= report.quotes.len() + report.hedges.len());
        assert!(speakers.len() >= 3);
    }
}
