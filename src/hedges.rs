//! Hedged claims: hedge cues, distancing words and weasel sourcing, in context.
//!
//! A hedge cue is a word or short phrase by which the writer (or a quoted speaker) marks a
//! proposition as possible, uncertain, second-hand or vaguely sourced: epistemic modals
//! ("may", "could"), adverbs ("reportedly"), adjectives ("likely"), verbs ("appears to", "I
//! think"), nouns ("speculation"), distancing ("alleged", "claims") and weasel sources
//! ("people familiar with the talks", "critics"). Each cue comes with the claim it scopes
//! over: its clause, the sentence a source vouches for, or the noun phrase an attributive
//! adjective qualifies.
//!
//! How it works, in one linear pass:
//! 1. The cue phrases are data (`data/hedges/*.txt`, compiled in); one Aho-Corasick automaton
//!    over all of them (built once) finds every occurrence, ASCII case-insensitively, and an
//!    occurrence counts only when it starts and ends on word boundaries.
//! 2. Each cue names a context rule (`| rule` in the data files); the rules below look at a
//!    few neighbouring words to reject other senses ("could not be reached", "in May",
//!    "military might", "suggested the meeting be held", "claim victory") and to extend
//!    phrase cues ("several security experts").
//! 3. Overlapping candidates are resolved longest first, then each cue gets its claim span.

use std::collections::HashSet;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::lexicon::entries;
use crate::quotes::{find_quotes, QuoteSpan};
use crate::report::HedgeKind;
use crate::segment::{Segmented, Word};

/// A hedge cue and the claim it scopes over, in byte offsets of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HedgeSpan {
    pub start: usize,
    pub end: usize,
    pub kind: HedgeKind,
    pub claim_start: usize,
    pub claim_end: usize,
}

/// Finds the hedge cues of `text`, sorted by start; spans never overlap.
pub fn find_hedges(text: &str) -> Vec<HedgeSpan> {
    find_hedges_in(text, &find_quotes(text))
}

/// [`find_hedges`] with the text's quotes already found (a claim never leaves its quote).
pub fn find_hedges_in(text: &str, quotes: &[QuoteSpan]) -> Vec<HedgeSpan> {
    find_hedges_segmented(&Segmented::new(text), quotes)
}

/// [`find_hedges`] on a text already cut into words and sentences, with its quotes.
pub fn find_hedges_segmented(seg: &Segmented, quotes: &[QuoteSpan]) -> Vec<HedgeSpan> {
    let Some(lex) = lexicon() else {
        return Vec::new();
    };
    let text = seg.text;
    let doc = Doc::new(seg);
    if doc.words.is_empty() {
        return Vec::new();
    }
    let mut cands = Vec::new();
    for m in lex.matcher.find_overlapping_iter(text) {
        let (Ok(first), Ok(last)) = (
            doc.words.binary_search_by_key(&m.start(), |w| w.start),
            doc.words.binary_search_by_key(&m.end(), |w| w.end),
        ) else {
            continue; // not on word boundaries: "may" in "dismay"
        };
        if last < first || doc.sent[first] != doc.sent[last] {
            continue;
        }
        let cue = lex.cues[m.pattern().as_usize()];
        if let Some(c) = apply_rule(&doc, lex, cue, first, last) {
            cands.push(c);
        }
    }
    let anaphors = definite_mentions(&doc, lex, &cands);
    cands.extend(anaphors);
    let kept = resolve_overlaps(&doc, cands);
    let claims = Claims::new(&doc, quotes);
    kept.into_iter()
        .map(|c| {
            let start = doc.words[c.first].start;
            let end = doc.words[c.last].end;
            let (claim_start, claim_end) = claims.span(&doc, &c, start, end);
            HedgeSpan {
                start,
                end,
                kind: c.kind,
                claim_start,
                claim_end,
            }
        })
        .collect()
}

// ------------------------------------------------------------------ lexicon

/// The context rule a cue must pass (named after `| rule` in the data files).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Always,
    Modal,
    Likely,
    Possible,
    Potential,
    Apparent,
    Perceived,
    Appear,
    Look,
    Suggest,
    Hint,
    Tend,
    PassiveBelief,
    FirstPerson,
    Thinks,
    ReportedBelief,
    Chance,
    Claim,
    Source,
    SourceSpeech,
    SourceOne,
    Familiar,
    Anonymous,
    Agentless,
    Reports,
    VagueGroup,
    Person,
}

impl Rule {
    fn parse(name: &str) -> Option<Rule> {
        Some(match name {
            "" => Rule::Always,
            "modal" => Rule::Modal,
            "likely" => Rule::Likely,
            "possible" => Rule::Possible,
            "potential" => Rule::Potential,
            "apparent" => Rule::Apparent,
            "perceived" => Rule::Perceived,
            "appear" => Rule::Appear,
            "look" => Rule::Look,
            "suggest" => Rule::Suggest,
            "hint" => Rule::Hint,
            "tend" => Rule::Tend,
            "passive_belief" => Rule::PassiveBelief,
            "first_person" => Rule::FirstPerson,
            "thinks" => Rule::Thinks,
            "reported_belief" => Rule::ReportedBelief,
            "chance" => Rule::Chance,
            "claim" => Rule::Claim,
            "source" => Rule::Source,
            "source_speech" => Rule::SourceSpeech,
            "source_one" => Rule::SourceOne,
            "familiar" => Rule::Familiar,
            "anonymous" => Rule::Anonymous,
            "agentless" => Rule::Agentless,
            "reports" => Rule::Reports,
            "vague_group" => Rule::VagueGroup,
            "person" => Rule::Person,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Cue {
    kind: HedgeKind,
    rule: Rule,
}

/// The cue files, each with the kind of its cues and the rule of lines without `| rule`.
const CUE_FILES: [(&str, HedgeKind, Rule); 8] = [
    (
        include_str!("../data/hedges/modals.txt"),
        HedgeKind::Modal,
        Rule::Always,
    ),
    (
        include_str!("../data/hedges/adverbs.txt"),
        HedgeKind::Adverb,
        Rule::Always,
    ),
    (
        include_str!("../data/hedges/adjectives.txt"),
        HedgeKind::Adjective,
        Rule::Always,
    ),
    (
        include_str!("../data/hedges/verbs.txt"),
        HedgeKind::Verb,
        Rule::Always,
    ),
    (
        include_str!("../data/hedges/nouns.txt"),
        HedgeKind::Noun,
        Rule::Always,
    ),
    (
        include_str!("../data/hedges/distancing.txt"),
        HedgeKind::Distancing,
        Rule::Always,
    ),
    (
        include_str!("../data/hedges/weasels.txt"),
        HedgeKind::Weasel,
        Rule::Always,
    ),
    (PERSON_NOUNS, HedgeKind::Weasel, Rule::Person),
];
const PERSON_NOUNS: &str = include_str!("../data/hedges/person_nouns.txt");

struct Lexicon {
    matcher: AhoCorasick,
    /// Per automaton pattern.
    cues: Vec<Cue>,
    source_verbs: HashSet<&'static str>,
    /// Single-word vague modifiers; `vague_phrases` holds the longer ones, word by word.
    vague_words: HashSet<&'static str>,
    vague_phrases: Vec<Vec<&'static str>>,
    /// person_nouns.txt: heads of unnamed sources.
    persons: HashSet<&'static str>,
    ability: HashSet<&'static str>,
    evidence: HashSet<&'static str>,
    claim_compounds: HashSet<&'static str>,
}

/// The cue phrases of one data file with their rules: `phrase | rule`, lowercased, plus the
/// curly-apostrophe spelling of phrases with an apostrophe.
fn cue_lines(source: &'static str, default: Rule) -> impl Iterator<Item = (String, Option<Rule>)> {
    entries(source).flat_map(move |line| {
        let (phrase, rule) = line.split_once('|').unwrap_or((line, ""));
        let phrase = phrase
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let rule = match rule.trim() {
            "" => Some(default),
            name => Rule::parse(name),
        };
        let curly = phrase
            .contains('\'')
            .then(|| (phrase.replace('\'', "’"), rule));
        std::iter::once((phrase, rule)).chain(curly)
    })
}

fn word_set(source: &'static str) -> HashSet<&'static str> {
    entries(source).flat_map(str::split_whitespace).collect()
}

fn build_lexicon() -> Option<Lexicon> {
    let mut patterns = Vec::new();
    let mut cues = Vec::new();
    for (source, kind, default) in CUE_FILES {
        for (phrase, rule) in cue_lines(source, default) {
            // An unknown rule name is a data error, caught by a test; skip it meanwhile.
            let Some(rule) = rule else { continue };
            patterns.push(phrase);
            cues.push(Cue { kind, rule });
        }
    }
    let matcher = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&patterns)
        .ok()?;
    let mut vague_words = HashSet::new();
    let mut vague_phrases = Vec::new();
    for line in entries(include_str!("../data/hedges/vague_modifiers.txt")) {
        let ws: Vec<&'static str> = line.split_whitespace().collect();
        if ws.len() == 1 {
            vague_words.insert(ws[0]);
        } else {
            vague_phrases.push(ws);
        }
    }
    Some(Lexicon {
        matcher,
        cues,
        source_verbs: word_set(include_str!("../data/hedges/source_verbs.txt")),
        vague_words,
        vague_phrases,
        persons: word_set(PERSON_NOUNS),
        ability: word_set(include_str!("../data/hedges/ability_verbs.txt")),
        evidence: word_set(include_str!("../data/hedges/evidence_nouns.txt")),
        claim_compounds: word_set(include_str!("../data/hedges/claim_compounds.txt")),
    })
}

fn lexicon() -> Option<&'static Lexicon> {
    static LEXICON: OnceLock<Option<Lexicon>> = OnceLock::new();
    LEXICON.get_or_init(build_lexicon).as_ref()
}

// ------------------------------------------------------------------ closed word classes

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "any", "no", "every", "each", "another", "either", "neither", "which", "whose",
    "what",
];
/// Determiners that tie a source to something named before ("the experts", "its analysts").
const ANCHORING_DETERMINERS: &[&str] = &[
    "the", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose",
];
const SUBJECT_PRONOUNS: &[&str] = &["i", "you", "he", "she", "it", "we", "they"];
const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "onto", "over",
    "under", "before", "after", "during", "between", "among", "through", "against", "without",
    "within", "across", "along", "around", "behind", "beyond", "near", "toward", "towards", "upon",
    "via", "than", "as", "per", "since", "until", "despite", "like", "off", "out", "up", "down",
];
const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though",
    "whether", "unless", "whereas", "when", "where", "then",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't",
    "weren't", "it's", "that's", "he's", "she's", "there's", "what's", "who's", "they're", "we're",
    "you're",
];
/// Finite verb forms that mark a clause ("claim the bug may pose", "suggest he was").
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might",
    "can", "does", "did", "do", "must", "shall", "isn't", "aren't", "wasn't", "weren't", "won't",
    "wouldn't", "can't", "doesn't", "didn't", "hasn't", "haven't", "hadn't",
];
/// Non-base verb forms and other words that cannot follow a modal.
const NOT_AFTER_MODAL: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "does", "did", "who", "whom",
];
/// Words that may stand between a modal and its verb ("could also affect").
const MODAL_ADVERBS: &[&str] = &[
    "also",
    "still",
    "now",
    "well",
    "even",
    "just",
    "only",
    "not",
    "never",
    "yet",
    "already",
    "soon",
    "eventually",
    "easily",
    "ultimately",
    "potentially",
    "possibly",
    "actually",
    "really",
    "certainly",
    "probably",
    "likely",
    "then",
    "too",
    "all",
    "both",
    "simply",
    "indeed",
    "theoretically",
    "someday",
    "quickly",
    "perhaps",
    "maybe",
    "ever",
    "conceivably",
    "further",
];
/// Two-word adverbials that may stand between a modal and its verb ("could in theory").
const MODAL_ADVERBIALS: &[[&str; 2]] = &[
    ["in", "fact"],
    ["in", "theory"],
    ["in", "turn"],
    ["in", "principle"],
    ["one", "day"],
    ["some", "day"],
];
/// Negations and near-negations that turn "could" into a statement of (in)ability.
const COULD_NEGATIONS: &[&str] = &["not", "never", "hardly", "barely", "scarcely"];
const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "explained",
    "wrote",
    "insisted",
    "argued",
    "admitted",
    "conceded",
    "acknowledged",
    "stressed",
    "noted",
    "testified",
];

