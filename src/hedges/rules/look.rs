//! look with an expletive or neuter subject ("it looks fair", "looks like").

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    Some(Cand::new(
        hit.first,
        look(doc, hit.first)?,
        hit.kind,
        Scope::Clause,
    ))
}

/// look with an expletive or neuter subject and an adjective or like: "it looks fair",
/// "which analysts say looks likely". Returns the last word of the cue ("looks like").
fn look(doc: &Doc, i: usize) -> Option<usize> {
    let subjects = [
        "it",
        "this",
        "that",
        "things",
        "everything",
        "which",
        "it's",
        "that's",
        "what",
    ];
    let mut p = doc.prev_joined(i);
    // A parenthetical source between subject and verb: "which analysts say looks".
    if doc.is(
        p,
        &[
            "say", "says", "said", "believe", "believes", "think", "thinks",
        ],
    ) {
        let mut q = p.and_then(|p| doc.prev_joined(p));
        for _ in 0..3 {
            if doc.is(q, &subjects) {
                p = q;
                break;
            }
            q = q.and_then(|q| doc.prev_joined(q));
        }
    }
    let it_is = doc.is(p, &["is", "was", "be", "been"])
        && doc.is(
            p.and_then(|p| doc.prev_joined(p)),
            &["it", "things", "this"],
        );
    let n = doc.next_joined(i)?;
    // "looks set to", "look poised to", "looks likely to": an appearance of what will be,
    // whatever the subject ("the bill looks set to pass").
    let bound = doc.is(
        Some(n),
        &["set", "poised", "likely", "unlikely", "certain", "destined"],
    ) && doc.is(doc.next_joined(n), &["to"])
        && !doc.is(Some(i), &["looking"]);
    if bound {
        return Some(if doc.key(n).ends_with("likely") { n } else { i });
    }
    if !(doc.is(p, &subjects) || it_is) {
        return None;
    }
    let nk = doc.key(n);
    match nk {
        "like" | "likely" | "unlikely" => Some(n),
        "set" | "increasingly" | "more" | "less" | "certain" | "poised" => Some(i),
        "as" => doc.is(doc.next_joined(n), &["if", "though"]).then_some(i),
        _ => {
            let particles = [
                "forward",
                "back",
                "ahead",
                "away",
                "closely",
                "carefully",
                "further",
                "beyond",
                "elsewhere",
                "around",
                "into",
                "after",
                "over",
                "through",
                "again",
            ];
            let adjective = doc.is_content(n) && !contains(&particles, nk) && !nk.ends_with("ing");
            adjective.then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn look_of_a_person_or_looking_at_is_not_a_hedge() {
        assert!(cues(
            "The goalie looked strong. They avoid looking at the standings. It looks at the data."
        )
        .is_empty());
    }
    #[test]
    fn looks_set_to_with_any_subject_is_a_hedge() {
        assert_eq!(
            cues("The bill looks set to pass. Shares look poised to rise."),
            ["looks", "look"]
        );
    }
    #[test]
    fn look_after_a_parenthetical_source_is_a_hedge() {
        assert_eq!(
            cues("They may strike, which analysts say looks increasingly likely."),
            ["may", "analysts", "looks", "likely"]
        );
    }
}
