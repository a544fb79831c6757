//! Bad input harms nothing: any text gives a report whose spans lie inside it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/shapes.rs"]
mod shapes;

fn check(text: &str) {
    let units = text.encode_utf16().count();
    let r = claimlens::scan(text);
    for q in &r.quotes {
        assert!(q.start < q.end && q.end <= units);
    }
    // Quotes nest properly or stand apart.
    let mut open: Vec<usize> = Vec::new();
    for q in &r.quotes {
        while open.last().is_some_and(|&end| end <= q.start) {
            open.pop();
        }
        assert!(
            open.last().is_none_or(|&end| q.end <= end),
            "crossing quotes"
        );
        assert_eq!(q.depth, open.len());
        open.push(q.end);
    }
    for a in &r.attributions {
        assert!(a.start <= a.cue_start && a.cue_end <= a.end && a.end <= units);
    }
    for h in &r.hedges {
        assert!(
            h.start < h.end && h.end <= units && h.claim_start <= h.start && h.end <= h.claim_end
        );
    }
    let _ = claimlens::summarize(text, &r);
}

#[test]
fn empty_and_whitespace_texts() {
    for t in ["", " ", "\n\n\n", "\r\n", "“", "'", "\"\"", "« »"] {
        check(t);
    }
}

#[test]
fn binary_junk_and_control_characters() {
    let junk: String = (0u32..0x3000)
        .filter_map(char::from_u32)
        .cycle()
        .take(200_000)
        .collect();
    check(&junk);
}

#[test]
fn pathological_quote_sequences() {
    check(&"“".repeat(100_000));
    check(&"”‘’'\"«»„‚".repeat(50_000));
    check(&"said “he said ‘she said “they said".repeat(20_000));
    check(&"\"a\n".repeat(100_000));
}

#[test]
fn ten_megabyte_article() {
    let para = "“We will not stop,” said Sen. Jane Roe, D-Ore., who may run again. Critics say \
                the plan could fail, according to people familiar with the talks. It’s the ’90s.\n";
    let text = para.repeat(10_000_000 / para.len() + 1);
    assert!(text.len() >= 10_000_000);
    check(&text);
}

#[test]
fn emoji_and_combining_marks_keep_offsets_exact() {
    let text = "👍🏽 e\u{301} “Ça va,” dit-elle. 😀 “Yes,” he said.";
    let r = claimlens::scan(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    for q in &r.quotes {
        assert_eq!(String::from_utf16(&units[q.start..q.end]).unwrap(), q.text);
    }
}

#[test]
fn every_generated_shape_at_100_kb() {
    for (name, make) in shapes::ALL {
        let text = make(100_000);
        let r = claimlens::scan(&text);
        check(&text);
        // The report stays proportional to what a reader could use.
        let json = serde_json::to_string(&r).unwrap();
        assert!(
            json.len() <= 30 * text.len(),
            "{name}: JSON {} bytes",
            json.len()
        );
    }
}

#[test]
fn a_file_of_quote_marks_reports_nothing() {
    for mark in ["\"", "“", "'", "‘’", "«»", "\"a"] {
        let text = mark.repeat(20_000);
        assert!(claimlens::scan(&text).quotes.len() <= 1, "{mark}");
    }
}
