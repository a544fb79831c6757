//! Unnamed people as a source ("two bankers who work in the sector said", "scientists
//! think", "say economists").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::sources::{
    appositive_or_predicate, audience, extend_left, indirect_question, members_named, named_after,
    not_the_speaker, relative_clause_end, source_scope, speech_after, speech_follows,
    speech_precedes_source,
};
use crate::hedges::Cand;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let (start, end) = person(doc, hit.first)?;
    Some(Cand::new(start, end, hit.kind, source_scope(doc, start)).with_head(Some(hit.first)))
}

/// Unnamed people as a source. With a vague quantifier or modifier and a speech context,
/// maybe past a relative clause ("two bankers who work in the sector", "according to a
/// person who has seen the minutes", "independent researchers said"); a bare plural only
/// right beside its verb of saying or thinking ("scientists think", "say economists"), since
/// anything between ("scientists advising the commission") may tie them to someone. Returns
/// the phrase's words.
fn person(doc: &Doc, head: usize) -> Option<(usize, usize)> {
    let ext = extend_left(doc, head);
    if ext.anchored
        || audience(doc, ext.start)
        || appositive_or_predicate(doc, ext.start)
        || indirect_question(doc, ext.start)
        || not_the_speaker(doc, ext.start)
        || named_after(doc, head)
        || members_named(doc, head)
    {
        return None;
    }
    if doc.capitalized(head) && !doc.clause_initial(head) {
        return None; // a name: "People" magazine
    }
    let end = relative_clause_end(doc, head);
    if !ext.vague {
        let plural = doc.key(head).ends_with('s') || doc.key(head) == "people";
        let beside = speech_follows(doc, head) || speech_precedes_source(doc, ext.start, head);
        if plural && beside {
            return Some((ext.start, head));
        }
        // "Residents who watched the fire said": a relative clause describes them; one that
        // names someone ("who work for Acme") may tie them to it.
        let named = (head + 1..=end).any(|w| doc.capitalized(w));
        let described = end > head && !named && speech_follows(doc, end);
        return (plural && described).then_some((ext.start, end));
    }
    let speech = speech_precedes_source(doc, ext.start, end)
        || speech_follows(doc, end)
        || speech_after(doc, end);
    speech.then_some((ext.start, end))
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn unnamed_people_in_a_speech_context_are_weasels() {
        let t = "According to two bankers who work in the sector, a deal is near. Independent researchers said it was flawed. Two people died.";
        assert_eq!(
            cues(t),
            [
                "two bankers who work in the sector",
                "Independent researchers"
            ]
        );
    }
    #[test]
    fn named_people_are_not_weasels() {
        let t = "Two Republican aides said no. The researchers said yes. Jane Roe, a lawyer who knows him, said so.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn a_bare_group_beside_its_verb_of_thinking_is_a_weasel() {
        let t = "Scientists think the shelf will break up. The rally is over, say economists. Residents who saw the fire said it spread fast.";
        assert_eq!(
            cues(t),
            ["Scientists", "economists", "Residents who saw the fire"]
        );
    }
    #[test]
    fn a_bare_group_tied_by_what_follows_is_not_a_weasel() {
        let t =
            "Scientists advising the commission have warned of it. Nobody asked what people think.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn a_quantified_source_past_a_parenthetical_is_a_weasel() {
        let t = "Some economists - including two on the board - warn that rates could rise.";
        assert_eq!(cues(t), ["Some economists", "could"]);
    }
}
