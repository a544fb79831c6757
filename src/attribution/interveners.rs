//! What may stand between a subject and its verb, to be skipped when looking for the
//! subject: an aside between dashes or in parentheses ("Gingrich — mentioned by Newsmax —
//! told", "Kasich (who has 25 delegates) said"), a party tag ("Reid (D-Nev.) said"), a
//! prepositional phrase ("Trump in his speech called") or a relative clause ("Residents
//! who watched the fire said").

use super::context::Ctx;
use super::mentions::plural_agent_noun;
use super::{CLAUSE_WORDS, PHRASE_WORDS};
use crate::lexicon::classes::{is_function_word, is_speaker_pronoun, FINITE};
use crate::lexicon::{DOCUMENT_NOUNS, GAP_WORDS, SPEAKER_NOUNS, TIME_WORDS};
use crate::speakers::{joined, Speaker};

/// The longest aside between dashes skipped between a subject and its verb.
const ASIDE_WORDS: usize = 20;
/// How far back from a cue the "who" of a relative clause may stand ("Residents who
/// watched the fire from across the river said").
const RELATIVE_CLAUSE_WORDS: usize = 12;

/// A described subject's phrases after its head ("Elected officials from both parties",
/// "the deputy head of the delegation to the forum") span at most this many words.
const POSTMODIFIER_WORDS: usize = 10;
/// Words that open a phrase after a subject's head noun ("officials from both parties",
/// "organizers of the boycott", "observers in Ohio", "the push to block the bill").
const POSTMODIFIER_LEADS: &[&str] = &[
    "of",
    "from",
    "in",
    "at",
    "for",
    "with",
    "on",
    "across",
    "around",
    "among",
    "within",
    "inside",
    "outside",
    "throughout",
    "to",
];
/// Verbs of meeting people with no -ed, after the pronoun of a relative clause with no
/// "who" ("the officials we spoke to").
const CONTACT_VERBS: &[&str] = &[
    "spoke",
    "met",
    "know",
    "knew",
    "saw",
    "heard",
    "talk",
    "interview",
];
/// Adjectives that take a phrase after a subject's head ("sources privy to the talks",
/// "aides loyal to the governor").
const LINKING_ADJECTIVES: &[&str] = &[
    "privy",
    "close",
    "familiar",
    "loyal",
    "allied",
    "opposed",
    "sympathetic",
    "friendly",
    "hostile",
    "critical",
    "knowledgeable",
    "aligned",
    "tied",
    "linked",
    "connected",
    "involved",
    "based",
];

/// A dash that sets off an aside: an em or en dash, or a spaced hyphen.
pub(super) fn is_dash(gap: &str) -> bool {
    matches!(gap, "—" | "–" | "-" | "--" | "―")
}

