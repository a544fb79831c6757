//! Dialogue without reporting verbs.
//!
//! - Dash dialogue (Spanish and interview style): a paragraph that opens with a dash is
//!   speech, up to the dash that opens an incise ("—No lo sé —dijo el entrenador—.") and
//!   again after the incise's closing dash, to the end of the paragraph.
//! - A quoted transcript: a transcript quoted as one multi-paragraph quote, each paragraph
//!   opening with a mark and a speaker's label ("\"LEE: …" / "\"ROSS: …"), is one quote per
//!   turn, so that each turn can go to its own speaker.

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

/// A transcript turn's label is at most this many words ("Chris Matthews:"), quoted or not
/// (`attribution::marks` reads unquoted turns).
pub(crate) const TURN_LABEL_WORDS: usize = 3;
/// A quote is a transcript when at least this many of its paragraphs open with a label.
const MIN_QUOTED_TURNS: usize = 2;

/// The label of a turn that opens paragraph `para`: its text and the byte offset of its
/// colon. The paragraph opens with a quote mark, then one to [`TURN_LABEL_WORDS`]
/// capitalised words and a colon followed by a space ("\"LEE: Well, …", "\"Chris Matthews:
/// Seriously …"), not a sentence that happens to hold a colon ("\"It was simple: …").
fn turn_label(text: &str, para: (usize, usize)) -> Option<(&str, usize)> {
    let body = &text[para.0..para.1];
    let mark = body
        .chars()
        .next()
        .filter(|&c| crate::quotes::is_quote_mark(c))?;
    let rest = &body[mark.len_utf8()..];
    let colon = rest.find(':')?;
    let label = &rest[..colon];
    let words = label.split(' ').count();
    let shaped = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    (words <= TURN_LABEL_WORDS
        && label.split(' ').all(shaped)
        && rest[colon + 1..].starts_with(' '))
    .then_some((label, para.0 + mark.len_utf8() + colon))
}

/// Cuts a quoted transcript into its turns. A depth-0 quote that runs over several
/// paragraphs, at least [`MIN_QUOTED_TURNS`] of which open with a label, becomes one quote
/// per turn: each starts after its label's colon, with the speech's first word (so that the
/// label and colon attribute it, as "Lee: “…”" does), and runs to the end of the paragraph
/// before the next turn; what the quote says before its first turn stays a quote of its
/// own. A quote inside that would cross a cut leaves the transcript whole.
pub fn split_quoted_turns(text: &str, paragraphs: &[(usize, usize)], quotes: &mut Vec<QuoteSpan>) {
    // Speakers take turns: a one-word label ("LEE:") labels two turns at least, or it is a
    // rubric ("VIDEO:", "UPDATE:"); a full name ("Chris Matthews:") may speak once.
    let labelled: Vec<((usize, usize), &str, usize)> = paragraphs
        .iter()
        .filter_map(|&p| turn_label(text, p).map(|(label, colon)| (p, label, colon)))
        .collect();
    if labelled.len() < MIN_QUOTED_TURNS {
        return;
    }
    let all_turns: Vec<((usize, usize), usize)> = labelled
        .iter()
        .filter(|(_, label, _)| {
            label.contains(' ') || labelled.iter().filter(|t| t.1 == *label).count() > 1
        })
        .map(|&(p, _, colon)| (p, colon))
        .collect();
    let mut added = Vec::new();
    let mut drop = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if q.depth != 0 {
            continue;
        }
        let turns: Vec<((usize, usize), usize)> = all_turns
            .iter()
            .filter(|t| q.start <= t.0 .0 && t.0 .0 < q.end)
            .copied()
            .collect();
        if turns.len() < MIN_QUOTED_TURNS {
            continue;
        }
        // The cuts: before each turn's paragraph, after the paragraph before it.
        let end_before = |start: usize| {
            paragraphs
                .iter()
                .rfind(|&&(a, b)| b <= start && a >= q.start)
                .map(|&(_, b)| b)
        };
        let mut pieces = Vec::new();
        if turns[0].0 .0 > q.start {
            let Some(end) = end_before(turns[0].0 .0) else {
                continue;
            };
            pieces.push((q.start, end, false));
        }
        for (i, &(_, colon)) in turns.iter().enumerate() {
            let (end, closed) = match turns.get(i + 1) {
                Some(&(next, _)) => match end_before(next.0) {
                    Some(end) => (end, false),
                    None => break,
                },
                None => (q.end, q.closed),
            };
            let after = colon + 1;
            let speech = after + (text[after..end].len() - text[after..end].trim_start().len());
            pieces.push((speech, end, closed));
        }
        let crosses = quotes.iter().any(|inner| {
            inner.depth > 0
                && q.start <= inner.start
                && inner.end <= q.end
                && !pieces
                    .iter()
                    .any(|&(a, b, _)| a <= inner.start && inner.end <= b)
        });
        if crosses || pieces.len() < MIN_QUOTED_TURNS {
            continue;
        }
        drop.push(qi);
        for (start, end, closed) in pieces {
            if text[start..end].chars().any(char::is_alphanumeric) {
                added.push(QuoteSpan {
                    start,
                    end,
                    depth: 0,
                    closed,
                });
            }
        }
    }
    if drop.is_empty() {
        return;
    }
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        !drop.contains(&(k - 1))
    });
    quotes.extend(added);
    crate::quotes::sort_spans(quotes);
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
