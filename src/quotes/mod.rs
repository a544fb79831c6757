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

use crate::text::byteset::ByteSet;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

/// The families in the order they are paired. Marks whose role the glyph alone tells
/// (corners, guillemets) go first, then double marks, then single ones (which may be
/// apostrophes): a later family's quote never crosses an earlier family's.
const FAMILIES: [Family; 6] = [
    Family::Corner,
    Family::WhiteCorner,
    Family::Guillemet,
    Family::SingleGuillemet,
    Family::Double,
    Family::Single,
];

/// One quote mark with what it may do (16 bytes: a text of nothing but quote marks is
/// the worst case for memory; its byte offset as `u32`, as the words' keys have, so texts
/// stay under 4 GiB).
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: u32,
    /// The quote of an earlier family that holds the mark ([`NO_SCOPE`] for none).
    scope: u32,
    len: u8,
    family: Family,
    can_open: bool,
    can_close: bool,
    /// A closing candidate that may be a plural possessive instead (“the students’ union”).
    weak: bool,
}

impl Mark {
    /// Where the mark is (byte offset).
    fn pos(&self) -> usize {
        self.at as usize
    }
}

const NO_SCOPE: u32 = u32::MAX;

/// Words that begin with an apostrophe, never with an opening quote mark.
const ELISIONS: [&str; 8] = ["n", "em", "tis", "twas", "cause", "til", "bout", "round"];

/// Finds all quotes of `text`, sorted by start (outer before inner). Quotes nest properly
/// or stand apart: a mark inside another family's quote pairs only with marks inside that
/// same quote (`“I never said ‘yes,” Smith said, ‘and I never will.’` is two quotes, not
/// two crossing ones). A quote with nothing inside, or a run of one-character quotes
/// (`"a""b""c"`), is no quote.
pub fn find_quotes(text: &str) -> Vec<QuoteSpan> {
    find_quotes_in(text, &paragraphs(text))
}

/// [`find_quotes`] of a text whose paragraphs are known ([`crate::text::Segmented`]).
pub fn find_quotes_in(text: &str, paras: &[(usize, usize)]) -> Vec<QuoteSpan> {
    // One pass counts the marks and finds which guillemet comes first (»German« or
    // «French»), so that the marks' vector is made at its size (a text of nothing but
    // marks is a mark a byte); a second classifies them.
    let (mut count, mut guillemet, mut single_guillemet) = (0, None, None);
    for_each_mark(text, |_, c| {
        count += 1;
        if matches!(c, '»' | '«') {
            guillemet.get_or_insert(c);
        } else if matches!(c, '›' | '‹') {
            single_guillemet.get_or_insert(c);
        }
    });
    let (guillemets_reversed, single_guillemets_reversed) =
        (guillemet == Some('»'), single_guillemet == Some('›'));
    let mut marks: Vec<Mark> = Vec::with_capacity(count);
    for_each_mark(text, |pos, c| {
        if let Some(m) = classify(
            text,
            pos,
            c,
            guillemets_reversed,
            single_guillemets_reversed,
        ) {
            marks.push(m);
        }
    });
    // Family by family, in pairing order; in text order within a family.
    let rank = |f: Family| FAMILIES.iter().position(|&g| g == f).unwrap_or(0);
    crate::sort::sort_by_key(&mut marks, |m| (rank(m.family), m.pos()));
    let mut quotes: Vec<QuoteSpan> = Vec::new();
    let mut rest = &mut marks[..];
    while !rest.is_empty() {
        let family = rest[0].family;
        let n = rest.iter().take_while(|m| m.family == family).count();
        let (fam, tail) = std::mem::take(&mut rest).split_at_mut(n);
        rest = tail;
        // Each mark pairs within its scope: the innermost quote found so far that holds it.
        if !quotes.is_empty() {
            set_scopes(&quotes, fam);
            crate::sort::sort_by_key(fam, |m| (m.scope, m.pos()));
        }
        for group in fam.chunk_by(|a, b| a.scope == b.scope) {
            let scope = group[0].scope;
            let limit = if scope == NO_SCOPE {
                text.len()
            } else {
                inner_end(text, &quotes[scope as usize])
            };
            pair_family(text, paras, group, limit, &mut quotes);
        }
    }
    sort_spans(&mut quotes);
    untangle(text, &mut quotes);
    drop_one_character_runs(text, &mut quotes);
    assign_depths(&mut quotes);
    // To size: the spans live through the whole scan.
    quotes.shrink_to_fit();
    quotes
}

