//! Speaker mentions and who they are.
//!
//! A mention is a name ("US President Donald Trump"), a pronoun ("he") or a description
//! ("a spokeswoman for the ministry", "the president"). Names become entities: later short
//! names join the entity whose name contains them ("Trump" = "Donald Trump"); titles and
//! appositions give an entity roles ("president", "brokerage") by which a definite
//! description ("the president") finds it again; pronouns go to the nearest earlier entity
//! that fits (gender from given names and titles where known).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::lexicon::entries;
use crate::segment::Word;

/// A speaker as reported: display name and, for names and resolved pronouns, its entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Byte span of the mention in the text.
    pub start: usize,
    pub end: usize,
    /// Resolved display name: an entity's full name, or the description's own words.
    pub name: Option<String>,
    pub entity: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// One person or organisation named in the text.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    tokens: Vec<String>,
    pub roles: Vec<String>,
    pub gender: Option<Gender>,
    pub person: bool,
    /// Named like an institution ("White House", "Kotak Securities").
    pub org: bool,
}

pub(crate) struct Lists {
    titles: HashSet<String>,
    not_names: HashSet<String>,
    /// Head noun → names a person (else a group or institution).
    pub nouns: HashMap<String, bool>,
    pub gap_words: HashSet<String>,
    /// Time words that may stand between a speaker and the verb ("on Thursday").
    pub time_words: HashSet<String>,
    given: HashMap<String, Gender>,
}

pub(crate) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let words = |src: &'static str| -> HashSet<String> {
            entries(src)
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect()
        };
        let nouns = entries(include_str!("../data/speaker_nouns.txt"))
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                Some((it.next()?.to_string(), it.next() == Some("person")))
            })
            .collect();
        let mut given = HashMap::new();
        for line in entries(include_str!("../data/first_names.txt")) {
            let mut it = line.split_whitespace();
            let g = if it.next() == Some("f") {
                Gender::Female
            } else {
                Gender::Male
            };
            for n in it {
                given.insert(n.to_string(), g);
            }
        }
        Lists {
            titles: words(include_str!("../data/titles.txt")),
            not_names: words(include_str!("../data/not_names.txt")),
            nouns,
            gap_words: entries(include_str!("../data/cue_gap_words.txt"))
                .filter(|l| !l.starts_with("@time"))
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect(),
            time_words: entries(include_str!("../data/cue_gap_words.txt"))
                .filter_map(|l| l.strip_prefix("@time"))
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect(),
            given,
        }
    })
}

/// Lowercase word without a possessive ending ("Trump’s" → "trump").
pub fn bare(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower)
        .to_string()
}

pub fn is_pronoun(key: &str) -> bool {
    matches!(key, "he" | "she" | "they" | "it" | "we" | "i")
}

/// Words that can be part of a name: capitalised, not a function word, or a particle
/// between two capitalised words ("Ursula von der Leyen").
fn name_word(w: &Word, l: &Lists) -> bool {
    w.is_capitalized() && !l.not_names.contains(&bare(w.text))
}

/// A dateline ("PARIS —", "WASHINGTON (AP) —") is not a name.
fn dateline(text: &str, w: &Word) -> bool {
    w.text.chars().all(|c| !c.is_lowercase()) && {
        let after = text[w.end..].trim_start();
        after.starts_with('—') || after.starts_with("(AP)") || after.starts_with("(Reuters)")
    }
}

fn is_title(w: &Word, l: &Lists) -> bool {
    // Titles are capitalised: most words are rejected before any allocation.
    if !w.is_capitalized() {
        return false;
    }
    let mut lower = w.text.to_lowercase();
    if l.titles.contains(&lower) {
        return true;
    }
    lower.push('.');
    l.titles.contains(&lower)
}

const PARTICLES: [&str; 10] = [
    "de", "van", "von", "der", "bin", "al", "da", "du", "la", "le",
];

/// Only spaces (or the period of an initial or abbreviation) between two words.
pub fn joined(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    // A period joins only after an initial or a title ("Robert M. Danin", "Sen. Warren"),
    // never across a sentence end ("said Bo Chen. Ann Lee said").
    let abbreviation = || {
        let mut chars = a.text.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        initial
            || lists()
                .titles
                .contains(&format!("{}.", a.text.to_lowercase()))
    };
    gap.chars().all(char::is_whitespace) || (gap == ". " && abbreviation()) || gap == " & "
}

