//! A structured generator of news-like text: sentences built from templates of quotes,
//! speakers, cues, pronouns and hedges, with quote marks of every family (balanced,
//! unbalanced, crossed), unicode that is hard on offsets (combining marks, emoji, ZWJ
//! sequences, CJK, right-to-left, BOM, controls) and every kind of line break; then a few
//! character-level mutations. Deterministic in its seed.

/// A small, fast, seeded PRNG (SplitMix64): no dependency, same text for the same seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const GIVEN: &[&str] = &[
    "Ann",
    "John",
    "Maria",
    "Li",
    "Olusegun",
    "Jean-Luc",
    "Zoë",
    "Siobhán",
    "Ahmed",
    "Kim",
    "Ann",
    "Robert",
    "Elena",
    "Ngozi",
    "José",
    "Björn",
    "Ann-Marie",
    "Ævar",
];
const FAMILY: &[&str] = &[
    "Smith",
    "Lopez",
    "Kalomira",
    "O’Brien",
    "O'Neil",
    "Danin",
    "Vasquez",
    "Roe",
    "Trump",
    "Nakamura",
    "al-Hassan",
    "van der Berg",
    "McDonald",
    "Østergaard",
    "Nguyễn",
    "Ann",
];
const TITLES: &[&str] = &[
    "Sen.",
    "Dr.",
    "President",
    "Mayor",
    "Prof.",
    "Gov.",
    "Chief Executive",
    "Mr.",
    "Ms.",
    "US President",
    "Rep.",
    "Det. Supt.",
    "the Rev.",
];
const ROLES: &[&str] = &[
    "a spokesman",
    "the ministry",
    "the council",
    "officials",
    "a senior fellow",
    "the brokerage",
    "police",
    "the company",
    "critics",
    "people familiar with the talks",
    "the president",
    "a source",
    "analysts",
    "the ministry’s",
    "the union",
];
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "He", "She", "They", "It", "I", "we",
];
const CUES: &[&str] = &[
    "said",
    "says",
    "told reporters",
    "added",
    "claimed",
    "argued",
    "noted",
    "warned",
    "insisted",
    "wrote",
    "tweeted",
    "is said to have",
    "did not say",
    "pointed out",
    "said on Tuesday",
    "has recently tried to suggest",
    "called it",
    "explained",
];
const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "reportedly",
    "possibly",
    "likely",
    "appears to",
    "is thought to",
    "allegedly",
    "so-called",
    "critics say",
    "some experts believe",
    "it is believed",
    "could not be reached",
    "in May",
    "military might",
    "suggested",
    "apparently",
];
const WORDS: &[&str] = &[
    "the",
    "plan",
    "will",
    "not",
    "stop",
    "vote",
    "budget",
    "deal",
    "talks",
    "we",
    "never",
    "water",
    "yes",
    "no",
    "council",
    "reform",
    "save",
    "money",
    "it’s",
    "don't",
    "’90s",
    "rock ’n’ roll",
    "students’",
    "union",
    "theft",
    "approve",
    "pages",
    "Thursday",
    "and",
    "of",
    "that",
    "to",
    "a",
    "in",
    "is",
    "was",
    "its",
    "claim",
    "steal",
    "100",
    "3.5%",
];
/// Quote marks of every family, as opener/closer pairs (some deliberately mismatched).
const PAIRS: &[(&str, &str)] = &[
    ("“", "”"),
    ("\"", "\""),
    ("‘", "’"),
    ("'", "'"),
    ("„", "“"),
    ("‚", "‘"),
    ("«", "»"),
    ("« ", " »"),
    ("»", "«"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
    ("‟", "”"),
    ("‛", "’"),
    ("”", "”"),
    ("“", "\""),
    ("\"", "”"),
    ("‘", "'"),
];
const MARKS: &[&str] = &[
    "“", "”", "\"", "‘", "’", "'", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "‟", "‛",
];
const ODD: &[&str] = &[
    "e\u{301}",
    "\u{1F44D}\u{1F3FD}",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "😀",
    "中文",
    "他说",
    "\u{5E9}\u{5DC}\u{5D5}\u{5DD}",
    "\u{202E}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{A0}",
    "\u{2009}",
    "ﬁ",
    "İ",
    "ß",
    "\u{10FFFF}",
    "\u{FFFD}",
    "a\u{308}\u{308}",
    "\t",
    "—",
    "–",
    "…",
    "•",
];
const BREAKS: &[&str] = &[
    "\n", "\n", "\n\n", "\r\n", "\r", "\u{2028}", "\u{2029}", " \n ", "\n\r",
];
const PUNCT: &[&str] = &[",", ".", ";", ":", "!", "?", " —", "…", ",", "."];

/// Generates one text from `seed`, of roughly `max_len` bytes at most.
pub fn text(seed: u64, max_len: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    let target = 1 + rng.below(max_len.max(2));
    while out.len() < target {
        sentence(&mut rng, &mut out);
        if rng.chance(20) {
            out.push_str(rng.pick(BREAKS));
        } else {
            out.push(' ');
        }
    }
    for _ in 0..rng.below(4) {
        mutate(&mut rng, &mut out);
    }
    out
}

fn name(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(30) {
        s.push_str(rng.pick(TITLES));
        s.push(' ');
    }
    if rng.chance(80) {
        s.push_str(rng.pick(GIVEN));
        s.push(' ');
    }
    s.push_str(rng.pick(FAMILY));
    if rng.chance(10) {
        s.push_str(", D-Ore.,");
    }
    s
}

fn speaker(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=4 => name(rng),
        5..=6 => rng.pick(PRONOUNS).to_string(),
        7 => format!("{}, {},", name(rng), rng.pick(ROLES)),
        _ => rng.pick(ROLES).to_string(),
    }
}

