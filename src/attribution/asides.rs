//! Reporting clauses set beside what they report, and headlines that report: an aside
//! opened by "as" ("But as Ana Ruiz noted, those voters will …", "as Bo Chen put it,", "As
//! reported by the Lakeside Herald, …"), a headline's subject and verb ("Bo Chen Promises
//! Action", "Clinic Hid Problems, Former Lakeside Doctor Says."), and agreement said aloud
//! ("most members agreed they had no recourse", "Bo Chen agreed with Ana Ruiz").

use super::context::Ctx;
use super::{CLAUSE_WORDS, CONTENT_MARKER_WORDS};
use crate::cues::{Cue, Rule};
use crate::lexicon::classes::{is_speaker_pronoun, BE, FINITE, PREPOSITIONS, TIME_LEADS};
use crate::lexicon::{CUE_WORDS, SPEAKING_VERBS, TIME_WORDS};
use crate::speakers::Speaker;

/// Between an aside's "as" and its verb, at most this many words: the subject, an
/// auxiliary, an adverb ("as the Washington Post’s investigative unit reported").
const AS_ASIDE_WORDS: usize = 8;
/// After an aside's verb, its adjuncts end at a comma, a dash or the sentence's end within
/// this many words ("as Bo Chen said last week in Lakeside,").
const AS_CLOSE_WORDS: usize = 8;
/// A reporting clause between commas has a subject of at most this many words ("…,
/// officials in both cities insist, because …").
const COMMA_ASIDE_SUBJECT_WORDS: usize = 5;
/// A headline's subject before its verb has at most this many words ("Former Lakeside
/// Clinic Doctor Says").
const HEADLINE_SUBJECT_WORDS: usize = 5;
/// A verb of saying before an agreement, in its clause, reports it: the agreement is that
/// verb's content ("Bo Chen said he agreed with"), which PolNeAR leaves to the outer verb.
const NESTING_WORDS: usize = 6;
/// Before the "that" of an agreement's clause, a verb of saying this many words back
/// reports it ("told a morning show on Monday that he agrees").
const NESTED_THAT_WORDS: usize = 12;
/// Adverbs that may stand between an aside's subject or "as" and its verb ("as Bo Chen
/// later said", "as first reported by"), besides those in -ly.
const ASIDE_ADVERBS: &[&str] = &[
    "very",
    "first",
    "later",
    "also",
    "once",
    "then",
    "previously",
    "recently",
    "just",
    "earlier",
];
/// Pronouns that name no one in particular: no headline's speaker ("Everyone Says The Vote
/// Was Close").
const NO_ONE_IN_PARTICULAR: &[&str] = &[
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nobody",
    "someone",
    "somebody",
];
/// After "a" or a number, words of time or quantity that open no object ("reported a day
/// later", "noted a few times"; the names of days and months are `TIME_WORDS`).
const OBJECT_TIME_WORDS: &[&str] = &[
    "few", "day", "days", "week", "weeks", "month", "months", "year", "years", "lot", "bit",
    "time", "times", "second",
];
/// Adverbs between a headline's subject and its verb ("Ana Ruiz Just Revealed").
const HEADLINE_ADVERBS: &[&str] = &["just", "also", "now", "again", "still", "finally"];

