//! appear + to-infinitive, that-clause or adjective; not "appeared in court".

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    appear(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

/// appear + to-infinitive, that-clause or adjective; not "appeared in court".
fn appear(doc: &Doc, i: usize) -> bool {
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let n2 = doc.next_joined(n);
    let nk = doc.key(n);
    match nk {
        // "appears to have", "appears to either be" (an adverb may split the infinitive).
        "to" => n2.is_some_and(|v| {
            let adverb = doc.key(v).ends_with("ly")
                || doc.is(
                    Some(v),
                    &[
                        "either", "also", "not", "even", "still", "just", "only", "now",
                    ],
                );
            doc.is_bare_verb(v) && !doc.is(Some(v), &["either"])
                || adverb && doc.next_joined(v).is_some_and(|w| doc.is_bare_verb(w))
        }),
        "that" | "likely" | "unlikely" | "set" | "poised" | "certain" | "increasingly" | "more"
        | "less" | "ready" | "unable" | "willing" | "close" | "headed" | "destined" | "not" => true,
        "as" => doc.is(n2, &["if", "though"]),
        _ => {
            let stop = [
                "again",
                "live",
                "alongside",
                "together",
                "onstage",
                "here",
                "there",
                "briefly",
                "regularly",
                "frequently",
                "often",
                "twice",
                "once",
                "publicly",
                "virtually",
                "remotely",
                "online",
                "today",
                "yesterday",
                "tomorrow",
                "tonight",
                "first",
                "last",
                "later",
                "earlier",
                "nightly",
                "weekly",
            ];
            if !doc.is_content(n) || contains(&stop, nk) {
                return false;
            }
            if nk.ends_with("ly") {
                return n2.is_some_and(|a| doc.is_content(a)); // "appeared visibly shaken"
            }
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn appear_in_a_place_is_not_a_hedge() {
        assert!(cues("He appeared in court on Monday. She appears regularly on TV.").is_empty());
        assert_eq!(cues("He appeared tired."), ["appeared"]);
    }
    #[test]
    fn appears_to_with_a_split_infinitive_is_a_hedge() {
        assert_eq!(
            cues("The senator appears to either be confused or to simply not care."),
            ["appears"]
        );
    }
}
