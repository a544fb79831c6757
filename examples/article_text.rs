//! The article text of saved page outlines, natively: `find_article` then `collect`, as
//! `textOf(findArticle())` does in the browser. For working on article finding without a
//! browser: `make realpages` (scripts/realpages.mjs --outlines) saves each page's outline
//! as JSON; this writes the texts in the article-extraction-benchmark's output format, for
//! scripts/realpages_score.py.
//!
//! Usage: cargo run --release --example article_text -- OUTLINE_DIR OUT_JSON [TRUTH_JSON]
//!
//! With the benchmark's ground truth it also prints, per page, the F1 (4-word shingles, as
//! evaluate.py counts) of the chosen element and of the best single element of the page,
//! to tell a wrong choice from text left in or out inside the right one.
use std::collections::HashMap;
use std::time::Instant;

use claimlens::page::{collect, find_article, Node};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, out, truth) = match &args[..] {
        [d, o] => (d, o, None),
        [d, o, t] => (d, o, Some(t)),
        _ => {
            eprintln!("usage: article_text OUTLINE_DIR OUT_JSON [TRUTH_JSON]");
            std::process::exit(1);
        }
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("outline dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut output = serde_json::Map::new();
    let mut times = Vec::new();
    for p in &paths {
        let outline: Vec<Node> =
            serde_json::from_slice(&std::fs::read(p).expect("read")).expect("outline JSON");
        let t0 = Instant::now();
        let i = find_article(&outline);
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        let text = collect(&outline, i, true).0;
        let key = p.file_stem().unwrap().to_string_lossy().into_owned();
        if let Some(t) = &truth {
            diagnose(&key, t, &outline, i, &text);
        }
        output.insert(key, serde_json::json!({ "articleBody": text }));
    }
    times.sort_by(f64::total_cmp);
    let total: f64 = times.iter().sum();
    eprintln!(
        "{} pages: find_article median {:.3} ms, max {:.3} ms, total {:.1} ms",
        paths.len(),
        times.get(times.len() / 2).copied().unwrap_or(0.0),
        times.last().copied().unwrap_or(0.0),
        total
    );
    let doc = serde_json::json!({ "version": "native", "output": output });
    std::fs::write(out, serde_json::to_string(&doc).unwrap()).expect("write");
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut m = HashMap::new();
    for i in 0..words.len().saturating_sub(3).max(1) {
        let s = words[i..(i + 4).min(words.len())].to_vec();
        if !s.is_empty() {
            *m.entry(s).or_insert(0) += 1;
        }
    }
    m
}

/// (F1, precision, recall) of `pred` against `truth`, as evaluate.py counts them.
fn f1(truth: &HashMap<Vec<String>, usize>, pred: &str) -> (f64, f64, f64) {
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &c) in &p {
        let t = *truth.get(k).unwrap_or(&0);
        tp += c.min(t) as f64;
        fp += c.saturating_sub(t) as f64;
    }
    for (k, &t) in truth {
        fn_ += t.saturating_sub(*p.get(k).unwrap_or(&0)) as f64;
    }
    let prec = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let rec = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if prec + rec > 0.0 {
        2.0 * prec * rec / (prec + rec)
    } else {
        0.0
    };
    (f, prec, rec)
}

fn describe(o: &[Node], i: usize) -> String {
    let n = &o[i];
    format!(
        "{}.{}#{}",
        n.tag.as_deref().unwrap_or("#text"),
        n.class.chars().take(40).collect::<String>(),
        n.id.chars().take(30).collect::<String>()
    )
}

fn diagnose(key: &str, truth_path: &str, o: &[Node], chosen: usize, text: &str) {
    thread_local! {
        static TRUTH: std::cell::OnceCell<serde_json::Value> = const { std::cell::OnceCell::new() };
    }
    let gt = TRUTH.with(|t| {
        t.get_or_init(|| serde_json::from_slice(&std::fs::read(truth_path).unwrap()).unwrap())[key]
            ["articleBody"]
            .as_str()
            .unwrap_or("")
            .to_string()
    });
    let truth = shingles(&gt);
    let (f, p, r) = f1(&truth, text);
    let mut best = (0.0, chosen);
    for i in 0..o.len() {
        if o[i].tag.is_none() {
            continue;
        }
        let t = collect(o, i, true).0;
        if t.len() < gt.len() / 3 {
            continue;
        }
        let (fi, _, _) = f1(&truth, &t);
        if fi > best.0 {
            best = (fi, i);
        }
    }
    if std::env::var("CL_DUMP").is_ok_and(|k| key.starts_with(&k)) {
        println!("== chosen");
        dump(o, chosen);
        println!("== best");
        dump(o, best.1);
    }
    println!(
        "{} F1 {:.3} P {:.3} R {:.3} chosen {} | best {:.3} {} {}",
        &key[..12],
        f,
        p,
        r,
        describe(o, chosen),
        best.0,
        describe(o, best.1),
        if best.1 == chosen { "=" } else { "" }
    );
}

/// Prints the collected text of the best element of one page, line by line with lengths.
#[allow(dead_code)]
pub fn dump(o: &[Node], i: usize) {
    for l in collect(o, i, true).0.lines() {
        let n = l.chars().filter(|c| !c.is_whitespace()).count();
        println!("{n:5} {}", l.chars().take(110).collect::<String>());
    }
}
