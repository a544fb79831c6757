//! Vague sources ("critics", "analysts", "one expert"): unanchored, maybe with a speech verb.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::sources::{
    appositive_or_predicate, audience, extend_left, indirect_question, members_named, source_scope,
    speech_after, speech_follows, speech_precedes,
};
use crate::hedges::Cand;

/// Any vague source ("critics").
pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    with_need(doc, hit, Need::Any)
}

/// A source that needs a speech context ("sources said").
pub(crate) fn speech(doc: &Doc, hit: Hit) -> Option<Cand> {
    with_need(doc, hit, Need::Speech)
}

/// A singular indefinite source in a speech context ("said one analyst").
pub(crate) fn one(doc: &Doc, hit: Hit) -> Option<Cand> {
    with_need(doc, hit, Need::One)
}

/// What a source phrase needs around it to count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Any,
    Speech,
    One,
}

fn with_need(doc: &Doc, hit: Hit, need: Need) -> Option<Cand> {
    let start = source(doc, need, hit.first, hit.last)?;
    Some(Cand::new(start, hit.last, hit.kind, source_scope(doc, start)).with_head(Some(hit.first)))
}

/// Vague sources; returns the first word of the source phrase.
fn source(doc: &Doc, need: Need, first: usize, last: usize) -> Option<usize> {
    let ext = extend_left(doc, first);
    if ext.anchored || audience(doc, ext.start) || indirect_question(doc, ext.start) {
        return None;
    }
    // "analysts at Goldman Sachs", "analysts polled by Reuters", "analyst Jane Roe".
    let n = doc.next_joined(last);
    let n2 = n.and_then(|n| doc.next_joined(n));
    let n3 = n2.and_then(|n| doc.next_joined(n));
    let named_after = doc.is(n, &["at", "from"])
        && (n2.is_some_and(|x| doc.capitalized(x))
            || doc.is(n2, &["the"]) && n3.is_some_and(|x| doc.capitalized(x)))
        || doc.is(n, &["polled", "surveyed"])
        || n.is_some_and(|x| doc.capitalized(x)) && need == Need::One;
    if named_after {
        return None;
    }
    let speech = speech_follows(doc, last) || speech_precedes(doc, ext.start);
    match need {
        // A plain plural needs to be a source: a quantifier ("some experts were wary"), or
        // a verb of saying or thinking ("critics of the plan say"); a noun in a list or an
        // object ("left supporters and critics uncertain") or a role ("their reputation as
        // security experts") is not one, nor a group whose members are named next.
        Need::Any => {
            let as_role = doc.is(doc.prev_joined(ext.start), &["as"]);
            let cited = speech || speech_after(doc, last) || ext.vague && !as_role;
            (cited && !members_named(doc, last)).then_some(ext.start)
        }
        Need::Speech => speech.then_some(ext.start),
        _ => (ext.indefinite && speech && !appositive_or_predicate(doc, ext.start))
            .then_some(ext.start),
    }
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn vague_sources_are_weasel_phrases() {
        let t = "The deal may grow, people familiar with the talks say. Two people briefed on the plan said it was done. Several security experts warned of it. A number of analysts say so. One London-based energy analyst said prices would rise.";
        let found: Vec<_> = kinds(t)
            .into_iter()
            .filter(|k| k.1 == HedgeKind::Weasel)
            .map(|k| k.0)
            .collect();
        assert_eq!(
            found,
            [
                "people familiar with the talks",
                "Two people briefed on the plan",
                "Several security experts",
                "A number of analysts",
                "One London-based energy analyst"
            ]
        );
    }
    #[test]
    fn the_audience_of_a_briefing_is_not_a_weasel() {
        assert!(
            cues("The chief executive told analysts on a call that demand was strong.").is_empty()
        );
    }
    #[test]
    fn relative_that_does_not_anchor_a_source() {
        assert_eq!(cues("It is a point that experts stress."), ["experts"]);
    }
    #[test]
    fn anchored_or_named_sources_are_not_weasels() {
        let t = "White House advisers say no. Goldman analysts expect gains. The experts agreed. Analysts at Nomura said so. Linux expert Jane Roe found it. Jane Roe, an expert in law, said no.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn critics_as_a_plain_noun_are_not_a_weasel_source() {
        let t = "The ruling left supporters and critics uncertain. He railed against censors, critics and cynics. Its reputation as security experts suffered.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn critics_who_say_or_call_are_a_weasel_source() {
        let t = "He rebuked critics who say the plan is late. Critics of the deal call it a giveaway. It alarmed legal experts, who worry that it is rushed.";
        assert_eq!(cues(t), ["critics", "Critics", "legal experts"]);
    }
    #[test]
    fn a_group_whose_members_are_named_is_not_a_weasel() {
        let t = "A group of 50 policy experts, including former envoy Jane Roe, signed a letter.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn sources_of_things_are_not_weasels() {
        assert!(cues("Oil and gas are sources of energy. He has a source of income.").is_empty());
        assert_eq!(cues("Sources said the deal was off."), ["Sources"]);
    }
}
