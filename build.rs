//! Compiles the word lists of `data/` into static tables, so that nothing is parsed or
//! built when a page first calls claimlens: `OUT_DIR/lexicon.rs` holds perfect-hash sets and
//! maps (`src/lexicon/table.rs`), sorted word tables for the other languages
//! (`crate::lang::Words`) and ordered phrase lists, included by `src/lexicon/mod.rs`.
//!
//! Every list follows one line grammar (`src/lexicon/format.rs`). A tag a list does not allow,
//! including a hedge rule that `src/hedges/rules/mod.rs` does not register, fails the build
//! with the file and line.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

#[path = "src/lexicon/format.rs"]
#[allow(dead_code)]
mod format;

#[path = "src/lexicon/table.rs"]
#[allow(dead_code)]
mod table;

#[path = "src/lexicon/filter.rs"]
#[allow(dead_code)]
mod filter;

use format::{entries, Reading};

#[path = "build/languages.rs"]
mod languages;
use languages::language;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/lexicon/format.rs");
    println!("cargo:rerun-if-changed=src/lexicon/table.rs");
    println!("cargo:rerun-if-changed=src/lexicon/filter.rs");
    println!("cargo:rerun-if-changed=src/hedges/rules/mod.rs");
    println!("cargo:rerun-if-changed=src/attribution/features.rs");
    let mut out = Out::default();
    if let Err(e) = generate(&mut out) {
        // A data error: stop the build with the message that names the line.
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon.rs");
    std::fs::write(dest, out.code).unwrap();
}

#[derive(Default)]
struct Out {
    code: String,
}

impl Out {
    fn doc(&mut self, file: &str) {
        let _ = writeln!(self.code, "/// Generated from `{file}`.");
    }

    /// `NAME_FILTER`, the static [`filter::WordFilter`] of `keys`, of `shape`.
    fn filter<'k>(
        &mut self,
        name: &str,
        shape: filter::Shape,
        keys: impl IntoIterator<Item = &'k str>,
    ) {
        let bits: Vec<String> = shape
            .bits_of(keys)
            .iter()
            .map(|b| format!("{b:#x}"))
            .collect();
        let _ = writeln!(
            self.code,
            "/// The bit filter of [`{name}`].\npub static {name}_FILTER: crate::lexicon::filter::WordFilter = crate::lexicon::filter::WordFilter::from_bits(crate::lexicon::filter::Shape::{shape:?}, &[{}]);\n",
            bits.join(", ")
        );
    }

    /// A set of the keys (duplicates kept once): a [`Out::table`] of `()`.
    fn set<'k>(&mut self, name: &str, file: &str, keys: impl IntoIterator<Item = &'k str>) {
        let mut seen = std::collections::HashSet::new();
        let pairs: Vec<(&str, &str)> = keys
            .into_iter()
            .filter(|k| seen.insert(*k))
            .map(|k| (k, "()"))
            .collect();
        self.table(name, "()", file, &pairs);
    }

    /// A map from keys to value expressions; a later entry of a key wins.
    fn map(&mut self, name: &str, ty: &str, file: &str, pairs: &[(String, String)]) {
        let mut last: HashMap<&str, &str> = HashMap::new();
        let mut order = Vec::new();
        for (k, v) in pairs {
            if last.insert(k, v).is_none() {
                order.push(k.as_str());
            }
        }
        let pairs: Vec<(&str, &str)> = order.into_iter().map(|k| (k, last[k])).collect();
        self.table(name, ty, file, &pairs);
    }

    /// A `crate::lexicon::Table`: the perfect hash of the (distinct) keys, written out.
    fn table(&mut self, name: &str, ty: &str, file: &str, pairs: &[(&str, &str)]) {
        let keys: Vec<&str> = pairs.iter().map(|(k, _)| *k).collect();
        let (seed, disps, order) = table::build(&keys);
        let disps: Vec<String> = disps.iter().map(u32::to_string).collect();
        let keys: Vec<String> = order.iter().map(|&i| format!("{:?}", pairs[i].0)).collect();
        let values = if ty == "()" {
            format!("&[(); {}]", order.len())
        } else {
            let v: Vec<&str> = order.iter().map(|&i| pairs[i].1).collect();
            format!("&[{}]", v.join(", "))
        };
        self.doc(file);
        let _ = writeln!(
            self.code,
            "pub static {name}: crate::lexicon::Table<{ty}> = crate::lexicon::Table {{ seed: {seed}, disps: &[{}], keys: &[{}], values: {values} }};\n",
            disps.join(", "),
            keys.join(", ")
        );
    }
}