/// The capitalised run of words that contains word `i`, as `(first, last)`.
pub fn name_run(text: &str, words: &[Word], i: usize) -> Option<(usize, usize)> {
    let l = lists();
    if !words[i].is_capitalized() || dateline(text, &words[i]) {
        return None;
    }
    let ok = |k: usize| {
        name_word(&words[k], l) || is_title(&words[k], l) || PARTICLES.contains(&words[k].text)
    };
    let (mut a, mut b) = (i, i);
    while a > 0
        && joined(text, &words[a - 1], &words[a])
        && ok(a - 1)
        && !ends_possessive(words[a - 1].text)
    {
        a -= 1;
    }
    while b + 1 < words.len()
        && joined(text, &words[b], &words[b + 1])
        && ok(b + 1)
        && !ends_possessive(words[b].text)
    {
        b += 1;
    }
    // Particles cannot end a run; function words cannot start one.
    while b > a && PARTICLES.contains(&words[b].text) {
        b -= 1;
    }
    while a < b && !name_word(&words[a], l) && !is_title(&words[a], l) {
        a += 1;
    }
    Some((a, b))
}

/// "Trump’s", "Jones's": a possessive, rarely a speaker or an antecedent.
pub fn ends_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// A run split into titles (roles) and the name proper.
pub struct Name {
    pub first: usize,
    pub last: usize,
    pub display: String,
    pub roles: Vec<String>,
}

/// The name inside a capitalised run: everything after the last title word.
pub fn parse_name(words: &[Word], run: (usize, usize)) -> Option<Name> {
    let l = lists();
    let (a, b) = run;
    let last_title = (a..=b).rev().find(|&k| is_title(&words[k], l) && k < b);
    let first = last_title.map_or(a, |t| t + 1);
    let first = (first..=b).find(|&k| name_word(&words[k], l))?;
    let roles = last_title
        .map(|t| {
            (a..=t)
                .filter(|&k| is_title(&words[k], l))
                .map(|k| bare(words[k].text))
                .collect()
        })
        .unwrap_or_default();
    let display = words[first..=b]
        .iter()
        .map(|w| {
            w.text
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(Name {
        first,
        last: b,
        display,
        roles,
    })
}

/// Words that mark an organisation rather than a person (`data/org_words.txt`).
fn org_word(token: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| entries(include_str!("../data/org_words.txt")).collect())
        .contains(token)
}

/// The entities of one text, in the order they were introduced.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// (byte position, entity) of every name mention, in text order, for pronouns.
    timeline: Vec<(usize, usize)>,
    /// Entities by each token of their names, so that finding one is not a scan.
    by_token: HashMap<String, Vec<usize>>,
    /// When each entity was last mentioned (an increasing counter).
    last_seen: Vec<usize>,
    clock: usize,
}

/// How many earlier name mentions a pronoun or a role may reach back over: references
/// point to recent mentions, and the bound keeps resolution linear in the text.
const LOOKBACK: usize = 60;

impl Registry {
    /// The entity a name refers to: the most recently mentioned one whose name contains
    /// it, or is contained in it ("Trump" and "Donald Trump").
    pub fn find(&self, name: &Name) -> Option<usize> {
        let tokens: Vec<String> = name.display.split_whitespace().map(bare).collect();
        if tokens.is_empty() {
            return None;
        }
        let matches = |e: usize| {
            let et = &self.entities[e].tokens;
            tokens.iter().all(|t| et.contains(t)) || et.iter().all(|t| tokens.contains(t))
        };
        // Candidates share a token with the name; the most recently mentioned match wins.
        tokens
            .iter()
            .filter_map(|t| self.by_token.get(t))
            .flatten()
            .copied()
            .filter(|&e| matches(e))
            .max_by_key(|&e| self.last_seen[e])
    }