fn contains(list: &[&str], key: &str) -> bool {
    list.contains(&key)
}

// ------------------------------------------------------------------ the text in words

struct Doc<'a> {
    text: &'a str,
    words: &'a [Word<'a>],
    /// Sentence index of each word.
    sent: &'a [usize],
    sentences: &'a [(usize, usize)],
}

impl<'a> Doc<'a> {
    fn new(seg: &'a Segmented<'a>) -> Doc<'a> {
        Doc {
            text: seg.text,
            words: &seg.words,
            sent: &seg.sentence_of,
            sentences: &seg.sentences,
        }
    }

    /// The word lowercased with ’ made straight, for list look-ups.
    fn key(&self, i: usize) -> String {
        self.words[i].key()
    }

    /// Whether word `i` exists and its key is one of `options`.
    fn is(&self, i: Option<usize>, options: &[&str]) -> bool {
        i.is_some_and(|i| options.iter().any(|o| eq_key(self.words[i].text, o)))
    }

    fn in_set(&self, i: Option<usize>, set: &HashSet<&str>) -> bool {
        i.is_some_and(|i| set.contains(self.key(i).as_str()))
    }

    /// The text between word `i` and word `i + 1`.
    fn gap_after(&self, i: usize) -> &'a str {
        match self.words.get(i + 1) {
            Some(n) => &self.text[self.words[i].end..n.start],
            None => &self.text[self.words[i].end..],
        }
    }

    /// The next word in the same sentence, whatever lies between.
    fn next(&self, i: usize) -> Option<usize> {
        (i + 1 < self.words.len() && self.sent[i + 1] == self.sent[i]).then_some(i + 1)
    }

    fn prev(&self, i: usize) -> Option<usize> {
        (i > 0 && self.sent[i - 1] == self.sent[i]).then(|| i - 1)
    }

    /// The next word when only spaces separate it from word `i`.
    fn next_joined(&self, i: usize) -> Option<usize> {
        self.next(i)
            .filter(|_| self.gap_after(i).chars().all(char::is_whitespace))
    }

    /// The previous word when only spaces separate it from word `i`.
    fn prev_joined(&self, i: usize) -> Option<usize> {
        self.prev(i)
            .filter(|&p| self.gap_after(p).chars().all(char::is_whitespace))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.words[i].is_capitalized()
    }

    /// First word of its sentence, or right after an opening mark, colon or dash.
    fn clause_initial(&self, i: usize) -> bool {
        match self.prev(i) {
            None => true,
            Some(p) => self.gap_after(p).chars().any(|c| "“‘\"'(:—–[".contains(c)),
        }
    }

    /// A lowercase word that can be a content word (not a function word).
    fn is_content(&self, i: usize) -> bool {
        let w = self.words[i].text;
        if !w.chars().next().is_some_and(char::is_lowercase)
            || !w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
        {
            return false;
        }
        let k = self.key(i);
        !(contains(DETERMINERS, &k)
            || contains(SUBJECT_PRONOUNS, &k)
            || contains(PREPOSITIONS, &k)
            || contains(CONJUNCTIONS, &k)
            || contains(FINITE, &k)
            || contains(BE, &k)
            || k == "that"
            || k == "who"
            || k == "not"
            || k.ends_with("n't"))
    }

    /// A lowercase word that can be a bare verb ("be", "have", "spread"): not a function
    /// word, not a finite form.
    fn is_bare_verb(&self, i: usize) -> bool {
        let w = self.words[i].text;
        if !w.chars().next().is_some_and(char::is_lowercase) || !w.chars().all(char::is_alphabetic)
        {
            return false;
        }
        let k = self.key(i);
        !(contains(NOT_AFTER_MODAL, &k)
            || contains(DETERMINERS, &k)
            || contains(PREPOSITIONS, &k)
            || contains(CONJUNCTIONS, &k)
            || contains(SUBJECT_PRONOUNS, &k))
    }

    /// An object and an -ing participle follow word `i`, with no finite verb between
    /// ("see it possibly happening", "see prices rising").
    fn object_then_ing(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..3 {
            let Some(k) = self.next_joined(j) else {
                return false;
            };
            let key = self.key(k);
            if key.ends_with("ing") && j != i {
                return true;
            }
            if contains(FINITE, &key) || contains(BE, &key) {
                return false;
            }
            j = k;
        }
        false
    }
}

/// `word` lowercased, with ’ as ', equals `key`.
fn eq_key(word: &str, key: &str) -> bool {
    let mut a = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c });
    let mut b = key.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

// ------------------------------------------------------------------ candidates and rules

/// What a hedge's claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// The clause of the cue.
    Clause,
    /// The whole sentence (a source vouching for it).
    Sentence,
    /// The noun phrase after an attributive cue ("alleged sex trafficker").
    Phrase,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    /// First and last word of the cue.
    first: usize,
    last: usize,
    kind: HedgeKind,
    scope: Scope,
    /// For a vague source, its head noun ("officials"), for later definite mentions.
    head: Option<usize>,
}

