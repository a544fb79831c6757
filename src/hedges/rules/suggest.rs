//! suggest as a tentative statement or evidence ("results suggest"), not a proposal.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{DETERMINERS, FINITE, SUBJECT_PRONOUNS};
use crate::lexicon::EVIDENCE_NOUNS;

/// How far into its complement clause "suggest" looks for a finite or subjunctive verb.
const CLAUSE_WORDS: usize = 10;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    suggest(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// suggest as a tentative statement or evidence, not a proposal.
fn suggest(doc: &Doc, i: usize) -> bool {
    let n = doc.next(i);
    if doc.is(n, &["to"])
        || n.is_some_and(|n| doc.key(n).ends_with("ing") && doc.key(n) != "nothing")
    {
        return false; // "suggested to him", "suggested meeting"
    }
    // Evidence as subject: "results (also) suggest".
    let between = [
        "also", "strongly", "may", "might", "could", "would", "seem", "seems", "to", "all", "both",
        "further", "only",
    ];
    let mut p = doc.prev(i);
    for _ in 0..3 {
        match p {
            Some(x) if doc.in_set(Some(x), &EVIDENCE_NOUNS) => return true,
            Some(x) if doc.is(Some(x), &between) => p = doc.prev(x),
            _ => break,
        }
    }
    // The complement clause: a subjunctive ("be", "should", or a present verb after a past
    // "suggested": "suggested that the two boards publish") is a proposal; an indicative
    // ("had failed", "was", "misled") a tentative statement.
    let past = doc.is(Some(i), &["suggested"]);
    let has_that = doc.is(n, &["that"]);
    let mut j = if has_that { n } else { Some(i) };
    for _ in 0..CLAUSE_WORDS {
        let Some(k) = j.and_then(|j| doc.next(j)) else {
            break;
        };
        if doc.gap_after(k - 1).contains(['.', ';', ':', '?', '!']) {
            break;
        }
        if doc.is(Some(k), &["be", "should"]) {
            return false; // "suggested the meeting be held", "suggested that they should"
        }
        if doc.is(Some(k), FINITE) {
            return true;
        }
        let key = doc.key(k);
        let after_determiner = doc.is(doc.prev(k), DETERMINERS);
        if past && key.ends_with("ed") && !after_determiner && k > i + 2 {
            return true; // "suggested that the firm overstated"
        }
        j = Some(k);
    }
    (has_that && !past) || doc.is(n, SUBJECT_PRONOUNS)
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn suggest_as_proposal_is_not_a_hedge() {
        assert!(cues("He suggested the meeting be held in Paris. She suggested a compromise. They suggested meeting early.").is_empty());
        assert_eq!(
            cues("He suggested that the talks had failed."),
            ["suggested"]
        );
    }
    #[test]
    fn suggested_with_a_subjunctive_is_a_proposal() {
        assert!(cues("She suggested that the two boards publish their data.").is_empty());
        assert_eq!(
            cues("She suggested that the firm overstated its data."),
            ["suggested"]
        );
    }
}
