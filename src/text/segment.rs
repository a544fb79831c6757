//! Paragraphs, sentences and words: the units every detector reasons in.
//!
//! All positions are byte offsets into the original text. The only strings made are the
//! words' lexicon keys, kept together in one buffer ([`Keys`]).

use std::cell::OnceCell;
use std::ops::{Index, Range};

use super::byteset::{ByteSet, HIGH_BITS};
use super::lower::WrittenLower;

/// The bytes a line break can begin with (U+2028 and U+2029 with E2).
const LINE_BREAK_LEADS: ByteSet = ByteSet::of(b"\n\r\xE2");

/// The ASCII bytes of words: letters and digits ([`is_word_char`] of an ASCII char).
const ASCII_WORD_BYTES: ByteSet =
    ByteSet::of(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

/// About how many bytes of a news text make a word, with its space and punctuation (six in
/// the English samples): [`words`] makes room for a word per this many bytes.
const BYTES_PER_WORD: usize = 5;

/// The bytes a sentence terminator can begin with ('…' with E2).
const TERMINATOR_LEADS: ByteSet = ByteSet::of(b".!?\xE2");

/// Byte ranges of the paragraphs of `text` (lines, without their line break), empty
/// lines skipped. A line ends at LF, CR LF, a lone CR, U+2028 (line separator) or U+2029
/// (paragraph separator), as a browser's text breaks them.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        if !text[start..end].trim().is_empty() {
            out.push((start, end));
        }
    };
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next byte that may break a line.
        match LINE_BREAK_LEADS.find(&bytes[i..]) {
            Some(skip) => i += skip,
            None => break,
        }
        let brk = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            // U+2028 and U+2029: E2 80 A8 / E2 80 A9.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => 0,
        };
        if brk > 0 {
            push(start, i);
            i += brk;
            start = i;
        } else {
            i += 1;
        }
    }
    push(start, text.len());
    out
}

/// Abbreviations after which a period does not end a sentence (lowercase, no period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "maj", "st", "jr", "sr", "prof", "inc", "co", "corp", "ltd", "no", "vs", "etc", "u.s", "u.k",
    "u.n", "e.u", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "mt", "ft", "supt", "insp", "det", "rev", "hon", "pres", "gov't", "dept", "approx",
    "fig", "e.g", "i.e", "d.c",
];

/// Byte ranges of the sentences of `text`. Sentences never cross paragraphs; a sentence
/// ends at `.`, `!`, `?` or `…` (with any closing quote marks or brackets after it) followed
/// by space and a capital, a digit or an opening mark, unless the period ends an
/// abbreviation ("Sen.") or an initial ("Robert M. Danin").
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    sentences_in(text, &paragraphs(text))
}

/// [`sentences`] of a text whose paragraphs are known.
fn sentences_in(text: &str, paragraphs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(p_start, p_end) in paragraphs {
        let para = &text[p_start..p_end];
        let mut start = 0;
        let mut i = 0;
        while i < para.len() {
            // A terminator is '.', '!', '?' or '…' (E2 80 A6): other bytes are passed over
            // without decoding.
            match TERMINATOR_LEADS.find(&para.as_bytes()[i..]) {
                Some(skip) => i += skip,
                None => break,
            }
            let (c, len) = char_at(para, i);
            i += len;
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let at = i - len;
            // Absorb further terminators and closing marks: `?!”)`.
            while i < para.len() {
                let (d, len) = char_at(para, i);
                if matches!(
                    d,
                    '.' | '!' | '?' | '…' | '”' | '’' | '"' | '\'' | ')' | ']' | '»'
                ) {
                    i += len;
                } else {
                    break;
                }
            }
            let end = i;
            let rest = &para[end..];
            let after = rest.trim_start();
            if after.len() == rest.len() || after.is_empty() {
                continue; // no space after, or end of paragraph (handled below)
            }
            let next = after.chars().next().unwrap_or(' ');
            let starts_new = next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '“' | '‘' | '"' | '\'' | '«' | '(' | '„' | '「');
            if !starts_new || (c == '.' && ends_with_abbreviation(&para[start..at])) {
                continue;
            }
            out.push((p_start + start, p_start + end));
            start = end + (rest.len() - after.len());
        }
        if start < para.len() {
            let tail = para[start..].trim_end();
            if !tail.is_empty() {
                out.push((p_start + start, p_start + start + tail.len()));
            }
        }
    }
    out
}