fn apply_rule(doc: &Doc, lex: &Lexicon, cue: Cue, first: usize, last: usize) -> Option<Cand> {
    use Scope::{Clause, Phrase, Sentence};
    let cue_first = first;
    let kind = cue.kind;
    // (first word, last word, kind, scope) of an accepted cue.
    let (first, last, kind, scope) = match cue.rule {
        Rule::Always => (first, last, kind, default_scope(doc, kind, last)),
        Rule::Modal => modal(doc, lex, first).then_some((first, last, kind, Clause))?,
        Rule::Likely => (first, last, likely(doc, first)?, Clause),
        Rule::Possible => {
            possible(doc, first).then_some((first, last, kind, default_scope(doc, kind, last)))?
        }
        Rule::Potential => {
            let attributive = doc.next_joined(first).is_some_and(|n| doc.is_content(n))
                && !doc.is(doc.next(first), &["to", "for", "of", "in"]);
            if attributive {
                (first, last, HedgeKind::Adjective, Phrase)
            } else {
                (first, last, HedgeKind::Noun, Clause)
            }
        }
        Rule::Apparent => apparent(doc, first).then_some((first, last, kind, Phrase))?,
        Rule::Perceived => perceived(doc, first).then_some((first, last, kind, Phrase))?,
        Rule::Appear => appear(doc, first).then_some((first, last, kind, Clause))?,
        Rule::Look => (first, look(doc, first)?, kind, Clause),
        Rule::Suggest => suggest(doc, lex, first).then_some((first, last, kind, Clause))?,
        Rule::Hint => hint(doc, first).then_some((first, last, kind, Clause))?,
        Rule::Tend | Rule::PassiveBelief => {
            let be = cue.rule == Rule::Tend || after_be(doc, first);
            let verb = doc.next_joined(last).is_some_and(|v| doc.is_bare_verb(v));
            (be && verb).then_some((first, last, kind, Clause))?
        }
        Rule::FirstPerson => {
            let not_epistemic = [
                "about", "of", "back", "through", "over", "twice", "highly", "hard", "in", "up",
                "ahead", "aloud", "out", "for", "what",
            ];
            (!doc.is(doc.next(last), &not_epistemic)).then_some((first, last, kind, Clause))?
        }
        Rule::Thinks => thinks(doc, first).then_some((first, last, kind, Clause))?,
        Rule::ReportedBelief => {
            reported_belief(doc, first).then_some((first, last, kind, Clause))?
        }
        Rule::Chance => chance(doc, first).then_some((first, last, kind, Clause))?,
        Rule::Claim => (first, last, kind, claim(doc, lex, first)?),
        Rule::Source | Rule::SourceSpeech | Rule::SourceOne => (
            source(doc, lex, cue.rule, first, last)?,
            last,
            kind,
            Sentence,
        ),
        Rule::Familiar => {
            let head = doc
                .prev_joined(first)
                .filter(|&h| familiar_head(doc, lex, h))?;
            let ext = extend_left(doc, lex, head);
            let start = if ext.anchored { head } else { ext.start };
            (start, extend_object(doc, lex, last), kind, Sentence)
        }
        Rule::Anonymous => (anonymous_start(doc, lex, first), last, kind, Sentence),
        Rule::Agentless => {
            let to_verb = doc.next_joined(last).is_some_and(|v| doc.is_bare_verb(v));
            (!doc.is(Some(last), &["to"]) || to_verb).then_some((first, last, kind, Sentence))?
        }
        Rule::Reports => {
            let (start, end) = reports(doc, lex, first)?;
            (start, end, kind, Sentence)
        }
        Rule::VagueGroup => (first, vague_group(doc, lex, first, last)?, kind, Sentence),
        Rule::Person => {
            let (start, end) = person(doc, lex, first)?;
            (start, end, kind, Sentence)
        }
    };
    let head = match cue.rule {
        Rule::Source | Rule::SourceSpeech | Rule::SourceOne | Rule::Person => Some(cue_first),
        Rule::Familiar => doc.prev_joined(cue_first),
        Rule::Anonymous => anonymous_head(doc, cue_first),
        _ => None,
    };
    Some(Cand {
        first,
        last,
        kind,
        scope,
        head,
    })
}

/// Attributive cues before a content word qualify its noun phrase; others their clause.
fn default_scope(doc: &Doc, kind: HedgeKind, last: usize) -> Scope {
    let attributive = matches!(kind, HedgeKind::Adjective | HedgeKind::Distancing)
        && doc
            .next_joined(last)
            .is_some_and(|n| doc.is_content(n) || doc.capitalized(n));
    if attributive {
        Scope::Phrase
    } else if kind == HedgeKind::Weasel {
        Scope::Sentence
    } else {
        Scope::Clause
    }
}

/// may / might / could as epistemic possibility.
fn modal(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let k = doc.key(i);
    if k == "may" && doc.capitalized(i) {
        return false; // "in May", "May 5", "Theresa May", "May the best team win"
    }
    // The verb: the next word after adverbs; none (punctuation, end) is ellipsis or a noun.
    let mut j = i;
    let mut negated = false;
    let mut steps = 0;
    let verb = loop {
        steps += 1;
        if steps > 6 {
            return false;
        }
        let Some(n) = doc.next_joined(j).or_else(|| after_parenthetical(doc, j)) else {
            return false;
        };
        let nk = doc.key(n);
        let pair = doc.next_joined(n).filter(|&m| {
            MODAL_ADVERBIALS
                .iter()
                .any(|[a, b]| nk == *a && eq_key(doc.words[m].text, b))
        });
        if let Some(m) = pair {
            j = m;
            continue;
        }
        if contains(COULD_NEGATIONS, &nk) {
            negated = true;
        }
        if contains(MODAL_ADVERBS, &nk) || contains(COULD_NEGATIONS, &nk) {
            j = n;
            continue;
        }
        break n;
    };
    let vk = doc.key(verb);
    let verbish = doc.is_bare_verb(verb);
    // "military might", "its might": a noun after a determiner or a typical modifier.
    let noun_modifiers = [
        "military",
        "economic",
        "naval",
        "industrial",
        "financial",
        "nuclear",
        "sheer",
        "full",
        "all",
        "great",
        "political",
        "technological",
        "corporate",
        "air",
        "his",
        "her",
        "its",
        "their",
        "our",
        "the",
        "with",
    ];
    if k == "might"
        && (doc.is(doc.prev(i), &noun_modifiers)
            || doc.prev(i).is_some_and(|p| possessive(&doc.key(p))))
    {
        return false;
    }
    if !verbish {
        // Inverted question: "Could this be the end?" (not "Could you ...", a request).
        let first = doc.clause_initial(i);
        return first
            && k != "may"
            && doc.is(doc.next_joined(i), &["it", "this", "that", "there", "the"]);
    }
    match k.as_str() {
        "could" => {
            if negated {
                return false; // "could not be reached", "could never"
            }
            // "could see it (possibly) happening" envisages; other uses are perception.
            let envisage = doc.is(Some(verb), &["see", "imagine"]) && doc.object_then_ing(verb);
            if lex.ability.contains(vk.as_str()) && !envisage {
                return false; // "Holmes could hear", "you could tell"
            }
            if vk == "be" && could_be_sure(doc, verb) {
                return false; // "how he could be so sure"
            }
            // Purpose, "so (that) they could attend", and the extent of an ability, "the
            // most he could do", "everything they could".
            let p = doc.prev(i);
            let subject_pronoun = doc.is(p, SUBJECT_PRONOUNS);
            if subject_pronoun {
                let pp = p.and_then(|p| doc.prev(p));
                let extent = [
                    "most",
                    "all",
                    "best",
                    "what",
                    "everything",
                    "anything",
                    "nothing",
                    "least",
                ];
                if doc.is(pp, &["so"])
                    || doc.is(pp, &extent)
                    || (doc.is(pp, &["that"]) && doc.is(pp.and_then(|x| doc.prev(x)), &["so"]))
                {
                    return false;
                }
            }
            true
        }
        "may" => {
            // "come what may", "as the case may be".
            let p = doc.prev(i);
            let pp = p.and_then(|p| doc.prev(p));
            !(doc.is(p, &["what"]) && doc.is(pp, &["come"])
                || doc.is(p, &["case"]) && doc.is(pp, &["the"]))
        }
        _ => true,
    }
}

/// The word after a short parenthetical that follows word `j`: "may, in some cases, apply"
/// gives "apply".
fn after_parenthetical(doc: &Doc, j: usize) -> Option<usize> {
    if doc.gap_after(j).trim() != "," {
        return None;
    }
    let mut k = doc.next(j)?;
    for _ in 0..5 {
        let gap = doc.gap_after(k);
        if gap.trim() == "," {
            return doc.next(k);
        }
        if !gap.chars().all(char::is_whitespace) {
            return None;
        }
        k = doc.next(k)?;
    }
    None
}

/// "could be (so) sure / certain / confident": the ability to be certain, not a possibility.
fn could_be_sure(doc: &Doc, be: usize) -> bool {
    let mut j = be;
    for _ in 0..3 {
        let Some(n) = doc.next_joined(j) else {
            return false;
        };
        if doc.is(Some(n), &["sure", "certain", "confident", "positive"]) {
            return true;
        }
        if !doc.is(
            Some(n),
            &[
                "so",
                "too",
                "that",
                "as",
                "more",
                "completely",
                "absolutely",
                "quite",
                "entirely",
                "very",
                "fully",
            ],
        ) {
            return false;
        }
        j = n;
    }
    false
}

/// likely / unlikely: always a hedge (a negated hedge is still one); the kind by position.
fn likely(doc: &Doc, i: usize) -> Option<HedgeKind> {
    let n = doc.next(i);
    if doc.is(n, &["voter", "voters"]) {
        return None; // "likely voters", a polling term
    }
    let mut p = doc.prev(i);
    while doc.is(
        p,
        &[
            "more",
            "most",
            "less",
            "least",
            "very",
            "quite",
            "highly",
            "increasingly",
            "not",
            "seen",
            "as",
            "all",
            "so",
            "far",
            "much",
        ],
    ) {
        p = p.and_then(|p| doc.prev(p));
    }
    let linking = [
        "seem",
        "seems",
        "seemed",
        "look",
        "looks",
        "looked",
        "appear",
        "appears",
        "appeared",
        "become",
        "became",
        "becomes",
        "remain",
        "remains",
        "remained",
        "considered",
    ];
    let predicative = doc.is(n, &["to", "that"])
        || doc.next_joined(i).is_none()
        || doc.is(p, BE)
        || doc.is(p, &linking)
        || doc.is(p, DETERMINERS);
    Some(if predicative {
        HedgeKind::Adjective
    } else {
        HedgeKind::Adverb
    })
}

