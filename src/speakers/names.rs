//! Names in running text: the capitalised run of words around a word, split into titles
//! (roles) and the name proper ("US President Donald Trump" → roles president, name
//! "Donald Trump"), never across a sentence end or a dateline.

use crate::lexicon::classes::{ends_possessive, NAME_SUFFIXES};
use crate::lexicon::{GIVEN_NAMES, NOT_NAMES, ORG_WORDS, TITLES, TITLE_STEMS};
use crate::text::{Word, WordView};

/// Lowercase word without a possessive ending ("Trump’s" → "trump").
pub fn bare(word: &str) -> String {
    with_lower(word, true, "", |lower| strip_possessive(lower).to_string())
}

/// A word's lexicon key ([`Word::key`]) without its possessive ending: [`bare`] of the
/// word, with no string built (the key is lower-cased and made straight as `bare` does).
pub fn bare_key(key: &str) -> &str {
    strip_possessive(key)
}

/// A lower-cased word (’ made straight) without its possessive ending ("trump's" → "trump").
pub(super) fn strip_possessive(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(lower)
}

/// How long a word [`with_lower`] lower-cases on the stack; longer words (rare) allocate.
const STACK_WORD_BYTES: usize = 32;

/// Calls `f` with `word` lower-cased, ’ made straight when `straight` (as lexicon keys are),
/// and `suffix` appended. Built in a stack buffer when the word is short and ASCII but for
/// ’, as almost every word is: the name tests run on every capitalised word of a text, and
/// a `String` each was most of their cost.
fn with_lower<R>(word: &str, straight: bool, suffix: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; STACK_WORD_BYTES];
    // An ASCII word (most are) is copied and lower-cased whole, not a char at a time.
    let n = word.len() + suffix.len();
    if n <= STACK_WORD_BYTES && word.is_ascii() && suffix.is_ascii() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[word.len()..n].copy_from_slice(suffix.as_bytes());
        buf[..n].make_ascii_lowercase();
        return f(std::str::from_utf8(&buf[..n]).expect("ASCII bytes"));
    }
    let mut n = 0;
    for c in word.chars().chain(suffix.chars()) {
        let b = match c {
            _ if n == STACK_WORD_BYTES => return f(&heap_lower(word, straight, suffix)),
            '’' if straight => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return f(&heap_lower(word, straight, suffix)),
        };
        buf[n] = b;
        n += 1;
    }
    f(std::str::from_utf8(&buf[..n]).expect("ASCII bytes"))
}

/// `text` lower-cased with ’ made straight, as [`with_lower`] makes each of its words: the
/// words of a name in one string.
pub(super) fn lower_straight(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        heap_lower(text, true, "")
    }
}

/// [`with_lower`]'s string for a long or non-ASCII word.
fn heap_lower(word: &str, straight: bool, suffix: &str) -> String {
    let mut lower = word.to_lowercase();
    if straight {
        lower = lower.replace('’', "'");
    }
    lower.push_str(suffix);
    lower
}

/// `text` without every `suffix` it ends with, as `trim_end_matches(suffix)` but with no
/// substring searcher built (names are parsed many times a text).
fn trim_suffix<'a>(mut text: &'a str, suffix: &str) -> &'a str {
    while let Some(t) = text.strip_suffix(suffix) {
        text = t;
    }
    text
}

/// Word `k` can be part of a name: capitalised, not a function word, or a particle
/// between two capitalised words ("Ursula von der Leyen"). (Read from its key, lower-cased
/// with the text: names are tested many times a text.)
fn name_word(v: &WordView, k: usize) -> bool {
    v.words[k].is_capitalized() && {
        let key = bare_key(v.key(k));
        // (A hyphenated word is read by its first part: "Twenty-two".)
        let head = key.bytes().position(|b| b == b'-').map(|d| &key[..d]);
        !(NOT_NAMES.contains(key) || head.is_some_and(|h| NOT_NAMES.contains(h)))
    }
}

/// A dateline ("PARIS —", "WASHINGTON (AP) —") is not a name.
fn dateline(text: &str, w: &Word) -> bool {
    w.text.chars().all(|c| !c.is_lowercase()) && {
        let after = text[w.end()..].trim_start();
        after.starts_with('—') || after.starts_with("(AP)") || after.starts_with("(Reuters)")
    }
}

