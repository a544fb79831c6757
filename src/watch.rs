//! The watch list: the reader's own patterns (an outlet's style-guide words, names they track,
//! phrases such as "sources close to"), found as a fourth layer beside quotes, attributions
//! and hedges.
//!
//! Patterns are regular expressions (the `regex` crate's syntax), compiled once into a
//! [`WatchList`] and matched **case-insensitively** by default (`(?-i)` in a pattern turns
//! that off). A pattern that does not compile is a [`PatternError`] naming the pattern and
//! the position of the fault; nothing is half-applied. Matching is linear in the text
//! (the `regex` crate's guarantee), empty matches are skipped, and at most [`MAX_MATCHES`]
//! are reported, so that a pattern like `.` on a long page stays cheap.

use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::offsets::Utf16Map;

/// The most compiled program one pattern may take, in bytes (`RegexBuilder::size_limit`):
/// far more than a phrase or a list of names needs, small enough that `\w{1000}{1000}` is
/// refused at once instead of taking the page's memory.
pub const SIZE_LIMIT: usize = 1 << 20;
/// The most memory the lazy DFA of one pattern may cache while matching, in bytes
/// (`RegexBuilder::dfa_size_limit`); past it the regex crate falls back to slower engines.
pub const DFA_SIZE_LIMIT: usize = 1 << 20;
/// The most patterns a watch list may have.
pub const MAX_PATTERNS: usize = 256;
/// The most matches a report carries (the first ones in the text).
pub const MAX_MATCHES: usize = 10_000;

/// A compiled watch list.
#[derive(Debug, Clone, Default)]
pub struct WatchList {
    patterns: Vec<(String, Regex)>,
}

/// One match of a watch pattern, in UTF-16 units of the text (as every report offset).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WatchMatch {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The index of the pattern in the watch list, from 0.
    pub pattern_index: usize,
    /// The pattern as the user gave it.
    pub pattern: String,
}