/// possible, but not as an intensifier or enabler.
fn possible(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    let pp = p.and_then(|p| doc.prev(p));
    let ends_phrase = doc.next_joined(i).is_none();
    let superlative = p.is_some_and(|p| {
        let k = doc.key(p);
        contains(&["best", "worst", "most", "least"], &k) || (k.len() > 4 && k.ends_with("est"))
    });
    let make = ["make", "makes", "made", "making"];
    let enabling = doc.is(p, &make) || (doc.is(p, &["it", "this", "that"]) && doc.is(pp, &make));
    let conditional = ends_phrase
        && doc.is(
            p,
            &[
                "if",
                "where",
                "wherever",
                "whenever",
                "when",
                "everything",
                "all",
                "anything",
            ],
        );
    !(as_intensifier(doc, i) || superlative || enabling || conditional)
}

/// "as soon as possible", "as much as possible": `as X as possible`.
fn as_intensifier(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    if !doc.is(p, &["as"]) {
        return false;
    }
    let p2 = p.and_then(|p| doc.prev(p));
    let p3 = p2.and_then(|p| doc.prev(p));
    let p4 = p3.and_then(|p| doc.prev(p));
    doc.is(p3, &["as"]) || doc.is(p4, &["as"])
}

/// apparent before its noun ("apparent guilt"), not predicative ("it became apparent").
fn apparent(doc: &Doc, i: usize) -> bool {
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let predicative = [
        "became", "become", "becomes", "becoming", "made", "make", "heir", "seems", "seemed",
    ];
    (doc.is_content(n) || doc.capitalized(n))
        && !doc.is(doc.prev(i), BE)
        && !doc.is(doc.prev(i), &predicative)
}

/// perceived as an adjective: "the perceived enmity", "is perceived as weak".
fn perceived(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    let n = doc.next_joined(i);
    let possessive = p.is_some_and(|p| {
        let k = doc.key(p);
        k.ends_with("'s") && !contains(BE, &k) || k.ends_with("s'")
    });
    let attributive = (doc.is(p, DETERMINERS) || possessive)
        && n.is_some_and(|n| doc.is_content(n) || doc.capitalized(n));
    let as_complement = doc.is(n, &["as"])
        || doc.is(n, &["to"]) && doc.is(n.and_then(|n| doc.next(n)), &["be", "have"]);
    attributive || as_complement
}

/// appear + to-infinitive, that-clause or adjective; not "appeared in court".
fn appear(doc: &Doc, i: usize) -> bool {
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let n2 = doc.next_joined(n);
    let nk = doc.key(n);
    match nk.as_str() {
        "to" => n2.is_some_and(|v| doc.is_bare_verb(v)),
        "that" | "likely" | "unlikely" | "set" | "poised" | "certain" | "increasingly" | "more"
        | "less" | "ready" | "unable" | "willing" | "close" | "headed" | "destined" | "not" => true,
        "as" => doc.is(n2, &["if", "though"]),
        _ => {
            let stop = [
                "again",
                "live",
                "alongside",
                "together",
                "onstage",
                "here",
                "there",
                "briefly",
                "regularly",
                "frequently",
                "often",
                "twice",
                "once",
                "publicly",
                "virtually",
                "remotely",
                "online",
                "today",
                "yesterday",
                "tomorrow",
                "tonight",
                "first",
                "last",
                "later",
                "earlier",
                "nightly",
                "weekly",
            ];
            if !doc.is_content(n) || contains(&stop, &nk) {
                return false;
            }
            if nk.ends_with("ly") {
                return n2.is_some_and(|a| doc.is_content(a)); // "appeared visibly shaken"
            }
            true
        }
    }
}

/// look with an expletive or neuter subject and an adjective or like: "it looks fair",
/// "which analysts say looks likely". Returns the last word of the cue ("looks like").
fn look(doc: &Doc, i: usize) -> Option<usize> {
    let subjects = [
        "it",
        "this",
        "that",
        "things",
        "everything",
        "which",
        "it's",
        "that's",
        "what",
    ];
    let mut p = doc.prev_joined(i);
    // A parenthetical source between subject and verb: "which analysts say looks".
    if doc.is(
        p,
        &[
            "say", "says", "said", "believe", "believes", "think", "thinks",
        ],
    ) {
        let mut q = p.and_then(|p| doc.prev_joined(p));
        for _ in 0..3 {
            if doc.is(q, &subjects) {
                p = q;
                break;
            }
            q = q.and_then(|q| doc.prev_joined(q));
        }
    }
    let it_is = doc.is(p, &["is", "was", "be", "been"])
        && doc.is(
            p.and_then(|p| doc.prev_joined(p)),
            &["it", "things", "this"],
        );
    if !(doc.is(p, &subjects) || it_is) {
        return None;
    }
    let n = doc.next_joined(i)?;
    let nk = doc.key(n);
    match nk.as_str() {
        "like" | "likely" | "unlikely" => Some(n),
        "set" | "increasingly" | "more" | "less" | "certain" | "poised" => Some(i),
        "as" => doc.is(doc.next_joined(n), &["if", "though"]).then_some(i),
        _ => {
            let particles = [
                "forward",
                "back",
                "ahead",
                "away",
                "closely",
                "carefully",
                "further",
                "beyond",
                "elsewhere",
                "around",
                "into",
                "after",
                "over",
                "through",
                "again",
            ];
            let adjective = doc.is_content(n) && !contains(&particles, &nk) && !nk.ends_with("ing");
            adjective.then_some(i)
        }
    }
}

/// suggest as a tentative statement or evidence, not a proposal.
fn suggest(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let n = doc.next(i);
    if doc.is(n, &["to"])
        || n.is_some_and(|n| doc.key(n).ends_with("ing") && doc.key(n) != "nothing")
    {
        return false; // "suggested to him", "suggested meeting"
    }
    // Evidence as subject: "results (also) suggest".
    let between = [
        "also", "strongly", "may", "might", "could", "would", "seem", "seems", "to", "all", "both",
        "further", "only",
    ];
    let mut p = doc.prev(i);
    for _ in 0..3 {
        match p {
            Some(x) if doc.in_set(Some(x), &lex.evidence) => return true,
            Some(x) if doc.is(Some(x), &between) => p = doc.prev(x),
            _ => break,
        }
    }
    // The complement clause: a subjunctive ("be", "should", or a present verb after a past
    // "suggested": "suggested that the two boards publish") is a proposal; an indicative
    // ("had failed", "was", "misled") a tentative statement.
    let past = doc.is(Some(i), &["suggested"]);
    let has_that = doc.is(n, &["that"]);
    let mut j = if has_that { n } else { Some(i) };
    for _ in 0..10 {
        let Some(k) = j.and_then(|j| doc.next(j)) else {
            break;
        };
        if doc.gap_after(k - 1).contains(['.', ';', ':', '?', '!']) {
            break;
        }
        if doc.is(Some(k), &["be", "should"]) {
            return false; // "suggested the meeting be held", "suggested that they should"
        }
        if doc.is(Some(k), FINITE) {
            return true;
        }
        let key = doc.key(k);
        let after_determiner = doc.is(doc.prev(k), DETERMINERS);
        if past && key.ends_with("ed") && !after_determiner && k > i + 2 {
            return true; // "suggested that the firm overstated"
        }
        j = Some(k);
    }
    (has_that && !past) || doc.is(n, SUBJECT_PRONOUNS)
}

/// hint the verb: "hinted that", "hints at".
fn hint(doc: &Doc, i: usize) -> bool {
    if doc.is(doc.prev(i), DETERMINERS)
        || doc.is(doc.prev(i), &["broad", "strong", "faint", "slight"])
    {
        return false; // "a hint of", "a strong hint"
    }
    let n = doc.next(i);
    doc.is(n, &["that", "at"])
        || doc.is(Some(i), &["hinted", "hinting"])
            && doc.is(
                n,
                &[
                    "he",
                    "she",
                    "they",
                    "it",
                    "we",
                    "strongly",
                    "heavily",
                    "repeatedly",
                ],
            )
}

/// After a form of be, maybe with an adverb between: "is (not) thought to".
fn after_be(doc: &Doc, i: usize) -> bool {
    let mut p = doc.prev(i);
    for _ in 0..2 {
        if doc.is(p, BE) {
            return true;
        }
        if !doc.is(
            p,
            &[
                "not",
                "also",
                "widely",
                "generally",
                "long",
                "once",
                "still",
                "commonly",
                "often",
                "now",
                "largely",
                "further",
                "originally",
            ],
        ) {
            return false;
        }
        p = p.and_then(|p| doc.prev(p));
    }
    false
}

/// thinks + a clause: "thinks it could".
fn thinks(doc: &Doc, i: usize) -> bool {
    if doc.is(doc.prev(i), &["what", "who", "how", "which"]) {
        return false;
    }
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let clause_start = [
        "it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "the", "a", "an",
        "his", "her", "its", "their",
    ];
    doc.is(Some(n), &clause_start) || doc.capitalized(n)
}

/// thought as a reported softener: "said he thought", "said that she thought", "said he had
/// asked … and thought".
fn reported_belief(doc: &Doc, i: usize) -> bool {
    let not_epistemic = [
        "about", "of", "back", "through", "over", "twice", "highly", "hard",
    ];
    if doc.is(doc.next(i), &not_epistemic) {
        return false;
    }
    let p = doc.prev_joined(i);
    if doc.is(p, &["he", "she", "they", "we"]) {
        let pp = p.and_then(|p| doc.prev_joined(p));
        let ppp = pp.and_then(|p| doc.prev_joined(p));
        return doc.is(pp, SAY_VERBS) || doc.is(pp, &["that"]) && doc.is(ppp, SAY_VERBS);
    }
    if !doc.is(p, &["and"]) {
        return false;
    }
    // Coordinated with an earlier reported statement of the sentence: "said he …".
    let mut j = p;
    for _ in 0..25 {
        let Some(k) = j.and_then(|j| doc.prev(j)) else {
            return false;
        };
        if doc.is(Some(k), SAY_VERBS) && doc.is(doc.next_joined(k), &["he", "she", "they", "that"])
        {
            return true;
        }
        j = Some(k);
    }
    false
}