    /// Records a name mention at `pos` and returns its entity. Mentions inside quotes
    /// (`for_pronouns` false) make entities but are not antecedents for pronouns; a
    /// mention `as_subject` (not after a preposition: "Head of Research") may show that a
    /// shortened name is a person's surname.
    pub fn mention(
        &mut self,
        name: &Name,
        pos: usize,
        for_pronouns: bool,
        as_subject: bool,
    ) -> usize {
        let l = lists();
        let tokens: Vec<String> = name.display.split_whitespace().map(bare).collect();
        let found = self.find(name);
        let id = match found {
            Some(e) => {
                let ent = &mut self.entities[e];
                if tokens.len() > ent.tokens.len() {
                    ent.tokens = tokens.clone();
                    ent.name = name.display.clone();
                    for t in &tokens {
                        let ids = self.by_token.entry(t.clone()).or_default();
                        if !ids.contains(&e) {
                            ids.push(e);
                        }
                    }
                }
                e
            }
            None => {
                self.entities.push(Entity {
                    name: name.display.clone(),
                    tokens: tokens.clone(),
                    roles: Vec::new(),
                    gender: None,
                    person: false,
                    org: false,
                });
                let e = self.entities.len() - 1;
                self.last_seen.push(0);
                for t in &tokens {
                    self.by_token.entry(t.clone()).or_default().push(e);
                }
                e
            }
        };
        self.clock += 1;
        self.last_seen[id] = self.clock;
        let ent = &mut self.entities[id];
        for r in &name.roles {
            if !ent.roles.contains(r) {
                ent.roles.push(r.clone());
            }
        }
        let org = tokens.iter().any(|t| org_word(t));
        ent.org |= org;
        let given = l.given.get(&tokens[0]).copied();
        let titled = name
            .roles
            .iter()
            .any(|r| l.titles.contains(r) || l.titles.contains(&format!("{r}."))); // A person: a known given name, a title, or a surname alone standing for a full
                                                                                   // name seen before ("Hege" after "Karin Hege"); organisations rarely shorten so.
        let surname_again =
            as_subject && found.is_some_and(|_| tokens.len() == 1) && ent.tokens.len() >= 2;
        if !org && (given.is_some() || titled || surname_again) {
            ent.person = true;
        }
        if ent.gender.is_none() {
            ent.gender = given.or(match name.roles.iter().map(String::as_str).next_back() {
                Some("mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother") => {
                    Some(Gender::Male)
                }
                Some("mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "sister") => {
                    Some(Gender::Female)
                }
                _ => None,
            });
        }
        if for_pronouns {
            self.timeline.push((pos, id));
        }
        id
    }

    /// Adds a role noun ("brokerage", "president") to an entity.
    pub fn add_role(&mut self, entity: usize, role: &str) {
        let ent = &mut self.entities[entity];
        if !ent.roles.iter().any(|r| r == role) {
            ent.roles.push(role.to_string());
        }
        if lists().nouns.get(role) == Some(&true) {
            ent.person = true;
        }
    }

    /// The entity a pronoun at `pos` refers to: the nearest earlier person (for he/she,
    /// of fitting gender) or group/organisation (for they/it).
    pub fn resolve_pronoun(&self, key: &str, pos: usize) -> Option<usize> {
        let want = match key {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        };
        let before = self.before(pos);
        match key {
            "he" | "she" => {
                let fits = |e: &usize| self.entities[*e].gender.is_none_or(|g| Some(g) == want);
                let recent: Vec<usize> = before.collect();
                // A known person first; else a full name that is not an institution's
                // (given names outside the list: "Ana Ruiz"). Place names would win too
                // often if both counted alike.
                recent
                    .iter()
                    .copied()
                    .filter(|&e| self.entities[e].person)
                    .find(fits)
                    .or_else(|| {
                        recent
                            .iter()
                            .copied()
                            .filter(|&e| {
                                !self.entities[e].org && self.entities[e].tokens.len() >= 2
                            })
                            .find(fits)
                    })
            }
            "it" | "they" => before.take(3).find(|&e| !self.entities[e].person),
            _ => None,
        }
    }
    /// Sets an entity's gender from a pronoun that refers to it, if still unknown.
    pub fn learn_gender(&mut self, entity: usize, pronoun: &str) {
        let ent = &mut self.entities[entity];
        if ent.gender.is_none() {
            ent.gender = Some(if pronoun == "she" {
                Gender::Female
            } else {
                Gender::Male
            });
        }
    }

    /// The most recent organisation ("the company" with no company named as such): an
    /// entity named like one ("Nettlebrook Systems"), not any name that is not a person's.
    pub fn recent_org(&self, pos: usize) -> Option<usize> {
        self.before(pos).find(|&e| self.entities[e].org)
    }

    /// The most recent entity known by the role `noun` ("the president" → Trump).
    pub fn resolve_role(&self, noun: &str, pos: usize) -> Option<usize> {
        self.before(pos)
            .find(|&e| self.entities[e].roles.iter().any(|r| r == noun))
    }

    /// Entities of the last [`LOOKBACK`] name mentions before `pos`, latest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        let upto = self.timeline.partition_point(|&(p, _)| p < pos);
        self.timeline[..upto]
            .iter()
            .rev()
            .take(LOOKBACK)
            .map(|&(_, e)| e)
    }
}
