//! Groups by allegiance or stance as a source: "Clinton supporters point out", "some party
//! figures concluded", "loyalists were adamant that", "said one Republican involved in the
//! planning".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::sources::{
    appositive_or_predicate, audience, coordinated_aside, extend_left_group, indirect_question,
    members_named, not_the_speaker, relative_clause_end, source_scope, speech_after_from,
    speech_precedes_source,
};
use crate::hedges::Cand;

/// A plural group ("supporters", "Democrats", "voices").
pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let (start, end) = group(doc, hit.first, false)?;
    Some(Cand::new(start, end, hit.kind, source_scope(doc, start)).with_head(Some(hit.first)))
}

/// One member of such a group, indefinite ("one Republican involved in the planning").
pub(crate) fn one(doc: &Doc, hit: Hit) -> Option<Cand> {
    let (start, end) = group(doc, hit.first, true)?;
    Some(Cand::new(start, end, hit.kind, source_scope(doc, start)).with_head(Some(hit.first)))
}

/// Words of a participle phrase after a singular source ("involved in the planning").
const PARTICIPLE_WORDS: usize = 5;

/// A group cited as a source: not anchored by a determiner, a possessive or an institution
/// ("his supporters", "Trump's allies", "Senate Democrats"), not the audience, not described
/// and then named ("backers, including Jane Roe"), with a verb of saying or thinking or a held
/// view after it, or a verb of saying right before it. A name before the group only says
/// whom they side with ("Sanders supporters"). Returns the phrase's words.
fn group(doc: &Doc, head: usize, single: bool) -> Option<(usize, usize)> {
    let ext = extend_left_group(doc, head);
    if ext.anchored
        || audience(doc, ext.start)
        || appositive_or_predicate(doc, ext.start)
        || indirect_question(doc, ext.start)
        || not_the_speaker(doc, ext.start)
        || single && !ext.indefinite
        || single && doc.next_joined(head).is_some_and(|n| doc.capitalized(n))
    {
        return None;
    }
    let mut end = relative_clause_end(doc, head);
    if single && end == head {
        // "one Republican involved in the planning": a participle phrase up to punctuation.
        if let Some(p) = doc
            .next_joined(head)
            .filter(|&p| doc.key(p).ends_with("ed"))
        {
            end = p;
            for _ in 0..PARTICIPLE_WORDS {
                match doc.next_joined(end) {
                    Some(k) if doc.is_content(k) || doc.is(Some(k), &["the", "a", "in", "on"]) => {
                        end = k
                    }
                    _ => break,
                }
            }
        }
    }
    let aside = coordinated_aside(doc, end);
    if let Some(close) = aside {
        end = close; // "Democrats — and some Republicans — say"
    }
    if members_named(doc, end) {
        return None;
    }
    (speech_precedes_source(doc, ext.start, end) || speech_after_from(doc, end, aside.is_some()))
        .then_some((ext.start, end))
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn a_group_by_allegiance_is_a_weasel_source() {
        let t = "Many Harlow supporters say the vote was close. Other voices counter that it was not. Loyalists were adamant that he would stay.";
        assert_eq!(
            cues(t),
            ["Many Harlow supporters", "Other voices", "Loyalists"]
        );
    }
    #[test]
    fn a_party_named_as_a_group_is_a_weasel_source() {
        let t = "The surge, which Democrats say could help him, is new. Democrats — and some Republicans — say the plan is dead.";
        assert_eq!(
            cues(t),
            ["Democrats", "could", "Democrats — and some Republicans"]
        );
    }
    #[test]
    fn one_member_of_a_group_is_a_weasel_source() {
        let t = "“It will be ugly,” said one Republican involved in the planning.";
        assert_eq!(cues(t), ["one Republican involved in the planning"]);
    }
    #[test]
    fn an_anchored_or_addressed_group_is_not_a_weasel() {
        let t = "His supporters say no. Senate Democrats said they would vote. She told supporters that she would run. Backers, including Jane Roe, said yes. Supporters cheered.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
