//! Who said it: links each quote to its speaker and cue, and finds reported speech
//! without quote marks.
//!
//! For every reporting cue the speaker is looked for where English puts it: before the
//! verb ("Trump said", "Sondland has recently tried to suggest", "Robert Danin, a senior
//! fellow, said"), after it ("said Hill", "according to a study"), or, for participles
//! and coordinated verbs ("…, adding", "and insisted"), in the clause's subject. A quote
//! takes the cue right after it, else the nearest cue before it in its sentence, else a
//! later cue in its sentence; a quote with none continues the speaker of the quote before
//! it in the paragraph, or of the previous paragraph when it opens its own. Short quotes
//! with no speaker in reach are scare quotes.
//!
//! The stages, each in its own file:
//!
//! ```text
//! names      every name becomes an entity (roles, genders)          names.rs
//! cues       reporting cues of the text                              crate::cues
//! speakers   each cue's speaker                                      subject.rs, clause_subject.rs, mentions.rs
//!            (the speaker after its cue: "said Hill")                inverted.rs
//!            (what stands between a subject and its verb)            interveners.rs
//!            (subjects broken by commas; where a noun phrase ends)   apposition.rs, noun_phrases.rs
//! quotes     each quote's cue, or the speaker it continues           linking.rs, quote_speakers.rs
//! frames     "his vow that", "Beijing's demands to"                  frames.rs
//! reported   cues outside quotes that pass their rule                licensing.rs
//!            (asides and headlines: "as Ruiz noted", "…, Ruiz Says.")   asides.rs
//! ```
//!
//! Each speaker is a decision among candidates ([`resolve`]): every way of finding one
//! proposes a candidate with named features ([`features`]), scored by the weights of
//! `data/attribution_weights.txt`; the winner's softmax share is its confidence.

mod apposition;
mod asides;
pub mod calibration;
mod clause_subject;
mod context;
pub mod features;
mod frames;
mod interveners;
mod inverted;
mod judging;
mod kinds;
mod licensing;
mod linking;
mod marks;
mod mentions;
mod names;
mod noun_phrases;
mod participles;
#[cfg(test)]
mod phenomena;
#[cfg(test)]
mod phenomena_asides;
#[cfg(test)]
mod phenomena_cues;
#[cfg(test)]
mod phenomena_evaluative;
#[cfg(test)]
mod phenomena_inverted;
#[cfg(test)]
mod phenomena_judging;
#[cfg(test)]
mod phenomena_names;
#[cfg(test)]
mod phenomena_participles;
#[cfg(test)]
mod phenomena_quotes;
#[cfg(test)]
mod phenomena_senses;
#[cfg(test)]
mod phenomena_sources;
#[cfg(test)]
mod phenomena_subjects;
#[cfg(test)]
mod probes;
mod quote_speakers;
mod resolve;
mod subject;

use crate::cues::{find_cues, Cue, Rule};
use crate::quotes::QuoteSpan;
use crate::report::{AttributionKind, QuoteKind};
use crate::speakers::{Kind, Registry, Speaker};
use crate::text::Segmented;
use calibration::{calibrated, Chosen};
use context::Ctx;
use resolve::{choose, explain};
pub use resolve::{Considered, Decision};
use std::collections::HashSet;
use subject::Found;

/// A quote with its speaker, in byte offsets.
#[derive(Debug, Clone)]
pub struct AttributedQuote {
    pub span: QuoteSpan,
    pub speaker: Option<Speaker>,
    /// What the speaker is, and how sure the choice is (0–1).
    pub speaker_kind: Option<Kind>,
    pub confidence: Option<f32>,
    /// Byte span of the linked cue.
    pub cue: Option<(usize, usize)>,
    pub kind: QuoteKind,
}

/// A reported-speech event, in byte offsets.
#[derive(Debug, Clone)]
pub struct AttributionSpan {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_kind: Option<Kind>,
    pub confidence: Option<f32>,
    pub cue_start: usize,
    pub cue_end: usize,
    pub kind: AttributionKind,
}

