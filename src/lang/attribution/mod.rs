//! Who said it, in French, German and Spanish.
//!
//! The cues are the language's (`data/<lang>/cues.txt`), with their auxiliaries ("a
//! déclaré", "hat erklärt", "ha dicho") and, in French, the inverted pronoun ("a-t-il
//! ajouté", "estime-t-elle"). A cue's speaker is found where these languages put it:
//!
//! ```text
//! after a quote or a comma, the subject follows the verb   « … », a affirmé le ministre
//!                                                           „…“, sagte Kuhn / so Kuhn
//!                                                           —…—dijo la portavoz
//! German and Spanish invert anywhere                        Am Montag sagte Kuhn, …
//! else the subject comes before                             Claire Aubert a déclaré que …
//! "selon", "laut", "según" take the source after them       selon le parquet
//! Spanish drops the pronoun                                 «…», añadió.  (the last speaker)
//! ```
//!
//! A quote takes the cue right after it, a cue set inside it between commas (« …, a-t-il
//! ajouté, … »), else the nearest cue before it in its sentence; a quote with none continues
//! the speaker of the quote before it in its paragraph, or of the previous paragraph when it
//! opens its own. Short quotes with no speaker are scare quotes.
//!
//! Confidences are fixed per way of finding the speaker ([`Found`]); unlike English they
//! are not fitted on a corpus.
//!
//! ```text
//! cues      the cues of the text, where each stands, its rule; interview labels   cues.rs
//! speakers  where each cue's speaker stands: inverted, before, after "selon"     speakers.rs
//! resolve   who that phrase is: names, pronouns, roles, epithets, descriptions resolve.rs
//! phrases   a noun phrase's head, complements and end; names with lowercase words phrases.rs
//! linking   each quote's cue, or the speaker it continues                       linking.rs
//! ```
//!
//! This file holds the tunables, the engine and its run.

use super::names::{Entities, Memo, Reader};
use super::{Agreement, Class, CueRule, Tables};
use crate::attribution::{AttributedQuote, AttributionSpan};
use crate::quotes::QuoteSpan;
use crate::report::{AttributionKind, QuoteKind};
use crate::speakers::{Kind, Speaker};
use crate::text::{QuoteIndex, Segmented, WordView};

mod cues;
mod linking;
mod phrases;
mod resolve;
mod speakers;

use linking::Link;

// The tunables.

/// Quotes of at most this many words with no speaker are scare quotes.
const SCARE_MAX_WORDS: usize = 3;
/// A cue before a quote in its sentence introduces it within this many words ("X a
/// dénoncé mardi devant la presse « une mascarade »").
const PRE_QUOTE_WORDS: usize = 25;
/// Adverbs that may stand between an auxiliary and its participle ("a également
/// déclaré"), at most.
const ADVERBS_IN_CUE: usize = 2;
/// How far back (in words) a German participle looks for its auxiliary ("hat am Montag in
/// Berlin erklärt").
const AUX_REACH: usize = 8;
/// A subject before its cue spans at most this many words, a description included.
const SUBJECT_WORDS: usize = 9;
/// An apposition between a subject and its cue ("Aubert, la ministre de la Justice, a
/// déclaré") spans at most this many words.
const APPOSITION_WORDS: usize = 12;
/// A long description before its name in apposition ("la secretaria general de la federación
/// de servicios de CC OO en Castilla y León, Elena Morán") spans at most this many words.
const APPOSED_WORDS: usize = 16;
/// Content markers may follow a cue (and an inverted subject) within this many words.
const CONTENT_MARKER_WORDS: usize = 4;
/// How many mentions back a pronoun or a role looks for its entity.
const LOOKBACK: usize = 40;

/// An impersonal cue's source follows within this many words.
const SOURCE_REACH: usize = 4;
/// How far a German verb's clause-final particle is looked for.
const PARTICLE_REACH: usize = 12;

/// The head of a description is looked for within this many words of its determiner.
const HEAD_WORDS: usize = 5;

