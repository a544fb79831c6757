//! Each quote's speaker: the candidates of the cues that may introduce it, of punctuation
//! ("Name: “…”", "“…” ― Name"), and, for a quote with no cue, of the quote before it and of
//! its clause's subject; the ranker chooses among them.

use super::context::Ctx;
use super::features::Features;
use super::resolve::{choose, explain, Candidate};
use super::subject::Found;
use super::{AttributedQuote, AttributionSpan, CueSpeaker, Decision};
use super::{SCARE_MAX_WORDS, UNCUED_SPEAKER_FLOOR};
use crate::cues::Cue;
use crate::report::{AttributionKind, QuoteKind};
use crate::speakers::Speaker;

/// How far before a quote the speech noun framing it may stand ("her claim that the
/// council had “lied”").
const FRAME_REACH_WORDS: usize = 20;
/// Modifiers between an owner and a speech noun framing a quote ("his most explosive claim").
const FRAME_MODIFIERS: usize = 3;
/// How far before an uncued quote a subject pronoun of its clause may stand.
const PRONOUN_SUBJECT_WORDS: usize = 20;

impl Ctx<'_> {
    /// A subject pronoun nearer to the quote at word `first_in` than the sentence's subject
    /// `subject`, in the same run of the sentence (no comma or stop between): the subject of
    /// the quote's own clause ("Ana Ruiz stayed calm, even though she found “evidence” of
    /// it", "Bo Chen is winning applause as he keeps talking about the “power of we”").
    /// Not a pronoun inside what a cue after the subject reports ("Ruiz suggested Chen was
    /// wrong because he took “about $200”": the quote is in Ruiz's report), nor a
    /// capitalised one inside a headline.
    fn nearer_pronoun_subject(
        &self,
        first_in: usize,
        subject: &Speaker,
        cues: &[Cue],
    ) -> Option<Speaker> {
        let sentence = self.sentence_of[first_in];
        let scope = self.nest.quote_of(first_in - 1);
        let j = (first_in.saturating_sub(PRONOUN_SUBJECT_WORDS)..first_in)
            .rev()
            .take_while(|&j| {
                self.sentence_of[j] == sentence
                    && self.words[j].start >= subject.end
                    && self.nest.quote_of(j) == scope
                    && (j + 1 == first_in || !self.gap(j, j + 1).contains([',', ';', ':', '—']))
            })
            .find(|&j| matches!(self.key(j), "he" | "she" | "they"))?;
        let reported = cues[cues.partition_point(|c| self.words[c.first].start < subject.end)..]
            .iter()
            .take_while(|c| c.first < j)
            .next()
            .is_some();
        let headline = self.words[j].is_capitalized() && !self.opens_sentence(j);
        (!reported && !headline).then(|| self.pronoun(j))
    }
}

