//! Nominal frames: speech nouns owned by a speaker and followed by their content
//! ("Netanyahu’s declaration that", "his vow on Monday that", "Beijing’s demands to").

use super::context::Ctx;
use super::AttributionSpan;
use super::CLAUSE_WORDS;
use crate::lexicon::classes::{DESCRIPTION_PREPOSITIONS, SPEAKER_DETERMINERS};
use crate::lexicon::CUE_NOUNS;
use crate::report::AttributionKind;
use crate::speakers::Speaker;

/// How sure an owner of a speech noun is the speaker ("Netanyahu’s declaration that"):
/// the owner is right there, but a nominal frame is read from fewer words than a clause.
const FRAME_CONFIDENCE: f32 = 0.8;

impl Ctx<'_> {
    /// Speech nouns owned by a speaker and followed by their content: "Netanyahu’s
    /// declaration that", "his vow on Monday that", "Beijing’s demands to".
    pub(super) fn nominal_frames(&self) -> Vec<AttributionSpan> {
        let mut out = Vec::new();
        for k in 1..self.words.len() {
            // (With no word between, the owner stands right before the noun: that test,
            // cheaper than the noun's look-up, turns most words away first.)
            if !self.owner_word(k - 1)
                || self.nest.quote_of(k).is_some()
                || !CUE_NOUNS.contains(&self.keys[k])
            {
                continue;
            }
            let Some(sp) = self.frame_owner(k, 0) else {
                continue;
            };
            let confidence = Some(match sp.entity {
                Some(_) => FRAME_CONFIDENCE,
                None => FRAME_CONFIDENCE / 2.0,
            });
            out.push(AttributionSpan {
                speaker_kind: Some(self.kind_of(&sp)),
                confidence,
                start: sp.start,
                end: self.words[k].end(),
                speaker: sp.name,
                cue_start: self.words[k].start,
                cue_end: self.words[k].end(),
                kind: AttributionKind::Other,
            });
        }
        out
    }

    /// The owner of the speech noun at word `k` when the noun frames content ("that"/"to"
    /// after it, or after a short phrase such as "on Monday"): "Netanyahu’s declaration
    /// that", "his vow on Monday that". Up to `between` modifiers may stand between the
    /// owner and the noun ("her March comment that", "his most explosive claim that").
    pub(super) fn frame_owner(&self, k: usize, between: usize) -> Option<Speaker> {
        if k == 0 || !CUE_NOUNS.contains(&self.keys[k]) {
            return None;
        }
        // "that"/"to" right after the noun, or after a short phrase such as "on Monday".
        let after = |m: usize| self.keys.get(m);
        let joined_to = |m: usize| m < self.words.len() && self.gap(m - 1, m).trim().is_empty();
        let content = match after(k + 1) {
            Some("that" | "to") => joined_to(k + 1),
            // "her claim was that": the content as the predicate.
            Some("is" | "was") => {
                joined_to(k + 1) && joined_to(k + 2) && after(k + 2) == Some("that")
            }
            Some(p) if DESCRIPTION_PREPOSITIONS.contains(&p) && joined_to(k + 1) => (k + 2
                ..(k + 5).min(self.words.len()))
                .take_while(|&m| joined_to(m))
                .any(|m| matches!(&self.keys[m], "that")),
            _ => false,
        };
        if !content {
            return None;
        }
        let owner = (1..=between + 1)
            .map_while(|back| k.checked_sub(back))
            .take_while(|&m| self.gap(m, m + 1).trim().is_empty())
            .find(|&m| {
                self.owner_word(m)
                    || CLAUSE_WORDS.contains(&self.key(m))
                    || SPEAKER_DETERMINERS.contains(&self.key(m))
                    || self.is_verbish(m)
            })
            .filter(|&m| self.owner_word(m))?;
        let okey = &self.keys[owner];
        match okey {
            "his" | "her" => {
                let pronoun = if okey == "his" { "he" } else { "she" };
                let e = self.reg.resolve_pronoun(pronoun, self.words[owner].start);
                e.map(|e| Speaker {
                    start: self.words[owner].start,
                    end: self.words[owner].end(),
                    name: Some(self.reg.entities[e].name.clone()),
                    entity: Some(e),
                })
            }
            _ => {
                let run = self.name_run(owner).filter(|r| r.1 == owner);
                run.and_then(|r| self.name_speaker(r))
                    .or_else(|| self.description(owner, false))
            }
        }
    }

    /// Word `m` can own a speech noun: "his", "her" or a possessive ("Netanyahu’s").
    fn owner_word(&self, m: usize) -> bool {
        let key = &self.keys[m];
        key == "his" || key == "her" || key.ends_with("'s")
    }
}
