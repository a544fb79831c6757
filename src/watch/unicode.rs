//! The Unicode the watch list needs: the classes `\w`, `\d` and `\s`, and simple case
//! folding, as the `regex` crate defines them (Unicode's Perl classes and `CaseFolding.txt`'s
//! simple and common mappings).
//!
//! The tables are generated (`unicode_tables.rs`): a test builds them again from
//! `regex-syntax` (a dev-dependency) and fails when they differ; `CLAIMLENS_WRITE_TABLES=1
//! cargo test -p claimlens watch::unicode` rewrites the file.

use super::unicode_tables::{DIGIT, FOLD, SPACE, WORD};

/// A set of characters as sorted, disjoint, non-adjacent inclusive ranges.
pub(super) type Ranges = Vec<(char, char)>;

/// The Perl class `\w`, `\d` or `\s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Perl {
    Word,
    Digit,
    Space,
}

impl Perl {
    pub(super) fn ranges(self) -> &'static [(char, char)] {
        match self {
            Perl::Word => WORD,
            Perl::Digit => DIGIT,
            Perl::Space => SPACE,
        }
    }
}

/// Whether `c` is in the sorted ranges `set`.
pub(super) fn contains(set: &[(char, char)], c: char) -> bool {
    set.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// Whether `c` is a word character (`\w`): what `\b` looks at.
pub(super) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    contains(WORD, c)
}

/// Sorts and merges `ranges` into a set.
pub(super) fn normalize(mut ranges: Ranges) -> Ranges {
    crate::sort::sort(&mut ranges);
    let mut out: Ranges = Vec::with_capacity(ranges.len());
    for (lo, hi) in ranges {
        match out.last_mut() {
            Some(last) if (lo as u32) <= last.1 as u32 + 1 => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

/// Every character but those of `set` (a set).
pub(super) fn complement(set: &[(char, char)]) -> Ranges {
    let mut out = Vec::with_capacity(set.len() + 1);
    let mut next = Some('\0');
    for &(lo, hi) in set {
        if let Some(from) = next {
            if from < lo {
                out.push((from, before(lo)));
            }
        }
        next = after(hi);
    }
    if let Some(from) = next {
        out.push((from, char::MAX));
    }
    out
}

/// The character before `c` (skipping the surrogates); `c` is above '\0'.
fn before(c: char) -> char {
    match c {
        '\u{E000}' => '\u{D7FF}',
        _ => char::from_u32(c as u32 - 1).unwrap_or('\0'),
    }
}

/// The character after `c` (skipping the surrogates), if any.
fn after(c: char) -> Option<char> {
    match c {
        '\u{D7FF}' => Some('\u{E000}'),
        char::MAX => None,
        _ => char::from_u32(c as u32 + 1),
    }
}

/// `set` with every character's case variants added (simple case folding).
pub(super) fn case_fold(set: &[(char, char)]) -> Ranges {
    let mut out: Ranges = set.to_vec();
    for &(lo, hi) in set {
        let first = FOLD.partition_point(|&(c, _)| c < lo);
        for &(c, _) in FOLD[first..].iter().take_while(|&&(c, _)| c <= hi) {
            out.extend(orbit(c).map(|o| (o, o)));
        }
    }
    normalize(out)
}

/// The other characters of `c`'s case-folding class (none for most), each once.
fn orbit(c: char) -> impl Iterator<Item = char> {
    let mut at = c;
    std::iter::from_fn(move || {
        let i = FOLD.binary_search_by_key(&at, |&(k, _)| k).ok()?;
        at = FOLD[i].1;
        (at != c).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, HirKind};

    fn class_of(pattern: &str) -> Ranges {
        match regex_syntax::parse(pattern).unwrap().into_kind() {
            HirKind::Class(Class::Unicode(c)) => {
                c.ranges().iter().map(|r| (r.start(), r.end())).collect()
            }
            other => panic!("{pattern}: {other:?}"),
        }
    }

    /// Each character of a non-trivial case-folding class, mapped to the next one of its
    /// class (the last to the first): a cycle per class, as `regex-syntax` folds.
    fn fold_cycles() -> Vec<(char, char)> {
        let mut next = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            let members: Vec<char> = class.iter().flat_map(|r| r.start()..=r.end()).collect();
            if members.len() > 1 {
                let i = members.iter().position(|&m| m == c).unwrap();
                next.push((c, members[(i + 1) % members.len()]));
            }
        }
        next
    }

    fn render() -> String {
        let ranges = |name: &str, set: &[(char, char)]| {
            // Six pairs a line.
            let body: String = set
                .chunks(6)
                .map(|line| {
                    let pairs: Vec<String> = line
                        .iter()
                        .map(|(a, b)| format!("({a:?}, {b:?}),"))
                        .collect();
                    format!("    {}\n", pairs.join(" "))
                })
                .collect();
            format!("pub(super) static {name}: &[(char, char)] = &[\n{body}];\n")
        };
        let mut out = String::from(
            "// Generated by `CLAIMLENS_WRITE_TABLES=1 cargo test -p claimlens watch::unicode`\n\
             // from regex-syntax's Unicode tables (Unicode's Perl classes and simple case\n\
             // folding); do not edit. FOLD maps each character of a case-folding class to the\n\
             // next one of the class, the last to the first.\n\n",
        );
        out += &ranges("WORD", &class_of(r"\w"));
        out += &ranges("DIGIT", &class_of(r"\d"));
        out += &ranges("SPACE", &class_of(r"\s"));
        out += &ranges("FOLD", &fold_cycles());
        out
    }

    #[test]
    fn the_tables_are_regex_syntaxs() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/watch/unicode_tables.rs");
        let want = render();
        if std::env::var_os("CLAIMLENS_WRITE_TABLES").is_some() {
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap();
        assert!(have == want, "src/watch/unicode_tables.rs is stale: CLAIMLENS_WRITE_TABLES=1 cargo test -p claimlens watch::unicode");
    }

    #[test]
    fn folding_adds_every_case_variant() {
        let folded = case_fold(&[('k', 'k')]);
        assert_eq!(folded, [('K', 'K'), ('k', 'k'), ('\u{212A}', '\u{212A}')]);
        let folded = case_fold(&[('ß', 'ß')]);
        assert!(contains(&folded, 'ẞ'));
        assert!(contains(&case_fold(&[('a', 'z')]), 'ſ'));
    }

    #[test]
    fn complement_skips_the_surrogates_and_covers_the_rest() {
        let set = normalize(vec![('b', 'c'), ('a', 'a'), ('\u{E000}', '\u{E000}')]);
        assert_eq!(set, [('a', 'c'), ('\u{E000}', '\u{E000}')]);
        let not = complement(&set);
        assert_eq!(
            not,
            [('\0', '`'), ('d', '\u{D7FF}'), ('\u{E001}', char::MAX)]
        );
        assert_eq!(complement(&not), set);
        assert!(is_word('é') && is_word('_') && !is_word('-') && !is_word(' '));
    }
}