/// chance as likelihood or opportunity, not "by chance" or "a chance encounter".
fn chance(doc: &Doc, i: usize) -> bool {
    let p = doc.prev(i);
    if doc.is(p, &["by"]) || doc.capitalized(i) && !doc.clause_initial(i) {
        return false;
    }
    if doc.is(p, &["of"]) && doc.is(p.and_then(|p| doc.prev(p)), &["game", "games"]) {
        return false;
    }
    !doc.is(
        doc.next_joined(i),
        &[
            "encounter",
            "encounters",
            "meeting",
            "meetings",
            "discovery",
            "find",
            "finding",
            "remark",
            "event",
        ],
    )
}

/// claim with content, as distancing; returns the scope (a noun qualifies its phrase, a
/// verb the sentence).
fn claim(doc: &Doc, lex: &Lexicon, i: usize) -> Option<Scope> {
    let p = doc.prev(i);
    let n = doc.next(i);
    if doc.in_set(p, &lex.claim_compounds) || doc.in_set(doc.next_joined(i), &lex.claim_compounds) {
        return None; // "jobless claims", "claims process"
    }
    let noun_before = doc.is(p, DETERMINERS)
        || p.is_some_and(|p| {
            let k = doc.key(p);
            k.ends_with("'s") && !contains(BE, &k) || k.ends_with("s'")
        });
    let noun_scope = if noun_before {
        Scope::Phrase
    } else {
        Scope::Sentence
    };
    if doc.is(n, &["that"]) {
        return Some(Scope::Sentence);
    }
    if doc.is(n, &["to"]) {
        return n
            .and_then(|n| doc.next_joined(n))
            .filter(|&v| doc.is_bare_verb(v))
            .map(|_| Scope::Sentence);
    }
    if doc.is(n, &["of", "about"]) {
        return Some(Scope::Phrase);
    }
    if doc.is(n, &["he", "she", "they", "it", "we", "i", "you"]) && !noun_before {
        return Some(Scope::Sentence);
    }
    if doc.next_joined(i).is_none() {
        // Phrase end: a noun after a determiner or adjective ("these claims.", "false claims").
        let adjective = p.is_some_and(|p| doc.is_content(p) && !doc.is(Some(p), &["to"]));
        return (noun_before || adjective).then_some(Scope::Phrase);
    }
    // A clause follows: a finite verb before the next punctuation ("claim the bug may pose").
    let mut j = i;
    for _ in 0..6 {
        let k = doc.next_joined(j)?;
        if doc.is(Some(k), FINITE) {
            return Some(noun_scope);
        }
        j = k;
    }
    None
}

/// A left extension of a source phrase over vague modifiers.
struct Extension {
    start: usize,
    anchored: bool,
    /// Took a vague quantifier or modifier ("two", "several", "independent").
    vague: bool,
    /// Took one / a / an / another (a singular indefinite source).
    indefinite: bool,
}

fn extend_left(doc: &Doc, lex: &Lexicon, head: usize) -> Extension {
    let mut ext = Extension {
        start: head,
        anchored: false,
        vague: false,
        indefinite: false,
    };
    let mut free_words = 0;
    // At most eight words: a source phrase is short, and the work stays linear.
    for _ in 0..8 {
        let Some(p) = doc.prev_joined(ext.start) else {
            break;
        };
        // Multi-word quantifiers first: "a number of".
        if let Some(s) = lex
            .vague_phrases
            .iter()
            .find_map(|ph| phrase_start(doc, p, ph))
        {
            ext.start = s;
            ext.vague = true;
            continue;
        }
        let k = doc.key(p);
        if contains(ANCHORING_DETERMINERS, &k) || possessive(&k) {
            ext.anchored = true;
            return ext;
        }
        if lex.vague_words.contains(k.as_str()) || k.chars().all(|c| c.is_ascii_digit()) {
            ext.indefinite |= contains(&["a", "an", "one", "another"], &k);
            ext.vague = true;
            ext.start = p;
            continue;
        }
        if doc.capitalized(p) {
            // "Washington-based" locates and "Western" is a region; "Goldman" or "White
            // House" anchors.
            let text = doc.words[p].text;
            let compound = text.contains('-')
                && text
                    .rsplit('-')
                    .next()
                    .is_some_and(|t| t.chars().all(char::is_lowercase));
            let region = contains(&["western", "eastern", "northern", "southern"], &k);
            if (compound || region) && free_words < 3 {
                free_words += 1;
                ext.start = p;
                continue;
            }
            ext.anchored = true;
            return ext;
        }
        let plain = doc.is_content(p)
            && !lex.source_verbs.contains(k.as_str())
            && !k.ends_with("ed")
            && !k.ends_with("ly")
            && !k.ends_with("ing");
        if !plain || free_words >= 3 {
            break;
        }
        free_words += 1;
        ext.start = p;
    }
    ext
}

/// Where `phrase` starts when it ends at word `end` (joined by spaces only).
fn phrase_start(doc: &Doc, end: usize, phrase: &[&str]) -> Option<usize> {
    let mut j = end;
    for (idx, w) in phrase.iter().enumerate().rev() {
        if !eq_key(doc.words[j].text, w) {
            return None;
        }
        if idx > 0 {
            j = doc.prev_joined(j)?;
        }
    }
    Some(j)
}

/// A possessive word ("Goldman's", "the firms'"), not a contraction of is.
fn possessive(key: &str) -> bool {
    key.ends_with("'s") && !contains(BE, key) || key.ends_with("s'")
}

/// A source verb follows the source phrase, maybe after an auxiliary ("have said").
fn speech_follows(doc: &Doc, lex: &Lexicon, last: usize) -> bool {
    let mut j = last;
    for _ in 0..3 {
        let Some(n) = doc.next_joined(j) else {
            return false;
        };
        if doc.in_set(Some(n), &lex.source_verbs) {
            return true;
        }
        if !doc.is(
            Some(n),
            &[
                "have",
                "has",
                "had",
                "also",
                "now",
                "still",
                "privately",
                "publicly",
                "would",
                "will",
                "generally",
                "widely",
                "all",
                "are",
                "were",
            ],
        ) {
            return false;
        }
        j = n;
    }
    false
}

/// A source verb, "said" and the like, or "according to" stands right before the phrase
/// starting at `start` ("according to experts", "said one analyst"). Not "told analysts":
/// there they are the audience.
fn speech_precedes(doc: &Doc, start: usize) -> bool {
    let postposed = [
        "said",
        "says",
        "say",
        "added",
        "noted",
        "argued",
        "explained",
        "wrote",
        "insisted",
        "cautioned",
        "predicted",
        "estimated",
        "believe",
        "think",
    ];
    let p = doc.prev_joined(start);
    doc.is(p, &["to"]) && doc.is(p.and_then(|p| doc.prev_joined(p)), &["according"])
        || doc.is(p, &postposed)
}

/// Vague sources; returns the first word of the source phrase.
fn source(doc: &Doc, lex: &Lexicon, rule: Rule, first: usize, last: usize) -> Option<usize> {
    let ext = extend_left(doc, lex, first);
    if ext.anchored || audience(doc, ext.start) {
        return None;
    }
    // "analysts at Goldman Sachs", "analysts polled by Reuters", "analyst Jane Roe".
    let n = doc.next_joined(last);
    let n2 = n.and_then(|n| doc.next_joined(n));
    let n3 = n2.and_then(|n| doc.next_joined(n));
    let named_after = doc.is(n, &["at", "from"])
        && (n2.is_some_and(|x| doc.capitalized(x))
            || doc.is(n2, &["the"]) && n3.is_some_and(|x| doc.capitalized(x)))
        || doc.is(n, &["polled", "surveyed"])
        || n.is_some_and(|x| doc.capitalized(x)) && rule == Rule::SourceOne;
    if named_after {
        return None;
    }
    let speech = speech_follows(doc, lex, last) || speech_precedes(doc, ext.start);
    match rule {
        Rule::Source => Some(ext.start),
        Rule::SourceSpeech => speech.then_some(ext.start),
        _ => (ext.indefinite && speech && !appositive_or_predicate(doc, ext.start))
            .then_some(ext.start),
    }
}

/// The object of "familiar with" / "briefed on": up to the verb or punctuation.
fn extend_object(doc: &Doc, lex: &Lexicon, last: usize) -> usize {
    let mut end = last;
    for _ in 0..8 {
        let Some(n) = doc.next_joined(end) else { break };
        let k = doc.key(n);
        if lex.source_verbs.contains(k.as_str())
            || contains(FINITE, &k)
            || contains(&["who", "which", "that", "and", "but", "according"], &k)
        {
            break;
        }
        end = n;
    }
    end
}

/// "officials who spoke on condition of anonymity": back over the speaking verb, "who" and
/// the source's noun phrase.
fn anonymous_start(doc: &Doc, lex: &Lexicon, first: usize) -> usize {
    let (start, head) = anonymous_parts(doc, first);
    match head {
        Some(h) => {
            let ext = extend_left(doc, lex, h);
            if ext.anchored {
                h
            } else {
                ext.start
            }
        }
        None => start,
    }
}