/// Each quote takes a cue (after it, before it, later in its sentence), is a scare quote,
/// or continues the speaker of the quote before it.
pub(super) fn link_quotes(
    ctx: &Ctx,
    cues: &[Cue],
    speaker_of_cue: &[Option<CueSpeaker>],
    used: &mut [Option<AttributionKind>],
    marks: &mut Vec<AttributionSpan>,
    decisions: &mut Option<Vec<Decision>>,
) -> Vec<AttributedQuote> {
    let text = ctx.text;
    let mut out_quotes = Vec::with_capacity(ctx.quotes.len());
    // The last speaker of a top-level quote: (paragraph, speaker, confidence).
    let mut prev: Option<(usize, Speaker, f32)> = None;
    for (qi, q) in ctx.quotes.iter().enumerate() {
        let first_in = ctx.words.partition_point(|w| w.start < q.start);
        let para = ctx.paragraph_at(q.start);
        let has_speaker = |c: usize| {
            speaker_of_cue[c]
                .as_ref()
                .is_some_and(|cs| cs.speaker.is_some())
        };
        let mut cands: Vec<Candidate> = Vec::new();
        let anchor = first_in.min(ctx.words.len().saturating_sub(1));
        // Adds a candidate; a quote is never its own speaker, so a mention inside the quote
        // ("according「to e", the quote opening inside the cue phrase) is none (false).
        let add = |cands: &mut Vec<Candidate>, speaker: Speaker, via, cue, conf| {
            if q.start <= speaker.start && speaker.end <= q.end {
                return false;
            }
            let mut c = Candidate {
                speaker,
                via,
                adjacent: false,
                cue,
                cue_confidence: conf,
                features: Features::default(),
            };
            ctx.describe(&mut c, anchor);
            cands.push(c);
            true
        };
        let from_cue = |c: usize| {
            let cs = speaker_of_cue[c].as_ref()?;
            Some((cs.speaker.clone()?, cs.confidence))
        };
        if let Some(c) = ctx.post_quote_cue(qi, cues, &has_speaker) {
            if let Some((sp, conf)) = from_cue(c) {
                add(&mut cands, sp, "quote_post_cue", Some(c), conf);
            }
        }
        if let Some((c, counts)) = ctx.pre_quote_cue(qi, cues, &has_speaker) {
            if let Some((sp, conf)) = from_cue(c) {
                let via = if counts {
                    "quote_pre_cue"
                } else {
                    "quote_pre_cue_near"
                };
                add(&mut cands, sp, via, Some(c), conf);
            }
        }
        if let Some(c) = ctx.colon_cue_before(qi, cues, &has_speaker) {
            if let Some((sp, conf)) = from_cue(c) {
                add(&mut cands, sp, "quote_colon_cue", Some(c), conf);
            }
        }
        if let Some(c) = ctx
            .later_quote_cue(qi, cues, &has_speaker)
            .filter(|&c| cands.iter().all(|x| x.cue != Some(c)))
        {
            if let Some((sp, conf)) = from_cue(c) {
                add(&mut cands, sp, "quote_later_cue", Some(c), conf);
            }
        }
        // "Although Ruiz says she “loves the town,” she also accuses it": the cue after the
        // comma that closes the quote's opening clause is the main clause's.
        if let Some(pre) = cands
            .iter()
            .find(|c| c.via == "quote_pre_cue")
            .and_then(|c| c.cue)
        {
            cands.retain(|c| {
                !matches!(c.via, "quote_post_cue" | "quote_later_cue")
                    || c.cue
                        .is_none_or(|k| !ctx.ends_opening_clause(qi, &cues[pre], &cues[k]))
            });
        }
        // Punctuation that attributes: "Name: “…”", "“…” ― Name".
        let mut mark_cue: Vec<(usize, (usize, usize))> = Vec::new();
        if cands
            .iter()
            .all(|c| c.via != "quote_pre_cue" && c.via != "quote_pre_cue_near")
        {
            if let Some((sp, span)) = ctx.colon_speaker(qi) {
                if add(&mut cands, sp, "quote_colon_subject", None, 1.0) {
                    mark_cue.push((cands.len() - 1, span));
                }
            }
        }
        if let Some((sp, span)) = ctx.dash_speaker(qi) {
            if add(&mut cands, sp, "quote_dash_name", None, 1.0) {
                mark_cue.push((cands.len() - 1, span));
            }
        }
        // "“…,” he surmised": a clause right after the quote whose verb is no known cue.
        if cands.is_empty() {
            if let Some(cue) = ctx.tail_clause_cue(qi) {
                if let Found::Candidates(found) = ctx.cue_candidates(&cue, None) {
                    if let Some(c) = choose(&found) {
                        let sp = found[c.index].speaker.clone();
                        if add(&mut cands, sp, "quote_post_cue", None, c.confidence) {
                            let span = (ctx.words[cue.first].start, ctx.words[cue.last].end());
                            mark_cue.push((cands.len() - 1, span));
                        }
                    }
                }
            }
        }
        let word_count = ctx.count_between(q.start, q.end);
        let opens_paragraph = text[ctx.paragraph_start(para)..q.start].trim().is_empty();
        let short = word_count <= SCARE_MAX_WORDS && !opens_paragraph;
        let framed = ctx.scare_frame(q.start);
        // "the so-called “reform”": a term, whatever cue is near.
        if framed {
            cands.clear();
            mark_cue.clear();
        }
        let by_cue = !cands.is_empty();
        if !by_cue && !framed {
            // (A quote inside a quote with no cue of its own is the outer speaker's: their
            // own words or thought, "“My first reaction was, ‘Oh no …’,” Hege said".)
            // The subject of the quote's clause ("Trump admires Putin as a “strong
            // leader”"), or of the sentence before a quote that opens its own.
            let sentence_start = first_in >= ctx.words.len()
                || first_in == 0
                || ctx.sentence_of[first_in - 1] != ctx.sentence_of[first_in];
            // From the word before the quote: the subject stands outside it.
            let subject = (!sentence_start)
                .then(|| ctx.first_subject(first_in - 1))
                .flatten()
                .map(|s| ctx.nearer_pronoun_subject(first_in, &s, cues).unwrap_or(s));
            // A quote in a clause with a subject and verb of its own ("He rails against its
            // “wall”") is that subject's: it does not continue the speaker of the quote
            // before it. (Not a quote inside a quote, whose clause is the outer speaker's
            // words, nor a quote right after its subject, "Abbas “has put aside efforts”",
            // that goes on quoting.)
            let own_clause = q.depth == 0
                && subject
                    .as_ref()
                    .is_some_and(|s| s.end < ctx.words[first_in - 1].start);
            if let Some((p, sp, conf)) = prev.as_ref().filter(|_| !own_clause) {
                // "“…,” says Ana Ruiz, a nurse. She says people should choose. “…”": the
                // speaker is shown by their latest mention before the quote, the subject
                // of a cue of theirs since the quote before.
                let latest = |sp: &Speaker| {
                    let upto = cues.partition_point(|c| ctx.words[c.last].end() <= q.start);
                    (0..upto)
                        .rev()
                        .take_while(|&c| ctx.words[cues[c].first].start > sp.end)
                        .filter(|&c| ctx.nest.quote_of(cues[c].first).is_none())
                        .find_map(|c| {
                            let m = speaker_of_cue[c].as_ref()?.speaker.as_ref()?;
                            (m.entity.is_some() && m.entity == sp.entity && m.start > sp.end)
                                .then(|| m.clone())
                        })
                        // ("“…,” Ana Ruiz added. She then had a question. ¶ “…?”": the
                        // subject of the sentence before the quote, when it is theirs.)
                        .or_else(|| {
                            let m = ctx.first_subject(first_in.checked_sub(1)?)?;
                            (m.entity.is_some() && m.entity == sp.entity && m.start > sp.end)
                                .then_some(m)
                        })
                        .unwrap_or_else(|| sp.clone())
                };
                if *p == para {
                    add(
                        &mut cands,
                        latest(sp),
                        "quote_continues_paragraph",
                        None,
                        *conf,
                    );
                } else if opens_paragraph && *p + 1 == para {
                    let via = "quote_continues_previous_paragraph";
                    add(&mut cands, latest(sp), via, None, *conf);
                }
            }
            // "Rubio’s favourite claim was that his rival “would say anything”": a quote in
            // the content of an owned speech noun is the owner's.
            if first_in < ctx.words.len() {
                let sentence = ctx.sentence_of[first_in];
                let frame = (first_in.saturating_sub(FRAME_REACH_WORDS)..first_in)
                    .rev()
                    .take_while(|&k| ctx.sentence_of[k] == sentence)
                    .filter(|&k| ctx.nest.quote_of(k) == ctx.scope_of(qi))
                    .find_map(|k| ctx.frame_owner(k, FRAME_MODIFIERS));
                if let Some(sp) = frame {
                    add(&mut cands, sp, "quote_nominal_frame", None, 1.0);
                }
            }
            if let Some(sp) = subject {
                add(&mut cands, sp, "quote_sentence_subject", None, 1.0);
            } else if sentence_start
                && first_in > 0
                && first_in < ctx.words.len()
                && ctx.paragraph_of(first_in - 1) + usize::from(opens_paragraph) == para
            {
                // The speaker of the sentence's first reporting verb, if it has one ("Lee
                // identified fatigue as one reason that they should vote. “…”"), else the
                // subject of its last clause.
                // (Cues and sentences are in text order.)
                let before = ctx.sentence_of[first_in - 1];
                let start = ctx.sentence_of.partition_point(|&s| s < before);
                let from = cues.partition_point(|c| c.first < start);
                let reported = (from..cues.len())
                    .take_while(|&c| cues[c].first < first_in)
                    .filter(|&c| ctx.nest.quote_of(cues[c].first).is_none())
                    .find_map(from_cue);
                let subject = reported
                    .map(|(sp, _)| sp)
                    .or_else(|| ctx.first_subject(first_in - 1));
                if let Some(sp) = subject {
                    add(&mut cands, sp, "quote_previous_sentence_subject", None, 1.0);
                }
            }
        }
        for c in &mut cands {
            c.features
                .set("quote_words", (1.0 + word_count as f32).ln());
            if short {
                c.features.on("quote_short");
            }
        }
        // Without a cue, "none of these" may be the likelier answer: a scare quote when it
        // is short or framed as a term, else a quote whose speaker is not given.
        let choice = choose(&cands).filter(|c| by_cue || c.confidence >= UNCUED_SPEAKER_FLOOR);
        let kind = if choice.is_none() && (framed || short) {
            QuoteKind::Scare
        } else {
            QuoteKind::Speech
        };
        if let Some(d) = decisions.as_mut() {
            d.push(explain(
                "quote",
                (q.start, q.end),
                &cands,
                choice.map(|c| c.index),
            ));
        }
        let won = choice.map(|c| (&cands[c.index], c.confidence));
        if let Some(c) = choice {
            // A punctuation cue is reported once, by the first quote that takes it (a quote
            // nested in another may take the same dash).
            let mark = mark_cue
                .iter()
                .find(|(i, _)| *i == c.index)
                .filter(|(_, (cs, _))| !marks.iter().any(|m: &AttributionSpan| m.cue_start == *cs));
            if let Some(&(_, (cs, ce))) = mark {
                let sp = &cands[c.index].speaker;
                marks.push(AttributionSpan {
                    start: cs.min(sp.start),
                    end: ce.max(sp.end),
                    speaker: sp.name.clone(),
                    speaker_kind: Some(ctx.kind_of(sp)),
                    confidence: Some(c.confidence),
                    cue_start: cs,
                    cue_end: ce,
                    kind: AttributionKind::Direct,
                });
            }
        }
        if let Some((c, _)) = won {
            if let Some(cue) = c.cue {
                used[cue] = Some(AttributionKind::Direct);
            }
        }
        let speaker = won.map(|(c, _)| c.speaker.clone());
        if q.depth == 0 {
            if let Some((c, conf)) = won {
                prev = Some((para, c.speaker.clone(), conf));
            }
        }
        let cue_span = won.and_then(|(c, _)| c.cue).map(|c| {
            (
                ctx.words[cues[c].first].start,
                ctx.words[cues[c].last].end(),
            )
        });
        out_quotes.push(AttributedQuote {
            span: *q,
            speaker_kind: speaker.as_ref().map(|s| ctx.kind_of(s)),
            confidence: won.map(|(_, conf)| conf),
            speaker,
            cue: cue_span,
            kind,
        });
    }
    out_quotes
}

