//! Quotes attributed by punctuation instead of a verb: a name and a colon before the quote
//! ("Philip Bump: “…”", "From the report: “…”") and a dash and a name after it, as readers'
//! comments and epigraphs are signed ("“…” ― Jane Doe"). The colon or dash is the cue.

use super::context::{Ctx, Left};
use super::{AttributionSpan, CLAUSE_WORDS, SCARE_MAX_WORDS};
use crate::cues::{Cue, Rule};
use crate::lang::dialogue::TURN_LABEL_WORDS;
use crate::lexicon::classes::{is_speaker_pronoun, BE, PREPOSITIONS, SPEAKER_DETERMINERS};
use crate::lexicon::CUE_WORDS;
use crate::report::AttributionKind;
use crate::speakers::Speaker;

/// A signature may add this many words after the name ("…, aged 17, of Kellerton").
const SIGNATURE_WORDS: usize = 8;

/// Auxiliaries and adverbs between a subject and the verb that cues a colon ("could only
/// quip:").
const COLON_VERB_LEADS: usize = 2;
/// Prepositions whose object before a colon is not the one who speaks: the addressee, the
/// place or the language ("a message to Ana Ruiz:", "in Latin:"); not "from", "by" or
/// "of", which may name the source ("a statement from the mayor:").
const OBJECT_PREPOSITIONS: &[&str] = &["to", "in", "at", "on", "with", "for", "about", "against"];
/// The description before such an object's name runs at most this many words.
const OBJECT_DESCRIPTION_WORDS: usize = 4;
/// The dashes that sign a quote.
const DASHES: [char; 4] = ['―', '—', '–', '-'];
/// The subject of a clause right after a quote runs at most this many words ("“…,” the
/// party chairman surmised").
const TAIL_SUBJECT_WORDS: usize = 6;
/// Adverbs after a verb that belong to it ("cried out", "shot back").
const TAIL_PARTICLES: &[&str] = &["out", "back", "up", "in", "off", "on"];

