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

use crate::cues::{find_cues, Cue, Rule};
use crate::quotes::QuoteSpan;
use crate::report::{AttributionKind, QuoteKind};
use crate::segment::{paragraphs, Segmented, Word};
use crate::speakers::{
    bare, ends_possessive, is_pronoun, lists, name_run, parse_name, Name, Registry, Speaker,
};

/// A quote with its speaker, in byte offsets.
#[derive(Debug, Clone)]
pub struct AttributedQuote {
    pub span: QuoteSpan,
    pub speaker: Option<Speaker>,
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
    pub cue_start: usize,
    pub cue_end: usize,
    pub kind: AttributionKind,
}

/// How far (in words) a cue may follow a quote and still attach to it.
const POST_QUOTE_WINDOW: usize = 7;
/// How far a description may extend around its head noun.
const MAX_DESCRIPTION_WORDS: usize = 12;
/// Quotes of at most this many words with no speaker in reach are scare quotes.
const SCARE_MAX_WORDS: usize = 3;

const DETERMINERS: [&str; 15] = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "such", "no",
];
const CLAUSE_WORDS: [&str; 16] = [
    "and", "but", "or", "that", "which", "who", "whom", "while", "when", "because", "as", "if",
    "after", "before", "since", "than",
];
const CONTENT_MARKERS: [&str; 11] = [
    "that", "whether", "if", "to", "about", "how", "why", "what", "when", "where", "who",
];
/// Words a description cannot end with.
const PREPOSITIONS: [&str; 18] = [
    "for", "to", "of", "in", "on", "at", "by", "with", "from", "about", "into", "over", "under",
    "after", "before", "without", "through", "against",
];
/// Verbs whose object is the person spoken to ("told Newsweek"), never the speaker.
const ADDRESSEE_VERBS: [&str; 20] = [
    "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges", "urged",
    "urging", "warn", "warns", "warned", "warning", "advised", "informed", "assured", "thanked",
];
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

/// Speech nouns that frame reported content (`data/cue_nouns.txt`).
fn cue_nouns() -> &'static std::collections::HashSet<String> {
    static NOUNS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    NOUNS.get_or_init(|| {
        crate::lexicon::entries(include_str!("../data/cue_nouns.txt"))
            .map(str::to_string)
            .collect()
    })
}

struct Ctx<'t> {
    text: &'t str,
    words: &'t [Word<'t>],
    keys: &'t [String],
    sentence_of: &'t [usize],
    /// Innermost quote containing each word.
    quote_of: Vec<Option<usize>>,
    /// The quote each quote sits in.
    parent: Vec<Option<usize>>,
    /// Start of each quote (sorted), for "does a quote open here" look-ups.
    quote_starts: Vec<usize>,
    quotes: &'t [QuoteSpan],
    reg: Registry,
}

/// Finds the speaker and cue of each quote and every attribution of `text`.
pub fn attribute(text: &str, quotes: &[QuoteSpan]) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
    attribute_segmented(&Segmented::new(text), quotes)
}

/// [`attribute`] on a text already cut into words and sentences.
pub fn attribute_segmented(
    seg: &Segmented,
    quotes: &[QuoteSpan],
) -> (Vec<AttributedQuote>, Vec<AttributionSpan>) {
    let text = seg.text;
    let mut ctx = Ctx::new(seg, quotes);
    ctx.register_names();
    let cues = find_cues(ctx.words);
    let mut used: Vec<Option<(Option<Speaker>, AttributionKind, bool)>> = vec![None; cues.len()];

    // Cues outside quotes first, so participles can inherit their sentence's speaker.
    let mut last_in_sentence: Vec<Option<Speaker>> = vec![None; ctx.sentence_count()];
    let mut speaker_of_cue: Vec<Option<(Option<Speaker>, bool)>> = vec![None; cues.len()];
    for (i, cue) in cues.iter().enumerate() {
        let s = ctx.sentence_of[cue.first];
        let found = ctx.cue_speaker(cue, last_in_sentence[s].as_ref());
        if let Some((Some(sp), _)) = &found {
            if ctx.quote_of[cue.first].is_none() {
                last_in_sentence[s] = Some(sp.clone());
            }
        }
        speaker_of_cue[i] = found;
    }

    // Quotes: each takes a cue (after it, before it, later in the sentence) or inherits.
    let mut out_quotes = Vec::new();
    let mut attributions_extra: Vec<AttributionSpan> = Vec::new();
    let mut prev: Option<(usize, Option<Speaker>)> = None; // (paragraph, speaker)
    let paras = paragraphs(text);
    let para_of = |pos: usize| paras.partition_point(|&(_, e)| e < pos);
    for (qi, q) in quotes.iter().enumerate() {
        let para = para_of(q.start);
        let has_speaker = |c: usize| {
            speaker_of_cue[c]
                .as_ref()
                .is_some_and(|(sp, _)| sp.is_some())
        };
        let linked = ctx
            .post_quote_cue(qi, &cues, &has_speaker)
            .or_else(|| ctx.pre_quote_cue(qi, &cues, &has_speaker));
        let word_count = ctx.words_in(q.start, q.end);
        let mut kind = QuoteKind::Speech;
        let (speaker, cue) = match linked {
            Some(c) => {
                let sp = speaker_of_cue[c].as_ref().and_then(|(sp, _)| sp.clone());
                let adjacent = speaker_of_cue[c].as_ref().is_some_and(|&(_, adj)| adj);
                used[c] = Some((sp.clone(), AttributionKind::Direct, adjacent));
                (sp, Some(c))
            }
            None => {
                let opens_paragraph = text[paras.get(para).map_or(0, |p| p.0)..q.start]
                    .trim()
                    .is_empty();
                if ctx.scare_frame(q.start) || (word_count <= SCARE_MAX_WORDS && !opens_paragraph) {
                    kind = QuoteKind::Scare;
                    (None, None)
                } else {
                    let inherited = match &prev {
                        Some((p, sp)) if *p == para || (opens_paragraph && *p + 1 == para) => {
                            sp.clone()
                        }
                        _ => None,
                    };
                    (inherited, None)
                }
            }
        };
        if q.depth == 0 && speaker.is_some() {
            prev = Some((para, speaker.clone()));
        }
        let cue_span = cue.map(|c| (ctx.words[cues[c].first].start, ctx.words[cues[c].last].end));
        out_quotes.push(AttributedQuote {
            span: *q,
            speaker,
            cue: cue_span,
            kind,
        });
    }

    // Nominal frames: "Netanyahu’s declaration that", "his vow on Monday that".
    for frame in ctx.nominal_frames() {
        attributions_extra.push(frame);
    }

    // Reported speech without quotes: cues outside quotes that pass their rule.
    for (i, cue) in cues.iter().enumerate() {
        if used[i].is_some() || ctx.quote_of[cue.first].is_some() || !ctx.counts(cue) {
            continue;
        }
        let kind = match cue.rule {
            Rule::AccordingTo => AttributionKind::AccordingTo,
            Rule::Passive => AttributionKind::Other,
            _ => AttributionKind::Indirect,
        };
        // `cue_speaker` gives no speaker at all only for agentless passives.
        if let Some((sp, adjacent)) = &speaker_of_cue[i] {
            used[i] = Some((sp.clone(), kind, *adjacent));
        }
    }

    let mut attributions: Vec<AttributionSpan> = cues
        .iter()
        .zip(&used)
        .filter_map(|(cue, u)| {
            let (sp, kind, adjacent) = u.clone()?;
            let (cs, ce) = (ctx.words[cue.first].start, ctx.words[cue.last].end);
            let (mut start, mut end) = (cs, ce);
            if let (Some(s), true) = (&sp, adjacent) {
                start = start.min(s.start);
                end = end.max(s.end);
            }
            Some(AttributionSpan {
                start,
                end,
                speaker: sp.and_then(|s| s.name),
                cue_start: cs,
                cue_end: ce,
                kind,
            })
        })
        .collect();
    attributions.extend(attributions_extra);
    attributions.sort_by_key(|a| a.cue_start);
    (out_quotes, attributions)
}

