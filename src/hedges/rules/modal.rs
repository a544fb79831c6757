//! may / might / could as epistemic possibility, not ability, permission or a noun.

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{is_possessive_key, SUBJECT_PRONOUNS};
use crate::lexicon::ABILITY_VERBS;

/// Words that may stand between a modal and its verb ("could also affect").
const MODAL_ADVERBS: &[&str] = &[
    "also",
    "still",
    "now",
    "well",
    "even",
    "just",
    "only",
    "not",
    "never",
    "yet",
    "already",
    "soon",
    "eventually",
    "easily",
    "ultimately",
    "potentially",
    "possibly",
    "actually",
    "really",
    "certainly",
    "probably",
    "likely",
    "then",
    "too",
    "all",
    "both",
    "simply",
    "indeed",
    "theoretically",
    "someday",
    "quickly",
    "perhaps",
    "maybe",
    "ever",
    "conceivably",
    "further",
];

/// Two-word adverbials that may stand between a modal and its verb ("could in theory").
const MODAL_ADVERBIALS: &[[&str; 2]] = &[
    ["in", "fact"],
    ["in", "theory"],
    ["in", "turn"],
    ["in", "principle"],
    ["one", "day"],
    ["some", "day"],
];

/// Negations and near-negations that turn "could" into a statement of (in)ability.
const COULD_NEGATIONS: &[&str] = &["not", "never", "hardly", "barely", "scarcely"];

/// How many words (adverbs, negations, a parenthetical) may stand between a modal and its verb.
const MAX_WORDS_TO_VERB: usize = 6;

