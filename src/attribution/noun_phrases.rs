//! Noun phrases around a subject: where one ends ("the Likud party"), a prepositional
//! phrase that modifies it ("a member of the board", "familiar with the talks"), and a role
//! with an "of" phrase before a name ("former secretary of state Bo Chen").

use super::context::Ctx;
use super::{CLAUSE_WORDS, MAX_DESCRIPTION_WORDS};
use crate::lexicon::classes::{FINITE, PREPOSITIONS, SPEAKER_DETERMINERS};
use crate::lexicon::SPEAKER_NOUNS;
use crate::speakers::{joined, Speaker};

/// A role before its "of" phrase and name runs at most this many words ("former deputy
/// secretary of state Bo Chen").
const ROLE_WORDS: usize = 4;
/// A description opening a sentence finds its head noun within this many words ("About
/// two dozen lorry drivers").
pub(super) const SUBJECT_HEAD_WORDS: usize = 6;

impl Ctx<'_> {
    /// A role of a few words with an "of" phrase, then a name, starting at word `k`:
    /// "Secretary of State Bo Chen", "former secretary of state Bo Chen", "master of
    /// ceremonies Ana Ruiz" (the name, its span from `k`). Not "members of Congress", whose
    /// phrase ends with no name after it.
    pub(super) fn role_of_name(&self, k: usize) -> Option<Speaker> {
        let of = (k + 1..(k + ROLE_WORDS + 1).min(self.words.len()))
            .take_while(|&i| self.same_scope(i, k) && self.gap(i - 1, i).trim().is_empty())
            .find(|&i| self.key(i) == "of")?;
        // The role before "of": lowercase modifiers and a role noun, or a title in capitals.
        let role = (k..of).all(|i| {
            !self.is_verbish(i)
                && !CLAUSE_WORDS.contains(&self.key(i))
                && !PREPOSITIONS.contains(&self.key(i))
                && (!self.words[i].is_capitalized() || self.name_run(i).is_some_and(|r| r.1 < of))
        }) && SPEAKER_NOUNS.contains_key(self.bare(of - 1));
        if !role || of + 2 >= self.words.len() || !self.gap(of, of + 1).trim().is_empty() {
            return None;
        }
        // At most two words of the "of" phrase, then the name that ends the noun phrase.
        let end = self.noun_phrase_end(of + 1);
        let run = self.name_run(end).filter(|r| r.1 == end && r.0 <= of + 3)?;
        let sp = self.name_speaker(run)?;
        let ent = &self.reg.entities[sp.entity?];
        // ("of State Bo Chen" names Bo Chen; the phrase's own word is not the name's.)
        let own = self.words[of + 1].text;
        (end > of + 1 && !ent.org && !ent.place && !ent.name.split(' ').any(|w| w == own)).then(
            || Speaker {
                start: self.words[k].start,
                ..sp
            },
        )
    }

    /// The end of a prepositional phrase that modifies the noun phrase ending at word `end`
    /// (started at `k`): "of" or "from" after the head ("a member of the board"), or a
    /// preposition after an adjective or participle ("familiar with the talks", "close to
    /// the mayor", "involved in the planning").
    pub(super) fn postmodified_end(&self, end: usize, k: usize) -> Option<usize> {
        let p = end + 1;
        if p + 1 >= self.words.len()
            || !self.same_scope(p + 1, k)
            || !self.gap(end, p).trim().is_empty()
            || !self.gap(p, p + 1).trim().is_empty()
        {
            return None;
        }
        let head = self.key(end);
        let modifier = matches!(head, "familiar" | "close" | "knowledgeable" | "aware")
            || head.len() > 4 && head.ends_with("ed");
        let fits = match self.key(p) {
            "of" | "from" => true,
            "with" | "to" | "in" | "on" | "about" => modifier,
            _ => false,
        };
        fits.then(|| self.noun_phrase_end(p + 1))
    }

    /// Words `m` and `m + 1` are one number written with a slash, one modifier ("9/11
    /// widow Ana Ruiz", "a 24/7 hotline").
    pub(super) fn slash_numeral(&self, m: usize) -> bool {
        self.gap(m, m + 1) == "/"
            && self.keys[m].bytes().all(|b| b.is_ascii_digit())
            && self.keys[m + 1].bytes().all(|b| b.is_ascii_digit())
    }

    /// The last word of the noun phrase that starts at word `k`: it runs over words joined
    /// by spaces (or a title's period) in `k`'s scope, up to a clause word, a preposition,
    /// a verb or punctuation, at most [`MAX_DESCRIPTION_WORDS`] words.
    pub(super) fn noun_phrase_end(&self, k: usize) -> usize {
        let mut m = k;
        while m + 1 < self.words.len()
            && m + 1 - k < MAX_DESCRIPTION_WORDS
            && self.same_scope(m + 1, k)
            && (joined(self.text, &self.words[m], &self.words[m + 1]) || self.slash_numeral(m))
        {
            let key = &self.keys[m + 1];
            // ("said the school would close": a modal opens the content's verb phrase.)
            let modal = FINITE.contains(&key) && !self.words[m + 1].is_capitalized();
            if CLAUSE_WORDS.contains(&key)
                || PREPOSITIONS.contains(&key)
                || self.is_verbish(m + 1)
                || modal
            {
                break;
            }
            m += 1;
        }
        m
    }

    /// The plain noun phrase ending at word `k` ("the Likud party"): back to its determiner,
    /// at most [`SUBJECT_HEAD_WORDS`] words, never over a preposition or a verb.
    pub(super) fn noun_phrase_ending_at(&self, k: usize) -> Option<Speaker> {
        let mut a = k;
        while a > 0
            && k - a < SUBJECT_HEAD_WORDS
            && self.gap(a - 1, a).trim().is_empty()
            && !SPEAKER_DETERMINERS.contains(&&self.keys[a])
        {
            let prev = &self.keys[a - 1];
            if PREPOSITIONS.contains(&prev)
                || CLAUSE_WORDS.contains(&prev)
                || self.finite_verb(a - 1)
            {
                break;
            }
            a -= 1;
        }
        let (start, end) = (self.words[a].start, self.words[k].end());
        Some(self.phrase_speaker(start, end))
    }
}
