//! When a cue outside a quote is reported speech: its rule (`data/cues.txt`) must be met
//! ("added that", not "added a goal"; "described … as"; "called it"), it must not be a noun
//! ("his claims"), and an inverted reporting clause ("…, the authors wrote.") always is.

use super::context::Ctx;
use super::{
    CLAUSE_WORDS, CONTENT_MARKER_AFTER_PP_WORDS, CONTENT_MARKER_WORDS, QUANTIFIERS,
    QUOTED_CLAUSE_WORDS,
};
use crate::cues::{Cue, Rule};
use crate::lexicon::classes::{
    is_possessive_key, is_speaker_pronoun, BE, CONTENT_MARKERS, DESCRIPTION_PREPOSITIONS, FINITE,
    PREPOSITIONS, SPEAKER_DETERMINERS,
};
use crate::lexicon::{CUE_WORDS, OBJECT_SENSE_VERBS, PHYSICAL_OBJECTS, SPEAKING_VERBS, TIME_WORDS};

/// A name that "the" opens before a capitalised cue word ("the United States") has at most
/// this many words before the cue word.
const NAME_WORDS_BEFORE_CUE: usize = 3;
/// Adverbs that may stand between a participle and its content ("saying only that"),
/// besides those in -ly.
const CONTENT_ADVERBS: &[&str] = &[
    "only", "again", "also", "instead", "just", "further", "later",
];
/// The head of a judging verb's object stands within this many words after it ("defended
/// their Cup title").
const JUDGED_OBJECT_WORDS: usize = 3;
/// Between a subordinator and a verb of speaking, its subject takes at most this many words
/// ("after the former mayor spoke", "as he was speaking").
const SUBORDINATE_SUBJECT_WORDS: usize = 4;
/// A reported clause's subject after the cue without "that" (a name, or "a" and its noun
/// phrase) has at most this many words ("suggested Ana Ruiz was").
const CLAUSE_SUBJECT_WORDS: usize = 3;
/// A verb of casting or presenting someone takes its "as" within this many words ("cast the
/// former mayor of Leeds as a “…”").
const AS_LABEL_WORDS: usize = 10;
/// A name labelled after "called" ("called Ana Ruiz a liar") has at most this many words.
const LABELLED_NAME_WORDS: usize = 4;
/// After "called Bo Chen a", words that count rather than label ("a few times", "a second
/// time"; times of day and dates are `TIME_WORDS`).
pub(super) const QUANTITY_NOUNS: &[&str] = &[
    "few", "couple", "number", "second", "third", "lot", "bit", "little", "dozen", "total", "time",
    "moment", "minute", "hour", "day", "decade",
];