impl Out {
    /// A `crate::lang::Words` table: the keys sorted (bytewise; a later entry of a key wins)
    /// in one string, each followed by one control byte, the index of its value in a small
    /// table of the distinct values; found through a hash table built on first use. Far smaller in wasm than a
    /// `phf` table, which the few thousand words of the other languages do not need, and
    /// than a table of word ends (control bytes compress to almost nothing).
    fn words_table(&mut self, name: &str, ty: &str, file: &str, pairs: &[(String, String)]) {
        let mut map: std::collections::BTreeMap<&str, &str> = std::collections::BTreeMap::new();
        for (k, v) in pairs {
            assert!(
                !k.is_empty() && !k.bytes().any(|b| b < 0x20),
                "{file}: {k:?} is empty or holds a control character"
            );
            map.insert(k, v);
        }
        let mut blob = String::new();
        let mut values: Vec<&str> = Vec::new();
        for (k, v) in &map {
            let tag = match values.iter().position(|x| x == v) {
                Some(i) => i,
                None => {
                    values.push(v);
                    values.len() - 1
                }
            };
            assert!(tag < 0x20, "{file}: more than 32 distinct tags");
            blob.push_str(k);
            blob.push(char::from(tag as u8));
        }
        assert!(
            blob.len() <= usize::from(u16::MAX),
            "{file}: too many words for a Words table"
        );
        self.doc(file);
        let values = if ty == "()" {
            "&[()]".to_string()
        } else {
            format!("&[{}]", values.join(", "))
        };
        let _ = writeln!(
            self.code,
            "pub static {name}: crate::lang::Words<{ty}> = crate::lang::Words {{ blob: {blob:?}, values: {values}, index: std::sync::OnceLock::new() }};\n",
        );
    }
}

fn read(file: &str) -> Result<String, String> {
    println!("cargo:rerun-if-changed={file}");
    std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))
}

/// A list's entries with their tags.
fn list(file: &str, reading: Reading, allowed: &[&str]) -> Result<Vec<(String, String)>, String> {
    let src = read(file)?;
    Ok(entries(file, &src, reading, allowed)?
        .into_iter()
        .map(|(e, t)| (e, t.to_string()))
        .collect())
}

fn words(file: &str) -> Result<Vec<String>, String> {
    Ok(list(file, Reading::Words, &[""])?
        .into_iter()
        .map(|(w, _)| w)
        .collect())
}

/// The text of Rust source `src` (read from `file`) between the first `open` and the next
/// `close`: a table or enum that `build.rs` reads its names from.
fn between<'a>(file: &str, src: &'a str, open: &str, close: &str) -> Result<&'a str, String> {
    src.split_once(open)
        .and_then(|(_, rest)| rest.split_once(close))
        .map(|(t, _)| t)
        .ok_or_else(|| format!("{file}: no `{open}` … `{close}`"))
}

/// The names of the hedge rules, in the order of the `RULES` table of
/// `src/hedges/rules/mod.rs` (each row starts `("name",`).
fn hedge_rule_names() -> Result<Vec<String>, String> {
    let file = "src/hedges/rules/mod.rs";
    let src = read(file)?;
    let table = between(file, &src, "pub(crate) const RULES", "];")?;
    Ok(table
        .lines()
        .filter_map(|l| l.trim().strip_prefix("(\""))
        .filter_map(|l| l.split_once('"').map(|(n, _)| n.to_string()))
        .collect())
}

/// The closed word classes of `data/<lang>/grammar.txt`: the variants of `lang::Class`
/// (`src/lang/mod.rs`, one `Name,` a line) in snake case, in order.
fn grammar_classes() -> Result<Vec<String>, String> {
    let file = "src/lang/mod.rs";
    let src = read(file)?;
    let body = between(file, &src, "pub enum Class {", "}")?;
    let classes: Vec<String> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .map(|l| {
            let name = l.trim_end_matches(',');
            let mut snake = String::new();
            for (i, c) in name.chars().enumerate() {
                if c.is_uppercase() && i > 0 {
                    snake.push('_');
                }
                snake.extend(c.to_lowercase());
            }
            snake
        })
        .collect();
    if classes.len() > 32 {
        return Err(format!("{file}: more than 32 word classes"));
    }
    Ok(classes)
}