// The tunables.

/// How far (in words) a cue may follow a quote and still attach to it.
const POST_QUOTE_WINDOW: usize = 7;
/// How far a cue may follow a quote when a name and its apposition stand between, the
/// apposition closed by a comma before the cue ("“…,” Ana Ruiz, the former mayor of Leeds,
/// proclaimed").
const POST_QUOTE_APPOSITION_WINDOW: usize = 16;
/// How far a description may extend around its head noun.
const MAX_DESCRIPTION_WORDS: usize = 12;
/// Quotes of at most this many words with no speaker in reach are scare quotes.
const SCARE_MAX_WORDS: usize = 3;
/// A quote no cue introduces takes its best candidate (the quote's clause subject, the
/// speaker before it) when that candidate is at least this likely. Below one half "none"
/// is likelier, so such a speaker is shown as uncertain rather than withheld; the floor
/// keeps out the guesses (0.2: PolNeAR train, direct-quote speaker accuracy 0.836 at 0.5,
/// 0.853 at 0.3, 0.869 at 0.2, 0.871 at 0.15).
const UNCUED_SPEAKER_FLOOR: f32 = 0.2;
/// A cue before a quote that does not pass its rule still introduces a quote that follows
/// within this many words ("Trump said on Monday: “…”").
const PRE_QUOTE_WINDOW: usize = 5;
/// A quoted fragment counts for an evaluative cue ("called the plan … “a disgrace”") within
/// this many words of it.
const QUOTED_CLAUSE_WORDS: usize = 12;
/// How far after a cue with the `content` rule its content marker ("that", "about") may come
/// ("added on Monday that"); and how far when a prepositional phrase follows the cue ("wrote
/// in the auction description of the handgun that …"), not an object whose relative clause
/// the "that" might open ("point to areas of cooperation that").
const CONTENT_MARKER_WORDS: usize = 6;
const CONTENT_MARKER_AFTER_PP_WORDS: usize = 12;
/// How many words may stand between a cue and the colon that ends its paragraph before a
/// block quote ("said in a statement on Monday:").
const COLON_CUE_WORDS: usize = 6;
/// Between a participle of telling and its content, the person told takes at most this
/// many words ("telling supporters in Columbus that").
const ADDRESSEE_WORDS: usize = 6;
/// A prepositional phrase between a subject and its verb ("Trump in his announcement speech
/// called") spans at most this many words.
const PHRASE_WORDS: usize = 6;
/// A verb of evidence may stand this many words after the start of the clause whose
/// opening noun phrase is its document ("A poll conducted by voters in Lakeside showed");
/// the document noun heads that phrase within its first few words.
const DOCUMENT_SUBJECT_WORDS: usize = 12;
const DOCUMENT_PHRASE_WORDS: usize = 4;
/// How likely such a document is the speaker, before calibration.
const DOCUMENT_SUBJECT_CONFIDENCE: f32 = 0.8;
/// At most this many lower-case words modify a role between an inverted speech verb and
/// its name ("said former deputy mayor Bo Chen", "said Republican party boss Bo Chen").
const MAX_ROLE_WORDS: usize = 3;
/// Survey respondents before a verb of saying ("58 percent of voters overall said"): the
/// phrase runs at most this many words and holds a number or one of these words.
const RESPONDENTS_WORDS: usize = 10;
const RESPONDENT_WORDS: &[&str] = &[
    "percent",
    "half",
    "majority",
    "majorities",
    "minority",
    "minorities",
    "respondents",
    "surveyed",
    "polled",
    "third",
    "thirds",
    "quarter",
    "quarters",
];
/// How likely such a phrase is the speaker, before calibration.
const RESPONDENTS_CONFIDENCE: f32 = 0.8;
/// The source after "according to" runs at most this many words.
const MAX_SOURCE_PHRASE_WORDS: usize = 10;

// Word classes of attribution only (the shared ones are in `lexicon::classes`).

