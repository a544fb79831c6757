//! The text format: the article with quotes, cues and hedges marked for a terminal, the
//! lists of what was found, the summary, and (with --explain) the speaker decisions.

/// Terminal styles of the text format, one bit each, combinable.
const QUOTE: u8 = 1;
const CUE: u8 = 2;
const HEDGE: u8 = 4;

/// The text with quotes in reverse video, attribution cues underlined and hedge cues in
/// bold, then what was found, one line an item, and the summary. Without `color` the
/// styling is left out (the lists say everything on their own).
pub fn render_text(text: &str, report: &claimlens::Report, color: bool) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut style = vec![0u8; units.len()];
    let mut paint = |start: usize, end: usize, bit: u8| {
        for s in &mut style[start.min(units.len())..end.min(units.len())] {
            *s |= bit;
        }
    };
    report
        .quotes
        .iter()
        .for_each(|q| paint(q.start, q.end, QUOTE));
    report
        .attributions
        .iter()
        .for_each(|a| paint(a.cue_start, a.cue_end, CUE));
    report
        .hedges
        .iter()
        .for_each(|h| paint(h.start, h.end, HEDGE));
    let mut out = String::new();
    let mut at = 0;
    while at < units.len() {
        let s = style[at];
        let end = (at..units.len())
            .find(|&i| style[i] != s)
            .unwrap_or(units.len());
        if color && s != 0 {
            out.push_str("\x1b[");
            let codes: Vec<&str> = [(QUOTE, "7"), (CUE, "4"), (HEDGE, "1;33")]
                .iter()
                .filter(|(bit, _)| s & bit != 0)
                .map(|&(_, code)| code)
                .collect();
            out.push_str(&codes.join(";"));
            out.push('m');
        }
        out.push_str(&String::from_utf16_lossy(&units[at..end]));
        if color && s != 0 {
            out.push_str("\x1b[0m");
        }
        at = end;
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let one_line = |s: &str| s.replace('\n', " ");
    out.push_str(&format!("\n{} quotes\n", report.quotes.len()));
    for q in &report.quotes {
        let who = match (&q.speaker, q.kind) {
            (Some(s), _) => s.as_str(),
            (None, claimlens::QuoteKind::Scare) => "(scare quote)",
            (None, _) => "(no speaker)",
        };
        out.push_str(&format!("  {:>6}  {who}: {}\n", q.start, one_line(&q.text)));
    }
    out.push_str(&format!("{} attributions\n", report.attributions.len()));
    for a in &report.attributions {
        let who = a.speaker.as_deref().unwrap_or("(no speaker)");
        out.push_str(&format!(
            "  {:>6}  {who} · {} ({})\n",
            a.cue_start,
            a.cue,
            a.kind.as_str()
        ));
    }
    out.push_str(&format!("{} hedges\n", report.hedges.len()));
    for h in &report.hedges {
        out.push_str(&format!(
            "  {:>6}  {} ({})\n",
            h.start,
            one_line(&h.text),
            h.kind.as_str()
        ));
    }
    let s = claimlens::summarize(text, report);
    out.push_str(&format!(
        "summary: {} words, {} sentences; {} of the words are quotation; {} unattributed quotes; \
         {} weasel sources; {:.1} hedges per 100 sentences\n",
        s.words,
        s.sentences,
        percent(s.quoted_words, s.words),
        s.unattributed_quotes,
        s.weasels,
        s.hedge_density
    ));
    for sp in &s.speakers {
        let unsure = if sp.uncertain_quotes > 0 {
            format!(
                " (+{} uncertain, {} words)",
                sp.uncertain_quotes, sp.uncertain_words
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {}: {} quotes, {} words{unsure}\n",
            sp.name, sp.quotes, sp.quoted_words
        ));
    }
    out
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "0%".into()
    } else {
        format!("{:.0}%", 100.0 * part as f64 / whole as f64)
    }
}

/// The speaker decisions, one block each: what was decided, then every candidate with its
/// score, probability and features, the chosen one marked.
pub fn render_decisions(text: &str, decisions: &[claimlens::Decision]) -> String {
    if decisions.is_empty() {
        return String::new();
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |a: usize, b: usize| {
        String::from_utf16_lossy(&units[a.min(units.len())..b.min(units.len())]).replace('\n', " ")
    };
    let mut out = format!("\n{} speaker decisions\n", decisions.len());
    for d in decisions {
        let what = slice(d.start, d.end);
        let what: String = what.chars().take(70).collect();
        out.push_str(&format!("  {} {:>6}  {what}\n", d.what, d.start));
        if d.candidates.is_empty() {
            out.push_str("      (no candidate)\n");
        }
        for (i, c) in d.candidates.iter().enumerate() {
            let mark = if d.chosen == Some(i) { "→" } else { " " };
            let features: Vec<String> = c
                .features
                .iter()
                .map(|(n, v)| {
                    if *v == 1.0 {
                        n.to_string()
                    } else {
                        format!("{n}={v:.2}")
                    }
                })
                .collect();
            out.push_str(&format!(
                "    {mark} {:<28} p={:.2} score={:>6.2}  [{}] {}\n",
                c.speaker.as_deref().unwrap_or("(none)"),
                c.probability,
                c.score,
                slice(c.speaker_start, c.speaker_end),
                features.join(" ")
            ));
        }
    }
    out
}