/// Whether `before` (text up to a period) ends with an abbreviation or a one-letter initial.
fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘'))
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        return c.is_uppercase(); // an initial: "M."
    }
    if word.is_ascii() {
        return ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// A text cut into words and sentences once, shared by every detector.
pub struct Segmented<'t> {
    pub text: &'t str,
    pub words: Vec<Word<'t>>,
    /// Each word lower-cased with ’ made straight ([`Word::key`]).
    pub keys: Keys,
    pub sentences: Vec<(usize, usize)>,
    /// The sentence index of each word (u32: one per word).
    pub sentence_of: Vec<u32>,
    pub paragraphs: Vec<(usize, usize)>,
    /// Which words the text also writes in lower case, worked out on first use.
    written_lower: OnceCell<WrittenLower>,
}

impl<'t> Segmented<'t> {
    pub fn new(text: &'t str) -> Segmented<'t> {
        let mut words = words(text, (0, text.len()));
        words.shrink_to_fit();
        let keys = Keys::of_text(text, &words);
        let paragraphs = paragraphs(text);
        let sentences = sentences_in(text, &paragraphs);
        let mut sentence_of = Vec::with_capacity(words.len());
        let mut s = 0;
        for w in &words {
            while s + 1 < sentences.len() && sentences[s].1 <= w.start {
                s += 1;
            }
            sentence_of.push(u32::try_from(s).expect("fewer than 2^32 sentences"));
        }
        Segmented {
            text,
            words,
            keys,
            sentences,
            sentence_of,
            paragraphs,
            written_lower: OnceCell::new(),
        }
    }

    /// Which words the text also writes starting with a lower-case letter (attribution and
    /// hedges both ask, for capitalised words that open a sentence).
    pub fn written_lower(&self) -> &WrittenLower {
        self.written_lower
            .get_or_init(|| WrittenLower::new(&self.words, &self.keys))
    }
}

/// The lexicon keys of a text's words ([`Word::key`]), all in one buffer: `keys[i]` is
/// word `i`'s. One string per word would cost a string header and an allocation per word,
/// several times the text.
#[derive(Debug, Default)]
pub struct Keys {
    buf: String,
    /// Where each key ends in `buf`; it starts where the one before ends.
    ends: Vec<u32>,
}

/// A word of this many bytes or fewer is copied into [`Keys`] as one fixed-size block (most
/// words are): no call to copy a few bytes, and its ASCII test is one masked test.
const BLOCK: usize = 8;

impl Keys {
    /// The keys of `words`.
    pub fn new(words: &[Word]) -> Keys {
        let mut buf = Vec::with_capacity(words.iter().map(|w| w.text.len()).sum());
        let mut ends = Vec::with_capacity(words.len());
        for w in words {
            let from = buf.len();
            if w.text.is_ascii() {
                buf.extend_from_slice(w.text.as_bytes());
                buf[from..].make_ascii_lowercase();
            } else {
                push_key(&mut buf, w.text);
            }
            ends.push(end_offset(&buf));
        }
        Keys::from_bytes(buf, ends)
    }

    /// [`Keys::new`] of `words`, the words of `text`, made faster: the text is lower-cased
    /// whole first (one vectorised pass), and each ASCII word's key is copied from there,
    /// [`BLOCK`] bytes at once (then cut to the word's length).
    pub fn of_text(text: &str, words: &[Word]) -> Keys {
        let lowered = text.to_ascii_lowercase();
        let low = lowered.as_bytes();
        // Room for a block past the last key.
        let mut buf = Vec::with_capacity(words.iter().map(|w| w.text.len()).sum::<usize>() + BLOCK);
        let mut ends = Vec::with_capacity(words.len());
        for w in words {
            let (from, len) = (buf.len(), w.text.len());
            match low.get(w.start..w.start + BLOCK) {
                Some(block) if len <= BLOCK => {
                    let block: [u8; BLOCK] = block.try_into().expect("a block");
                    // Whether the word's bytes (the block's first `len`) are all ASCII.
                    let mask = u64::MAX >> (8 * (BLOCK - len));
                    if u64::from_le_bytes(block) & mask & HIGH_BITS == 0 {
                        buf.extend_from_slice(&block);
                        buf.truncate(from + len);
                    } else {
                        push_key(&mut buf, w.text);
                    }
                }
                _ if w.text.is_ascii() => buf.extend_from_slice(&low[w.start..w.end()]),
                _ => push_key(&mut buf, w.text),
            }
            ends.push(end_offset(&buf));
        }
        Keys::from_bytes(buf, ends)
    }