use crate::lexicon::classes::{ADDRESSEE_VERBS, CLAUSE_WORDS};
/// Before a participle cue, the words that let it continue the clause's subject
/// ("by saying", "for telling").
const PARTICIPLE_LEADS: [&str; 9] = [
    "by", "for", "after", "before", "while", "without", "when", "in", "and",
];
/// Words that can open a description of a speaker ("two people briefed on the talks").
const QUANTIFIERS: [&str; 14] = [
    "one", "two", "three", "four", "several", "some", "many", "most", "another", "other", "few",
    "all", "both", "senior",
];
/// Words before quote marks that present a term rather than speech.
const SCARE_FRAMES: [&str; 12] = [
    "so-called",
    "dubbed",
    "known",
    "titled",
    "named",
    "word",
    "term",
    "phrase",
    "label",
    "slogan",
    "reading",
    "called",
];

/// Finds the speaker and cue of each quote and every attribution of `text`.
pub fn attribute(text: &str, quotes: &[QuoteSpan]) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
    attribute_segmented(&Segmented::new(text), quotes)
}

/// [`attribute`] on a text already cut into words and sentences.
pub fn attribute_segmented(
    seg: &Segmented,
    quotes: &[QuoteSpan],
) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
    let (q, a, _) = run(seg, quotes, false);
    (q, a)
}

/// [`attribute_segmented`] keeping every speaker decision, to explain them.
pub fn explain_segmented(
    seg: &Segmented,
    quotes: &[QuoteSpan],
) -> (Vec<AttributedQuote>, Vec<AttributionSpan>, Vec<Decision>) {
    run(seg, quotes, true)
}

/// The people and organisations a text names, merged across mentions, in order of first
/// mention (places left out: they never speak; so are lone capitalised words met once,
/// which may be any word opening a sentence). For a reader choosing a speaker.
pub fn named_entities(seg: &Segmented, quotes: &[QuoteSpan]) -> Vec<(String, Kind)> {
    let mut ctx = Ctx::new(seg, quotes);
    ctx.register_names();
    (0..ctx.reg.entities.len())
        .filter(|&e| ctx.reg.evidenced(e))
        .map(|e| (ctx.reg.entities[e].name.clone(), ctx.reg.kind(e)))
        .filter(|(_, k)| *k != Kind::Place)
        .collect()
}

/// A cue's speaker once chosen: none for agentless passives; whether the mention is next to
/// the cue; the confidence of the choice.
#[derive(Debug, Clone)]
struct CueSpeaker {
    speaker: Option<Speaker>,
    /// What the speaker is ([`Ctx::kind_of`]), told while the entities are at hand.
    kind: Option<Kind>,
    adjacent: bool,
    confidence: f32,
}

fn run(
    seg: &Segmented,
    quotes: &[QuoteSpan],
    keep: bool,
) -> (Vec<AttributedQuote>, Vec<AttributionSpan>, Vec<Decision>) {
    let mut ctx = Ctx::new(seg, quotes);
    ctx.register_names();
    // A headline says who, not who said: its cues are left alone.
    let mut cues = find_cues(&ctx.view);
    // But for one that reports a name's words ("Ana Ruiz Says Council Will Act"), or its
    // subject's ("Bo Chen Promises Action", "…, Ana Ruiz Says.").
    cues.retain(|c| !ctx.in_headline(c.first) || ctx.headline_report(c.first) || ctx.aside(c));
    cues.shrink_to_fit(); // they live through attribution
    let mut decisions = keep.then(Vec::new);
    let mut speakers = cue_speakers(&ctx, &cues, &mut decisions);
    // How each cue is taken as an attribution, if it is; its speaker is its own, in
    // `speakers`.
    let mut used: Vec<Option<AttributionKind>> = vec![None; cues.len()];
    let mut marks = Vec::new();
    let mut out_quotes = quote_speakers::link_quotes(
        &ctx,
        &cues,
        &speakers,
        &mut used,
        &mut marks,
        &mut decisions,
    );
    quote_speakers::first_person_in_quotes(&ctx, &cues, &mut speakers, &mut out_quotes);
    let mut frames = ctx.nominal_frames();
    frames.extend(marks);
    frames.extend(ctx.transcript_turns());
    reported_speech(&ctx, &cues, &speakers, &mut used);
    // Every speaker is chosen and its kind told: the entities are done with, and freed
    // before the attributions are built (peak memory). Nothing reads them after this.
    ctx.reg = Registry::default();
    let mut attributions = assemble(&ctx, &cues, &speakers, &used, frames);
    // Chosen by the raw shares; reported as how often such a speaker is right.
    for q in &mut out_quotes {
        q.confidence = q.confidence.map(|c| calibrated(Chosen::Quote, c));
    }
    for a in &mut attributions {
        a.confidence = a.confidence.map(|c| calibrated(Chosen::Attribution, c));
    }
    (out_quotes, attributions, decisions.unwrap_or_default())
}

