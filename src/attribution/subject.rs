//! Where a cue's speaker is: before the verb, skipping auxiliaries, adverbs and time words
//! ("Trump has recently tried to suggest"); across an apposition ("Robert Danin, a senior
//! fellow, said"); after it ("said Hill", "according to a study"); or, for participles and
//! coordinated verbs, the clause's subject ("…, adding that": clause_subject.rs); the
//! speaker after the verb: inverted.rs. Asides,
//! phrases and relative clauses between a subject and its verb: interveners.rs; subjects
//! broken by commas or modifiers: apposition.rs; where a noun phrase ends: noun_phrases.rs.

use super::context::{Ctx, Left};
use super::features::Features;
use super::interveners::is_dash;
use super::resolve::Candidate;
use super::{ADDRESSEE_VERBS, ADDRESSEE_WORDS, CLAUSE_WORDS, PARTICIPLE_LEADS};

use crate::cues::{Cue, Rule};
use crate::lexicon::classes::{
    ends_possessive, is_speaker_pronoun, PREPOSITIONS, SEQUENCE_ADVERBS, SPEAKER_DETERMINERS,
    TARGET_VERBS, TIME_LEADS,
};
use crate::lexicon::{DOCUMENT_NOUNS, GAP_WORDS, SPEAKER_NOUNS, TIME_WORDS};
use crate::speakers::{abbreviation, Speaker};

/// What the search for a cue's speaker found.
pub(super) enum Found {
    /// Not reported speech: negated, or nothing to attribute it to.
    Nothing,
    /// Reported speech with no speaker given ("is said to", "are being told").
    Agentless,
    /// The possible speakers (never empty).
    Candidates(Vec<Candidate>),
}

impl Found {
    fn candidates(c: Vec<Candidate>) -> Found {
        if c.is_empty() {
            Found::Nothing
        } else {
            Found::Candidates(c)
        }
    }
}

/// A quoted title inside an apposition runs at most this many words ("the author of
/// “Going Local”").
const TITLE_QUOTE_WORDS: usize = 6;
/// A participial clause opening a sentence ("Citing …,") runs at most this many words.
const OPENING_PARTICIPLE_WORDS: usize = 20;
/// A pronoun opening the clause of a participle or coordinated verb stands at most this
/// many words before it ("he laughed and said", "she sounded a rare note of doubt, saying").
const CLAUSE_PRONOUN_WORDS: usize = 12;
/// Words that may open a sentence before a participle whose subject follows the clause
/// ("After saying …, Ana Ruiz left", "Since announcing …, Bo Chen has").
const OPENING_PARTICIPLE_LEADS: &[&str] = &[
    "after", "before", "while", "since", "upon", "in", "by", "without", "when",
];
/// An agentless "asked" opening its sentence reaches its question within this many words
/// ("Asked on the radio on Sunday whether").
const ASKED_QUESTION_WORDS: usize = 6;

