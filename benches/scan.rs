//! `cargo bench --bench scan`: native throughput of `claimlens::scan` on a 10,000-word
//! article built from the demo samples (the same text `bench/wasm.mjs` scans in Chromium).
//! A benchmark, not a test: it prints figures and asserts nothing about time.

use std::time::Instant;

/// The demo's English sample articles (`www/samples/index.json`, `"lang": "en"`, in its
/// order), repeated until the text has at least `words` words: English only, as
/// `bench/samples.mjs` builds it for the wasm benches (the French, German and Spanish
/// samples, joined in, made the whole text read as French). `article_in(lang, …)` does the
/// same with one other language's samples.
fn article(words: usize) -> String {
    article_in("en", words)
}

fn article_in(lang: &str, words: usize) -> String {
    let index: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("www/samples/index.json").expect("run from the repository root"),
    )
    .expect("www/samples/index.json is JSON");
    let base: String = index
        .as_array()
        .expect("a list of samples")
        .iter()
        .filter(|s| s["lang"] == lang)
        .map(|s| {
            let file = s["file"].as_str().expect("a sample's file");
            std::fs::read_to_string(format!("www/samples/{file}")).unwrap() + "\n"
        })
        .collect();
    let mut text = String::new();
    while text.split_whitespace().count() < words {
        text.push_str(&base);
    }
    text
}

fn main() {
    // First-call initialisation: the first scan in this process against the next ones, on
    // one short sentence (the word lists are static tables: nothing to parse or build).
    let short = "“No deal,” US President Donald Trump said. Critics say talks may resume.";
    let t0 = Instant::now();
    std::hint::black_box(claimlens::scan(std::hint::black_box(short)));
    let first = t0.elapsed().as_secs_f64() * 1e3;
    let t0 = Instant::now();
    for _ in 0..100 {
        std::hint::black_box(claimlens::scan(std::hint::black_box(short)));
    }
    let warm = t0.elapsed().as_secs_f64() * 1e3 / 100.0;
    println!(
        "native first call: {first:.3} ms, warm call {warm:.3} ms (one sentence): init {:.3} ms",
        (first - warm).max(0.0)
    );
    let text = article(10_000);
    let words = text.split_whitespace().count();
    // Warm up, then time enough runs for a stable figure.
    let mut found = claimlens::scan(&text).quotes.len();
    let runs = 50;
    let t0 = Instant::now();
    for _ in 0..runs {
        found = std::hint::black_box(claimlens::scan(std::hint::black_box(&text)))
            .quotes
            .len();
    }
    let secs = t0.elapsed().as_secs_f64() / runs as f64;
    println!(
        "native scan: {words} words, {} bytes, {found} quotes: {:.2} ms/scan, {:.1} MB/s",
        text.len(),
        secs * 1e3,
        text.len() as f64 / secs / 1e6
    );
    // Where the time goes, stage by stage.
    let time = |f: &dyn Fn()| {
        let t0 = Instant::now();
        for _ in 0..runs {
            f();
        }
        t0.elapsed().as_secs_f64() * 1e3 / runs as f64
    };
    let quotes = claimlens::quotes::find_quotes(&text);
    let q = time(&|| {
        std::hint::black_box(claimlens::quotes::find_quotes(&text));
    });
    let a = time(&|| {
        std::hint::black_box(claimlens::attribution::attribute(&text, &quotes));
    });
    let h = time(&|| {
        std::hint::black_box(claimlens::hedges::find_hedges(&text));
    });
    println!("  stages (ms/scan): quotes {q:.2}, attribution {a:.2}, hedges {h:.2}");
    // Linear time: a text ten times longer takes about ten times as long.
    let long = text.repeat(10);
    let t0 = Instant::now();
    std::hint::black_box(claimlens::scan(&long));
    let ratio = t0.elapsed().as_secs_f64() / secs;
    println!(
        "  10x the text takes {ratio:.1}x the time ({} bytes)",
        long.len()
    );
    // French, German and Spanish: each language's samples, read in that language.
    for lang in ["fr", "de", "es"] {
        let text = article_in(lang, 10_000);
        let runs = 20;
        let t0 = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(claimlens::scan(std::hint::black_box(&text)));
        }
        let secs = t0.elapsed().as_secs_f64() / runs as f64;
        println!(
            "native scan, {lang} samples: {} words, {:.2} ms/scan, {:.1} MB/s",
            text.split_whitespace().count(),
            secs * 1e3,
            text.len() as f64 / secs / 1e6
        );
    }
}