impl Ctx<'_> {
    /// The word right after the dash (or with `paren`, the parenthesis) that opens the aside
    /// ending at word `k` ("Gingrich — mentioned by Newsmax … — told"), within
    /// [`ASIDE_WORDS`] words and the cue's scope.
    pub(super) fn aside_start(&self, k: usize, cue_first: usize, paren: bool) -> Option<usize> {
        let mut m = k;
        while m > 0 && k - m < ASIDE_WORDS && self.same_scope(m - 1, cue_first) {
            let gap = self.gap(m - 1, m).trim();
            if (!paren && is_dash(gap)) || (paren && gap == "(") {
                return Some(m);
            }
            if gap.contains(['.', ';', ':', '“', '”', '"', '\n']) {
                return None;
            }
            m -= 1;
        }
        None
    }

    /// A name or pronoun right before a prepositional phrase that ends at word `k` ("Trump
    /// in his announcement speech", "Cruz on the campaign trail"), within its clause.
    pub(super) fn subject_before_phrase(&self, k: usize, cue_first: usize) -> Option<Speaker> {
        let mut p = k;
        while p > 0 && k - p < PHRASE_WORDS && self.same_scope(p - 1, cue_first) {
            if !self.gap(p - 1, p).trim().is_empty() {
                return None;
            }
            p -= 1;
            if matches!(
                &self.keys[p],
                "in" | "at" | "on" | "during" | "after" | "before" | "with" | "from" | "since"
            ) {
                let s = p.checked_sub(1)?;
                let joined = self.gap(s, p).trim().is_empty();
                let key = &self.keys[s];
                let named = self.words[s].is_capitalized()
                    || is_speaker_pronoun(key)
                    || matches!(key, "who" | "which");
                return (joined && named && self.same_scope(s, cue_first))
                    .then(|| self.mention_ending_at(s))
                    .flatten()
                    .filter(|sp| sp.entity.is_some() || is_speaker_pronoun(key) || s > 0);
            }
        }
        None
    }

    /// The subject a relative clause ending at word `k` belongs to ("Residents who watched
    /// the fire from across the river said"): "who" within [`RELATIVE_CLAUSE_WORDS`] words,
    /// no punctuation between, after a person named or described.
    pub(super) fn subject_before_relative(&self, k: usize, cue_first: usize) -> Option<Speaker> {
        let mut m = k;
        while m > 0 && k - m < RELATIVE_CLAUSE_WORDS && self.same_scope(m - 1, cue_first) {
            if !self.gap(m - 1, m).trim().is_empty() {
                return None;
            }
            m -= 1;
            if self.key(m) == "who" {
                let s = m.checked_sub(1)?;
                if !self.gap(s, m).trim().is_empty() || !self.same_scope(s, cue_first) {
                    return None;
                }
                // Through "who" itself: "Edwin Tull, a dairy farmer who in 2010 said" is
                // Tull, the name the description stands beside.
                // (Or a plural noun before "who" and its verb: "One of the docs who sent
                // the letter called": the letter is the relative clause's object; not "a
                // group of hackers who officials say", whose "say" has its own subject.)
                let verb_next = !self.words[m + 1].is_capitalized()
                    && !is_function_word(self.key(m + 1))
                    && !is_speaker_pronoun(self.key(m + 1))
                    && !SPEAKER_NOUNS.contains_key(self.bare(m + 1));
                return self.mention_ending_at(m).filter(|sp| {
                    sp.entity.is_some()
                        || SPEAKER_NOUNS.contains_key(self.bare(s))
                        || verb_next
                            && self.key(s).len() > 3
                            && self.key(s).ends_with('s')
                            && !DOCUMENT_NOUNS.contains(self.bare(s))
                            && !self.words[s].is_capitalized()
                });
            }
        }
        None
    }

    /// The auxiliary of the perfect before a prepositional phrase that ends at word `k` ("Ruiz
    /// has in the past said", "had at one point told", "has for years argued", "has since
    /// said"): the phrase stands
    /// between the auxiliary and its verb, within [`PHRASE_WORDS`] words and no punctuation.
    pub(super) fn auxiliary_before_phrase(&self, k: usize, cue_first: usize) -> Option<usize> {
        let mut p = k + 1;
        while p > 1 && k + 1 - p < PHRASE_WORDS && self.same_scope(p - 2, cue_first) {
            if !self.gap(p - 1, p).trim().is_empty() && p <= k {
                return None;
            }
            p -= 1;
            // (Not through a clause: "has in her bag a note that said".)
            if CLAUSE_WORDS.contains(&self.key(p)) && self.key(p) != "since" {
                return None;
            }
            // ("has since said": the adverb alone.)
            if matches!(
                &self.keys[p],
                "in" | "at" | "for" | "on" | "over" | "during" | "throughout" | "since"
            ) {
                let aux = p - 1;
                let joined = self.gap(aux, p).trim().is_empty();
                return (joined && matches!(&self.keys[aux], "has" | "have" | "had"))
                    .then_some(aux);
            }
        }
        None
    }

    /// Word `k` is a party tag in parentheses: "(D-Calif.)", "(R)", "(I-Vt.)".
    pub(super) fn party_tag(&self, k: usize) -> bool {
        let w = self.words[k].text;
        let mut chars = w.chars();
        let party = matches!(chars.next(), Some('R' | 'D' | 'I'));
        let rest = chars.as_str();
        let shape = rest.is_empty()
            || (rest.starts_with('-')
                && rest.len() > 1
                && rest[1..].chars().all(|c| c.is_alphabetic() || c == '.'));
        party
            && shape
            && k > 0
            && self.gap(k - 1, k).trim_end().ends_with('(')
            && self.text[self.words[k].end()..]
                .trim_start_matches('.')
                .starts_with(')')
    }

    /// A described subject with phrases after its head, opening its clause, before a cue
    /// whose last word before it is `k` ("Elected officials from both parties say",
    /// "Organizers of the boycott said", "The deputy head of the delegation to the forum
    /// said", "sources privy to the talks say"): the description (headed by a noun of people
    /// or of a body) ends before the first of the phrases, which hold no verb, clause word
    /// or punctuation up to the cue. The speaker is the whole phrase.
    pub(super) fn postmodified_subject(&self, k: usize, cue_first: usize) -> Option<Speaker> {
        let mut p = k;
        while p > 0 && k - p < POSTMODIFIER_WORDS && self.same_scope(p - 1, cue_first) {
            if !joined(self.text, &self.words[p - 1], &self.words[p]) {
                return None;
            }
            let key = self.key(p);
            let verb = self.is_verbish(p) || FINITE.contains(&key);
            // (Not "what his aides describe", a free relative's subject; nor "the report on
            // Wednesday cited", whose phrase is the verb's time, not the noun's.)
            let clause = CLAUSE_WORDS.contains(&key) && !matches!(key, "and" | "or")
                || matches!(key, "what" | "whatever");
            if verb || clause || TIME_WORDS.contains(self.bare(p)) {
                return None;
            }
            p -= 1;
            // The phrase opens with a preposition after the head, or an adjective that
            // takes one ("privy to").
            // ("to" only further on: "the push to block the plan", not "its contractors to
            // get a cost estimate", an infinitive of purpose.)
            let lead = POSTMODIFIER_LEADS.contains(&self.key(p + 1))
                && self.key(p + 1) != "to"
                && !LINKING_ADJECTIVES.contains(&self.key(p));
            let linking = LINKING_ADJECTIVES.contains(&self.key(p + 1))
                && p + 2 <= k
                && POSTMODIFIER_LEADS.contains(&self.key(p + 2));
            if !(lead || linking) {
                continue;
            }
            // (The head is a noun of people or of a body: not "The team looked at data on".)
            let head = self.bare(p);
            if !(SPEAKER_NOUNS.contains_key(head) || plural_agent_noun(head)) {
                continue;
            }
            let Some(d) = self.description(p, false).filter(|d| d.entity.is_none()) else {
                continue;
            };
            let mut a = self.words.partition_point(|w| w.start < d.start);
            // ("Elected officials": a participle opening the clause is an adjective.)
            if a > 0
                && self.key(a - 1).ends_with("ed")
                && self.gap(a - 1, a).trim().is_empty()
                && self.opens_clause(a - 1)
            {
                a -= 1;
            }
            if !self.opens_clause(a) {
                return None;
            }
            return Some(self.phrase_speaker(self.words[a].start, self.words[k].end()));
        }
        None
    }

    /// Word `i` opens a clause: the sentence's first word, or one after a clause's
    /// punctuation or a clause word ("…, but security specialists say").
    fn opens_clause(&self, i: usize) -> bool {
        i == 0
            || self.opens_sentence(i)
            || self.gap(i - 1, i).contains([',', ';', ':', '—', '('])
            || CLAUSE_WORDS.contains(&self.key(i - 1)) && self.gap(i - 1, i).trim().is_empty()
    }

    /// The subject a relative clause with no "who" ends at word `k` belongs to ("all the
    /// experts I interviewed said", "Several people I have spoken with said", "The officials
    /// we spoke to said"): a description of people that opens its clause, right before a
    /// subject pronoun and its verb, within [`RELATIVE_CLAUSE_WORDS`] words, no punctuation.
    pub(super) fn subject_before_contact_relative(
        &self,
        k: usize,
        cue_first: usize,
    ) -> Option<Speaker> {
        let mut m = k;
        while m > 1 && k - m < RELATIVE_CLAUSE_WORDS && self.same_scope(m - 1, cue_first) {
            if !joined(self.text, &self.words[m - 1], &self.words[m]) {
                return None;
            }
            m -= 1;
            if !matches!(self.key(m), "i" | "we" | "you" | "they" | "he" | "she") {
                continue;
            }
            let next = self.key(m + 1);
            let verb = GAP_WORDS.contains(next)
                || next.len() > 4 && next.ends_with("ed")
                || CONTACT_VERBS.contains(&next);
            let head = self.bare(m - 1);
            if !verb || !(SPEAKER_NOUNS.get(head) == Some(&false) || plural_agent_noun(head)) {
                return None;
            }
            let d = self
                .description(m - 1, false)
                .filter(|d| d.entity.is_none())?;
            let a = self.words.partition_point(|w| w.start < d.start);
            return self.opens_clause(a).then_some(d);
        }
        None
    }
}