impl Ctx<'_> {
    /// The candidate speakers of a cue, each with how it was found; or that the cue has
    /// no speaker (an agentless passive) or is not reported speech at all (negated, or a
    /// participle with nothing to continue).
    pub(super) fn cue_candidates(&self, cue: &Cue, sentence_speaker: Option<&Speaker>) -> Found {
        let key = &self.keys[cue.last];
        let cand = |speaker: Speaker, via: &'static str, adjacent: bool| {
            let mut c = Candidate {
                speaker,
                via,
                adjacent,
                cue: None,
                cue_confidence: 1.0,
                features: Features::default(),
            };
            self.describe(&mut c, cue.first);
            c
        };
        if cue.rule == Rule::Passive {
            return Found::Agentless;
        }
        // "Asked whether she had decided, Pell said": the one who asked is not named (the
        // reporter); the cue stands, with no speaker. The question may come after an adverb
        // or a phrase ("Asked on the radio why"). ("when asked whether": PolNeAR train300
        // +8 matches, +5 false positives, left out.)
        if key == "asked"
            && cue.first == cue.last
            && self.opens_sentence(cue.first)
            && self.followed_by(cue.last, ASKED_QUESTION_WORDS, |k| {
                matches!(
                    k,
                    "about"
                        | "whether"
                        | "if"
                        | "why"
                        | "how"
                        | "what"
                        | "who"
                        | "whom"
                        | "which"
                        | "when"
                        | "to"
                )
            })
        {
            return Found::Agentless;
        }
        // "in a written statement", "his claims": a noun or an adjective, no speech event.
        if self.noun_use(cue)
            || self.speaking_event(cue)
            || self.object_sense(cue)
            || self.comparison(cue)
        {
            return Found::Nothing;
        }
        if cue.rule == Rule::AccordingTo {
            // Whatever follows "according to" is the source: a name, or the phrase itself,
            // never inside a quote that opens after it.
            if let Some(s) = self.subject_right(cue.last) {
                return Found::Candidates(
                    self.expand_pronouns(vec![cand(s, "cue_according_to_name", true)], cue.first),
                );
            }
            let phrase = (cue.last + 1 < self.words.len()
                && self.same_scope(cue.last + 1, cue.last))
            .then(|| self.source_phrase(cue.last + 1))
            .flatten();
            return match phrase {
                Some(s) => Found::Candidates(vec![cand(s, "cue_according_to_phrase", true)]),
                None => Found::Nothing,
            };
        }
        let prev = cue.first.checked_sub(1);
        let prev_key = prev.map(|p| &self.keys[p]);
        let prev_gap = prev.map_or("", |p| self.gap(p, cue.first));
        // "criticized by the administration": the agent after "by".
        if self.keys.get(cue.last + 1).is_some_and(|k| k == "by") && key.ends_with("ed") {
            if let Some(s) = self.subject_right(cue.last + 1) {
                return Found::Candidates(
                    self.expand_pronouns(vec![cand(s, "cue_agent", false)], cue.first),
                );
            }
        }
        // "are being told to check": an agentless passive, no speaker.
        if matches!(
            prev_key,
            Some("being" | "been" | "is" | "are" | "was" | "were" | "be")
        ) && prev_gap.trim().is_empty()
            && (key.ends_with("ed") || matches!(key, "told" | "said" | "found" | "shown"))
        {
            // "could be added", "to be attributed": what may be said, not what was.
            if prev_key == Some("be") {
                return Found::Nothing;
            }
            return Found::Agentless;
        }
        let mut out = Vec::new();
        // "The Florida senator is telling reporters that": a progressive is a finite verb.
        // So is one after a contracted pronoun ("he’s telling", "they’re saying").
        // (Also with an adverb in -ly between: "has been steadily calling the plan “a
        // scam”".)
        let auxiliary = |k: &str| matches!(k, "is" | "are" | "was" | "were" | "am" | "been");
        let progressive = prev_gap.trim().is_empty()
            && (prev_key.is_some_and(&auxiliary)
                || prev.is_some_and(|p| {
                    self.contracted_pronoun(p).is_some() && !self.keys[p].ends_with("'d")
                })
                || prev.is_some_and(|p| {
                    p > 0
                        && self.keys[p].ends_with("ly")
                        && auxiliary(self.key(p - 1))
                        && self.gap(p - 1, p).trim().is_empty()
                }));
        if cue.participle && !progressive {
            // "…, saying he recalled it", "by saying that": the clause's subject.
            // "after repeatedly dismissing": an adverb may stand between.
            let adverb_lead = prev.is_some_and(|p| {
                p > 0
                    && self.keys[p].ends_with("ly")
                    && (self.gap(p - 1, p).contains(',')
                        || PARTICIPLE_LEADS.contains(&&self.keys[p - 1]))
            });
            // "released a video urging voters to “stay home”": a participle of telling with
            // its content quoted continues the clause's subject without a lead.
            // So does one of speech, naming or judging after a document that its clause
            // issued, with a quote in its clause ("issued a statement calling the test “a
            // clear violation”", "released a memo describing the plan as “dead on arrival”",
            // "a statement condemning “…”"), and any participle of saying with its content
            // ("issued a statement saying that", "sent an email Wednesday urging voters to").
            let issued = self.document_before(cue.first);
            let documented = issued
                && ((cue.rule == Rule::Always || cue.rule.judges())
                    && self.quote_in_clause(cue.last)
                    || matches!(cue.rule, Rule::Always | Rule::Content | Rule::Object)
                        && self.content_follows_participle(cue.last));
            let telling = (ADDRESSEE_VERBS.contains(&key) || key == "saying")
                && self.quote_follows(cue.last, ADDRESSEE_WORDS)
                || documented;
            let marked = prev_gap.contains(',')
                || prev_key.is_some_and(|k| PARTICIPLE_LEADS.contains(&k))
                || adverb_lead;
            let leads = marked || telling;
            // "with Sen. Renata Solberg calling the deal “a disgrace”", "footage of Ana Ruiz
            // asking, “…”": the participle's own subject stands right before it, with no
            // comma or lead word between.
            let quoted_or_that = self.quote_follows(cue.last, ADDRESSEE_WORDS)
                || self.keys.get(cue.last + 1).is_some_and(|k| k == "that")
                || (ADDRESSEE_VERBS.contains(&key) && self.quote_in_clause(cue.last))
                || self.judged_without_quote(cue);
            // (Not the addressee or the place after "to", "on", "at", "in": "answered on
            // Facebook writing", "a letter to Ana Ruiz urging"; but "no different from Bo
            // Chen calling it …", "as Ana Ruiz referring to herself as …" are the gerund's
            // subjects.)
            let governed = |s: &Speaker| {
                let w = self.words.partition_point(|w| w.start < s.start);
                w > 0 && matches!(self.key(w - 1), "to" | "on" | "at" | "in")
            };
            if !marked && quoted_or_that && prev_gap.trim().is_empty() {
                // (The name itself, not a description it ends: "footage of Ana Ruiz".)
                let name = prev.and_then(|p| {
                    let run = self.name_run(p).filter(|r| r.1 == p)?;
                    self.name_speaker(run)
                });
                if let Some(s) = name.or_else(|| prev.and_then(|p| self.mention_ending_at(p))) {
                    if s.entity.is_some() && !governed(&s) {
                        out.push(cand(s, "cue_left", true));
                        return Found::candidates(self.expand_pronouns(out, cue.first));
                    }
                }
            }
            // "calling him a “stiff”", "branding the plan a “giveaway”": an evaluative
            // participle's quoted fragment may come a few words on, after its object. So may
            // that of a verb of charging someone ("and accusing him of acting like a “spoiled
            // child”").
            // (Or without a quote: "…, calling them liars", `judging.rs`.)
            let evaluative = (cue.rule.judges() || TARGET_VERBS.contains(&key))
                && self.quote_in_clause(cue.last)
                || self.judged_without_quote(cue);
            // "Citing “duties at home,” the spokeswoman told …": a participle opening its
            // sentence is the main clause's subject's, after the comma that ends it.
            // (Not a verb that needs a quote to be speech, "Speaking on “This Week,”", nor a
            // shouted headline in capitals.)
            // So does one after a subordinator or preposition that opens the sentence
            // ("After saying her foot was “fine,” Ana Ruiz left", "While saying that …,").
            let led_opening = prev.is_some_and(|p| {
                OPENING_PARTICIPLE_LEADS.contains(&self.key(p))
                    && self.opens_sentence(p)
                    && prev_gap.trim().is_empty()
            });
            if (self.opens_sentence(cue.first) || led_opening)
                && cue.rule != Rule::Quoted
                && self.words[cue.first].text.chars().any(char::is_lowercase)
                && (self.content_follows_participle(cue.last) || evaluative)
            {
                if let Some(s) = self.subject_after_opening_participle(cue.last) {
                    out.push(cand(s, "cue_participle_subject", false));
                    return Found::candidates(self.expand_pronouns(out, cue.first));
                }
            }
            if !leads || !(self.content_follows_participle(cue.last) || evaluative) {
                return Found::Nothing;
            }
            // "Netanyahu’s Likud party, which tried to rally support by saying": inside a
            // relative clause, the participle's subject is what the clause is about.
            if let Some(s) = self.relative_antecedent(cue.first) {
                out.push(cand(s, "cue_participle_subject", false));
                return Found::candidates(self.expand_pronouns(out, cue.first));
            }
            // "Although he thanked them, he sounded a note of doubt, saying": the pronoun
            // that opens the participle's own clause.
            if let Some(s) = self.clause_pronoun(cue.first).map(|j| self.pronoun(j)) {
                out.push(cand(s, "cue_participle_subject", false));
                return Found::candidates(self.expand_pronouns(out, cue.first));
            }
            if let Some(s) = sentence_speaker {
                out.push(cand(s.clone(), "cue_participle_sentence", false));
            }
            if let Some(s) = self.first_subject(cue.first) {
                out.push(cand(s, "cue_participle_subject", false));
            }
            return Found::candidates(self.expand_pronouns(out, cue.first));
        }
        // "mugs that said, “…”", "a sign — which read “…”": a relative clause on a thing
        // that bears the quoted words. The one who issued, held or wore it speaks through it
        // when the thing is the object of the clause ("Bo Chen released a video that said
        // “…”", "They passed out mugs that said"); else the thing itself ("A sign that read
        // “…” hung there"). Not inside what someone else reports ("Ruiz said the town lost a
        // voice that said “…”").
        if let Some(s) = self
            .quoting_antecedent(cue)
            .filter(|_| sentence_speaker.is_none())
        {
            // (Before the thing's head noun: "Bo Chen sent letters that …" is read as one
            // phrase when the verb is unknown.)
            let head = self.words[cue.first - 2].start;
            // (Not one who merely has it: "Ana Ruiz has in her bag a note that said".)
            let possession = |i: &Speaker| {
                let v = self.words.partition_point(|w| w.start < i.end);
                v + 1 < cue.first
                    && matches!(self.key(v), "has" | "have" | "had")
                    && (PREPOSITIONS.contains(&self.key(v + 1))
                        || SPEAKER_DETERMINERS.contains(&self.key(v + 1)))
            };
            let issuer = self
                .first_subject(cue.first)
                .filter(|i| i.end < head && !possession(i));
            match issuer {
                Some(i) => out.push(cand(i, "cue_participle_subject", false)),
                None => out.push(cand(s, "cue_left", true)),
            }
            return Found::candidates(self.expand_pronouns(out, cue.first));
        }
        // Inversion: "said Hill", "“…,” added Smith"; never the addressee ("told Newsweek").
        let after_quote = prev_gap.contains(['”', '"', '’', '\'', '»', '“']);
        let clause_start = prev.is_none_or(|p| self.sentence_of[p] != self.sentence_of[cue.first])
            || prev_gap.contains(',');
        // (Not "Ana Ruiz, the mayor, accused the board of lying": a verb's target after the
        // comma that closes an apposition.)
        let inverts = (after_quote
            || (cue.rule == Rule::Always && clause_start && !TARGET_VERBS.contains(&key)))
            && !ADDRESSEE_VERBS.contains(&key);
        // "“Why now?” asked Sen. Jane Roe of Ohio.", "“Stay inside,” warned the mayor.":
        // right after its quote, with no subject before it, a verb of asking or warning
        // inverts too, before a name or a description that ends the clause (not "“…,” he
        // told Newsweek", whose subject stands before the verb).
        let inverted_addressee = after_quote && ADDRESSEE_VERBS.contains(&key);
        let inverted = if inverts {
            self.subject_right(cue.last)
        } else if inverted_addressee {
            self.subject_right(cue.last)
                .filter(|s| s.entity.is_some() || self.ends_clause(s.end))
        } else {
            None
        };
        // "…, said Naomi Feld, a senior fellow": after a comma, an inverted subject that
        // ends its clause; it stands even before a negated subject across the comma.
        let left = self.subject_left(cue.first);
        // (Not a description after a person's name whose apposition or relative clause the
        // comma closes: in "Ana Ruiz, who watched it, said the event moved her," what
        // follows "said" is the content.)
        let named_left = matches!(&left, Left::Found(s, "cue_apposition")
            if s.entity.is_some_and(|e| self.reg.entities[e].person));
        if let Some(s) = inverted.as_ref().filter(|s| {
            prev_gap.contains(',')
                && self.ends_clause(s.end)
                && !(named_left && s.entity.is_none() && !after_quote)
        }) {
            out.push(cand(s.clone(), "cue_inverted_clause_end", true));
        }
        // "Neither commissioner would say", "No official said": nobody spoke.
        let nobody = matches!(&left, Left::Found(s, _) if {
            let k = self.words.partition_point(|w| w.start < s.start);
            // (Not "no matter how many times people told him".)
            matches!(self.key(k), "neither" | "no" | "none" | "nobody")
                && self.keys.get(k + 1).is_none_or(|w| w != "matter")
        });
        if nobody && out.is_empty() {
            return Found::Nothing;
        }
        match left {
            Left::Negated if out.is_empty() => return Found::Nothing,
            Left::Negated | Left::None => {}
            Left::Found(s, via) => {
                // "A consultant's report warned …, though it described": "it" and "they"
                // take up the sentence's earlier speaker before any name elsewhere.
                let pronoun = matches!(&self.text[s.start..s.end], "it" | "It" | "they" | "They");
                match (pronoun, sentence_speaker) {
                    (true, Some(earlier)) => out.push(cand(
                        Speaker {
                            start: s.start,
                            end: s.end,
                            ..earlier.clone()
                        },
                        "cue_pronoun_sentence",
                        true,
                    )),
                    _ => out.push(cand(s, via, true)),
                }
            }
        }
        if let Some(s) = inverted.filter(|_| out.iter().all(|c| c.via != "cue_inverted_clause_end"))
        {
            out.push(cand(s, "cue_inverted", true));
        }
        // "He suggested …, called her “third-rate” and …": a verb after a comma, with
        // nothing else found, continues the clause's subject.
        if out.is_empty() && prev_gap.trim() == "," && cue.rule != Rule::Always {
            if let Some(s) = self.first_subject(cue.first) {
                out.push(cand(s, "cue_clause_subject", false));
            }
        }
        // "and insisted", "but warned", "and later said": continues the sentence's speaker.
        if self.coordinated(cue.first) {
            // "When the aide was asked …, he laughed and said": the first verb's pronoun.
            if let Some(s) = self.clause_pronoun(cue.first).map(|j| self.pronoun(j)) {
                out.push(cand(s, "cue_coordinated_subject", false));
                return Found::candidates(self.expand_pronouns(out, cue.first));
            }
            if let Some(s) = sentence_speaker {
                out.push(cand(s.clone(), "cue_coordinated_sentence", false));
            }
            if let Some(s) = self.first_subject(cue.first) {
                out.push(cand(s, "cue_coordinated_subject", false));
            }
        }
        Found::candidates(self.expand_pronouns(out, cue.first))
    }

    /// The antecedent of "that" or "which" right before a cue whose quote opens in its
    /// clause, when the antecedent is a thing or a document, not a person ("water bottles
    /// that said, “…”", "a message that said “…”", "the sign — which read “…”", "letters
    /// that called him an “amateur”"): the noun phrase that ends right before the relative
    /// word, after no verb, preposition or clause word. (Without a quote such clauses are as
    /// often the subject of what someone else reports.)
    fn quoting_antecedent(&self, cue: &Cue) -> Option<Speaker> {
        let rel = cue.first.checked_sub(1)?;
        let a = rel.checked_sub(1)?;
        if !matches!(self.key(rel), "that" | "which")
            || !self.gap(rel, cue.first).trim().is_empty()
            || !self.same_scope(a, cue.first)
            || !self.quote_in_clause(cue.last)
        {
            return None;
        }
        let gap = self.gap(a, rel).trim();
        let head = self.key(a);
        let noun = (gap.is_empty() || self.key(rel) == "which" && matches!(gap, "," | "—" | "–"))
            && !self.finite_verb(a)
            && !PREPOSITIONS.contains(&head)
            && !CLAUSE_WORDS.contains(&head)
            && !is_speaker_pronoun(head)
            && !ends_possessive(self.words[a].text)
            && !SPEAKER_NOUNS.contains_key(self.bare(a));
        if !noun {
            return None;
        }
        self.noun_phrase_ending_at(a)
    }

    /// A document noun ends the phrase right before the participle at word `k`, perhaps
    /// with a time phrase between ("a statement saying", "an email Wednesday saying", "a
    /// series of tweets early Friday saying", "a statement Thursday night calling"); not a
    /// possessive ("the letter's").
    fn document_before(&self, k: usize) -> bool {
        let blank = |m: usize| m > 0 && self.gap(m - 1, m).trim().is_empty();
        let mut p = k;
        // (Its time may stand between: "a statement Thursday night calling", "tweets early
        // Friday saying", "that night"; a word that opens a time only before one.)
        while blank(p)
            && (TIME_WORDS.contains(self.key(p - 1))
                || p < k && (TIME_LEADS.contains(&self.key(p - 1)) || self.key(p - 1) == "that"))
        {
            p -= 1;
        }
        blank(p)
            && !ends_possessive(self.words[p - 1].text)
            && DOCUMENT_NOUNS.contains(self.bare(p - 1))
    }

    /// Word `k` is a verb coordinated by "and" or "but", perhaps across adverbs of sequence
    /// when it is past or present tense ("and insisted", "but then warned", "and later
    /// said", "and has boasted"; not the bare verb of "could send a request and then add
    /// code").
    fn coordinated(&self, k: usize) -> bool {
        let verb = self.key(k);
        let tensed = verb.ends_with("ed") || matches!(verb, "said" | "says" | "told" | "wrote");
        let mut j = k;
        while j > 0 && j + 2 >= k && self.gap(j - 1, j).trim().is_empty() {
            let key = self.key(j - 1);
            if matches!(key, "and" | "but") {
                return true;
            }
            let adverb = SEQUENCE_ADVERBS.contains(&key) || key.len() > 4 && key.ends_with("ly");
            // ("and has boasted of", "but had called": a perfect's auxiliary.)
            let perfect = matches!(key, "has" | "have" | "had");
            if !(tensed && (adverb || perfect)) {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// The pronoun that opens the clause a participle or coordinated verb at word `k`
    /// continues: "he", "she" or "they" after a comma, a dash or the start of the sentence,
    /// right before a finite verb, within [`CLAUSE_PRONOUN_WORDS`] words before `k` and
    /// with no comma after it ("…, he laughed and said", "although he thanked them, he
    /// sounded a note of doubt, saying"). Not one after a subordinator ("when he spoke,
    /// saying" continues the main clause), nor one in the content of a reporting verb
    /// ("said he would run, adding" has no comma before "he").
    fn clause_pronoun(&self, k: usize) -> Option<usize> {
        let s = self.sentence_of[k];
        let from = k.saturating_sub(CLAUSE_PRONOUN_WORDS);
        (from..k)
            .rev()
            .take_while(|&j| self.sentence_of[j] == s)
            .take_while(|&j| j + 1 == k || !self.gap(j, j + 1).contains([',', ';', ':']))
            .filter(|&j| self.nest.quote_of(j) == self.nest.quote_of(k))
            .find(|&j| {
                matches!(self.key(j), "he" | "she" | "they")
                    && j + 1 < k
                    && self.gap(j, j + 1).trim().is_empty()
                    && self.finite_verb(j + 1)
                    && (j == 0
                        || self.sentence_of[j - 1] != s
                        || matches!(self.gap(j - 1, j).trim(), "," | "—" | "–" | "-"))
            })
    }

    /// Punctuation or the end of the paragraph follows byte position `end`.
    pub(super) fn ends_clause(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start_matches(' ');
        // ("said his survey showed Mr. Lee ahead": the period of a title or an initial
        // ends no clause.)
        if rest.starts_with('.') && rest[1..].starts_with(' ') {
            let last = self.text[..end].rsplit(' ').next().unwrap_or("");
            if last.starts_with(char::is_uppercase) && abbreviation(last) {
                return false;
            }
        }
        rest.is_empty() || rest.starts_with([',', '.', ';', ':', '\n', '!', '?', '—'])
    }

    /// The subject of the main clause after a participial clause that opens the sentence
    /// at word `k` ("Citing …, the spokeswoman told"): the first subject after the first
    /// comma outside quotes, within [`OPENING_PARTICIPLE_WORDS`] words.
    fn subject_after_opening_participle(&self, k: usize) -> Option<Speaker> {
        let s = self.sentence_of[k];
        let scope = self.nest.quote_of(k);
        let comma = (k..(k + OPENING_PARTICIPLE_WORDS).min(self.words.len() - 1))
            .take_while(|&m| self.sentence_of[m + 1] == s)
            .find(|&m| self.gap(m, m + 1).contains(',') && self.nest.quote_of(m + 1) == scope)?;
        let start = comma + 1;
        if let Some(run) = self.name_run(start).filter(|r| r.0 == start) {
            return self.name_speaker(run);
        }
        if is_speaker_pronoun(self.key(start)) {
            return Some(self.pronoun(start));
        }
        let mut end = self.noun_phrase_end(start);
        // ("After saying …, the man ended up": the phrase ends before a past form.)
        while end > start + 1 && self.finite_verb(end) && !self.words[end].is_capitalized() {
            end -= 1;
        }
        self.mention_ending_at(end)
            .filter(|sp| sp.start >= self.words[start].start)
    }

    /// The first word of the short quoted title (at most [`TITLE_QUOTE_WORDS`] words, the
    /// first capitalised) that word `w` sits in, outside any other quote: "the author of
    /// “Going Local”".
    pub(super) fn title_quote_start(&self, w: usize) -> Option<usize> {
        let qi = self.nest.quote_of(w)?;
        let q = &self.quotes[qi];
        let first = self.words.partition_point(|x| x.start < q.start);
        // A title follows its noun or preposition directly ("of “Going Local”", "the show
        // “The Deal”"); a quote that opens its sentence or follows a comma is speech.
        let after_word = first > 0
            && first < self.words.len()
            && self.sentence_of[first - 1] == self.sentence_of[first]
            && self
                .gap(first - 1, first)
                .trim()
                .chars()
                .all(|c| "“\"‘'".contains(c));
        (self.nest.parent(qi).is_none()
            && after_word
            && self.count_between(q.start, q.end) <= TITLE_QUOTE_WORDS
            && self.words[first].is_capitalized())
        .then_some(first)
    }

    /// The speaker before a cue, skipping auxiliaries and adverbs.
    pub(super) fn subject_left(&self, cue_first: usize) -> Left {
        let mut j = cue_first;
        let mut after_aside = false;
        while j > 0 {
            let k = j - 1;
            if !self.same_scope(k, cue_first) {
                // "…, the author of “Going Local,” said": an apposition ending in a title.
                let comma = self.gap(k, j).trim().trim_matches(['”', '"']).trim() == ",";
                if comma && self.nest.quote_of(cue_first).is_none() {
                    if let Some(first) = self.title_quote_start(k).filter(|&f| f > 0) {
                        if self.gap(first - 1, first).contains(['“', '"']) {
                            return self.apposition_subject(k, cue_first);
                        }
                    }
                }
                return Left::None;
            }
            // ("Only 12% said": the sign belongs to the number.)
            let gap = self.gap_after_name(k, j).trim().trim_start_matches('%');
            // ("Gov. Ana Ruiz (D-Ohio), said": a comma may follow the tag.)
            let party = matches!(gap.trim_end_matches(','), ")" | ".)") && self.party_tag(k);
            // "Gingrich — mentioned by Newsmax as the favourite — told": skip the aside.
            // (The dash that opened the aside is not looked at again.)
            let opened_aside = std::mem::take(&mut after_aside);
            // "Kasich (who has 25 delegates to date) said": so is one in parentheses.
            let paren = gap == ")" && !party;
            if (is_dash(gap) || paren) && !opened_aside {
                if let Some(open) = self.aside_start(k, cue_first, paren) {
                    j = open;
                    after_aside = true;
                    continue;
                }
            }
            if !gap.is_empty() && !party && !opened_aside {
                // ("A third of independents, 33%, say": the sign ends the apposition.)
                return if gap.trim_start_matches(['.', '%']) == "," {
                    self.apposition_subject(k, cue_first)
                } else {
                    Left::None
                };
            }
            let key = &self.keys[k];
            if matches!(key, "not" | "never" | "cannot") || key.ends_with("n't") {
                return Left::Negated;
            }
            // "Cruz knocked Rubio on trade and called him": a coordinated verb's subject is
            // its clause's, found as such, not the object before "and".
            if matches!(key, "and" | "but" | "or") {
                return Left::None;
            }
            // "Harry Reid (D-Nev.) said": the speaker is right before the party tag.
            if k > 0 && self.party_tag(k) {
                return self
                    .mention_ending_at(k - 1)
                    .map_or(Left::None, |s| Left::Found(s, "cue_left"));
            }
            // ("Marine Supply testified": a capitalised word is a name, not an adverb.)
            // "“…,” May said": a person known by a name that is also an auxiliary.
            if GAP_WORDS.contains(key) && self.words[k].is_capitalized() && !self.opens_sentence(k)
            {
                if let Some(sp) = self.known_person(k) {
                    return Left::Found(sp, "cue_left");
                }
            }
            let adverb = key.len() > 4
                && key.ends_with("ly")
                && !SPEAKER_NOUNS.contains_key(key)
                && !self.words[k].is_capitalized();
            if GAP_WORDS.contains(key) || adverb {
                j = k;
                continue;
            }
            // "Calloway on Thursday urged", "Lee last week said".
            if TIME_WORDS.contains(key) {
                j = k;
                if j > 0 && TIME_LEADS.contains(&self.key(j - 1)) {
                    j -= 1;
                }
                continue;
            }
            // "A woman who answered the telephone at his office said": the head of the
            // relative clause, not the last noun in it (unless the mention before the cue
            // spans the clause: "officials who spoke on condition of anonymity").
            // "He’s predicting", "she’s said": a pronoun with its auxiliary contracted.
            if let Some(sp) = self.contracted_pronoun(k) {
                return Left::Found(sp, "cue_left");
            }
            // "Ruiz has in the past said": a phrase after an auxiliary.
            if let Some(aux) = self.auxiliary_before_phrase(k, cue_first) {
                j = aux;
                continue;
            }
            let direct = self.mention_ending_at(k);
            if let Some(s) = self
                .subject_before_relative(k, cue_first)
                .or_else(|| self.subject_before_contact_relative(k, cue_first))
            {
                if direct.as_ref().is_none_or(|d| d.start > s.start) {
                    return Left::Found(s, "cue_left");
                }
            }
            if let Some(p) = direct.as_ref().and_then(|s| self.unclosed_apposition(s)) {
                return Left::Found(p, "cue_apposition");
            }
            if let Some(h) = direct.as_ref().and_then(|s| self.head_before_modifiers(s)) {
                return Left::Found(h, "cue_left");
            }
            if let Some(r) = direct.as_ref().and_then(|s| self.role_with_its_object(s)) {
                return Left::Found(r, "cue_left");
            }
            // "Elected officials from both parties say": a description and its phrases, not
            // the last noun of the phrases.
            if let Some(pm) = self.postmodified_subject(k, cue_first).filter(|pm| {
                direct
                    .as_ref()
                    .is_none_or(|d| d.entity.is_none() && d.start > pm.start)
            }) {
                return Left::Found(pm, "cue_left");
            }
            return match direct {
                Some(s) => Left::Found(s, "cue_left"),
                // "Trump in his announcement speech called": the subject before a phrase;
                // "Residents who watched the fire said": the head of a relative clause.
                None => self
                    .subject_before_phrase(k, cue_first)
                    .map_or(Left::None, |s| Left::Found(s, "cue_left")),
            };
        }
        Left::None
    }

    /// Word `j` looks like a finite verb: an auxiliary, a reporting verb, a past form.
    pub(super) fn finite_verb(&self, j: usize) -> bool {
        let key = &self.keys[j];
        self.is_verbish(j)
            || GAP_WORDS.contains(key)
            || (key.len() > 4 && key.ends_with("ed"))
            || matches!(key, "did" | "does" | "will" | "would" | "could" | "can")
    }

    /// A person named at word `j` as a possible subject: not a possessive ("Parise’s
    /// goals") nor inside a prepositional phrase ("before Parise").
    pub(super) fn subject_name_at(&self, j: usize, person_only: bool) -> Option<Speaker> {
        let run = self.name_run(j).filter(|r| r.0 == j)?;
        let last = self.words[run.1].text;
        let possessive = ends_possessive(last);
        let after_preposition = j > 0 && {
            let p = &self.keys[j - 1];
            PREPOSITIONS.contains(&p) || matches!(p, "unlike" | "besides" | "alongside")
        };
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
}
