//! The entities of one text: people and organisations named in it, merged across mentions
//! ("Trump" joins "Donald Trump"), with the roles that definite descriptions find them by
//! ("the president") and the genders that pronouns agree with.
//!
//! Memory stays small whatever the text names: each distinct name token is stored once, as
//! a [`Tokens`] id, and entities, indices and mention lists hold ids, not strings.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::names::{bare, initials_fit, lower_straight, strip_possessive, Name};
use super::{Gender, Kind};
use crate::lexicon::{
    COUNTRIES, GIVEN_NAMES, ORG_WORDS, PLACE_WORDS, PUBLIC_ORG_WORDS, ROLE_GENDERS, SPEAKER_NOUNS,
    TITLES,
};

/// One person or organisation named in the text.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    /// How many tokens the name has, repeats included.
    token_count: u32,
    /// The name's distinct tokens, sorted ids ([`Tokens`]): for comparing names.
    token_set: Box<[TokenId]>,
    pub roles: Vec<String>,
    pub gender: Option<Gender>,
    pub person: bool,
    /// Named like an institution ("White House", "Kotak Securities").
    pub org: bool,
    /// Named like a public body ("United States", "Supreme Court"; `| public` in
    /// `data/org_words.txt`).
    pub public: bool,
    /// Named like a place or building ("Carrow Hall", "Wall Street").
    pub place: bool,
    /// Named as the subject of a speech verb ("Smith said", "“…,” said Smith").
    pub speaks: bool,
}

/// Words that mark an organisation rather than a person (`data/org_words.txt`).
fn org_word(token: &str) -> bool {
    ORG_WORDS.contains(token)
}

/// A name token's id in [`Tokens`].
type TokenId = u32;

/// An entity's index in [`Registry::entities`], as the indices store it.
type EntityId = u32;

/// The distinct tokens of the names of one text ("donald", "trump"), each stored once.
#[derive(Debug, Default)]
struct Tokens {
    ids: HashMap<Box<str>, TokenId>,
}

impl Tokens {
    /// The id of a token seen before.
    fn get(&self, token: &str) -> Option<TokenId> {
        self.ids.get(token).copied()
    }

    /// The id of a token, given a new one when it is new.
    fn intern(&mut self, token: &str) -> TokenId {
        if let Some(id) = self.get(token) {
            return id;
        }
        let id = TokenId::try_from(self.ids.len()).expect("fewer than 2^32 distinct tokens");
        self.ids.insert(token.into(), id);
        id
    }

    /// The sorted, distinct ids of `tokens`, interned.
    fn set_of(&mut self, tokens: &[&str]) -> Box<[TokenId]> {
        let mut ids: Vec<TokenId> = tokens.iter().map(|t| self.intern(t)).collect();
        crate::sort::sort(&mut ids);
        ids.dedup();
        ids.into_boxed_slice()
    }
}

/// A list of entities that most often holds one: it starts at capacity one (`vec!` of one
/// element), not the four a first `push` reserves.
fn one_entity(e: EntityId) -> Vec<EntityId> {
    vec![e]
}

/// The key of a token set (sorted ids) in [`Registry::by_set`].
fn set_hash(set: &[TokenId]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    set.hash(&mut h);
    h.finish()
}

/// The tokens of a name: its words lower-cased without possessive endings ("Donald",
/// "Trump’s" → "donald", "trump"), in order, as slices of `lower`, the name lower-cased
/// once ([`lower_straight`]), not a string a word.
fn name_tokens(lower: &str) -> Vec<&str> {
    lower.split_whitespace().map(strip_possessive).collect()
}

/// A lone word "they" may take up: a plural ("Progressives") or a noun of speakers
/// ("Police").
fn group_like(name: &str) -> bool {
    name.ends_with('s') || SPEAKER_NOUNS.contains_key(bare(name).as_str())
}