/// Each cue's speaker: `None` when the cue is not reported speech. Cues outside quotes set
/// their sentence's speaker, so that later participles and coordinated verbs continue it.
fn cue_speakers(
    ctx: &Ctx,
    cues: &[Cue],
    decisions: &mut Option<Vec<Decision>>,
) -> Vec<Option<CueSpeaker>> {
    let mut last_in_sentence: Vec<Option<Speaker>> = vec![None; ctx.sentence_count()];
    // Whether the sentence's speaker is that of a noun ("A 2009 report by the institute
    // found": "report" is no verb, and what follows is no one's report).
    let mut noun_speaker = vec![false; ctx.sentence_count()];
    let mut out: Vec<Option<CueSpeaker>> = Vec::with_capacity(cues.len());
    for cue in cues {
        let s = ctx.sentence_of[cue.first] as usize;
        let found = match ctx.cue_candidates(cue, last_in_sentence[s].as_ref()) {
            Found::Nothing => None,
            Found::Agentless => Some(CueSpeaker {
                speaker: None,
                kind: None,
                adjacent: false,
                confidence: 1.0,
            }),
            Found::Candidates(cands) => {
                let choice = choose(&cands);
                if let Some(d) = decisions.as_mut() {
                    let span = (ctx.words[cue.first].start, ctx.words[cue.last].end());
                    d.push(explain("cue", span, &cands, choice.map(|c| c.index)));
                }
                choice.map(|c| CueSpeaker {
                    speaker: Some(cands[c.index].speaker.clone()),
                    kind: Some(ctx.kind_of(&cands[c.index].speaker)),
                    adjacent: cands[c.index].adjacent,
                    confidence: c.confidence,
                })
            }
        };
        // A verb of evidence whose document the subject was not found as: the noun phrase
        // that opens its clause, or the document right before its participle.
        let found = match found {
            Some(f) if cue.rule != Rule::Evidence || ctx.documentary(&f) => Some(f),
            other if cue.rule == Rule::Evidence => ctx
                .document_subject(cue)
                .map(|sp| CueSpeaker {
                    kind: Some(ctx.kind_of(&sp)),
                    adjacent: false,
                    confidence: DOCUMENT_SUBJECT_CONFIDENCE,
                    speaker: Some(sp),
                })
                .or(other),
            other => other,
        };
        // Survey respondents the subject finder gave no speaker for: the phrase that opens
        // the clause of "said" ("58 percent of Lakeside voters overall said").
        // So is an aside's or a headline's subject ("As the paper noted", "Newspaper Says").
        let found = found.or_else(|| {
            ctx.respondents_subject(cue)
                .or_else(|| ctx.aside_subject(cue))
                .map(|sp| CueSpeaker {
                    kind: Some(ctx.kind_of(&sp)),
                    adjacent: false,
                    confidence: RESPONDENTS_CONFIDENCE,
                    speaker: Some(sp),
                })
        });
        // A verb of evidence reports only what a document states ("the poll found"), and not
        // inside what someone else reports ("she said the audit found").
        // (A finding with "that" reports whoever its subject is: "the authors found that".)
        let found = found.filter(|f| {
            cue.rule != Rule::Evidence
                || ((ctx.documentary(f) || f.speaker.is_some() && ctx.finding_that(cue))
                    && (last_in_sentence[s].is_none() || noun_speaker[s]))
        });
        // A verb of judging with a physical sense needs a person or a body of people ("the
        // senator slammed the plan", not "the storm slammed the coast").
        // (With a quoted fragment in its clause it is speech whatever its subject, as
        // before: "slamming candidates who “outsource” it".)
        // (An agentless passive has none: "he was described as".)
        let found = found.filter(|f| {
            !matches!(cue.rule, Rule::Judgement | Rule::Grounded)
                || f.speaker.is_none()
                || ctx.personal(f)
                || ctx.quote_in_clause(cue.last)
        });
        if let Some(CueSpeaker {
            speaker: Some(sp), ..
        }) = &found
        {
            // Reported speech sets the sentence's speaker ("insisted the two leaders had
            // maintained contact and said" continues the one who insisted); another use of a
            // cue verb only fills an empty slot ("Pinto added 11 rebounds and told reporters").
            let slot = &mut last_in_sentence[s];
            // (Not a commitment: "He agreed to sell it, records show.")
            let open = slot.is_none() && cue.rule != Rule::Agreement;
            if ctx.nest.quote_of(cue.first).is_none() && (open || ctx.counts(cue)) {
                *slot = Some(sp.clone());
                noun_speaker[s] =
                    ctx.noun_use(cue) || cue.rule == Rule::NounVerb && !ctx.counts(cue);
            }
            if let Some(e) = sp.entity {
                ctx.note_speaker(e, ctx.words[cue.first].start);
            }
        }
        out.push(found);
    }
    out
}

