//! What may follow a participle cue for it to report speech ("…, saying that", "adding it
//! was late", "telling reporters, “…”", "saying mass transit was a priority").

use super::context::Ctx;
use super::{ADDRESSEE_VERBS, ADDRESSEE_WORDS, CONTENT_MARKER_AFTER_PP_WORDS};
use crate::lexicon::classes::{
    is_function_word, is_speaker_pronoun, CONTENT_MARKERS, FINITE, PREPOSITIONS,
    SPEAKER_DETERMINERS,
};

/// Indefinite pronouns and determiners that open the content of a participle of saying as
/// its subject ("saying anybody who …", "telling everyone that").
const INDEFINITE_SUBJECTS: &[&str] = &[
    "any",
    "anybody",
    "anyone",
    "everybody",
    "everyone",
    "nobody",
    "somebody",
    "someone",
];
/// The subject of a participle's content may be a bare noun phrase of at most this many
/// words before its finite verb ("saying mass immigration was", "saying airstrikes have
/// been").
const BARE_SUBJECT_WORDS: usize = 3;

impl Ctx<'_> {
    /// After a participle cue, reported content starts: a content word, a clause
    /// (pronoun, determiner, name) or a quote.
    pub(super) fn content_follows_participle(&self, k: usize) -> bool {
        let Some(next) = self.words.get(k + 1) else {
            return false;
        };
        let key = &self.keys[k + 1];
        let direct = CONTENT_MARKERS.contains(&key)
            || is_speaker_pronoun(key)
            // "saying anybody who …", "saying any money spent was": an indefinite subject.
            || INDEFINITE_SUBJECTS.contains(&key)
            // "saying she's experienced", "adding it's late": a pronoun and its auxiliary.
            || self.contracted_subject(k + 1)
            || SPEAKER_DETERMINERS.contains(&key)
            || next.is_capitalized()
            || self.quote_follows(k, 2)
            || self.gap(k, k + 1).contains(':')
            // "saying mass immigration was": a bare noun phrase and its verb.
            || self.gap(k, k + 1).trim().is_empty() && self.bare_clause_at(k + 1);
        // "stating during the debate that": a prepositional phrase, then the content.
        let after_pp = PREPOSITIONS.contains(&key)
            && self.followed_by(k + 1, CONTENT_MARKER_AFTER_PP_WORDS, |key| key == "that");
        // "telling reporters, “…”", "telling supporters in Columbus that": the person told,
        // then the content.
        // "saying only that", "adding hopefully that": an adverb, then the content (not a
        // question word: "in predicting exactly who will vote").
        let after_adverb = self.participle_adverb(k + 1)
            && self
                .keys
                .get(k + 2)
                .is_some_and(|n| !CONTENT_MARKERS.contains(&n) || matches!(n, "that"))
            && self.content_follows_participle(k + 1);
        direct
            || after_pp
            || after_adverb
            || ADDRESSEE_VERBS.contains(&&self.keys[k])
                && (self.followed_by(k, ADDRESSEE_WORDS, |key| matches!(key, "that" | "whether"))
                    || self.quote_follows(k, ADDRESSEE_WORDS))
    }

    /// A clause with a bare noun phrase for its subject opens at word `m`: a few content
    /// words, then a finite verb or "need", no punctuation between ("mass immigration was",
    /// "conservatives need to", "airstrikes have been").
    fn bare_clause_at(&self, m: usize) -> bool {
        let mut i = m;
        while i < self.words.len() && i - m <= BARE_SUBJECT_WORDS {
            let key = self.key(i);
            if i > m && (FINITE.contains(&key) || matches!(key, "need" | "needs")) {
                return true;
            }
            let word = &self.words[i];
            // (Not the person told: "telling them they'd have to", whose content is
            // another's.)
            if is_function_word(key)
                || matches!(key, "them" | "him" | "us" | "me" | "you")
                || word.is_capitalized()
                || i + 1 >= self.words.len()
                || !self.gap(i, i + 1).trim().is_empty()
            {
                return false;
            }
            i += 1;
        }
        false
    }
}