/// A name in capitals, of two letters or more ("US-CERT", "NASA"): an organisation's,
/// whatever opens the sentence.
fn acronym(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// Entity `e` as the indices store it.
fn entity_id(e: usize) -> EntityId {
    EntityId::try_from(e).expect("fewer than 2^32 entities")
}

/// One mention of an entity: where, and whether as a subject.
#[derive(Debug, Clone, Copy)]
struct Mention {
    pos: usize,
    subject: bool,
}

/// The entities of one text, in the order they were introduced.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// (byte position, entity) of every name mention, in text order, for pronouns.
    timeline: Vec<(usize, EntityId)>,
    /// The tokens of every name, by id.
    tokens: Tokens,
    /// Entities by each token of their names (by token id), so that finding one is not a
    /// scan.
    by_token: Vec<Vec<EntityId>>,
    /// Entities by the hash of their token set ([`set_hash`]; "donald trump"): the latest
    /// filed, from which `set_next` leads through the others. Sets of one hash share a
    /// chain, and a look-up keeps the entities whose set it is ([`Registry::with_set`]): the
    /// sets are the entities' own, not stored twice. The empty set is never looked up, so
    /// never filed.
    by_set: HashMap<u64, EntityId>,
    /// Each entity's successor in its `by_set` chain.
    set_next: Vec<Option<EntityId>>,
    /// When each entity was last mentioned (an increasing counter).
    last_seen: Vec<usize>,
    /// Where each entity is mentioned, in text order, and whether each mention is a subject.
    mentions: Vec<Vec<Mention>>,
    clock: usize,
}

/// How many earlier name mentions a pronoun or a role may reach back over: references
/// point to recent mentions, and the bound keeps resolution linear in the text.
const LOOKBACK: usize = 60;
/// "The company" with no company named as such reaches back over this many mentions for a
/// name that is neither a person's nor a place's.
const ORG_LOOKBACK: usize = 8;
/// Nouns that refer back to any organisation, whatever its name ("the company").
const GENERIC_ORG_NOUNS: &[&str] = &["company", "firm", "group", "organization", "organisation"];
/// Names of at most this many distinct tokens look up their sub-names by token set (2^n
/// look-ups); longer runs (a Title-Case headline) scan token lists instead.
const SUBSET_LIMIT: usize = 6;
/// How many entities sharing one token a look-up reads, latest first: more only happens
/// in generated text (hundreds of people called Ann), where it keeps the work linear.
const SCAN_LIMIT: usize = 256;

impl Registry {
    /// The entity a name refers to: the most recently mentioned one whose name contains
    /// it, or is contained in it ("Trump" and "Donald Trump").
    ///
    /// Linear in the name, whatever the text: entities holding every token of the name are
    /// read from the list of its rarest token, and entities made of the name's tokens from
    /// an index by token set; token lists are compared as sets.
    pub fn find(&self, name: &Name) -> Option<usize> {
        self.find_tokens(&name_tokens(&lower_straight(&name.display)))
    }