/// Word `k` is a title: capitalised, and a title with or without its period ("Sen.",
/// "President"; [`TITLE_STEMS`] holds both, so one look-up of the key does).
fn is_title(v: &WordView, k: usize) -> bool {
    v.words[k].is_capitalized() && TITLE_STEMS.contains(v.key(k))
}

const PARTICLES: [&str; 10] = [
    "de", "van", "von", "der", "bin", "al", "da", "du", "la", "le",
];

/// One capital letter: an initial ("M" of "Robert M. Danin").
pub fn initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// A word whose period abbreviates it: an initial or a title ("M.", "Sen."), so that the
/// period ends no sentence.
pub fn abbreviation(word: &str) -> bool {
    initial(word) || with_lower(word, false, ".", |dotted| TITLES.contains(dotted))
}

/// Only spaces (or the period of an initial or abbreviation) between two words.
pub fn joined(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end()..b.start];
    // (Most words are joined by one space: no more to test.)
    if gap == " " {
        return true;
    }
    // A period joins only after an initial or a title ("Robert M. Danin", "Sen. Warren"),
    // never across a sentence end ("said Bo Chen. Ann Lee said").
    // A line, paragraph or block break ends a name.
    let breaks = gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']);
    !breaks && gap.chars().all(char::is_whitespace)
        || (gap == ". " && abbreviation(a.text))
        || gap == " & "
}

/// A surname joined to its particle by a hyphen: "al-Assad", "bin-Talal", "da-Silva".
fn particle_name(w: &Word) -> bool {
    // (Asked of most words: the hyphen is looked for only where it can follow a particle,
    // all of two or three bytes, two byte tests that turn away most words.)
    let d = match w.text.as_bytes() {
        [_, _, b'-', ..] => 2,
        [_, _, _, b'-', ..] => 3,
        _ => return false,
    };
    PARTICLES.contains(&&w.text[..d]) && w.text[d + 1..].starts_with(char::is_uppercase)
}

/// Whether word `w` can be in a name at all (capitalised, or a surname with its particle):
/// [`name_run`] of any other word is `None`, which a caller that asks of every word can
/// tell first.
pub(crate) fn may_be_named(w: &Word) -> bool {
    w.is_capitalized() || particle_name(w)
}