/// Confidence of a speaker, by how it was found. Hand-set in the order of how sure each way
/// is (no annotated corpus in these languages to fit them on, as English's are fitted), on
/// the scale of English's calibrated confidence: the last two, and `DROPPED_SUBJECT`, are
/// under `present::items::LOW_CONFIDENCE` and show as uncertain.
const NAMED: f32 = 0.95;
const ROLE_RESOLVED: f32 = 0.92;
const DESCRIBED: f32 = 0.9;
const PRONOUN: f32 = 0.88;
const CONTINUED: f32 = 0.86;
const BRIDGED: f32 = 0.7;
/// A dropped subject continues the last speaker over at most this many paragraphs (a
/// dialogue's question in between).
const DROPPED_SUBJECT_PARAGRAPHS: usize = 2;
/// A dialogue turn with no cue continues the speaker of a turn at most this many
/// paragraphs back, the questions between passed over.
const DIALOGUE_TURNS: usize = 4;
/// How many sentences back (in its paragraph) a pronoun or an epithet looks for the
/// person the text is about.
const TOPIC_SENTENCES: usize = 2;
/// How many mentions back an unresolved role ("le prévenu") looks for the person the text
/// is about.
const BRIDGE_LOOKBACK: usize = 12;
const DROPPED_SUBJECT: f32 = 0.75;

/// A cue: words `first..=last` (auxiliary to verb), the verb at `verb`.
#[derive(Debug, Clone, Copy)]
struct Cue {
    first: usize,
    last: usize,
    rule: CueRule,
    /// The subject inside the verb form ("a-t-il", "dit-elle").
    inverted: Option<Agreement>,
    /// A German auxiliary earlier in the clause ("hat … erklärt").
    aux: Option<usize>,
}

/// A speaker found for a cue or a quote.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    name: String,
    kind: Kind,
    entity: Option<usize>,
    /// Who the mention can be, for the pronouns that follow.
    agreement: Agreement,
    confidence: f32,
}

impl Found {
    /// The same speaker, referred to again at `span` (a pronoun, a dropped subject).
    fn again(&self, span: (usize, usize), confidence: f32) -> Found {
        Found {
            start: span.0,
            end: span.1,
            confidence,
            ..self.clone()
        }
    }
}

struct Engine<'a> {
    r: Reader<'a>,
    t: &'static Tables,
    es: Entities,
    quotes: &'a [QuoteSpan],
    /// The innermost quote each word is in.
    quotes_of_words: QuoteIndex,
    /// The last speaker found, for pronouns and dropped subjects.
    last: Option<(Found, usize)>,
    /// The last speaker of a cue outside quotes, for the person the text is about.
    narrated: Option<Found>,
}

/// Attributes the quotes of a French, German or Spanish text and finds its reported speech.
pub fn attribute(
    seg: &Segmented,
    quotes: &[QuoteSpan],
    t: &'static Tables,
) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
    let view = WordView::new(seg);
    let memo = Memo::new(view.len());
    let r = Reader::new(view, t, &memo);
    let quotes_of_words = QuoteIndex::new(view.words, quotes);
    let es = Entities::collect(&r, &|i| quotes_of_words.quote_of(i).is_some());
    let mut e = Engine {
        r,
        t,
        es,
        quotes,
        quotes_of_words,
        last: None,
        narrated: None,
    };
    e.run()
}

