//! Hedges in French, German and Spanish: the phrases of `data/<lang>/hedges.txt`, each with
//! its kind and context rule ([`super::HedgeRule`]), and the conditional outside quotes
//! (the French journalistic conditional: "le ministre aurait détourné …", the Spanish
//! conditional of rumour: "las obras comenzarían en otoño").

use super::{HedgeRule, Tables};
use crate::hedges::HedgeSpan;
use crate::quotes::QuoteSpan;
use crate::report::HedgeKind;
use crate::text::{Segmented, WordView};

/// A group source is "bare" unless a name or a complement follows within this many words.
const BARE_WORDS: usize = 2;
/// How far (in words) reportative "sollen" looks for its "haben"/"sein".
const PERFECT_WORDS: usize = 14;
/// Infinitives that make present-tense "sollen" hearsay, not a plan: states and
/// intentions nobody is told to have ("soll von den Zahlen wissen", "soll den Verkauf
/// erwägen").
const REPORTATIVE_PRESENT: &[&str] = &[
    "wissen",
    "kennen",
    "besitzen",
    "planen",
    "erwägen",
    "beabsichtigen",
];
/// How far back a conditional looks for the "que" of reported speech.
const REPORTED_CLAUSE_WORDS: usize = 12;
/// The shortest verb the conditional ending is read on ("serait" yes, "trait" no).
const MIN_CONDITIONAL_CHARS: usize = 6;

