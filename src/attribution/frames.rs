//! Nominal frames: speech nouns owned by a speaker and followed by their content
//! ("Netanyahu’s declaration that", "his vow on Monday that", "Beijing’s demands to").

use super::context::Ctx;
use super::AttributionSpan;
use crate::lexicon::classes::DESCRIPTION_PREPOSITIONS;
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
            if self.nest.quote_of(k).is_some() || !CUE_NOUNS.contains(&self.keys[k]) {
                continue;
            }
            let owner = k - 1;
            if !self.gap(owner, k).trim().is_empty() {
                continue;
            }
            // "that"/"to" right after the noun, or after a short phrase such as "on Monday".
            let after = |m: usize| self.keys.get(m);
            let joined_to = |m: usize| m < self.words.len() && self.gap(m - 1, m).trim().is_empty();
            let content = match after(k + 1) {
                Some("that" | "to") => joined_to(k + 1),
                Some(p) if DESCRIPTION_PREPOSITIONS.contains(&p) && joined_to(k + 1) => (k + 2
                    ..(k + 5).min(self.words.len()))
                    .take_while(|&m| joined_to(m))
                    .any(|m| matches!(&self.keys[m], "that")),
                _ => false,
            };
            if !content {
                continue;
            }
            let okey = &self.keys[owner];
            let speaker = match okey {
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
                _ if okey.ends_with("'s") => {
                    let run = self.name_run(owner).filter(|r| r.1 == owner);
                    run.and_then(|r| self.name_speaker(r))
                        .or_else(|| self.description(owner, false))
                }
                _ => None,
            };
            let Some(sp) = speaker else { continue };
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
}