impl<'t> Ctx<'t> {
    fn new(seg: &'t Segmented<'t>, quotes: &'t [QuoteSpan]) -> Self {
        let words = &seg.words;
        // Quotes are sorted by start, outer first: a stack of the open ones gives each
        // quote its parent and each word its innermost quote, in one pass.
        let mut parent = Vec::with_capacity(quotes.len());
        let mut open: Vec<usize> = Vec::new();
        for (i, q) in quotes.iter().enumerate() {
            while open
                .last()
                .is_some_and(|&o| quotes[o].end < q.end || quotes[o].end <= q.start)
            {
                open.pop();
            }
            parent.push(open.last().copied());
            open.push(i);
        }
        open.clear();
        let mut next = 0;
        let quote_of = words
            .iter()
            .map(|w| {
                while next < quotes.len() && quotes[next].start < w.start {
                    open.push(next);
                    next += 1;
                }
                while open.last().is_some_and(|&o| quotes[o].end < w.end) {
                    open.pop();
                }
                open.last().copied()
            })
            .collect();
        let quote_starts = quotes.iter().map(|q| q.start).collect();
        Ctx {
            text: seg.text,
            words,
            keys: &seg.keys,
            sentence_of: &seg.sentence_of,
            quote_of,
            parent,
            quote_starts,
            quotes,
            reg: Registry::default(),
        }
    }

    /// Speech nouns owned by a speaker and followed by their content: "Netanyahu’s
    /// declaration that", "his vow on Monday that", "Beijing’s demands to".
    fn nominal_frames(&self) -> Vec<AttributionSpan> {
        let nouns = cue_nouns();
        let mut out = Vec::new();
        for k in 1..self.words.len() {
            if self.quote_of[k].is_some() || !nouns.contains(&self.keys[k]) {
                continue;
            }
            let owner = k - 1;
            if !self.gap(owner, k).trim().is_empty() {
                continue;
            }
            // "that"/"to" right after the noun, or after a short phrase such as "on Monday".
            let after = |m: usize| self.keys.get(m).map(String::as_str);
            let joined_to = |m: usize| m < self.words.len() && self.gap(m - 1, m).trim().is_empty();
            let content = match after(k + 1) {
                Some("that" | "to") => joined_to(k + 1),
                Some(p) if PREPOSITIONS.contains(&p) && joined_to(k + 1) => (k + 2
                    ..(k + 5).min(self.words.len()))
                    .take_while(|&m| joined_to(m))
                    .any(|m| matches!(self.keys[m].as_str(), "that")),
                _ => false,
            };
            if !content {
                continue;
            }
            let okey = self.keys[owner].as_str();
            let speaker = match okey {
                "his" | "her" => {
                    let pronoun = if okey == "his" { "he" } else { "she" };
                    let e = self.reg.resolve_pronoun(pronoun, self.words[owner].start);
                    e.map(|e| Speaker {
                        start: self.words[owner].start,
                        end: self.words[owner].end,
                        name: Some(self.reg.entities[e].name.clone()),
                        entity: Some(e),
                    })
                }
                _ if okey.ends_with("'s") => {
                    let run = name_run(self.text, self.words, owner).filter(|r| r.1 == owner);
                    run.and_then(|r| self.name_speaker(r))
                        .or_else(|| self.description(owner, false))
                }
                _ => None,
            };
            let Some(sp) = speaker else { continue };
            out.push(AttributionSpan {
                start: sp.start,
                end: self.words[k].end,
                speaker: sp.name,
                cue_start: self.words[k].start,
                cue_end: self.words[k].end,
                kind: AttributionKind::Other,
            });
        }
        out
    }

    fn sentence_count(&self) -> usize {
        self.sentence_of.last().map_or(0, |&s| s + 1)
    }

    /// The number of words between two byte positions.
    fn words_in(&self, start: usize, end: usize) -> usize {
        let a = self.words.partition_point(|w| w.start < start);
        let b = self.words.partition_point(|w| w.start < end);
        b - a
    }