    /// The keys that end at `ends` in `buf` (whole chars, checked once, whole).
    fn from_bytes(mut buf: Vec<u8>, ends: Vec<u32>) -> Keys {
        buf.shrink_to_fit();
        let buf = String::from_utf8(buf).expect("keys of whole chars");
        Keys { buf, ends }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The key of word `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        Some(&self.buf[start..end])
    }

    /// The keys of words `range`, if all are there.
    pub fn get_range(&self, range: Range<usize>) -> Option<impl Iterator<Item = &str>> {
        (range.end <= self.len()).then(|| range.map(|i| &self[i]))
    }

    /// The keys of every word, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| &self[i])
    }

    /// The bytes of every word's key, in order: for a pass over all the keys that hashes
    /// their bytes (a `str` slice checks both its ends for char boundaries).
    pub fn bytes(&self) -> impl Iterator<Item = &[u8]> {
        let buf = self.buf.as_bytes();
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let key = &buf[start..end as usize];
            start = end as usize;
            key
        })
    }
}

/// Where the last key of `buf` ends, as [`Keys`] stores it.
fn end_offset(buf: &[u8]) -> u32 {
    u32::try_from(buf.len()).expect("keys of less than 4 GiB")
}

impl Index<usize> for Keys {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).expect("a word index")
    }
}

/// A word: a run of letters and digits, with inner apostrophes, hyphens and periods
/// (it’s, Eriksson-Ek, U.S.). `start..end()` are byte offsets in the text. (The end is not
/// stored: it follows from the text, and a word per few bytes of text makes every field
/// count.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    pub start: usize,
    pub text: &'t str,
}

impl Word<'_> {
    /// Where the word ends: a byte offset in the text.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word lowercased with curly apostrophes made straight, for lexicon look-ups.
    pub fn key(&self) -> String {
        if self.text.is_ascii() {
            self.text.to_ascii_lowercase()
        } else {
            let mut key = Vec::with_capacity(self.text.len());
            push_key(&mut key, self.text);
            String::from_utf8(key).expect("a key of whole chars")
        }
    }
}

/// Appends the key of `word` ([`Word::key`]) to `buf`, char by char: `to_lowercase` and
/// then `replace` made two strings for every non-ASCII word (most words of a German or
/// French text). A capital sigma is the one char whose lower case depends on where it
/// stands (final "ς" at a word's end), so a word with one is lower-cased whole.
fn push_key(buf: &mut Vec<u8>, word: &str) {
    if word.contains('Σ') {
        buf.extend_from_slice(word.to_lowercase().replace('’', "'").as_bytes());
        return;
    }
    let mut utf8 = [0; 4];
    for c in word.chars() {
        match c {
            '’' => buf.push(b'\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase() as u8),
            c => {
                for l in c.to_lowercase() {
                    buf.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
                }
            }
        }
    }
}

/// The words of `text[range]`, with offsets into `text`.
///
/// One pass over the bytes: ASCII bytes (most of a text) are read as they are, and only
/// the others are decoded into chars. Every detector's first cost, so kept tight.
pub fn words(text: &str, range: (usize, usize)) -> Vec<Word<'_>> {
    let (from, to) = range;
    let bytes = text.as_bytes();
    // Room for the words of a news text from the start, not grown to it by doubling (each
    // step a copy of all the words so far).
    let mut out = Vec::with_capacity((to - from) / BYTES_PER_WORD);
    let mut i = from;
    while i < to {
        // Runs of ASCII letters and digits, and of other ASCII bytes, are passed a byte at a
        // time by one table look-up; only a non-ASCII byte is decoded.
        let start = i;
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if !ASCII_WORD_BYTES.contains(b) {
                continue;
            }
        } else {
            let (c, len) = char_at(text, i);
            i += len;
            if !is_word_char(c) {
                continue;
            }
        }
        while i < to {
            if ASCII_WORD_BYTES.contains(bytes[i]) {
                i += 1;
                continue;
            }
            let (c, len) = char_at(text, i);
            if is_word_char(c) {
                i += len;
            } else if matches!(c, '\'' | '’' | '-' | '.' | '&')
                && i + len < to
                && is_word_char(char_at(text, i + len).0)
            {
                i += len; // an inner joiner: the letter after it is read next
            } else {
                break;
            }
        }
        out.push(word(text, start, i));
    }
    out
}

/// Whether `c` can be part of a word ([`char::is_alphanumeric`]), asked of every char of a
/// text: ASCII by its byte, and the General Punctuation block (curly quotes, dashes, spaces:
/// most of a news text's other chars) at once, as it holds no letter or digit.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// The char at byte `i` of `text` (a char boundary) and its length in bytes; ASCII needs
/// no decoding.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = text[i..]
        .chars()
        .next()
        .expect("a char boundary inside the text");
    (c, c.len_utf8())
}

fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    // "U.S." keeps its final period when it is an abbreviation of single letters.
    let mut end = end;
    let w = &text[start..end];
    if text[end..].starts_with('.')
        && w.contains('.')
        && w.split('.').all(|p| p.chars().count() == 1)
    {
        end += 1;
    }
    Word {
        start,
        text: &text[start..end],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect()
    }

    #[test]
    fn paragraphs_break_at_lf_crlf_lone_cr_and_unicode_separators() {
        let t = "One\nTwo\r\nThree\rFour\u{2028}Five\u{2029}Six\r\r\n \nSeven";
        let paras: Vec<&str> = paragraphs(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(
            paras,
            ["One", "Two", "Three", "Four", "Five", "Six", "Seven"]
        );
    }

    #[test]
    fn sentences_split_at_terminators_followed_by_capitals() {
        assert_eq!(
            sents("He left. She stayed! Why? “Yes.” Done"),
            ["He left.", "She stayed!", "Why?", "“Yes.”", "Done"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let t = "Sen. Jane Doe met Robert M. Danin in the U.S. Capitol at 3 p.m. Friday. Then she left.";
        assert_eq!(
            sents(t),
            [
                "Sen. Jane Doe met Robert M. Danin in the U.S. Capitol at 3 p.m. Friday.",
                "Then she left."
            ]
        );
    }

    #[test]
    fn sentences_never_cross_paragraphs() {
        assert_eq!(
            sents("One line\nTwo. Three\n\nFour."),
            ["One line", "Two.", "Three", "Four."]
        );
    }

    #[test]
    fn a_key_is_the_word_lower_cased_with_straight_apostrophes() {
        for w in [
            "Straße",
            "ÉTÉ",
            "L’Été",
            "ΟΔΥΣΣΕΥΣ",
            "ΣΑΣ’Σ",
            "İstanbul",
            "Ǆemal",
            "x’y",
        ] {
            let mut key = Vec::new();
            push_key(&mut key, w);
            assert_eq!(key, w.to_lowercase().replace('’', "'").as_bytes(), "{w}");
            let ws = words(w, (0, w.len()));
            let (one_by_one, of_text) = (Keys::new(&ws), Keys::of_text(w, &ws));
            for (i, word) in ws.iter().enumerate() {
                let key = word.text.to_lowercase().replace('’', "'");
                assert_eq!(one_by_one[i], key, "{w}");
                assert_eq!(of_text[i], key, "{w}");
            }
        }
    }

    #[test]
    fn keys_of_a_text_are_its_words_keys() {
        let t = "Straße, SAID the U.S. Envoy’s aide; ΟΔΥΣΣΕΥΣ and L’Été — it's 3 p.m. \
                 Extraordinarily LONG-winded Ünïcödé words end it: İstanbul É";
        let ws = words(t, (0, t.len()));
        let (of_text, one_by_one) = (Keys::of_text(t, &ws), Keys::new(&ws));
        assert_eq!(of_text.len(), ws.len());
        for (i, w) in ws.iter().enumerate() {
            assert_eq!(&of_text[i], w.key(), "{}", w.text);
            assert_eq!(&one_by_one[i], w.key(), "{}", w.text);
        }
    }

    #[test]
    fn word_chars_are_the_alphanumeric_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_abbreviations() {
        let t = "It’s the U.S. state-run firm’s ‘plan’.";
        let w: Vec<&str> = words(t, (0, t.len())).iter().map(|w| w.text).collect();
        assert_eq!(w, ["It’s", "the", "U.S.", "state-run", "firm’s", "plan"]);
    }
}
