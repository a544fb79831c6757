//! The watch list: the reader's own patterns (an outlet's style-guide words, names they track,
//! phrases such as "sources close to"), found as a fourth layer beside quotes, attributions
//! and hedges.
//!
//! Patterns are regular expressions in the `regex` crate's syntax (`syntax.rs` says what is
//! read and what is refused), compiled once into a [`WatchList`] and matched
//! **case-insensitively** by default (`(?-i)` in a pattern turns that off). A pattern that
//! does not compile is a [`PatternError`] naming the pattern and the position of the fault;
//! nothing is half-applied. The engine is the project's own (`program.rs`: a Pike VM, linear in
//! the text per search): the wasm is about 100 KB gzip smaller than with the `regex` crate,
//! and tests hold it to that crate's matches and faults. Empty matches are skipped, and at
//! most [`MAX_MATCHES`] are reported, so that a pattern like `.` on a long page stays cheap.

mod class;
mod program;
mod syntax;
mod unicode;
#[rustfmt::skip] // generated (unicode.rs)
mod unicode_tables;

use program::{Program, Threads};
use serde::Serialize;

use crate::offsets::Utf16Map;

pub use program::SIZE_LIMIT;
pub use syntax::NEST_LIMIT;
/// The most patterns a watch list may have.
pub const MAX_PATTERNS: usize = 256;
/// The most matches a report carries (the first ones in the text).
pub const MAX_MATCHES: usize = 10_000;
/// The work one pattern may take on a text, in steps of the matcher's threads per byte of
/// text (plus [`MIN_WORK`]): a plain pattern takes one or two; past the limit, the pattern's
/// matches found so far are kept and no more are looked for, so that no pattern can hold the
/// page (`(?s).*x|e` takes quadratic time with the `regex` crate as with this engine).
pub const WORK_PER_BYTE: u64 = 64;
/// The work every pattern may take, however short the text.
pub const MIN_WORK: u64 = 1 << 20;

/// A compiled watch list.
#[derive(Debug, Clone, Default)]
pub struct WatchList {
    patterns: Vec<(String, Program)>,
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
        for (i, (_, program)) in self.patterns.iter().enumerate() {
            let mut threads = Threads::new(WORK_PER_BYTE * text.len() as u64 + MIN_WORK);
            let mut at = 0;
            let mut n = 0;
            while n < MAX_MATCHES {
                let Some((start, end)) = program.find_at(text, at, &mut threads) else {
                    break;
                };
                if start == end {
                    // Skipped, and the next search starts past it (as `regex`'s iterator).
                    match text[end..].chars().next() {
                        Some(c) => at = end + c.len_utf8(),
                        None => break,
                    }
                } else {
                    found.push((start, end, i));
                    n += 1;
                    at = end;
                }
            }
        }
        crate::sort::sort_by(&mut found, |a, b| {
            a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
        });
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
fn compile(pattern: &str) -> Result<Program, (Option<usize>, String)> {
    let parsed = syntax::parse(pattern).map_err(|f| (Some(f.column), f.reason))?;
    Program::compile(parsed).map_err(|_| {
        (
            None,
            format!("the pattern is too big (over {SIZE_LIMIT} bytes compiled)"),
        )
    })
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
    fn a_pattern_that_would_take_quadratic_time_stops_at_its_work_limit() {
        // Each search for `(?s).*qqq` runs to the end of the text before `e` can match.
        let text = "e".repeat(50_000);
        let list = WatchList::new(&["(?s).*qqq|e", "e"]).unwrap();
        let found = list.find(&text);
        let slow = found.iter().filter(|m| m.pattern_index == 0).count();
        assert!((1..100).contains(&slow), "{slow}");
        assert_eq!((found[0].start, found[0].end), (0, 1));
        // The other pattern keeps its own work: every match, up to the report's limit.
        let quick = found.iter().filter(|m| m.pattern_index == 1).count();
        assert_eq!(quick, MAX_MATCHES - slow);
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
