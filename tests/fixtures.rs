//! Data-driven quality test: every annotated fixture article under `tests/fixtures/` is
//! scanned and scored against its gold file with the matching rules of the shared
//! evaluation (quotes by span IoU >= 0.8, one-to-one; speaker = predicted name contains the
//! gold key; attributions by overlapping cue and speaker; hedges by overlap). The floors
//! below guard against regressions; `make eval` prints the full figures.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

const FLOOR_QUOTE_F1: f64 = 0.97;
const FLOOR_SPEAKER_ACC: f64 = 0.80;
const FLOOR_ATTRIBUTION_F1: f64 = 0.85;
const FLOOR_HEDGE_F1: f64 = 0.90;

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let denom = 2 * self.tp + self.fp + self.fn_;
        if denom == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / denom as f64
        }
    }
}

fn span(v: &Value, s: &str, e: &str) -> (i64, i64) {
    (v[s].as_i64().unwrap(), v[e].as_i64().unwrap())
}

fn iou(a: (i64, i64), b: (i64, i64)) -> f64 {
    let inter = (a.1.min(b.1) - a.0.max(b.0)).max(0) as f64;
    let union = (a.1.max(b.1) - a.0.min(b.0)) as f64;
    if union > 0.0 {
        inter / union
    } else {
        0.0
    }
}

fn speaker_ok(pred: &Value, key: &Value) -> bool {
    match key.as_str() {
        None => true,
        Some(k) => pred.as_str().is_some_and(|p| p.to_lowercase().contains(k)),
    }
}

/// Greedy one-to-one matching of gold and predicted items by a score (higher is better).
fn greedy(
    gold: &[Value],
    pred: &[Value],
    score: impl Fn(&Value, &Value) -> Option<f64>,
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if let Some(s) = score(g, p) {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !gu[i] && !pu[j] {
            gu[i] = true;
            pu[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn add(c: &mut Counts, matched: usize, gold: usize, pred: usize) {
    c.tp += matched;
    c.fn_ += gold - matched;
    c.fp += pred - matched;
}

#[test]
fn fixture_articles_meet_the_quality_floors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            e.unwrap()
                .file_name()
                .into_string()
                .ok()?
                .strip_suffix(".gold.json")
                .map(String::from)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 12,
        "expected at least 12 fixture articles, found {}",
        names.len()
    );
    let (mut quotes, mut attributions, mut hedges) =
        (Counts::default(), Counts::default(), Counts::default());
    let (mut keyed, mut right) = (0, 0);
    for name in &names {
        let text = std::fs::read_to_string(format!("{dir}/{name}.txt")).unwrap();
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/{name}.gold.json")).unwrap(),
        )
        .unwrap();
        let pred = serde_json::to_value(claimlens::scan(&text)).unwrap();
        let list = |v: &Value, k: &str| v[k].as_array().cloned().unwrap_or_default();
        let (gq, pq) = (list(&gold, "quotes"), list(&pred, "quotes"));
        let m = greedy(&gq, &pq, |g, p| {
            let s = iou(span(g, "start", "end"), span(p, "start", "end"));
            (s >= 0.8).then_some(s)
        });
        add(&mut quotes, m.len(), gq.len(), pq.len());
        for &(i, j) in &m {
            if !gq[i]["speaker_key"].is_null() {
                keyed += 1;
                right += usize::from(speaker_ok(&pq[j]["speaker"], &gq[i]["speaker_key"]));
            }
        }
        let (ga, pa) = (list(&gold, "attributions"), list(&pred, "attributions"));
        let m = greedy(&ga, &pa, |g, p| {
            let overlap = iou(
                span(g, "cue_start", "cue_end"),
                span(p, "cue_start", "cue_end"),
            );
            (overlap > 0.0 && speaker_ok(&p["speaker"], &g["speaker_key"])).then_some(overlap)
        });
        add(&mut attributions, m.len(), ga.len(), pa.len());
        let (gh, ph) = (list(&gold, "hedges"), list(&pred, "hedges"));
        let m = greedy(&gh, &ph, |g, p| {
            let overlap = iou(span(g, "start", "end"), span(p, "start", "end"));
            (overlap > 0.0).then_some(overlap)
        });
        add(&mut hedges, m.len(), gh.len(), ph.len());
    }
    let speaker_acc = right as f64 / keyed.max(1) as f64;
    println!(
        "{} fixtures: quote_f1={:.3} speaker_acc={:.3} attribution_f1={:.3} hedge_f1={:.3}",
        names.len(),
        quotes.f1(),
        speaker_acc,
        attributions.f1(),
        hedges.f1()
    );
    assert!(quotes.f1() >= FLOOR_QUOTE_F1, "quote F1 {:.3}", quotes.f1());
    assert!(
        speaker_acc >= FLOOR_SPEAKER_ACC,
        "speaker accuracy {speaker_acc:.3}"
    );
    assert!(
        attributions.f1() >= FLOOR_ATTRIBUTION_F1,
        "attribution F1 {:.3}",
        attributions.f1()
    );
    assert!(hedges.f1() >= FLOOR_HEDGE_F1, "hedge F1 {:.3}", hedges.f1());
}
