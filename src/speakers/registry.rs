//! The entities of one text: people and organisations named in it, merged across mentions
//! ("Trump" joins "Donald Trump"), with the roles that definite descriptions find them by
//! ("the president") and the genders that pronouns agree with.

use std::collections::HashMap;

use super::names::{bare, Name};
use super::Gender;
use crate::lexicon::{GIVEN_NAMES, ORG_WORDS, SPEAKER_NOUNS, TITLES};

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

/// Words that mark an organisation rather than a person (`data/org_words.txt`).
fn org_word(token: &str) -> bool {
    ORG_WORDS.contains(token)
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
        let given = GIVEN_NAMES.get(tokens[0].as_str()).copied();
        let titled = name
            .roles
            .iter()
            .any(|r| TITLES.contains(r.as_str()) || TITLES.contains(format!("{r}.").as_str()));
        // A person: a known given name, a title, or a surname alone standing for a full
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
        if SPEAKER_NOUNS.get(role) == Some(&true) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{name_run, parse_name};
    use crate::text::words;

    /// Registers every name of `text` (outside quotes, as subjects) and returns the
    /// registry with each name's entity.
    fn registry(text: &str) -> (Registry, Vec<(String, usize)>) {
        let ws = words(text, (0, text.len()));
        let mut reg = Registry::default();
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            match name_run(text, &ws, i).and_then(|r| Some((r, parse_name(&ws, r)?))) {
                Some((run, name)) => {
                    let e = reg.mention(&name, ws[name.first].start, true, true);
                    out.push((name.display.clone(), e));
                    i = run.1 + 1;
                }
                None => i += 1,
            }
        }
        (reg, out)
    }

    #[test]
    fn a_short_name_joins_the_full_name_it_is_part_of() {
        let (reg, names) = registry("Donald Trump met Joe Biden. Later Trump left.");
        let trump: Vec<usize> = names
            .iter()
            .filter(|(n, _)| n.contains("Trump"))
            .map(|(_, e)| *e)
            .collect();
        assert_eq!(trump.len(), 2);
        assert_eq!(trump[0], trump[1]);
        assert_eq!(reg.entities[trump[0]].name, "Donald Trump");
        assert!(reg.entities[trump[0]].person); // a known given name
    }

    #[test]
    fn pronouns_go_to_the_nearest_person_of_their_gender() {
        let text = "Maria Lopez met John Smith on Friday. Then";
        let (reg, _) = registry(text);
        let he = reg.resolve_pronoun("he", text.len()).unwrap();
        let she = reg.resolve_pronoun("she", text.len()).unwrap();
        assert_eq!(reg.entities[he].name, "John Smith");
        assert_eq!(reg.entities[she].name, "Maria Lopez");
    }

    #[test]
    fn institutions_are_organisations_not_people() {
        let (reg, names) = registry("The Finance Ministry said so.");
        let e = names
            .iter()
            .find(|(n, _)| n.contains("Ministry"))
            .unwrap()
            .1;
        assert!(reg.entities[e].org && !reg.entities[e].person);
        assert_eq!(reg.recent_org(100), Some(e));
    }

    #[test]
    fn roles_find_their_entity_again() {
        let (mut reg, names) = registry("Kotak Securities raised its target.");
        let e = names[0].1;
        reg.add_role(e, "brokerage");
        assert_eq!(reg.resolve_role("brokerage", 100), Some(e));
        assert_eq!(reg.resolve_role("president", 100), None);
    }
}
