//! The named features a speaker candidate is scored by. Each candidate gets a value for
//! every feature (most are 0 or 1); its score is the dot product with the weights of
//! `data/attribution_weights.txt`, which `build.rs` compiles in the order of [`FEATURES`]
//! (a weight for a name not listed here fails the build). `eval/fit_weights.py` fits the
//! weights on PolNeAR train.

/// Every feature, by the name the weights file uses. `build.rs` reads this table: keep one
/// name a line.
pub const FEATURES: [&str; N] = [
    // How the candidate was found, for a reporting cue.
    "cue_left",
    "cue_apposition",
    "cue_inverted",
    "cue_inverted_clause_end",
    "cue_agent",
    "cue_participle_sentence",
    "cue_participle_subject",
    "cue_coordinated_sentence",
    "cue_coordinated_subject",
    "cue_clause_subject",
    "cue_pronoun_sentence",
    "cue_according_to_name",
    "cue_according_to_phrase",
    // How the candidate was found, for a quote.
    "quote_post_cue",
    "quote_pre_cue",
    "quote_pre_cue_near",
    "quote_later_cue",
    "quote_continues_paragraph",
    "quote_continues_previous_paragraph",
    "quote_colon_subject",
    "quote_sentence_subject",
    "quote_previous_sentence_subject",
    "quote_dash_name",
    "quote_colon_cue",
    "quote_nominal_frame",
    // The mention.
    "mention_full_name",
    "mention_short_name",
    "mention_pronoun",
    "mention_description",
    "mention_title_only",
    // What the speaker is.
    "kind_person",
    "kind_organisation",
    "kind_group",
    "kind_document",
    "kind_anonymous",
    "kind_place",
    // Where it is.
    "words_apart",
    "sentences_apart",
    "paragraphs_apart",
    "inside_quote",
    // Salience: spoke before, mentioned often.
    "spoke_before",
    "mentions",
    // For a pronoun: which of its possible antecedents (0 the nearest fitting one), whether
    // that antecedent was a subject, whether it spoke before.
    "pronoun_rank",
    "antecedent_subject",
    "antecedent_spoke",
    "antecedent_previous_subject",
    // The cue the candidate comes with.
    "cue_rule_always",
    "cue_rule_content",
    "cue_is_participle",
    "quote_words",
    "quote_short",
    // The quote or cue is left unresolved (the "none of these" option).
    "none",
];

use crate::lexicon::FEATURE_INDEX;

/// How many features there are.
pub const N: usize = 52;

/// The index of a feature name (a test checks every name used is listed). Candidates carry
/// their features by name, so this runs for every feature of every candidate: a look-up in
/// a perfect hash of the names (`build.rs`), not a walk along the list.
#[inline(always)]
pub fn index(name: &str) -> usize {
    match FEATURE_INDEX.get(name) {
        Some(&i) => usize::from(i),
        None => panic!("unknown feature {name:?}"),
    }
}

/// A candidate's feature values.
#[derive(Debug, Clone, PartialEq)]
pub struct Features(pub [f32; N]);

impl Default for Features {
    fn default() -> Self {
        Features([0.0; N])
    }
}

impl Features {
    /// Sets feature `name` to `value`.
    #[inline(always)]
    pub fn set(&mut self, name: &'static str, value: f32) -> &mut Self {
        self.0[index(name)] = value;
        self
    }

    #[inline(always)]
    pub fn on(&mut self, name: &'static str) -> &mut Self {
        self.set(name, 1.0)
    }

    /// The score under `weights`.
    pub fn score(&self, weights: &[f32; N]) -> f32 {
        self.0.iter().zip(weights).map(|(x, w)| x * w).sum()
    }

    /// The non-zero features by name, for explaining a decision.
    pub fn named(&self) -> Vec<(&'static str, f32)> {
        FEATURES
            .iter()
            .zip(self.0)
            .filter(|(_, v)| *v != 0.0)
            .map(|(n, v)| (*n, v))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_counted() {
        let mut names = FEATURES.to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), N);
        assert_eq!(index("none"), N - 1);
        for (i, name) in FEATURES.iter().enumerate() {
            assert_eq!(index(name), i);
        }
    }

    #[test]
    fn the_score_is_the_dot_product_with_the_weights() {
        let mut f = Features::default();
        f.on("cue_left").set("words_apart", 2.0);
        let mut w = [0.0; N];
        w[index("cue_left")] = 3.0;
        w[index("words_apart")] = -0.5;
        assert_eq!(f.score(&w), 2.0);
        assert_eq!(f.named(), [("cue_left", 1.0), ("words_apart", 2.0)]);
    }
}