/// The capitalised run of words that contains word `i`, as `(first, last)`.
pub fn name_run(v: &WordView, i: usize) -> Option<(usize, usize)> {
    let (text, words) = (v.text, v.words);
    if !may_be_named(&words[i]) || dateline(text, &words[i]) {
        return None;
    }
    // An initial with its period between a given name (or another initial) and a name
    // word: "A." in "Julie A. Diaz", though "A" is a function word (not "Plan A. Ruiz").
    let dotted_initial = |k: usize| {
        initial(words[k].text)
            && text[words[k].end()..].starts_with('.')
            && words
                .get(k + 1)
                .is_some_and(|n| name_word(v, k + 1) && joined(text, &words[k], n))
            && k.checked_sub(1).is_some_and(|p| {
                joined(text, &words[p], &words[k])
                    && (initial(words[p].text) || GIVEN_NAMES.contains_key(v.key(p)))
            })
    };
    let ok = |k: usize| {
        name_word(v, k)
            || is_title(v, k)
            || PARTICLES.contains(&words[k].text)
            || particle_name(&words[k])
            || dotted_initial(k)
    };
    // Word `k`, a lower-case link word and a capitalised word, joined, make one name when
    // the link allows it.
    let linked = |k: usize, link: fn(&str) -> bool| {
        k + 2 < words.len()
            && link(words[k + 1].text)
            && joined(text, &words[k], &words[k + 1])
            && joined(text, &words[k + 1], &words[k + 2])
            && name_word(v, k + 2)
            && !ends_possessive(words[k].text)
    };
    // "Department of Justice", "Office for Product Safety": an organisation word, "of" or
    // "for", and a capitalised word make one name.
    let org_link = |k: usize| {
        linked(k, |w| matches!(w, "of" | "for")) && ORG_WORDS.contains(bare_key(v.key(k)))
    };
    // "Department of Health and Human Services": after an organisation's "of" or "for",
    // "and" joins the capitalised words it links (never two names: "Bo Chen and Ana Ruiz",
    // "the Department of Roads and Ana Ruiz", "… and Secretary Bo Chen").
    let and_link = |k: usize| {
        linked(k, |w| w == "and") && !is_title(v, k + 2) && !GIVEN_NAMES.contains_key(v.key(k + 2))
    };
    // "the People’s Daily", "the Women’s Institute": after "the", a possessive and one
    // more word make a name (not "the Post’s Bo Chen", "the Post’s reporter Bo Chen": a
    // name or a title after the possessive is its own).
    let capital_after =
        |k: usize| k + 1 < words.len() && joined(text, &words[k], &words[k + 1]) && ok(k + 1);
    let inner_possessive = |k: usize| {
        ends_possessive(words[k].text)
            && k > 0
            && words[k - 1].text.eq_ignore_ascii_case("the")
            && joined(text, &words[k - 1], &words[k])
            && capital_after(k)
            && !capital_after(k + 1)
            && !GIVEN_NAMES.contains_key(v.key(k + 1))
            && !is_title(v, k + 1)
    };
    let breaks = |k: usize| ends_possessive(words[k].text) && !inner_possessive(k);
    let (mut a, mut b) = (i, i);
    let mut linked = false;
    // A word that cannot be part of a name does not reach back into the name before it
    // ("Bo Chen Monday": the weekday is no part of the name; "The Bo Chen" still reaches
    // forward to the name it opens).
    // (An initial is part of a name though "A" and "I" are function words: "William A.
    // Ackman".)
    if ok(i) || initial(words[i].text) && text[words[i].end()..].starts_with('.') {
        loop {
            while a > 0 && joined(text, &words[a - 1], &words[a]) && ok(a - 1) && !breaks(a - 1) {
                a -= 1;
            }
            if a >= 2 && org_link(a - 2) {
                a -= 2;
                linked = true;
                continue;
            }
            // Back over "and" only to an organisation's link ("… of Health and Human").
            if a >= 2 && and_link(a - 2) {
                let mut c = a - 2;
                while c > 0 && joined(text, &words[c - 1], &words[c]) && ok(c - 1) {
                    c -= 1;
                }
                if c >= 2 && org_link(c - 2) {
                    a = c - 2;
                    linked = true;
                    continue;
                }
            }
            break;
        }
    }
    loop {
        while b + 1 < words.len()
            && joined(text, &words[b], &words[b + 1])
            && ok(b + 1)
            && !breaks(b)
        {
            b += 1;
        }
        if org_link(b) {
            b += 2;
            linked = true;
            continue;
        }
        if linked && and_link(b) {
            b += 2;
            continue;
        }
        break;
    }
    // Particles cannot end a run; function words cannot start one.
    while b > a && PARTICLES.contains(&words[b].text) {
        b -= 1;
    }
    while a < b && !name_word(v, a) && !is_title(v, a) {
        a += 1;
    }
    Some((a, b))
}

/// A run split into titles (roles) and the name proper.
pub struct Name {
    pub first: usize,
    pub last: usize,
    pub display: String,
    pub roles: Vec<String>,
}

/// The name inside a capitalised run: everything after the last title word.
pub fn parse_name(v: &WordView, run: (usize, usize)) -> Option<Name> {
    let words = v.words;
    let (a, b) = run;
    // (In "Department of Health and Human Services" the words an organisation's "of",
    // "for" or "and" links are its name, not titles: "Health" titles only a minister.)
    let last_link = (a..=b)
        .rev()
        .find(|&k| matches!(words[k].text, "of" | "for" | "and"));
    // (The run's last word is its name: no title look-up for it; nor for a word that only
    // a name's suffix follows, "Martin Luther King Jr.")
    let suffix = |k: usize| NAME_SUFFIXES.contains(&v.key(k));
    let last_title = (a..b).rev().find(|&k| {
        last_link.is_none_or(|l| k > l) && is_title(v, k) && (k + 1..=b).any(|m| !suffix(m))
    });
    let first = last_title.map_or(a, |t| t + 1);
    let first = (first..=b).find(|&k| name_word(v, k))?;
    let roles = last_title
        .map(|t| {
            (a..=t)
                .filter(|&k| is_title(v, k))
                .map(|k| bare_key(v.key(k)).to_string())
                .collect()
        })
        .unwrap_or_default();
    // The words joined by spaces, in one string, without the last one's possessive ending
    // (a possessive inside is part of the name: "People’s Daily").
    let mut display = String::new();
    for (k, w) in words[first..=b].iter().enumerate() {
        if k > 0 {
            display.push(' ');
        }
        if first + k == b {
            display.push_str(trim_suffix(trim_suffix(w.text, "’s"), "'s"));
        } else {
            display.push_str(w.text);
        }
    }
    Some(Name {
        first,
        last: b,
        display,
        roles,
    })
}

