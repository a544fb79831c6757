//! Quote-mark pairing: finds every quoted stretch of a text.
//!
//! Each mark is first classified by its glyph and its neighbours ("flanking"): can it open,
//! can it close, or is it an apostrophe (it’s, ’90s, rock ’n’ roll)? Then each family of
//! marks (double, single, guillemets, CJK corners) is paired on its own, paragraph by
//! paragraph, so nesting across families (“… ‘…’ …”, ‘… “…” …’) falls out of containment.
//!
//! Paragraph rules follow news typography: a quote left open at the end of a paragraph
//! continues when the next paragraph opens with the same family of mark (multi-paragraph
//! quote), and otherwise ends with its paragraph (unclosed quote): a missing closing mark
//! never swallows the rest of the article. Everything here is one linear pass per family.

use crate::text::paragraphs;

/// A quoted stretch, in byte offsets of the text, marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// Nesting level: 0 outermost.
    pub depth: usize,
    /// False when the source never closes the quote.
    pub closed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

const FAMILIES: [Family; 6] = [
    Family::Double,
    Family::Single,
    Family::Guillemet,
    Family::SingleGuillemet,
    Family::Corner,
    Family::WhiteCorner,
];

/// One quote mark with what it may do.
#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    family: Family,
    can_open: bool,
    can_close: bool,
    /// A closing candidate that may be a plural possessive instead (“the students’ union”).
    weak: bool,
}

/// Words that begin with an apostrophe, never with an opening quote mark.
const ELISIONS: [&str; 8] = ["n", "em", "tis", "twas", "cause", "til", "bout", "round"];

/// Finds all quotes of `text`, sorted by start (outer before inner).
pub fn find_quotes(text: &str) -> Vec<QuoteSpan> {
    let guillemets_reversed = first_of(text, '»', '«');
    let single_guillemets_reversed = first_of(text, '›', '‹');
    let mut marks: Vec<Mark> = Vec::new();
    for (pos, c) in text.char_indices() {
        if let Some(m) = classify(
            text,
            pos,
            c,
            guillemets_reversed,
            single_guillemets_reversed,
        ) {
            marks.push(m);
        }
    }
    let paras = paragraphs(text);
    let mut quotes = Vec::new();
    for family in FAMILIES {
        let fam: Vec<Mark> = marks
            .iter()
            .copied()
            .filter(|m| m.family == family)
            .collect();
        if !fam.is_empty() {
            pair_family(text, &paras, &fam, &mut quotes);
        }
    }
    quotes.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    assign_depths(&mut quotes);
    quotes
}

/// Every character this module treats as a possible quote mark.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '„'
            | '‟'
            | '"'
            | '‘'
            | '’'
            | '\''
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// True when `a` occurs before `b` in `text` (decides »German« vs «French» guillemets).
fn first_of(text: &str, a: char, b: char) -> bool {
    text.chars().find(|&c| c == a || c == b) == Some(a)
}

fn classify(text: &str, pos: usize, c: char, g_rev: bool, sg_rev: bool) -> Option<Mark> {
    if !is_quote_mark(c) {
        return None;
    }
    let prev = text[..pos].chars().next_back();
    let next = text[pos + c.len_utf8()..].chars().next();
    let left = left_flanking(prev, next);
    let right = right_flanking(prev, next);
    // A curly mark used against its shape (German „…“, Swedish ”…”) is told by flanking.
    let only_closes = right && !left;
    let only_opens = left && !right;
    let mark = |family, can_open, can_close| {
        Some(Mark {
            pos,
            len: c.len_utf8(),
            family,
            can_open,
            can_close,
            weak: false,
        })
    };
    match c {
        '“' | '‟' => mark(Family::Double, !only_closes, only_closes),
        '”' => mark(Family::Double, only_opens, !only_opens),
        '„' => mark(Family::Double, true, false),
        '"' => {
            if !left && !right {
                mark(Family::Double, true, true) // `,"We` or a lone mark: let the pairing decide
            } else {
                mark(Family::Double, left, right)
            }
        }
        '‘' | '’' | '\'' | '‚' | '‛' => {
            classify_single(text, pos, c, prev, next, left, right)
        }
        '«' | '»' => {
            let opens = (c == '«') != g_rev;
            mark(Family::Guillemet, opens, !opens)
        }
        '‹' | '›' => {
            let opens = (c == '‹') != sg_rev;
            mark(Family::SingleGuillemet, opens, !opens)
        }
        '「' | '」' => mark(Family::Corner, c == '「', c == '」'),
        '『' | '』' => mark(Family::WhiteCorner, c == '『', c == '』'),
        _ => None,
    }
}

