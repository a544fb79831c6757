//! A cue that is a hedge wherever it stands ("reportedly", "speculation").

use super::{default_scope, Hit};
use crate::hedges::doc::Doc;
use crate::hedges::Cand;

/// Accepts the cue; attributive adjectives and distancing words claim their noun phrase.
pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    Some(Cand::new(
        hit.first,
        hit.last,
        hit.kind,
        default_scope(doc, hit.kind, hit.last),
    ))
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn hedging_adverbs_and_adjectives_are_hedges() {
        let t = "The plan is possibly flawed, perhaps fatally. A potential deal is likely to fail, he would likely say; reportedly, an apparent leak came first.";
        assert_eq!(
            cues(t),
            [
                "possibly",
                "perhaps",
                "potential",
                "likely",
                "likely",
                "reportedly",
                "apparent"
            ]
        );
        assert_eq!(kinds("She would likely lose.")[0].1, HedgeKind::Adverb);
        assert_eq!(kinds("She is likely to lose.")[0].1, HedgeKind::Adjective);
    }
    #[test]
    fn verbs_of_tentativeness_are_hedges() {
        let t = "The results suggest a link. It seems late. He appears to agree. It looks likely. They tend to win. The drug is not thought to harm anyone.";
        assert_eq!(
            cues(t),
            [
                "suggest",
                "seems",
                "appears",
                "looks likely",
                "tend to",
                "thought to"
            ]
        );
    }
    #[test]
    fn nouns_of_possibility_are_hedges() {
        assert_eq!(
            cues("Speculation grew about the possibility of a deal and his chances of winning."),
            ["Speculation", "possibility", "chances"]
        );
    }
    #[test]
    fn commitment_short_of_certain_is_a_hedge() {
        let t = "She will almost certainly win. He is all but certain to lose. It is certain.";
        assert_eq!(cues(t), ["almost certainly", "all but certain"]);
    }
    #[test]
    fn no_doubt_is_certainty_not_a_hedge() {
        let t = "There is no doubt that he won. He will no doubt appeal. Doubts remain.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
    #[test]
    fn boosters_are_not_hedges() {
        assert!(
            cues("The bill will certainly pass. It definitely works. Clearly, he knew.").is_empty()
        );
    }
}