fn words(rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        match rng.below(20) {
            0 => s.push_str(rng.pick(HEDGES)),
            1 => s.push_str(rng.pick(ODD)),
            2 => s.push_str(&name(rng)),
            3 => s.push_str(rng.pick(PRONOUNS)),
            4 => {
                let (o, c) = rng.pick(PAIRS);
                s.push_str(&format!("{o}{}{c}", rng.pick(WORDS)));
            }
            _ => s.push_str(rng.pick(WORDS)),
        }
    }
    s
}

fn quote(rng: &mut Rng) -> String {
    let (o, c) = rng.pick(PAIRS);
    let n = 1 + rng.below(12);
    let mut inner = words(rng, n);
    if rng.chance(15) {
        // A nested or crossing quote of another family.
        let (o2, c2) = rng.pick(PAIRS);
        let at = rng.below(inner.len() + 1);
        let at = (0..=at)
            .rev()
            .find(|&i| inner.is_char_boundary(i))
            .unwrap_or(0);
        inner.insert_str(at, o2);
        if rng.chance(60) {
            inner.push_str(c2);
        }
    }
    let close = if rng.chance(90) { c } else { "" };
    let punct = if rng.chance(70) { rng.pick(PUNCT) } else { "" };
    if rng.chance(50) {
        format!("{o}{inner}{punct}{close}")
    } else {
        format!("{o}{inner}{close}{punct}")
    }
}

fn sentence(rng: &mut Rng, out: &mut String) {
    let s = match rng.below(12) {
        0 | 1 => format!("{} {} {}.", quote(rng), speaker(rng), rng.pick(CUES)),
        2 => format!("{} {}: {}", speaker(rng), rng.pick(CUES), quote(rng)),
        3 => format!(
            "{} {} {}, {}.",
            quote(rng),
            rng.pick(CUES),
            name(rng),
            rng.pick(ROLES)
        ),
        4 => {
            let n = 3 + rng.below(8);
            format!("According to {}, {}.", speaker(rng), words(rng, n))
        }
        5 => {
            let n = 3 + rng.below(8);
            format!(
                "{} {} that {}.",
                speaker(rng),
                rng.pick(CUES),
                words(rng, n)
            )
        }
        6 => {
            let n = 2 + rng.below(10);
            format!("{} {} {}.", speaker(rng), rng.pick(HEDGES), words(rng, n))
        }
        7 => format!(
            "{} {} {}, {} {}.",
            quote(rng),
            speaker(rng),
            rng.pick(CUES),
            quote(rng),
            quote(rng)
        ),
        8 => {
            // A run of marks, names or capitalised words: the shapes that were slow once.
            let n = 1 + rng.below(30);
            let mut s = String::new();
            for _ in 0..n {
                match rng.below(3) {
                    0 => s.push_str(rng.pick(MARKS)),
                    1 => s.push_str(&format!("{} ", rng.pick(GIVEN))),
                    _ => s.push_str(&format!("X{}a ", (b'a' + rng.below(26) as u8) as char)),
                }
            }
            format!("{s} {}.", rng.pick(CUES))
        }
        9 => format!("{}{}", rng.pick(MARKS), rng.pick(BREAKS)),
        _ => {
            let n = 3 + rng.below(14);
            let mut s = words(rng, n);
            s.push_str(rng.pick(PUNCT));
            s
        }
    };
    out.push_str(&s);
}

/// One character-level change: insert a mark, odd character or line break, delete or
/// duplicate a stretch.
fn mutate(rng: &mut Rng, text: &mut String) {
    let boundary = |t: &String, i: usize| {
        (0..=i.min(t.len()))
            .rev()
            .find(|&j| t.is_char_boundary(j))
            .unwrap_or(0)
    };
    let at = boundary(text, rng.below(text.len() + 1));
    match rng.below(5) {
        0 => text.insert_str(at, rng.pick(MARKS)),
        1 => text.insert_str(at, rng.pick(ODD)),
        2 => text.insert_str(at, rng.pick(BREAKS)),
        3 => {
            let end = boundary(text, at + rng.below(20));
            text.replace_range(at..end.max(at), "");
        }
        _ => {
            let end = boundary(text, at + rng.below(40));
            let piece = text[at..end.max(at)].to_string();
            text.insert_str(at, &piece);
        }
    }
}