impl Ctx<'_> {
    /// Whether a cue's rule is met (see `data/cues.txt`) when it is not attached to a quote.
    pub(super) fn counts(&self, cue: &Cue) -> bool {
        if self.noun_use(cue) {
            return false;
        }
        if self.says_nothing(cue) {
            return false;
        }
        // "what they call “the loophole”", "as we call it": a name in use among people at
        // large, no one's statement.
        if self.key(cue.last) == "call"
            && cue.first > 0
            && matches!(
                self.key(cue.first - 1),
                "they" | "we" | "you" | "some" | "many" | "people"
            )
        {
            return false;
        }
        // "will continue to raise money", "continued their search": the verb of aspect
        // under a modal, or with an object of its own, goes on doing, not saying.
        if cue.rule == Rule::Aspect && (self.irrealis(cue) || self.object_follows(cue.last)) {
            return false;
        }
        // "once the Senate goes on recess", "went on vacation": a bare noun right after
        // the verb of aspect is where it goes, not what is said (not "went on: “…”", "goes
        // on to say", "went on about how …").
        if cue.rule == Rule::Aspect
            && self.keys.get(cue.last + 1).is_some_and(|n| {
                self.gap(cue.last, cue.last + 1) == " "
                    && !self.words[cue.last + 1].is_capitalized()
                    && !PREPOSITIONS.contains(&n)
                    && !CONTENT_MARKERS.contains(&n)
                    && !CLAUSE_WORDS.contains(&n)
                    && !is_speaker_pronoun(n)
            })
        {
            return false;
        }
        // "…, the authors wrote." — the content is the clause before.
        if (self.clause_final(cue) || self.parenthetical(cue)) && !self.judges_nothing(cue) {
            return true;
        }
        // "Insurance claims linked to…": a plural noun before a participle, not a verb.
        let form = &self.keys[cue.last];
        let next_participle = self
            .keys
            .get(cue.last + 1)
            .is_some_and(|n| n.len() > 4 && n.ends_with("ed"));
        if cue.first == cue.last && form.ends_with('s') && form != "says" && next_participle {
            return false;
        }
        match cue.rule {
            Rule::Always | Rule::AccordingTo | Rule::Passive => true,
            // (Or the "as" of the judgement: "described the deal as", "slammed it as".)
            Rule::Judgement => self.judged(cue),
            Rule::NounVerb if !self.verb_position(cue.first) => false,
            Rule::Content | Rule::Aspect | Rule::NounVerb | Rule::Object => {
                let pp = self
                    .keys
                    .get(cue.last + 1)
                    .is_some_and(|k| DESCRIPTION_PREPOSITIONS.contains(&k));
                let reach = if pp {
                    CONTENT_MARKER_AFTER_PP_WORDS
                } else {
                    CONTENT_MARKER_WORDS
                };
                let aspect = cue.rule == Rule::Aspect;
                self.followed_by_at(cue.last, reach, |m| {
                    (CONTENT_MARKERS.contains(&self.key(m)) || !aspect && self.for_a_deed(m))
                        && !self.to_before_a_noun_phrase(m)
                        && !(aspect
                            && self.key(m) == "to"
                            && self
                                .keys
                                .get(m + 1)
                                .is_none_or(|n| !CUE_WORDS.contains_key(n)))
                }) || self.clause_follows(cue.last)
                    || self.subject_clause_follows(cue.last)
                    || self.quote_after_adjuncts(cue.last)
                    || !aspect && self.gerund_follows(cue.last)
            }
            // "the survey shows Lee ahead", "found that": whatever follows, but for a particle
            // or a preposition ("showed up", "found in the files") or the clause's end. The
            // subject must be a document: checked with the speaker (`cue_speakers`).
            Rule::Evidence => {
                let next = cue.last + 1;
                next < self.words.len()
                    && self.same_scope(next, cue.last)
                    && !self.gap(cue.last, next).contains(['.', ',', ';', '\n'])
                    && !PREPOSITIONS.contains(&self.key(next))
            }
            Rule::As => {
                self.followed_by(cue.last, 10, |key| key == "as") || self.quote_in_clause(cue.last)
            }
            // (Not a quote that another's finite verb of naming takes on the way: "attacked
            // what Ana Ruiz called “a fair levy”"; but "mocked Bo Chen for calling himself
            // “the king”" is the mocking, and "blasted on a conference call as “…”" has a
            // noun.)
            Rule::AsQuoted => self.as_then_quote(cue.last) || self.cast_as(cue.last),
            Rule::Agreement => self.agreement_said(cue),
            // (Without a quote: `judging.rs`.)
            Rule::Grounded if self.grounded(cue) || self.spoken_object(cue.last) => true,
            Rule::Quoted if self.spoken_object(cue.last) => true,
            Rule::Quoted | Rule::Grounded => self
                .quote_opening_after(cue.last, |m| {
                    let next = &self.keys[m + 1];
                    self.gap(m, m + 1).contains([';', '.', '?', '!'])
                        || CUE_WORDS.get(next) == Some(&Rule::Naming)
                            && (next.ends_with("ed") || next.ends_with('s'))
                })
                .is_some(),
            Rule::QuoteNext => {
                let next = (cue.last + 1).min(self.words.len());
                let to = self
                    .words
                    .get(next)
                    .map_or(self.text.len(), |w| w.start + 1);
                let gap = &self.text[self.words[cue.last].end()..to];
                gap.contains([',', ':']) && self.quote_opens_in(self.words[cue.last].end(), to)
            }
            // "a book called “…”": a title, not a speaker's words.
            Rule::Naming if form == "called" && self.after_indefinite_noun(cue.first) => false,
            Rule::Naming => {
                let next = self.keys.get(cue.last + 1);
                let what = cue.first >= 2 && self.key(cue.first - 2) == "what";
                // The plain form names only in a relative clause ("a procedure that critics
                // call « … »"); "Fans call it the 'big one'" is a label, not a quote.
                if form == "call" {
                    return cue.first >= 2
                        && matches!(&self.keys[cue.first - 2], "what" | "that" | "which")
                        && self.quote_in_clause(cue.last);
                }
                // "called him a liar", not "called her to say" or "called her at noon" (a
                // telephone call): the pronoun needs its complement.
                let complement = self.keys.get(cue.last + 2).is_some_and(|c| {
                    self.gap(cue.last + 1, cue.last + 2).trim().is_empty()
                        && c != "to"
                        && c != "and"
                        && !PREPOSITIONS.contains(&c)
                });
                what || matches!(
                    next,
                    Some(
                        "it" | "him"
                            | "her"
                            | "them"
                            | "this"
                            | "that"
                            | "himself"
                            | "herself"
                            | "themselves"
                            | "itself"
                    )
                ) && complement
                    || self.named_then_labelled(cue.last)
                    || self.names_object(cue.last)
                    || self.quote_in_clause(cue.last)
            }
        }
    }

    /// After "called": a name, then "a" or "an" and what it labels the named one ("called
    /// Bo Chen a liar"; not "called Bo Chen a day later", "called Ana Ruiz a few times").
    fn named_then_labelled(&self, k: usize) -> bool {
        let s = self.sentence_of[k];
        let joined = |m: usize| {
            m < self.words.len() && self.sentence_of[m] == s && self.gap(m - 1, m).trim().is_empty()
        };
        let mut m = k + 1;
        while m - k <= LABELLED_NAME_WORDS && joined(m) && self.words[m].is_capitalized() {
            m += 1;
        }
        m > k + 1
            && joined(m)
            && matches!(self.key(m), "a" | "an")
            && joined(m + 1)
            && !TIME_WORDS.contains(self.key(m + 1))
            && !QUANTITY_NOUNS.contains(&self.key(m + 1))
    }

    /// Word `m` is "for" before what someone did ("criticized the mayor for cutting",
    /// "apologized for not calling"): the grounds of a judgement said aloud, not a purpose
    /// or a beneficiary ("wrote for the paper", "asked for help").
    fn for_a_deed(&self, m: usize) -> bool {
        self.key(m) == "for"
            && self.keys.get(m + 1).is_some_and(|n| {
                let n = if n == "not" {
                    self.keys.get(m + 2).unwrap_or("")
                } else {
                    n
                };
                n.len() > 5 && n.ends_with("ing")
            })
    }

    /// A verb of judging aloud takes what it judges as its object (a noun phrase, a name, a
    /// pronoun: "defended his record", "slammed the plan", "defended Ruiz"), not a thing
    /// of its physical sense (`data/physical_objects.txt`: "defended the title", "slammed
    /// the door") nor an adverb or a preposition ("defended well", "slammed into a car").
    pub(super) fn judged_object_follows(&self, k: usize) -> bool {
        let Some(first) = self.keys.get(k + 1) else {
            return false;
        };
        // A passive has no object: "the claims were dismissed last year" (not "was
        // slamming the council").
        let passive = !self.key(k).ends_with("ing")
            && (1..=2).map_while(|back| k.checked_sub(back)).any(|p| {
                BE.contains(&self.key(p)) && (p + 1 == k || self.key(p + 1).ends_with("ly"))
            });
        if passive {
            return false;
        }
        if self.gap(k, k + 1) != " "
            || PREPOSITIONS.contains(&first)
            || first.len() > 3 && first.ends_with("ly") && !self.words[k + 1].is_capitalized()
            || matches!(
                first,
                "well" | "back" | "deep" | "hard" | "shut" | "down" | "up"
            )
        {
            return false;
        }
        // The object's head within a few words, before any punctuation.
        !(k + 1..(k + 1 + JUDGED_OBJECT_WORDS).min(self.words.len()))
            .take_while(|&m| m == k + 1 || self.gap(m - 1, m) == " ")
            .any(|m| PHYSICAL_OBJECTS.contains(self.bare(m)))
    }

    /// A gerund is the reported content right after word `k`: "reported spending $6
    /// million", "admitted taking the money", "denied having met her" (not "disclosed during
    /// the suit", a preposition, nor a capitalised name).
    fn gerund_follows(&self, k: usize) -> bool {
        self.keys.get(k + 1).is_some_and(|n| {
            n.len() > 5
                && n.ends_with("ing")
                && self.gap(k, k + 1) == " "
                && !self.words[k + 1].is_capitalized()
                && !PREPOSITIONS.contains(&n)
                && !matches!(n, "including" | "following" | "regarding")
                && (matches!(n, "having" | "being") || self.object_opens(k + 2))
        })
    }

    /// An object opens at word `m` after a gerund: a determiner, a possessive, a pronoun,
    /// a particle or a sum ("taking the money", "spending $6,000", "calling him"), not a
    /// bare noun that an adjective in -ing modifies ("maintains existing tariffs").
    fn object_opens(&self, m: usize) -> bool {
        self.keys.get(m).is_some_and(|o| {
            self.gap(m - 1, m).trim_start().starts_with('$')
                || o.starts_with(|c: char| c.is_ascii_digit())
                || SPEAKER_DETERMINERS.contains(&o)
                || is_possessive_key(o)
                || matches!(
                    o,
                    "him" | "her" | "them" | "it" | "me" | "us" | "you" | "up" | "out" | "about"
                )
        })
    }

    /// The cue is an infinitive ("declined to say whether", "sought to portray her as",
    /// "will have to tell"): speech planned, refused or owed, not reported.
    pub(super) fn infinitive(&self, cue: &Cue) -> bool {
        cue.first > 0
            && self.key(cue.first - 1) == "to"
            && self.gap(cue.first - 1, cue.first).trim().is_empty()
    }

    /// The cue word is a noun here, not a verb: "his claims", "the report", "Trump’s
    /// comments", "The ministry’s claim that".
    pub(super) fn noun_use(&self, cue: &Cue) -> bool {
        if cue.first == 0 {
            return false;
        }
        let gap = self.gap(cue.first - 1, cue.first).trim();
        let prev = &self.keys[cue.first - 1];
        // "the inspectors' emails": a plural possessive before it.
        let plural_possessive = matches!(gap, "'" | "’") && prev.ends_with('s');
        // ("He’s said", "she’s predicting": a pronoun's "’s" is "is" or "has", never a
        // possessive.)
        let contracted = matches!(
            prev,
            "he's" | "she's" | "it's" | "that's" | "who's" | "there's" | "what's"
        );
        gap.is_empty()
            && (SPEAKER_DETERMINERS.contains(&prev) || prev.ends_with("'s") && !contracted)
            || plural_possessive
            || self.in_a_name(cue)
            || self.after_quantifier(cue)
            || self.before_a_verb_of_saying(cue)
    }

    /// A comparison, not a judgement said: a form of "compare" right before "with" or "to"
    /// ("rose 25 percent compared with other states", "small compared to last year"; not
    /// "compared the mayor to a “spoiled child”").
    pub(super) fn comparison(&self, cue: &Cue) -> bool {
        self.key(cue.last).starts_with("compar")
            && self
                .keys
                .get(cue.last + 1)
                .is_some_and(|n| n == "with" || n == "to")
    }

    /// An act of speaking with no content of its own (`data/speaking_verbs.txt`): a
    /// conversation ("spoke with the minister", "argued with her") or the time of a clause
    /// ("after Lee spoke", "as he was speaking in the lobby"), not what was said.
    pub(super) fn speaking_event(&self, cue: &Cue) -> bool {
        if cue.first != cue.last || !SPEAKING_VERBS.contains(self.key(cue.first)) {
            return false;
        }
        let k = cue.first;
        if self.keys.get(k + 1).is_some_and(|n| n == "with") && self.gap(k, k + 1) == " " {
            return true;
        }
        // A subordinator a few words before, its subject (and an auxiliary) between, and no
        // content after ("after Lee argued that" reports).
        let content = self.followed_by(k, CONTENT_MARKER_WORDS, |m| CONTENT_MARKERS.contains(&m))
            || self.quote_in_clause(k);
        let s = self.sentence_of[k];
        (1..=SUBORDINATE_SUBJECT_WORDS + 1)
            .map_while(|back| k.checked_sub(back))
            .take_while(|&m| {
                self.sentence_of[m] == s && !self.gap(m, m + 1).contains([',', ';', ':'])
            })
            .any(|m| {
                !content
                    && m + 1 < k
                    && matches!(
                        self.key(m),
                        "as" | "after" | "before" | "while" | "when" | "where" | "until"
                    )
            })
    }

    /// A verb whose plain object is another sense (`data/object_sense_verbs.txt`) with a
    /// noun phrase as its object and no clause after it: "maintained his lead", "claiming
    /// his third victory", "boasts a 45-point lead" (not "maintained the files were lost").
    pub(super) fn object_sense(&self, cue: &Cue) -> bool {
        let k = cue.last;
        if cue.first != k || !OBJECT_SENSE_VERBS.contains(self.key(k)) {
            return false;
        }
        let opens_phrase = self.keys.get(k + 1).is_some_and(|n| {
            self.gap(k, k + 1) == " "
                && (SPEAKER_DETERMINERS.contains(&n)
                    || is_possessive_key(n)
                    || n.starts_with(|c: char| c.is_ascii_digit()))
        });
        // "“…,” added a Leeds voter": an inverted clause, its subject after the verb.
        let inverted = k > 0
            && !self.key(k).ends_with("ing")
            && self.gap(k - 1, k).contains([',', '”', '"', '’', '\'']);
        if !opens_phrase || inverted {
            return false;
        }
        // A clause, a colon or a quote after the object is content.
        let s = self.sentence_of[k];
        let end = (k + 2 + CONTENT_MARKER_AFTER_PP_WORDS).min(self.words.len());
        for m in k + 2..end {
            let gap = self.gap(m - 1, m);
            if self.sentence_of[m] != s {
                return true;
            }
            if gap.contains(':')
                || self.quote_opens_in(self.words[m - 1].end(), self.words[m].start + 1)
            {
                return false;
            }
            if gap.contains([',', '.', ';', '(', '—']) {
                return true;
            }
            let key = self.key(m);
            if FINITE.contains(&key) || self.is_verbish(m) || key.len() > 3 && key.ends_with("ed") {
                return false;
            }
        }
        true
    }

    /// A capitalised cue word ends a name that "the" or a preposition opens in mid-sentence:
    /// "the United States", "the Daily Report", "in Lakeside Case Reports", not a verb.
    fn in_a_name(&self, cue: &Cue) -> bool {
        if cue.first != cue.last || !self.words[cue.first].is_capitalized() {
            return false;
        }
        let s = self.sentence_of[cue.first];
        let mut m = cue.first;
        while m > 0
            && cue.first - m < NAME_WORDS_BEFORE_CUE
            && self.sentence_of[m - 1] == s
            && self.gap(m - 1, m) == " "
            && self.words[m - 1].is_capitalized()
            && self.key(m - 1) != "the"
        {
            m -= 1;
        }
        m < cue.first
            && m > 0
            && self.sentence_of[m - 1] == s
            && self.gap(m - 1, m) == " "
            && (self.key(m - 1) == "the" || PREPOSITIONS.contains(&self.key(m - 1)))
    }

    /// A plural after a quantifier: "many promises", "other states" (not "one says"); or
    /// after "of" and one capitalised modifier, "32% of Republican claims" (a verb's
    /// subject is never an "of" phrase's object; but "The Republic of Turkey denies" is a
    /// name with its "of").
    fn after_quantifier(&self, cue: &Cue) -> bool {
        let form = self.key(cue.first);
        let plural = cue.first == cue.last
            && cue.first > 0
            && form.ends_with('s')
            && form != "says"
            && self.gap(cue.first - 1, cue.first) == " ";
        let modified_after_of = || {
            let m = cue.first - 1;
            m > 0
                && self.words[m].is_capitalized()
                && self.gap(m - 1, m) == " "
                && self.key(m - 1) == "of"
                && (m < 2 || !self.words[m - 2].is_capitalized())
        };
        plural
            && (QUANTIFIERS.contains(&self.key(cue.first - 1))
                && !matches!(self.key(cue.first - 1), "one" | "another")
                || modified_after_of())
    }

    /// The cue word heads the subject of a reporting verb right after it: "the report
    /// said", "a police report indicates", "news reports show" (not "said answering", a
    /// participle, nor "says praise", a noun after the verb).
    fn before_a_verb_of_saying(&self, cue: &Cue) -> bool {
        let next = cue.last + 1;
        if cue.first != cue.last
            || next >= self.words.len()
            || self.gap(cue.last, next) != " "
            || self.verb_position(cue.first)
        {
            return false;
        }
        let (form, verb) = (self.key(cue.last), self.key(next));
        if form.ends_with('d') || form.ends_with("ing") || verb.ends_with("ing") {
            return false;
        }
        // A finite verb that agrees with the noun: past ("said", "found"), third person
        // after a singular ("report indicates"), the plain form after a plural ("reports
        // show").
        let past = verb.ends_with('d') || matches!(verb, "found" | "wrote");
        let plural = form.ends_with('s') && form != "says";
        let agrees = past || (verb.ends_with('s') != plural);
        agrees && CUE_WORDS.contains_key(verb)
    }

    /// A noun phrase opens right after word `k`: a determiner or a possessive ("continued
    /// their search", "continue Obama's policies").
    fn object_follows(&self, k: usize) -> bool {
        self.keys.get(k + 1).is_some_and(|n| {
            self.gap(k, k + 1).trim().is_empty()
                && (SPEAKER_DETERMINERS.contains(&n) || is_possessive_key(n))
        })
    }

    /// A finite clause starts right after word `k`: a definite subject or a pronoun
    /// ("claims the stadium will", "said he would"), not "added a goal".
    pub(super) fn clause_follows(&self, k: usize) -> bool {
        let Some(key) = self.keys.get(k + 1) else {
            return false;
        };
        self.gap(k, k + 1).trim().is_empty()
            && matches!(
                key,
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

    /// A name or an indefinite noun phrase, then a finite verb: the subject of a reported
    /// clause without "that" ("suggested Bo Chen was", "implied a federal judge was"; not
    /// "added a goal", "asked Bo Chen to").
    pub(super) fn subject_clause_follows(&self, k: usize) -> bool {
        let s = self.sentence_of[k];
        let joined = |m: usize| {
            m < self.words.len() && self.sentence_of[m] == s && self.gap(m - 1, m).trim().is_empty()
        };
        let indefinite = joined(k + 1) && matches!(self.key(k + 1), "a" | "an");
        let mut m = k + 1 + usize::from(indefinite);
        let mut n = 0;
        while n < CLAUSE_SUBJECT_WORDS
            && joined(m)
            && !FINITE.contains(&self.key(m))
            && if indefinite {
                !self.words[m].is_capitalized()
                    && !CLAUSE_WORDS.contains(&self.key(m))
                    && !PREPOSITIONS.contains(&self.key(m))
                    && !CONTENT_MARKERS.contains(&self.key(m))
            } else {
                self.words[m].is_capitalized()
            }
        {
            m += 1;
            n += 1;
        }
        n > 0 && joined(m) && FINITE.contains(&self.key(m))
    }

    /// The cue ends its sentence (give or take an object: "told Newsweek.") and a comma
    /// comes before its speaker: an inverted reporting clause.
    pub(super) fn clause_final(&self, cue: &Cue) -> bool {
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

    /// A verb of evidence with "that" right after it: a finding stated, whoever found it
    /// ("the researchers found that", "the trial showed that"; not "found the keys",
    /// "showed up").
    pub(super) fn finding_that(&self, cue: &Cue) -> bool {
        cue.rule == Rule::Evidence
            && self.keys.get(cue.last + 1).is_some_and(|k| k == "that")
            && self.gap(cue.last, cue.last + 1).trim().is_empty()
    }

    /// "said little, offering only …", "said nothing about the plan": a non-event, no
    /// content ("said little had changed" has some).
    fn says_nothing(&self, cue: &Cue) -> bool {
        let k = cue.last + 1;
        k < self.words.len()
            && matches!(self.key(k), "nothing" | "little")
            && self.gap(cue.last, k).trim().is_empty()
            && (k + 1 >= self.words.len()
                || !self.gap(k, k + 1).trim().is_empty()
                || PREPOSITIONS.contains(&self.key(k + 1)))
    }

    /// A reporting clause set into what it reports: "The rise, he noted, may not last" (a
    /// name or pronoun between commas), "as the Ledger reported" (a subject after a clause-
    /// opening "as").
    pub(super) fn parenthetical(&self, cue: &Cue) -> bool {
        let s = self.sentence_of[cue.first];
        let opens_clause = |m: usize| {
            m == 0 || self.sentence_of[m - 1] != s || self.gap(m - 1, m).contains([',', '—'])
        };
        let mut m = cue.first;
        let mut named = true;
        while m > 0
            && cue.first - m < 5
            && self.sentence_of[m - 1] == s
            && self.gap(m - 1, m).trim().is_empty()
        {
            let key = self.key(m - 1);
            if key == "as" {
                return m < cue.first && opens_clause(m - 1);
            }
            named &= self.words[m - 1].is_capitalized() || is_speaker_pronoun(key);
            m -= 1;
        }
        named
            && m < cue.first
            && cue.first - m <= 3
            && m > 0
            && self.sentence_of[m - 1] == s
            && self.gap(m - 1, m).trim() == ","
            && self
                .words
                .get(cue.last + 1)
                .is_some_and(|_| self.gap(cue.last, cue.last + 1).trim() == ",")
    }

    /// A word satisfying `pred` within `n` words after `k`, in the same clause; a colon or
    /// an opening quote mark also counts as content.
    pub(super) fn followed_by(&self, k: usize, n: usize, pred: impl Fn(&str) -> bool) -> bool {
        self.followed_by_at(k, n, |m| pred(&self.keys[m]))
    }

    /// Word `k` stands where a verb does: right after a subject pronoun, a relative
    /// pronoun, "to" or an auxiliary ("they tweet", "who emails", "to remark", "will
    /// protest").
    fn verb_position(&self, k: usize) -> bool {
        k > 0
            && self.gap(k - 1, k).trim().is_empty()
            && (matches!(
                self.key(k - 1),
                "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "to" | "also"
            ) || FINITE.contains(&self.key(k - 1)))
    }

    /// "to" opens a noun phrase, not an infinitive ("added to his troubles", "responded to
    /// a question"): a determiner, a possessive or an object pronoun follows it.
    fn to_before_a_noun_phrase(&self, m: usize) -> bool {
        self.key(m) == "to"
            && self.keys.get(m + 1).is_some_and(|n| {
                matches!(
                    n,
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                        | "this"
                        | "these"
                        | "those"
                        | "him"
                        | "them"
                        | "us"
                        | "me"
                ) || is_possessive_key(n)
            })
    }

    /// [`Self::followed_by`] with the predicate asked of a word's index.
    pub(super) fn followed_by_at(&self, k: usize, n: usize, pred: impl Fn(usize) -> bool) -> bool {
        for m in k + 1..(k + 1 + n).min(self.words.len()) {
            let gap = self.gap(m - 1, m);
            if gap.contains(':')
                || self.quote_opens_in(self.words[m - 1].end(), self.words[m].start)
            {
                return true;
            }
            // ("added, though, that": one adverb set off by commas right after the verb.)
            let aside = m == k + 2 && self.gap(k, k + 1).trim() == "," && {
                let a = self.key(k + 1);
                matches!(a, "though" | "however" | "too" | "again" | "also" | "later")
                    || a.len() > 4 && a.ends_with("ly")
            };
            if gap.contains(['.', ';', '!', '?', '\n'])
                || (gap.contains(',') && m > k + 1 && !aside)
            {
                return false;
            }
            if pred(m) {
                return true;
            }
        }
        false
    }

    /// A quote opens after word `k` within its clause: before sentence-ending punctuation
    /// or a semicolon, at most [`QUOTED_CLAUSE_WORDS`] words on ("called the deal, signed
    /// last week, “a disgrace”").
    pub(super) fn quote_in_clause(&self, k: usize) -> bool {
        self.quote_opening_after(k, |m| self.gap(m, m + 1).contains([';', '.', '?', '!']))
            .is_some()
    }

    /// After word `k`, adjuncts and then a comma or colon and an opening quote mark, in one
    /// clause: "announced on her page, in capital letters, “…”", "said on Tuesday in a
    /// speech, “…”". At most [`QUOTED_CLAUSE_WORDS`] words; no clause word or verb between.
    pub(super) fn quote_after_adjuncts(&self, k: usize) -> bool {
        self.quote_opening_after(k, |m| {
            self.gap(m, m + 1).contains([';', '.', '?', '!', '(', '—'])
                || CLAUSE_WORDS.contains(&&self.keys[m + 1])
                || self.is_verbish(m + 1)
        })
        .is_some_and(|m| m > k && self.gap(m, m + 1).contains([',', ':']))
    }

    /// Within [`AS_LABEL_WORDS`] words after word `k` and in its clause, "as" and a quote that
    /// opens before one of the three words after it ("cast the mayor as a “career
    /// politician”").
    fn as_then_quote(&self, k: usize) -> bool {
        let s = self.sentence_of[k];
        let in_clause = |m: usize| {
            m < self.words.len()
                && self.sentence_of[m] == s
                && !self.gap(m - 1, m).contains([';', '.', '?', '!'])
        };
        (k + 1..k + 1 + AS_LABEL_WORDS)
            .take_while(|&m| in_clause(m))
            .any(|m| {
                self.key(m) == "as"
                    && (m + 1..=m + 3).take_while(|&j| in_clause(j)).any(|j| {
                        self.quote_opens_in(self.words[j - 1].end(), self.words[j].start + 1)
                    })
            })
    }

    /// The word `m` after which a quote opens, walking on from word `k` within its sentence
    /// and at most [`QUOTED_CLAUSE_WORDS`] words; `None` once `stop(m)` holds first.
    fn quote_opening_after(&self, k: usize, stop: impl Fn(usize) -> bool) -> Option<usize> {
        let s = self.sentence_of[k];
        let mut m = k;
        while m + 1 < self.words.len()
            && m < k + QUOTED_CLAUSE_WORDS
            && self.sentence_of[m + 1] == s
        {
            if self.quote_opens_in(self.words[m].end(), self.words[m + 1].start + 1) {
                return Some(m);
            }
            if stop(m) {
                return None;
            }
            m += 1;
        }
        None
    }

    pub(super) fn quote_follows(&self, k: usize, n: usize) -> bool {
        let from = self.words[k].end();
        let to = self.words.get(k + n).map_or(self.text.len(), |w| w.end());
        self.quote_opens_in(from, to)
    }

    /// Word `m` is a pronoun contracted with its auxiliary, opening a clause: "she's",
    /// "it’s", "they're", "there's" ("saying she's ready").
    pub(super) fn contracted_subject(&self, m: usize) -> bool {
        m > 0
            && m < self.words.len()
            && self.gap(m - 1, m) == " "
            && self.key(m).split_once('\'').is_some_and(|(pronoun, aux)| {
                matches!(
                    pronoun,
                    "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there" | "that"
                ) && matches!(aux, "s" | "re" | "ve" | "d" | "ll" | "m")
            })
    }

    /// Word `m` is an adverb between a participle and its content: "saying only that",
    /// "adding hopefully that", "noting again that" (a lower-case word of
    /// [`CONTENT_ADVERBS`] or in -ly).
    pub(super) fn participle_adverb(&self, m: usize) -> bool {
        m > 0
            && m < self.words.len()
            && self.gap(m - 1, m) == " "
            && !self.words[m].is_capitalized()
            && {
                let key = self.key(m);
                CONTENT_ADVERBS.contains(&key) || key.len() > 4 && key.ends_with("ly")
            }
    }
}
