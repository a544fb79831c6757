//! Verbs of judging and naming without quote marks, which report speech as their quoted
//! uses do (GUIDELINES.md section 2): "blasted the mayor for cutting the budget", "attacked
//! Bo Chen over his vote", "called the charges baseless", "called the plan a giveaway",
//! "echoed those remarks". Before, these verbs counted only with a quoted fragment in their
//! clause. The other senses stay out: the physical ("attacked the town", "ripped the sign
//! away", "knocked him down"), the call to an office or a telephone ("called a meeting",
//! "called the hotel", "called for", "a website called …").

use super::context::Ctx;
use super::licensing::QUANTITY_NOUNS;
use crate::cues::{Cue, Rule};
use crate::lexicon::classes::{is_possessive_key, PREPOSITIONS, SPEAKER_DETERMINERS};
use crate::lexicon::{CUE_WORDS, SPEAKER_NOUNS, TIME_WORDS};

/// A verb of judging with a physical sense ("attacked", "ripped") gives its grounds within
/// this many words ("attacked the former mayor of Leeds for …").
const GROUNDS_WORDS: usize = 8;
/// Particles that make a verb's object a thing moved ("ripped them away", "knocked the
/// vase off", "knocked him down"): no speech. (Not "over": "hammered the mayor over the
/// budget" gives grounds.)
const PHYSICAL_PARTICLES: &[&str] = &[
    "away", "out", "off", "down", "apart", "aside", "open", "loose",
];
/// What a judge's grounds may not be: a stretch of time ("attacked the town for hours",
/// "over the weekend").
const SPAN_WORDS: &[&str] = &[
    "hours", "days", "weeks", "months", "years", "decades", "minutes",
];
/// After "as", the words that open what the judged one is cast as ("attacked her as an
/// elitist", "knocked the rules as undemocratic" is an adjective: any lower-case word but a
/// clause's subject).
const AS_SUBJECT_WORDS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "well", "soon"];
/// The object a name is given to after "called" ("called the deal", "called Bo Chen's
/// plan") runs at most this many words before its complement.
const NAMED_OBJECT_WORDS: usize = 5;
/// Endings of adjectives that complement a named object at its clause's end ("called the
/// actions lawful", "called the cuts dangerous", "called the vote historic", "called the
/// ruling unconstitutional"); nouns with these endings are rare at a clause's end after a
/// noun ("called the local hospital": "-tal" is not one).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ful", "ous", "ive", "able", "ible", "less", "ical", "ional", "egal", "ish", "tic", "oric",
    "ward",
];
/// Prefixes of negative adjectives ("unqualified", "unfair", "irresponsible", "misguided").
const NEGATIVE_PREFIXES: &[&str] = &["un", "ir", "mis", "il"];
/// Nouns of what was said, which a verb that takes words up has as its object ("echoed
/// those remarks", "echoed the criticism", "mocked his comments").
const SPOKEN_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "remark",
    "remarks",
    "comment",
    "comments",
    "sentiment",
    "sentiments",
    "call",
    "calls",
    "concern",
    "concerns",
    "criticism",
    "criticisms",
    "view",
    "views",
    "words",
    "message",
    "argument",
    "arguments",
    "claim",
    "claims",
    "promise",
    "warning",
    "warnings",
    "theme",
    "themes",
    "point",
    "complaint",
    "complaints",
    "charge",
    "charges",
    "line",
    "praise",
    // (What is rejected or welcomed: "rejected the idea that", "welcomed the ruling".)
    "idea",
    "notion",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "suggestion",
    "assertion",
    "characterization",
    "rumors",
    "rumours",
    "attacks",
    "speculation",
    "announcement",
    "decision",
    "ruling",
];
/// A verb of casting someone as something (rule `as_quoted`) takes its "as" within this many
/// words of its object's start ("cast the former secretary of state as").
const CAST_AS_WORDS: usize = 8;
/// After "as", words that make it no label: a comparison, a manner or a time ("cast his
/// vote as soon as", "introduced the bill as planned", "as part of").
const AS_NO_LABEL: &[&str] = &[
    "soon", "well", "long", "much", "many", "far", "planned", "expected", "usual", "part", "if",
    "though", "of", "to", "such", "he", "she", "they", "it", "we", "i", "you",
];
/// Such an object runs at most this many words to its head noun ("echoed the earlier
/// comments").
const SPOKEN_OBJECT_WORDS: usize = 3;

