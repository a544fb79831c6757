//! The page fixtures of `tests/pages` read from their HTML source: the article found holds
//! every quote the browser highlights and none of the rails' (`expected.json`). That the
//! outline is the browser's own, node for node, is proved in `tests/e2e/pages.test.mjs`.

use std::path::Path;

#[test]
fn every_page_fixture_gives_the_articles_quotes_and_none_of_the_rails() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/pages");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let mut pages = 0;
    for (name, want) in expected.as_object().unwrap() {
        if !name.ends_with(".html") {
            continue;
        }
        pages += 1;
        let html = std::fs::read_to_string(dir.join(name)).unwrap();
        let article = claimlens_html::article(&html);
        let report = claimlens::scan(&article.text);
        let quotes: Vec<&str> = report.quotes.iter().map(|q| q.text.as_str()).collect();
        for q in want["highlight"].as_array().unwrap() {
            let q = q.as_str().unwrap();
            assert!(
                quotes.contains(&q),
                "{name}: no quote {q}\nhave: {quotes:?}"
            );
        }
        for q in want["not_highlight"].as_array().unwrap() {
            let q = q.as_str().unwrap();
            assert!(!article.text.contains(q), "{name}: rail text read: {q}");
        }
    }
    assert_eq!(pages, 8);
}