/// "reports suggest", "according to reports", "there are reports that": the span runs
/// through the verb ("Reports are suggesting").
fn reports(doc: &Doc, lex: &Lexicon, i: usize) -> Option<(usize, usize)> {
    let ext = extend_left(doc, lex, i);
    if ext.anchored {
        return None;
    }
    let start = ext.start;
    if speech_precedes(doc, start) {
        return Some((start, i));
    }
    let n = doc.next_joined(i)?;
    if doc.is(Some(n), &["that"]) {
        let p = doc.prev(start);
        return (doc.is(p, BE) || start < i).then_some((start, i));
    }
    let mut j = i;
    for _ in 0..3 {
        let n = doc.next_joined(j)?;
        if doc.is(
            Some(n),
            &[
                "say",
                "said",
                "says",
                "suggest",
                "suggested",
                "suggesting",
                "suggests",
                "indicate",
                "indicated",
                "indicating",
                "claim",
                "claimed",
                "claiming",
                "state",
                "stated",
                "allege",
                "alleged",
            ],
        ) {
            return Some((start, n));
        }
        if !doc.is(Some(n), &["are", "were", "have", "had", "also", "now"]) {
            return None;
        }
        j = n;
    }
    None
}

/// "some say", "many believe", "others argue": a vague quantifier as the subject of a source
/// verb. Returns the last word of the span (the verb, unless it is a cue of its own).
fn vague_group(doc: &Doc, lex: &Lexicon, first: usize, last: usize) -> Option<usize> {
    let gives = [
        "have", "has", "had", "having", "got", "given", "want", "wants", "gives", "give", "get",
        "with",
    ];
    if doc.is(doc.prev(first), &gives) || doc.is(doc.prev(first), DETERMINERS) {
        return None; // "to have some say in"
    }
    let aux = [
        "have",
        "has",
        "had",
        "also",
        "now",
        "still",
        "would",
        "will",
        "privately",
        "publicly",
    ];
    let mut j = last;
    for _ in 0..3 {
        let v = doc.next_joined(j)?;
        if doc.in_set(Some(v), &lex.source_verbs) {
            if doc.is(Some(v), &["say"]) && doc.is(doc.next(v), &["in", "over", "on"]) {
                return None; // "some say in the matter"
            }
            let cue_verb = [
                "claim",
                "claims",
                "claimed",
                "suggest",
                "suggests",
                "suggested",
                "allege",
                "alleged",
                "alleges",
            ];
            return Some(if doc.is(Some(v), &cue_verb) { last } else { v });
        }
        if !doc.is(Some(v), &aux) {
            return None;
        }
        j = v;
    }
    None
}

/// The phrase is the object of a verb of telling: its people are the audience ("told
/// analysts on a call"), not the source.
fn audience(doc: &Doc, start: usize) -> bool {
    let telling = [
        "told",
        "tell",
        "tells",
        "telling",
        "briefed",
        "brief",
        "briefing",
        "asked",
        "ask",
        "asks",
        "asking",
        "assured",
        "reassured",
        "informed",
        "urged",
        "addressed",
        "warned",
        "reminded",
        "advised",
        "surveyed",
        "polled",
        "interviewed",
    ];
    doc.is(doc.prev_joined(start), &telling)
}

/// "Jane Roe, an expert in …" (an appositive) or "she is an expert" (a predicate): the
/// phrase describes someone named, it is not a source.
fn appositive_or_predicate(doc: &Doc, start: usize) -> bool {
    let before = doc.prev(start);
    before.is_some_and(|b| doc.gap_after(b).contains(',') && doc.capitalized(b))
        || doc.is(before, BE)
}

/// Unnamed people as a source: a vague quantifier or modifier, a speech context, maybe a
/// relative clause ("two bankers who work in the sector", "according to a person who has
/// seen the minutes", "independent researchers said"). Returns the phrase's words.
fn person(doc: &Doc, lex: &Lexicon, head: usize) -> Option<(usize, usize)> {
    let ext = extend_left(doc, lex, head);
    if ext.anchored
        || !ext.vague
        || audience(doc, ext.start)
        || appositive_or_predicate(doc, ext.start)
    {
        return None;
    }
    if doc.capitalized(head) && !doc.clause_initial(head) {
        return None; // a name: "People" magazine
    }
    let mut end = head;
    if let Some(who) = doc.next_joined(head).filter(|&w| doc.is(Some(w), &["who"])) {
        // The relative clause: its verb, then up to the next punctuation or source verb.
        if let Some(verb) = doc.next_joined(who) {
            end = verb;
            for _ in 0..12 {
                match doc.next_joined(end) {
                    Some(k) if !doc.in_set(Some(k), &lex.source_verbs) => end = k,
                    _ => break,
                }
            }
        }
    }
    let speech = speech_precedes(doc, ext.start) || speech_follows(doc, lex, end);
    speech.then_some((ext.start, end))
}

/// A head that "familiar with" / "briefed on" / "close to" makes a vague source.
fn familiar_head(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let heads = [
        "those",
        "someone",
        "sources",
        "source",
        "insiders",
        "insider",
        "analysts",
        "analyst",
        "experts",
        "expert",
        "observers",
        "observer",
    ];
    doc.is(Some(i), &heads) || doc.in_set(Some(i), &lex.persons)
}

fn anonymous_head(doc: &Doc, first: usize) -> Option<usize> {
    anonymous_parts(doc, first).1
}

/// The start of "(who) spoke on condition …" and the head noun before "who", if any.
fn anonymous_parts(doc: &Doc, first: usize) -> (usize, Option<usize>) {
    let mut start = first;
    let speaking = ["spoke", "speaking", "talking", "talked", "spoken"];
    if let Some(p) = doc
        .prev_joined(start)
        .filter(|&p| doc.is(Some(p), &speaking))
    {
        start = p;
        if let Some(q) = doc
            .prev_joined(start)
            .filter(|&q| doc.is(Some(q), &["were", "was", "had"]))
        {
            start = q;
        }
    }
    if doc.is(Some(start), &["who"]) {
        return (start, doc.prev_joined(start).filter(|&h| doc.is_content(h)));
    }
    match doc
        .prev_joined(start)
        .filter(|&w| doc.is(Some(w), &["who"]))
    {
        Some(w) => (w, doc.prev_joined(w).filter(|&h| doc.is_content(h))),
        None => (start, None),
    }
}

/// Later definite mentions of a vague source: after "two officials who spoke on condition of
/// anonymity", "The officials said" is just as unnamed.
fn definite_mentions(doc: &Doc, lex: &Lexicon, cands: &[Cand]) -> Vec<Cand> {
    let mut first_seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for c in cands.iter().filter(|c| c.kind == HedgeKind::Weasel) {
        if let Some(h) = c.head {
            let at = first_seen.entry(doc.key(h)).or_insert(h);
            *at = (*at).min(h);
        }
    }
    if first_seen.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, w) in doc.words.iter().enumerate() {
        if !w.text.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        let Some(&seen) = first_seen.get(&doc.key(i)) else {
            continue;
        };
        let Some(det) = doc
            .prev_joined(i)
            .filter(|&d| doc.is(Some(d), &["the", "these", "those"]))
        else {
            continue;
        };
        if i > seen && speech_follows(doc, lex, i) {
            out.push(Cand {
                first: det,
                last: i,
                kind: HedgeKind::Weasel,
                scope: Scope::Sentence,
                head: None,
            });
        }
    }
    out
}

// ------------------------------------------------------------------ overlaps and claims

/// Keeps the longest of overlapping candidates (then the earliest), sorted by start.
fn resolve_overlaps(doc: &Doc, mut cands: Vec<Cand>) -> Vec<Cand> {
    let len = |c: &Cand| doc.words[c.last].end - doc.words[c.first].start;
    cands.sort_by(|a, b| len(b).cmp(&len(a)).then(a.first.cmp(&b.first)));
    // Word indices taken so far, as sorted disjoint ranges.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept = Vec::new();
    for c in cands {
        let clash_before = taken
            .range(..=c.last)
            .next_back()
            .is_some_and(|(_, &end)| end >= c.first);
        if clash_before {
            continue;
        }
        taken.insert(c.first, c.last);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.first);
    kept
}

/// Clause boundaries and quote interiors, precomputed once so that every claim is found by
/// binary search (linear time overall).
struct Claims {
    /// Sorted, disjoint byte ranges that separate clauses.
    bounds: Vec<(usize, usize)>,
    /// Quote interiors (marks excluded), sorted by start, outer before inner.
    quotes: Vec<(usize, usize)>,
}