/// The first person inside a quote is its speaker: in "“…, and I told him, ‘…’,” Ruiz said",
/// the cue "told" and the quote it opens are Ruiz's, whose quote holds them. For each cue
/// whose speaker is an unresolved "I" inside a quote with a named speaker, the cue and the
/// quotes it gave a speaker take that name.
pub(super) fn first_person_in_quotes(
    ctx: &Ctx,
    cues: &[Cue],
    speakers: &mut [Option<CueSpeaker>],
    quotes: &mut [AttributedQuote],
) {
    for (c, cue) in cues.iter().enumerate() {
        let Some(cs) = speakers[c].as_mut() else {
            continue;
        };
        let Some(sp) = cs.speaker.as_mut() else {
            continue;
        };
        if sp.entity.is_some() || sp.name.is_some() || !ctx.text[sp.start..sp.end].eq("I") {
            continue;
        }
        let Some(outer) = ctx.nest.quote_of(cue.first).and_then(|qi| quotes.get(qi)) else {
            continue;
        };
        let Some(named) = outer.speaker.as_ref().filter(|s| s.name.is_some()) else {
            continue;
        };
        let (name, entity, kind) = (named.name.clone(), named.entity, outer.speaker_kind);
        sp.name.clone_from(&name);
        sp.entity = entity;
        cs.kind = kind;
        let span = (ctx.words[cue.first].start, ctx.words[cue.last].end());
        for q in quotes.iter_mut().filter(|q| q.cue == Some(span)) {
            if let Some(s) = q.speaker.as_mut().filter(|s| s.name.is_none()) {
                s.name.clone_from(&name);
                s.entity = entity;
                q.speaker_kind = kind;
            }
        }
    }
}
