//! Every name of the text becomes an entity before any speaker is looked for: roles come
//! from titles ("Sen."), a role noun before the name ("adviser Fiona Hill") and an
//! apposition after it ("Kotak, a brokerage,"); genders from the pronouns that follow.

use super::context::Ctx;
use super::{MAX_DESCRIPTION_WORDS, MAX_ROLE_WORDS};
use crate::lexicon::classes::{
    ends_possessive, is_function_word, ADDRESSEE_VERBS, DESCRIPTION_PREPOSITIONS, DETERMINERS,
    FINITE,
};
use crate::lexicon::{CUE_WORDS, DOCUMENT_NOUNS, GAP_WORDS, SPEAKER_NOUNS, TIME_WORDS};

use crate::speakers::{may_be_named, parse_name};

/// At most this many adverbs and time words stand between a subject's name and its verb
/// ("Lee on Monday also").
const MAX_ADVERBS_BEFORE_VERB: usize = 5;
/// At most this many words stand between a speech verb and the "that" of what it reports
/// ("told reporters on Monday that").
const MAX_WORDS_BEFORE_THAT: usize = 5;

impl Ctx<'_> {
    /// The first of the lower-case words right before word `k` that may modify a role noun
    /// before a name ("longtime aide", "9/11 widow"), at most [`MAX_ROLE_WORDS`]; `k` when
    /// there are none. No function word is one ("said the", "told of").
    fn role_modifiers_before(&self, k: usize) -> usize {
        let mut a = k;
        while a > 0 && k - a < MAX_ROLE_WORDS {
            let key = self.key(a - 1);
            if !(self.gap(a - 1, a).trim().is_empty() || self.slash_numeral(a - 1))
                || self.words[a - 1].is_capitalized()
                || CUE_WORDS.contains_key(key)
                || is_function_word(key)
            {
                break;
            }
            a -= 1;
        }
        a
    }

    /// Registers every name of the text (outside quotes they also count for pronouns),
    /// with roles from titles, from a role noun before the name ("adviser Fiona Hill")
    /// and from an apposition after it ("Kotak, a brokerage,").
    pub(super) fn register_names(&mut self) {
        self.register_name_runs();
        // Learn genders from the pronouns that follow names ("Vasquez … she said").
        for k in 0..self.words.len() {
            if self.nest.quote_of(k).is_none() && matches!(&self.keys[k], "he" | "she") {
                if let Some(e) = self.reg.resolve_pronoun(&self.keys[k], self.words[k].start) {
                    self.reg.learn_gender(e, &self.keys[k]);
                }
            }
        }
        self.reg.shrink_to_fit();
    }

    pub(super) fn register_name_runs(&mut self) {
        let mut i = 0;
        while i < self.words.len() {
            // (Most words are lower-case: turned away at once, not through the run cache.)
            if !may_be_named(&self.words[i]) {
                i += 1;
                continue;
            }
            let Some(run) = self.name_run(i) else {
                i += 1;
                continue;
            };
            let next = run.1 + 1;
            // A headline names no one; skip its whole run (not word by word: a long
            // capitalised run would cost its length squared).
            if self.in_headline(i) {
                i = next.max(i + 1);
                continue;
            }
            if let Some(name) = parse_name(&self.view, run) {
                // Possessives ("Parise’s penchant") are rarely what a later "he" means.
                let outside =
                    self.nest.quote_of(i).is_none() && !ends_possessive(self.words[run.1].text);
                let as_subject =
                    run.0 == 0 || !DESCRIPTION_PREPOSITIONS.contains(&&self.keys[run.0 - 1]);
                // A subject: it opens its sentence (or clause), or a verb follows it.
                let opens = run.0 == 0
                    || self.sentence_of[run.0 - 1] != self.sentence_of[run.0]
                    || self.gap(run.0 - 1, run.0).contains([',', ';', '“', '"']);
                let verb_next = next < self.words.len()
                    && self.gap_after_name(run.1, next).trim().is_empty()
                    && (GAP_WORDS.contains(&self.keys[next]) && self.verb_after_adverbs(next)
                        || CUE_WORDS.contains_key(&self.keys[next]));
                // ("“…,” said Smith.": the inverted subject of a speech verb right after a
                // quote or a comma; not an object, "to criticize Smith.")
                // Lower-case modifiers of a role may stand between ("said longtime aide
                // Kalo Brenn", "said 9/11 widow Ana Ruiz").
                let cue = self.role_modifiers_before(run.0);
                let inverted = cue > 1
                    && self.gap(cue - 1, cue).trim().is_empty()
                    && self
                        .gap(cue - 2, cue - 1)
                        .contains([',', '”', '"', '’', '\''])
                    && CUE_WORDS.contains_key(&self.keys[cue - 1])
                    && !ADDRESSEE_VERBS.contains(&self.key(cue - 1))
                    && self.ends_clause(self.words[run.1].end());
                // ("Trask said Lee had won", "told reporters that Lee had won": the subject
                // of what was said, not of the sentence; a later "he" means the speaker.
                // Not the addressee of "asked Lee", nor after a speaker named by a noun:
                // "aides say Lee advises her father. … she said".)
                let that = run.0 > 0 && self.key(run.0 - 1) == "that";
                let reach = if that { MAX_WORDS_BEFORE_THAT + 1 } else { 1 };
                let complement = !inverted
                    && (1..=reach).any(|back| {
                        let Some(c) = run.0.checked_sub(back) else {
                            return false;
                        };
                        (c..run.0).all(|m| self.gap(m, m + 1).trim().is_empty())
                            && CUE_WORDS.contains_key(&self.keys[c])
                            && (that || !ADDRESSEE_VERBS.contains(&self.key(c)))
                            && !(c > 0
                                && self.gap(c - 1, c).trim().is_empty()
                                && SPEAKER_NOUNS.contains_key(self.bare(c - 1)))
                    });
                let subject = !ends_possessive(self.words[run.1].text)
                    && (opens || verb_next || inverted)
                    && !complement;
                let pos = self.words[name.first].start;
                let id = self.reg.mention(&name, pos, outside, as_subject, subject);
                // (Not a capitalised word that opens its sentence: "Voters said".)
                let speech_next = verb_next
                    && CUE_WORDS.contains_key(&self.keys[next])
                    && run.0 > 0
                    && self.sentence_of[run.0 - 1] == self.sentence_of[run.0];
                // (Not the object of a preposition, "a reporter for Agence Presse called",
                // nor a description, "The Ohio Republican said".)
                let described = run.0 > 0 && DETERMINERS.contains(&self.key(run.0 - 1));
                if outside
                    && as_subject
                    && !described
                    && !ends_possessive(self.words[run.1].text)
                    && (speech_next || inverted)
                {
                    self.reg.entities[id].speaks = true;
                }
                // "ambassador to Britain Liu Wen": the role before the object the name
                // follows.
                let mut object = run.0;
                while object > 0
                    && self.words[object - 1].is_capitalized()
                    && self.gap(object - 1, object).trim().is_empty()
                {
                    object -= 1;
                }
                if object < run.0 {
                    if let Some(role) = self.role_before_object(object) {
                        let role = self.bare(role);
                        self.reg.add_role(id, role);
                    }
                }
                // "adviser Fiona Hill", and "France’s labour minister, Hélène Vautrin,".
                if run.0 > 0 {
                    let gap = self.gap(run.0 - 1, run.0).trim();
                    let before = self.bare(run.0 - 1);
                    // (Not a document: "one of the authors of the report, Bo Chen," is no
                    // report.)
                    // (Nor a body's noun before a person's name: in "the network President
                    // Lia Moss formed", "the network" is no name for her.)
                    if (gap.is_empty() || gap == ",")
                        && SPEAKER_NOUNS
                            .get(before)
                            .is_some_and(|&p| p || !self.reg.entities[id].person)
                        && !DOCUMENT_NOUNS.contains(before)
                    {
                        self.reg.add_role(id, before);
                    }
                }
                // … unless the name is a place after a preposition ("in Chelsea, the mayor
                // said").
                if next < self.words.len() && self.gap(run.1, next).trim() == "," && as_subject {
                    let k = &self.keys[next]; // ", a brokerage,", ", the authority’s chief engineer", ", Head of Research"
                    let role_first = SPEAKER_NOUNS.contains_key(self.bare(next));
                    if matches!(k, "a" | "an" | "the") || role_first {
                        let mut m = next;
                        while m + 1 < self.words.len()
                            && self.gap(m, m + 1).trim().is_empty()
                            && m - next < MAX_DESCRIPTION_WORDS
                        {
                            m += 1;
                        }
                        // The apposition's head: its first role noun (a person's, for a
                        // person: "Bo Chen, a network executive," is no network).
                        let person = self.reg.entities[id].person;
                        if let Some(head) = (next..=m)
                            .map(|k| self.bare(k))
                            .find(|k| SPEAKER_NOUNS.get(k).is_some_and(|&p| p || !person))
                        {
                            self.reg.add_role(id, head);
                        }
                    }
                }
            }
            i = next.max(i + 1);
        }
    }

    /// The words between a name and its verb ("Lee also said", "Lee last week urged") reach
    /// a verb: a finite form, a cue, or a lower-case word after them; not a comma or a name
    /// ("met Lee last week, then", an object with its time).
    fn verb_after_adverbs(&self, from: usize) -> bool {
        let mut m = from;
        while m < from + MAX_ADVERBS_BEFORE_VERB {
            let key = self.key(m);
            if FINITE.contains(&key) || CUE_WORDS.contains_key(key) {
                return true;
            }
            if !GAP_WORDS.contains(key) && !TIME_WORDS.contains(self.bare(m)) {
                return !self.words[m].is_capitalized();
            }
            if m + 1 >= self.words.len() || !self.gap(m, m + 1).trim().is_empty() {
                return false;
            }
            m += 1;
        }
        true
    }
}