    /// Text between words `a` and `b`.
    fn gap(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.words[a].end..self.words[b].start]
    }

    /// Words `a` and `b` are in the same sentence and the same quote context.
    fn same_scope(&self, a: usize, b: usize) -> bool {
        self.sentence_of[a] == self.sentence_of[b] && self.quote_of[a] == self.quote_of[b]
    }

    /// Registers every name of the text (outside quotes they also count for pronouns),
    /// with roles from titles, from a role noun before the name ("adviser Fiona Hill")
    /// and from an apposition after it ("Kotak, a brokerage,").
    fn register_names(&mut self) {
        self.register_name_runs();
        // Learn genders from the pronouns that follow names ("Vasquez … she said").
        for k in 0..self.words.len() {
            if self.quote_of[k].is_none() && matches!(self.keys[k].as_str(), "he" | "she") {
                if let Some(e) = self.reg.resolve_pronoun(&self.keys[k], self.words[k].start) {
                    self.reg.learn_gender(e, &self.keys[k]);
                }
            }
        }
    }

    fn register_name_runs(&mut self) {
        let l = lists();
        let mut i = 0;
        while i < self.words.len() {
            let Some(run) = name_run(self.text, self.words, i) else {
                i += 1;
                continue;
            };
            let next = run.1 + 1;
            if let Some(name) = parse_name(self.words, run) {
                // Possessives ("Parise’s penchant") are rarely what a later "he" means.
                let outside =
                    self.quote_of[i].is_none() && !ends_possessive(self.words[run.1].text);
                let as_subject =
                    run.0 == 0 || !PREPOSITIONS.contains(&self.keys[run.0 - 1].as_str());
                let id = self
                    .reg
                    .mention(&name, self.words[name.first].start, outside, as_subject);
                // "adviser Fiona Hill", and "France’s labour minister, Hélène Vautrin,".
                if run.0 > 0 {
                    let gap = self.gap(run.0 - 1, run.0).trim();
                    let before = bare(self.words[run.0 - 1].text);
                    if (gap.is_empty() || gap == ",") && l.nouns.contains_key(&before) {
                        self.reg.add_role(id, &before);
                    }
                }
                if next < self.words.len() && self.gap(run.1, next).trim() == "," {
                    let k = &self.keys[next]; // ", a brokerage,", ", the authority’s chief engineer", ", Head of Research"
                    let role_first = l.nouns.contains_key(&bare(self.words[next].text));
                    if matches!(k.as_str(), "a" | "an" | "the") || role_first {
                        let mut m = next;
                        while m + 1 < self.words.len()
                            && self.gap(m, m + 1).trim().is_empty()
                            && m - next < MAX_DESCRIPTION_WORDS
                        {
                            m += 1;
                        }
                        // The apposition's head: its first role noun.
                        if let Some(head) = (next..=m)
                            .map(|k| bare(self.words[k].text))
                            .find(|k| l.nouns.contains_key(k))
                        {
                            self.reg.add_role(id, &head);
                        }
                    }
                }
            }
            i = next.max(i + 1);
        }
    }

    /// The speaker of a cue, and whether the mention is adjacent to it (so the
    /// attribution span covers both). `None` when the cue has no speaker or is negated.
    fn cue_speaker(
        &self,
        cue: &Cue,
        sentence_speaker: Option<&Speaker>,
    ) -> Option<(Option<Speaker>, bool)> {
        let key = self.keys[cue.last].as_str();
        if cue.rule == Rule::Passive {
            return Some((None, false));
        }
        if cue.rule == Rule::AccordingTo {
            // Whatever follows "according to" is the source: a name, or the phrase itself.
            let sp = self
                .subject_right(cue.last)
                .or_else(|| self.source_phrase(cue.last + 1));
            return sp.map(|s| (Some(s), true));
        }
        let prev = cue.first.checked_sub(1);
        let prev_key = prev.map(|p| self.keys[p].as_str());
        let prev_gap = prev.map_or("", |p| self.gap(p, cue.first));
        // "criticized by the administration": the agent after "by".
        if self.keys.get(cue.last + 1).is_some_and(|k| k == "by") && key.ends_with("ed") {
            if let Some(s) = self.subject_right(cue.last + 1) {
                return Some((Some(s), false));
            }
        }
        // "are being told to check": an agentless passive, no speaker.
        if matches!(
            prev_key,
            Some("being" | "been" | "is" | "are" | "was" | "were" | "be")
        ) && prev_gap.trim().is_empty()
            && (key.ends_with("ed") || matches!(key, "told" | "said"))
        {
            return Some((None, false));
        }
        if cue.participle {
            // "…, saying he recalled it", "by saying that": the clause's subject.
            let leads =
                prev_gap.contains(',') || prev_key.is_some_and(|k| PARTICIPLE_LEADS.contains(&k));
            if !leads || !self.content_follows_participle(cue.last) {
                return None;
            }
            let s = sentence_speaker
                .cloned()
                .or_else(|| self.first_subject(cue.first))?;
            return Some((Some(s), false));
        }
        // Inversion: "said Hill", "“…,” added Smith"; never the addressee ("told Newsweek").
        let after_quote = prev_gap.contains(['”', '"', '’', '\'', '»', '“']);
        let clause_start = prev.is_none_or(|p| self.sentence_of[p] != self.sentence_of[cue.first])
            || prev_gap.contains(',');
        let inverts = (after_quote || (cue.rule == Rule::Always && clause_start))
            && !ADDRESSEE_VERBS.contains(&key);
        let inverted = inverts.then(|| self.subject_right(cue.last)).flatten();
        // "…, said Naomi Feld, a senior fellow": after a comma, an inverted subject that
        // ends its clause beats a subject found across the comma.
        if prev_gap.contains(',') {
            if let Some(s) = inverted.as_ref().filter(|s| self.ends_clause(s.end)) {
                return Some((Some(s.clone()), true));
            }
        }
        match self.subject_left(cue.first) {
            Left::Negated => return None,
            Left::Found(s) => {
                // "A consultant's report warned …, though it described": "it" and "they"
                // take up the sentence's earlier speaker before any name elsewhere.
                let pronoun = matches!(&self.text[s.start..s.end], "it" | "It" | "they" | "They");
                if let (true, Some(earlier)) = (pronoun, sentence_speaker) {
                    return Some((
                        Some(Speaker {
                            start: s.start,
                            end: s.end,
                            ..earlier.clone()
                        }),
                        true,
                    ));
                }
                return Some((Some(s), true));
            }
            Left::None => {}
        }
        if let Some(s) = inverted {
            return Some((Some(s), true));
        }
        // "and insisted", "but warned": continues the sentence's speaker.
        if matches!(prev_key, Some("and" | "but")) {
            let s = sentence_speaker
                .cloned()
                .or_else(|| self.first_subject(cue.first))?;
            return Some((Some(s), false));
        }
        None
    }

    /// Punctuation or the end of the paragraph follows byte position `end`.
    fn ends_clause(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start_matches(' ');
        rest.is_empty() || rest.starts_with([',', '.', ';', ':', '\n', '!', '?', '—'])
    }

    /// The phrase from word `k` to the next punctuation ("the council’s own audit").
    fn source_phrase(&self, k: usize) -> Option<Speaker> {
        let mut b = k;
        while b + 1 < self.words.len()
            && self.same_scope(b + 1, k)
            && self.gap(b, b + 1).trim().is_empty()
            && b - k < 10
        {
            b += 1;
        }
        let (start, end) = (self.words.get(k)?.start, self.words[b].end);
        Some(Speaker {
            start,
            end,
            name: Some(self.text[start..end].to_string()),
            entity: None,
        })
    }

    /// After a participle cue, reported content starts: a content word, a clause
    /// (pronoun, determiner, name) or a quote.
    fn content_follows_participle(&self, k: usize) -> bool {
        let Some(next) = self.words.get(k + 1) else {
            return false;
        };
        let key = self.keys[k + 1].as_str();
        CONTENT_MARKERS.contains(&key)
            || is_pronoun(key)
            || DETERMINERS.contains(&key)
            || next.is_capitalized()
            || self.quote_follows(k, 2)
            || self.gap(k, k + 1).contains(':')
    }

    /// The speaker before a cue, skipping auxiliaries and adverbs.
    fn subject_left(&self, cue_first: usize) -> Left {
        let l = lists();
        let mut j = cue_first;
        while j > 0 {
            let k = j - 1;
            if !self.same_scope(k, cue_first) {
                return Left::None;
            }
            let gap = self.gap(k, j).trim();
            if !gap.is_empty() {
                return if gap.trim_start_matches('.') == "," {
                    self.apposition_subject(k, cue_first)
                } else {
                    Left::None
                };
            }
            let key = self.keys[k].as_str();
            if key == "not" || key == "never" || key.ends_with("n't") {
                return Left::Negated;
            }
            let adverb = key.len() > 4 && key.ends_with("ly") && !l.nouns.contains_key(key);
            if l.gap_words.contains(key) || adverb {
                j = k;
                continue;
            }
            // "Calloway on Thursday urged", "Lee last week said".
            if l.time_words.contains(key) {
                j = k;
                if j > 0
                    && matches!(
                        self.keys[j - 1].as_str(),
                        "on" | "last" | "this" | "early" | "late" | "next"
                    )
                {
                    j -= 1;
                }
                continue;
            }
            return self.mention_ending_at(k).map_or(Left::None, Left::Found);
        }
        Left::None
    }

    /// "Robert Danin, a senior fellow at the council, said", "A company spokesman, Jens
    /// Albrecht, said": the speaker of a subject broken by commas. The leftmost person
    /// named in the clause wins; else the nearest mention before a comma.
    fn apposition_subject(&self, k: usize, cue_first: usize) -> Left {
        let mut m = k;
        let mut commas = Vec::new();
        while m > 0 && self.same_scope(m - 1, cue_first) && k - m < 30 {
            let gap = self.gap(m - 1, m);
            let coordinated =
                gap.contains(',') && matches!(self.keys[m].as_str(), "and" | "but" | "or" | "yet");
            if gap.contains([';', ':', '”', '"', '“']) || coordinated {
                break;
            }
            if gap.contains(',') {
                commas.push(m - 1);
            }
            m -= 1;
        }
        let person = (m..=k).find_map(|j| self.subject_name_at(j, true));
        // Else a full name that is not an institution's ("Her producer, Idris Kamara, said").
        let named = || (m..=k).find_map(|j| self.subject_name_at(j, false));
        person
            .or_else(named)
            .or_else(|| commas.iter().find_map(|&c| self.mention_ending_at(c)))
            .map_or(Left::None, Left::Found)
    }

    /// The mention whose last word is `k`: a pronoun, a name, or a description.
    fn mention_ending_at(&self, k: usize) -> Option<Speaker> {
        let key = self.keys[k].as_str();
        let w = &self.words[k];
        if is_pronoun(key) {
            return Some(self.pronoun(k));
        }
        if matches!(key, "who" | "which") && k > 0 {
            return self.mention_ending_at(k - 1);
        }
        if CLAUSE_WORDS.contains(&key) {
            return None;
        }
        if let Some(run) = name_run(self.text, self.words, k).filter(|r| r.1 == k) {
            // "Observers in Paris", "officials from Tarvel and Osmund": a place in a description.
            let mut first = run.0;
            if first >= 2
                && matches!(self.keys[first - 1].as_str(), "and" | "or")
                && self.words[first - 2].is_capitalized()
            {
                first = name_run(self.text, self.words, first - 2).map_or(first, |r| r.0);
            }
            let in_description = first > 0
                && PREPOSITIONS.contains(&self.keys[first - 1].as_str())
                && self.gap(first - 1, first).trim().is_empty();
            if in_description {
                if let Some(d) = self.description(k, false) {
                    return Some(d);
                }
            }
            if let Some(sp) = self.name_speaker(run) {
                return Some(sp);
            }
        }
        if w.is_capitalized() {
            if let Some(sp) = self.known_person(k) {
                return Some(sp);
            }
        }
        if PREPOSITIONS.contains(&key) || DETERMINERS.contains(&key) {
            return None;
        }
        self.description(k, false)
    }

    /// Word `k` alone names a person met before, even if it is also a common word
    /// ("Rep. Judith May" … "May said").
    fn known_person(&self, k: usize) -> Option<Speaker> {
        let w = &self.words[k];
        let name = Name {
            first: k,
            last: k,
            display: w.text.to_string(),
            roles: Vec::new(),
        };
        let e = self
            .reg
            .find(&name)
            .filter(|&e| self.reg.entities[e].person)?;
        Some(Speaker {
            start: w.start,
            end: w.end,
            name: Some(self.reg.entities[e].name.clone()),
            entity: Some(e),
        })
    }

    fn pronoun(&self, k: usize) -> Speaker {
        let w = &self.words[k];
        let entity = self.reg.resolve_pronoun(&self.keys[k], w.start);
        Speaker {
            start: w.start,
            end: w.end,
            name: entity.map(|e| self.reg.entities[e].name.clone()),
            entity,
        }
    }

    fn name_speaker(&self, run: (usize, usize)) -> Option<Speaker> {
        let (start, end) = (self.words[run.0].start, self.words[run.1].end);
        match parse_name(self.words, run) {
            Some(name) => {
                let entity = self.reg.find(&name);
                let display = entity.map_or(name.display, |e| self.reg.entities[e].name.clone());
                Some(Speaker {
                    start,
                    end,
                    name: Some(display),
                    entity,
                })
            }
            // A title alone ("The President"): the entity holding that role.
            None => {
                let role = bare(self.words[run.1].text);
                let entity = self.reg.resolve_role(&role, start)?;
                Some(Speaker {
                    start,
                    end,
                    name: Some(self.reg.entities[entity].name.clone()),
                    entity: Some(entity),
                })
            }
        }
    }

    /// A description around a role noun: ending at `k` (`forward` false) or starting at
    /// `k` (`forward` true). "people familiar with the talks", "China’s commerce ministry",
    /// "the brokerage" (resolved to the entity with that role).
    fn description(&self, k: usize, forward: bool) -> Option<Speaker> {
        let l = lists();
        let (mut a, mut b) = (k, k);
        let stop = |i: usize| {
            let key = self.keys[i].as_str();
            // "officials who spoke on condition of anonymity": a relative clause on a head.
            let relative = !forward
                && matches!(key, "who" | "that")
                && i > 0
                && l.nouns.contains_key(&bare(self.words[i - 1].text));
            // "the provinces of Tarvel and Osmund"
            let joins_names = matches!(key, "and" | "or")
                && i > 0
                && i + 1 < self.words.len()
                && self.words[i - 1].is_capitalized()
                && self.words[i + 1].is_capitalized();
            (CLAUSE_WORDS.contains(&key) && !relative && !joins_names)
                || (i != k && (self.is_verbish(i) || l.gap_words.contains(key)))
        };
        if forward {
            while b + 1 < self.words.len()
                && self.same_scope(b + 1, k)
                && self.gap(b, b + 1).trim().is_empty()
                && !stop(b + 1)
                && b - a < MAX_DESCRIPTION_WORDS
            {
                b += 1;
            }
        } else {
            while a > 0
                && self.same_scope(a - 1, k)
                && self.gap(a - 1, a).trim().is_empty()
                && !stop(a - 1)
                && b - a < MAX_DESCRIPTION_WORDS
            {
                a -= 1;
                // A participle ends the description unless it follows its head
                // ("people briefed on the talks").
                if self.keys[a].ends_with("ed")
                    && !(a > 0 && l.nouns.contains_key(&bare(self.words[a - 1].text)))
                {
                    a += 1;
                    break;
                }
            }
        }
        // The head: the last role noun before the first preposition ("the mayor’s office",
        // "people familiar with the talks"), possessives excluded.
        let is_noun = |i: usize| {
            !ends_possessive(self.words[i].text) && l.nouns.contains_key(&bare(self.words[i].text))
        };
        let pre_end = (a..=b)
            .find(|&i| i > a && PREPOSITIONS.contains(&self.keys[i].as_str()))
            .unwrap_or(b + 1);
        let clause_start =
            a == 0 || !self.same_scope(a - 1, k) || !self.gap(a - 1, a).trim().is_empty();
        let head = (a..pre_end)
            .rev()
            .find(|&i| is_noun(i))
            .or_else(|| (a..=b).find(|&i| is_noun(i)))
            // "the operator said": a definite subject opening its clause, whatever its noun.
            .or_else(|| {
                (!forward && clause_start && self.keys[a] == "the" && b > a).then_some(b)
            })?;
        // Forward, the description starts with its determiner or its head ("a spokeswoman",
        // "analysts at the bank"); backward, the head is near its start or at its end.
        let starts_right = DETERMINERS.contains(&self.keys[a].as_str())
            || QUANTIFIERS.contains(&self.keys[a].as_str())
            || self.words[a].is_capitalized()
            || head == a;
        if !(starts_right && head <= a + 3 || head == b) {
            return None;
        }
        let (start, end) = (self.words[a].start, self.words[b].end);
        let head_key = bare(self.words[head].text);
        // "the president", "the brokerage": a definite role refers back to an entity.
        if self.keys[a] == "the" && head == a + 1 && b == head {
            // "the company" with no company so named: the latest organisation (not for
            // plural groups such as "the authors").
            let org = l.nouns.get(&head_key) == Some(&false) && !head_key.ends_with('s');
            let found = self
                .reg
                .resolve_role(&head_key, start)
                .or_else(|| org.then(|| self.reg.recent_org(start)).flatten());
            if let Some(e) = found {
                return Some(Speaker {
                    start,
                    end,
                    name: Some(self.reg.entities[e].name.clone()),
                    entity: Some(e),
                });
            }
        }
        Some(Speaker {
            start,
            end,
            name: Some(self.text[start..end].to_string()),
            entity: None,
        })
    }

    /// A word that is itself a reporting verb or an obvious finite verb: ends a description.
    fn is_verbish(&self, i: usize) -> bool {
        let key = self.keys[i].as_str();
        matches!(
            key,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "said"
                | "says"
                | "say"
                | "told"
        )
    }

    /// The speaker after a cue: "said Derek Scissors", "according to a study",
    /// "said another witness, former adviser Fiona Hill".
    fn subject_right(&self, cue_last: usize) -> Option<Speaker> {
        let k = cue_last + 1;
        if k >= self.words.len()
            || !self.same_scope(k, cue_last)
            || !self.gap(cue_last, k).trim().is_empty()
        {
            return None;
        }
        let key = self.keys[k].as_str();
        if matches!(key, "he" | "she" | "they") {
            return Some(self.pronoun(k));
        }
        if self.words[k].is_capitalized() {
            if let Some(run) = name_run(self.text, self.words, k).filter(|r| r.0 == k) {
                return self.name_speaker(run);
            }
        }
        // "said board member Rosalind Achebe", "said coach Dean Evason": roles, then a name.
        let mut m = k;
        while m < self.words.len()
            && m < k + 4
            && self.same_scope(m, k)
            && !self.words[m].is_capitalized()
        {
            if m > k && !self.gap(m - 1, m).trim().is_empty() {
                break;
            }
            m += 1;
        }
        if m > k
            && m < self.words.len()
            && self.same_scope(m, k)
            && self.gap(m - 1, m).trim().is_empty()
        {
            let roles_ok = (k..m).all(|i| {
                lists().nouns.contains_key(&bare(self.words[i].text))
                    || !self.keys[i].ends_with("ed")
            });
            if let Some(run) = name_run(self.text, self.words, m).filter(|r| r.0 == m) {
                if let Some(sp) = self.name_speaker(run).filter(|_| {
                    roles_ok && lists().nouns.contains_key(&bare(self.words[m - 1].text))
                }) {
                    return Some(Speaker {
                        start: self.words[k].start,
                        ..sp
                    });
                }
            }
        }
        let desc = self.description(k, true)?;
        // An apposition naming the person: ", former … adviser Fiona Hill".
        let after = self.words.partition_point(|w| w.start < desc.end);
        if after < self.words.len()
            && self.same_scope(after, k)
            && self.gap(after - 1, after).trim() == ","
        {
            let mut m = after;
            while m < self.words.len() && self.same_scope(m, k) && m - after < 8 {
                if self.words[m].is_capitalized() {
                    if let Some(run) = name_run(self.text, self.words, m) {
                        if let Some(sp) = self
                            .name_speaker(run)
                            .filter(|s| s.entity.is_some_and(|e| self.reg.entities[e].person))
                        {
                            return Some(Speaker {
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
        Some(desc)
    }

    /// The subject a participle or coordinated verb continues: the first person named in
    /// its sentence before word `k` as a subject, not as a possessive ("Parise’s goals")
    /// nor inside a prepositional phrase ("before Parise").
    fn first_subject(&self, k: usize) -> Option<Speaker> {
        let s = self.sentence_of[k];
        let mut i = k;
        while i > 0 && self.sentence_of[i - 1] == s {
            i -= 1;
        }
        // Within the cue's own quote scope (a cue inside a quote looks inside it).
        while i < k && self.quote_of[i] != self.quote_of[k] {
            i += 1;
        }
        // "The county had turned down…, telling": a description opening the sentence.
        if i < k && matches!(self.keys[i].as_str(), "the" | "a" | "an" | "its" | "their") {
            let l = lists();
            if let Some(head) =
                (i + 1..(i + 4).min(k)).find(|&j| l.nouns.contains_key(&bare(self.words[j].text)))
            {
                if (i..head).all(|j| self.gap(j, j + 1).trim().is_empty()) {
                    if let Some(d) = self.description(head, false) {
                        return Some(d);
                    }
                }
            }
        }
        (i..k)
            .filter(|&j| self.quote_of[j] == self.quote_of[k])
            .find_map(|j| {
                if matches!(self.keys[j].as_str(), "he" | "she" | "they") {
                    return Some(self.pronoun(j));
                }
                self.subject_name_at(j, true)
            })
    }

    /// A person named at word `j` as a possible subject: not a possessive ("Parise’s
    /// goals") nor inside a prepositional phrase ("before Parise").
    fn subject_name_at(&self, j: usize, person_only: bool) -> Option<Speaker> {
        let run = name_run(self.text, self.words, j).filter(|r| r.0 == j)?;
        let last = self.words[run.1].text;
        let possessive = ends_possessive(last);
        let after_preposition = j > 0 && PREPOSITIONS.contains(&self.keys[j - 1].as_str());
        if possessive || after_preposition {
            return None;
        }
        self.name_speaker(run).filter(|s| {
            s.entity.is_some_and(|e| {
                let ent = &self.reg.entities[e];
                ent.person || (!person_only && !ent.org && ent.name.contains(' '))
            })
        })
    }

    /// Whether a cue's rule is met (see `data/cues.txt`) when it is not attached to a quote.
    fn counts(&self, cue: &Cue) -> bool {
        // A noun, not a verb: "his claims", "the report", "Trump’s comments".
        if cue.first > 0 && self.gap(cue.first - 1, cue.first).trim().is_empty() {
            let prev = self.keys[cue.first - 1].as_str();
            if DETERMINERS.contains(&prev) || prev.ends_with("'s") {
                return false;
            }
        } // "…, the authors wrote." — the content is the clause before.
        if self.clause_final(cue) {
            return true;
        }
        // "Insurance claims linked to…": a plural noun before a participle, not a verb.
        let form = self.keys[cue.last].as_str();
        let next_participle = self
            .keys
            .get(cue.last + 1)
            .is_some_and(|n| n.len() > 4 && n.ends_with("ed"));
        if cue.first == cue.last && form.ends_with('s') && form != "says" && next_participle {
            return false;
        }
        match cue.rule {
            Rule::Always | Rule::AccordingTo | Rule::Passive => true,
            Rule::Content => {
                self.followed_by(cue.last, 6, |key| CONTENT_MARKERS.contains(&key))
                    || self.clause_follows(cue.last)
            }
            Rule::As => self.followed_by(cue.last, 10, |key| key == "as"),
            Rule::Naming => {
                let next = self.keys.get(cue.last + 1).map(String::as_str);
                let what = cue.first >= 2 && self.keys[cue.first - 2] == "what";
                what || matches!(next, Some("it" | "him" | "her" | "them" | "this" | "that"))
                    || self.quote_follows(cue.last, 5)
            }
        }
    }

    /// A finite clause starts right after word `k`: a definite subject or a pronoun
    /// ("claims the stadium will", "said he would"), not "added a goal".
    fn clause_follows(&self, k: usize) -> bool {
        let Some(key) = self.keys.get(k + 1) else {
            return false;
        };
        self.gap(k, k + 1).trim().is_empty()
            && matches!(
                key.as_str(),
                "the"
                    | "this"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
            )
    }

    /// The cue ends its sentence (give or take an object: "told Newsweek.") and a comma
    /// comes before its speaker: an inverted reporting clause.
    fn clause_final(&self, cue: &Cue) -> bool {
        let s = self.sentence_of[cue.last];
        let ends = (cue.last..(cue.last + 3).min(self.words.len())).any(|m| {
            m + 1 >= self.words.len()
                || self.sentence_of[m + 1] != s
                || self.gap(m, m + 1).contains(['.', '\n'])
        });
        let lead = (cue.first.saturating_sub(6)..cue.first)
            .any(|m| self.sentence_of[m] == s && self.gap(m, m + 1).contains(','));
        ends && lead
    }

    /// A word satisfying `pred` within `n` words after `k`, in the same clause; a colon or
    /// an opening quote mark also counts as content.
    fn followed_by(&self, k: usize, n: usize, pred: impl Fn(&str) -> bool) -> bool {
        for m in k + 1..(k + 1 + n).min(self.words.len()) {
            let gap = self.gap(m - 1, m);
            if gap.contains(':') || self.quote_opens_in(self.words[m - 1].end, self.words[m].start)
            {
                return true;
            }
            if gap.contains(['.', ';', '!', '?', '\n']) || (gap.contains(',') && m > k + 1) {
                return false;
            }
            if pred(&self.keys[m]) {
                return true;
            }
        }
        false
    }

    fn quote_follows(&self, k: usize, n: usize) -> bool {
        let from = self.words[k].end;
        let to = self.words.get(k + n).map_or(self.text.len(), |w| w.end);
        self.quote_opens_in(from, to)
    }

    /// Some quote opens in the byte range `from..to`.
    fn quote_opens_in(&self, from: usize, to: usize) -> bool {
        let i = self.quote_starts.partition_point(|&s| s < from);
        self.quote_starts.get(i).is_some_and(|&s| s < to)
    }

    /// A cue right after quote `qi` ("“…,” Sondland said", "“…,” said Hill, who …"):
    /// the first cue in the window that has a speaker.
    fn post_quote_cue(
        &self,
        qi: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let q = &self.quotes[qi];
        let k = self.words.partition_point(|w| w.start < q.end);
        let scope = self.scope_of(qi);
        let between = &self.text[q.end..self.words.get(k)?.start];
        if between.contains(['.', '!', '?', ';', '\n', '“', '"', '‘']) {
            return None;
        }
        let from = cues.partition_point(|c| c.first < k);
        (from..cues.len())
            .take_while(|&c| cues[c].first < k + POST_QUOTE_WINDOW)
            .find(|&c| {
                let cue = &cues[c];
                cue.first >= k
                && cue.first < k + POST_QUOTE_WINDOW
                && self.quote_of[cue.first] == scope
                && (k..cue.first).all(|m| {
                    !self
                        .gap(m, m + 1)
                        .contains(['.', '!', '?', ';', '\n', '“', '"'])
                })
                // "‘…,’ adding that": a participle adds new content rather than
                // attributing the quote before it.
                && !cue.participle
                // "“…” and warned that": a new clause, not an inverted reporting clause.
                && (k..cue.first).all(|m| !CLAUSE_WORDS.contains(&self.keys[m].as_str()))
                && speaker(c)
            })
    }

    /// The nearest cue before quote `qi` in its sentence that introduces it (it counts, or
    /// the quote follows within a few words), else a later "said"-type cue in it.
    fn pre_quote_cue(
        &self,
        qi: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let q = &self.quotes[qi];
        let scope = self.scope_of(qi);
        let first_in = self.words.partition_point(|w| w.start < q.start);
        let sentence = self.sentence_of.get(first_in).copied()?;
        let after_quote = self.words.partition_point(|w| w.start < q.end);
        let in_scope =
            |c: &Cue| self.quote_of[c.first] == scope && self.sentence_of[c.first] == sentence;
        // Only the cues of the quote's sentence are candidates.
        let upto = cues.partition_point(|c| self.words[c.last].end <= q.start);
        let sentence_cues = |c: &usize| self.sentence_of[cues[*c].first] == sentence;
        let before = (0..upto).rev().take_while(sentence_cues).find(|&c| {
            let cue = &cues[c];
            self.words[cue.last].end <= q.start
                && in_scope(cue)
                && speaker(c)
                && (self.counts(cue) || first_in <= cue.last + 5)
        });
        before.or_else(|| {
            let from = cues.partition_point(|c| c.first < after_quote);
            (from..cues.len()).take_while(sentence_cues).find(|&c| {
                let cue = &cues[c];
                cue.first >= after_quote && in_scope(cue) && cue.rule == Rule::Always && speaker(c)
            })
        })
    }

    /// The quote a quote sits in (its parent), the context its cue must share.
    fn scope_of(&self, qi: usize) -> Option<usize> {
        self.parent[qi]
    }

    /// Quote marks introduced as a term: "the so-called ‘reform’", "dubbed ‘Shellshock’".
    fn scare_frame(&self, quote_start: usize) -> bool {
        let k = self.words.partition_point(|w| w.end <= quote_start);
        k > 0 && {
            let prev = self.keys[k - 1].as_str();
            let gap = &self.text[self.words[k - 1].end..quote_start];
            gap.trim().is_empty()
                && SCARE_FRAMES.contains(&prev)
                && !(prev == "called" && self.subject_left(k - 1).is_found())
        }
    }
}

enum Left {
    Found(Speaker),
    Negated,
    None,
}

impl Left {
    fn is_found(&self) -> bool {
        matches!(self, Left::Found(_))
    }
}

#[cfg(test)]
mod tests {
    use crate::scan;

    /// (quote text, speaker) pairs of a text.
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        scan(text)
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn attributions(text: &str) -> Vec<(String, Option<String>)> {
        scan(text)
            .attributions
            .into_iter()
            .map(|a| (a.cue, a.speaker))
            .collect()
    }

    fn one(text: &str) -> Option<String> {
        speakers(text).into_iter().next().and_then(|(_, s)| s)
    }

    #[test]
    fn speaker_after_quote_in_both_orders() {
        assert_eq!(
            one("“No deal,” Donald Trump said.").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            one("“No deal,” said Donald Trump.").as_deref(),
            Some("Donald Trump")
        );
    }

    #[test]
    fn speaker_before_quote_with_colon_or_comma() {
        assert_eq!(
            one("Zach Parise said: “We kept going.”").as_deref(),
            Some("Zach Parise")
        );
        assert_eq!(
            one("Mary Lee told reporters, “We kept going.”").as_deref(),
            Some("Mary Lee")
        );
    }

    #[test]
    fn titles_are_roles_and_short_names_join_the_full_name() {
        let t = "US President Donald Trump spoke on Monday.\n“We will see,” Trump said.\n“Maybe,” the president said.";
        let s = speakers(t);
        assert_eq!(s[0].1.as_deref(), Some("Donald Trump"));
        assert_eq!(s[1].1.as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn party_tag_apposition_after_a_senator() {
        let t = "Sen. Elizabeth Warren, D-Mass., said the bill was “a disgrace.”";
        assert_eq!(one(t).as_deref(), Some("Elizabeth Warren"));
    }

    #[test]
    fn inverted_speaker_with_apposition() {
        let t =
            "“It is over,” said Robert Danin, a senior fellow at the Council on Foreign Relations.";
        assert_eq!(one(t).as_deref(), Some("Robert Danin"));
    }

    #[test]
    fn inverted_speaker_after_lowercase_roles() {
        let t = "“We were handed pages,” said board member Rosalind Achebe.";
        assert_eq!(one(t).as_deref(), Some("Rosalind Achebe"));
    }

    #[test]
    fn pronoun_after_a_titled_name() {
        let t = "Ann Lee spoke first. Chair Martin Kessler said the delay, which he called “the worst possible window,” was regrettable.";
        assert_eq!(one(t).as_deref(), Some("Martin Kessler"));
    }

    #[test]
    fn it_takes_up_the_sentence_speaker() {
        let t =
            "Ann Lee sits on the City Council. A consultant’s report warned that costs may rise, \
                 though it described that outcome as “unlikely but not impossible.”";
        let q = scan(t).quotes;
        assert_eq!(q[0].speaker.as_deref(), Some("A consultant’s report"));
    }

    #[test]
    fn name_inside_commas_after_a_role() {
        let t = "A company spokesman, Jens Albrecht, said the strike was “completely disproportionate.”";
        assert_eq!(one(t).as_deref(), Some("Jens Albrecht"));
    }

    #[test]
    fn pronoun_resolves_to_nearest_fitting_person() {
        let t = "Maria Lopez met John Smith on Friday.\n“It went well,” he said.\n“Not really,” she said.";
        let s = speakers(t);
        assert_eq!(s[0].1.as_deref(), Some("John Smith"));
        assert_eq!(s[1].1.as_deref(), Some("Maria Lopez"));
    }

    #[test]
    fn descriptions_and_anonymous_sources_are_speakers() {
        let t = "The deal may slip, people familiar with the talks said. A spokeswoman for the ministry said it was “on track.”";
        let a = attributions(t);
        assert_eq!(a[0].1.as_deref(), Some("people familiar with the talks"));
        assert_eq!(a[1].1.as_deref(), Some("A spokeswoman for the ministry"));
    }

    #[test]
    fn according_to_takes_whatever_source_follows() {
        let a = attributions("Costs rose 4%, according to the council’s own audit.");
        assert_eq!(
            a,
            [(
                "according to".to_string(),
                Some("the council’s own audit".to_string())
            )]
        );
    }

    #[test]
    fn reported_speech_without_quotes_is_indirect() {
        let r = scan(
            "Vladimir Putin said the talks were constructive. He claimed the probe had failed.",
        );
        assert_eq!(r.attributions.len(), 2);
        assert!(r
            .attributions
            .iter()
            .all(|a| a.kind == crate::AttributionKind::Indirect));
        assert_eq!(r.attributions[1].speaker.as_deref(), Some("Vladimir Putin"));
    }

    #[test]
    fn negated_and_non_speech_uses_are_not_attributions() {
        assert!(attributions("Officials did not say when the bridge would reopen.").is_empty());
        assert!(attributions("Lee added 18 points and a late assist.").is_empty());
        assert!(attributions("His claims were dismissed last year.").is_empty());
    }

    #[test]
    fn participle_continues_the_clause_subject() {
        let a = attributions("Jane Roe defended the plan on Tuesday, saying it would pass.");
        assert_eq!(a, [("saying".to_string(), Some("Jane Roe".to_string()))]);
    }

    #[test]
    fn agentless_passive_has_no_speaker() {
        let a = attributions(
            "Residents are being told to boil water. The mayor is said to favour the plan.",
        );
        assert_eq!(a.len(), 2);
        assert!(a.iter().all(|(_, s)| s.is_none()));
    }

    #[test]
    fn nominal_frame_with_an_owner() {
        let a =
            attributions("Ana Ruiz spoke twice. Her pledge that taxes would fall surprised aides.");
        assert!(
            a.contains(&("pledge".to_string(), Some("Ana Ruiz".to_string()))),
            "{a:?}"
        );
    }

    #[test]
    fn mid_quote_attribution_serves_both_halves() {
        let s = speakers("“We tried,” Ana Ruiz said, “and we failed.”");
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|(_, sp)| sp.as_deref() == Some("Ana Ruiz")));
    }

    #[test]
    fn standalone_quote_paragraph_continues_previous_speaker() {
        let t = "“We will rebuild,” said Mayor Elena Vasquez.\n“The water will not win.”";
        let s = speakers(t);
        assert_eq!(s[1].1.as_deref(), Some("Elena Vasquez"));
    }

    #[test]
    fn short_quote_without_speaker_is_scare() {
        let r = scan(
            "The bug, known as “Doorjamb,” affects routers. Fans call it the 'big one' online.",
        );
        assert!(r
            .quotes
            .iter()
            .all(|q| q.kind == crate::QuoteKind::Scare && q.speaker.is_none()));
    }

    #[test]
    fn nested_quote_gets_its_own_speaker() {
        let t = "“I then heard President Donald Trump ask, ‘Is he going to do it?’” David Holmes testified.";
        let s = speakers(t);
        assert_eq!(s[0].1.as_deref(), Some("David Holmes"));
        assert_eq!(s[1].1.as_deref(), Some("Donald Trump"));
    }
}
