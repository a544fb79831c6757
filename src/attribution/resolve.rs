//! Choosing a speaker: every way of finding one (before the cue, after it, across an
//! apposition, the clause's subject, the quote before …) proposes a candidate with its
//! features; the candidates are scored with the weights of `data/attribution_weights.txt`,
//! the best one wins, and the softmax over the candidates (plus "none of these") is the
//! confidence. Each decision can be kept, to explain it ([`Decision`]).

use serde::Serialize;

use super::context::Ctx;
use super::features::{Features, N};
use crate::lexicon::classes::is_speaker_pronoun;
use crate::lexicon::ATTRIBUTION_WEIGHTS;
use crate::speakers::{Kind, Speaker};

/// How many entities a pronoun may stand for, as candidates.
const PRONOUN_ALTERNATIVES: usize = 3;

/// A possible speaker for a cue or a quote.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub speaker: Speaker,
    /// The feature that names how it was found ("cue_left", "quote_post_cue").
    pub via: &'static str,
    /// The mention is next to the cue, so the attribution span covers both.
    pub adjacent: bool,
    /// For a quote: the cue it takes.
    pub cue: Option<usize>,
    /// For a quote through a cue: that cue's own confidence.
    pub cue_confidence: f32,
    pub features: Features,
}

/// The winner of a decision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Choice {
    pub index: usize,
    /// The softmax probability of the winner among the candidates and "none".
    pub confidence: f32,
    /// "None of these" is likelier than the winner.
    pub none_likelier: bool,
}

fn weights() -> &'static [f32; N] {
    &ATTRIBUTION_WEIGHTS
}

/// Scores of the candidates, and of "none of these".
fn scores(cands: &[Candidate]) -> (Vec<f32>, f32) {
    let w = weights();
    let mut none = Features::default();
    none.on("none");
    (
        cands.iter().map(|c| c.features.score(w)).collect(),
        none.score(w),
    )
}

/// Softmax probabilities of the candidates (the last entry is "none").
fn probabilities(scores: &[f32], none: f32) -> Vec<f32> {
    let max = scores.iter().copied().fold(none, f32::max);
    let exps: Vec<f32> = scores
        .iter()
        .chain(std::iter::once(&none))
        .map(|s| (s - max).exp())
        .collect();
    let sum: f32 = exps.iter().sum();
    exps.iter().map(|e| e / sum).collect()
}

/// The best candidate (the first of equals) and its confidence.
pub(super) fn choose(cands: &[Candidate]) -> Option<Choice> {
    if cands.is_empty() {
        return None;
    }
    let (s, none) = scores(cands);
    let p = probabilities(&s, none);
    let index = (0..cands.len()).fold(0, |best, i| if s[i] > s[best] { i } else { best });
    // Ways of finding a speaker that agree on it add up.
    let same = |c: &Candidate| c.speaker.name == cands[index].speaker.name;
    let share: f32 = (0..cands.len())
        .filter(|&i| same(&cands[i]))
        .map(|i| p[i])
        .sum();
    Some(Choice {
        index,
        confidence: share.min(1.0) * cands[index].cue_confidence,
        none_likelier: p[cands.len()] > share,
    })
}

impl Ctx<'_> {
    /// Fills the features every candidate has: the form of its mention, what the speaker
    /// is, how far it is from `anchor` (a word of the cue or quote), how salient it is.
    pub(super) fn describe(&self, c: &mut Candidate, anchor: usize) {
        let sp = &c.speaker;
        let f = &mut c.features;
        f.on(c.via);
        let first = self.words.partition_point(|w| w.end() <= sp.start);
        let last = self
            .words
            .partition_point(|w| w.start < sp.end)
            .max(first + 1)
            - 1;
        let key = self.keys.get(first).unwrap_or("");
        let mention = if first == last && is_speaker_pronoun(key) {
            "mention_pronoun"
        } else if sp.entity.is_none() {
            "mention_description"
        } else if !self.words.get(first).is_some_and(|w| w.is_capitalized()) {
            "mention_title_only"
        } else if first == last {
            "mention_short_name"
        } else {
            "mention_full_name"
        };
        f.on(mention);
        f.on(match self.kind_of(sp) {
            Kind::Person => "kind_person",
            Kind::Organisation => "kind_organisation",
            Kind::Group => "kind_group",
            Kind::Document => "kind_document",
            Kind::Anonymous => "kind_anonymous",
            Kind::Place => "kind_place",
        });
        if first < self.words.len() && anchor < self.words.len() {
            let apart = first.abs_diff(anchor) as f32;
            f.set("words_apart", (1.0 + apart).ln());
            let (a, b) = (self.sentence_of[first], self.sentence_of[anchor]);
            f.set("sentences_apart", a.abs_diff(b).min(3) as f32);
            let (pa, pb) = (self.paragraph_of(first), self.paragraph_of(anchor));
            f.set("paragraphs_apart", pa.abs_diff(pb).min(3) as f32);
            if self.nest.quote_of(first).is_some()
                && self.nest.quote_of(first) != self.nest.quote_of(anchor)
            {
                f.on("inside_quote");
            }
        }
        if let Some(e) = sp.entity {
            let seen = self.reg.mentions_before(e, sp.start);
            f.set("mentions", (1.0 + seen as f32).ln());
            if self.spoke_before(e, sp.start) {
                f.on("spoke_before");
            }
        }
    }

    /// A candidate whose mention is he, she, they or it, as several: one per entity the
    /// pronoun may refer to (the nearest fitting one first), each with its rank and whether
    /// that antecedent was a subject or spoke before.
    pub(super) fn expand_pronouns(&self, cands: Vec<Candidate>, anchor: usize) -> Vec<Candidate> {
        let mut out = Vec::with_capacity(cands.len());
        for c in cands {
            // (Compared in place: no lower-cased copy of every candidate's mention.)
            let mention = &self.text[c.speaker.start..c.speaker.end];
            let key = ["he", "she", "they", "it"]
                .into_iter()
                .find(|p| mention.eq_ignore_ascii_case(p))
                .filter(|_| c.via != "cue_pronoun_sentence");
            let Some(key) = key else {
                out.push(c);
                continue;
            };
            // "About two dozen drivers queued. They said": a group or organisation the
            // previous sentence opened with, named only by a description.
            if matches!(key, "they" | "it") {
                if let Some(mut d) = self.previous_subject_description(c.speaker.start, key) {
                    d.start = c.speaker.start;
                    d.end = c.speaker.end;
                    let mut alt = Candidate {
                        speaker: d,
                        features: Features::default(),
                        ..c.clone()
                    };
                    self.describe(&mut alt, anchor);
                    alt.features.on("antecedent_previous_subject");
                    out.push(alt);
                }
            }
            let alts = self
                .reg
                .pronoun_antecedents(key, c.speaker.start, PRONOUN_ALTERNATIVES);
            if c.speaker.entity.is_none() || alts.first() != c.speaker.entity.as_ref() {
                out.push(c);
                continue;
            }
            for (rank, &e) in alts.iter().enumerate() {
                let mut alt = c.clone();
                alt.speaker.entity = Some(e);
                alt.speaker.name = Some(self.reg.entities[e].name.clone());
                // What this antecedent is, not what the nearest one was.
                alt.features = Features::default();
                self.describe(&mut alt, anchor);
                let f = &mut alt.features;
                f.set("pronoun_rank", rank as f32);
                f.set(
                    "antecedent_subject",
                    f32::from(u8::from(self.reg.subject_before(e, c.speaker.start))),
                );
                f.set(
                    "antecedent_spoke",
                    f32::from(u8::from(self.spoke_before(e, c.speaker.start))),
                );
                f.set("spoke_before", 0.0);
                out.push(alt);
            }
        }
        out
    }
}

