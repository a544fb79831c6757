//! "reports suggest", "according to reports", "there are reports that"; unnamed polls and
//! surveys alike ("polls consistently show").

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::sources::{extend_left, speech_precedes};
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::BE;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let (start, end) = reports(doc, hit.first)?;
    Some(Cand::new(start, end, hit.kind, Scope::Sentence))
}

/// "reports suggest", "according to reports", "there are reports that": the span runs
/// through the verb ("Reports are suggesting").
fn reports(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let ext = extend_left(doc, i);
    if ext.anchored {
        return None;
    }
    let start = ext.start;
    // Polls and surveys only as they show something ("according to exit polls" gives a
    // figure's source, not a claim's; "an average of polls" is someone's average).
    let polls = doc.is(Some(i), &["polls", "surveys"]);
    if polls && doc.is(doc.prev_joined(start), &["of"]) {
        return None;
    }
    if speech_precedes(doc, start) && !polls {
        return Some((start, i));
    }
    let n = doc.next_joined(i)?;
    if doc.is(Some(n), &["that"]) {
        let p = doc.prev(start);
        return (doc.is(p, BE) || start < i).then_some((start, i));
    }
    let mut j = i;
    for _ in 0..3 {
        let n = doc.next_joined(j)?;
        if doc.is(
            Some(n),
            &[
                "say",
                "said",
                "says",
                "suggest",
                "suggested",
                "suggesting",
                "suggests",
                "indicate",
                "indicated",
                "indicating",
                "claim",
                "claimed",
                "claiming",
                "state",
                "stated",
                "allege",
                "alleged",
                "show",
                "shows",
                "showed",
                "shown",
                "find",
                "found",
            ],
        ) {
            return Some((start, n));
        }
        let adverb = doc.key(n).ends_with("ly") && doc.key(n).len() > 4;
        if !(adverb || doc.is(Some(n), &["are", "were", "have", "had", "also", "now"])) {
            return None;
        }
        j = n;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn reports_without_a_source_verb_are_not_weasels() {
        assert!(cues("There have been no reports of attacks.").is_empty());
        assert_eq!(cues("According to reports, he left."), ["reports"]);
    }
    #[test]
    fn unnamed_polls_that_show_something_are_weasels() {
        let t = "Polls consistently show the race is close. The Hartwell polls show a lead. Polls close at eight.";
        assert_eq!(cues(t), ["Polls consistently show"]);
    }
}
