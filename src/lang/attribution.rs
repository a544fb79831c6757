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

use super::names::{Entities, Reader};
use super::{Agreement, CueRule, Tables};
use crate::attribution::{AttributedQuote, AttributionSpan};
use crate::quotes::QuoteSpan;
use crate::report::{AttributionKind, QuoteKind};
use crate::speakers::{Kind, Speaker};
use crate::text::{QuoteIndex, Segmented, WordView};

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
/// Content markers may follow a cue (and an inverted subject) within this many words.
const CONTENT_MARKER_WORDS: usize = 4;
/// How many mentions back a pronoun or a role looks for its entity.
const LOOKBACK: usize = 40;

/// Adjectives that come before their noun in French and Spanish ("un vieux berger", "el
/// propio Gil").
const PRENOMINAL_ADJECTIVES: &[&str] = &[
    "vieux", "vieil", "vieille", "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "jeune",
    "grand", "grande", "petit", "petite", "futur", "future", "nuevo", "nueva", "antiguo",
    "antigua", "propio", "propia", "ex", "joven", "viejo", "vieja", "gran", "futuro", "futura",
];

/// An impersonal cue's source follows within this many words.
const SOURCE_REACH: usize = 4;
/// Prepositions of origin before an impersonal cue's source.
const SOURCE_PREPOSITIONS: &[&str] = &["aus", "in", "von", "vom", "im", "dans", "de", "en"];

/// Days of the week, which stand between an inverted cue and its subject.
const WEEKDAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "ayer",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "gestern",
];

/// Possessive determiners: "su versión" after "según" is its possessor's account.
const POSSESSIVES: &[&str] = &[
    "su", "sus", "son", "sa", "ses", "leur", "leurs", "sein", "seine", "seiner", "seinem",
    "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren",
];

/// The head of a description is looked for within this many words of its determiner.
const HEAD_WORDS: usize = 5;

/// Confidence of a speaker, by how it was found.
const NAMED: f32 = 0.9;
const ROLE_RESOLVED: f32 = 0.85;
const DESCRIBED: f32 = 0.8;
const PRONOUN: f32 = 0.75;
const CONTINUED: f32 = 0.7;
const BRIDGED: f32 = 0.55;
/// A dropped subject continues the last speaker over at most this many paragraphs (a
/// dialogue's question in between).
const DROPPED_SUBJECT_PARAGRAPHS: usize = 2;
/// A dialogue turn with no cue continues the speaker of a turn at most this many
/// paragraphs back, the questions between passed over.
const DIALOGUE_TURNS: usize = 4;
/// Object pronouns between a subject and its verb ("lo calificó", "la décrit", "le
/// preguntó").
const CLITICS: &[&str] = &[
    "lo", "la", "le", "les", "los", "las", "se", "me", "te", "nos", "os", "lui", "leur", "nous",
    "vous", "en", "y",
];
/// How many mentions back an unresolved role ("le prévenu") looks for the person the text
/// is about.
const BRIDGE_LOOKBACK: usize = 12;
const DROPPED_SUBJECT: f32 = 0.6;

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
}