impl Ctx<'_> {
    /// A cue's speaker is a person or a body of people: a name the text knows, a personal
    /// pronoun, or a description headed by a speaker noun ("the senator", "critics").
    fn personal(&self, found: &CueSpeaker) -> bool {
        let Some(sp) = found.speaker.as_ref() else {
            return false;
        };
        // (Compared in place: `bare` lower-cases each word itself.)
        let mention = &self.text[sp.start..sp.end];
        found.kind != Some(Kind::Document)
            && (sp.entity.is_some()
                || ["he", "she", "they", "we", "i"]
                    .iter()
                    .any(|p| mention.eq_ignore_ascii_case(p))
                || mention.split(' ').any(|w| {
                    crate::lexicon::SPEAKER_NOUNS.contains_key(crate::speakers::bare(w).as_str())
                }))
    }

    /// The document a verb of evidence reports when the subject finder gave none: the noun
    /// phrase that opens the verb's clause and a document noun heads ("A 2009 report by the
    /// institute found that", "Research conducted for the council showed"). Not a phrase
    /// after a preposition ("In a poll, Ruiz found"), nor a possessive ("the report's author
    /// found"), nor across a verb ("to help brands find").
    fn document_subject(&self, cue: &Cue) -> Option<Speaker> {
        let k = cue.first;
        let s = self.sentence_of[k];
        let document = |m: usize| {
            !crate::lexicon::classes::is_possessive_key(self.key(m))
                && crate::lexicon::DOCUMENT_NOUNS.contains(self.bare(m))
        };
        // ("polls showing Ruiz ahead": as often what another reports; PolNeAR train 4 of 9.)
        if cue.participle {
            return None;
        }
        let a = self.verbless_phrase_start(k, DOCUMENT_SUBJECT_WORDS);
        let opens = a == 0
            || self.sentence_of[a - 1] != s
            || self.gap(a - 1, a).contains([',', ';', ':', '—']);
        if !opens || a == k || crate::lexicon::classes::PREPOSITIONS.contains(&self.key(a)) {
            return None;
        }
        let head = (a..(a + DOCUMENT_PHRASE_WORDS).min(k)).find(|&m| document(m))?;
        Some(self.phrase_speaker(self.words[a].start, self.words[head].end()))
    }

    /// The first word of the phrase right before word `k` in its sentence, at most `max`
    /// words joined by single spaces, back to a clause word or a verb (not across "to help
    /// brands find", "will be interviewed about ABC's show", nor a passive, "the full poll
    /// can be found"); `k` when there is none.
    fn verbless_phrase_start(&self, k: usize, max: usize) -> usize {
        let s = self.sentence_of[k];
        let blank = |m: usize| m > 0 && self.sentence_of[m - 1] == s && self.gap(m - 1, m) == " ";
        let verb = |m: usize| {
            let key = self.key(m);
            self.is_verbish(m)
                || key == "to"
                || crate::lexicon::classes::BE.contains(&key)
                || crate::lexicon::classes::FINITE.contains(&key)
        };
        let mut a = k;
        while k - a < max && blank(a) && !CLAUSE_WORDS.contains(&self.key(a - 1)) && !verb(a - 1) {
            a -= 1;
        }
        a
    }

    /// Survey respondents that open the clause of a finite "say" ("But 58 percent of voters
    /// overall said", "Almost half of respondents said", "Nearly eight in 10 voters said"):
    /// a phrase with a number or a word of shares (`RESPONDENT_WORDS`), no verb, clause
    /// word or punctuation in it, and nothing but a conjunction before it in its sentence.
    /// So are those after "with" that its participle speaks for ("…, with 30 percent of
    /// voters saying they approve").
    fn respondents_subject(&self, cue: &Cue) -> Option<Speaker> {
        let k = cue.first;
        let with_saying = cue.participle && self.key(k) == "saying";
        if !with_saying && (cue.participle || !matches!(self.key(k), "said" | "say" | "says"))
            || k == 0
        {
            return None;
        }
        let s = self.sentence_of[k];
        let mut a = self.verbless_phrase_start(k, RESPONDENTS_WORDS);
        if with_saying {
            if a >= k || self.key(a) != "with" {
                return None;
            }
            a += 1;
        }
        let opens = with_saying
            || a == 0
            || self.sentence_of[a - 1] != s
            || self.gap(a - 1, a).contains([',', ';', ':', '—'])
                && self.gap(a - 1, a).ends_with(char::is_whitespace)
            || matches!(self.key(a - 1), "but" | "and" | "yet")
                && (a == 1
                    || self.sentence_of[a - 2] != s
                    // ("…, but majorities in all five states say")
                    || self.gap(a - 2, a - 1).contains(','));
        // (A number is digits only: not a time run into a word, "9:52PMLee".)
        let share = (a..k).any(|m| {
            let key = self.key(m);
            key.starts_with(|c: char| c.is_ascii_digit())
                && key
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
                || RESPONDENT_WORDS.contains(&key)
        });
        (opens && a < k && share)
            .then(|| self.phrase_speaker(self.words[a].start, self.words[k - 1].end()))
    }

    /// A cue's speaker is a document: its kind, or the last word of its mention ("the
    /// survey", "a Quinnipiac University poll"; "survey" also heads descriptions of
    /// institutions, so its kind may be an organisation).
    fn documentary(&self, found: &CueSpeaker) -> bool {
        let Some(sp) = found.speaker.as_ref() else {
            return false;
        };
        let mention = &self.text[sp.start..sp.end];
        let last = mention.rsplit(' ').next().unwrap_or("");
        // "a Tally poll out this week", "the latest polling in Ohio", "an average of recent
        // polls by Tally": the head noun before the phrase after it.
        let head = mention
            .split(' ')
            .take_while(|w| {
                let w = w.to_lowercase();
                !crate::lexicon::classes::PREPOSITIONS.contains(&w.as_str())
                    && !matches!(w.as_str(), "out" | "released" | "conducted" | "published")
            })
            .last()
            .unwrap_or("");
        let document =
            |w: &str| crate::lexicon::DOCUMENT_NOUNS.contains(crate::speakers::bare(w).as_str());
        found.kind == Some(Kind::Document) || document(last) || document(head)
    }
}