/// The modal and the clause it scopes over.
pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    modal(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// may / might / could as epistemic possibility.
fn modal(doc: &Doc, i: usize) -> bool {
    let k = doc.key(i);
    if k == "may" && doc.capitalized(i) {
        return false; // "in May", "May 5", "Theresa May", "May the best team win"
    }
    // The verb: the next word after adverbs; none (punctuation, end) is ellipsis or a noun.
    let mut j = i;
    let mut negated = false;
    let mut steps = 0;
    let verb = loop {
        steps += 1;
        if steps > MAX_WORDS_TO_VERB {
            return false;
        }
        let Some(n) = doc.next_joined(j).or_else(|| after_parenthetical(doc, j)) else {
            return false;
        };
        let nk = doc.key(n);
        let pair = doc.next_joined(n).filter(|&m| {
            MODAL_ADVERBIALS
                .iter()
                .any(|[a, b]| nk == *a && doc.key(m) == *b)
        });
        if let Some(m) = pair {
            j = m;
            continue;
        }
        if contains(COULD_NEGATIONS, nk) {
            negated = true;
        }
        if contains(MODAL_ADVERBS, nk) || contains(COULD_NEGATIONS, nk) {
            j = n;
            continue;
        }
        break n;
    };
    let vk = doc.key(verb);
    let verbish = doc.is_bare_verb(verb);
    // "military might", "its might": a noun after a determiner or a typical modifier.
    let noun_modifiers = [
        "military",
        "economic",
        "naval",
        "industrial",
        "financial",
        "nuclear",
        "sheer",
        "full",
        "all",
        "great",
        "political",
        "technological",
        "corporate",
        "air",
        "his",
        "her",
        "its",
        "their",
        "our",
        "the",
        "with",
    ];
    if k == "might"
        && (doc.is(doc.prev(i), &noun_modifiers)
            || doc.prev(i).is_some_and(|p| is_possessive_key(doc.key(p))))
    {
        return false;
    }
    if !verbish {
        // Inverted question: "Could this be the end?" (not "Could you ...", a request).
        let first = doc.clause_initial(i);
        return first
            && k != "may"
            && doc.is(doc.next_joined(i), &["it", "this", "that", "there", "the"]);
    }
    match k {
        "could" => {
            if negated {
                return false; // "could not be reached", "could never"
            }
            // "could see it (possibly) happening" envisages; other uses are perception.
            let envisage = doc.is(Some(verb), &["see", "imagine"]) && doc.object_then_ing(verb);
            if ABILITY_VERBS.contains(vk) && !envisage {
                return false; // "Holmes could hear", "you could tell"
            }
            if vk == "be" && could_be_sure(doc, verb) {
                return false; // "how he could be so sure"
            }
            // Purpose, "so (that) they could attend", and the extent of an ability, "the
            // most he could do", "everything they could".
            let p = doc.prev(i);
            let subject_pronoun = doc.is(p, SUBJECT_PRONOUNS);
            if subject_pronoun {
                let pp = p.and_then(|p| doc.prev(p));
                let extent = [
                    "most",
                    "all",
                    "best",
                    "what",
                    "everything",
                    "anything",
                    "nothing",
                    "least",
                ];
                if doc.is(pp, &["so"])
                    || doc.is(pp, &extent)
                    || pp.is_some_and(|t| doc.is(Some(t), &["that"]) && result_clause(doc, t))
                {
                    return false;
                }
            }
            true
        }
        "may" => {
            // "come what may", "as the case may be".
            let p = doc.prev(i);
            let pp = p.and_then(|p| doc.prev(p));
            !(doc.is(p, &["what"]) && doc.is(pp, &["come"])
                || doc.is(p, &["case"]) && doc.is(pp, &["the"]))
        }
        _ => true,
    }
}

/// How far back from "that … could" a clause of sufficiency looks for its "enough".
const RESULT_WORDS: usize = 6;

/// "that" opens a clause of purpose or sufficiency, where "could" is an ability: "so that
/// they could", "enough delegates that they could force a showdown" (not "so vague that they
/// could apply to anyone", a possibility).
fn result_clause(doc: &Doc, that: usize) -> bool {
    let mut p = doc.prev(that);
    for _ in 0..RESULT_WORDS {
        match p {
            Some(x) if doc.is(Some(x), &["enough"]) => return true,
            Some(x) if x + 1 == that && doc.is(Some(x), &["so"]) => return true,
            Some(x) if doc.gap_after(x).chars().all(char::is_whitespace) => p = doc.prev(x),
            _ => return false,
        }
    }
    false
}

/// The word after a short parenthetical that follows word `j`: "may, in some cases, apply"
/// gives "apply".
pub(crate) fn after_parenthetical(doc: &Doc, j: usize) -> Option<usize> {
    if doc.gap_after(j).trim() != "," {
        return None;
    }
    let mut k = doc.next(j)?;
    for _ in 0..5 {
        let gap = doc.gap_after(k);
        if gap.trim() == "," {
            return doc.next(k);
        }
        if !gap.chars().all(char::is_whitespace) {
            return None;
        }
        k = doc.next(k)?;
    }
    None
}

/// "could be (so) sure / certain / confident": the ability to be certain, not a possibility.
pub(crate) fn could_be_sure(doc: &Doc, be: usize) -> bool {
    let mut j = be;
    for _ in 0..3 {
        let Some(n) = doc.next_joined(j) else {
            return false;
        };
        if doc.is(Some(n), &["sure", "certain", "confident", "positive"]) {
            return true;
        }
        if !doc.is(
            Some(n),
            &[
                "so",
                "too",
                "that",
                "as",
                "more",
                "completely",
                "absolutely",
                "quite",
                "entirely",
                "very",
                "fully",
            ],
        ) {
            return false;
        }
        j = n;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn epistemic_modals_are_hedges() {
        assert_eq!(
            kinds("The bug may spread. It might fail. Prices could rise. He could have left."),
            [
                ("may", HedgeKind::Modal),
                ("might", HedgeKind::Modal),
                ("could", HedgeKind::Modal),
                ("could", HedgeKind::Modal)
            ]
        );
    }
    #[test]
    fn adverbials_may_stand_between_modal_and_verb() {
        assert_eq!(
            cues("The bug could in theory spread. It may one day fail. It may, in some cases, apply."),
            ["could", "in theory", "may", "may"]
        );
    }
    #[test]
    fn could_not_be_reached_is_not_a_hedge() {
        assert!(cues("Apple representatives could not be reached. He couldn’t sweat. The signals could not differ more.").is_empty());
    }
    #[test]
    fn could_of_perception_or_ability_is_not_a_hedge() {
        assert!(cues(
            "You could tell we were getting tired. Holmes could hear the voice. The team could sense it."
        )
        .is_empty());
        assert_eq!(cues("He could see it happening soon."), ["could"]);
    }
    #[test]
    fn could_be_sure_is_not_a_hedge() {
        assert!(cues("She asked how he could be so sure where he was.").is_empty());
    }
    #[test]
    fn could_of_purpose_or_extent_is_not_a_hedge() {
        assert!(cues("She saved so that she could buy a house.").is_empty());
        assert!(cues("The most he could do was wait.").is_empty());
    }
    #[test]
    fn could_in_a_clause_of_result_is_not_a_hedge() {
        let t = "They need enough delegates that they could force a second ballot. She saved so that she could go.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
        assert_eq!(cues("He said that they could force a vote."), ["could"]);
    }
    #[test]
    fn may_the_month_or_name_is_not_a_hedge() {
        assert!(cues("The vote is in May. May 5 was sunny. Theresa May spoke.").is_empty());
    }
    #[test]
    fn might_the_noun_is_not_a_hedge() {
        assert!(
            cues("Russia showed its military might. The might of the navy is vast.").is_empty()
        );
        assert!(cues("Military might alone cannot win.").is_empty());
    }
    #[test]
    fn may_in_fixed_phrases_is_not_a_hedge() {
        assert!(cues("Be that as it may, we go. Come what may, they stay.").is_empty());
    }
    #[test]
    fn verb_phrase_ellipsis_is_not_a_hedge() {
        assert!(cues("He helped whenever he could.").is_empty());
    }
    #[test]
    fn would_should_can_will_are_not_hedges() {
        assert!(
            cues("It would help. You should go. We can win. They will leave. He must stay.")
                .is_empty()
        );
    }
}