/// A pattern that could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// The index of the pattern in the list, from 0.
    pub index: usize,
    pub pattern: String,
    /// Where the fault is: a character position in the pattern, from 1 (none when the
    /// pattern as a whole is at fault, such as too big).
    pub column: Option<usize>,
    /// What is wrong ("unclosed group").
    pub reason: String,
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad watch pattern {} {:?}", self.index + 1, self.pattern)?;
        if let Some(c) = self.column {
            write!(f, " at character {c}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for PatternError {}

impl WatchList {
    /// Compiles `patterns` (case-insensitive unless a pattern says `(?-i)`). The first one
    /// that does not compile is the error; an empty list finds nothing.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<WatchList, PatternError> {
        if patterns.len() > MAX_PATTERNS {
            return Err(PatternError {
                index: MAX_PATTERNS,
                pattern: patterns[MAX_PATTERNS].as_ref().to_string(),
                column: None,
                reason: format!("a watch list has at most {MAX_PATTERNS} patterns"),
            });
        }
        let compiled = patterns
            .iter()
            .enumerate()
            .map(|(index, p)| {
                let p = p.as_ref();
                compile(p)
                    .map(|re| (p.to_string(), re))
                    .map_err(|(column, reason)| PatternError {
                        index,
                        pattern: p.to_string(),
                        column,
                        reason,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(WatchList { patterns: compiled })
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Every non-empty match of every pattern in `text`, sorted by start (longer first,
    /// then by pattern), the first [`MAX_MATCHES`] only. Offsets in UTF-16 units.
    pub fn find(&self, text: &str) -> Vec<WatchMatch> {
        if self.patterns.is_empty() {
            return Vec::new();
        }
        // (start, end, pattern) in bytes; each pattern stops at the limit, so the merged
        // list holds the first MAX_MATCHES of the text whatever the patterns.
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for (i, (_, re)) in self.patterns.iter().enumerate() {
            found.extend(
                re.find_iter(text)
                    .filter(|m| !m.is_empty())
                    .take(MAX_MATCHES)
                    .map(|m| (m.start(), m.end(), i)),
            );
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        found.truncate(MAX_MATCHES);
        let map = Utf16Map::new(text);
        found
            .into_iter()
            .map(|(a, b, i)| WatchMatch {
                start: map.to_utf16(a),
                end: map.to_utf16(b),
                text: text[a..b].to_string(),
                pattern_index: i,
                pattern: self.patterns[i].0.clone(),
            })
            .collect()
    }
}

/// One pattern compiled, or the column and reason of its fault.
fn compile(pattern: &str) -> Result<Regex, (Option<usize>, String)> {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(limit) => (
                None,
                format!("the pattern is too big (over {limit} bytes compiled)"),
            ),
            // The regex crate's message draws the fault under the pattern; the parser it is
            // built on gives the same fault as a position and a reason.
            other => syntax_fault(pattern).unwrap_or_else(|| (None, other.to_string())),
        })
}

/// The position (character, from 1) and reason of a pattern's syntax error, as the `regex`
/// crate's own parser (same settings) finds it.
fn syntax_fault(pattern: &str) -> Option<(Option<usize>, String)> {
    let err = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(pattern)
        .err()?;
    let (span, reason) = match &err {
        regex_syntax::Error::Parse(e) => (*e.span(), e.kind().to_string()),
        regex_syntax::Error::Translate(e) => (*e.span(), e.kind().to_string()),
        _ => return Some((None, err.to_string())),
    };
    Some((
        Some(pattern[..span.start.offset].chars().count() + 1),
        reason,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn a_bad_pattern_is_named_with_the_position_of_its_fault() {
        let err = WatchList::new(&["sources close to", "officials? (said"]).unwrap_err();
        assert_eq!(err.index, 1);
        assert_eq!(err.pattern, "officials? (said");
        assert_eq!(err.column, Some(12));
        assert_eq!(
            err.to_string(),
            "bad watch pattern 2 \"officials? (said\" at character 12: unclosed group"
        );
        let err = WatchList::new(&["[a-"]).unwrap_err();
        assert_eq!(
            (err.column, err.reason.as_str()),
            (Some(1), "unclosed character class")
        );
        // A position counts characters, not bytes.
        let err = WatchList::new(&["é[z-a]"]).unwrap_err();
        assert_eq!(err.column, Some(3), "{err}");
        assert!(err.reason.contains("range"), "{err}");
    }

    #[test]
    fn a_pattern_too_big_is_refused_without_a_position() {
        let err = WatchList::new(&[r"\w{1000}{1000}"]).unwrap_err();
        assert_eq!(err.column, None);
        assert!(err.to_string().contains("too big"), "{err}");
    }

    #[test]
    fn patterns_match_case_insensitively_unless_they_say_otherwise() {
        let list = WatchList::new(&["sources close to", "(?-i)Acme"]).unwrap();
        let text = "SOURCES Close To the deal said acme and Acme agreed.";
        let found = list.find(text);
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["SOURCES Close To", "Acme"]);
        assert_eq!(found[0].pattern_index, 0);
        assert_eq!(found[1].pattern, "(?-i)Acme");
        // Unicode case folding and \w and \b on non-ASCII words.
        let list = WatchList::new(&[r"\bzoë\b", r"th\w+"]).unwrap();
        let found = list.find("ZOË met Thérèse.");
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["ZOË", "Thérèse"]);
    }

    #[test]
    fn offsets_are_utf16_units_past_non_bmp_characters() {
        let text = "😀 “Sources close to” 🇫🇷 the minister — sources CLOSE to 𝒳.";
        let list = WatchList::new(&["sources close to", "𝒳"]).unwrap();
        let found = list.find(text);
        assert_eq!(found.len(), 3);
        assert_eq!((found[0].start, found[0].end), (4, 20));
        for m in &found {
            assert_eq!(utf16_slice(text, m.start, m.end), m.text);
        }
        assert_eq!(found[2].text, "𝒳");
        assert_eq!(found[2].end - found[2].start, 2);
    }

    #[test]
    fn empty_matches_are_skipped_and_matches_are_limited() {
        let list = WatchList::new(&["x*", "^"]).unwrap();
        let found = list.find("a xx b x");
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["xx", "x"]);
        let page = "a".repeat(MAX_MATCHES * 3);
        let list = WatchList::new(&[".", "a"]).unwrap();
        let found = list.find(&page);
        assert_eq!(found.len(), MAX_MATCHES);
        // The first ones in the text, both patterns at each place.
        assert_eq!(found.last().unwrap().start, MAX_MATCHES / 2 - 1);
        assert!(found.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn an_empty_list_finds_nothing_and_too_many_patterns_are_refused() {
        let none: [&str; 0] = [];
        assert!(WatchList::new(&none).unwrap().find("anything").is_empty());
        let many = vec!["a"; MAX_PATTERNS + 1];
        let err = WatchList::new(&many).unwrap_err();
        assert_eq!(err.index, MAX_PATTERNS);
    }
}