/// The feature names of attribution, in the order of the `FEATURES` table of
/// `src/attribution/features.rs` (one `"name",` a line).
fn feature_names() -> Result<Vec<String>, String> {
    let file = "src/attribution/features.rs";
    let src = read(file)?;
    let table = between(file, &src, "pub const FEATURES", "];")?;
    Ok(table
        .lines()
        .filter_map(|l| l.trim().strip_prefix('"'))
        .filter_map(|l| l.split_once('"').map(|(n, _)| n.to_string()))
        .collect())
}

/// `data/attribution_weights.txt`: `feature | weight` lines, in feature order; a feature
/// without a line weighs 0.
fn weights(out: &mut Out) -> Result<(), String> {
    let file = "data/attribution_weights.txt";
    let names = feature_names()?;
    let src = read(file)?;
    let mut w = vec![0.0f32; names.len()];
    for line in format::lines(&src) {
        let i = names
            .iter()
            .position(|n| n == line.body)
            .ok_or_else(|| format!("{file}:{}: unknown feature {:?}", line.number, line.body))?;
        w[i] = line
            .tag
            .and_then(|t| t.parse::<f32>().ok())
            .ok_or_else(|| format!("{file}:{}: the weight must be a number", line.number))?;
    }
    // Candidates carry their features by name: a perfect hash finds each name's index.
    let index: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i.to_string()))
        .collect();
    out.map("FEATURE_INDEX", "u8", "src/attribution/features.rs", &index);
    let values: Vec<String> = w.iter().map(|v| format!("{v:?}")).collect();
    out.doc(file);
    let _ = writeln!(
        out.code,
        "pub static ATTRIBUTION_WEIGHTS: [f32; {}] = [{}];\n",
        w.len(),
        values.join(", ")
    );
    Ok(())
}

/// `data/speaker_confidence.txt`: `quote RAW | CALIBRATED` and `attribution RAW |
/// CALIBRATED` lines, the knots of each kind's map (raw strictly rising, calibrated never
/// falling, all within 0–1). With `CLAIMLENS_UNCALIBRATED` set, both maps are the identity:
/// the build `eval/fit_calibration.py` fits from.
fn calibration(out: &mut Out) -> Result<(), String> {
    let file = "data/speaker_confidence.txt";
    println!("cargo:rerun-if-env-changed=CLAIMLENS_UNCALIBRATED");
    let uncalibrated = std::env::var_os("CLAIMLENS_UNCALIBRATED").is_some();
    let src = read(file)?;
    let mut knots: [(&str, Vec<(f32, f32)>); 2] =
        [("quote", Vec::new()), ("attribution", Vec::new())];
    for line in format::lines(&src) {
        let bad = |what: &str| format!("{file}:{}: {what}", line.number);
        let mut body = line.body.split_whitespace();
        let (Some(kind), Some(raw), None) = (body.next(), body.next(), body.next()) else {
            return Err(bad(
                "expected `quote RAW | CALIBRATED` or `attribution RAW | CALIBRATED`",
            ));
        };
        let number = |s: Option<&str>| {
            s.and_then(|s| s.parse::<f32>().ok())
                .filter(|v| (0.0..=1.0).contains(v))
        };
        let (Some(raw), Some(cal)) = (number(Some(raw)), number(line.tag)) else {
            return Err(bad("both numbers must be within 0 and 1"));
        };
        let map = knots
            .iter_mut()
            .find(|(k, _)| *k == kind)
            .ok_or_else(|| bad("the kind is quote or attribution"))?;
        if map.1.last().is_some_and(|&(r, c)| raw <= r || cal < c) {
            return Err(bad(
                "raw must rise and calibrated must not fall from the line before",
            ));
        }
        map.1.push((raw, cal));
    }
    for (kind, map) in &mut knots {
        if uncalibrated {
            *map = vec![(0.0, 0.0), (1.0, 1.0)];
        }
        if map.is_empty() {
            return Err(format!("{file}: no knots for {kind}"));
        }
        let pairs: Vec<String> = map.iter().map(|(r, c)| format!("({r:?}, {c:?})")).collect();
        out.doc(file);
        let _ = writeln!(
            out.code,
            "pub static {}_CONFIDENCE: &[(f32, f32)] = &[{}];\n",
            kind.to_uppercase(),
            pairs.join(", ")
        );
    }
    Ok(())
}

