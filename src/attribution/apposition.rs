//! A subject broken by commas or modifiers: an apposition ("Robert Danin, a senior fellow,
//! said"; "A company spokesman, Jens Albrecht, said"), one missing its closing comma ("Bo
//! Chen, Director of the … told"), and a name inside a subject's modifiers that is not the
//! subject ("The authors of the study published in the journal X argued").

use super::context::{Ctx, Left};
use super::MAX_DESCRIPTION_WORDS;
use crate::lexicon::classes::{ends_possessive, DESCRIPTION_PREPOSITIONS, PREPOSITIONS};
use crate::lexicon::{DOCUMENT_NOUNS, SPEAKER_NOUNS};
use crate::speakers::{abbreviation, Speaker};

/// Subordinators that open the clause of a subject broken by commas ("after a woman in
/// Tarvel, Velmshire, told him").
const APPOSITION_SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "although", "though", "until",
    "unless", "whereas", "once",
];

impl Ctx<'_> {
    /// "Bo Chen, Director of the Cyber Centre at Lakeside University told", "Ana Ruiz
    /// (D-Ohio), a supporter of the bill told": a role after a person's name (and party
    /// tag) and a comma is an apposition whose closing comma is missing; the person
    /// speaks, not the role's description.
    pub(super) fn unclosed_apposition(&self, role: &Speaker) -> Option<Speaker> {
        let first = self.words.partition_point(|w| w.start < role.start);
        // (Not "…, President Ana Ruiz said": a role with a name is a name.)
        let named = role.entity.is_some_and(|e| self.reg.entities[e].person);
        // The role noun opens the description, or follows its determiner (and an
        // adjective): "Director of …", "a supporter of …", "the former head of …".
        let role_noun = |i: usize| i < self.words.len() && SPEAKER_NOUNS.contains_key(self.bare(i));
        let opens_with_role = role_noun(first)
            || (matches!(self.key(first), "a" | "an" | "the")
                && (role_noun(first + 1) || role_noun(first + 2)));
        if first < 2 || named || !opens_with_role {
            return None;
        }
        let gap = self.gap(first - 1, first).trim();
        let mut end = first - 1;
        if gap.trim_start_matches(')') == "," && gap.starts_with(')') && self.party_tag(end) {
            end = end.checked_sub(1)?;
        } else if gap != "," {
            return None;
        }
        // The name opens its clause (its sentence, or after a quote): "…, met Ana Ruiz,
        // the mayor said" is an inverted reporting clause.
        let run = self.name_run(end).filter(|r| r.1 == end)?;
        let opens = self.opens_sentence(run.0)
            || self.gap(run.0 - 1, run.0).contains(['”', '’', '"', '\'']);
        opens
            .then(|| (run.0..=run.1).find_map(|j| self.subject_name_at(j, true)))
            .flatten()
    }

    /// "The authors of the study published in the journal Civic Health argued", "Bo Chen of
    /// the journal Civic Health argued": a name inside the modifiers of a subject that opens
    /// its sentence with a role noun (or a person's name) and a preposition is not the
    /// subject; the role noun's description (or the person) is.
    pub(super) fn head_before_modifiers(&self, name: &Speaker) -> Option<Speaker> {
        if name.entity.is_none() {
            return self.head_before_phrase(name);
        }
        // (A person's name before the verb is its subject: "Vice President for news Ana
        // Ruiz said".)
        if name.entity.is_some_and(|e| self.reg.entities[e].person) {
            return None;
        }
        let first = self.words.partition_point(|w| w.start < name.start);
        // The subject opens its sentence, or the inverted clause after a quote ("“…,” Bo
        // Chen of the Lind Center wrote").
        let opens = |m: usize| self.opens_sentence(m) || self.gap(m - 1, m).contains(['”', '’']);
        // ("speaking to": a participle before the phrase's preposition modifies the head.)
        let participle = |i: usize| {
            let key = self.key(i);
            key.len() > 4 && (key.ends_with("ing") || key.ends_with("ed"))
        };
        let mut m = first;
        while m > 0 && first - m < MAX_DESCRIPTION_WORDS && !opens(m) {
            let modifier = participle(m - 1) && PREPOSITIONS.contains(&self.key(m));
            // (An initial's or a title's period joins: "Paul D. Ryan of Wisconsin said", "Sen.
            // Ana Ruiz of Ohio said".)
            let gap = self.gap(m - 1, m);
            let joined =
                gap.trim().is_empty() || gap == ". " && abbreviation(self.words[m - 1].text);
            if !joined || self.is_verbish(m - 1) && !modifier {
                return None;
            }
            m -= 1;
        }
        if !opens(m) {
            return None;
        }
        // "Bo Chen of the journal Civic Health argued": a person named first.
        let person = self
            .name_run(m)
            .filter(|r| r.0 == m && r.1 + 1 < first && PREPOSITIONS.contains(&self.key(r.1 + 1)))
            .and_then(|_| self.subject_name_at(m, false));
        if person.is_some() {
            return person;
        }
        if !matches!(self.key(m), "the" | "a" | "an" | "another" | "one") {
            return None;
        }
        // (A document's head too: "A letter from Bo Chen obtained by the Herald warns".)
        let head = (m + 1..(m + 3).min(first)).find(|&h| {
            SPEAKER_NOUNS.contains_key(self.bare(h)) || DOCUMENT_NOUNS.contains(self.bare(h))
        })?;
        // ("Another source speaking to Lind News said": a participle may come first.)
        let p = if head + 2 < first && participle(head + 1) {
            head + 2
        } else {
            head + 1
        };
        (p < first && PREPOSITIONS.contains(&self.key(p)))
            .then(|| self.description(head, false))
            .flatten()
    }

    /// "Robert Danin, a senior fellow at the council, said", "A company spokesman, Jens
    /// Albrecht, said": the speaker of a subject broken by commas. The leftmost person
    /// named in the clause wins; else the nearest mention before a comma.
    pub(super) fn apposition_subject(&self, k: usize, cue_first: usize) -> Left {
        let mut m = k;
        let mut commas = Vec::new();
        while m > 0 && k - m < 30 {
            // "Ana Ruiz, the author of “Going Local,” said": a quoted title in the
            // apposition is passed over.
            if !self.same_scope(m - 1, cue_first) {
                match self.title_quote_start(m - 1) {
                    Some(first) if first > 0 && first < m => {
                        m = first;
                        continue;
                    }
                    _ => break,
                }
            }
            let gap = self.gap(m - 1, m);
            let title_mark = self.title_quote_start(m).is_some();
            // ", and" opens a new clause, but for the last item of a list inside the
            // apposition ("minister for housing, transport, and planning, said").
            let serial = || {
                (1..=3).any(|b| m > b && self.gap(m - 1 - b, m - b).contains(','))
                    && matches!(&self.keys[m], "and" | "or")
            };
            let coordinated = gap.contains(',')
                && matches!(&self.keys[m], "and" | "but" | "or" | "yet")
                && !serial();
            if gap.contains([';', ':'])
                || gap.contains(['”', '"', '“']) && !title_mark
                || coordinated
            {
                break;
            }
            // "Bo Chen spoke after a woman in Tarvel, Velmshire, told him": the verb's
            // clause opens with its subordinator; the subject is in it.
            if APPOSITION_SUBORDINATORS.contains(&self.key(m - 1)) && !commas.is_empty() {
                break;
            }
            if gap.contains(',') {
                commas.push(m - 1);
            }
            m -= 1;
        }
        // (Not a name inside a quoted title passed over.)
        let outside =
            |j: &usize| self.same_scope(*j, cue_first) || self.nest.quote_of(*j).is_none();
        let person = (m..=k)
            .filter(outside)
            .find_map(|j| self.subject_name_at(j, true));
        // Else a full name that is not an institution's ("Her producer, Idris Kamara, said").
        let named = || {
            (m..=k)
                .filter(outside)
                .find_map(|j| self.subject_name_at(j, false))
        };
        person
            .or_else(named)
            .or_else(|| commas.iter().find_map(|&c| self.mention_ending_at(c)))
            // "Just over a quarter, 26 percent, say": the share itself, if nothing before.
            .or_else(|| {
                self.mention_ending_at(k)
                    .filter(|s| self.text[s.start..s.end].contains(|c: char| c.is_ascii_digit()))
            })
            .map_or(Left::None, |s| Left::Found(s, "cue_apposition"))
    }

    /// "The board’s annual letter to its members notes": a description inside the
    /// prepositional phrase of a subject that opens its sentence is not the subject; the
    /// noun before the preposition heads it.
    fn head_before_phrase(&self, inner: &Speaker) -> Option<Speaker> {
        let first = self.words.partition_point(|w| w.start < inner.start);
        let p = first.checked_sub(1)?;
        if p < 2
            || !DESCRIPTION_PREPOSITIONS.contains(&self.key(p))
            || !self.gap(p, first).trim().is_empty()
        {
            return None;
        }
        let head = p - 1;
        let noun = self.bare(head);
        if ends_possessive(self.words[head].text)
            || !(SPEAKER_NOUNS.contains_key(noun) || crate::lexicon::DOCUMENT_NOUNS.contains(noun))
            || !self.gap(head, p).trim().is_empty()
        {
            return None;
        }
        let d = self.description(head, false)?;
        let start = self.words.partition_point(|w| w.start < d.start);
        (self.opens_sentence(start) && start < head).then_some(d)
    }
}
