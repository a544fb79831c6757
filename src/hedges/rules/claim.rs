//! claim with content, as distancing: a noun claims its phrase, a verb the sentence.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{is_possessive_key, DETERMINERS, FINITE, PREPOSITIONS};
use crate::lexicon::CLAIM_COMPOUNDS;

/// How far after "claim" a finite verb shows a complement clause ("claim the bug may pose").
const CLAUSE_WORDS: usize = 6;

/// Words that open a subordinate clause.
const CLAUSE_WORDS_OPENING: &[&str] = &["when", "while", "because", "if", "unless", "until"];

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    Some(Cand::new(
        hit.first,
        hit.last,
        hit.kind,
        claim(doc, hit.first)?,
    ))
}

/// claim with content, as distancing; returns the scope (a noun qualifies its phrase, a
/// verb the sentence).
fn claim(doc: &Doc, i: usize) -> Option<Scope> {
    let p = doc.prev(i);
    let n = doc.next(i);
    if doc.in_set(p, &CLAIM_COMPOUNDS) || doc.in_set(doc.next_joined(i), &CLAIM_COMPOUNDS) {
        return None; // "jobless claims", "claims process"
    }
    let possessive = p.is_some_and(|p| is_possessive_key(doc.key(p)));
    // "which claims it has sold": a relative pronoun is the verb's subject.
    let noun_before = doc.is(p, DETERMINERS) && !doc.is(p, &["which", "that"]) || possessive;
    if doc.is(n, &["that"]) {
        return Some(Scope::Frame); // "claimed that …": what is claimed
    }
    // Someone's claim is an assertion ("his claims were false", "Kaine’s Claim Clinton
    // Talks"), unless it is a claim on, to or for something ("her claim to the estate").
    if possessive
        && !doc.is(n, &["on", "for", "against", "over", "to"])
        && doc.next_joined(i).is_some()
    {
        return Some(Scope::Phrase);
    }
    let noun_scope = if noun_before {
        Scope::Phrase
    } else {
        Scope::Sentence
    };
    if doc.is(n, &["that"]) {
        return Some(Scope::Sentence);
    }
    if doc.is(n, &["to"]) {
        return n
            .and_then(|n| doc.next_joined(n))
            .filter(|&v| doc.is_bare_verb(v))
            .map(|_| Scope::Sentence);
    }
    if doc.is(n, &["of", "about"]) {
        return Some(Scope::Phrase);
    }
    if doc.is(n, &["he", "she", "they", "it", "we", "i", "you"]) && !noun_before {
        return Some(Scope::Sentence);
    }
    if doc.next_joined(i).is_none() {
        // Phrase end: a noun after a determiner or adjective ("these claims.", "false claims").
        // "false claims", "Republican claims." (a name's claims, mid-sentence).
        let adjective = p.is_some_and(|p| {
            doc.is_content(p) && !doc.is(Some(p), &["to"])
                || doc.capitalized(p) && !doc.clause_initial(p)
        });
        return (noun_before || adjective).then_some(Scope::Phrase);
    }
    // A clause follows: a finite verb before the next punctuation ("claim the bug may pose").
    // A finite verb after a preposition or subordinator belongs to another clause ("claim
    // victory before the votes were counted").
    // For the verb, a finite verb after an adjunct belongs to another clause ("claim victory
    // before the votes were counted"), though its that-clause may follow one ("claimed at
    // one point that"); a noun's phrase may hold one ("the claims in the suit are false").
    let mut j = i;
    let mut adjunct = false;
    for _ in 0..CLAUSE_WORDS {
        let k = doc.next_joined(j)?;
        if adjunct && doc.is(Some(k), &["that"]) {
            return Some(Scope::Sentence);
        }
        if doc.is(Some(k), FINITE) {
            return (!adjunct).then_some(noun_scope);
        }
        if !noun_before && (doc.is(Some(k), PREPOSITIONS) || doc.is(Some(k), CLAUSE_WORDS_OPENING))
        {
            adjunct = true;
        }
        j = k;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn claim_without_content_is_not_distancing() {
        assert!(cues("Both sides can claim an easy victory. The group claimed responsibility for it. Jobless claims fell. He did not claim victory before the votes were counted.").is_empty());
        assert_eq!(
            cues("He claimed he was innocent. These claims are false."),
            ["claimed", "claims"]
        );
    }
    #[test]
    fn a_named_or_possessed_claim_is_distancing() {
        let t = "It could blunt Republican claims. Media Mock Kaine’s Claim Clinton ‘Talks To the Press’. Her claim to the estate failed.";
        assert_eq!(cues(t), ["could", "claims", "Claim"]);
    }
    #[test]
    fn an_organisation_claiming_is_distancing() {
        let t = "The company claims the product is safe. Vantor Labs has claimed that the leak was small. The firm, which claims it did nothing wrong, appealed. The ministry claims to have fixed it.";
        assert_eq!(cues(t), ["claims", "claimed", "claims", "claims"]);
    }
    #[test]
    fn distancing_words_are_hedges() {
        let t = "The alleged fraud, which he allegedly ran, was a so-called scheme. Critics claim the money is gone.";
        assert_eq!(
            kinds(t),
            [
                ("alleged", HedgeKind::Distancing),
                ("allegedly", HedgeKind::Distancing),
                ("so-called", HedgeKind::Distancing),
                ("Critics", HedgeKind::Weasel),
                ("claim", HedgeKind::Distancing)
            ]
        );
    }
}