impl Claims {
    fn new(doc: &Doc, quotes: &[QuoteSpan]) -> Claims {
        let text = doc.text;
        let mut bounds = Vec::new();
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let boundary = match c {
                ';' | '(' | ')' | '[' | ']' | '—' | '–' | '\n' => true,
                ':' => {
                    !(i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(end).is_some_and(u8::is_ascii_digit))
                }
                '-' => i > 0 && bytes[i - 1] == b' ' && bytes.get(end) == Some(&b' '),
                ',' => {
                    let rest = &text[end..];
                    let rest = rest.trim_start();
                    let w: String = rest
                        .chars()
                        .take(9)
                        .take_while(|c| c.is_alphabetic())
                        .collect::<String>()
                        .to_lowercase();
                    contains(
                        &[
                            "but", "while", "although", "though", "whereas", "yet", "because",
                            "unless", "however",
                        ],
                        &w,
                    )
                }
                _ => false,
            };
            if boundary {
                bounds.push((i, end));
            }
        }
        let quotes = quotes
            .iter()
            .map(|q| {
                let open = text[q.start..].chars().next().map_or(0, char::len_utf8);
                let close = if q.closed {
                    text[..q.end].chars().next_back().map_or(0, char::len_utf8)
                } else {
                    0
                };
                (
                    q.start + open,
                    q.end.saturating_sub(close).max(q.start + open),
                )
            })
            .collect();
        Claims { bounds, quotes }
    }

    fn span(&self, doc: &Doc, c: &Cand, start: usize, end: usize) -> (usize, usize) {
        let (mut lo, mut hi) = doc
            .sentences
            .get(doc.sent[c.first])
            .copied()
            .unwrap_or((start, end));
        // The innermost quote that holds the cue.
        let k = self.quotes.partition_point(|q| q.0 <= start);
        if let Some(q) = self.quotes[..k]
            .iter()
            .rev()
            .take(8)
            .filter(|q| q.0 <= start && end <= q.1)
            .max_by_key(|q| q.0)
        {
            lo = lo.max(q.0);
            hi = hi.min(q.1);
        }
        match c.scope {
            Scope::Sentence => {}
            Scope::Clause => {
                let k = self.bounds.partition_point(|b| b.1 <= start);
                if k > 0 {
                    lo = lo.max(self.bounds[k - 1].1);
                }
                if let Some(b) = self.bounds[k..].iter().find(|b| b.0 >= end) {
                    hi = hi.min(b.0);
                }
            }
            Scope::Phrase => {
                // The noun phrase: content words up to one that looks like the verb
                // ("the so-called manifesto | appeared online").
                let mut last = c.last;
                for step in 0..4 {
                    match doc.next_joined(last) {
                        Some(n) if doc.capitalized(n) => last = n,
                        Some(n) if doc.is_content(n) && !(step > 0 && verb_like(&doc.key(n))) => {
                            last = n
                        }
                        _ => break,
                    }
                }
                lo = start;
                hi = hi.min(doc.words[last].end).max(end);
            }
        }
        trim_claim(doc.text, lo.min(start), hi.max(end), start, end)
    }
}

/// A word form that is likely a verb after a noun ("appeared", "says").
fn verb_like(key: &str) -> bool {
    key.ends_with("ed") || contains(&["says", "said", "is", "was", "has"], key)
}

