//! What may stand between a subject and its verb, to be skipped when looking for the
//! subject: an aside between dashes or in parentheses ("Gingrich — mentioned by Newsmax —
//! told", "Kasich (who has 25 delegates) said"), a party tag ("Reid (D-Nev.) said"), a
//! prepositional phrase ("Trump in his speech called") or a relative clause ("Residents
//! who watched the fire said").

use super::context::Ctx;
use super::{CLAUSE_WORDS, PHRASE_WORDS};
use crate::lexicon::classes::{is_function_word, is_speaker_pronoun};
use crate::lexicon::{DOCUMENT_NOUNS, SPEAKER_NOUNS};
use crate::speakers::Speaker;

/// The longest aside between dashes skipped between a subject and its verb.
const ASIDE_WORDS: usize = 20;
/// How far back from a cue the "who" of a relative clause may stand ("Residents who
/// watched the fire from across the river said").
const RELATIVE_CLAUSE_WORDS: usize = 12;

/// A dash that sets off an aside: an em or en dash, or a spaced hyphen.
pub(super) fn is_dash(gap: &str) -> bool {
    matches!(gap, "—" | "–" | "-" | "--" | "―")
}

impl Ctx<'_> {
    /// The word right after the dash (or with `paren`, the parenthesis) that opens the aside
    /// ending at word `k` ("Gingrich — mentioned by Newsmax … — told"), within
    /// [`ASIDE_WORDS`] words and the cue's scope.
    pub(super) fn aside_start(&self, k: usize, cue_first: usize, paren: bool) -> Option<usize> {
        let mut m = k;
        while m > 0 && k - m < ASIDE_WORDS && self.same_scope(m - 1, cue_first) {
            let gap = self.gap(m - 1, m).trim();
            if (!paren && is_dash(gap)) || (paren && gap == "(") {
                return Some(m);
            }
            if gap.contains(['.', ';', ':', '“', '”', '"', '\n']) {
                return None;
            }
            m -= 1;
        }
        None
    }

    /// A name or pronoun right before a prepositional phrase that ends at word `k` ("Trump
    /// in his announcement speech", "Cruz on the campaign trail"), within its clause.
    pub(super) fn subject_before_phrase(&self, k: usize, cue_first: usize) -> Option<Speaker> {
        let mut p = k;
        while p > 0 && k - p < PHRASE_WORDS && self.same_scope(p - 1, cue_first) {
            if !self.gap(p - 1, p).trim().is_empty() {
                return None;
            }
            p -= 1;
            if matches!(
                &self.keys[p],
                "in" | "at" | "on" | "during" | "after" | "before" | "with" | "from" | "since"
            ) {
                let s = p.checked_sub(1)?;
                let joined = self.gap(s, p).trim().is_empty();
                let key = &self.keys[s];
                let named = self.words[s].is_capitalized()
                    || is_speaker_pronoun(key)
                    || matches!(key, "who" | "which");
                return (joined && named && self.same_scope(s, cue_first))
                    .then(|| self.mention_ending_at(s))
                    .flatten()
                    .filter(|sp| sp.entity.is_some() || is_speaker_pronoun(key) || s > 0);
            }
        }
        None
    }

    /// The subject a relative clause ending at word `k` belongs to ("Residents who watched
    /// the fire from across the river said"): "who" within [`RELATIVE_CLAUSE_WORDS`] words,
    /// no punctuation between, after a person named or described.
    pub(super) fn subject_before_relative(&self, k: usize, cue_first: usize) -> Option<Speaker> {
        let mut m = k;
        while m > 0 && k - m < RELATIVE_CLAUSE_WORDS && self.same_scope(m - 1, cue_first) {
            if !self.gap(m - 1, m).trim().is_empty() {
                return None;
            }
            m -= 1;
            if self.key(m) == "who" {
                let s = m.checked_sub(1)?;
                if !self.gap(s, m).trim().is_empty() || !self.same_scope(s, cue_first) {
                    return None;
                }
                // Through "who" itself: "Edwin Tull, a dairy farmer who in 2010 said" is
                // Tull, the name the description stands beside.
                // (Or a plural noun before "who" and its verb: "One of the docs who sent
                // the letter called": the letter is the relative clause's object; not "a
                // group of hackers who officials say", whose "say" has its own subject.)
                let verb_next = !self.words[m + 1].is_capitalized()
                    && !is_function_word(self.key(m + 1))
                    && !is_speaker_pronoun(self.key(m + 1))
                    && !SPEAKER_NOUNS.contains_key(self.bare(m + 1));
                return self.mention_ending_at(m).filter(|sp| {
                    sp.entity.is_some()
                        || SPEAKER_NOUNS.contains_key(self.bare(s))
                        || verb_next
                            && self.key(s).len() > 3
                            && self.key(s).ends_with('s')
                            && !DOCUMENT_NOUNS.contains(self.bare(s))
                            && !self.words[s].is_capitalized()
                });
            }
        }
        None
    }

    /// The auxiliary of the perfect before a prepositional phrase that ends at word `k` ("Ruiz
    /// has in the past said", "had at one point told", "has for years argued", "has since
    /// said"): the phrase stands
    /// between the auxiliary and its verb, within [`PHRASE_WORDS`] words and no punctuation.
    pub(super) fn auxiliary_before_phrase(&self, k: usize, cue_first: usize) -> Option<usize> {
        let mut p = k + 1;
        while p > 1 && k + 1 - p < PHRASE_WORDS && self.same_scope(p - 2, cue_first) {
            if !self.gap(p - 1, p).trim().is_empty() && p <= k {
                return None;
            }
            p -= 1;
            // (Not through a clause: "has in her bag a note that said".)
            if CLAUSE_WORDS.contains(&self.key(p)) && self.key(p) != "since" {
                return None;
            }
            // ("has since said": the adverb alone.)
            if matches!(
                &self.keys[p],
                "in" | "at" | "for" | "on" | "over" | "during" | "throughout" | "since"
            ) {
                let aux = p - 1;
                let joined = self.gap(aux, p).trim().is_empty();
                return (joined && matches!(&self.keys[aux], "has" | "have" | "had"))
                    .then_some(aux);
            }
        }
        None
    }

    /// Word `k` is a party tag in parentheses: "(D-Calif.)", "(R)", "(I-Vt.)".
    pub(super) fn party_tag(&self, k: usize) -> bool {
        let w = self.words[k].text;
        let mut chars = w.chars();
        let party = matches!(chars.next(), Some('R' | 'D' | 'I'));
        let rest = chars.as_str();
        let shape = rest.is_empty()
            || (rest.starts_with('-')
                && rest.len() > 1
                && rest[1..].chars().all(|c| c.is_alphabetic() || c == '.'));
        party
            && shape
            && k > 0
            && self.gap(k - 1, k).trim_end().ends_with('(')
            && self.text[self.words[k].end()..]
                .trim_start_matches('.')
                .starts_with(')')
    }
}