    /// [`Registry::find`] of a name by its tokens ([`name_tokens`]).
    fn find_tokens(&self, tokens: &[&str]) -> Option<usize> {
        let ordered = tokens;
        let mut tokens: Vec<&str> = tokens.to_vec();
        crate::sort::sort(&mut tokens);
        tokens.dedup();
        if tokens.is_empty() {
            return None;
        }
        // The ids of the tokens, in the tokens' order; a token no name had yet has none,
        // and no entity holds it.
        let ids: Vec<Option<TokenId>> = tokens.iter().map(|t| self.tokens.get(t)).collect();
        let holds = |set: &[TokenId], t: &TokenId| set.binary_search(t).is_ok();
        // A lone word names the entity whose name ends with it before one it only opens
        // ("Trump" is Donald Trump's surname before Trump University's first word); then
        // the latest seen.
        let lone = (tokens.len() == 1).then(|| tokens[0]);
        let ends_with = |e: usize| {
            lone.is_some_and(|t| {
                self.entities[e]
                    .name
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.eq_ignore_ascii_case(t))
            })
        };
        let mut best: Option<usize> = None;
        let mut consider = |e: EntityId| {
            let e = e as usize;
            let better = best.is_none_or(|b| {
                (ends_with(e), self.last_seen[e]) > (ends_with(b), self.last_seen[b])
            });
            if better {
                best = Some(e);
            }
        };
        let list = |t: TokenId| &self.by_token[t as usize];
        // Entities whose names contain the whole name: all hold its rarest token (none does
        // when a token is new).
        let rarest = ids
            .iter()
            .try_fold(None, |rarest: Option<&Vec<EntityId>>, &t| {
                let l = list(t?);
                Some(Some(rarest.filter(|r| r.len() <= l.len()).unwrap_or(l)))
            });
        if let Some(rarest) = rarest.flatten() {
            for &e in rarest.iter().rev().take(SCAN_LIMIT) {
                let set = &self.entities[e as usize].token_set;
                if ids.iter().flatten().all(|t| holds(set, t)) {
                    consider(e);
                }
            }
        }
        // Entities whose names lie inside the name ("Trump" in "Donald Trump").
        if tokens.len() <= SUBSET_LIMIT {
            // (A subset is built on the stack: this runs for every name of a text.)
            let mut key = [0; SUBSET_LIMIT];
            'subsets: for mask in 1u32..(1 << tokens.len()) {
                let mut n = 0;
                for i in (0..tokens.len()).filter(|i| mask & (1 << i) != 0) {
                    // A subset with a token no name had is no entity's set.
                    let Some(t) = ids[i] else {
                        continue 'subsets;
                    };
                    key[n] = t;
                    n += 1;
                }
                crate::sort::sort(&mut key[..n]);
                for e in self.with_set(&key[..n]) {
                    consider(e);
                }
            }
        } else {
            let mut mine: Vec<TokenId> = ids.iter().flatten().copied().collect();
            crate::sort::sort(&mut mine);
            let mut seen = std::collections::HashSet::new();
            for &t in ids.iter().flatten() {
                for &e in list(t).iter().rev().take(SCAN_LIMIT) {
                    if seen.insert(e)
                        && self.entities[e as usize]
                            .token_set
                            .iter()
                            .all(|x| holds(&mine, x))
                    {
                        consider(e);
                    }
                }
            }
        }
        best.or_else(|| self.with_other_initials(ordered))
    }

    /// The latest entity whose name is the name of `tokens` (in their order) with other
    /// middle names or initials: the same first and last words, and between them an initial
    /// that stands for a word of the other name or nothing ("John M. Ford" and "John Milo
    /// Ford"; not "George P. Bush" and "George W. Bush"). Names that hold one another are
    /// found as such before.
    fn with_other_initials(&self, tokens: &[&str]) -> Option<usize> {
        let (&first, &last) = (tokens.first()?, tokens.last()?);
        if tokens.len() < 2 || first.chars().count() < 2 || last.chars().count() < 2 {
            return None;
        }
        let middles = &tokens[1..tokens.len() - 1];
        let list = &self.by_token[self.tokens.get(last)? as usize];
        list.iter().rev().take(SCAN_LIMIT).find_map(|&e| {
            let e = e as usize;
            let lower = lower_straight(&self.entities[e].name);
            let theirs = name_tokens(&lower);
            let fits = theirs.len() >= 2
                && theirs[0] == first
                && theirs[theirs.len() - 1] == last
                && initials_fit(middles, &theirs[1..theirs.len() - 1]);
            fits.then_some(e)
        })
    }

    /// The entities whose token set is `set`.
    fn with_set<'a>(&'a self, set: &'a [TokenId]) -> impl Iterator<Item = EntityId> + 'a {
        let head = self.by_set.get(&set_hash(set)).copied();
        std::iter::successors(head, |&e| self.set_next[e as usize])
            .filter(move |&e| *self.entities[e as usize].token_set == *set)
    }

    /// Files entity `e` under each of its tokens and under its token set (which was `old`).
    fn index(&mut self, e: usize, old: &[TokenId]) {
        let set = &self.entities[e].token_set;
        let new_hash = (!set.is_empty()).then(|| set_hash(set));
        let e = entity_id(e);
        for &t in set.iter() {
            if old.binary_search(&t).is_err() {
                match self.by_token.get_mut(t as usize) {
                    Some(list) => list.push(e),
                    None => self.by_token.push(one_entity(e)), // a new token: ids count up
                }
            }
        }
        if !old.is_empty() {
            self.unfile(e, set_hash(old));
        }
        if let Some(h) = new_hash {
            self.set_next[e as usize] = self.by_set.insert(h, e);
        }
    }

    /// Takes entity `e` out of the `by_set` chain of set hash `h`, which holds it.
    fn unfile(&mut self, e: EntityId, h: u64) {
        let next = self.set_next[e as usize].take();
        let Some(&head) = self.by_set.get(&h) else {
            return;
        };
        if head == e {
            match next {
                Some(n) => self.by_set.insert(h, n),
                None => self.by_set.remove(&h),
            };
            return;
        }
        let mut at = head;
        while let Some(n) = self.set_next[at as usize] {
            if n == e {
                self.set_next[at as usize] = next;
                return;
            }
            at = n;
        }
    }

    /// Records a name mention at `pos` and returns its entity. Mentions inside quotes
    /// (`for_pronouns` false) make entities but are not antecedents for pronouns; a
    /// mention `as_subject` (not after a preposition: "Head of Research") may show that a
    /// shortened name is a person's surname; a `subject` mention opens its sentence or
    /// stands right before a verb, the mention a later pronoun most likely means.
    pub fn mention(
        &mut self,
        name: &Name,
        pos: usize,
        for_pronouns: bool,
        as_subject: bool,
        subject: bool,
    ) -> usize {
        let lower = lower_straight(&name.display);
        let tokens = name_tokens(&lower);
        let count = u32::try_from(tokens.len()).expect("fewer than 2^32 tokens");
        let found = self.find_tokens(&tokens);
        let id = match found {
            Some(e) => {
                let ent = &mut self.entities[e];
                // A word before a full name that opens with a given name is an epithet,
                // not more of the name ("Crooked Hillary Clinton" after "Hillary Clinton").
                let epithet = || {
                    let lower = lower_straight(&ent.name);
                    let old = name_tokens(&lower);
                    old.first().is_some_and(|g| GIVEN_NAMES.contains_key(g))
                        && old.len() >= 2
                        && tokens.ends_with(&old)
                };
                if count > ent.token_count && !epithet() {
                    let old = std::mem::take(&mut ent.token_set);
                    ent.token_count = count;
                    ent.token_set = self.tokens.set_of(&tokens);
                    ent.name = name.display.clone();
                    self.index(e, &old);
                }
                e
            }
            None => {
                self.entities.push(Entity {
                    name: name.display.clone(),
                    token_count: count,
                    token_set: self.tokens.set_of(&tokens),
                    roles: Vec::new(),
                    gender: None,
                    person: false,
                    org: false,
                    public: false,
                    place: false,
                    speaks: false,
                });
                let e = self.entities.len() - 1;
                self.last_seen.push(0);
                // Most entities are mentioned once.
                self.mentions.push(Vec::with_capacity(1));
                self.set_next.push(None);
                self.index(e, &[]);
                e
            }
        };
        self.clock += 1;
        self.last_seen[id] = self.clock;
        self.mentions[id].push(Mention { pos, subject });
        let ent = &mut self.entities[id];
        for r in &name.roles {
            if !ent.roles.contains(r) {
                ent.roles.push(r.clone());
            }
        }
        // A country speaks as a state: an organisation and a public body ("China said").
        let country = match tokens.len() {
            1 => COUNTRIES.contains(tokens[0]),
            2..=4 => COUNTRIES.contains(tokens.join(" ").as_str()),
            _ => false,
        };
        let org = country || tokens.iter().any(|t| org_word(t));
        ent.org |= org;
        ent.public |= country || tokens.iter().any(|t| PUBLIC_ORG_WORDS.contains(t));
        // A place by its head: "Carrow Hall", "Heathrow Airport"; not "Harbor Line".
        ent.place |= tokens.last().is_some_and(|t| PLACE_WORDS.contains(t));
        let given = GIVEN_NAMES.get(tokens[0]).copied();
        let titled = name
            .roles
            .iter()
            .any(|r| TITLES.contains(r.as_str()) || TITLES.contains(format!("{r}.").as_str()));
        // A person: a known given name, a title, or a surname alone standing for a full
        // name seen before ("Hege" after "Karin Hege"); organisations rarely shorten so.
        // (Never a name known as an organisation's or a country's: "the Saudi government"
        // after "Saudi Arabia".)
        let surname_again =
            as_subject && found.is_some_and(|_| tokens.len() == 1) && ent.token_count >= 2;
        if !ent.org && (given.is_some() || titled || (surname_again && !ent.place)) {
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
            self.timeline.push((pos, entity_id(id)));
        }
        id
    }

    /// Gives back the room the registry's lists keep for more names (they grow by doubling),
    /// once every name is registered.
    pub fn shrink_to_fit(&mut self) {
        self.entities.shrink_to_fit();
        self.timeline.shrink_to_fit();
        self.by_token.shrink_to_fit();
        self.last_seen.shrink_to_fit();
        self.mentions.shrink_to_fit();
        self.set_next.shrink_to_fit();
    }

    /// What entity `e` is: a person when a given name, a title or the text says so, else a
    /// place by its last word, an organisation by its words; a name nothing else tells about
    /// is taken for a person's.
    pub fn kind(&self, e: usize) -> Kind {
        let ent = &self.entities[e];
        // A given name or a title says person first ("Dr Rupert Lane" is no lane).
        if ent.person {
            Kind::Person
        } else if ent.place && !ent.org {
            Kind::Place
        } else if ent.org || acronym(&ent.name) {
            Kind::Organisation
        } else {
            Kind::Person
        }
    }

    /// Whether the text shows entity `e` is someone: a person or an organisation by its
    /// name, a name of two words or more, or a name met twice. A lone capitalised word
    /// met once ("“Nothing at all.”") may be any word that opens a sentence.
    pub fn evidenced(&self, e: usize) -> bool {
        let ent = &self.entities[e];
        ent.person || ent.org || ent.token_count >= 2 || self.mentions[e].len() >= 2
    }

    /// Whether `token` (a word's [`bare`] key) is part of the name of an entity the text
    /// shows is someone ([`Registry::evidenced`]): "May" after "Theresa May".
    pub fn knows_token(&self, token: &str) -> bool {
        self.token_held_by(token, |e| self.evidenced(e))
    }

    /// Whether `token` (a word's [`bare`] key) is part of the name of an entity known to be
    /// a person ("Trump" after "Donald Trump").
    pub fn person_token(&self, token: &str) -> bool {
        self.token_held_by(token, |e| self.entities[e].person)
    }

    /// Whether `token` is part of the name of an entity that `holds`.
    fn token_held_by(&self, token: &str, holds: impl Fn(usize) -> bool) -> bool {
        self.tokens.get(token).is_some_and(|id| {
            self.by_token[id as usize]
                .iter()
                .any(|&e| holds(e as usize))
        })
    }

    /// How many times entity `e` is mentioned before byte `pos`.
    pub fn mentions_before(&self, e: usize, pos: usize) -> usize {
        self.mentions[e].partition_point(|m| m.pos < pos)
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
        // A feminine role ("widow Terry Vosk") tells an unknown gender, and outweighs the
        // given name's at the name's first mention (the list's names may be either); a
        // later mention may be another person of the same surname.
        if let Some(&g) = ROLE_GENDERS.get(role) {
            if ent.gender.is_none() || self.mentions[entity].len() <= 1 {
                ent.gender = Some(g);
            }
        }
    }

    /// The entity a pronoun at `pos` refers to: the nearest earlier person (for he/she,
    /// of fitting gender) or group/organisation (for they/it).
    pub fn resolve_pronoun(&self, key: &str, pos: usize) -> Option<usize> {
        self.pronoun_antecedents(key, pos, 1).first().copied()
    }

    /// The entities a pronoun at `pos` may refer to, best first, at most `limit`: for
    /// he/she the earlier people of fitting gender, latest first, then full names that are
    /// not an institution's or a place's; for it/they the latest non-persons. The first is
    /// [`Registry::resolve_pronoun`]'s answer.
    pub fn pronoun_antecedents(&self, key: &str, pos: usize, limit: usize) -> Vec<usize> {
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
                // or a place's (given names outside the list: "Ana Ruiz").
                // (A full name that was just the subject of a speech verb ranks with them,
                // by recency: "“…,” said local widow Terra Vosk. She continued" is hers,
                // although nothing marks her name as a person's.)
                let people = recent.iter().copied().filter(|&e| {
                    let ent = &self.entities[e];
                    fits(&e)
                        && (ent.person
                            || ent.speaks
                                && !ent.org
                                && !ent.place
                                && ent.token_count >= 2
                                && self.subject_before(e, pos))
                });
                let names = recent.iter().copied().filter(|&e| {
                    let ent = &self.entities[e];
                    !ent.person && !ent.org && !ent.place && ent.token_count >= 2 && fits(&e)
                });
                // Last, a lone name that spoke and was last mentioned as a subject ("Smith
                // said. He added"): a given name outside the list, or none, leaves no other
                // sign that it is a person's.
                let lone = recent.iter().copied().filter(|&e| {
                    let ent = &self.entities[e];
                    !ent.person
                        && !ent.org
                        && !ent.place
                        && ent.speaks
                        && ent.token_count == 1
                        && fits(&e)
                        && self.subject_before(e, pos)
                });
                let mut out: Vec<usize> = Vec::new();
                for e in people.chain(names).chain(lone) {
                    if !out.contains(&e) {
                        out.push(e);
                        if out.len() == limit {
                            break;
                        }
                    }
                }
                out
            }
            // (Not a lone capitalised word met once, which may be any word: "Two
            // Democratic senators objected. They said"; but a plural may be what "they"
            // takes up, "Progressives argue …; they say", and capitals an organisation.)
            "it" | "they" => before
                .take(3)
                .filter(|&e| {
                    let ent = &self.entities[e];
                    // ("They" is no lone surname met twice, "Ruiz", but a group,
                    // "Democrats", or an organisation.)
                    let lone_name =
                        key == "they" && ent.token_count == 1 && !ent.org && !group_like(&ent.name);
                    !ent.person
                        && !ent.place
                        && (self.evidenced(e) && !lone_name
                            || acronym(&ent.name)
                            || (key == "they"
                                && group_like(&ent.name)
                                && self.subject_before(e, pos)))
                })
                .take(limit)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether entity `e` was mentioned as a subject (opening its sentence or right before
    /// a verb) in its latest mention before `pos`.
    pub fn subject_before(&self, e: usize, pos: usize) -> bool {
        let i = self.mentions_before(e, pos);
        i > 0 && self.mentions[e][i - 1].subject
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
    /// entity named like one ("Nettlebrook Systems"), not any name that is not a person's;
    /// for a noun that names a kind of organisation ("the bank"), one named with it.
    pub fn recent_org(&self, noun: &str, pos: usize) -> Option<usize> {
        // The latest organisation; within the last few names, also a name of two words or
        // more that nothing shows is a person's or a place's ("Greyling Homes"), but only
        // for a noun that any organisation may be called ("the company", "the firm"): "the
        // board" or "the network" is not whatever name came last ("Article II").
        // "The company" is no state or court; "the campaign" or "the bank" is only an
        // organisation named so ("Lakeside Bank"), not the latest one of any kind.
        let any_org = GENERIC_ORG_NOUNS.contains(&noun);
        self.before(pos).enumerate().find_map(|(i, e)| {
            let ent = &self.entities[e];
            let unmarked = i < ORG_LOOKBACK && !ent.person && !ent.place && ent.token_count >= 2;
            let fits = if any_org {
                !ent.public
            } else {
                ent.name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(noun))
            };
            ((ent.org || unmarked && any_org) && fits).then_some(e)
        })
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
            .map(|&(_, e)| e as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{name_run, parse_name};
    use crate::text::{Segmented, WordView};

    /// Registers every name of `text` (outside quotes, as subjects) and returns the
    /// registry with each name's entity.
    fn registry(text: &str) -> (Registry, Vec<(String, usize)>) {
        let seg = Segmented::new(text);
        let v = WordView::new(&seg);
        let ws = &seg.words;
        let mut reg = Registry::default();
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            match name_run(&v, i).and_then(|r| Some((r, parse_name(&v, r)?))) {
                Some((run, name)) => {
                    let e = reg.mention(&name, ws[name.first].start, true, true, true);
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
        // A ministry is a public body: "the ministry" refers back to it, "the company" not.
        assert_eq!(reg.recent_org("ministry", 100), Some(e));
        assert_eq!(reg.recent_org("company", 100), None);
    }

    #[test]
    fn a_kind_of_organisation_refers_back_to_one_named_so() {
        let (reg, names) =
            registry("Lakeside Bank lent money to Nettlebrook Systems in the United States.");
        let id = |n: &str| names.iter().find(|(m, _)| m == n).unwrap().1;
        // "the company": the latest organisation that is no public body.
        assert_eq!(
            reg.recent_org("company", 100),
            Some(id("Nettlebrook Systems"))
        );
        // "the bank": the one named a bank; "the campaign": none.
        assert_eq!(reg.recent_org("bank", 100), Some(id("Lakeside Bank")));
        assert_eq!(reg.recent_org("campaign", 100), None);
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