impl Engine<'_> {
    fn view(&self) -> &WordView<'_> {
        &self.r.view
    }

    /// The innermost quote word `i` is in.
    fn quote_of(&self, i: usize) -> Option<usize> {
        self.quotes_of_words.quote_of(i)
    }

    /// The text from byte `a` to `b`; empty when `b` comes first (a quote may start
    /// inside the sentence or word a rule measures from).
    fn between(&self, a: usize, b: usize) -> &str {
        self.r.view.text.get(a..b).unwrap_or("")
    }

    /// The quotes that end before `pos` with only `gap` chars after them (spaces, say):
    /// those that end within the run of such chars before `pos`. Callers test the text
    /// between more closely on these few, not on every quote of the text.
    fn quotes_just_before(
        &self,
        pos: usize,
        gap: impl Fn(char) -> bool,
    ) -> impl Iterator<Item = &QuoteSpan> {
        let near = self.r.view.text[..pos].trim_end_matches(gap).len();
        self.quotes
            .iter()
            .filter(move |q| (near..=pos).contains(&q.end))
    }

    fn run(&mut self) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
        let cues = self.find_cues();
        // Each cue's speaker, in text order (a pronoun or a dropped subject needs the ones
        // before it).
        let mut speakers: Vec<Option<Found>> = Vec::with_capacity(cues.len());
        for (ci, c) in cues.iter().enumerate() {
            let f = self
                .cue_speaker(c)
                .or_else(|| self.coordinated(ci, &cues, &speakers));
            // A cue that reports no speech ("Un incendie s'est déclaré") names nobody to
            // come back to.
            let speech =
                self.quote_of(c.first).is_some() || self.licensed(c) || self.quote_follows(c);
            if let Some(f) = f.as_ref().filter(|_| speech) {
                let para = self.view().paragraph_of(c.first);
                self.last = Some((f.clone(), para));
                if self.quote_of(c.first).is_none() {
                    self.narrated = Some(f.clone());
                }
                if let Some(e) = f.entity {
                    self.es.mention(e, f.start);
                }
            }
            speakers.push(f);
        }
        let links = self.link_quotes(&cues, &speakers);
        let mut linked = vec![false; cues.len()];
        let mut out_quotes = Vec::with_capacity(self.quotes.len());
        for (q, link) in self.quotes.iter().zip(&links) {
            if let Some(Link::Cue(c)) = link {
                linked[*c] = true;
            }
            let (speaker, cue) = match link {
                Some(Link::Cue(c)) => (speakers[*c].clone(), Some(self.cue_span(&cues[*c]))),
                Some(Link::Continues(f)) => (Some(f.clone()), None),
                None => (None, None),
            };
            let words = self.words_in(q);
            let kind = if speaker.is_none() && words <= SCARE_MAX_WORDS && !self.dash_turn(q) {
                QuoteKind::Scare
            } else {
                QuoteKind::Speech
            };
            out_quotes.push(AttributedQuote {
                span: *q,
                speaker_kind: speaker.as_ref().map(|f| f.kind),
                confidence: speaker.as_ref().map(|f| f.confidence),
                speaker: speaker.map(|f| Speaker {
                    start: f.start,
                    end: f.end,
                    name: Some(f.name),
                    entity: None,
                }),
                cue,
                kind,
            });
        }
        let mut attributions = Vec::new();
        for (i, c) in cues.iter().enumerate() {
            let f = speakers[i].as_ref();
            if f.is_none() && c.rule != CueRule::Impersonal {
                continue;
            }
            if !linked[i] && !self.licensed(c) {
                continue;
            }
            let (cs, ce) = self.cue_span(c);
            let kind = if matches!(c.rule, CueRule::AccordingTo | CueRule::Viewpoint) {
                AttributionKind::AccordingTo
            } else if linked[i] {
                AttributionKind::Direct
            } else if f.is_none() {
                AttributionKind::Other
            } else {
                AttributionKind::Indirect
            };
            attributions.push(AttributionSpan {
                start: f.map_or(cs, |f| cs.min(f.start)),
                end: f.map_or(ce, |f| ce.max(f.end)),
                speaker: f.map(|f| f.name.clone()),
                speaker_kind: f.map(|f| f.kind),
                confidence: f.map(|f| f.confidence),
                cue_start: cs,
                cue_end: ce,
                kind,
            });
        }
        attributions.extend(self.labels());
        crate::attribution::sort_spans(&mut attributions);
        (out_quotes, attributions)
    }

    /// A verb coordinated with an earlier cue of its sentence shares its subject ("Le
    /// député a déclaré que … et a appelé les élus à …", "sagte … und kündigte … an").
    fn coordinated(&self, ci: usize, cues: &[Cue], speakers: &[Option<Found>]) -> Option<Found> {
        let v = self.view();
        let c = &cues[ci];
        let before = c.first.checked_sub(1)?;
        if !self.r.joined(before) || !self.t.is(v.key(before), Class::Coordinator) {
            return None;
        }
        let s = v.sentence_of[c.first];
        let k = (0..ci).rev().find(|&k| {
            v.sentence_of[cues[k].last] == s
                && self.quote_of(cues[k].first) == self.quote_of(c.first)
                && c.first - cues[k].last <= PRE_QUOTE_WORDS
        })?;
        let f = speakers[k].as_ref()?;
        Some(f.again(self.cue_span(c), f.confidence))
    }

    /// A quote opens after the cue in its sentence.
    fn quote_follows(&self, c: &Cue) -> bool {
        let v = self.view();
        let (end, s) = (v.words[c.last].end(), v.sentence_of[c.last] as usize);
        self.quotes
            .iter()
            .any(|q| q.start >= end && q.start < v.sentences[s].1)
    }

    fn cue_span(&self, c: &Cue) -> (usize, usize) {
        (
            self.view().words[c.first].start,
            self.view().words[c.last].end(),
        )
    }

    fn words_in(&self, q: &QuoteSpan) -> usize {
        let v = self.view();
        let a = v.words.partition_point(|w| w.start < q.start);
        let b = v.words.partition_point(|w| w.end() <= q.end);
        b.saturating_sub(a)
    }
}