impl Ctx<'_> {
    /// A cue that no rule of its own licenses, set beside what it reports: an "as" aside or a
    /// headline's verb after its subject.
    pub(super) fn aside(&self, cue: &Cue) -> bool {
        self.as_aside(cue).is_some()
            || self.headline_subject(cue).is_some()
            || self.comma_aside(cue).is_some()
            || cue.rule == Rule::Object && self.indefinite_object(cue.last)
    }

    /// After word `k`, an object that "a", "an", "no" or a number opens ("predicted a narrow
    /// win", "reported no arrests", "reported $2 million"), not a time ("a day later", "a few
    /// weeks ago").
    fn indefinite_object(&self, k: usize) -> bool {
        let Some(next) = self.keys.get(k + 1) else {
            return false;
        };
        let gap = self.gap(k, k + 1);
        let opens = matches!(next, "a" | "an" | "no")
            || next.starts_with(|c: char| c.is_ascii_digit())
            || gap.trim_start().starts_with('$');
        let time = self
            .keys
            .get(k + 2)
            .is_some_and(|t| TIME_WORDS.contains(t) || OBJECT_TIME_WORDS.contains(&t));
        gap.trim_start_matches('$').trim().is_empty() && opens && !time
    }

    /// The subject of an aside or a headline when the subject finder gave none ("As the
    /// paper noted", "Newspaper Says Council Must Act").
    pub(super) fn aside_subject(&self, cue: &Cue) -> Option<Speaker> {
        let (a, b) = self
            .as_aside(cue)
            .and_then(|a| self.aside_subject_words(a, cue.first))
            .or_else(|| self.headline_subject(cue))
            .or_else(|| self.comma_aside(cue))?;
        Some(self.phrase_speaker(self.words[a].start, self.words[b].end()))
    }

    /// The "as" that opens an aside whose verb is the cue: "as" opens a clause (its
    /// sentence, or after a comma, a dash, or "but" and "and" that do), then a subject, or
    /// none when "by" and the agent follow the verb ("As reported by …"); and after the verb
    /// at most adjuncts before a comma or the sentence's end ("as Ana Ruiz noted in March,";
    /// not "as he said goodbye", "as expected", "just as she said she would").
    fn as_aside(&self, cue: &Cue) -> Option<usize> {
        // (Verbs that say something; not "as the crowd applauded", "as he spoke in the
        // lobby", "as the day went on".)
        if !matches!(
            cue.rule,
            Rule::Always | Rule::Content | Rule::Object | Rule::Quoted | Rule::Judgement
        ) || cue.participle
            || SPEAKING_VERBS.contains(self.key(cue.first))
        {
            return None;
        }
        let s = self.sentence_of[cue.first];
        let mut m = cue.first;
        while m > 0
            && cue.first - m <= AS_ASIDE_WORDS
            && self.sentence_of[m - 1] == s
            && self.gap(m - 1, m).trim().is_empty()
        {
            let key = self.key(m - 1);
            if key == "as" {
                let a = m - 1;
                let agent = self.keys.get(cue.last + 1) == Some("by");
                let subject = self.aside_subject_words(a, cue.first).is_some();
                let ok = self.aside_opens(a)
                    && (subject || agent)
                    && (agent || self.aside_closes(cue.last));
                return ok.then_some(a);
            }
            if CLAUSE_WORDS.contains(&key)
                || BE.contains(&key)
                || CUE_WORDS.contains_key(key)
                || key == "to"
            {
                return None;
            }
            m -= 1;
        }
        None
    }

    /// A reporting clause set between commas into what it reports, its subject a noun phrase
    /// of a few words: "…, the airline added, and had passed", "…, officials in both cities
    /// insist, because", "…, Ana Ruiz suggested in a tweet, women …". Its subject's first and
    /// last words. (Not "…, in my view, …", a relative clause, or a verb with an object.)
    fn comma_aside(&self, cue: &Cue) -> Option<(usize, usize)> {
        if !matches!(
            cue.rule,
            Rule::Always | Rule::Content | Rule::Object | Rule::Evidence
        ) || cue.participle
            || SPEAKING_VERBS.contains(self.key(cue.first))
            // (A capital inside the sentence is a name's: "…, published in Lakeside Case
            // Reports, the man".)
            || self.words[cue.first].is_capitalized()
        {
            return None;
        }
        let s = self.sentence_of[cue.first];
        let mut a = cue.first;
        while a > 0
            && cue.first - a < COMMA_ASIDE_SUBJECT_WORDS
            && self.sentence_of[a - 1] == s
            && self.gap(a - 1, a).trim().is_empty()
        {
            let key = self.key(a - 1);
            if CLAUSE_WORDS.contains(&key)
                || BE.contains(&key)
                || FINITE.contains(&key)
                || CUE_WORDS.contains_key(key)
                || key == "to"
            {
                return None;
            }
            a -= 1;
        }
        // (Not a verb's object before a noun, "sounded a rare note", nor a participle's,
        // "one listing the facts reported by".)
        let object = (a + 1..cue.first).any(|m| {
            let key = self.key(m);
            matches!(key, "a" | "an" | "no" | "all") || key.len() > 4 && key.ends_with("ing")
        });
        // (Nor an adverb alone: "His assumption, confidently stated on TV, was".)
        let adverb = (a..cue.first).all(|m| self.key(m).ends_with("ly"));
        let after_comma = a > 1
            && a < cue.first
            && !object
            && !adverb
            && self.sentence_of[a - 1] == s
            && self.gap(a - 1, a).trim() == ","
            && !PREPOSITIONS.contains(&self.key(a));
        let k = cue.last;
        let comma = |m: usize| {
            m + 1 < self.words.len()
                && self.sentence_of[m + 1] == s
                && self.gap(m, m + 1).trim() == ","
        };
        // (A passive's agent is no subject: "the facts reported by the government".)
        let closes = comma(k)
            || self
                .keys
                .get(k + 1)
                .is_some_and(|n| PREPOSITIONS.contains(&n) && n != "by")
                && self.gap(k, k + 1) == " "
                && (k + 1..(k + 1 + AS_CLOSE_WORDS).min(self.words.len()))
                    .take_while(|&m| {
                        self.sentence_of[m] == s && !CLAUSE_WORDS.contains(&self.key(m))
                    })
                    .any(comma);
        (after_comma && closes).then(|| (a, cue.first - 1))
    }

    /// The subject between an aside's "as" (word `a`) and its verb (word `v`), without the
    /// auxiliaries and adverbs before the verb: its first and last words.
    fn aside_subject_words(&self, a: usize, v: usize) -> Option<(usize, usize)> {
        let mut b = v;
        while b > a + 1 && {
            let key = self.key(b - 1);
            matches!(key, "has" | "have" | "had")
                || ASIDE_ADVERBS.contains(&key)
                || key.len() > 4 && key.ends_with("ly") && !self.words[b - 1].is_capitalized()
        } {
            b -= 1;
        }
        // (Not a comparison's "as many as", "as well as".)
        let first = self.key(a + 1);
        // (Nor "as in the United States", "as of the last report".)
        let subject = b > a + 1
            && !matches!(
                first,
                "much" | "many" | "well" | "soon" | "long" | "far" | "often"
            )
            && !PREPOSITIONS.contains(&first)
            && (a + 1..b).all(|m| !FINITE.contains(&self.key(m)));
        subject.then_some((a + 1, b - 1))
    }

    /// Word `a`, an "as", opens a clause: its sentence's first word, after a comma, a dash or
    /// an opening parenthesis, or after "but", "and", "yet" or "so" that does.
    fn aside_opens(&self, a: usize) -> bool {
        let s = self.sentence_of[a];
        let opens = |m: usize| {
            self.opens_sentence(m)
                || self.sentence_of[m - 1] != s
                || self.gap(m - 1, m).contains([',', '—', '–', '(', ';', ':'])
        };
        opens(a)
            || a > 0
                && self.sentence_of[a - 1] == s
                && self.gap(a - 1, a).trim().is_empty()
                && matches!(self.key(a - 1), "but" | "and" | "yet" | "so")
                && opens(a - 1)
    }

    /// After word `k`, an aside's verb: its end (a comma, a dash, a parenthesis, a colon or
    /// the sentence's end) right away, or after adjuncts that a preposition, a time word or
    /// an adverb opens ("noted in an op-ed Thursday,", "said last week,"), not an object.
    fn aside_closes(&self, k: usize) -> bool {
        let s = self.sentence_of[k];
        let end = |m: usize| {
            m + 1 >= self.words.len()
                || self.sentence_of[m + 1] != s
                || self
                    .gap(m, m + 1)
                    .contains([',', '—', '–', ')', ':', ';', '.'])
        };
        if end(k) {
            return true;
        }
        let next = self.key(k + 1);
        let adjunct = PREPOSITIONS.contains(&next)
            || TIME_LEADS.contains(&next)
            || TIME_WORDS.contains(next)
            || ASIDE_ADVERBS.contains(&next)
            || next.len() > 4 && next.ends_with("ly");
        adjunct && (k + 1..(k + 1 + AS_CLOSE_WORDS).min(self.words.len())).any(end)
    }

    /// A headline's verb after its subject: the cue, capitalised, in a -s or past form (or
    /// "Say" after a plural), after an adverb perhaps ("Just"), after a run of capitalised
    /// words that holds no verb, preposition, clause word or pronoun; the run opens the
    /// headline or follows a colon or a dash ("Bo Chen Promises Action On Housing"), or
    /// follows a comma when the verb ends the headline ("…, Former Lakeside Doctor Says.").
    /// The run's first and last words.
    fn headline_subject(&self, cue: &Cue) -> Option<(usize, usize)> {
        let k = cue.first;
        if k == 0 || !self.in_headline(k) || !self.words[k].is_capitalized() || cue.participle {
            return None;
        }
        if !matches!(
            cue.rule,
            Rule::Always
                | Rule::Content
                | Rule::Object
                | Rule::Judgement
                | Rule::As
                | Rule::Evidence
        ) {
            return None;
        }
        let key = self.key(k);
        let verb_form = key.ends_with('s') && !key.ends_with("ss")
            || key.ends_with("ed")
            || matches!(key, "said" | "told" | "wrote" | "say" | "found");
        // (Not a noun before the verb: "Media Reports Reveal Reason".)
        let noun = self
            .keys
            .get(cue.last + 1)
            .is_some_and(|n| CUE_WORDS.contains_key(n) && self.gap(cue.last, cue.last + 1) == " ");
        if !verb_form || noun {
            return None;
        }
        let s = self.sentence_of[k];
        let joined = |m: usize| m > 0 && self.sentence_of[m - 1] == s && self.gap(m - 1, m) == " ";
        let mut b = k - 1;
        if HEADLINE_ADVERBS.contains(&self.key(b)) && joined(b + 1) && joined(b) {
            b -= 1;
        }
        if !joined(b + 1) {
            return None;
        }
        let word_of_subject = |m: usize| {
            let key = self.key(m);
            (self.words[m].is_capitalized() || key.starts_with(|c: char| c.is_ascii_digit()))
                && !CUE_WORDS.contains_key(key)
                && !PREPOSITIONS.contains(&key)
                && !CLAUSE_WORDS.contains(&key)
                && !FINITE.contains(&key)
                && !BE.contains(&key)
                && !is_speaker_pronoun(key)
                && !matches!(key, "it" | "himself" | "herself" | "themselves" | "who")
                && !NO_ONE_IN_PARTICULAR.contains(&key)
        };
        if !word_of_subject(b) {
            return None;
        }
        let mut a = b;
        while b - a + 1 < HEADLINE_SUBJECT_WORDS && joined(a) && word_of_subject(a - 1) {
            a -= 1;
        }
        let gap = if a > 0 && self.sentence_of[a - 1] == s {
            self.gap(a - 1, a)
        } else {
            ""
        };
        let ends = |m: usize| {
            m + 1 >= self.words.len()
                || self.paragraph_of(m + 1) != self.paragraph_of(m)
                || self.gap(m, m + 1).contains(['.', '!', '?'])
        };
        let opens = self.opens_sentence(a) || gap.contains([':', '—', '–']) || gap == " - ";
        let trailing = gap.trim() == "," && ends(cue.last);
        (opens || trailing).then_some((a, b))
    }

    /// Agreeing said aloud (`Rule::Agreement`): with a clause ("agreed they had no recourse",
    /// "agreed Saturday that"), with "with" and whom or what ("agreed with Ana Ruiz about"),
    /// or with a quote after a comma or colon, or opening the next sentence ("Bo Chen
    /// agreed. “…”"); not a commitment ("agreed to pay", "agreed on a date"), nor an agreement
    /// that a verb of saying before it reports ("Bo Chen said he agreed with Ana Ruiz").
    pub(super) fn agreement_said(&self, cue: &Cue) -> bool {
        let k = cue.last;
        if self.reported_clause(cue.first) {
            return false;
        }
        let next = self.keys.get(k + 1);
        let joined = next.is_some() && self.gap(k, k + 1).trim().is_empty();
        if joined && matches!(next, Some("to" | "on" | "upon" | "by")) {
            return false;
        }
        let pronoun_subject = joined
            && matches!(
                next,
                Some("he" | "she" | "they" | "it" | "we" | "i" | "there")
            );
        let with = joined && next == Some("with");
        // The verb ends its sentence and a quote opens the next.
        let quote_next_sentence = k + 1 < self.words.len()
            && self.sentence_of[k + 1] != self.sentence_of[k]
            && self.quote_opens_in(self.words[k].end(), self.words[k + 1].start);
        with || pronoun_subject
            || self.subject_clause_follows(k)
            || self.that_follows(k)
            || self.followed_by(k, 1, |_| false)
            || quote_next_sentence
    }

    /// A verb of saying stands before word `k` in its clause, within a few words and no
    /// punctuation ("said he agreed", "wrote that she agreed"), or before the "that" that
    /// opens it ("told a radio show that he agrees"): `k`'s clause is its content. So is a
    /// condition's ("if they agreed with").
    fn reported_clause(&self, k: usize) -> bool {
        let s = self.sentence_of[k];
        let saying =
            |m: usize| CUE_WORDS.contains_key(self.key(m)) && !self.words[m].is_capitalized();
        let before = |m: usize, n: usize| {
            (1..=n)
                .map_while(move |back| m.checked_sub(back))
                .take_while(move |&j| self.sentence_of[j] == s)
        };
        before(k, NESTING_WORDS)
            .take_while(|&m| self.gap(m, m + 1).trim().is_empty())
            .any(|m| {
                saying(m)
                    || matches!(self.key(m), "if" | "whether" | "unless")
                    || self.key(m) == "that" && before(m, NESTED_THAT_WORDS).any(saying)
            })
    }

    /// "that" within a few words after word `k`, with no punctuation between ("agreed
    /// Saturday that"; a colon or a quote further on is no content of the verb's).
    fn that_follows(&self, k: usize) -> bool {
        let s = self.sentence_of[k];
        (k + 1..(k + 1 + CONTENT_MARKER_WORDS).min(self.words.len()))
            .take_while(|&m| self.sentence_of[m] == s && self.gap(m - 1, m).trim().is_empty())
            .any(|m| self.key(m) == "that")
    }
}