/// Reported speech without quotes: cues outside quotes that pass their rule.
fn reported_speech(
    ctx: &Ctx,
    cues: &[Cue],
    speaker_of_cue: &[Option<CueSpeaker>],
    used: &mut [Option<AttributionKind>],
) {
    for (i, cue) in cues.iter().enumerate() {
        if used[i].is_some()
            || ctx.nest.quote_of(cue.first).is_some()
            || ctx.infinitive(cue)
            || !(ctx.counts(cue) || ctx.aside(cue))
        {
            continue;
        }
        let kind = match cue.rule {
            Rule::AccordingTo => AttributionKind::AccordingTo,
            Rule::Passive => AttributionKind::Other,
            _ => AttributionKind::Indirect,
        };
        if speaker_of_cue[i].is_some() {
            used[i] = Some(kind);
        }
    }
}

/// The attributions: every used cue (its span covering an adjacent speaker) and the
/// nominal frames, ordered by start.
fn assemble(
    ctx: &Ctx,
    cues: &[Cue],
    speaker_of_cue: &[Option<CueSpeaker>],
    used: &[Option<AttributionKind>],
    frames: Vec<AttributionSpan>,
) -> Vec<AttributionSpan> {
    let mut attributions: Vec<AttributionSpan> =
        Vec::with_capacity(used.iter().flatten().count() + frames.len());
    attributions.extend(cues.iter().zip(speaker_of_cue).zip(used).filter_map(
        |((cue, sp), kind)| {
            let kind = (*kind)?;
            let sp = sp.as_ref().expect("a used cue has a speaker");
            let (cs, ce) = (ctx.words[cue.first].start, ctx.words[cue.last].end());
            let (mut start, mut end) = (cs, ce);
            // The span covers the speaker's mention next to the cue, or the subject the
            // participle or coordinated verb continues in its sentence ("she said, adding").
            let same_sentence = |s: &Speaker| {
                let w = ctx.words.partition_point(|w| w.start < s.start);
                s.end <= cs
                    && w < cue.first
                    && ctx.sentence_of[w] == ctx.sentence_of[cue.first]
                    && ctx.nest.quote_of(w) == ctx.nest.quote_of(cue.first)
            };
            if let Some(s) = sp
                .speaker
                .as_ref()
                .filter(|s| sp.adjacent || same_sentence(s))
            {
                start = start.min(s.start);
                end = end.max(s.end);
            }
            Some(AttributionSpan {
                start,
                end,
                speaker: sp.speaker.as_ref().and_then(|s| s.name.clone()),
                speaker_kind: sp.kind,
                confidence: sp.speaker.as_ref().map(|_| sp.confidence),
                cue_start: cs,
                cue_end: ce,
                kind,
            })
        },
    ));
    // A nominal frame whose noun is already a cue ("claims that") is that cue, once. (Sets
    // of the frames' cues: frames are few, cues may be many.)
    let cue_of = |a: &AttributionSpan| (a.cue_start, a.cue_end);
    let frame_cues: HashSet<(usize, usize)> = frames.iter().map(cue_of).collect();
    let cues_taken: HashSet<(usize, usize)> = attributions
        .iter()
        .map(cue_of)
        .filter(|c| frame_cues.contains(c))
        .collect();
    attributions.extend(
        frames
            .into_iter()
            .filter(|f| !cues_taken.contains(&cue_of(f))),
    );
    sort_spans(&mut attributions);
    attributions
}

/// Sorts attributions by start, then cue (stable). Every language's attributions are
/// sorted here.
pub(crate) fn sort_spans(attributions: &mut [AttributionSpan]) {
    crate::sort::sort_by_key(attributions, |a| (a.start, a.cue_start));
}

#[cfg(test)]
mod tests;
