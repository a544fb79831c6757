//! Warming the module up off the page's thread.
//!
//! V8 compiles a WebAssembly function on its first call (lazily), on the thread that makes
//! the call, and the compiled code belongs to the module: every instance of it shares the
//! code, in any thread. So the worker that scans large texts (www/claimlens-worker.js)
//! runs the page's whole pipeline once on small built-in articles, one per language, as
//! soon as it starts: the page's first scan then finds the core already compiled, and the
//! page's thread never pays for it (README, Benchmarks). The articles are invented.

use claimlens::page::Node;

/// One short article per language the core reads, a title line and paragraphs: quotes
/// of each style, named and anonymous sources, pronouns, hedges.
const ARTICLES: [&str; 4] = [
    include_str!("../warmup/en.txt"),
    include_str!("../warmup/fr.txt"),
    include_str!("../warmup/de.txt"),
    include_str!("../warmup/es.txt"),
];

/// Runs each article through what a page's highlight runs: find the article in an outline,
/// collect its text, scan it, place the highlights (the extension's plan), and turn the
/// report into JavaScript values and into the worker's bytes.
pub fn run() {
    for article in ARTICLES {
        let outline = outline(article);
        let _ = claimlens::present::plan::plan(&outline).map(|plan| crate::to_js(&plan));
        let (report, summary) = claimlens::analyze(article);
        let _ = crate::to_js(&report);
        let _ = claimlens::wire::decode(&claimlens::wire::encode(&report, &summary));
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
}