/// `path::Variant` of a cue's rule tag (`variant`), `path::Always` for an untagged cue.
fn rule_variant(path: &str, tag: &str) -> String {
    let name = if tag.is_empty() {
        "Always".into()
    } else {
        variant(tag)
    };
    format!("{path}::{name}")
}

fn variant(tag: &str) -> String {
    tag.split('_')
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn generate(out: &mut Out) -> Result<(), String> {
    // Reporting cues (attribution).
    let rules = [
        "",
        "content",
        "aspect",
        "noun_verb",
        "as",
        "as_quoted",
        "naming",
        "quoted",
        "quote_next",
        "according_to",
        "passive",
        "evidence",
        "judgement",
        "agreement",
        "object",
        "grounded",
    ];
    let rule = |t: &str| rule_variant("crate::cues::Rule", t);
    let cues = list("data/cues.txt", Reading::Words, &rules)?;
    let pairs: Vec<_> = cues.iter().map(|(w, t)| (w.clone(), rule(t))).collect();
    out.map("CUE_WORDS", "crate::cues::Rule", "data/cues.txt", &pairs);
    out.filter(
        "CUE_WORDS",
        filter::Shape::Head,
        pairs.iter().map(|(w, _)| w.as_str()),
    );
    let phrases = list("data/cue_phrases.txt", Reading::Phrases, &rules)?;
    out.doc("data/cue_phrases.txt");
    out.code
        .push_str("pub static CUE_PHRASES: &[(&[&str], crate::cues::Rule)] = &[\n");
    for (p, t) in &phrases {
        let ws: Vec<String> = p.split(' ').map(|w| format!("{w:?}")).collect();
        let _ = writeln!(out.code, "    (&[{}], {}),", ws.join(", "), rule(t));
    }
    out.code.push_str("];\n\n");
    // The first words of the phrases: a word that is none of them starts no phrase.
    out.set(
        "CUE_PHRASE_FIRST_WORDS",
        "data/cue_phrases.txt (first words)",
        phrases.iter().filter_map(|(p, _)| p.split(' ').next()),
    );
    out.filter(
        "CUE_PHRASE_FIRST_WORDS",
        filter::Shape::Head,
        phrases.iter().filter_map(|(p, _)| p.split(' ').next()),
    );
    out.set(
        "CUE_NOUNS",
        "data/cue_nouns.txt",
        words("data/cue_nouns.txt")?.iter().map(String::as_str),
    );
    let gaps = list("data/cue_gap_words.txt", Reading::Words, &["", "time"])?;
    out.set(
        "GAP_WORDS",
        "data/cue_gap_words.txt (untagged)",
        gaps.iter()
            .filter(|(_, t)| t.is_empty())
            .map(|(w, _)| w.as_str()),
    );
    out.set(
        "TIME_WORDS",
        "data/cue_gap_words.txt (| time)",
        gaps.iter()
            .filter(|(_, t)| t == "time")
            .map(|(w, _)| w.as_str()),
    );

    // Names and speakers.
    let given = list("data/first_names.txt", Reading::Words, &["m", "f"])?;
    let pairs: Vec<_> = given
        .iter()
        .map(|(w, t)| {
            let g = if t == "f" { "Female" } else { "Male" };
            (w.clone(), format!("crate::speakers::Gender::{g}"))
        })
        .collect();
    out.map(
        "GIVEN_NAMES",
        "crate::speakers::Gender",
        "data/first_names.txt",
        &pairs,
    );
    let titles = words("data/titles.txt")?;
    out.set(
        "TITLES",
        "data/titles.txt",
        titles.iter().map(String::as_str),
    );
    // A word is a title written with or without its period ("Sen.", "Sen"): one look-up.
    out.set(
        "TITLE_STEMS",
        "data/titles.txt (without their periods)",
        titles.iter().map(|t| t.strip_suffix('.').unwrap_or(t)),
    );
    out.set(
        "NOT_NAMES",
        "data/not_names.txt",
        words("data/not_names.txt")?.iter().map(String::as_str),
    );
    // ("female" marks nouns for people that also tell the gender: "widow".)
    let nouns = list(
        "data/speaker_nouns.txt",
        Reading::Words,
        &["", "person", "female"],
    )?;
    let pairs: Vec<_> = nouns
        .iter()
        .map(|(w, t)| (w.clone(), (!t.is_empty()).to_string()))
        .collect();
    out.map("SPEAKER_NOUNS", "bool", "data/speaker_nouns.txt", &pairs);
    let pairs: Vec<_> = nouns
        .iter()
        .filter(|(_, t)| t == "female")
        .map(|(w, _)| (w.clone(), "crate::speakers::Gender::Female".to_string()))
        .collect();
    out.map(
        "ROLE_GENDERS",
        "crate::speakers::Gender",
        "data/speaker_nouns.txt (| female)",
        &pairs,
    );
    let orgs = list("data/org_words.txt", Reading::Words, &["", "public"])?;
    out.set(
        "ORG_WORDS",
        "data/org_words.txt",
        orgs.iter().map(|(w, _)| w.as_str()),
    );
    out.set(
        "PUBLIC_ORG_WORDS",
        "data/org_words.txt (| public)",
        orgs.iter()
            .filter(|(_, t)| t == "public")
            .map(|(w, _)| w.as_str()),
    );
    let countries = list("data/countries.txt", Reading::Phrases, &[""])?;
    out.set(
        "COUNTRIES",
        "data/countries.txt",
        countries.iter().map(|(w, _)| w.as_str()),
    );
    for (name, file) in [
        ("PLACE_WORDS", "data/place_words.txt"),
        ("DOCUMENT_NOUNS", "data/document_nouns.txt"),
        ("SPEAKING_VERBS", "data/speaking_verbs.txt"),
        ("OBJECT_SENSE_VERBS", "data/object_sense_verbs.txt"),
        ("PHYSICAL_OBJECTS", "data/physical_objects.txt"),
    ] {
        out.set(name, file, words(file)?.iter().map(String::as_str));
    }
    weights(out)?;
    calibration(out)?;

    // Pages.
    out.set(
        "PAGE_CHROME",
        "data/page_chrome.txt",
        words("data/page_chrome.txt")?.iter().map(String::as_str),
    );
    let hints = list(
        "data/article_hints.txt",
        Reading::Words,
        &["positive", "negative"],
    )?;
    for (name, tag) in [
        ("POSITIVE_HINTS", "positive"),
        ("NEGATIVE_HINTS", "negative"),
    ] {
        out.set(
            name,
            "data/article_hints.txt",
            hints
                .iter()
                .filter(|(_, t)| t == tag)
                .map(|(w, _)| w.as_str()),
        );
    }
    let outline = list(
        "data/outline.txt",
        Reading::Words,
        &[
            "opaque",
            "not_prose",
            "chrome",
            "inline",
            "preserve",
            "own_id",
        ],
    )?;
    for (name, tags) in [
        ("OPAQUE_TAGS", &["opaque"][..]),
        ("PRESERVE_TAGS", &["preserve"][..]),
        ("NOT_PROSE_TAGS", &["opaque", "not_prose"][..]),
        ("CHROME_TAGS", &["chrome"][..]),
        ("INLINE_TAGS", &["inline"][..]),
    ] {
        out.set(
            name,
            "data/outline.txt",
            outline
                .iter()
                .filter(|(_, t)| tags.contains(&t.as_str()))
                .map(|(w, _)| w.as_str()),
        );
    }
    let own: Vec<String> = outline
        .iter()
        .filter(|(_, t)| t == "own_id")
        .map(|(w, _)| format!("{w:?}"))
        .collect();
    out.doc("data/outline.txt (| own_id)");
    let _ = writeln!(
        out.code,
        "pub static OWN_IDS: &[&str] = &[{}];\n",
        own.join(", ")
    );

    // Hedges: every cue phrase of the eight cue files, with its kind and rule.
    let names = hedge_rule_names()?;
    let allowed: Vec<&str> = std::iter::once("")
        .chain(names.iter().map(String::as_str))
        .collect();
    let files = [
        ("data/hedges/modals.txt", "Modal", "always"),
        ("data/hedges/adverbs.txt", "Adverb", "always"),
        ("data/hedges/adjectives.txt", "Adjective", "always"),
        ("data/hedges/verbs.txt", "Verb", "always"),
        ("data/hedges/nouns.txt", "Noun", "always"),
        ("data/hedges/distancing.txt", "Distancing", "always"),
        ("data/hedges/weasels.txt", "Weasel", "always"),
        ("data/hedges/person_nouns.txt", "Weasel", "person"),
    ];
    let mut cue_pairs = Vec::new();
    let mut first_words = Vec::new();
    let mut max_words = 0;
    for (file, kind, default) in files {
        for (phrase, tag) in list(file, Reading::Phrases, &allowed)? {
            let rule = if tag.is_empty() {
                default
            } else {
                tag.as_str()
            };
            let index = names.iter().position(|n| n == rule).unwrap();
            let value = format!("(crate::report::HedgeKind::{kind}, {index})");
            // A phrase with an apostrophe also matches its curly spelling.
            let mut spellings = vec![phrase.clone()];
            if phrase.contains('\'') {
                spellings.push(phrase.replace('\'', "’"));
            }
            for p in spellings {
                if cue_pairs.iter().any(|(k, _): &(String, String)| *k == p) {
                    return Err(format!(
                        "{file}: {p:?} is listed twice among the hedge cues"
                    ));
                }
                let first = p.split(' ').next().unwrap_or("").to_string();
                let simple = first
                    .chars()
                    .all(|c| c.is_alphanumeric() || "'’-.&".contains(c));
                if !simple {
                    return Err(format!("{file}: {p:?} must start with a plain word"));
                }
                max_words = max_words.max(p.split(' ').count());
                first_words.push(first);
                cue_pairs.push((p, value.clone()));
            }
        }
    }
    out.map(
        "HEDGE_CUES",
        "(crate::report::HedgeKind, u8)",
        "data/hedges/*.txt",
        &cue_pairs,
    );
    out.filter(
        "HEDGE_CUES",
        filter::Shape::Tail,
        cue_pairs.iter().map(|(p, _)| p.as_str()),
    );
    out.set(
        "HEDGE_FIRST_WORDS",
        "data/hedges/*.txt (first words)",
        first_words.iter().map(String::as_str),
    );
    out.filter(
        "HEDGE_FIRST_WORDS",
        filter::Shape::Head,
        first_words.iter().map(String::as_str),
    );
    let _ = writeln!(
        out.code,
        "/// The most words a hedge cue phrase has.\npub const HEDGE_MAX_WORDS: usize = {max_words};\n"
    );
    for (name, file) in [
        ("SOURCE_VERBS", "data/hedges/source_verbs.txt"),
        ("ABILITY_VERBS", "data/hedges/ability_verbs.txt"),
        ("EVIDENCE_NOUNS", "data/hedges/evidence_nouns.txt"),
        ("CLAIM_COMPOUNDS", "data/hedges/claim_compounds.txt"),
    ] {
        out.set(name, file, words(file)?.iter().map(String::as_str));
    }
    let persons = list("data/hedges/person_nouns.txt", Reading::Words, &allowed)?;
    out.set(
        "PERSON_NOUNS",
        "data/hedges/person_nouns.txt",
        persons.iter().map(|(w, _)| w.as_str()),
    );
    let vague = list("data/hedges/vague_modifiers.txt", Reading::Phrases, &[""])?;
    out.set(
        "VAGUE_WORDS",
        "data/hedges/vague_modifiers.txt (one word)",
        vague
            .iter()
            .filter(|(p, _)| !p.contains(' '))
            .map(|(p, _)| p.as_str()),
    );
    out.doc("data/hedges/vague_modifiers.txt (several words)");
    out.code
        .push_str("pub static VAGUE_PHRASES: &[&[&str]] = &[\n");
    for (p, _) in vague.iter().filter(|(p, _)| p.contains(' ')) {
        let ws: Vec<String> = p.split(' ').map(|w| format!("{w:?}")).collect();
        let _ = writeln!(out.code, "    &[{}],", ws.join(", "));
    }
    out.code.push_str("];\n");
    let unit = |file: &str| -> Result<Vec<(String, String)>, String> {
        Ok(words(file)?
            .iter()
            .map(|w| (w.to_lowercase(), "()".to_string()))
            .collect())
    };
    let en = unit("data/en/function_words.txt")?;
    out.words_table("EN_FUNCTION_WORDS", "()", "data/en/function_words.txt", &en);
    for lang in ["fr", "de", "es"] {
        language(out, lang)?;
    }
    // Languages claimlens does not read, for the detector to tell them apart.
    for (name, file) in [
        ("PT_FUNCTION_WORDS", "data/unread/pt.txt"),
        ("IT_FUNCTION_WORDS", "data/unread/it.txt"),
    ] {
        let pairs = unit(file)?;
        out.words_table(name, "()", file, &pairs);
    }
    Ok(())
}
