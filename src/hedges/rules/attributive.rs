//! Epistemic adjectives before their noun: "suspected diet pills", "the supposed benefits",
//! "a rumored deal", "the reputed mob boss", "a putative heir"; and "suspected" as a passive
//! evidential ("is suspected of fraud"). Not the verbs ("police suspected arson", "he
//! supposed so") nor "was supposed to" (an obligation).

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::rules::passive_belief::after_be;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{is_possessive_key, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let i = hit.first;
    let n = doc.next_joined(hit.last)?;
    if doc.is(Some(i), &["suspected", "reputed"])
        && after_be(doc, i)
        && doc.is(Some(n), &["of", "to"])
    {
        return Some(Cand::new(i, hit.last, hit.kind, Scope::Clause)); // "is suspected of"
    }
    attributive(doc, i, n).then(|| Cand::new(i, hit.last, hit.kind, Scope::Phrase))
}

/// Before its noun ("suspected pills", "the supposed benefits"), and not the verb of a
/// subject just before it ("Police suspected arson", "he supposed", "who suspected").
fn attributive(doc: &Doc, i: usize, n: usize) -> bool {
    let adverb = doc.key(n).ends_with("ly"); // "and suspected immediately that"
    if !(doc.is_content(n) || doc.capitalized(n)) || adverb || doc.is(Some(n), &["to", "that"]) {
        return false;
    }
    let Some(p) = doc.prev_joined(i) else {
        // First in its sentence: "Suspected looters were held" (a noun follows).
        return doc.clause_initial(i) && !doc.is(Some(n), DETERMINERS);
    };
    let k = doc.key(p);
    if doc.is(Some(p), DETERMINERS)
        || is_possessive_key(k)
        || doc.is(Some(p), PREPOSITIONS)
        || doc.is(
            Some(p),
            &["and", "or", "two", "three", "several", "many", "some"],
        )
        || k.chars().all(|c| c.is_ascii_digit())
    {
        return true;
    }
    // A subject just before makes it the verb.
    let subject = doc.is(Some(p), SUBJECT_PRONOUNS)
        || doc.is(Some(p), &["who", "which", "that"])
        || doc.capitalized(p)
        || k.ends_with('s') && !k.ends_with("ss");
    // Otherwise a verb before it takes the noun phrase as its object ("found suspected
    // pills", "seized suspected drugs").
    !subject && doc.is_content(p) && !doc.is(Some(n), DETERMINERS)
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn epistemic_adjectives_before_a_noun_are_hedges() {
        let t = "Police found suspected diet pills. The supposed benefits never came. A rumored merger lifted shares. He met the reputed boss of the gang. She is suspected of fraud.";
        assert_eq!(
            cues(t),
            ["suspected", "supposed", "rumored", "reputed", "suspected"]
        );
        assert_eq!(claim_of(t, "supposed"), "supposed benefits");
    }
    #[test]
    fn the_verbs_and_supposed_to_are_not_hedges() {
        let t = "Investigators suspected arson. He suspected that she knew. They were supposed to vote. I supposed so. Officers suspected the driver. He heard shots and suspected immediately that it was a raid.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