fn classify_single(
    text: &str,
    pos: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    left: bool,
    right: bool,
) -> Option<Mark> {
    let after = &text[pos + c.len_utf8()..];
    let is_word = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
    // it’s, don’t, O’Brien: inside a word.
    if is_word(prev) && is_word(next) {
        return None;
    }
    // ’90s, rock ’n’ roll, ’em, ’tis: an apostrophe at the start of a word.
    if !is_word(prev) && (next.is_some_and(|n| n.is_ascii_digit()) || starts_with_elision(after)) {
        return None;
    }
    // The second mark of ’n’.
    if ends_with_elision_n(&text[..pos]) {
        return None;
    }
    let only_closes = right && !left;
    let (can_open, can_close) = match c {
        '‚' | '‛' => (true, false),
        '‘' => (!only_closes, only_closes), // German ‚…‘ closes with ‘
        _ => (left && !right, only_closes),
    };
    if !can_open && !can_close {
        return None;
    }
    // “the students’ union”: after an s and before a word, maybe a plural possessive.
    let weak = can_close
        && matches!(prev, Some('s' | 'S'))
        && next.is_some_and(char::is_whitespace)
        && after.chars().nth(1).is_some_and(char::is_alphanumeric);
    Some(Mark {
        pos,
        len: c.len_utf8(),
        family: Family::Single,
        can_open,
        can_close,
        weak,
    })
}

fn starts_with_elision(after: &str) -> bool {
    ELISIONS.iter().any(|e| {
        after.len() > e.len()
            && after.is_char_boundary(e.len())
            && after[..e.len()].eq_ignore_ascii_case(e)
            && after[e.len()..].chars().next().is_some_and(|ch| !ch.is_alphanumeric())
            // 'n' alone is only an elision in 'n' (rock 'n' roll).
            && (*e != "n" || after[1..].starts_with(['\'', '’']))
    })
}

/// True for the text before the closing mark of ’n’ / 'n'.
fn ends_with_elision_n(before: &str) -> bool {
    let mut it = before.chars().rev();
    it.next() == Some('n')
        && matches!(it.next(), Some('\'' | '’' | '‘'))
        && it.next().is_none_or(char::is_whitespace)
}

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | '«' | '‹' | '„' | '‚'
    )
}

fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '—'
            | '–'
            | '-'
            | '…'
            | '”'
            | '’'
            | '"'
            | '\''
            | '»'
            | '›'
            | '“'
            | '‘'
    )
}

/// An opening position: nothing or space (or opening punctuation) before, a non-space after.
fn left_flanking(prev: Option<char>, next: Option<char>) -> bool {
    next.is_some_and(|n| !n.is_whitespace())
        && prev.is_none_or(|p| p.is_whitespace() || is_opening_punct(p))
}

/// A closing position: a non-space before, and space, punctuation or the end after.
fn right_flanking(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace())
        && next.is_none_or(|n| n.is_whitespace() || is_closing_punct(n))
}

/// Pairs one family's marks, paragraph by paragraph, carrying an open quote across a
/// paragraph break only when the next paragraph opens with the same family.
fn pair_family(text: &str, paras: &[(usize, usize)], marks: &[Mark], out: &mut Vec<QuoteSpan>) {
    let mut open: Option<Mark> = None;
    let mut prev_para_end = 0;
    let mut i = 0;
    for &(p_start, p_end) in paras {
        let first = i;
        while i < marks.len() && marks[i].pos < p_end {
            i += 1;
        }
        let mut here = &marks[first..i];
        if let Some(o) = open {
            let lead =
                p_start + (text[p_start..p_end].len() - text[p_start..p_end].trim_start().len());
            match here.first() {
                Some(m) if m.pos == lead && m.can_open => here = &here[1..], // continues
                _ => {
                    push_unclosed(o, prev_para_end, text, out);
                    open = None;
                }
            }
        }
        for (k, m) in here.iter().enumerate() {
            match open {
                None if m.can_open => open = Some(*m),
                None => {}
                Some(o) if m.can_close && !(m.weak && stronger_close_follows(&here[k + 1..])) => {
                    out.push(QuoteSpan {
                        start: o.pos,
                        end: m.pos + m.len,
                        depth: 0,
                        closed: true,
                    });
                    open = None;
                }
                Some(o) if m.can_open && o.family == Family::Double => {
                    // The earlier quote was never closed: it ends before this one opens.
                    push_unclosed(o, m.pos, text, out);
                    open = Some(*m);
                }
                Some(_) => {}
            }
        }
        prev_para_end = p_end;
    }
    if let Some(o) = open {
        push_unclosed(o, prev_para_end, text, out);
    }
}