/// The hedges of a French, German or Spanish text, sorted by start, never overlapping.
pub fn find(seg: &Segmented, quotes: &[QuoteSpan], t: &'static Tables) -> Vec<HedgeSpan> {
    let v = WordView::new(seg);
    let in_quote = |pos: usize| quotes.iter().any(|q| q.start <= pos && pos < q.end);
    let mut out: Vec<HedgeSpan> = Vec::new();
    let mut i = 0;
    // The longest phrase that starts at word i, and where each shorter one ends in it: one
    // string per word, whose prefixes are looked up, longest first.
    let (mut phrase, mut ends) = (String::new(), Vec::new());
    while i < v.len() {
        let s = v.sentence_of[i];
        let mut hit = None;
        let longest = t.hedge_max_words.min(v.len() - i);
        phrase.clear();
        ends.clear();
        for k in i..i + longest {
            if k > i {
                phrase.push(' ');
            }
            phrase.push_str(v.key(k));
            ends.push(phrase.len());
        }
        for n in (1..=longest).rev() {
            if v.sentence_of[i + n - 1] != s {
                continue;
            }
            if let Some(&(kind, rule)) = t.hedges.get(&phrase[..ends[n - 1]]) {
                if applies(&v, t, i, i + n - 1, rule, &in_quote) {
                    hit = Some((n, kind));
                    break;
                }
            }
        }
        if hit.is_none() && conditional(&v, t, i) && !in_quote(v.words[i].start) {
            hit = Some((1, HedgeKind::Distancing));
        }
        if hit.is_none() && vague_group(&v, t, i) {
            hit = Some((2, HedgeKind::Weasel));
        }
        match hit {
            Some((n, kind)) => {
                let (cs, ce) = v.sentences[s as usize];
                out.push(HedgeSpan {
                    start: v.words[i].start,
                    end: v.words[i + n - 1].end(),
                    kind,
                    claim_start: cs,
                    claim_end: ce,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

fn applies(
    v: &WordView,
    t: &Tables,
    first: usize,
    last: usize,
    rule: HedgeRule,
    in_quote: &dyn Fn(usize) -> bool,
) -> bool {
    match rule {
        HedgeRule::Always => true,
        HedgeRule::OutsideQuotes => {
            let k = v.key(first);
            let conditional = first == last
                && !k.starts_with("aur")
                && !k.starts_with("hab")
                && t.conditional_endings.iter().any(|e| k.ends_with(e));
            let reported = conditional && reported_future(v, t, first);
            !in_quote(v.words[first].start) && !reported
        }
        HedgeRule::Bare => {
            // "des experts de l'OCDE", "Experten des Instituts": someone is named.
            let s = v.sentence_of[last];
            !(last + 1..(last + 1 + BARE_WORDS).min(v.len())).any(|k| {
                v.sentence_of[k] == s
                    && (v.words[k].is_capitalized() && !t.function_words.contains(v.key(k)))
            })
        }
        HedgeRule::Perfect => {
            let s = v.sentence_of[first];
            (last + 1..(last + 1 + PERFECT_WORDS).min(v.len()))
                .take_while(|&k| v.sentence_of[k] == s && !v.gap(k - 1, k).contains(','))
                .any(|k| {
                    matches!(v.key(k), "haben" | "sein") || REPORTATIVE_PRESENT.contains(&v.key(k))
                })
        }
    }
}

/// Quantifiers that leave a group unnamed ("plusieurs élus", "mehrere Abgeordnete",
/// "varios expertos").
const VAGUE_QUANTIFIERS: &[&str] = &[
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "mehrere",
    "einige",
    "manche",
    "varios",
    "varias",
    "algunos",
    "algunas",
];

/// A vague quantifier before a group or role noun: a weasel source of two words.
fn vague_group(v: &WordView, t: &Tables, i: usize) -> bool {
    if !VAGUE_QUANTIFIERS.contains(&v.key(i)) || i + 1 >= v.len() {
        return false;
    }
    if v.sentence_of[i + 1] != v.sentence_of[i] || v.gap(i, i + 1).trim() != "" {
        return false;
    }
    let noun = v.key(i + 1);
    if !(t.group_nouns.contains(noun) || t.roles.contains_key(noun)) {
        return false;
    }
    // "plusieurs chercheurs de l'institut", "algunos expertos del Banco": anchored.
    let anchored = v.sentence_of.get(i + 2) == Some(&v.sentence_of[i])
        && v.gap(i + 1, i + 2).trim().is_empty()
        && (ANCHORS.contains(&v.key(i + 2))
            || v.key(i + 2).starts_with("d'")
            || v.words[i + 2].is_capitalized());
    !anchored
}

/// Words after a group that tie it to someone named ("de l'institut", "des Vereins").
const ANCHORS: &[&str] = &["de", "du", "des", "del", "von", "vom", "der", "des", "aus"];

/// A verb in the conditional by its ending, outside the exceptions ("portrait") and not
/// in a condition ("si …").
fn conditional(v: &WordView, t: &Tables, i: usize) -> bool {
    let k = v.key(i);
    if t.conditional_endings.is_empty()
        || k.chars().count() < MIN_CONDITIONAL_CHARS
        || v.words[i].is_capitalized()
        || t.conditional_exceptions
            .iter()
            .any(|e| k.ends_with(e) && k.len() <= e.len() + 2)
    {
        return false;
    }
    if !t.conditional_endings.iter().any(|e| k.ends_with(e)) {
        return false;
    }
    let s = v.sentence_of[i];
    if (i.saturating_sub(8)..i)
        .any(|p| v.sentence_of[p] == s && matches!(v.key(p), "si" | "s'il" | "s'ils"))
    {
        return false;
    }
    // The future of reported speech ("a assuré que les élèves seraient accueillis", "a
    // déclaré que son groupe voterait"): the speaker's tense, not the reporter's distance.
    // "aurait"/"auraient" (+ participle) stay: the allegation form.
    k.starts_with("aur") || k.starts_with("hab") || !reported_future(v, t, i)
}

/// Word `i` is in a clause opened by "que" right after a reporting cue ("a déclaré que",
/// "a assuré mercredi qu'elle").
fn reported_future(v: &WordView, t: &Tables, i: usize) -> bool {
    let s = v.sentence_of[i];
    (i.saturating_sub(REPORTED_CLAUSE_WORDS)..i)
        .rev()
        .take_while(|&p| v.sentence_of[p] == s && !v.gap(p, p + 1).contains([';', ':', '«', '»']))
        .any(|p| {
            let k = v.key(p);
            (k == "que" || k.starts_with("qu'"))
                && (p.saturating_sub(3)..p).any(|c| t.cues.contains_key(v.key(c)))
        })
}
