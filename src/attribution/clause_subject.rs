//! The subject a participle, a coordinated verb or an uncued quote continues: the first
//! person named as a subject in its sentence ("Jane Roe defended the plan, saying"), past an
//! adverbial that opens the sentence ("Hours later, Trump returned …, telling"), or the
//! antecedent of the relative clause it stands in ("the party, which tried … by saying").

use super::context::Ctx;
use super::noun_phrases::SUBJECT_HEAD_WORDS;
use super::PHRASE_WORDS;
use crate::lexicon::classes::{
    ends_possessive, PHRASE_DETERMINERS, PREPOSITIONS, SPEAKER_DETERMINERS,
};
use crate::lexicon::{DOCUMENT_NOUNS, SPEAKER_NOUNS};
use crate::speakers::Speaker;

/// A participle or coordinated verb this many words or more into its sentence has no
/// subject we trust (and looking further back would cost the sentence's length per cue).
const FIRST_SUBJECT_WORDS: usize = 80;
/// The longest adverbial opening a sentence that the search for its subject skips ("In
/// response to …,").
const ADVERBIAL_WORDS: usize = 25;
/// A role between capitalised modifiers and the name it heads runs at most this many words
/// ("Former Republican presidential candidate Dan Wu").
const ROLE_BEFORE_NAME_WORDS: usize = 3;
/// A dateline opening a sentence runs at most this many words ("Velm, Oct. 8 (UPI) —").
const DATELINE_WORDS: usize = 6;