/// Trims spaces and punctuation off a claim, never past its cue.
fn trim_claim(
    text: &str,
    mut lo: usize,
    mut hi: usize,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let junk = |c: char| c.is_whitespace() || ",;:—–-“”\"‘’'()[]".contains(c);
    while lo < start {
        match text[lo..].chars().next() {
            Some(c) if junk(c) => lo += c.len_utf8(),
            _ => break,
        }
    }
    while hi > end {
        match text[..hi].chars().next_back() {
            Some(c) if junk(c) => hi -= c.len_utf8(),
            _ => break,
        }
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue texts found in `text`.
    fn cues(text: &str) -> Vec<&str> {
        find_hedges(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    fn kinds(text: &str) -> Vec<(&str, HedgeKind)> {
        find_hedges(text)
            .iter()
            .map(|h| (&text[h.start..h.end], h.kind))
            .collect()
    }

    fn claim_of<'t>(text: &'t str, cue: &str) -> &'t str {
        let h = find_hedges(text)
            .into_iter()
            .find(|h| &text[h.start..h.end] == cue)
            .expect("cue found");
        &text[h.claim_start..h.claim_end]
    }

    // --- the data

    #[test]
    fn every_data_line_names_a_known_rule() {
        for (source, _, _) in CUE_FILES {
            for line in entries(source) {
                let rule = line.split_once('|').map_or("", |(_, r)| r.trim());
                assert!(Rule::parse(rule).is_some(), "unknown rule in line {line:?}");
            }
        }
    }

    #[test]
    fn no_cue_phrase_is_listed_twice() {
        let mut seen = HashSet::new();
        for (source, _, default) in CUE_FILES {
            for (phrase, _) in cue_lines(source, default) {
                assert!(seen.insert(phrase.clone()), "{phrase:?} is listed twice");
            }
        }
    }

    // --- each kind

    #[test]
    fn epistemic_modals_are_hedges() {
        assert_eq!(
            kinds("The bug may spread. It might fail. Prices could rise. He could have left."),
            [
                ("may", HedgeKind::Modal),
                ("might", HedgeKind::Modal),
                ("could", HedgeKind::Modal),
                ("could", HedgeKind::Modal)
            ]
        );
    }

    #[test]
    fn adverbials_may_stand_between_modal_and_verb() {
        assert_eq!(
            cues("The bug could in theory spread. It may one day fail. It may, in some cases, apply."),
            ["could", "in theory", "may", "may"]
        );
    }

    #[test]
    fn hedging_adverbs_and_adjectives_are_hedges() {
        let t = "The plan is possibly flawed, perhaps fatally. A potential deal is likely to fail, he would likely say; reportedly, an apparent leak came first.";
        assert_eq!(
            cues(t),
            [
                "possibly",
                "perhaps",
                "potential",
                "likely",
                "likely",
                "reportedly",
                "apparent"
            ]
        );
        assert_eq!(kinds("She would likely lose.")[0].1, HedgeKind::Adverb);
        assert_eq!(kinds("She is likely to lose.")[0].1, HedgeKind::Adjective);
    }

    #[test]
    fn verbs_of_tentativeness_are_hedges() {
        let t = "The results suggest a link. It seems late. He appears to agree. It looks likely. They tend to win. The drug is not thought to harm anyone.";
        assert_eq!(
            cues(t),
            [
                "suggest",
                "seems",
                "appears",
                "looks likely",
                "tend to",
                "thought to"
            ]
        );
    }

    #[test]
    fn first_person_softeners_are_hedges() {
        assert_eq!(
            cues("“I think we won,” she said. “I guess so. I don’t think they care.”"),
            ["I think", "I guess", "I don’t think"]
        );
    }

    #[test]
    fn nouns_of_possibility_are_hedges() {
        assert_eq!(
            cues("Speculation grew about the possibility of a deal and his chances of winning."),
            ["Speculation", "possibility", "chances"]
        );
    }

    #[test]
    fn distancing_words_are_hedges() {
        let t = "The alleged fraud, which he allegedly ran, was a so-called scheme. Critics claim the money is gone.";
        assert_eq!(
            kinds(t),
            [
                ("alleged", HedgeKind::Distancing),
                ("allegedly", HedgeKind::Distancing),
                ("so-called", HedgeKind::Distancing),
                ("Critics", HedgeKind::Weasel),
                ("claim", HedgeKind::Distancing)
            ]
        );
    }

    #[test]
    fn vague_sources_are_weasel_phrases() {
        let t = "The deal may grow, people familiar with the talks say. Two people briefed on the plan said it was done. Several security experts warned of it. A number of analysts say so. One London-based energy analyst said prices would rise.";
        let found: Vec<_> = kinds(t)
            .into_iter()
            .filter(|k| k.1 == HedgeKind::Weasel)
            .map(|k| k.0)
            .collect();
        assert_eq!(
            found,
            [
                "people familiar with the talks",
                "Two people briefed on the plan",
                "Several security experts",
                "A number of analysts",
                "One London-based energy analyst"
            ]
        );
    }

    #[test]
    fn agentless_hearsay_and_reports_are_weasels() {
        let t = "The flaw is said to be old. It is believed that he left. Reports are suggesting a patch. Some say it works.";
        assert_eq!(
            cues(t),
            [
                "is said to",
                "It is believed",
                "Reports are suggesting",
                "Some say"
            ]
        );
    }

    #[test]
    fn anonymous_officials_are_weasels() {
        assert_eq!(
            cues("Two officials who spoke on condition of anonymity confirmed the plan."),
            ["Two officials who spoke on condition of anonymity"]
        );
    }

    // --- false-positive classes, one test each

    #[test]
    fn could_not_be_reached_is_not_a_hedge() {
        assert!(cues("Apple representatives could not be reached. He couldn’t sweat. The signals could not differ more.").is_empty());
    }

    #[test]
    fn could_of_perception_or_ability_is_not_a_hedge() {
        assert!(cues(
            "You could tell we were getting tired. Holmes could hear the voice. The team could sense it."
        )
        .is_empty());
        assert_eq!(cues("He could see it happening soon."), ["could"]);
    }

    #[test]
    fn could_be_sure_is_not_a_hedge() {
        assert!(cues("She asked how he could be so sure where he was.").is_empty());
    }

    #[test]
    fn could_of_purpose_or_extent_is_not_a_hedge() {
        assert!(cues("She saved so that she could buy a house.").is_empty());
        assert!(cues("The most he could do was wait.").is_empty());
    }

    #[test]
    fn may_the_month_or_name_is_not_a_hedge() {
        assert!(cues("The vote is in May. May 5 was sunny. Theresa May spoke.").is_empty());
    }

    #[test]
    fn might_the_noun_is_not_a_hedge() {
        assert!(
            cues("Russia showed its military might. The might of the navy is vast.").is_empty()
        );
        assert!(cues("Military might alone cannot win.").is_empty());
    }

    #[test]
    fn may_in_fixed_phrases_is_not_a_hedge() {
        assert!(cues("Be that as it may, we go. Come what may, they stay.").is_empty());
    }

    #[test]
    fn verb_phrase_ellipsis_is_not_a_hedge() {
        assert!(cues("He helped whenever he could.").is_empty());
    }

    #[test]
    fn would_should_can_will_are_not_hedges() {
        assert!(
            cues("It would help. You should go. We can win. They will leave. He must stay.")
                .is_empty()
        );
    }

    #[test]
    fn boosters_are_not_hedges() {
        assert!(
            cues("The bill will certainly pass. It definitely works. Clearly, he knew.").is_empty()
        );
    }

    #[test]
    fn negated_hedge_is_still_a_hedge() {
        assert_eq!(
            cues("A deal is not likely. It may not happen. It does not seem fair."),
            ["likely", "may", "seem"]
        );
    }

    #[test]
    fn suggest_as_proposal_is_not_a_hedge() {
        assert!(cues("He suggested the meeting be held in Paris. She suggested a compromise. They suggested meeting early.").is_empty());
        assert_eq!(
            cues("He suggested that the talks had failed."),
            ["suggested"]
        );
    }

    #[test]
    fn appear_in_a_place_is_not_a_hedge() {
        assert!(cues("He appeared in court on Monday. She appears regularly on TV.").is_empty());
        assert_eq!(cues("He appeared tired."), ["appeared"]);
    }

    #[test]
    fn look_of_a_person_or_looking_at_is_not_a_hedge() {
        assert!(cues(
            "The goalie looked strong. They avoid looking at the standings. It looks at the data."
        )
        .is_empty());
    }

    #[test]
    fn tend_to_someone_is_not_a_hedge() {
        assert!(cues("Nurses tend to the wounded.").is_empty());
    }

    #[test]
    fn hint_the_noun_is_not_a_hedge() {
        assert!(cues("There was a hint of garlic.").is_empty());
        assert_eq!(cues("She hinted that she would run."), ["hinted"]);
    }

    #[test]
    fn thinking_about_and_reports_of_belief_are_not_hedges() {
        assert!(cues(
            "I think about it often. All of us thought it was wrong. They believe in yourselves."
        )
        .is_empty());
        assert_eq!(cues("He said he thought the plan was bold."), ["thought"]);
    }

    #[test]
    fn possible_as_intensifier_or_enabler_is_not_a_hedge() {
        assert!(cues("Patch as soon as possible. Do it if possible. It was the best possible result. Grants made it possible.").is_empty());
        assert_eq!(cues("It is possible that he left."), ["possible"]);
    }

    #[test]
    fn apparent_as_predicate_is_not_a_hedge() {
        assert!(cues("It became apparent that he lied. The problem was apparent.").is_empty());
    }

    #[test]
    fn perceived_the_verb_is_not_a_hedge() {
        assert!(cues("She perceived a threat.").is_empty());
        assert_eq!(cues("The perceived threat faded."), ["perceived"]);
    }

    #[test]
    fn claim_without_content_is_not_distancing() {
        assert!(cues("Both sides can claim an easy victory. The group claimed responsibility for it. Jobless claims fell.").is_empty());
        assert_eq!(
            cues("He claimed he was innocent. These claims are false."),
            ["claimed", "claims"]
        );
    }

    #[test]
    fn chance_meeting_and_by_chance_are_not_hedges() {
        assert!(cues("They met by chance. It was a chance encounter.").is_empty());
    }

    #[test]
    fn the_audience_of_a_briefing_is_not_a_weasel() {
        assert!(
            cues("The chief executive told analysts on a call that demand was strong.").is_empty()
        );
    }

    #[test]
    fn unnamed_people_in_a_speech_context_are_weasels() {
        let t = "According to two bankers who work in the sector, a deal is near. Independent researchers said it was flawed. Two people died.";
        assert_eq!(
            cues(t),
            [
                "two bankers who work in the sector",
                "Independent researchers"
            ]
        );
    }

    #[test]
    fn named_people_are_not_weasels() {
        let t = "Two Republican aides said no. The researchers said yes. Jane Roe, a lawyer who knows him, said so.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }

    #[test]
    fn familiar_with_attaches_to_any_source_noun() {
        let t = "The plan stalled, according to a Western diplomat briefed on the negotiations. Prices were close to a record.";
        assert_eq!(cues(t), ["a Western diplomat briefed on the negotiations"]);
    }

    #[test]
    fn a_later_definite_mention_of_a_vague_source_is_a_weasel() {
        let t = "Two officials who spoke on condition of anonymity said so. The officials said more talks were due.";
        assert_eq!(
            cues(t),
            [
                "Two officials who spoke on condition of anonymity",
                "The officials"
            ]
        );
        assert!(cues("The officials said more talks were due.").is_empty());
    }

    #[test]
    fn suggested_with_a_subjunctive_is_a_proposal() {
        assert!(cues("She suggested that the two boards publish their data.").is_empty());
        assert_eq!(
            cues("She suggested that the firm overstated its data."),
            ["suggested"]
        );
    }

    #[test]
    fn coordinated_reported_belief_is_a_hedge() {
        assert_eq!(
            cues("He said he had asked for funds and thought a deal was near."),
            ["thought"]
        );
    }

    #[test]
    fn look_after_a_parenthetical_source_is_a_hedge() {
        assert_eq!(
            cues("They may strike, which analysts say looks increasingly likely."),
            ["may", "analysts", "looks", "likely"]
        );
    }

    #[test]
    fn relative_that_does_not_anchor_a_source() {
        assert_eq!(cues("It is a point that experts stress."), ["experts"]);
    }

    #[test]
    fn anchored_or_named_sources_are_not_weasels() {
        let t = "White House advisers say no. Goldman analysts expect gains. The experts agreed. Analysts at Nomura said so. Linux expert Jane Roe found it. Jane Roe, an expert in law, said no.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }

    #[test]
    fn sources_of_things_are_not_weasels() {
        assert!(cues("Oil and gas are sources of energy. He has a source of income.").is_empty());
        assert_eq!(cues("Sources said the deal was off."), ["Sources"]);
    }

    #[test]
    fn reports_without_a_source_verb_are_not_weasels() {
        assert!(cues("There have been no reports of attacks.").is_empty());
        assert_eq!(cues("According to reports, he left."), ["reports"]);
    }

    #[test]
    fn having_some_say_is_not_a_weasel() {
        assert!(cues("Voters want to have some say in it.").is_empty());
    }

    #[test]
    fn likely_voters_is_not_a_hedge() {
        assert!(cues("The poll surveyed likely voters.").is_empty());
    }

    #[test]
    fn words_inside_longer_words_are_not_cues() {
        assert!(cues("The dismay grew; mayors met the claimant at a maybeline store.").is_empty());
    }

    // --- claims

    #[test]
    fn a_modal_claims_its_clause() {
        let t = "Known as Bash, the flaw could be big; experts disagree.";
        assert_eq!(claim_of(t, "could"), "Known as Bash, the flaw could be big");
    }

    #[test]
    fn a_weasel_claims_its_sentence() {
        let t = "The deal may grow, but slowly, people familiar with the talks say. Next.";
        assert_eq!(
            claim_of(t, "people familiar with the talks"),
            "The deal may grow, but slowly, people familiar with the talks say."
        );
    }

    #[test]
    fn an_attributive_cue_claims_its_noun_phrase() {
        assert_eq!(
            claim_of("He met the alleged sex trafficker in May.", "alleged"),
            "alleged sex trafficker"
        );
    }

    #[test]
    fn a_hedge_in_a_quote_claims_within_the_quote() {
        let t = "“That could be an issue,” Indyk said.";
        assert_eq!(claim_of(t, "could"), "That could be an issue");
    }

    // --- robustness

    #[test]
    fn empty_and_junk_input_do_not_panic() {
        assert!(find_hedges("").is_empty());
        assert!(find_hedges("   \n\n ").is_empty());
        let junk: String = (0u32..5000)
            .filter_map(|i| char::from_u32((i * 7919) % 0x2FFF))
            .collect();
        let _ = find_hedges(&junk);
        let _ = find_hedges("may might could , . ’ ‘ “ ” — may");
        let _ = find_hedges("could");
        let _ = find_hedges("I think");
    }

    #[test]
    fn non_ascii_text_keeps_char_boundaries() {
        let t = "Der Bürgermeister – “Ça ira” – may résigner; 東京 critics say it’s possibly über-late. ’may’";
        for h in find_hedges(t) {
            assert!(t.is_char_boundary(h.start) && t.is_char_boundary(h.end));
            assert!(t.is_char_boundary(h.claim_start) && t.is_char_boundary(h.claim_end));
            assert!(h.claim_start <= h.start && h.end <= h.claim_end);
        }
        assert_eq!(cues(t), ["may", "critics", "possibly"]);
    }

    #[test]
    fn spans_never_overlap_and_are_sorted() {
        let t = "Reports are suggesting it may be, in all likelihood, possibly true; some experts say it looks likely.".repeat(50);
        let hs = find_hedges(&t);
        for w in hs.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn large_input_is_linear() {
        let para = "Critics say the plan may fail, and it could possibly cost more, people familiar with the talks said. ";
        let t = para.repeat(40_000); // ~4 MB in one paragraph
        let start = std::time::Instant::now();
        let hs = find_hedges(&t);
        assert_eq!(hs.len(), 40_000 * 5);
        assert!(start.elapsed().as_secs() < 20);
    }
}
