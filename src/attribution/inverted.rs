//! The speaker after its cue, an inverted reporting clause: a name ("said Hill"), modifiers
//! and a role before the name ("said Republican strategist Al Cardenas", "said board member
//! Rosalind Achebe"), a description and its apposition ("said another witness, former
//! adviser Fiona Hill"), or what follows "according to" ("according to a study"). The
//! speaker before its cue: subject.rs.

use super::context::Ctx;
use super::{CLAUSE_WORDS, MAX_ROLE_WORDS};
use crate::lexicon::classes::{ends_possessive, is_function_word, DESCRIPTION_PREPOSITIONS};
use crate::lexicon::SPEAKER_NOUNS;
use crate::speakers::Speaker;

/// An apposition after an inverted speaker names its person within this many words ("said
/// another witness, former deputy national security adviser Fiona Hill").
const APPOSITION_NAME_WORDS: usize = 6;

impl Ctx<'_> {
    /// The speaker after a cue: "said Derek Scissors", "according to a study",
    /// "said another witness, former adviser Fiona Hill".
    pub(super) fn subject_right(&self, cue_last: usize) -> Option<Speaker> {
        let k = cue_last + 1;
        if k >= self.words.len()
            || !self.same_scope(k, cue_last)
            || !self.gap(cue_last, k).trim().is_empty()
        {
            return None;
        }
        let key = &self.keys[k];
        // "“…,” said he." inverts; "said he had asked" is the content's own subject.
        if matches!(key, "he" | "she" | "they") {
            return self
                .ends_clause(self.words[k].end())
                .then(|| self.pronoun(k));
        }
        // "said Secretary of State Bo Chen", "said former secretary of state Bo Chen", "said
        // master of ceremonies Ana Ruiz": a role with its "of" phrase, then the name.
        if let Some(sp) = self.role_of_name(k) {
            return Some(sp);
        }
        // "said in a statement", "said on Tuesday": not a speaker; nor "suggests that Lopez
        // …", whose clause word opens the content.
        if DESCRIPTION_PREPOSITIONS.contains(&key) || CLAUSE_WORDS.contains(&key) {
            return None;
        }
        // "said Lee’s spokesman, Bo Chen": a name in the possessive opens a description.
        let mut possessive = false;
        if self.words[k].is_capitalized() {
            if let Some(run) = self.name_run(k).filter(|r| r.0 == k) {
                possessive = ends_possessive(self.words[run.1].text)
                    && run.1 + 1 < self.words.len()
                    && self.same_scope(run.1 + 1, k)
                    && self.gap(run.1, run.1 + 1).trim().is_empty()
                    && !self.words[run.1 + 1].is_capitalized();
                if !possessive {
                    // ("said Republican strategist Al Cardenas", "said Republican party
                    // boss Bo Chen": a capitalised modifier of a role noun, then the name.)
                    // (Or any nouns of a role a name follows: "party boss".)
                    let lower: Vec<usize> = (run.1 + 1..self.words.len())
                        .take(MAX_ROLE_WORDS)
                        .take_while(|&m| {
                            self.same_scope(m, k)
                                && self.gap(m - 1, m).trim().is_empty()
                                && !self.words[m].is_capitalized()
                        })
                        .collect();
                    let name_after = lower.last().is_some_and(|&l| {
                        let n = l + 1;
                        n < self.words.len()
                            && self.same_scope(n, k)
                            && self.gap(l, n).trim().is_empty()
                            && self.words[n].is_capitalized()
                            && lower
                                .iter()
                                .all(|&m| !is_function_word(self.key(m)) && !self.finite_verb(m))
                    });
                    let role_next = name_after
                        || lower
                            .iter()
                            .any(|&m| SPEAKER_NOUNS.contains_key(self.bare(m)));
                    if role_next {
                        if let Some(sp) = self.name_after_modifiers(k) {
                            return Some(sp);
                        }
                    }
                    return self.name_speaker(run);
                }
            }
        }
        if let Some(sp) = self.name_after_modifiers(k) {
            return Some(sp);
        }
        let end = self.noun_phrase_end(k);
        // "said the designer, who works for …": an inverted noun phrase that ends its clause
        // is the speaker even when its head is no known role.
        let desc = self.description(k, true).or_else(|| {
            let opens = possessive || matches!(key, "the" | "a" | "an" | "another" | "one");
            let alone = matches!(key, "another" | "one"); // "“…,” reads one."
                                                          // "“Meh,” wrote a supporter who runs the account": a relative clause may close it.
            let relative = |end: usize| {
                self.keys.get(end + 1).is_some_and(|n| n == "who")
                    && self.gap(end, end + 1).trim().is_empty()
            };
            let closed = |end: usize| self.ends_clause(self.words[end].end()) || relative(end);
            // "said one Democrat familiar with the talks", "said a man involved in the
            // planning", "said a member of the board": a phrase after the head modifies it.
            let end = if closed(end) {
                end
            } else {
                self.postmodified_end(end, k)
                    .filter(|&e| closed(e))
                    .unwrap_or(end)
            };
            let closed = closed(end);
            (opens && (end > k || alone) && closed)
                .then(|| self.phrase_speaker(self.words[k].start, self.words[end].end()))
        })?;
        // (A possessive phrase that runs on into a clause is its subject: "say Lee’s manager
        // pulled her away".)
        if possessive && !self.ends_clause(self.words[end].end()) {
            return None;
        }
        // An apposition naming the person: ", former … adviser Fiona Hill".
        let after = self.words.partition_point(|w| w.start < desc.end);
        if after < self.words.len()
            && self.same_scope(after, k)
            && self.gap(after - 1, after).trim() == ","
        {
            let mut m = after;
            while m < self.words.len() && self.same_scope(m, k) && m - after < APPOSITION_NAME_WORDS
            {
                // ("according to a poll, most voters backed Ana Ruiz": a verb opens a
                // clause of its own; so does a quantity, "40 percent of voters chose",
                // unlike an age, "45-year-old Bo Chen".)
                let w = self.words[m].text;
                let quantity = w.starts_with(|c: char| c.is_ascii_digit()) && !w.contains('-');
                if quantity || !self.words[m].is_capitalized() && self.finite_verb(m) {
                    break;
                }
                if self.words[m].is_capitalized() {
                    if let Some(run) = self.name_run(m) {
                        if let Some(sp) = self
                            .name_speaker(run)
                            .filter(|s| s.entity.is_some_and(|e| self.reg.entities[e].person))
                        {
                            // The name closes the apposition, or a phrase of its own does
                            // ("…, Bo Chen of the Lind firm."); else it is a clause's
                            // ("according to a poll, Ana Ruiz leads").
                            let closes = self.ends_clause(self.words[run.1].end())
                                || self.gap_after(run.1).trim_start().starts_with(',')
                                || self.gap_after(run.1).trim().is_empty()
                                    && self
                                        .is(Some(run.1 + 1), &["of", "from", "at", "with", "in"]);
                            return closes.then_some(Speaker {
                                start: desc.start,
                                ..sp
                            });
                        }
                    }
                }
                if m + 1 < self.words.len() && !self.gap(m, m + 1).trim().is_empty() {
                    break;
                }
                m += 1;
            }
        }
        // A possessive phrase is a speaker when its head is a speaker's or a document's noun
        // ("Lee’s spokesman", "Farley’s account"), not "laments Bill Clinton’s legacy".
        let head_ok = || {
            let head = self.text[desc.start..desc.end]
                .rsplit(' ')
                .next()
                .unwrap_or("");
            let head = crate::speakers::bare(head);
            SPEAKER_NOUNS.contains_key(head.as_str())
                || crate::lexicon::DOCUMENT_NOUNS.contains(head.as_str())
        };
        (!possessive || head_ok()).then_some(desc)
    }

    /// "said board member Rosalind Achebe", "said former Obama adviser David Axelrod",
    /// "said retired Army Lt. Gen. Mick Bednarek": modifiers and roles from word `k`, then
    /// the name that ends the noun phrase (the mention starts at `k`).
    fn name_after_modifiers(&self, k: usize) -> Option<Speaker> {
        let end = self.noun_phrase_end(k);
        if end <= k {
            return None;
        }
        let run = self.name_run(end).filter(|r| r.0 > k && r.1 >= end)?;
        // ("said Los Angeles-based attorney Bo Chen": the words of a compound adjective
        // are no name's.)
        let compound = (k..run.0).any(|i| self.describing_compound(i));
        let lead_ok = (k..run.0).all(|i| {
            !self.words[i].is_capitalized() || self.name_run(i).map_or(compound, |r| r.1 < run.0)
        });
        let sp = self.name_speaker(run).filter(|_| lead_ok)?;
        Some(Speaker {
            start: self.words[k].start,
            ..sp
        })
    }
}