impl Ctx<'_> {
    /// The speaker named before a colon that introduces quote `qi`, with the colon's byte
    /// span: a name or description ending right before it, else its clause's subject ("He
    /// then listed the qualities: “…”").
    pub(super) fn colon_speaker(&self, qi: usize) -> Option<(Speaker, (usize, usize))> {
        let q = &self.quotes[qi];
        let k = self
            .words
            .partition_point(|w| w.end() <= q.start)
            .checked_sub(1)?;
        let gap = &self.text[self.words[k].end()..q.start];
        let colon = gap.find(':')?;
        if gap.trim() != ":" || self.nest.quote_of(k) != self.scope_of(qi) {
            return None;
        }
        let at = self.words[k].end() + colon;
        // "Ines Marlow, Vetch Lane: “…”": names and places listed before the colon sign
        // it with the first of them.
        let mut run = self.name_run(k).filter(|r| r.1 == k);
        while let Some(r) = run.filter(|r| r.0 > 0 && self.gap(r.0 - 1, r.0).trim() == ",") {
            match self.name_run(r.0 - 1).filter(|p| p.1 == r.0 - 1) {
                Some(p) => run = Some(p),
                None => break,
            }
        }
        // A phrase after a verb is its object ("released the following statement:",
        // "addressed the crowd again:", "was firm in its findings:"): the clause's subject
        // speaks, unless there is none.
        let mention = self.mention_ending_at(k);
        let verb = mention.as_ref().and_then(|m| {
            let s = self.words.partition_point(|w| w.start < m.start);
            let v = s.checked_sub(1)?;
            (self.sentence_of[v] == self.sentence_of[s]
                && self.gap(v, s).trim().is_empty()
                && !PREPOSITIONS.contains(&self.key(v))
                && {
                    let key = self.key(v);
                    self.is_verbish(v)
                        || BE.contains(&key)
                        || key.len() > 4 && key.ends_with("ed") && !self.words[v].is_capitalized()
                        || CUE_WORDS.contains_key(key)
                })
            .then_some(v)
        });
        let subject = |v: usize| match self.subject_left(v) {
            Left::Found(sp, _) => Some(sp),
            _ => self.first_subject(v),
        };
        // "delivered a blunt message to Ana Ruiz:", "ended her speech in Latin:": a name
        // after a preposition of the addressee or the manner is an object, not the
        // speaker; the clause's subject speaks (not "a statement from the mayor:").
        let mut first = run.map(|r| r.0).into_iter().chain(
            mention
                .as_ref()
                .map(|m| self.words.partition_point(|w| w.start < m.start)),
        );
        let object = first.any(|s| {
            // Back over the name's description ("to the Dutch weekly Het Blad").
            let mut s = s;
            for _ in 0..OBJECT_DESCRIPTION_WORDS {
                let Some(p) = s.checked_sub(1) else { break };
                let key = self.key(p);
                let word = self.gap(p, s).trim().is_empty()
                    && !PREPOSITIONS.contains(&key)
                    && !self.is_verbish(p);
                if SPEAKER_DETERMINERS.contains(&key) || word {
                    s = p;
                }
                if !word {
                    break;
                }
            }
            s > 0
                && self.sentence_of[s - 1] == self.sentence_of[k]
                && !self.opens_sentence(s - 1)
                && OBJECT_PREPOSITIONS.contains(&self.key(s - 1))
        });
        if object {
            if let Some(sp) = self.first_subject(k) {
                let span = self
                    .verb_after_subject(&sp, k)
                    .map_or((at, at + 1), |v| (self.words[v].start, self.words[v].end()));
                return Some((sp, span));
            }
        }
        let named = run.and_then(|r| self.name_speaker(r));
        let signed = named.is_some();
        // A description inside its clause ("is rolling out a new and more personal
        // message:") is an object whatever stands before it; the clause's subject speaks.
        let inside = mention.as_ref().is_some_and(|m| {
            let s = self.words.partition_point(|w| w.start < m.start);
            m.entity.is_none()
                && s > 0
                && !self.opens_sentence(s)
                && !is_speaker_pronoun(self.key(s))
        });
        let mention = if inside {
            self.first_subject(k)
                .filter(|sp| sp.end <= mention.as_ref().map_or(0, |m| m.start))
                .or(mention)
        } else {
            mention
        };
        let speaker = named
            .or_else(|| verb.and_then(subject))
            .or(mention)
            .or_else(|| self.first_subject(k))?;
        // "Lee delivered a blunt retort: “…”": the clause's verb is the cue, not the colon.
        let span = match (!signed).then(|| self.verb_after_subject(&speaker, k)) {
            Some(Some(v)) => (self.words[v].start, self.words[v].end()),
            _ => (at, at + 1),
        };
        Some((speaker, span))
    }

    /// The verb right after a clause subject `sp` that ends before word `k`, in its
    /// sentence: "Lee delivered", "she also suggested", "he could only quip", "the board was
    /// firm". Up to [`COLON_VERB_LEADS`] auxiliaries or adverbs may stand before it.
    fn verb_after_subject(&self, sp: &Speaker, k: usize) -> Option<usize> {
        let mut w = self.words.partition_point(|w| w.start < sp.end);
        if w == 0 || w > k || self.sentence_of[w] != self.sentence_of[k] || !self.same_scope(w, k) {
            return None;
        }
        let lead = |key: &str| {
            matches!(
                key,
                "also"
                    | "then"
                    | "only"
                    | "later"
                    | "has"
                    | "have"
                    | "had"
                    | "could"
                    | "would"
                    | "will"
                    | "did"
                    | "does"
                    | "do"
                    | "can"
                    | "just"
                    | "again"
                    | "even"
            ) || key.len() > 4 && key.ends_with("ly")
        };
        // ("is rolling out": a form of "be" before a participle is its auxiliary.)
        let progressive = |w: usize| {
            BE.contains(&self.key(w))
                && w < k
                && self.gap(w, w + 1).trim().is_empty()
                && self.key(w + 1).ends_with("ing")
        };
        let mut after_be = false;
        for _ in 0..COLON_VERB_LEADS {
            if w < k && self.gap(w - 1, w).trim().is_empty() {
                if lead(self.key(w)) {
                    w += 1;
                } else if progressive(w) {
                    after_be = true;
                    w += 1;
                }
            }
        }
        if w > k || !self.gap(w - 1, w).trim().is_empty() || self.words[w].is_capitalized() {
            return None;
        }
        let key = self.key(w);
        let verb = CUE_WORDS.contains_key(key)
            || after_be
            || BE.contains(&key)
            || key.len() > 4 && key.ends_with("ed")
            || key.len() > 3
                && key.ends_with('s')
                && !key.ends_with("ss")
                && !PREPOSITIONS.contains(&key);
        verb.then_some(w)
    }

    /// The verb of a short clause right after quote `qi` whose comma, question mark or
    /// exclamation mark leaves its sentence open, as a cue: "“…,” he surmised", "“No!” the
    /// crowd cried out", "“…,” remembered Bo Chen, a former aide". In that place any verb
    /// reports the quote, known as a cue or not. The clause is a subject and its verb, or
    /// the verb and a subject after it, that ends there or goes on with a phrase ("Ruiz
    /// recalled in an interview"). Not after a full stop ("“….” He smiled"), nor a pronoun
    /// opening a new sentence after a question ("“Why?” He shrugged"), nor after a short
    /// quote that does not exclaim or ask.
    pub(super) fn tail_clause_cue(&self, qi: usize) -> Option<Cue> {
        let q = &self.quotes[qi];
        let k = self.words.partition_point(|w| w.start < q.end);
        let word = self.words.get(k)?;
        let gap = &self.text[q.end..word.start];
        let inner = self.text[q.start..q.end].trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
        let open = inner.ends_with([',', '?', '!']) || gap.trim() == ",";
        // (A short quote may be a term or a title: "They watched “Frozen,” the children …".)
        let short = self.count_between(q.start, q.end) <= SCARE_MAX_WORDS;
        if !open
            || short && !inner.ends_with(['?', '!'])
            || !matches!(gap.trim(), "" | ",")
            || gap.contains('\n')
            || self.nest.quote_of(k) != self.scope_of(qi)
        {
            return None;
        }
        if word.is_capitalized() && matches!(self.key(k), "he" | "she" | "they" | "we" | "i" | "it")
        {
            return None;
        }
        let verb = |i: usize| {
            let w = &self.words[i];
            let key = self.key(i);
            !w.is_capitalized()
                && key.chars().all(|c| c.is_ascii_alphabetic())
                && !CLAUSE_WORDS.contains(&key)
                && !PREPOSITIONS.contains(&key)
                && !BE.contains(&key)
                && !(key.ends_with("ly"))
                && (CUE_WORDS.contains_key(key)
                    || key.len() > 4 && key.ends_with("ed")
                    || key.len() > 3 && key.ends_with('s') && !key.ends_with("ss"))
        };
        // The verb with its particle; what follows ends the clause or opens a phrase.
        let with_particle = |v: usize| {
            let p = v + 1;
            if p < self.words.len()
                && self.same_scope(v, p)
                && self.gap(v, p).trim().is_empty()
                && TAIL_PARTICLES.contains(&self.key(p))
            {
                p
            } else {
                v
            }
        };
        let clause_ends = |last: usize| {
            self.ends_clause(self.words[last].end())
                || last + 1 < self.words.len()
                    && self.same_scope(last, last + 1)
                    && self.gap(last, last + 1).trim().is_empty()
                    && (PREPOSITIONS.contains(&self.key(last + 1))
                        || matches!(self.key(last + 1), "as" | "when" | "while"))
        };
        let cue = |first: usize, last: usize| Cue {
            first,
            last,
            rule: Rule::Always,
            participle: false,
        };
        // "“…,” remembered Bo Chen": the verb, then its subject, which a phrase may follow
        // ("“…!” beamed Bo Chen of Lakeside, Idaho").
        if verb(k) {
            let last = with_particle(k);
            return self
                .subject_right(last)
                .filter(|s| {
                    let end = self.words.partition_point(|w| w.start < s.end);
                    self.ends_clause(s.end)
                        || self.words.get(end).is_some_and(|w| w.start >= s.end)
                            && self.text[s.end..self.words[end].start].trim().is_empty()
                            && matches!(self.key(end), "of" | "from" | "at")
                            && self
                                .words
                                .get(self.words.partition_point(|w| w.end() <= s.start))
                                .is_some_and(|w| w.is_capitalized())
                })
                .map(|_| cue(k, last));
        }
        // "“…,” the crowd cried out": the subject, then its verb.
        let v = (k + 1..(k + 1 + TAIL_SUBJECT_WORDS).min(self.words.len()))
            .take_while(|&v| self.same_scope(k, v) && self.gap(v - 1, v).trim().is_empty())
            .find(|&v| verb(v))?;
        let last = with_particle(v);
        let subject = match self.subject_left(v) {
            Left::Found(s, _) => Some(s),
            _ => None,
        }?;
        (subject.start == word.start && clause_ends(last)).then(|| cue(v, last))
    }

    /// The speaker signed after quote `qi` with a dash, up to the end of its paragraph, with
    /// the dash's byte span ("“…” ― Jane Doe").
    pub(super) fn dash_speaker(&self, qi: usize) -> Option<(Speaker, (usize, usize))> {
        let q = &self.quotes[qi];
        let k = self.words.partition_point(|w| w.start < q.end);
        let word = self.words.get(k)?;
        let gap = &self.text[q.end..word.start];
        let dash = gap.find(DASHES)?;
        if gap.trim().chars().count() != 1 {
            return None;
        }
        // The signature on a line of its own after a quote that fills its paragraph:
        // "“Great speech. She is ready.”" / "-Governor Dan Hale, tweeting after it."
        if gap.contains('\n') {
            let para = self.paragraph_at(q.start);
            let fills = self.text[self.paragraph_start(para)..q.start]
                .trim()
                .is_empty()
                && gap[..dash].trim().is_empty()
                && self.paragraph_at(word.start) == para + 1;
            if !fills || self.scope_of(qi).is_some() {
                return None;
            }
        }
        let run = self.name_run(k).filter(|r| r.0 == k)?;
        // The signature ends its paragraph, maybe with a few words of who and where after a
        // comma ("― Mara Quill, Tanner Row", "— Priya Strand, aged 17, of Kellerton").
        let rest = &self.text[self.words[run.1].end()..];
        let line = rest
            .split(['\n', '\r', '\u{2028}', '\u{2029}'])
            .next()
            .unwrap_or("");
        let tail = line.trim().trim_end_matches('.');
        let signed = tail.is_empty()
            || tail.starts_with(',') && tail.split_whitespace().count() <= SIGNATURE_WORDS;
        if !signed {
            return None;
        }
        let speaker = self.name_speaker(run)?;
        let at = q.end + dash;
        let len = gap[dash..].chars().next().map_or(1, char::len_utf8);
        Some((speaker, (at, at + len)))
    }
}