/// Attributes the quotes of a French, German or Spanish text and finds its reported speech.
pub fn attribute(
    seg: &Segmented,
    quotes: &[QuoteSpan],
    t: &'static Tables,
) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
    let view = WordView::new(seg);
    let r = Reader { view, t };
    let quotes_of_words = QuoteIndex::new(view.words, quotes);
    let es = Entities::collect(&r, &|i| quotes_of_words.quote_of(i).is_some());
    let mut e = Engine {
        r,
        t,
        es,
        quotes,
        quotes_of_words,
        last: None,
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

    fn run(&mut self) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
        let cues = self.find_cues();
        // Each cue's speaker, in text order (a pronoun or a dropped subject needs the ones
        // before it).
        let mut speakers: Vec<Option<Found>> = Vec::with_capacity(cues.len());
        for c in &cues {
            let f = self.cue_speaker(c);
            if let Some(f) = &f {
                let para = self.view().paragraph_of(c.first);
                self.last = Some((f.clone(), para));
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
            let kind = if c.rule == CueRule::AccordingTo {
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
        attributions.sort_by_key(|a| (a.start, a.cue_start));
        (out_quotes, attributions)
    }

    /// Interview turns labelled with the speaker's name and a colon at the start of a
    /// paragraph ("Harmsen: Die Bremse wirkt.", "RUNDSCHAU: Frau Harmsen, …"): the colon is
    /// the cue.
    fn labels(&self) -> Vec<AttributionSpan> {
        let v = self.view();
        let r = &self.r;
        let mut out = Vec::new();
        for (p, &(ps, _)) in v.paragraphs.iter().enumerate() {
            let i = v.words.partition_point(|w| w.start < ps);
            if i >= v.len() || v.paragraph_of(i) != p || v.text[ps..v.words[i].start].trim() != "" {
                continue;
            }
            let Some(last) = r.run_from(i).or_else(|| r.org(i).then_some(i)) else {
                continue;
            };
            let after = &v.text[v.words[last].end()..];
            if !after.starts_with(':') || self.quote_of(i).is_some() {
                continue;
            }
            let colon = v.words[last].end();
            let tokens: Vec<String> = (i..=last).map(|k| r.base(k).to_string()).collect();
            let e = self.es.find(&tokens);
            let org = e.map_or_else(|| (i..=last).any(|k| r.org(k)), |e| self.es.list[e].org);
            out.push(AttributionSpan {
                start: v.words[i].start,
                end: colon + 1,
                speaker: Some(e.map_or_else(
                    || r.span_text(i, last).to_string(),
                    |e| self.es.list[e].name.clone(),
                )),
                speaker_kind: Some(if org {
                    Kind::Organisation
                } else {
                    Kind::Person
                }),
                confidence: Some(NAMED),
                cue_start: colon,
                cue_end: colon + 1,
                kind: AttributionKind::Direct,
            });
        }
        out
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

    // Cues.

    /// The inverted pronoun of a French verb form: "a-t-il" is ("a", il).
    fn split_inverted<'k>(&self, key: &'k str) -> (&'k str, Option<Agreement>) {
        for sep in ["-t-", "-"] {
            if let Some((stem, pron)) = key.rsplit_once(sep) {
                if let Some(a) = self.t.pronouns.get(pron) {
                    if !stem.is_empty() && !stem.ends_with("-t") {
                        return (stem, Some(*a));
                    }
                }
            }
        }
        (key, None)
    }

    fn find_cues(&self) -> Vec<Cue> {
        let v = self.view();
        let mut out: Vec<Cue> = Vec::new();
        let mut i = 0;
        while i < v.len() {
            if let Some((n, rule)) = self.phrase_at(i) {
                out.push(Cue {
                    first: i,
                    last: i + n - 1,
                    rule,
                    inverted: None,
                    aux: None,
                });
                i += n;
                continue;
            }
            let key = v.key(i);
            let (stem, inverted) = self.split_inverted(key);
            let rule = self
                .t
                .cues
                .get(key)
                .or_else(|| self.t.cues.get(stem))
                .or_else(|| {
                    self.r
                        .elided(i)
                        .and_then(|_| self.t.cues.get(self.r.base(i)))
                });
            let Some(&rule) = rule else {
                i += 1;
                continue;
            };
            // German "so" and the like only count right after a quote.
            let mut c = Cue {
                first: i,
                last: i,
                rule,
                inverted,
                aux: None,
            };
            // The auxiliary, with adverbs between ("a également déclaré", "a-t-il ajouté").
            let mut k = i;
            let mut adverbs = 0;
            while k > 0 && self.r.joined(k - 1) {
                let (s, pron) = self.split_inverted(v.key(k - 1));
                if self.t.auxiliaries.contains(v.key(k - 1)) || self.t.auxiliaries.contains(s) {
                    c.first = k - 1;
                    c.inverted = c.inverted.or(pron);
                    break;
                }
                if adverbs < ADVERBS_IN_CUE && self.adverb(k - 1) {
                    adverbs += 1;
                    k -= 1;
                } else {
                    break;
                }
            }
            // German puts a participle at the end of its clause, the auxiliary further
            // back ("hat am Montag erklärt"); "gesagt" without one is no cue.
            if self.t.capitalised_nouns && c.first == i {
                let s = v.sentence_of[i];
                c.aux = (i.saturating_sub(AUX_REACH)..i)
                    .rev()
                    .take_while(|&k| v.sentence_of[k] == s && !v.gap(k, k + 1).contains(','))
                    .find(|&k| self.t.auxiliaries.contains(v.key(k)));
                if c.aux.is_none() && key.starts_with("ge") {
                    i += 1;
                    continue;
                }
            }
            out.push(c);
            i += 1;
        }
        out
    }

    /// A multi-word cue ("d'après", "de acuerdo con", "nach Angaben von") starting at `i`:
    /// its length and rule.
    fn phrase_at(&self, i: usize) -> Option<(usize, CueRule)> {
        let v = self.view();
        self.t
            .cue_phrases
            .iter()
            .filter(|(p, _)| {
                v.keys
                    .get_range(i..i + p.len())
                    .is_some_and(|ks| ks.zip(p.iter()).all(|(k, w)| k == *w))
            })
            .max_by_key(|(p, _)| p.len())
            .map(|(p, r)| (p.len(), *r))
    }

    /// A lowercase adverb between an auxiliary and its participle.
    fn adverb(&self, i: usize) -> bool {
        let k = self.view().key(i);
        !self.r.cap(i)
            && (k.ends_with("ment")
                || matches!(
                    k,
                    "aussi"
                        | "également"
                        | "encore"
                        | "déjà"
                        | "ensuite"
                        | "enfin"
                        | "toutefois"
                        | "pourtant"
                        | "notamment"
                        | "alors"
                        | "bien"
                        | "ainsi"
                        | "même"
                        | "también"
                        | "ya"
                        | "además"
                        | "incluso"
                        | "auch"
                        | "noch"
                        | "bereits"
                ))
    }

    /// The cue stands where its subject follows it: right after a quote (and a comma), or
    /// between commas or dashes ("…, a-t-il ajouté, …", "—dijo—"), or first in its
    /// sentence after a quote.
    fn after_quote_or_comma(&self, c: &Cue) -> bool {
        let v = self.view();
        let start = v.words[c.first].start;
        let before = v.text[..start].trim_end_matches([' ', '\u{a0}']);
        let before_comma = before.trim_end_matches(',').trim_end();
        before.ends_with([',', '—', '–'])
            || before_comma.ends_with(['»', '“', '”', '"', '«', '’'])
            || (before.ends_with(['?', '!']) && c.first > 0 && self.quote_of(c.first - 1).is_some())
    }

    fn right_after_quote(&self, c: &Cue) -> bool {
        let v = self.view();
        let before = v.text[..v.words[c.first].start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        before.ends_with(['»', '“', '”', '"', '«', '’', '—'])
            || self.quotes.iter().any(|q| {
                q.end <= v.words[c.first].start
                    && self
                        .between(q.end, v.words[c.first].start)
                        .trim()
                        .trim_matches(',')
                        .trim()
                        .is_empty()
            })
    }

    /// Whether a cue not linked to a quote reports speech by its rule.
    fn licensed(&self, c: &Cue) -> bool {
        if self.quote_of(c.first).is_some() {
            return false;
        }
        match c.rule {
            CueRule::Always | CueRule::AccordingTo | CueRule::Impersonal => true,
            CueRule::AfterQuote => false,
            CueRule::Content => self.content_follows(c),
        }
    }

    /// A content marker, a colon or (German) a comma follows the cue.
    fn content_follows(&self, c: &Cue) -> bool {
        let v = self.view();
        let after = &v.text[v.words[c.last].end()..];
        let after = after.trim_start();
        if after.starts_with(':') || (self.t.capitalised_nouns && after.starts_with(',')) {
            return true;
        }
        let s = v.sentence_of[c.last];
        (c.last + 1..(c.last + 1 + CONTENT_MARKER_WORDS).min(v.len()))
            .take_while(|&k| v.sentence_of[k] == s)
            .any(|k| {
                self.t.content_markers.contains(v.key(k))
                    || self
                        .r
                        .elided(k)
                        .is_some_and(|e| self.t.content_markers.contains(e))
            })
    }

    // Speakers.

    fn cue_speaker(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        if c.rule == CueRule::AccordingTo {
            // "X zufolge": the source comes before.
            if v.key(c.first) == "zufolge" {
                return c
                    .first
                    .checked_sub(1)
                    .and_then(|j| self.np_before(j, c.first));
            }
            return self
                .r
                .joined(c.last)
                .then(|| self.np_after(c.last + 1))
                .flatten();
        }
        if c.rule == CueRule::AfterQuote && !self.right_after_quote(c) {
            return None;
        }
        if c.rule == CueRule::Impersonal {
            return self.impersonal_source(c);
        }
        if let Some(a) = c.inverted {
            return self.pronoun(
                a,
                v.words[c.first].start,
                (v.words[c.first].start, v.words[c.last].end()),
            );
        }
        let inverted_place = self.after_quote_or_comma(c)
            && (self.t.free_inversion
                || self.right_after_quote(c)
                || self.quote_of(c.first).is_some());
        let next_joined = self.r.joined(c.last);
        if inverted_place && next_joined {
            if let Some(f) = self.np_after(self.skip_adverbs(c.last + 1)) {
                return Some(f);
            }
        }
        let mut before_at = c.first;
        while before_at > 0
            && self.r.joined(before_at - 1)
            && CLITICS.contains(&v.key(before_at - 1))
            && !self.t.capitalised_nouns
        {
            before_at -= 1;
        }
        let subject_before = |at: usize| {
            at.checked_sub(1)
                .filter(|&j| v.sentence_of[j] == v.sentence_of[at])
                .and_then(|j| self.np_before(j, at))
        };
        let mut before = subject_before(before_at);
        // German perfect: the subject before the auxiliary ("Kuhn hat am Montag erklärt")
        // or right after it ("Am Montag hat Kuhn erklärt").
        if before.is_none() {
            if let Some(aux) = c.aux {
                before = subject_before(aux).or_else(|| self.np_after(aux + 1));
            }
        }
        if before.is_none() && self.t.free_inversion && next_joined {
            if let Some(f) = self.np_after(c.last + 1) {
                return Some(f);
            }
        }
        if before.is_some() {
            return before;
        }
        if self.t.pro_drop && self.subjectless(c) {
            return self.dropped_subject(c);
        }
        // German puts the subject first and the participle last ("Mehrere Abgeordnete
        // sollen in einer Sitzung kritisiert haben").
        if self.t.capitalised_nouns {
            let s = v.sentence_of[c.first];
            let first = v
                .words
                .partition_point(|w| w.start < v.sentences[s as usize].0);
            let clause = self.between(v.words[first].end(), v.words[c.first].start);
            if first + 1 < c.first
                && self.quote_of(first).is_none()
                && !clause.contains([':', ';', '?', '!'])
                && !v.text[v.words[first].end()..].starts_with(':')
            {
                return self
                    .np_after(first)
                    .filter(|f| f.end < v.words[c.first].start);
            }
        }
        None
    }

    /// The first word from `i` that is not an adverb of time or manner between an inverted
    /// cue and its subject ("a assuré mercredi un proche", "sagte am Montag Kuhn").
    fn skip_adverbs(&self, i: usize) -> usize {
        let v = self.view();
        let mut k = i;
        while k < v.len() && k < i + ADVERBS_IN_CUE && k + 1 < v.len() && self.r.joined(k) {
            let key = v.key(k);
            if self.adverb(k) || WEEKDAYS.contains(&key) {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// The source of impersonal reporting: after a preposition of origin within a few
    /// words ("hieß es lediglich in einer Mitteilung", "heißt es aus Regierungskreisen"), or
    /// the phrase the clause opens with ("Aus dem Verband heißt es").
    fn impersonal_source(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        let s = v.sentence_of[c.last];
        for k in c.last + 1..(c.last + 1 + SOURCE_REACH).min(v.len()) {
            if v.sentence_of[k] != s || v.gap(k - 1, k).contains([',', '.', ';', ':']) {
                break;
            }
            if SOURCE_PREPOSITIONS.contains(&v.key(k)) {
                return self.source_at(k + 1);
            }
        }
        let first = v
            .words
            .partition_point(|w| w.start < v.sentences[s as usize].0);
        if first < c.first && SOURCE_PREPOSITIONS.contains(&v.key(first)) {
            return self
                .source_at(first + 1)
                .filter(|f| f.end <= v.words[c.first].start);
        }
        None
    }

    /// A source phrase from word `i`: a speaker's noun phrase, or a bare noun
    /// ("Regierungskreisen"), a document or an institution rather than a person.
    fn source_at(&self, i: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        if i >= v.len() {
            return None;
        }
        let mut f = match self.np_after(i) {
            Some(f) => f,
            None if r.cap(i) && !r.function_word(i) => {
                let end = self.phrase_end(i);
                self.described(i, end, Kind::Organisation, i)
            }
            None => return None,
        };
        if f.entity.is_none() && f.kind == Kind::Person {
            f.kind = Kind::Document;
        }
        Some(f)
    }

    /// Nothing before the cue in its clause could be its subject (Spanish "«…», añadió",
    /// "Añadió que …").
    fn subjectless(&self, c: &Cue) -> bool {
        let v = self.view();
        c.first == 0
            || v.sentence_of[c.first - 1] != v.sentence_of[c.first]
            || self.after_quote_or_comma(c)
            || self.t.clause_words.contains(&v.key(c.first - 1))
    }

    /// The subject a Spanish cue leaves out: the latest person named in its paragraph
    /// before it ("el técnico, Gonzalo Prieto, no ocultó su enfado. «…», lamentó"), else the
    /// last speaker (a dialogue turn: "—…—respondió—").
    fn dropped_subject(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        let pos = v.words[c.first].start;
        let para = v.paragraph_of(c.first);
        let para_start = v.paragraph_start(para);
        let (cs, ce) = self.cue_span(c);
        let in_paragraph = |e: usize| {
            self.es
                .last_mention_of(e, pos)
                .is_some_and(|p| p >= para_start)
        };
        // People with a given name or title first ("Servimed Norte" may be a company).
        let subject = self
            .es
            .latest(pos, LOOKBACK, |e| e.strong)
            .filter(|&e| in_paragraph(e))
            .or_else(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| e.person)
                    .filter(|&e| in_paragraph(e))
            });
        if let Some(e) = subject {
            return Some(self.person(e, (cs, ce), DROPPED_SUBJECT));
        }
        // A dialogue turn's own cue ("—…—admite—") is the interviewee's: the person the
        // article names most.
        let turn = self.t.dash_dialogue
            && (self
                .quote_of(c.first.saturating_sub(1))
                .is_some_and(|q| self.dash_turn(&self.quotes[q]))
                || v.text[para_start..].trim_start().starts_with(['—', '―']));
        // A turn continues the last speaker when a named person spoke just before.
        if turn {
            if let Some((f, p)) = &self.last {
                let named = f.entity.is_some_and(|e| self.es.list[e].strong);
                if named && para <= p + DROPPED_SUBJECT_PARAGRAPHS {
                    return Some(f.again((cs, ce), DROPPED_SUBJECT));
                }
            }
        }
        if turn {
            if let Some(e) = self.es.most_mentioned(pos, |e| !e.org && e.person) {
                return Some(self.person(e, (cs, ce), DROPPED_SUBJECT));
            }
        }
        let (f, p) = self.last.as_ref()?;
        (para <= p + DROPPED_SUBJECT_PARAGRAPHS).then(|| f.again((cs, ce), DROPPED_SUBJECT))
    }

    /// A pronoun at `pos` agreeing like `a`, resolved: the last speaker that agrees, else
    /// the latest person named that agrees.
    fn pronoun(&self, a: Agreement, pos: usize, span: (usize, usize)) -> Option<Found> {
        if a == Agreement::Plural {
            return None;
        }
        let para = self.view().paragraph_at(pos);
        if let Some((f, p)) = &self.last {
            let fits = f.kind == Kind::Person && f.entity.is_some() && a.fits(f.agreement);
            if fits && para <= p + 1 {
                return Some(f.again(span, PRONOUN));
            }
        }
        let e = self
            .es
            .latest(pos, LOOKBACK, |e| e.strong && a.fits(e.agreement))
            .or_else(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| e.person && a.fits(e.agreement))
            })?;
        Some(self.person(e, span, PRONOUN))
    }

    /// Entity `e`, a person, as the speaker of a mention at `span`.
    fn person(&self, e: usize, span: (usize, usize), confidence: f32) -> Found {
        let ent = &self.es.list[e];
        Found {
            start: span.0,
            end: span.1,
            name: ent.name.clone(),
            kind: Kind::Person,
            entity: Some(e),
            agreement: ent.agreement,
            confidence,
        }
    }

    /// The speaker whose noun phrase starts at word `i` (after a cue or "selon").
    fn np_after(&self, i: usize) -> Option<Found> {
        let v = self.view();
        if i >= v.len() {
            return None;
        }
        let r = &self.r;
        let pos = v.words[i].start;
        if let Some(a) = r.pronoun(i) {
            return self.pronoun(a, pos, (pos, v.words[i].end()));
        }
        if r.courtesy(i).is_some() {
            return (i + 1 < v.len()).then(|| self.name_placed(i + 1)).flatten();
        }
        if let Some(f) = self.name_placed(i) {
            return Some(f);
        }
        // A description: determiner, at most one adjective, then the noun.
        let mut j = i;
        let det = r.determiner(i);
        if det.is_some() && r.elided(i).is_none() {
            j = i + 1;
        }
        if j < v.len() && j > i {
            j = self.head_noun(j);
        }
        if j >= v.len() || v.sentence_of[j] != v.sentence_of[i] {
            return None;
        }
        // "según su versión", "selon ses proches"? no: "su versión" is its possessor's.
        if POSSESSIVES.contains(&v.key(i)) && r.role(j).is_none() && !r.group(j) && !r.org(j) {
            let pos = v.words[i].start;
            return self.pronoun(Agreement::Any, pos, (pos, v.words[j].end()));
        }
        self.description(i, j, det)
    }

    /// A name run starting at `i`, resolved to its entity. In German a lone capitalised
    /// word the text does not name anyone by is a noun, not a name ("der Parlamentarische
    /// Geschäftsführer"), unless its place says it is one ([`Engine::name_placed`]).
    fn name_at(&self, i: usize) -> Option<Found> {
        let f = self.name_placed(i)?;
        let r = &self.r;
        let lone = r.run_from(i) == Some(i);
        let titled = i > 0 && (r.role(i - 1).is_some() || r.courtesy(i - 1).is_some());
        if self.t.capitalised_nouns && lone && f.entity.is_none() && r.given(i).is_none() && !titled
        {
            return None;
        }
        Some(f)
    }

    /// A name run starting at `i` where the place itself marks a name: right after a cue
    /// ("sagte Kuhn"), "laut", a courtesy title, a role ("Trainer Kuhn") or an apposition's
    /// comma.
    fn name_placed(&self, i: usize) -> Option<Found> {
        let r = &self.r;
        let last = r.run_from(i)?;
        let i = r.name_start(i, last);
        let tokens: Vec<String> = (i..=last).map(|k| r.base(k).to_string()).collect();
        let e = self.es.find(&tokens);
        // A lone capitalised word opening a sentence is a name only if the text names
        // someone so ("Preguntado", "Quizá" are not).
        let opens = i == 0 || self.view().sentence_of[i - 1] != self.view().sentence_of[i];
        if e.is_none() && last == i && opens {
            return None;
        }
        let (name, org) = match e {
            Some(e) => (self.es.list[e].name.clone(), self.es.list[e].org),
            None => (
                r.span_text(i, last).to_string(),
                (i..=last).any(|k| r.org(k)),
            ),
        };
        Some(Found {
            start: r.start(i),
            end: r.end(last),
            name,
            kind: if org {
                Kind::Organisation
            } else {
                Kind::Person
            },
            entity: e,
            agreement: e.map_or_else(
                || r.given(i).unwrap_or(Agreement::Any),
                |e| self.es.list[e].agreement,
            ),
            confidence: NAMED,
        })
    }

    /// A description with its head noun at `j` (a determiner from `i`): a role, resolved to
    /// the person holding it, or named right after it; a group; an organisation.
    fn description(&self, i: usize, j: usize, det: Option<Agreement>) -> Option<Found> {
        let r = &self.r;
        let v = self.view();
        let end = self.phrase_end(j);
        // "el propio Gil", "der frühere Minister Kuhn": a name after the determiner.
        if j > i {
            if let Some(f) = self.name_at(j) {
                return Some(f);
            }
        }
        let role = r.role(j);
        let kind = if r.group(j) {
            Kind::Group
        } else if r.org(j) {
            Kind::Organisation
        } else {
            Kind::Person
        };
        // A common noun heads a description only with a determiner ("un vieux berger"),
        // lowercase outside German.
        if role.is_none() && kind == Kind::Person {
            let noun = if self.t.capitalised_nouns {
                r.cap(j)
            } else {
                !r.cap(j)
            };
            if det.is_none() || !noun || r.function_word(j) || r.cue_word(j) {
                return None;
            }
        }
        if kind == Kind::Person {
            // "le ministre Jean Dupont", "Trainer Kuhn": the name after the title.
            if j + 1 < v.len() && r.joined(j) {
                if let Some(f) = self.name_placed(j + 1) {
                    return Some(f);
                }
            }
        }
        // "le porte-parole du ministère, Jean Dupont", "una de las manifestantes, Nuria
        // Castell": the name in apposition.
        if kind != Kind::Organisation {
            if let Some(f) = self.apposed_name(j) {
                return Some(f);
            }
        }
        let (role, a) = role.unwrap_or(("", Agreement::Any));
        let a = if a == Agreement::Any {
            det.unwrap_or(a)
        } else {
            a
        };
        let mut found = self.described(j, end, kind, i);
        found.agreement = if kind == Kind::Person {
            a
        } else {
            Agreement::Plural
        };
        if role.is_empty() {
            return Some(found);
        }
        // A role names the person who holds it; failing that, the person the text is
        // about: the latest one named who agrees and holds no other role ("le prévenu",
        // "el acusado" in a trial report).
        let pos = v.words[i].start;
        let holds = |e: &super::names::Entity| !e.org && e.roles.contains(&role);
        let holder = (a != Agreement::Any)
            .then(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| holds(e) && e.agreement == a)
            })
            .flatten()
            .or_else(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| holds(e) && a.fits(e.agreement))
            })
            .map(|e| (e, ROLE_RESOLVED))
            .or_else(|| {
                let definite = det.is_some_and(|_| !self.indefinite(i));
                // Someone with a given name or a title before a bare capitalised pair
                // ("Premio Mirador" may be a prize).
                let bridge = |strong: bool| {
                    self.es.latest(pos, BRIDGE_LOOKBACK, |e| {
                        e.roles.is_empty() && e.person && e.strong == strong && a.fits(e.agreement)
                    })
                };
                definite
                    .then(|| bridge(true).or_else(|| bridge(false)))
                    .flatten()
                    .map(|e| (e, BRIDGED))
            });
        if let Some((e, confidence)) = holder {
            found.name = self.es.list[e].name.clone();
            found.entity = Some(e);
            found.agreement = self.es.list[e].agreement;
            found.confidence = confidence;
        }
        Some(found)
    }

    /// The head of the noun phrase from `j` (after its determiner): the first role,
    /// group or organisation word within a few words ("eine 68 Jahre alte Rentnerin"),
    /// else the noun after at most one adjective.
    fn head_noun(&self, j: usize) -> usize {
        let r = &self.r;
        let v = self.view();
        let mut k = j;
        while k < v.len() && k < j + HEAD_WORDS {
            if r.role(k).is_some() || r.group(k) || r.org(k) {
                return k;
            }
            let key = v.key(k);
            // "una de las manifestantes", "l'un des experts": the head is after "de".
            let partitive = k == j && self.t.complement_words.contains(&key);
            if !partitive
                && (self.t.clause_words.contains(&key)
                    || r.cue_word(k)
                    || self.t.auxiliaries.contains(key)
                    || self.t.complement_words.contains(&key)
                    || !r.joined(k))
            {
                break;
            }
            k += 1;
        }
        self.skip_adjective(j)
    }

    /// The head noun at or after `j`, an adjective before it skipped: "le nouveau
    /// ministre", "el propio Gil", "der neue Trainer" (German adjectives are lowercase, its
    /// nouns are not).
    fn skip_adjective(&self, j: usize) -> usize {
        let r = &self.r;
        let v = self.view();
        if j + 1 >= v.len() || !r.joined(j) || r.role(j).is_some() || r.group(j) || r.org(j) {
            return j;
        }
        let n = j + 1;
        let adjective = if self.t.capitalised_nouns {
            !r.cap(j) && r.cap(n)
        } else {
            PRENOMINAL_ADJECTIVES.contains(&v.key(j))
                || (!r.cap(j) && (r.role(n).is_some() || r.group(n) || r.org(n)))
        };
        if adjective && !r.function_word(n) && !r.cue_word(n) {
            n
        } else {
            j
        }
    }

    /// An indefinite determiner ("un", "eine", "una", "plusieurs").
    fn indefinite(&self, i: usize) -> bool {
        matches!(
            self.view().key(i),
            "un" | "une"
                | "des"
                | "ein"
                | "eine"
                | "einer"
                | "einen"
                | "einem"
                | "una"
                | "unos"
                | "unas"
                | "plusieurs"
                | "certains"
                | "mehrere"
                | "einige"
                | "varios"
                | "varias"
                | "algunos"
                | "algunas"
                | "otro"
                | "otra"
                | "quelques"
        )
    }

    /// The name set off by a comma within a description's reach ("la ministre de la
    /// Justice, Claire Aubert").
    fn apposed_name(&self, j: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        let mut end = self.phrase_end(j);
        // French and Spanish adjectives follow their noun ("des Comptes publics").
        if !self.t.capitalised_nouns
            && end + 1 < v.len()
            && r.joined(end)
            && !r.cap(end + 1)
            && !r.function_word(end + 1)
            && !r.cue_word(end + 1)
        {
            end += 1;
        }
        if end + 1 < v.len()
            && v.sentence_of[end + 1] == v.sentence_of[j]
            && v.gap(end, end + 1).trim() == ","
        {
            return self.name_placed(end + 1);
        }
        None
    }

    fn described(&self, head: usize, end: usize, kind: Kind, from: usize) -> Found {
        let r = &self.r;
        Found {
            start: r.start(from.min(head)),
            end: r.end(end),
            name: r.span_text(head, end).to_string(),
            kind,
            entity: None,
            agreement: Agreement::Any,
            confidence: DESCRIBED,
        }
    }

    /// The last word of a description whose head is `j`: its complements ("ministre de
    /// la Justice", "Sprecher des Vereins", "portavoz del Gobierno"), up to a comma, a
    /// clause word or a cue.
    fn phrase_end(&self, j: usize) -> usize {
        let r = &self.r;
        let v = self.view();
        let mut end = j;
        let mut k = j;
        while k + 1 < v.len() && r.joined(k) && k - j < SUBJECT_WORDS {
            let n = k + 1;
            let key = v.key(n);
            if self.t.clause_words.contains(&key)
                || r.cue_word(n)
                || self.t.auxiliaries.contains(key)
            {
                break;
            }
            if self.t.complement_words.contains(&key)
                || r.determiner(n).is_some()
                || r.elided(n).is_some()
            {
                k = n;
                continue;
            }
            // After a complement word, its noun.
            let after_complement = self.t.complement_words.contains(&v.key(k))
                || r.determiner(k).is_some()
                || r.elided(k).is_some_and(|_| k == n - 1 && k != j);
            // A proper name runs on in capitals ("del Partido Liberal").
            let name_goes_on =
                !self.t.capitalised_nouns && end == k && k > j && r.cap(n) && r.cap(k);
            if after_complement || r.elided(n).is_some() || name_goes_on {
                k = n;
                end = n;
                continue;
            }
            break;
        }
        end
    }

    /// The subject ending at word `j`, before the cue at `cue`: a name, pronoun or
    /// description, or, across an apposition ("Aubert, la ministre de la Justice, a
    /// déclaré"), the name before it.
    fn np_before(&self, j: usize, cue: usize) -> Option<Found> {
        let v = self.view();
        let gap = v.gap(j, cue);
        if gap.contains(['»', '“', '”', '"', '«', '.', ';', '—']) {
            return None;
        }
        if gap.contains(',') {
            // An apposition: the phrase before the comma that opens it.
            let s = v.sentence_of[j];
            let lo = j.saturating_sub(APPOSITION_WORDS);
            for k in (lo.max(1)..=j).rev() {
                if v.sentence_of[k - 1] != s {
                    break;
                }
                if v.gap(k - 1, k).trim() == "," {
                    return self.subject_chunk(k - 1);
                }
            }
            return None;
        }
        self.subject_chunk(j)
    }

    /// The noun phrase that ends at `j`: from the start of its chunk (after a clause
    /// word, punctuation or a verb), its first nominal is the head.
    fn subject_chunk(&self, j: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        if let Some(a) = r.pronoun(j) {
            let pos = v.words[j].start;
            return self.pronoun(a, pos, (pos, v.words[j].end()));
        }
        let s = v.sentence_of[j];
        let mut start = j;
        while start > 0 && j - start < SUBJECT_WORDS {
            let p = start - 1;
            if v.sentence_of[p] != s || !r.joined(p) {
                break;
            }
            let key = v.key(p);
            if self.t.clause_words.contains(&key)
                || r.cue_word(p)
                || self.t.auxiliaries.contains(key)
                || (r.function_word(p)
                    && r.determiner(p).is_none()
                    && !self.t.complement_words.contains(&key))
            {
                break;
            }
            start = p;
        }
        // After a preposition the phrase is an object, not the subject ("in einer Sitzung").
        if start > 0 && r.joined(start - 1) && self.t.prepositions.contains(&v.key(start - 1)) {
            return None;
        }
        // The chunk's first nominal.
        for i in start..=j {
            if r.courtesy(i).is_some() && i < j {
                return self.name_at(i + 1);
            }
            if let Some(f) = self.name_at(i) {
                return Some(f);
            }
            let det = r.determiner(i);
            let mut head = if det.is_some() && r.elided(i).is_none() {
                i + 1
            } else {
                i
            };
            if head > i && head < j {
                head = self.head_noun(head).min(j);
            }
            if head <= j {
                if let Some(f) = self.description(i, head, det) {
                    return Some(f);
                }
            }
            if det.is_none() && r.role(i).is_none() && !r.org(i) && !r.group(i) && !r.cap(i) {
                // A lowercase word that is no determiner: an adjective before the noun at
                // most ("nouveau"), else the chunk is not a noun phrase.
                if i < j && (r.role(i + 1).is_some() || r.group(i + 1) || r.org(i + 1)) {
                    continue;
                }
                return None;
            }
        }
        None
    }

    // Quotes.

    fn link_quotes(&self, cues: &[Cue], speakers: &[Option<Found>]) -> Vec<Option<Link>> {
        let v = self.view();
        let mut links: Vec<Option<Link>> = Vec::with_capacity(self.quotes.len());
        for (qi, q) in self.quotes.iter().enumerate() {
            let para = v.paragraph_at(q.start);
            let first_word = v.words.partition_point(|w| w.start < q.start);
            let after_word = v.words.partition_point(|w| w.start < q.end);
            let has_speaker =
                |c: usize| speakers[c].is_some() || cues[c].rule == CueRule::Impersonal;
            // 1. A cue right after the quote.
            let after = cues.iter().position(|c| {
                c.first == after_word
                    && c.first < v.len()
                    && v.paragraph_of(c.first) == para
                    && self
                        .between(q.end, v.words[c.first].start)
                        .chars()
                        .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '—' | '–' | '-'))
            });
            // 2. A cue inside it, between commas or dashes.
            let inside = || {
                cues.iter().position(|c| {
                    c.first > first_word
                        && c.last < after_word
                        && self.quote_of(c.first) == Some(qi)
                        && self.after_quote_or_comma(c)
                        && has_speaker_inside(self, c)
                })
            };
            // 3. The nearest cue before it in its sentence.
            let before = || {
                let s = v.sentence_of.get(first_word).copied()?;
                cues.iter()
                    .rposition(|c| {
                        c.last < first_word
                            && first_word - c.last <= PRE_QUOTE_WORDS
                            && v.sentence_of[c.last] == s
                            && self.quote_of(c.first).is_none()
                            && c.rule != CueRule::AfterQuote
                    })
                    .or_else(|| {
                        // "… a déclaré :" ending the paragraph before.
                        let prev = first_word.checked_sub(1)?;
                        let c = cues.iter().rposition(|c| c.last == prev)?;
                        self.between(v.words[prev].end(), q.start)
                            .trim()
                            .starts_with(':')
                            .then_some(c)
                    })
            };
            let cue = after
                .filter(|&c| has_speaker(c) && self.quote_of(cues[c].first).is_none())
                .or_else(inside)
                .or_else(|| before().filter(|&c| has_speaker(c)));
            let link = match cue {
                Some(c) => Some(Link::Cue(c)),
                None => self
                    .colon_subject(q, first_word)
                    .or_else(|| self.continued(qi, &links, speakers))
                    .map(Link::Continues),
            };
            links.push(link);
        }
        links
    }

    /// A quote after a colon that ends its clause, with no cue: the clause's subject says
    /// it, whatever the verb ("Elle en rit : « … »", "Er winkt ab: „…“").
    fn colon_subject(&self, q: &QuoteSpan, first_word: usize) -> Option<Found> {
        let v = self.view();
        let s = *v.sentence_of.get(first_word)?;
        let (sentence_start, _) = v.sentences[s as usize];
        if !self
            .between(sentence_start, q.start)
            .trim_end()
            .ends_with(':')
        {
            return None;
        }
        let i = v.words.partition_point(|w| w.start < sentence_start);
        if i >= first_word || self.quote_of(i).is_some() {
            return None;
        }
        let f = self.np_after(i)?;
        (f.kind == Kind::Person && f.end <= q.start).then_some(Found {
            confidence: CONTINUED,
            ..f
        })
    }

    /// The speaker a quote with no cue continues: the quote before it in its paragraph, or,
    /// when the quote opens its paragraph, the last quote of the paragraph before.
    fn continued(
        &self,
        qi: usize,
        links: &[Option<Link>],
        speakers: &[Option<Found>],
    ) -> Option<Found> {
        let v = self.view();
        let q = &self.quotes[qi];
        let dash = self.dash_turn(q);
        if !dash && self.words_in(q) <= SCARE_MAX_WORDS {
            return None;
        }
        let para = v.paragraph_at(q.start);
        let opens = v.text[v.paragraph_start(para)..q.start].trim().is_empty();
        // A dialogue's question is the interviewer's: nobody the article names.
        if dash && opens && self.question(q) {
            return None;
        }
        for (pi, prev) in self.quotes[..qi].iter().enumerate().rev() {
            if prev.depth != q.depth || prev.end > q.start {
                continue;
            }
            let pp = v.paragraph_at(prev.start);
            let reach = if dash { DIALOGUE_TURNS } else { 1 };
            if pp != para && !(opens && pp + reach >= para) {
                return None;
            }
            // In a dialogue, the other side's turns (the questions) are passed over.
            if dash && pp != para && self.dash_turn(prev) && self.question(prev) {
                continue;
            }
            let f = match &links[pi] {
                Some(Link::Continues(f)) => Some(f.clone()),
                Some(Link::Cue(c)) => speakers[*c].clone(),
                None => None,
            };
            return f.map(|f| Found {
                confidence: CONTINUED,
                ..f
            });
        }
        None
    }
}

impl Engine<'_> {
    /// A dash-dialogue turn ("—No lo sé"), or its part after an incise ("—dijo—. Veremos").
    fn dash_turn(&self, q: &QuoteSpan) -> bool {
        let text = self.view().text;
        self.t.dash_dialogue
            && (text[q.start..].starts_with(['—', '―'])
                || text[..q.start]
                    .trim_end_matches([' ', '.', ',', ';', ':'])
                    .ends_with(['—', '―']))
    }

    /// A quote that asks ("—¿Y el futuro?").
    fn question(&self, q: &QuoteSpan) -> bool {
        self.view().text[q.start..q.end].trim_end().ends_with('?')
    }
}

/// What a quote is linked to: a cue, or the speaker of a quote before it.
enum Link {
    Cue(usize),
    Continues(Found),
}

/// An incise inside a quote has its subject in it: "a-t-il ajouté", "dijo el juez".
fn has_speaker_inside(e: &Engine, c: &Cue) -> bool {
    c.inverted.is_some() || e.np_after(c.last + 1).is_some() || e.t.pro_drop
}
