//! Nouns of conjecture with their content: "one theory is that", "a few theories about the
//! fire", "the impression that", "suggestions that the mayor knew", "the prospect of a
//! brokered convention", "a reasonable assumption that"; not "political theory", "theories
//! of change", "a good impression", "his suggestion that the meeting be moved" (a proposal).

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{BE, FINITE};

/// How far into a that-clause a proposal's "be" or "should" is looked for.
const CLAUSE_WORDS: usize = 8;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    conjecture(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Frame))
}

fn conjecture(doc: &Doc, i: usize) -> bool {
    let k = doc.key(i);
    let p = doc.prev_joined(i);
    if doc.capitalized(i) && !doc.clause_initial(i) {
        return false; // a title or name
    }
    if k.starts_with("guess") && p.is_some_and(|p| doc.key(p).ends_with("'s")) {
        return false; // "anyone's guess": a statement about uncertainty
    }
    // The content: a that-clause, maybe after "is" or a sentence adverb ("the assumption
    // then that"), or "about" / "as to" / "on".
    let mut n = doc.next_joined(i);
    if doc.is(n, &["then", "now", "here", "being", "is", "was", "remains"]) {
        n = n.and_then(|n| doc.next_joined(n));
    }
    if doc.is(p, &["conspiracy"]) {
        return false; // "a conspiracy theory that …": a label for a claim, not a hedge on it
    }
    if let Some(that) = n.filter(|&t| doc.is(Some(t), &["that"])) {
        // A content clause, not a relative one ("theories that have come to dominate").
        let after = doc.next_joined(that);
        let relative = after.is_some_and(|a| {
            let ak = doc.key(a);
            contains(FINITE, ak) || contains(BE, ak) || ak.ends_with("ed")
        });
        let proposed = k.starts_with("suggestion") && proposal(doc, that);
        return !(relative || proposed);
    }
    if k.starts_with("prospect") {
        return doc.is(doc.next_joined(i), &["of"]) && k == "prospect";
    }
    if k.starts_with("theor") || k.starts_with("hypothes") {
        let about = doc.is(doc.next_joined(i), &["about", "on"])
            || doc.is(doc.next_joined(i), &["as"])
                && doc.is(doc.next_joined(i).and_then(|a| doc.next_joined(a)), &["to"]);
        let counted = doc.is(
            p,
            &["one", "another", "few", "several", "competing", "various"],
        );
        return about || counted && !doc.is(doc.next_joined(i), &["of"]);
    }
    false
}

/// A that-clause with a subjunctive or "should": a proposal ("that the meeting be moved").
fn proposal(doc: &Doc, that: usize) -> bool {
    let mut j = that;
    for _ in 0..CLAUSE_WORDS {
        let Some(k) = doc.next_joined(j) else {
            return false;
        };
        if doc.is(Some(k), &["be", "should"]) {
            return true;
        }
        if contains(FINITE, doc.key(k)) || contains(BE, doc.key(k)) {
            return false;
        }
        j = k;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn speculation_nouns_with_their_content_are_hedges() {
        let t = "One theory is that the pipe froze. There are a few theories about the fire. Voters had the impression that he lied. There were suggestions that the mayor knew. It is a fair assumption then that prices rise. The prospect of a strike loomed.";
        assert_eq!(
            cues(t),
            [
                "theory",
                "theories",
                "impression",
                "suggestions",
                "assumption",
                "prospect"
            ]
        );
    }
    #[test]
    fn nouns_of_conjecture_without_content_are_not_hedges() {
        let t = "She teaches political theory. Their theories of change differ. He made a good impression. Her suggestion that the vote be delayed won. His prospects improved. Who wins is anyone's guess. He pushed the conspiracy theory that the vote was rigged. The theories that have shaped policy are old.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