/// Sets each mark's scope (marks in text order): the index of the innermost quote of
/// `quotes` (properly nested) that holds it, if any. One sweep with a stack.
fn set_scopes(quotes: &[QuoteSpan], marks: &mut [Mark]) {
    let mut by_start: Vec<u32> = (0..quotes.len() as u32).collect();
    crate::sort::sort_by(&mut by_start, |&a, &b| {
        let (a, b) = (&quotes[a as usize], &quotes[b as usize]);
        a.start.cmp(&b.start).then(b.end.cmp(&a.end))
    });
    let end = |i: u32| quotes[i as usize].end;
    let mut stack: Vec<u32> = Vec::new();
    let mut next = 0;
    for m in marks {
        while next < by_start.len() && quotes[by_start[next] as usize].start < m.pos() {
            let q = by_start[next];
            while stack
                .last()
                .is_some_and(|&s| end(s) <= quotes[q as usize].start)
            {
                stack.pop();
            }
            stack.push(q);
            next += 1;
        }
        while stack.last().is_some_and(|&s| end(s) <= m.pos()) {
            stack.pop();
        }
        m.scope = stack.last().copied().unwrap_or(NO_SCOPE);
    }
}

/// The last guarantee that quotes nest or stand apart: where a quote left open (which ends
/// at its paragraph, or at the end of the quote around it) would still cross another one
/// (a multi-paragraph quote of another family starts inside it), the open one is cut where
/// the other starts, or ends inside it; of two closed quotes that cross (pairing in scopes
/// leaves none), the later is dropped. `quotes` is sorted by start, outer first.
fn untangle(text: &str, quotes: &mut Vec<QuoteSpan>) {
    let trimmed_end = |q: &QuoteSpan, end: usize| q.start + text[q.start..end].trim_end().len();
    let mut keep = vec![true; quotes.len()];
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        loop {
            while stack
                .last()
                .is_some_and(|&t| quotes[t].end <= quotes[i].start)
            {
                stack.pop();
            }
            let Some(&t) = stack.last() else { break };
            if quotes[i].end <= quotes[t].end {
                break; // nested
            }
            if !quotes[i].closed {
                let end = trimmed_end(&quotes[i], inner_end(text, &quotes[t]).max(quotes[i].start));
                quotes[i].end = end;
                break;
            } else if !quotes[t].closed {
                let end = trimmed_end(&quotes[t], quotes[i].start);
                quotes[t].end = end;
                keep[t] = !content(text, &quotes[t]).trim().is_empty();
                stack.pop();
            } else {
                keep[i] = false;
                break;
            }
        }
        if keep[i] && content(text, &quotes[i]).trim().is_empty() {
            keep[i] = false;
        }
        if keep[i] {
            stack.push(i);
        }
    }
    let mut flags = keep.into_iter();
    quotes.retain(|_| flags.next().unwrap_or(true));
    sort_spans(quotes);
}

/// Sorts quotes by start, outer first. Every sort of quotes goes through this one function.
pub(crate) fn sort_spans(quotes: &mut [QuoteSpan]) {
    crate::sort::sort_by(quotes, |a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
}

/// Where the inside of quote `q` ends: before its closing mark.
fn inner_end(text: &str, q: &QuoteSpan) -> usize {
    if q.closed {
        text[..q.end]
            .char_indices()
            .next_back()
            .map_or(q.end, |(i, _)| i)
    } else {
        q.end
    }
}

/// The text between a quote's marks.
fn content<'t>(text: &'t str, q: &QuoteSpan) -> &'t str {
    let open = text[q.start..].chars().next().map_or(0, char::len_utf8);
    let inner_start = (q.start + open).min(q.end);
    &text[inner_start..inner_end(text, q).max(inner_start)]
}