/// And the turn says at least this many words after it.
const TURN_MIN_WORDS: usize = 4;
/// At least this many names that each label one paragraph only make a list, not turns.
const ROSTER_NAMES: usize = 3;
/// How sure a transcript label is the speaker: it names them, but a label is read from its
/// shape alone.
const TURN_CONFIDENCE: f32 = 0.8;

impl Ctx<'_> {
    /// Transcript turns: a paragraph that opens with a person's name and a colon, then what
    /// they said without quote marks ("Lopez: Well, no one calls it that."). The colon is
    /// the cue. A headline of that shape reports the person's words too ("Lee: Tax Plan Is
    /// Dead"; PolNeAR train: 16 of 18 annotated). Only for a name known to be a person's, or
    /// a label that names a source ("Poll: …", not "Update: …": `source_label`).
    pub(super) fn transcript_turns(&self) -> Vec<AttributionSpan> {
        let mut out = Vec::new();
        // The names that label paragraphs, and which attributions they gave.
        let mut named: Vec<String> = Vec::new();
        let mut by_name: Vec<bool> = Vec::new();
        for &(start, end) in self.paragraphs {
            let first = self.words.partition_point(|w| w.start < start);
            if self.words.get(first).is_none_or(|w| w.start >= end) {
                continue;
            }
            // The label's colon follows one of its first TURN_LABEL_WORDS words: a paragraph
            // with no colon before its fourth word is no turn, and is not asked for its name
            // run (which costs most here, the run cache having long passed the paragraph).
            let limit = self
                .words
                .get(first + TURN_LABEL_WORDS)
                .map_or(end, |w| w.start.min(end));
            if !self.text.as_bytes()[self.words[first].end()..limit].contains(&b':') {
                continue;
            }
            let label = self.source_label(first);
            let Some(run) = (if label {
                Some((first, first))
            } else {
                self.name_run(first).filter(|r| r.0 == first)
            }) else {
                continue;
            };
            let (a, b) = run;
            if b - a >= TURN_LABEL_WORDS
                || self.nest.quote_of(a).is_some()
                || b + TURN_MIN_WORDS >= self.words.len()
                || self.words[b + TURN_MIN_WORDS].start >= end
                || self.gap(b, b + 1).trim() != ":"
                || self.quote_opens_in(self.words[b].end(), self.words[b + 1].start + 1)
            {
                continue;
            }
            let sp = if label {
                Some(self.phrase_speaker(self.words[a].start, self.words[a].end()))
            } else {
                let sp = self.name_speaker(run);
                // (By the name it resolves to: "KATE LEE:", then "LEE:", is one speaker.)
                named.push(sp.as_ref().and_then(|s| s.name.clone()).unwrap_or_else(|| {
                    self.text[self.words[a].start..self.words[b].end()].to_string()
                }));
                sp.filter(|s| s.entity.is_some_and(|e| self.reg.entities[e].person))
            };
            let Some(sp) = sp else {
                continue;
            };
            let at = self.words[b].end() + self.gap(b, b + 1).find(':').unwrap_or(0);
            by_name.push(!label);
            out.push(AttributionSpan {
                speaker_kind: Some(self.kind_of(&sp)),
                confidence: Some(TURN_CONFIDENCE),
                start: sp.start,
                end: at + 1,
                speaker: sp.name,
                cue_start: at,
                cue_end: at + 1,
                kind: AttributionKind::Direct,
            });
        }
        // Speakers take turns; names that each label one paragraph are a list ("Ana Ruiz:
        // charged with theft, …" / "Bo Chen: charged with …"), not a transcript.
        named.sort_unstable();
        if named.len() >= ROSTER_NAMES && named.windows(2).all(|w| w[0] != w[1]) {
            let mut k = by_name.into_iter();
            out.retain(|_| !k.next().unwrap_or(false));
        }
        out
    }

    /// Word `k` is a label that names a source of its own before a headline's colon: a
    /// poll, a report or a study, or people in the plural ("Poll: Ruiz Leads", "Insiders:
    /// Chen Will Rebound"; PolNeAR train: 9 more matches, 1 left unannotated), not a rubric
    /// ("Update: …", "Video: …").
    fn source_label(&self, k: usize) -> bool {
        let key = self.key(k);
        self.words[k].is_capitalized()
            && (SOURCE_LABELS.contains(&key)
                || key.len() > 3
                    && key.ends_with('s')
                    && crate::lexicon::SPEAKER_NOUNS.contains_key(key))
    }
}

/// Labels of documents that report before a headline's colon ("Poll: …", "Report: …").
const SOURCE_LABELS: &[&str] = &[
    "poll", "polls", "report", "reports", "study", "studies", "survey", "surveys",
];