impl Ctx<'_> {
    /// A verb of judging (rule `judgement`) counts: with an object that is no physical
    /// thing and moved by no particle ("slammed the plan", not "slammed the door", "ripped
    /// the poster down"), with "as" after it, or with a quote in its clause.
    pub(super) fn judged(&self, cue: &Cue) -> bool {
        self.judged_object_follows(cue.last) && !self.particle_after_object(cue.last)
            || self.followed_by(cue.last, 10, |key| key == "as")
            || self.quote_in_clause(cue.last)
    }

    /// A verb of judging with a physical or violent sense (rule `grounded`: "attacked",
    /// "hammered", "ripped", "knocked") counts without a quote when a person judges it
    /// (`cue_speakers`), its object is no thing, and its grounds follow: "for" a deed or a
    /// stance ("attacked Bo Chen for his vote", "knocked her for not paying"), "over" a
    /// matter, "as" what the judged one is ("attacked her as an elitist"), "by" a gerund, or
    /// a participle of saying after a comma ("attacked Bo Chen, saying he …").
    pub(super) fn grounded(&self, cue: &Cue) -> bool {
        let k = cue.last;
        if !self.judged_object_follows(k) || self.particle_after_object(k) {
            return false;
        }
        let s = self.sentence_of[k];
        let scope = self.nest.quote_of(k);
        let end = (k + 1 + GROUNDS_WORDS).min(self.words.len());
        for m in k + 2..end {
            if self.sentence_of[m] != s || self.nest.quote_of(m) != scope {
                return false;
            }
            let gap = self.gap(m - 1, m);
            let key = self.key(m);
            if gap.contains(',') {
                return key.ends_with("ing") && CUE_WORDS.contains_key(key);
            }
            if !gap.trim().trim_matches(['’', '\'']).is_empty() {
                return false;
            }
            let next = self.keys.get(m + 1).unwrap_or("");
            let after = self.keys.get(m + 2).unwrap_or("");
            let span = |w: &str| {
                TIME_WORDS.contains(w)
                    || SPAN_WORDS.contains(&w)
                    || w.starts_with(|c: char| c.is_ascii_digit())
            };
            // ("over" that ends the clause is a particle: "knocked the vase over.")
            let grounds = self.joined_next(m)
                && match key {
                    "for" | "over" => !span(next) && !span(after),
                    "as" => {
                        !AS_SUBJECT_WORDS.contains(&next)
                            && !self.words.get(m + 1).is_some_and(|w| w.is_capitalized())
                    }
                    "by" => next.len() > 5 && next.ends_with("ing"),
                    _ => false,
                };
            if grounds {
                return true;
            }
        }
        false
    }

    /// A verb of judging that ends its sentence after "and" judges nothing said: "the
    /// audience laughed and applauded." (no inverted reporting clause, "…, she mocked.").
    pub(super) fn judges_nothing(&self, cue: &Cue) -> bool {
        matches!(cue.rule, Rule::Judgement | Rule::Grounded)
            && cue.first > 0
            && self.key(cue.first - 1) == "and"
            && !self.judged_object_follows(cue.last)
    }

    /// Right after the object of the verb at `k` (its first few words, no punctuation
    /// between), a particle of motion: "ripped them away", "knocked everything out of
    /// orbit", "knocked the mayor down".
    fn particle_after_object(&self, k: usize) -> bool {
        (k + 2..(k + 5).min(self.words.len()))
            .take_while(|&m| self.gap(m - 1, m) == " ")
            .any(|m| PHYSICAL_PARTICLES.contains(&self.key(m)))
    }

    /// A participle of naming or of grounded judging has its speaker without a quote, as
    /// with its quoted fragment ("…, calling them liars", "with Ana Ruiz calling Bo Chen a
    /// fraud", "…, attacking Bo Chen for his vote"). (Not every verb of judging: "The report,
    /// citing three sources, said" cites for the report.)
    /// So has one of judging after the comma that follows a verb ("McCain said, citing low
    /// growth", "it declined, citing legal risks"), not after its subject.
    pub(super) fn judged_without_quote(&self, cue: &Cue) -> bool {
        let after_verb = cue.rule == Rule::Judgement
            && cue.first > 0
            && self.gap(cue.first - 1, cue.first).trim() == ","
            && {
                let p = self.key(cue.first - 1);
                matches!(CUE_WORDS.get(p), Some(Rule::Always | Rule::Content))
                    || p.len() > 4 && p.ends_with("ed")
            };
        (matches!(cue.rule, Rule::Grounded | Rule::Naming) || after_verb) && self.counts(cue)
    }

    /// "called" gives an object a name or a quality: an object (a determiner or a
    /// possessive and its noun, or a name, "Bo Chen's") then its complement: "a" or "an"
    /// and what it is ("called the raid a disgrace"), "nothing" ("calls the whole thing
    /// nothing short of an attack"), or an adjective that ends the clause ("called the
    /// actions lawful", "called Bo Chen unqualified"). Not "called a meeting", "called the
    /// race for Lee", "called the hotel to ask", "called an election a year early".
    pub(super) fn names_object(&self, k: usize) -> bool {
        if !self.joined_next(k) {
            return false;
        }
        let first = self.key(k + 1);
        let name = self.words[k + 1].is_capitalized() && !SPEAKER_DETERMINERS.contains(&first);
        if !(name || SPEAKER_DETERMINERS.contains(&first) || is_possessive_key(first))
            || matches!(first, "a" | "an" | "no")
        {
            return false;
        }
        // The complement starts after at least one word of the object.
        let mut m = k + 2;
        while m <= k + 1 + NAMED_OBJECT_WORDS && self.joined_next(m - 1) {
            let key = self.key(m);
            if PREPOSITIONS.contains(&key) || key == "to" || key == "and" || key == "who" {
                return false;
            }
            let object_has_noun = name || m > k + 2;
            if object_has_noun && (self.labels(m) || key == "nothing" && self.joined_next(m)) {
                return true;
            }
            if object_has_noun && self.quality_ends_clause(m) {
                return true;
            }
            m += 1;
        }
        false
    }

    /// Word `m` opens what something is called: "a" or "an" and a noun that counts no time
    /// ("a disgrace", not "a day later", "a few times").
    fn labels(&self, m: usize) -> bool {
        matches!(self.key(m), "a" | "an")
            && self.joined_next(m)
            && !TIME_WORDS.contains(self.key(m + 1))
            && !QUANTITY_NOUNS.contains(&self.key(m + 1))
    }

    /// Word `m + 1` follows word `m` in its sentence after a single space.
    fn joined_next(&self, m: usize) -> bool {
        m + 1 < self.words.len()
            && self.sentence_of[m + 1] == self.sentence_of[m]
            && self.gap(m, m + 1) == " "
    }

    /// Word `m` is an adjective by its form (`ADJECTIVE_ENDINGS`, `NEGATIVE_PREFIXES` before
    /// "-ed", "-al", "-ent", "-ant", "-ate" …) that ends its clause: punctuation, "and" and
    /// another, or the text's end after it ("called the charges unsubstantiated and
    /// fabricated."). Not a speaker noun ("called the executive").
    fn quality_ends_clause(&self, m: usize) -> bool {
        let key = self.key(m);
        let adjective = key.len() > 4
            && !self.words[m].is_capitalized()
            && !SPEAKER_NOUNS.contains_key(key)
            && (ADJECTIVE_ENDINGS.iter().any(|e| key.ends_with(e))
                || NEGATIVE_PREFIXES.iter().any(|p| key.starts_with(p))
                    && !key.starts_with("uni")
                    && !key.starts_with("ill"));
        let ends = m + 1 >= self.words.len()
            || self.sentence_of[m + 1] != self.sentence_of[m]
            || self
                .gap(m, m + 1)
                .trim()
                .starts_with([',', '.', ';', ':', '!', '?', '—'])
            || self.gap(m, m + 1) == " " && matches!(self.key(m + 1), "and" | "or" | "but");
        adjective && ends
    }

    /// A verb of casting or presenting someone (rule `as_quoted`) counts without a quote
    /// with a definite object, a name or a pronoun, then "as" and what it is cast as, in
    /// its clause: "cast himself as a Washington outsider", "casting him as a false
    /// conservative", "cast her victory as a sign" (not "cast a vote as", "cast his vote as
    /// soon as", "introduced the bill as planned", "was cast as the lead": a passive,
    /// "pounding the table as the crowd sang").
    pub(super) fn cast_as(&self, k: usize) -> bool {
        if !self.judged_object_follows(k) || matches!(self.key(k + 1), "a" | "an") {
            return false;
        }
        let s = self.sentence_of[k];
        (k + 2..(k + 1 + CAST_AS_WORDS).min(self.words.len()))
            .take_while(|&m| {
                self.sentence_of[m] == s
                    && !self.gap(m - 1, m).contains([',', ';', '.', '?', '!', '—'])
            })
            .find(|&m| self.key(m) == "as")
            .is_some_and(|m| {
                let label = self.key(m + 1);
                // (Not a determiner but "a"/"an": "as the crowd sang" opens a clause.)
                self.joined_next(m)
                    && !AS_NO_LABEL.contains(&label)
                    && (matches!(label, "a" | "an") || !SPEAKER_DETERMINERS.contains(&label))
                    && !self.words[m + 1].is_capitalized()
            })
    }

    /// A verb that takes up what was said or decided (rule `quoted`: "echoed", "mocked",
    /// "rejected", "welcomed") has it as its object: a determiner or none and at most a few words headed by a noun
    /// of speech (`SPOKEN_NOUNS`: "echoed those remarks", "echoing comments made earlier by
    /// the mayor"; not "echoed through the hall", "echoed the design of the old bridge").
    pub(super) fn spoken_object(&self, k: usize) -> bool {
        (k + 1..(k + 1 + SPOKEN_OBJECT_WORDS).min(self.words.len()))
            .take_while(|&m| self.gap(m - 1, m) == " " && !PREPOSITIONS.contains(&self.key(m)))
            .any(|m| SPOKEN_NOUNS.contains(&self.bare(m)))
    }
}