/// Drops quotes of one character (`"a"`) that stand next to another such quote with at
/// most one character or no letter or digit between them (`"a""b""c"`, `'x' 'y'`): a
/// storm of quote marks, not quotations. `quotes` is sorted by start.
fn drop_one_character_runs(text: &str, quotes: &mut Vec<QuoteSpan>) {
    let tiny = |q: &QuoteSpan| content(text, q).trim().chars().nth(1).is_none();
    let near = |a: &QuoteSpan, b: &QuoteSpan| {
        b.start >= a.end && {
            let gap = text[a.end..b.start].trim();
            gap.chars().nth(1).is_none() || !gap.chars().any(char::is_alphanumeric)
        }
    };
    let drop: Vec<bool> = (0..quotes.len())
        .map(|i| {
            tiny(&quotes[i])
                && ((i > 0 && tiny(&quotes[i - 1]) && near(&quotes[i - 1], &quotes[i]))
                    || (i + 1 < quotes.len()
                        && tiny(&quotes[i + 1])
                        && near(&quotes[i], &quotes[i + 1])))
        })
        .collect();
    let mut keep = drop.iter().map(|d| !d);
    quotes.retain(|_| keep.next().unwrap_or(true));
}

/// Every character this module treats as a possible quote mark.
pub(crate) fn is_quote_mark(c: char) -> bool {
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

/// Calls `f` with each quote mark of `text` ([`is_quote_mark`]) and its byte offset, in
/// text order. Every mark begins with one of five bytes (`"`, `'`, or the lead byte C2, E2
/// or E3 of the others): the rest of the text is passed over without decoding a char.
fn for_each_mark(text: &str, mut f: impl FnMut(usize, char)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(skip) = MARK_LEADS.find(&bytes[i..]) {
        i += skip;
        // A lead byte starts a char: `i` is a char boundary.
        if let Some(c) = text[i..].chars().next().filter(|&c| is_quote_mark(c)) {
            f(i, c);
        }
        i += 1;
    }
}

/// The bytes a quote mark can begin with ([`for_each_mark`]).
const MARK_LEADS: ByteSet = ByteSet::of(&[b'"', b'\'', 0xC2, 0xE2, 0xE3]);

fn classify(text: &str, pos: usize, c: char, g_rev: bool, sg_rev: bool) -> Option<Mark> {
    if !is_quote_mark(c) {
        return None;
    }
    // (A direction or zero-width mark next to a quote mark is no neighbour: a closing
    // mark after an invisible left-to-right mark at a line's start opens as after a break.)
    let prev = text[..pos].chars().rev().find(|&p| !invisible(p));
    let next = text[pos + c.len_utf8()..].chars().find(|&n| !invisible(n));
    let left = left_flanking(prev, next);
    let right = right_flanking(prev, next);
    // At the start of a paragraph a mark has nothing to close: "” … and so we left,” she
    // said" opens there, however it is shaped.
    let paragraph_start = prev.is_none_or(|p| p == '\n' || p == '\r');
    // A curly mark used against its shape (German „…“, Swedish ”…”) is told by flanking.
    let only_closes = right && !left;
    let only_opens = left && !right;
    let mark = |family, can_open, can_close| {
        Some(Mark {
            at: pos as u32,
            scope: NO_SCOPE,
            len: c.len_utf8() as u8,
            family,
            can_open,
            can_close,
            weak: false,
        })
    };
    match c {
        '“' | '‟' => mark(Family::Double, !only_closes, only_closes),
        '”' => mark(
            Family::Double,
            only_opens || paragraph_start && !right,
            !only_opens,
        ),
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
        at: pos as u32,
        scope: NO_SCOPE,
        len: c.len_utf8() as u8,
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

/// A character that shows nothing: a direction mark, a zero-width space or joiner, a
/// byte-order mark.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A closing position: a non-space before, and space, punctuation or the end after.
fn right_flanking(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace())
        && next.is_none_or(|n| n.is_whitespace() || is_closing_punct(n))
}

/// Pairs one family's marks (all in one scope), paragraph by paragraph, carrying an open
/// quote across a paragraph break only when the next paragraph opens with the same family.
/// A quote left open ends by `limit` (the end of the quote that holds the scope).
fn pair_family(
    text: &str,
    paras: &[(usize, usize)],
    marks: &[Mark],
    limit: usize,
    out: &mut Vec<QuoteSpan>,
) {
    let Some(first_mark) = marks.first() else {
        return;
    };
    // Only the paragraphs from the first mark's to the scope's end.
    let from = paras.partition_point(|&(_, end)| end <= first_mark.pos());
    let mut open: Option<Mark> = None;
    let mut prev_para_end = 0;
    let mut i = 0;
    for &(p_start, p_end) in paras[from..].iter().take_while(|&&(s, _)| s < limit) {
        let first = i;
        while i < marks.len() && marks[i].pos() < p_end {
            i += 1;
        }
        let mut here = &marks[first..i];
        if let Some(o) = open {
            let lead =
                p_start + (text[p_start..p_end].len() - text[p_start..p_end].trim_start().len());
            match here.first() {
                Some(m) if m.pos() == lead && m.can_open => here = &here[1..], // continues
                _ => {
                    push_unclosed(o, prev_para_end.min(limit), text, out);
                    open = None;
                }
            }
        }
        let mut skip = 0;
        for (k, m) in here.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            match open {
                None if m.can_open => open = Some(*m),
                None => {}
                Some(o) if m.can_close && !(m.weak && stronger_close_follows(&here[k + 1..])) => {
                    // Nothing between the marks (`""`, `“ ”`) is no quote.
                    if !text[o.pos() + o.len as usize..m.pos()].trim().is_empty() {
                        out.push(QuoteSpan {
                            start: o.pos(),
                            end: m.pos() + m.len as usize,
                            depth: 0,
                            closed: true,
                        });
                    }
                    open = None;
                }
                Some(o) if m.can_open && o.family == Family::Double && nested_close(&here[k..]) => {
                    // “… what he calls “hell” than …”: an opening mark, then two closing
                    // ones before any other opening: a quote of the same marks inside.
                    let c = here[k + 1];
                    out.push(QuoteSpan {
                        start: m.pos(),
                        end: c.pos() + c.len as usize,
                        depth: 0,
                        closed: true,
                    });
                    skip = 1;
                }
                Some(o) if m.can_open && o.family == Family::Double => {
                    // The earlier quote was never closed: it ends before this one opens.
                    push_unclosed(o, m.pos(), text, out);
                    open = Some(*m);
                }
                Some(_) => {}
            }
        }
        prev_para_end = p_end;
        if i == marks.len() && open.is_none() {
            break; // nothing left to pair or to carry
        }
    }
    if let Some(o) = open {
        push_unclosed(o, prev_para_end.min(limit).max(o.pos()), text, out);
    }
}

/// Whether `marks` (from an opening double mark met inside an open double quote) are
/// unambiguous marks that nest: the opening one, then two closing ones before any other
/// mark (“ … “ … ” … ”). A mark that could open or close (a straight `"`) never nests: an
/// opening mark inside an open quote more often means the first was never closed.
fn nested_close(marks: &[Mark]) -> bool {
    let pure_close = |m: &Mark| m.can_close && !m.can_open && !m.weak;
    matches!(marks, [m, c1, c2, ..] if !m.can_close && pure_close(c1) && pure_close(c2))
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
    let end = o.pos() + text[o.pos()..end].trim_end().len();
    if o.family == Family::Single {
        let before = text[..o.pos()].trim_end();
        let at_start =
            before.is_empty() || before.ends_with(['\n', '\r', '\u{2028}', '\u{2029}', ':']);
        if !at_start {
            return;
        }
    }
    if !text[o.pos() + o.len as usize..end].trim().is_empty() {
        out.push(QuoteSpan {
            start: o.pos(),
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
mod tests;
