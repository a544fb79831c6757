//! Mentions that can be a speaker, and who they are: a pronoun (resolved), a name (its
//! entity's full name), a title alone ("The President"), or a description around a role
//! noun ("people familiar with the talks", "the brokerage").

use super::context::Ctx;
use super::kinds::ANONYMOUS_HEADS;
use super::{CLAUSE_WORDS, MAX_DESCRIPTION_WORDS, MAX_SOURCE_PHRASE_WORDS, QUANTIFIERS};
use crate::lexicon::classes::{
    ends_possessive, is_speaker_pronoun, DESCRIPTION_PREPOSITIONS, FINITE, NUMBER_WORDS,
    PHRASE_DETERMINERS, PREPOSITIONS, SPEAKER_DETERMINERS, SUBJECT_PRONOUNS,
};
use crate::lexicon::{CUE_WORDS, DOCUMENT_NOUNS, GAP_WORDS, SPEAKER_NOUNS, TIME_WORDS};
use crate::speakers::{initial, joined, parse_name, Name, Speaker};

/// Quantifiers that stand alone as a subject ("Several said", "another says").
const PRONOMINAL_QUANTIFIERS: &[&str] = &[
    "several", "many", "most", "some", "others", "both", "all", "few", "another", "one",
];

/// Number words spelled out, hyphenated into tens ("twenty-four"): a share's number.
const SPELLED_NUMBERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// Fractions that stand for a share of people ("half said", "a third say", "two-thirds of
/// them"), as their last hyphenated part.
const FRACTIONS: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
];

/// Words that may come before a share ("nearly half", "more than a third").
const SHARE_APPROXIMATORS: &[&str] = &[
    "nearly", "almost", "about", "roughly", "around", "just", "over", "under", "more", "less",
    "fewer", "than", "only", "some", "a",
];

/// The last word of a share of people: "percent", or a fraction ("half", "two-thirds").
pub(super) fn share_word(key: &str) -> bool {
    matches!(key, "percent" | "cent") || FRACTIONS.contains(&key.rsplit('-').next().unwrap_or(key))
}

/// "twenty-four", "Sixty": a number spelled out.
fn spelled_number(key: &str) -> bool {
    key.split('-').all(|part| SPELLED_NUMBERS.contains(&part))
}

/// A plural noun of people by its agent suffix, roughly ("specialists", "advocates",
/// "operatives", "lawyers"; not "tests", "naps", "news").
pub(super) fn plural_agent_noun(key: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "ists", "ers", "ors", "ants", "ents", "ians", "ives", "ates", "ics",
    ];
    key.len() > 5 && SUFFIXES.iter().any(|s| key.ends_with(s)) && !DOCUMENT_NOUNS.contains(key)
}