/// Whether a non-possessive closing mark comes before the next opening one.
fn stronger_close_follows(rest: &[Mark]) -> bool {
    for m in rest {
        if m.can_close && !m.weak {
            return true;
        }
        if m.can_open && !m.can_close {
            return false;
        }
    }
    false
}

/// Emits a quote the source never closes, ending at `end` (trailing space trimmed). A single
/// mark that opens mid-paragraph and never closes is more likely an apostrophe: dropped.
fn push_unclosed(o: Mark, end: usize, text: &str, out: &mut Vec<QuoteSpan>) {
    let end = o.pos + text[o.pos..end].trim_end().len();
    if o.family == Family::Single {
        let before = text[..o.pos].trim_end();
        let at_start = before.is_empty() || before.ends_with(['\n', ':']);
        if !at_start {
            return;
        }
    }
    if end > o.pos + o.len {
        out.push(QuoteSpan {
            start: o.pos,
            end,
            depth: 0,
            closed: false,
        });
    }
}

/// Nesting depth by containment (quotes are sorted by start, longer first).
fn assign_depths(quotes: &mut [QuoteSpan]) {
    let mut stack: Vec<usize> = Vec::new();
    for q in quotes.iter_mut() {
        while stack.last().is_some_and(|&end| end <= q.start) {
            stack.pop();
        }
        q.depth = stack.len();
        stack.push(q.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text)
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            quoted("“No deal,” he said. \"Never,\" she said."),
            ["“No deal,”", "\"Never,\""]
        );
    }

    #[test]
    fn mixed_pair_a_source_really_has() {
        assert_eq!(
            quoted("He asked, \"And I asked why?” then left."),
            ["\"And I asked why?”"]
        );
    }

    #[test]
    fn apostrophes_are_never_quote_marks() {
        let t = "It’s the ’90s, rock ’n’ roll and the students’ union, O’Brien said; don't.";
        assert!(quoted(t).is_empty(), "{:?}", quoted(t));
    }

    #[test]
    fn uk_single_quotes_with_apostrophes_inside() {
        let t = "'It's not the students' fault,' he said of the 'Bash' bug's spread.";
        assert_eq!(quoted(t), ["'It's not the students' fault,'", "'Bash'"]);
    }

    #[test]
    fn plural_possessive_is_not_a_close_when_a_real_close_follows() {
        let t = "She said ‘the ministers’ plans failed,’ and left.";
        assert_eq!(quoted(t), ["‘the ministers’ plans failed,’"]);
    }

    #[test]
    fn one_word_quote_ending_in_s_still_closes() {
        let t = "He called it ‘reckless’ and walked out.";
        assert_eq!(quoted(t), ["‘reckless’"]);
    }

    #[test]
    fn nested_quotes_are_separate_items_with_depth() {
        let t = "“He told me, ‘Do it,’ and I did,” she said.";
        let q = find_quotes(t);
        assert_eq!(quoted(t), ["“He told me, ‘Do it,’ and I did,”", "‘Do it,’"]);
        assert_eq!((q[0].depth, q[1].depth), (0, 1));
    }

    #[test]
    fn multi_paragraph_quote_is_one_item() {
        let t = "“First part.\n“Second part,” she said.\nNext.";
        assert_eq!(quoted(t), ["“First part.\n“Second part,”"]);
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph() {
        let t = "He said “we will not stop.\nThe council met. “Yes,” she said.";
        assert_eq!(quoted(t), ["“we will not stop.", "“Yes,”"]);
        assert!(!find_quotes(t)[0].closed);
    }

    #[test]
    fn guillemets_both_ways_german_and_cjk() {
        assert_eq!(quoted("Il a dit « non » hier."), ["« non »"]);
        assert_eq!(quoted("Er sagte »nein« und ging."), ["»nein«"]);
        assert_eq!(quoted("Er sagte „nein“ und ‚doch‘."), ["„nein“", "‚doch‘"]);
        assert_eq!(
            quoted("他说「我们『不』走」。"),
            ["「我们『不』走」", "『不』"]
        );
        assert_eq!(quoted("‹ oui › et ›ja‹"), ["‹ oui ›"]);
    }

    #[test]
    fn pathological_mark_runs_are_linear_and_safe() {
        let t = "\"'“‘«»’”'\"".repeat(20_000);
        let q = find_quotes(&t);
        assert!(q.iter().all(|q| q.start < q.end && q.end <= t.len()));
    }
}
