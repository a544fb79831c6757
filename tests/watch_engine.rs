//! The watch list's own engine (src/watch/) against the `regex` crate, whose syntax and
//! matches it follows: thousands of generated patterns over texts of tricky characters
//! (case variants such as K and the Kelvin sign, ſ and s, ß and ẞ, final sigma; non-ASCII
//! letters and digits; newlines), and the two must find the very same matches; generated
//! pattern strings, and the two must refuse the same ones, with the same fault at the same place.

use claimlens::WatchList;
use regex::RegexBuilder;

/// A small deterministic generator (xorshift64*), so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const CHARS: &[char] = &[
    'a', 'b', 'c', 'A', 'B', 'k', 'K', '\u{212A}', 's', 'S', 'ſ', 'é', 'É', 'ß', 'ẞ', 'σ', 'ς',
    'Σ', ' ', '-', '_', '1', '٣', '²', '\n', '.', 'é', 'ǅ', 'ǆ',
];

const ATOMS: &[&str] = &[
    r"\w",
    r"\W",
    r"\d",
    r"\D",
    r"\s",
    r"\S",
    r"\b",
    r"\B",
    ".",
    "^",
    "$",
    r"\A",
    r"\z",
    "[a-c]",
    "[^ab]",
    r"[\w-]",
    "[[:alpha:]]",
    "[[:^digit:]é]",
    "[K-k]",
    "[ſ]",
    "[ß]",
    "[^σ]",
    r"\.",
    r"\x{E9}",
    r"\u00C9",
    "(?s:.)",
    "[a[é]]",
];

fn atom(rng: &mut Rng, depth: usize) -> String {
    match rng.below(if depth > 1 { 2 } else { 6 }) {
        0 => rng.pick(CHARS).to_string().replace('.', r"\."),
        1 => rng.pick(ATOMS).to_string(),
        2 => format!("({})", pattern(rng, depth + 1)),
        3 => format!("(?:{})", pattern(rng, depth + 1)),
        4 => format!(
            "({}{})",
            rng.pick(&["?-i:", "?i:", "?m:", "?U:", "?s:", "?x:"]),
            pattern(rng, depth + 1)
        ),
        _ => format!("{}|{}", pattern(rng, depth + 1), pattern(rng, depth + 1)),
    }
}

fn pattern(rng: &mut Rng, depth: usize) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.below(3) {
        out += &atom(rng, depth);
        if rng.below(3) == 0 {
            out += *rng.pick(&[
                "*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "+?", "??", "{1,3}?",
            ]);
        }
    }
    out
}

fn text(rng: &mut Rng) -> String {
    (0..rng.below(30)).map(|_| *rng.pick(CHARS)).collect()
}

/// What the regex crate finds: (start, end) in UTF-16 units and the text, empty matches left out.
fn regex_finds(pattern: &str, text: &str) -> Option<Vec<(usize, usize, String)>> {
    let re = RegexBuilder::new(pattern)
        .case_insensitive(true)
        .build()
        .ok()?;
    let utf16 = |byte: usize| text[..byte].encode_utf16().count();
    Some(
        re.find_iter(text)
            .filter(|m| !m.is_empty())
            .map(|m| (utf16(m.start()), utf16(m.end()), m.as_str().to_string()))
            .collect(),
    )
}

#[test]
fn generated_patterns_find_what_the_regex_crate_finds() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut compared = 0;
    for _ in 0..1200 {
        let p = pattern(&mut rng, 0);
        let ours = WatchList::new(&[p.as_str()]);
        let texts: Vec<String> = (0..12).map(|_| text(&mut rng)).collect();
        let Some(_) = regex_finds(&p, "") else {
            assert!(
                ours.is_err(),
                "{p:?}: regex refuses it, the watch list took it"
            );
            continue;
        };
        let ours = ours
            .unwrap_or_else(|e| panic!("{p:?}: regex takes it, the watch list refused it: {e}"));
        for t in &texts {
            let want = regex_finds(&p, t).unwrap();
            let have: Vec<(usize, usize, String)> = ours
                .find(t)
                .into_iter()
                .map(|m| (m.start, m.end, m.text))
                .collect();
            assert_eq!(have, want, "pattern {p:?} on {t:?}");
            compared += 1;
        }
    }
    assert!(compared > 10_000, "{compared}");
}

/// Patterns the watch list refuses on purpose (README, Watch list), where regex would take them.
fn refused_on_purpose(p: &str) -> bool {
    [
        "\\p", "\\P", "\\<", "\\>", "\\b{", "&&", "--", "~~", "-u", "R",
    ]
    .iter()
    .any(|s| p.contains(s))
}

#[test]
fn generated_pattern_strings_are_refused_where_the_regex_crate_refuses_them() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let pieces = [
        "a",
        "é",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "*",
        "+",
        "?",
        "|",
        "^",
        "$",
        ".",
        "-",
        ",",
        "1",
        "2",
        ":",
        "<",
        ">",
        "\\",
        "\\w",
        "\\x",
        "{1,2}",
        "(?",
        "(?i)",
        "(?P<n>",
        "[:alpha:]",
        "#",
        " ",
        "x",
        "u",
        "_",
        "{12",
        "\\x{1",
    ];
    let mut refused = 0;
    for _ in 0..6000 {
        let p: String = (0..1 + rng.below(7)).map(|_| *rng.pick(&pieces)).collect();
        if refused_on_purpose(&p) {
            continue;
        }
        let theirs = RegexBuilder::new(&p).case_insensitive(true).build();
        let ours = WatchList::new(&[p.as_str()]);
        assert_eq!(
            ours.is_ok(),
            theirs.is_ok(),
            "{p:?}: regex says {:?}, the watch list {:?}",
            theirs.err(),
            ours.err()
        );
        if let Err(e) = ours {
            // The same fault at the same place, as regex-syntax (which regex is built on) says.
            let fault = regex_syntax::ParserBuilder::new()
                .case_insensitive(true)
                .build()
                .parse(&p)
                .unwrap_err();
            let (span, reason) = match &fault {
                regex_syntax::Error::Parse(f) => (*f.span(), f.kind().to_string()),
                regex_syntax::Error::Translate(f) => (*f.span(), f.kind().to_string()),
                other => panic!("{p:?}: {other}"),
            };
            let column = p[..span.start.offset].chars().count() + 1;
            assert_eq!(
                (e.column, e.reason.as_str()),
                (Some(column), reason.as_str()),
                "{p:?}"
            );
            refused += 1;
        }
    }
    assert!(refused > 500, "{refused}");
}
