//! The text format: the article with quotes, cues and hedges marked for a terminal (each
//! quote followed by its speaker), the lists of what was found, the summary, and (with
//! --explain) the speaker decisions. Whatever comes from the input is made safe for a
//! terminal first.

/// `s` made safe for a terminal: line breaks of every kind become `\n`, and control
/// characters (escape sequences, backspace, bidirectional overrides…) are shown as
/// `\u{1b}` instead of acting on the terminal. Tabs stay.
pub fn terminal_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_control()
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// Terminal styles of the text format, one bit each, combinable.
const QUOTE: u8 = 1;
const CUE: u8 = 2;
const HEDGE: u8 = 4;

/// `n` and the noun, plural unless `n` is one: "1 quote", "2 quotes".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Who a quote is credited to, as the text format shows it right after the quote:
/// the speaker, "no speaker" for speech nobody is credited with, none for scare quotes.
fn credit(q: &claimlens::Quote) -> Option<&str> {
    match (&q.speaker, q.kind) {
        (Some(s), _) => Some(s.as_str()),
        (None, claimlens::QuoteKind::Scare) => None,
        (None, _) => Some("no speaker"),
    }
}

/// The text with quotes in reverse video, each followed by its speaker in brackets (dim),
/// attribution cues underlined and hedge cues in bold, then what was found, one line an
/// item, and the summary. Without `color` the styling is left out (the lists say
/// everything on their own).
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
    // Speaker tags by the position they follow (a quote's end), in report order.
    let mut tags: std::collections::BTreeMap<usize, Vec<&str>> = Default::default();
    for q in &report.quotes {
        if let Some(who) = credit(q) {
            tags.entry(q.end.min(units.len())).or_default().push(who);
        }
    }
    let tag_at = |out: &mut String, pos: usize| {
        if let Some(names) = tags.get(&pos) {
            let t = terminal_safe(&format!(" [{}]", names.join("; "))).replace('\n', " ");
            if color {
                out.push_str(&format!("\x1b[2m{t}\x1b[0m"));
            } else {
                out.push_str(&t);
            }
        }
    };
    let mut out = String::new();
    let mut at = 0;
    while at < units.len() {
        let s = style[at];
        let end = (at..units.len())
            .find(|&i| style[i] != s || (i > at && tags.contains_key(&i)))
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
        out.push_str(&terminal_safe(&String::from_utf16_lossy(&units[at..end])));
        if color && s != 0 {
            out.push_str("\x1b[0m");
        }
        tag_at(&mut out, end);
        at = end;
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let one_line = |s: &str| terminal_safe(s).replace('\n', " ");
    out.push_str(&format!("\n{}\n", count(report.quotes.len(), "quote")));
    for q in &report.quotes {
        let who = match (&q.speaker, q.kind) {
            (Some(s), _) => one_line(s),
            (None, claimlens::QuoteKind::Scare) => "(scare quote)".into(),
            (None, _) => "(no speaker)".into(),
        };
        out.push_str(&format!("  {:>6}  {who}: {}\n", q.start, one_line(&q.text)));
    }
    out.push_str(&format!(
        "{}\n",
        count(report.attributions.len(), "attribution")
    ));
    for a in &report.attributions {
        let who = one_line(a.speaker.as_deref().unwrap_or("(no speaker)"));
        out.push_str(&format!(
            "  {:>6}  {who} · {} ({})\n",
            a.cue_start,
            one_line(&a.cue),
            a.kind.as_str()
        ));
    }
    out.push_str(&format!("{}\n", count(report.hedges.len(), "hedge")));
    for h in &report.hedges {
        out.push_str(&format!(
            "  {:>6}  {} ({})\n",
            h.start,
            one_line(&h.text),
            h.kind.as_str()
        ));
    }
    if !report.watch.is_empty() {
        let n = report.watch.len();
        let noun = if n == 1 { "match" } else { "matches" };
        out.push_str(&format!("{n} watch-list {noun}\n"));
        for w in &report.watch {
            out.push_str(&format!(
                "  {:>6}  {} (watch: {})\n",
                w.start,
                one_line(&w.text),
                one_line(&w.pattern)
            ));
        }
    }
    let s = claimlens::summarize(text, report);
    out.push_str(&format!(
        "summary: {}, {}; {} of the words are quotation; {}; {}; {:.1} hedges per 100 \
         sentences\n",
        count(s.words, "word"),
        count(s.sentences, "sentence"),
        percent(s.quoted_words, s.words),
        count(s.unattributed_quotes, "unattributed quote"),
        count(s.weasels, "weasel source"),
        s.hedge_density
    ));
    for sp in &s.speakers {
        let unsure = if sp.uncertain_quotes > 0 {
            format!(
                " (+{} uncertain, {})",
                sp.uncertain_quotes,
                count(sp.uncertain_words, "word")
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {}: {}, {}{unsure}\n",
            one_line(&sp.name),
            count(sp.quotes, "quote"),
            count(sp.quoted_words, "word")
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
        terminal_safe(&String::from_utf16_lossy(
            &units[a.min(units.len())..b.min(units.len())],
        ))
        .replace('\n', " ")
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
                terminal_safe(c.speaker.as_deref().unwrap_or("(none)")).replace('\n', " "),
                c.probability,
                c.score,
                slice(c.speaker_start, c.speaker_end),
                features.join(" ")
            ));
        }
    }
    out
}