/// Whether two names' middle words (their words between the first and the last) may name
/// one person: each initial of one stands for a word of the other with that first letter,
/// the words that are no initials are the same, and at least one side has an initial.
pub(super) fn initials_fit(a: &[&str], b: &[&str]) -> bool {
    let initial = |w: &&str| w.chars().count() == 1;
    let stands_for =
        |i: &&str, others: &[&str]| others.iter().any(|o| o.chars().next() == i.chars().next());
    // The words that are no initials, of each side.
    let fa: Vec<&str> = a.iter().copied().filter(|w| !initial(w)).collect();
    let fb: Vec<&str> = b.iter().copied().filter(|w| !initial(w)).collect();
    // ("John M. Ford" and "John Milo Ford": the full words of one are the other's or stand
    // behind its initials.)
    let covered = |f: &[&str], other: &[&str]| {
        f.iter().all(|w| {
            other.contains(w)
                || other
                    .iter()
                    .any(|o| initial(o) && o.chars().next() == w.chars().next())
        })
    };
    (a.iter().any(initial) || b.iter().any(initial))
        && a.iter().filter(|w| initial(w)).all(|i| stands_for(i, b))
        && b.iter().filter(|w| initial(w)).all(|i| stands_for(i, a))
        && covered(&fa, b)
        && covered(&fb, a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{words, Segmented};

    fn run_of(text: &str, word: &str) -> Option<String> {
        let seg = Segmented::new(text);
        let v = WordView::new(&seg);
        let ws = &seg.words;
        let i = ws.iter().position(|w| w.text == word)?;
        let (a, b) = name_run(&v, i)?;
        Some(text[ws[a].start..ws[b].end()].to_string())
    }

    fn name_of(text: &str, word: &str) -> Option<(String, Vec<String>)> {
        let seg = Segmented::new(text);
        let v = WordView::new(&seg);
        let i = seg.words.iter().position(|w| w.text == word)?;
        let n = parse_name(&v, name_run(&v, i)?)?;
        Some((n.display, n.roles))
    }

    #[test]
    fn titles_are_roles_and_the_rest_is_the_name() {
        assert_eq!(
            name_of("US President Donald Trump said", "Trump"),
            Some(("Donald Trump".into(), vec!["president".into()]))
        );
        assert_eq!(
            name_of("Sen. Elizabeth Warren spoke", "Warren"),
            Some(("Elizabeth Warren".into(), vec!["sen".into()]))
        );
    }

    #[test]
    fn particles_join_a_name_and_initials_keep_their_period() {
        assert_eq!(
            run_of("said Ursula von der Leyen today", "Leyen").as_deref(),
            Some("Ursula von der Leyen")
        );
        assert_eq!(
            run_of("said Robert M. Danin, a fellow", "Danin").as_deref(),
            Some("Robert M. Danin")
        );
    }

    #[test]
    fn a_name_run_stops_at_a_sentence_end_a_possessive_and_a_function_word() {
        assert_eq!(
            run_of("said Bo Chen. Ann Lee said", "Chen").as_deref(),
            Some("Bo Chen")
        );
        assert_eq!(
            run_of("Trump’s Lawyer spoke", "Lawyer").as_deref(),
            Some("Lawyer")
        );
        assert_eq!(
            run_of("The Senate voted", "Senate").as_deref(),
            Some("Senate")
        );
    }

    #[test]
    fn a_dateline_is_not_a_name() {
        assert_eq!(run_of("PARIS — Officials said", "PARIS"), None);
    }

    #[test]
    fn possessive_endings_come_off() {
        assert_eq!(bare("Trump’s"), "trump");
        assert_eq!(bare("Jones'"), "jones");
        assert_eq!(bare("Lee"), "lee");
        for w in [
            "Lee’s",
            "Lee’s’s",
            "Lee's",
            "Lee’s's",
            "Lee's’s",
            "’s",
            "Lee",
            "",
        ] {
            let trimmed = w.trim_end_matches("’s").trim_end_matches("'s");
            assert_eq!(trim_suffix(trim_suffix(w, "’s"), "'s"), trimmed, "{w}");
        }
        let t = "Trump’s JONES' Lee’S Éric’s Ünal's straße’s x’s";
        for w in words(t, (0, t.len())) {
            assert_eq!(bare_key(&w.key()), bare(w.text), "{}", w.text);
        }
    }
}
