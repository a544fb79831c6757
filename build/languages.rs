//! The build script's tables of the languages other than English (`data/fr`, `data/de`,
//! `data/es`): one module `lexicon::<lang>` each, gathered by `src/lang/mod.rs`. Part of
//! `build.rs`, apart only to keep each file short.

use std::fmt::Write as _;

use super::*;

/// The tags of `data/<lang>/verb_endings.txt`, each compiled to a slice of that name.
const ENDING_TAGS: [&str; 4] = ["conditional", "not_conditional", "participle", "infinitive"];

/// The tables of one language other than English, from `data/<lang>/`, as a module
/// `lexicon::<lang>` that `src/lang/mod.rs` gathers into its `Tables`.
pub(super) fn language(out: &mut Out, lang: &str) -> Result<(), String> {
    let file = |name: &str| format!("data/{lang}/{name}");
    let _ = writeln!(
        out.code,
        "/// The word lists of `data/{lang}/`.\npub mod {lang} {{"
    );
    let agreement = |t: &str| {
        format!(
            "crate::lang::Agreement::{}",
            match t {
                "m" => "Male",
                "f" => "Female",
                "pl" => "Plural",
                _ => "Any",
            }
        )
    };
    let cue_rule = |t: &str| rule_variant("crate::lang::CueRule", t);
    let cue_tags = [
        "",
        "content",
        "object",
        "according_to",
        "viewpoint",
        "after_quote",
        "impersonal",
    ];
    for (name, f, reading) in [
        ("CUES", "cues.txt", Reading::Words),
        ("CUE_PHRASES", "cue_phrases.txt", Reading::Phrases),
    ] {
        let pairs: Vec<_> = list(&file(f), reading, &cue_tags)?
            .into_iter()
            .map(|(w, t)| (w.to_lowercase(), cue_rule(&t)))
            .collect();
        if name == "CUES" {
            out.words_table(name, "crate::lang::CueRule", &file(f), &pairs);
        } else {
            out.doc(&file(f));
            out.code
                .push_str("pub static CUE_PHRASES: &[(&[&str], crate::lang::CueRule)] = &[\n");
            for (p, r) in &pairs {
                let ws: Vec<String> = p.split(' ').map(|w| format!("{w:?}")).collect();
                let _ = writeln!(out.code, "    (&[{}], {r}),", ws.join(", "));
            }
            out.code.push_str("];\n");
        }
    }
    for (name, f) in [
        ("ROLES", "roles.txt"),
        ("COURTESY", "courtesy.txt"),
        ("PRONOUNS", "pronouns.txt"),
        ("DETERMINERS", "determiners.txt"),
        ("GIVEN_NAMES", "given_names.txt"),
    ] {
        let pairs: Vec<_> = list(&file(f), Reading::Words, &["", "m", "f", "pl"])?
            .into_iter()
            .map(|(w, t)| (w.to_lowercase(), agreement(&t)))
            .collect();
        out.words_table(name, "crate::lang::Agreement", &file(f), &pairs);
    }
    // Content markers: a word tagged `infinitive` counts only before an infinitive ("de").
    let pairs: Vec<_> = list(
        &file("content_markers.txt"),
        Reading::Words,
        &["", "infinitive"],
    )?
    .into_iter()
    .map(|(w, t)| (w.to_lowercase(), (t == "infinitive").to_string()))
    .collect();
    out.words_table(
        "CONTENT_MARKERS",
        "bool",
        &file("content_markers.txt"),
        &pairs,
    );
    // Verb endings, one slice per tag.
    let endings = list(&file("verb_endings.txt"), Reading::Words, &ENDING_TAGS)?;
    for tag in ENDING_TAGS {
        let ws: Vec<String> = endings
            .iter()
            .filter(|(_, t)| t == tag)
            .map(|(w, _)| format!("{w:?}"))
            .collect();
        let _ = writeln!(
            out.code,
            "/// Generated from `data/{lang}/verb_endings.txt`.\npub static {}: &[&str] = &[{}];",
            tag.to_uppercase(),
            ws.join(", ")
        );
    }
    for (name, f) in [
        ("FUNCTION_WORDS", "function_words.txt"),
        ("AUXILIARIES", "auxiliaries.txt"),
        ("ORG_WORDS", "org_words.txt"),
        ("GROUP_NOUNS", "group_nouns.txt"),
    ] {
        let pairs: Vec<(String, String)> = words(&file(f))?
            .iter()
            .map(|w| (w.to_lowercase(), "()".to_string()))
            .collect();
        out.words_table(name, "()", &file(f), &pairs);
    }
    let classes = grammar_classes()?;
    let tags: Vec<&str> = classes.iter().map(String::as_str).collect();
    let mut bits: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
    for (w, t) in list(&file("grammar.txt"), Reading::Words, &tags)? {
        let class = classes.iter().position(|c| *c == t).unwrap_or(0);
        *bits.entry(w.to_lowercase()).or_default() |= 1 << class;
    }
    let pairs: Vec<(String, String)> = bits.into_iter().map(|(w, b)| (w, b.to_string())).collect();
    out.words_table("GRAMMAR", "u32", &file("grammar.txt"), &pairs);
    let kinds = [
        "modal",
        "adverb",
        "adjective",
        "verb",
        "noun",
        "distancing",
        "weasel",
    ];
    let rules = ["", "outside_quotes", "bare", "perfect"];
    let src = read(&file("hedges.txt"))?;
    let mut pairs = Vec::new();
    let mut max_words = 0;
    for line in format::lines(&src) {
        let tag = line.tag.unwrap_or("");
        let mut parts = tag.split_whitespace();
        let kind = parts.next().unwrap_or("");
        let rule = parts.next().unwrap_or("");
        if !kinds.contains(&kind) || !rules.contains(&rule) || parts.next().is_some() {
            return Err(format!(
                "{}:{}: the tag must be a hedge kind ({}) and an optional rule ({})",
                file("hedges.txt"),
                line.number,
                kinds.join(", "),
                rules[1..].join(", ")
            ));
        }
        let phrase = line
            .body
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        max_words = max_words.max(phrase.split(' ').count());
        let rule = if rule.is_empty() {
            "Always".to_string()
        } else {
            variant(rule)
        };
        pairs.push((
            phrase,
            format!(
                "(crate::report::HedgeKind::{}, crate::lang::HedgeRule::{rule})",
                variant(kind)
            ),
        ));
    }
    out.words_table(
        "HEDGES",
        "(crate::report::HedgeKind, crate::lang::HedgeRule)",
        &file("hedges.txt"),
        &pairs,
    );
    let _ = writeln!(
        out.code,
        "/// The most words a hedge phrase has.\npub const HEDGE_MAX_WORDS: usize = {max_words};\n}}\n"
    );
    Ok(())
}
