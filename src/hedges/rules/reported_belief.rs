//! thought as a reported softener: "said he thought", "… and thought".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::SAY_VERBS;

/// How many words of time ("on Sunday", "last week") may stand between "said" and "that".
const TIME_WORDS: usize = 3;

/// How far back "… and thought" looks for the reported statement it is coordinated with.
const LOOKBACK_WORDS: usize = 25;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    reported_belief(doc, hit.first).then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Frame))
}

/// thought as a reported softener: "said he thought", "said that she thought", "said he had
/// asked … and thought".
fn reported_belief(doc: &Doc, i: usize) -> bool {
    let not_epistemic = [
        "about", "of", "back", "through", "over", "twice", "highly", "hard",
    ];
    if doc.is(doc.next(i), &not_epistemic) {
        return false;
    }
    let p = doc.prev_joined(i);
    if doc.is(p, &["he", "she", "they", "we"]) {
        // "said he thought", "said (on Sunday) that she believed".
        let mut q = p.and_then(|p| doc.prev_joined(p));
        if doc.is(q, &["that"]) {
            q = q.and_then(|t| doc.prev_joined(t));
            for _ in 0..TIME_WORDS {
                if doc.is(q, SAY_VERBS) {
                    return true;
                }
                match q {
                    Some(x)
                        if doc.capitalized(x)
                            || doc.is(
                                Some(x),
                                &[
                                    "on",
                                    "last",
                                    "earlier",
                                    "later",
                                    "this",
                                    "week",
                                    "month",
                                    "year",
                                    "yesterday",
                                    "today",
                                    "recently",
                                    "repeatedly",
                                    "also",
                                    "publicly",
                                    "privately",
                                ],
                            ) =>
                    {
                        q = doc.prev_joined(x)
                    }
                    _ => return false,
                }
            }
        }
        return doc.is(q, SAY_VERBS);
    }
    if !doc.is(p, &["and"]) {
        return false;
    }
    // Coordinated with an earlier reported statement of the sentence: "said he …".
    let mut j = p;
    for _ in 0..LOOKBACK_WORDS {
        let Some(k) = j.and_then(|j| doc.prev(j)) else {
            return false;
        };
        if doc.is(Some(k), SAY_VERBS) && doc.is(doc.next_joined(k), &["he", "she", "they", "that"])
        {
            return true;
        }
        j = Some(k);
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn coordinated_reported_belief_is_a_hedge() {
        assert_eq!(
            cues("He said he had asked for funds and thought a deal was near."),
            ["thought"]
        );
    }
    #[test]
    fn said_on_a_day_that_he_believed_is_a_hedge() {
        assert_eq!(
            cues("Trump said Sunday that he believed the war would end. All of us believed it."),
            ["believed"]
        );
    }
}