impl Ctx<'_> {
    /// The speaker named by the text from byte `start` to `end`, as written.
    pub(super) fn phrase_speaker(&self, start: usize, end: usize) -> Speaker {
        Speaker {
            start,
            end,
            name: Some(self.text[start..end].to_string()),
            entity: None,
        }
    }

    /// The mention whose last word is `k`: a pronoun, a name, or a description.
    pub(super) fn mention_ending_at(&self, k: usize) -> Option<Speaker> {
        let key = &self.keys[k];
        let w = &self.words[k];
        if is_speaker_pronoun(key) {
            return Some(self.pronoun(k));
        }
        if matches!(key, "who" | "which") && k > 0 {
            // "The mayor ran against Bo Chen, who said": "who" takes up the person's name
            // right before it, not a phrase that ends in the name ("A spokeswoman for Bo
            // Chen, who said" may be either; the nearer is likelier).
            if key == "who" {
                if let Some(sp) = self.person_name_ending_at(k - 1) {
                    return Some(sp);
                }
            }
            // "Edwin Tull, a dairy farmer who said": the name the description stands beside.
            let antecedent = self.mention_ending_at(k - 1)?;
            let d = self.words.partition_point(|w| w.start < antecedent.start);
            if antecedent.entity.is_none() && d > 0 && self.gap(d - 1, d).trim() == "," {
                if let Some(named) = self.mention_ending_at(d - 1).filter(|s| s.entity.is_some()) {
                    return Some(named);
                }
            }
            return Some(antecedent);
        }
        // "…, many of whom say", "some of whom said": a share of the people just named,
        // as written.
        if key == "whom"
            && k >= 2
            && self.key(k - 1) == "of"
            && (PRONOMINAL_QUANTIFIERS.contains(&self.key(k - 2)) || self.key(k - 2) == "none")
            && self.gap(k - 2, k - 1).trim().is_empty()
            && self.gap(k - 1, k).trim().is_empty()
        {
            return Some(self.phrase_speaker(self.words[k - 2].start, w.end()));
        }
        if CLAUSE_WORDS.contains(&key) {
            return None;
        }
        // "73 percent said", "12% say": a share of people as the subject.
        if matches!(key, "percent" | "%" | "cent") && k > 0 {
            let n = if key == "cent" && k > 1 && self.key(k - 1) == "per" {
                k - 2
            } else {
                k - 1
            };
            // ("Twenty-four percent said": the number may be spelled out.)
            if self.keys[n]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
                || spelled_number(&self.keys[n])
            {
                let start = self.words[n].start;
                return Some(self.phrase_speaker(start, w.end()));
            }
        }
        // "12% say" with the sign after the number; "nine in 10 said", "four out of 10 say":
        // a share of people as the subject.
        let number = |i: usize| {
            let key = self.key(i);
            key.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.contains(&key)
        };
        if key.starts_with(|c: char| c.is_ascii_digit())
            && self.text[w.end()..].starts_with('%')
            && self.words.get(k + 1).is_none_or(|n| n.start != w.end() + 1)
        {
            return Some(self.phrase_speaker(w.start, w.end() + 1));
        }
        if number(k) && k >= 2 && self.gap(k - 2, k - 1).trim().is_empty() {
            let n = match self.key(k - 1) {
                "in" => Some(k - 2),
                "of" if k >= 3 && self.key(k - 2) == "out" => Some(k - 3),
                _ => None,
            };
            let joined = |n: usize| (n..k).all(|i| self.gap(i, i + 1).trim().is_empty());
            if let Some(n) = n.filter(|&n| number(n) && joined(n)) {
                let start = self.words[n].start;
                return Some(self.phrase_speaker(start, w.end()));
            }
        }
        // "Several said", "Most say", "another says": a quantity as the subject.
        let opens_clause = |i: usize| {
            i == 0
                || self.sentence_of[i - 1] != self.sentence_of[i]
                || self.gap(i - 1, i).contains([',', ';'])
                || matches!(&self.keys[i - 1], "and" | "but" | "yet")
        };
        let clause_initial = opens_clause(k);
        // "Nearly half said", "a third say", "three-quarters said": a fraction as the subject,
        // opening its clause with what approximates it.
        if share_word(key) && !matches!(key, "percent" | "cent") {
            let mut a = k;
            while a > 0
                && k - a < 4
                && self.gap(a - 1, a).trim().is_empty()
                && (SHARE_APPROXIMATORS.contains(&self.key(a - 1))
                    || spelled_number(self.key(a - 1)))
            {
                a -= 1;
            }
            if opens_clause(a) || matches!(&self.keys[a - 1], "after" | "while") {
                return Some(self.phrase_speaker(self.words[a].start, w.end()));
            }
        }
        if clause_initial && PRONOMINAL_QUANTIFIERS.contains(&key) {
            return Some(Speaker {
                start: w.start,
                end: w.end(),
                name: Some(w.text.to_string()),
                entity: None,
            });
        }
        if let Some(run) = self.name_run(k).filter(|r| r.1 == k) {
            // "Observers in Paris", "officials from Tarvel and Osmund": a place in a description.
            let mut first = run.0;
            if first >= 2
                && matches!(&self.keys[first - 1], "and" | "or")
                && self.words[first - 2].is_capitalized()
            {
                first = self.name_run(first - 2).map_or(first, |r| r.0);
            }
            // "Economists at the Lübeck Institute": a determiner may stand between.
            if first >= 2
                && matches!(&self.keys[first - 1], "the" | "a")
                && self.gap(first - 1, first).trim().is_empty()
            {
                first -= 1;
            }
            let in_description = first > 0
                && DESCRIPTION_PREPOSITIONS.contains(&&self.keys[first - 1])
                && self.gap(first - 1, first).trim().is_empty();
            // ("Secretary of State Ana Lopez", "Director of Public Prosecution Eva Persson":
            // a title's object, then a person, who is the mention.)
            // (The person starts after a title inside the run: "State" in "Secretary of
            // State Ana Lopez".)
            let titled_person = || {
                if self.key(first - 1) != "of" {
                    return None;
                }
                parse_name(&self.view, run).filter(|n| n.first > run.0)?;
                self.name_speaker(run)
                    .filter(|s| s.entity.is_some_and(|e| self.reg.entities[e].person))
            };
            if in_description {
                // (The mention is the whole phrase, title and object included.)
                if let Some(sp) = titled_person() {
                    let start = self.description(k, false).map_or(sp.start, |d| d.start);
                    return Some(Speaker { start, ..sp });
                }
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
        if DESCRIPTION_PREPOSITIONS.contains(&key) || SPEAKER_DETERMINERS.contains(&key) {
            return None;
        }
        match self.description(k, false) {
            Some(desc) => Some(self.unnamed_source(&desc).unwrap_or(desc)),
            // "Sources close to the delegation": what the source is close to need not be
            // a speaker itself.
            None => self
                .noun_phrase_ending_at(k)
                .and_then(|np| self.unnamed_source(&np)),
        }
    }

    /// The name of a person whose last word is `k`, after a preposition that takes people
    /// more than places, bodies or titles ("ran against", "spoke with"; not "Secretary of
    /// State Ana Lopez", "a partnership for Civic Renewal", "the leader in North Tarvel"):
    /// the mention is the name alone, not the phrase it ends. A person's name is one known
    /// as such, or a full name that is no organisation's or place's.
    fn person_name_ending_at(&self, k: usize) -> Option<Speaker> {
        let run = self.name_run(k).filter(|r| r.1 == k)?;
        let before = self.key(run.0.checked_sub(1)?);
        if !matches!(before, "against" | "with" | "over" | "by" | "to" | "about") {
            return None;
        }
        let sp = self.name_speaker(run)?;
        let ent = &self.reg.entities[sp.entity?];
        (ent.person || !ent.org && !ent.place && ent.name.contains(' ')).then_some(sp)
    }

    /// "Sources close to the board", "people familiar with the talks": a description that
    /// follows "close to" or "familiar with" is what the unnamed source is close to; the
    /// speaker is the whole phrase from the source's head.
    fn unnamed_source(&self, desc: &Speaker) -> Option<Speaker> {
        let d = self.words.partition_point(|w| w.start < desc.start);
        let linked = |a: &str, b: &str| {
            d >= 2
                && self.key(d - 2) == a
                && self.key(d - 1) == b
                && self.gap(d - 2, d - 1).trim().is_empty()
                && self.gap(d - 1, d).trim().is_empty()
        };
        let linking = [
            ("close", "to"),
            ("familiar", "with"),
            ("briefed", "on"),
            ("knowledge", "of"),
        ];
        if !linking.iter().any(|(a, b)| linked(a, b)) {
            return None;
        }
        let head = d.checked_sub(3)?;
        if !self.gap(head, head + 1).trim().is_empty() {
            return None;
        }
        // ("Those close to him": a demonstrative or quantifier alone may head it.)
        let start = match self.description(head, false) {
            Some(source) => source.start,
            None if matches!(
                self.key(head),
                "those" | "some" | "many" | "others" | "several"
            ) =>
            {
                self.words[head].start
            }
            None => return None,
        };
        Some(self.phrase_speaker(start, desc.end))
    }

    /// Word `k` alone names a person met before, even if it is also a common word
    /// ("Rep. Judith May" … "May said").
    pub(super) fn known_person(&self, k: usize) -> Option<Speaker> {
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
            end: w.end(),
            name: Some(self.reg.entities[e].name.clone()),
            entity: Some(e),
        })
    }

    /// A subject pronoun with a contracted auxiliary ("he’s", "they’ve", "she’d"), as the
    /// pronoun alone.
    pub(super) fn contracted_pronoun(&self, k: usize) -> Option<Speaker> {
        let (pronoun, aux) = self.keys[k].split_once('\'')?;
        if !matches!(pronoun, "he" | "she" | "they" | "we" | "i")
            || !matches!(aux, "s" | "re" | "ve" | "d" | "ll" | "m")
        {
            return None;
        }
        let w = &self.words[k];
        let entity = self.reg.resolve_pronoun(pronoun, w.start);
        Some(Speaker {
            start: w.start,
            end: w.start + pronoun.len(),
            name: entity.map(|e| self.reg.entities[e].name.clone()),
            entity,
        })
    }

    pub(super) fn pronoun(&self, k: usize) -> Speaker {
        let w = &self.words[k];
        // "Lutz, whom he dubbed": the subject of an object relative clause is not the
        // clause's antecedent.
        let entity = match self.object_relative_antecedent(k) {
            Some(bound) => self
                .reg
                .pronoun_antecedents(&self.keys[k], w.start, 4)
                .into_iter()
                .find(|&e| e != bound),
            None => self.reg.resolve_pronoun(&self.keys[k], w.start),
        };
        Speaker {
            start: w.start,
            end: w.end(),
            name: entity.map(|e| self.reg.entities[e].name.clone()),
            entity,
        }
    }

    /// The named antecedent of "who" or "whom" right before word `k` ("Lutz, who he …").
    fn object_relative_antecedent(&self, k: usize) -> Option<usize> {
        let rel = k.checked_sub(1)?;
        if !matches!(self.key(rel), "who" | "whom") || !self.gap(rel, k).trim().is_empty() {
            return None;
        }
        let name = rel.checked_sub(1)?;
        let run = self.name_run(name).filter(|r| r.1 == name)?;
        self.name_speaker(run)?.entity
    }

    pub(super) fn name_speaker(&self, run: (usize, usize)) -> Option<Speaker> {
        let (start, end) = (self.words[run.0].start, self.words[run.1].end());
        match parse_name(&self.view, run) {
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
                let role = self.bare(run.1);
                let entity = self.reg.resolve_role(role, start)?;
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
    pub(super) fn description(&self, k: usize, forward: bool) -> Option<Speaker> {
        let (mut a, mut b) = (k, k);
        let joins_descriptions = |i: usize| {
            !forward
                && self.key(i) == "and"
                && i > 0
                && i + 1 < self.words.len()
                && SPEAKER_NOUNS.contains_key(self.bare(i - 1))
                && (PHRASE_DETERMINERS.contains(&self.key(i + 1))
                    || self.key(i + 1) == "former"
                    || SPEAKER_NOUNS.contains_key(self.bare(i + 1)))
        };
        let stop = |i: usize| {
            let key = &self.keys[i];
            // "officials who spoke on condition of anonymity": a relative clause on a head.
            let relative = !forward
                && matches!(key, "who" | "that")
                && i > 0
                && SPEAKER_NOUNS.contains_key(self.bare(i - 1));
            // "the provinces of Tarvel and Osmund"
            let joins_names = matches!(key, "and" | "or")
                && i > 0
                && i + 1 < self.words.len()
                && self.words[i - 1].is_capitalized()
                && self.words[i + 1].is_capitalized();
            // "The mayor and the governor said": "and" between two descriptions of people
            // (kept only when the whole opens its clause, below).
            let joins_roles = joins_descriptions(i);
            // "Each side said", "Both campaigns say": a quantifier opening the clause
            // determines the noun after it (elsewhere "both", "all" float: "they both said").
            let determiner = !forward
                && matches!(key, "each" | "both" | "all")
                && (i == 0 || self.opens_sentence(i) || self.gap(i - 1, i).contains([',', ';']));
            // "briefed on last week's call": "last", "this" or "next" before a time word
            // after a preposition determines it (elsewhere it is an adverb between a
            // subject and its verb: "she last week said").
            let time_determiner = !forward
                && matches!(key, "last" | "this" | "next")
                && i > 0
                && PREPOSITIONS.contains(&self.key(i - 1))
                && i + 1 < self.words.len()
                && TIME_WORDS.contains(self.bare(i + 1));
            // "He held up the sign": a subject pronoun is a clause's subject, not part of a
            // description.
            let pronoun = !forward && i != k && SUBJECT_PRONOUNS.contains(&key);
            // "four officials, including a career officer who described": "including"
            // opens a list's examples, no part of one.
            // ("what her team calls": a free relative's "what" opens no description.)
            pronoun
                || key == "including"
                || (!forward && matches!(self.key(i), "what" | "whatever"))
                || (CLAUSE_WORDS.contains(&key) && !relative && !joins_names && !joins_roles)
                || (i != k
                    && !determiner
                    && !time_determiner
                    && (self.is_verbish(i) || GAP_WORDS.contains(key)))
        };
        // "said president Ana Ruiz a year ago": a time phrase after a name ends the
        // description (not "a Wednesday editorial", "a report on Wednesday").
        let time_phrase = |i: usize| {
            TIME_WORDS.contains(self.bare(i))
                || i + 1 < self.words.len()
                    && (matches!(self.key(i), "a" | "an" | "last" | "this" | "next")
                        || NUMBER_WORDS.contains(&self.key(i)))
                    && TIME_WORDS.contains(self.bare(i + 1))
        };
        if forward {
            // "said the plan failed.", "said the audit showed that": a past form that ends
            // the clause or takes "that" or a determined object is the content's verb (not
            // "said a man involved in the planning", a participle before its phrase).
            let finite_past = |i: usize| {
                let key = self.key(i);
                key.len() > 4
                    && key.ends_with("ed")
                    && (self.ends_clause(self.words[i].end())
                        || (i + 1 < self.words.len()
                            && (self.key(i + 1) == "that"
                                || PHRASE_DETERMINERS.contains(&self.key(i + 1)))))
            };
            while b + 1 < self.words.len()
                && self.same_scope(b + 1, k)
                && self.gap(b, b + 1).trim().is_empty()
                && !stop(b + 1)
                && !(self.words[b].is_capitalized() && time_phrase(b + 1))
                && !(b > k && finite_past(b + 1))
                // "according to a speech Mrs. Clinton delivered": a name after a document's
                // noun opens a relative clause of its own.
                && !(b > k
                    && DOCUMENT_NOUNS.contains(self.bare(b))
                    && self.words[b + 1].is_capitalized())
                && b - a < MAX_DESCRIPTION_WORDS
            {
                b += 1;
            }
        } else {
            // ("The Sanders’ campaign": a plural possessive's apostrophe stands between;
            // "Paul D. Ryan of Wisconsin": so may an initial's period.)
            let joined = |i: usize| {
                let gap = self.gap(i, i + 1);
                gap.trim().is_empty()
                    || gap == ". " && initial(self.words[i].text)
                    || (matches!(gap.trim_end(), "’" | "'")
                        && self.words[i].text.ends_with('s')
                        && gap.len() > gap.trim_end().len())
            };
            while a > 0
                && self.same_scope(a - 1, k)
                && joined(a - 1)
                && !stop(a - 1)
                && b - a < MAX_DESCRIPTION_WORDS
            {
                a -= 1;
                // A participle ends the description unless it follows its head
                // ("people briefed on the talks").
                // A reporting verb is a verb, though: "Officials warned about …".
                let reporting = CUE_WORDS.contains_key(&self.keys[a])
                    && self.keys.get(a + 1).is_none_or(|n| n != "by");
                // So is one with an object: "the manager believed the waitress, who said".
                let object =
                    a + 1 < self.words.len() && PHRASE_DETERMINERS.contains(&self.key(a + 1));
                // ("The self-described socialist": a hyphenated compound is an adjective.)
                if self.keys[a].ends_with("ed")
                    && !self.keys[a].contains('-')
                    && (reporting
                        || object
                        || !(a > 0 && SPEAKER_NOUNS.contains_key(self.bare(a - 1))))
                {
                    a += 1;
                    break;
                }
            }
        }
        // Two descriptions joined by "and" are one subject only when they open the clause
        // ("He met the mayor and the governor said …" is the governor's).
        // (An "and" that opens the span joins it to what came before: "…, and many
        // lawmakers claim", "And officials said".)
        if let Some(and) = (a..k).find(|&i| joins_descriptions(i)) {
            let opens =
                a == 0 || self.opens_sentence(a) || self.gap(a - 1, a).contains([',', ';', ':']);
            if and == a || !opens {
                a = and + 1;
            }
        }
        // ("and in a statement credited": a prepositional phrase is no subject.)
        // ("About half of voters", "31% of voters", "From the report:" still are.)
        // ("in what organisers called": the subject of the free relative, after "what".)
        if !forward
            && PREPOSITIONS.contains(&self.key(a))
            && !matches!(self.key(a), "about" | "of" | "from")
        {
            if a + 2 > b || self.key(a + 1) != "what" {
                return None;
            }
            a += 2;
        }
        // The head: the last role noun before the first preposition ("the mayor’s office",
        // "people familiar with the talks"), possessives excluded.
        // A role noun, or a document that says something ("the ruling", "a sign").
        let is_noun = |i: usize| {
            let head = self.bare(i);
            !ends_possessive(self.words[i].text)
                && (SPEAKER_NOUNS.contains_key(head) || DOCUMENT_NOUNS.contains(head))
        };
        let pre_end = (a..=b)
            .find(|&i| i > a && DESCRIPTION_PREPOSITIONS.contains(&&self.keys[i]))
            .unwrap_or(b + 1);
        let clause_start =
            a == 0 || !self.same_scope(a - 1, k) || !self.gap(a - 1, a).trim().is_empty();
        let head = (a..pre_end)
            .rev()
            .find(|&i| is_noun(i))
            .or_else(|| (a..=b).find(|&i| is_noun(i)))
            // "the operator said", "A former bookkeeper for the firm testified", "Its
            // briefing paper claims": a determined subject opening its clause, whatever its
            // noun (the head is the word before its first preposition).
            // So does a quantified one ("several friends said", "each side said") and a
            // plural noun of people with no determiner ("security specialists say", not
            // "early tests suggest").
            .or_else(|| {
                let first = &self.keys[a];
                let determined = matches!(
                    first,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "those"
                        | "each"
                        | "every"
                ) || (PRONOMINAL_QUANTIFIERS.contains(&first)
                    && first != "others");
                let head = pre_end.min(b + 1) - 1;
                let bare_plural = head == b
                    && plural_agent_noun(&self.keys[b])
                    && (a..=b).all(|i| !self.words[i].is_capitalized() || self.opens_sentence(i))
                    && (a..=b).all(|i| !self.is_verbish(i) && !FINITE.contains(&self.key(i)));
                // ("…, but security specialists say": a clause word opens the plural's
                // clause too.)
                // (After "and", "or" only with a possessive: "employers and insurers would"
                // is one subject, "the network and its defenders say" another's own.)
                let after_clause_word = a > 0
                    && CLAUSE_WORDS.contains(&self.key(a - 1))
                    && (!matches!(self.key(a - 1), "and" | "or")
                        || matches!(first, "its" | "his" | "her" | "their"));
                let plural_opens = bare_plural && (clause_start || after_clause_word);
                (!forward && (clause_start && determined && b > a || plural_opens)).then_some(head)
            })?;
        // Forward, the description starts with its determiner or its head ("a spokeswoman",
        // "analysts at the bank"); backward, the head is near its start or at its end.
        let starts_right = SPEAKER_DETERMINERS.contains(&&self.keys[a])
            || QUANTIFIERS.contains(&&self.keys[a])
            || self.words[a].is_capitalized()
            || head == a;
        // A head at the end after words that open no noun phrase ("senior administration
        // officials") has only modifiers before it: no preposition ("dominating by 6 in 10
        // voters", "consistent with the rhetoric of her ad" are clause fragments), but for
        // a share ("about half of voters", "6 in 10 voters").
        let digit = |i: usize| self.words[i].text.starts_with(|c: char| c.is_ascii_digit());
        let quantity = |i: usize| {
            digit(i)
                || NUMBER_WORDS.contains(&self.key(i))
                || matches!(self.key(i), "half" | "a")
                || self.key(i).contains("third")
                || self.key(i).contains("quarter")
        };
        let share = |i: usize| match self.key(i) {
            "of" => true,
            "in" => i > a && digit(i - 1),
            "about" => i + 1 < head && quantity(i + 1),
            _ => false,
        };
        let modifiers_only = || (a..head).all(|i| !PREPOSITIONS.contains(&self.key(i)) || share(i));
        if !(starts_right && head <= a + 3 || head == b && (starts_right || modifiers_only())) {
            return None;
        }
        let (start, end) = (self.words[a].start, self.words[b].end());
        let head_key = self.bare(head);
        // "the president", "the brokerage": a definite role refers back to an entity.
        if self.key(a) == "the" && head == a + 1 && b == head {
            // "the company" with no company so named: the latest organisation (not for
            // plural groups such as "the authors").
            // Nor for "the source": an unnamed source is one the text does not name.
            let org = SPEAKER_NOUNS.get(head_key) == Some(&false)
                && !head_key.ends_with('s')
                && !ANONYMOUS_HEADS.contains(&head_key)
                && !DOCUMENT_NOUNS.contains(head_key);
            let found = self
                .reg
                .resolve_role(head_key, start)
                .or_else(|| org.then(|| self.reg.recent_org(head_key, start)).flatten());
            if let Some(e) = found {
                return Some(Speaker {
                    start,
                    end,
                    name: Some(self.reg.entities[e].name.clone()),
                    entity: Some(e),
                });
            }
        }
        Some(self.phrase_speaker(start, end))
    }

    /// A word that is itself a reporting verb or an obvious finite verb: ends a description.
    pub(super) fn is_verbish(&self, i: usize) -> bool {
        let key = &self.keys[i];
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

    /// The phrase from word `k` to the next punctuation ("the council’s own audit").
    pub(super) fn source_phrase(&self, k: usize) -> Option<Speaker> {
        // "a speech Mrs. Ruiz delivered", "a report Friday": a capitalised word right after
        // a lower-case noun that names no speaker opens a clause or a time of its own (not
        // "the research firm Gartner", "a Quinnipiac poll").
        let ends_before_name = |b: usize| {
            b > k
                && !self.words[b].is_capitalized()
                && self.words[b + 1].is_capitalized()
                && !SPEAKER_NOUNS.contains_key(self.bare(b))
                && !PHRASE_DETERMINERS.contains(&self.key(b))
                && !PREPOSITIONS.contains(&self.key(b))
                && !CLAUSE_WORDS.contains(&self.key(b))
        };
        let mut b = k;
        while b + 1 < self.words.len()
            && self.same_scope(b + 1, k)
            && joined(self.text, &self.words[b], &self.words[b + 1])
            && !ends_before_name(b)
            && b - k < MAX_SOURCE_PHRASE_WORDS
        {
            b += 1;
        }
        let (start, end) = (self.words.get(k)?.start, self.words[b].end());
        Some(self.phrase_speaker(start, end))
    }
}