impl Ctx<'_> {
    /// The description that opens the sentence before byte `pos`, when it fits the pronoun:
    /// a group for "they", an organisation or document for "it".
    fn previous_subject_description(&self, pos: usize, pronoun: &str) -> Option<Speaker> {
        let w = self.words.partition_point(|w| w.start < pos);
        let s = (*self.sentence_of.get(w)? as usize).checked_sub(1)?;
        let last = self
            .words
            .partition_point(|x| x.start < self.sentences[s].1)
            .checked_sub(1)?;
        let subject = self.first_subject(last)?;
        let kind = self.kind_of(&subject);
        let fits = match pronoun {
            "they" => kind == Kind::Group,
            _ => matches!(kind, Kind::Organisation | Kind::Document),
        };
        fits.then_some(subject)
    }
}

/// One speaker decision, kept to explain it.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// "cue" or "quote".
    pub what: &'static str,
    /// The cue or the quote, byte offsets (UTF-16 once in a report).
    pub start: usize,
    pub end: usize,
    pub candidates: Vec<Considered>,
    /// Index of the winner in `candidates`.
    pub chosen: Option<usize>,
}

/// A candidate as the explanation shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Considered {
    pub speaker: Option<String>,
    pub speaker_start: usize,
    pub speaker_end: usize,
    pub via: &'static str,
    pub score: f32,
    /// How likely this candidate is the speaker: its softmax share, times the cue's own
    /// confidence for a quote's candidate through a cue (so the winner's is the reported
    /// `speaker_confidence`).
    pub probability: f32,
    pub features: Vec<(&'static str, f32)>,
}

/// The explanation of one decision over `cands`.
pub(super) fn explain(
    what: &'static str,
    span: (usize, usize),
    cands: &[Candidate],
    chosen: Option<usize>,
) -> Decision {
    let (s, none) = scores(cands);
    let p = probabilities(&s, none);
    Decision {
        what,
        start: span.0,
        end: span.1,
        candidates: cands
            .iter()
            .zip(s.iter().zip(&p))
            .map(|(c, (score, prob))| Considered {
                speaker: c.speaker.name.clone(),
                speaker_start: c.speaker.start,
                speaker_end: c.speaker.end,
                via: c.via,
                score: *score,
                probability: (*prob * c.cue_confidence).min(1.0),
                features: c.features.named(),
            })
            .collect(),
        chosen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(via: &'static str) -> Candidate {
        let mut features = Features::default();
        features.on(via);
        Candidate {
            speaker: Speaker {
                start: 0,
                end: 0,
                name: Some(via.to_string()),
                entity: None,
            },
            via,
            adjacent: false,
            cue: None,
            cue_confidence: 1.0,
            features,
        }
    }

    #[test]
    fn the_highest_score_wins_and_confidence_is_its_softmax_share() {
        let cands = [cand("cue_inverted"), cand("cue_left")];
        let c = choose(&cands).unwrap();
        assert_eq!(c.index, 1);
        assert!(c.confidence > 0.5 && c.confidence < 1.0, "{c:?}");
        // One clear candidate is surer than two close ones.
        let alone = choose(&cands[1..]).unwrap();
        assert!(alone.confidence > c.confidence);
    }

    #[test]
    fn candidates_that_agree_on_the_speaker_add_up() {
        let mut same = cand("cue_inverted");
        same.speaker.name = Some("cue_left".into());
        let agree = choose(&[cand("cue_left"), same]).unwrap();
        let differ = choose(&[cand("cue_left"), cand("cue_inverted")]).unwrap();
        assert!(agree.confidence > differ.confidence);
    }

    #[test]
    fn no_candidates_no_choice() {
        assert_eq!(choose(&[]), None);
    }
}
