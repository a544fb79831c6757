//! Texts of a given size in the shapes that once made claimlens slow or hungry, and in the
//! shapes fuzzing is hard on: for tests/robustness.rs and tests/scaling.rs. Deterministic.
#![allow(dead_code)]

/// A generator by name: `make(bytes)` gives a text of about that many bytes.
pub type Generator = (&'static str, fn(usize) -> String);

/// Every generator.
pub const ALL: [Generator; 9] = [
    ("title-case run", title_case_run),
    ("many Anns", many_anns),
    ("many distinct names", many_distinct_names),
    ("pronouns", pronouns),
    ("quote storm", quote_storm),
    ("only double marks", only_double_marks),
    ("combining/emoji/ZWJ", unicode_marks),
    ("CR/LF/U+2028 mix", line_break_mix),
    ("news article", news_article),
];

/// A small deterministic generator (a linear congruential one is enough here).
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// A distinct lower-case word for each `i` ("aaa", "baa", …).
fn word(mut i: usize, min_len: usize) -> String {
    let mut s = String::new();
    loop {
        s.push((b'a' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 && s.len() >= min_len {
            return s;
        }
    }
}

fn capitalised(i: usize) -> String {
    let w = word(i, 4);
    let mut c = w.chars();
    let first = c.next().unwrap_or('a').to_ascii_uppercase();
    format!("{first}{}", c.as_str())
}

/// `Xaaaa Xbaaa Xcaaa … said.`: one run of distinct capitalised words before a cue.
pub fn title_case_run(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 16);
    let mut i = 0;
    while s.len() < bytes {
        s.push('X');
        s.push_str(&word(i, 4));
        s.push(' ');
        i += 1;
    }
    s.push_str("said.");
    s
}

/// “Yes,” said Ann Kalomira. “Yes,” said Ann Tesuvone. … (distinct speakers, one first name).
pub fn many_anns(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&format!("“Yes,” said Ann {}. ", capitalised(i)));
        i += 1;
        if i % 8 == 0 {
            s.push('\n');
        }
    }
    s
}

/// Distinct people, each introduced and quoted, later referred to by surname.
pub fn many_distinct_names(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 128);
    let mut i = 0;
    while s.len() < bytes {
        let (given, family) = (capitalised(2 * i), capitalised(2 * i + 1));
        s.push_str(&format!(
            "{given} {family}, a senior fellow, said the plan would fail. “It will not work,” {family} said.\n"
        ));
        i += 1;
    }
    s
}

/// One speaker, then thousands of pronouns.
pub fn pronouns(bytes: usize) -> String {
    let mut s = String::from("Maria Lopez met John Smith on Friday.\n");
    let lines = [
        "“It went well,” he said. ",
        "“Not really,” she said. ",
        "They said it may rain. ",
        "He told her she could go. ",
        "It is believed they will. ",
        "She added that he had left.\n",
    ];
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(lines[i % lines.len()]);
        i += 1;
    }
    s
}

/// Runs of quote marks of every family between words.
pub fn quote_storm(bytes: usize) -> String {
    const MARKS: [&str; 10] = ["\"", "“", "”", "‘", "’", "'", "«", "»", "„", "「"];
    let mut rng = Lcg(7);
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        let m = MARKS[rng.below(MARKS.len())];
        for _ in 0..1 + rng.below(12) {
            s.push_str(m);
        }
        match rng.below(4) {
            0 => s.push(' '),
            1 => s.push_str(" said "),
            2 => s.push('a'),
            _ => s.push_str(" word "),
        }
    }
    s
}

/// A file of nothing but `"`.
pub fn only_double_marks(bytes: usize) -> String {
    "\"".repeat(bytes)
}

/// News sentences dense with combining marks, emoji, skin tones and ZWJ sequences.
pub fn unicode_marks(bytes: usize) -> String {
    let pieces = [
        "👍🏽 e\u{301}\u{308} “Ça va 👨\u{200D}👩\u{200D}👧,” dit-elle. ",
        "“Yes 🏳️\u{200D}🌈,” said Zoë Ñúñez\u{301}. ",
        "Critics say the 中文 plan may fail 😀\u{FE0F}. ",
        "a\u{300}\u{301}\u{302}\u{303}\u{304} ‘no’ he said.\n",
    ];
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    s
}

/// News sentences broken by every kind of line break, mixed.
pub fn line_break_mix(bytes: usize) -> String {
    let breaks = ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\n\n", "\r\r"];
    let mut rng = Lcg(11);
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        s.push_str("“We will not stop,” said Sen. Jane Roe. “The plan");
        s.push_str(breaks[rng.below(breaks.len())]);
        s.push_str("“may fail,” she added");
        s.push_str(breaks[rng.below(breaks.len())]);
    }
    s
}

/// Ordinary news prose (a sample paragraph repeated).
pub fn news_article(bytes: usize) -> String {
    let para = "“We will not stop,” said Sen. Jane Roe, D-Ore., who may run again. Critics say \
                the plan could fail, according to people familiar with the talks. It’s the ’90s. \
                The ministry’s spokesman, Jens Albrecht, told reporters that talks would resume.\n";
    para.repeat(bytes / para.len() + 1)
}
