//! "officials who spoke on condition of anonymity": the source phrase before the formula.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::sources::extend_left;
use crate::hedges::{Cand, Scope};
use crate::lexicon::VAGUE_WORDS;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let (start, head) = anonymous_parts(doc, hit.first);
    let start = match head {
        Some(h) => {
            let ext = extend_left(doc, h);
            if ext.anchored {
                h
            } else {
                ext.start
            }
        }
        None => set_off_source(doc, start).unwrap_or(start),
    };
    Some(Cand::new(start, hit.last, hit.kind, Scope::Sentence).with_head(head))
}

/// How far back before the comma the source phrase of a set-off formula may start.
const SOURCE_WORDS: usize = 8;

/// "An Israeli official, speaking on the condition of anonymity", "said one Republican
/// involved in the planning, who spoke on condition of anonymity": the formula follows a
/// comma, and the source phrase before it opens with an indefinite or a quantifier.
fn set_off_source(doc: &Doc, start: usize) -> Option<usize> {
    let comma = doc
        .prev(start)
        .filter(|&c| doc.gap_after(c).trim() == ",")?;
    let mut j = comma;
    for _ in 0..SOURCE_WORDS {
        if doc.in_set(Some(j), &VAGUE_WORDS) && !doc.is(Some(j), &["other", "top", "senior"]) {
            return Some(j);
        }
        j = doc.prev_joined(j)?;
    }
    None
}

/// The start of "(who) spoke on condition …" and the head noun before "who", if any.
pub(crate) fn anonymous_parts(doc: &Doc, first: usize) -> (usize, Option<usize>) {
    let mut start = first;
    let speaking = ["spoke", "speaking", "talking", "talked", "spoken"];
    if let Some(p) = doc
        .prev_joined(start)
        .filter(|&p| doc.is(Some(p), &speaking))
    {
        start = p;
        if let Some(q) = doc
            .prev_joined(start)
            .filter(|&q| doc.is(Some(q), &["were", "was", "had"]))
        {
            start = q;
        }
    }
    if doc.is(Some(start), &["who"]) {
        return (start, doc.prev_joined(start).filter(|&h| doc.is_content(h)));
    }
    match doc
        .prev_joined(start)
        .filter(|&w| doc.is(Some(w), &["who"]))
    {
        Some(w) => (w, doc.prev_joined(w).filter(|&h| doc.is_content(h))),
        None => (start, None),
    }
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn anonymous_officials_are_weasels() {
        assert_eq!(
            cues("Two officials who spoke on condition of anonymity confirmed the plan."),
            ["Two officials who spoke on condition of anonymity"]
        );
    }

    #[test]
    fn a_source_set_off_by_a_comma_before_the_formula_is_a_weasel() {
        let t = "An Israeli official, speaking on the condition of anonymity, said so. “It will be ugly,” said one Republican involved in the planning, who spoke on condition of anonymity.";
        assert_eq!(
            cues(t),
            [
                "An Israeli official, speaking on the condition of anonymity",
                "one Republican involved in the planning, who spoke on condition of anonymity"
            ]
        );
    }

    // --- false-positive classes, one test each
}
