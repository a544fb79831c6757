//! Dash dialogue (Spanish and interview style): a paragraph that opens with a dash is
//! speech, up to the dash that opens an incise ("—No lo sé —dijo el entrenador—.") and again
//! after the incise's closing dash, to the end of the paragraph.

use crate::quotes::QuoteSpan;

const DASHES: [char; 2] = ['—', '―'];

/// The speech spans of dash dialogue, in byte offsets, for paragraphs not already holding
/// a quote at their start.
pub fn dash_quotes(text: &str, paragraphs: &[(usize, usize)]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    for &(a, b) in paragraphs {
        let para = &text[a..b];
        let lead = para.len() - para.trim_start().len();
        let body = &para[lead..];
        let Some(first) = body.chars().next().filter(|c| DASHES.contains(c)) else {
            continue;
        };
        let mut pos = a + lead; // the opening dash
        let mut speech_from = Some(pos);
        let mut i = pos + first.len_utf8();
        while i < b {
            let c = text[i..].chars().next().unwrap();
            if DASHES.contains(&c) {
                if let Some(from) = speech_from.take() {
                    // A dash after speech opens an incise: the speech ends before it.
                    let end = from + text[from..i].trim_end().len();
                    push(&mut out, text, from, end);
                } else {
                    // The incise's closing dash: speech resumes after any punctuation.
                    let rest = &text[i + c.len_utf8()..b];
                    let skip = rest.len()
                        - rest
                            .trim_start_matches(|ch: char| {
                                ch.is_whitespace() || ".,;:".contains(ch)
                            })
                            .len();
                    pos = i + c.len_utf8() + skip;
                    if pos < b {
                        speech_from = Some(pos);
                    }
                    i = pos;
                    continue;
                }
            }
            i += c.len_utf8();
        }
        if let Some(from) = speech_from {
            let end = from + text[from..b].trim_end().len();
            push(&mut out, text, from, end);
        }
    }
    out
}

/// Adds the dash-dialogue spans to `quotes`, keeping them sorted: a turn holds the quotes
/// inside it ("—Un directivo me dijo: “…”."), which go one level deeper; a turn that only
/// partly overlaps a quote is left out.
pub fn add_dash_quotes(text: &str, paragraphs: &[(usize, usize)], quotes: &mut Vec<QuoteSpan>) {
    let mut added = false;
    for d in dash_quotes(text, paragraphs) {
        let overlaps = |q: &QuoteSpan| q.start < d.end && d.start < q.end;
        let inside = |q: &QuoteSpan| d.start <= q.start && q.end <= d.end;
        // A turn that crosses a quote, or lies within one (the same span included), is left
        // out: the quote already stands for it.
        let holds_turn = |q: &QuoteSpan| q.start <= d.start && d.end <= q.end;
        if quotes
            .iter()
            .any(|q| overlaps(q) && (!inside(q) || holds_turn(q)))
        {
            continue;
        }
        for q in quotes.iter_mut().filter(|q| inside(q)) {
            q.depth += 1;
        }
        quotes.push(d);
        added = true;
    }
    if added {
        crate::quotes::sort_spans(quotes);
    }
}

fn push(out: &mut Vec<QuoteSpan>, text: &str, start: usize, end: usize) {
    if text[start..end].chars().any(char::is_alphanumeric) {
        out.push(QuoteSpan {
            start,
            end,
            depth: 0,
            closed: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let paras = crate::text::paragraphs(t);
        dash_quotes(t, &paras)
            .iter()
            .map(|q| &t[q.start..q.end])
            .collect()
    }

    #[test]
    fn dash_dialogue_is_speech_around_its_incise() {
        assert_eq!(
            spans("—No lo sé —dijo el entrenador—. Veremos mañana.\nOtra cosa."),
            ["—No lo sé", "Veremos mañana."]
        );
        assert_eq!(
            spans("—¿Y el futuro?\n—Es nuestro —respondió."),
            ["—¿Y el futuro?", "—Es nuestro"]
        );
        assert!(spans("El partido —el último— fue duro.").is_empty());
    }

    #[test]
    fn a_turn_that_is_already_a_quote_is_not_added_again() {
        // Fuzz finding: the turn after an empty incise was the unclosed quote "”M" itself.
        let text = "———”M";
        let mut quotes = crate::quotes::find_quotes(text);
        let before = quotes.clone();
        add_dash_quotes(text, &crate::text::paragraphs(text), &mut quotes);
        assert_eq!(quotes, before);
    }
}