impl Ctx<'_> {
    /// The subject a participle or coordinated verb continues: the first person named in
    /// its sentence before word `k` as a subject, not as a possessive ("Parise’s goals")
    /// nor inside a prepositional phrase ("before Parise").
    pub(super) fn first_subject(&self, k: usize) -> Option<Speaker> {
        let s = self.sentence_of[k];
        let mut i = k;
        while i > 0 && self.sentence_of[i - 1] == s {
            if k - i >= FIRST_SUBJECT_WORDS {
                return None;
            }
            i -= 1;
        }
        // Within the cue's own quote scope (a cue inside a quote looks inside it).
        while i < k && self.nest.quote_of(i) != self.nest.quote_of(k) {
            i += 1;
        }
        // "Velm (AFP) – Ana Ruiz has taken …": a dateline with its agency in parentheses and
        // a dash is no subject; the sentence starts after it.
        if let Some(j) = (i + 1..=k.min(i + DATELINE_WORDS)).find(|&j| self.after_dateline(j)) {
            i = j;
        }
        // "In response to the ban on Muslims, Clinton’s aide rallied …", "Hours later, Trump
        // returned …", "Continuing to explain, Carson rejected …": an opening adverbial set
        // off by a comma is not the subject, which starts after the comma.
        if let Some(after) = self.opening_adverbial_end(i, k) {
            i = after;
        }
        // "The county had turned down…, telling", "About two dozen lorry drivers queued":
        // a description opening the sentence.
        let opener = |key: &str| {
            matches!(
                key,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "about"
                    | "some"
                    | "many"
                    | "several"
                    | "most"
                    | "two"
                    | "three"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
            ) || key.chars().next().is_some_and(|c| c.is_ascii_digit())
        };
        // "Ryan’s campaign shrugged off …, telling": a name in the possessive opens the
        // description as a determiner does.
        let possessive_name = || {
            self.name_run(i)
                .is_some_and(|r| r.0 == i && r.1 + 1 < k && ends_possessive(self.words[r.1].text))
        };
        if i < k && (opener(&self.keys[i]) || possessive_name()) {
            // The head is the last noun of the opening phrase ("the strikers' families").
            let mut end = i;
            while end + 1 < k
                && end + 1 < i + SUBJECT_HEAD_WORDS
                && self.gap(end, end + 1).trim().is_empty()
                && !self.is_verbish(end + 1)
                // ("the council deputy rallied supporters": the verb ends the phrase; not
                // "the retired judge", "the newly elected mayor".)
                && !(end > i && self.finite_verb(end + 1) && !self.keys[end].ends_with("ly"))
                // ("The campaign sent a fundraising email": a determiner opens the object;
                // not after a preposition, "A number of the families".)
                && !(end > i
                    && PHRASE_DETERMINERS.contains(&self.key(end + 1))
                    && !PREPOSITIONS.contains(&self.key(end)))
            {
                end += 1;
            }
            if let Some(head) = (i + 1..=end).rev().find(|&j| {
                let noun = self.bare(j);
                !ends_possessive(self.words[j].text)
                    && (SPEAKER_NOUNS.contains_key(noun) || DOCUMENT_NOUNS.contains(noun))
            }) {
                if (i..head).all(|j| self.gap(j, j + 1).trim().is_empty()) {
                    if let Some(d) = self.description(head, false) {
                        return Some(d);
                    }
                }
            }
            // "The foundation did not want to comment, telling …": a definite subject right
            // before its verb, whatever its noun.
            let verb = (i + 2..k.min(i + 4)).find(|&j| self.finite_verb(j));
            let joined = |v: usize| (i..v).all(|j| self.gap(j, j + 1).trim().is_empty());
            if let Some(v) = verb.filter(|&v| self.key(i) == "the" && joined(v)) {
                if let Some(d) = self.description(v - 1, false) {
                    return Some(d);
                }
            }
        }
        (i..k)
            .filter(|&j| self.nest.quote_of(j) == self.nest.quote_of(k))
            .find_map(|j| {
                if matches!(&self.keys[j], "he" | "she" | "they") {
                    return Some(self.pronoun(j));
                }
                // "The Trayvon Martin Foundation did not want …, telling": a name that opens
                // the sentence is its subject, whatever it names.
                let opens = j == i || (j == i + 1 && self.key(i) == "the");
                // "Former Republican presidential candidate Dan Wu broke down …": capitalised
                // modifiers, a role, then the name that heads the subject.
                if let Some(sp) = (j == i).then(|| self.name_after_role(j, k)).flatten() {
                    return Some(sp);
                }
                let organisation = || {
                    // "The Office for Product Safety said …, and asked": an institution
                    // opening the sentence is its subject too.
                    let run = self.name_run(j).filter(|r| r.0 == j && opens)?;
                    let sp = self.name_speaker(run)?;
                    let ent = &self.reg.entities[sp.entity?];
                    (ent.org && !ends_possessive(self.words[run.1].text)).then_some(sp)
                };
                self.subject_name_at(j, !opens)
                    .or_else(organisation)
                    .or_else(|| {
                        // "such as when Cruz knocked Rubio": any name but a place's or an
                        // institution's right before a finite verb.
                        let run = self.name_run(j).filter(|r| r.0 == j)?;
                        let verb = run.1 + 1 < k
                            && self.gap(run.1, run.1 + 1).trim().is_empty()
                            && self.finite_verb(run.1 + 1);
                        let sp = self.subject_name_at(j, false).or_else(|| {
                            let sp = self.name_speaker(run)?;
                            let ent = &self.reg.entities[sp.entity?];
                            (!ent.org && !ent.place).then_some(sp)
                        })?;
                        verb.then_some(sp)
                    })
            })
    }

    /// The word after the comma that ends an adverbial opening the sentence at word `i`
    /// (before word `k`): a prepositional phrase ("In response to …,"), a participle
    /// ("Continuing to explain his view,") or a time phrase ("Hours later,", "Two days
    /// ago,").
    pub(super) fn opening_adverbial_end(&self, i: usize, k: usize) -> Option<usize> {
        let key = self.key(i);
        let lower =
            !self.words[i].is_capitalized() || self.opens_sentence(i) || self.after_dateline(i);
        let preposition = PREPOSITIONS.contains(&key) && !matches!(key, "as" | "like");
        let participle =
            key.len() > 4 && key.ends_with("ing") && self.name_run(i).is_none_or(|r| r.1 <= i);
        let time =
            (i + 1..(i + 3).min(k)).any(|j| matches!(self.key(j), "later" | "ago" | "earlier"));
        // "When Ruiz arrived, Chen said", "Even before Ruiz took the stage, his campaign":
        // a subordinate clause, perhaps after an adverb.
        let subordinate = |j: usize| {
            matches!(
                self.key(j),
                "when"
                    | "while"
                    | "although"
                    | "though"
                    | "because"
                    | "if"
                    | "once"
                    | "whenever"
                    | "before"
                    | "after"
                    | "since"
                    | "as"
            )
        };
        let clause = subordinate(i)
            || (matches!(key, "even" | "just" | "shortly" | "long" | "soon" | "only")
                && i + 1 < k
                && subordinate(i + 1));
        if !(lower && (preposition || participle || time || clause)) {
            return None;
        }
        let after = (i..k.min(i + ADVERBIAL_WORDS))
            .find(|&j| self.gap(j, j + 1).trim() == ",")
            .map(|j| j + 1)
            .filter(|&j| j < k)?;
        // "Speaking in Salem, New Hampshire, Trump went …", "At a summit in Hilton Head,
        // S.C., Rubio offered …": a place after a preposition, then its region, then the
        // subject, a name again.
        let place = after >= 2 && {
            let run = self.name_run(after - 1).filter(|r| r.1 == after - 1);
            run.is_some_and(|r| r.0 > i && PREPOSITIONS.contains(&self.key(r.0 - 1)))
        };
        let region_end = self
            .name_run(after)
            .filter(|r| r.0 == after && r.1 < after + 3 && r.1 + 2 < k)
            .map(|r| r.1)
            .filter(|&e| {
                self.gap(e, e + 1).trim() == ","
                    && self.words[e + 1].is_capitalized()
                    && !SPEAKER_DETERMINERS.contains(&self.key(e + 1))
            });
        match region_end {
            Some(e) if place => Some(e + 1),
            _ => Some(after),
        }
    }

    /// The name after a run of capitalised modifiers and a lower-case role starting at word
    /// `j` (before word `k`): "Former Republican presidential candidate Dan Wu".
    fn name_after_role(&self, j: usize, k: usize) -> Option<Speaker> {
        let run = self.name_run(j).filter(|r| r.0 == j)?;
        let mut m = run.1 + 1;
        while m < k
            && m <= run.1 + ROLE_BEFORE_NAME_WORDS
            && !self.words[m].is_capitalized()
            && self.gap(m - 1, m).trim().is_empty()
            && !self.is_verbish(m)
            && !PREPOSITIONS.contains(&self.key(m))
        {
            m += 1;
        }
        if m == run.1 + 1 || m >= k || !SPEAKER_NOUNS.contains_key(self.bare(m - 1)) {
            return None;
        }
        if !self.gap(m - 1, m).trim().is_empty() {
            return None;
        }
        let name = self.name_run(m).filter(|r| r.0 == m)?;
        self.name_speaker(name).filter(|sp| sp.entity.is_some())
    }

    /// Word `i` follows a dateline's agency, one capitalised word in parentheses, and its
    /// dash ("(AFP) –"; not "Ana Ruiz (the mayor) – never one to wait –").
    fn after_dateline(&self, i: usize) -> bool {
        i > 1 && {
            let gap = self.gap(i - 1, i);
            gap.contains(')')
                && gap.contains(['—', '–', '-'])
                && self.words[i - 1].is_capitalized()
                && self.gap(i - 2, i - 1).ends_with('(')
        }
    }

    /// The antecedent of the relative clause that word `k` stands in, with no other comma
    /// between ("the party, which tried to rally support by saying" → "the party").
    pub(super) fn relative_antecedent(&self, k: usize) -> Option<Speaker> {
        let s = self.sentence_of[k];
        let mut m = k;
        while m > 0 && self.sentence_of[m - 1] == s && k - m < PHRASE_WORDS * 2 {
            m -= 1;
            // ("“…, which I think …,” adding": not a relative clause inside a quote.)
            if self.nest.quote_of(m) != self.nest.quote_of(k) {
                return None;
            }
            let gap = self.gap(m, m + 1);
            if matches!(&self.keys[m], "which" | "who") && m > 0 && self.gap(m - 1, m).trim() == ","
            {
                if ends_possessive(self.words[m - 1].text) {
                    return None;
                }
                return self
                    .mention_ending_at(m - 1)
                    .or_else(|| self.noun_phrase_ending_at(m - 1));
            }
            if gap.contains([',', ';', ':', '.', '“', '”', '"', '(', ')', '—']) && m + 1 < k {
                return None;
            }
        }
        None
    }
}
