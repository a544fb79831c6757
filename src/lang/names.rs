//! Names, roles and pronouns in French, German and Spanish text.
//!
//! A name is a run of capitalised words ("Claire Aubert", "Ursula von der Leyen"), with
//! elided articles taken off ("d'Emmanuel Martin"). German capitalises every noun, so there
//! a run is a person's name only with evidence: a given name, a title or role before it
//! ("Bundeskanzler Olaf Brandt", "Trainer Kuhn"), a person named so before, or the place
//! right after a cue ("sagte Kuhn"). Names become entities; a role learnt beside a name
//! ("la ministre de la Justice, Claire Aubert"; "Aubert, la ministre") lets "la ministre"
//! find her again, and pronouns find the latest entity that agrees.

use std::cell::Cell;
use std::collections::HashMap;

use super::{Agreement, Class, Tables, Words};
use crate::lexicon::GIVEN_NAMES;
use crate::speakers::Gender;
use crate::text::WordView;

/// The most words a name runs over.
const MAX_NAME_WORDS: usize = 5;
/// How many words may stand between a role and the name it is given to, through a comma
/// ("le ministre de l'Intérieur, Jean Dupont").
const ROLE_NAME_GAP: usize = 7;
/// The shortest compound head a German role or organisation word is found as
/// ("Bahnchef": "chef").
const MIN_COMPOUND_HEAD: usize = 4;

/// The rank in `list` of the longest compound head of `word` (a German noun): a proper
/// suffix of at least [`MIN_COMPOUND_HEAD`] chars ("Bahnchef": "chef").
fn compound_head<V>(word: &str, list: &Words<V>) -> Option<usize> {
    if !list.may_end(word) {
        return None;
    }
    let mut chars = word.chars().count();
    for (at, _) in word.char_indices().skip(1) {
        chars -= 1; // word[at..] has one char fewer than the head before it
        if chars < MIN_COMPOUND_HEAD {
            break;
        }
        if let Some(r) = list.rank(&word[at..]) {
            return Some(r);
        }
    }
    None
}

/// The words of a text with the language's look-ups.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub view: WordView<'a>,
    pub t: &'static Tables,
    memo: &'a Memo,
}

/// What is worked out once a word, as it is asked several times a word:
/// - each word's role ([`Reader::role`]), asked by names, titles and descriptions (in
///   German a capitalised word looks up each compound head). Two bytes a word: 0 not asked
///   yet, 1 no role, else the role's rank in the list plus 2;
/// - whether it may be part of a name ([`Reader::name_word`], some ten look-ups), asked by
///   each name run that reaches it. One byte a word: 0 not asked yet, 1 no, 2 yes;
/// - where its elision ends ([`Reader::elision`]), asked for its base, start, capital and
///   cue. One byte a word: 0 not asked yet, 1 none, else the apostrophe's byte in the key
///   plus 2 (a word whose apostrophe comes later than [`ELISION_MEMO_MAX`] is not kept).
pub struct Memo {
    roles: Vec<Cell<u16>>,
    name_words: Vec<Cell<u8>>,
    elisions: Vec<Cell<u8>>,
}

const ROLE_UNASKED: u16 = 0;
const ROLE_NONE: u16 = 1;
const UNASKED: u8 = 0;
const NO: u8 = 1;
const YES: u8 = 2;
/// The latest apostrophe of an elision that [`Memo`] keeps (its byte plus 2 fits a byte).
const ELISION_MEMO_MAX: usize = u8::MAX as usize - 2;

impl Memo {
    pub fn new(words: usize) -> Memo {
        Memo {
            roles: vec![Cell::new(ROLE_UNASKED); words],
            name_words: vec![Cell::new(UNASKED); words],
            elisions: vec![Cell::new(UNASKED); words],
        }
    }
}

impl<'a> Reader<'a> {
    pub fn new(view: WordView<'a>, t: &'static Tables, memo: &'a Memo) -> Reader<'a> {
        Reader { view, t, memo }
    }

    pub fn len(&self) -> usize {
        self.view.len()
    }

    /// Word `i`'s key split after its elided article or pronoun ("l'avocat": "l'" and
    /// "avocat"), if it has one. (A byte loop: most words have no apostrophe, and this runs
    /// several times a word.)
    fn elision(&self, i: usize) -> Option<(&'a str, &'a str)> {
        let memo = &self.memo.elisions[i];
        let at = match memo.get() {
            NO => return None,
            UNASKED => {
                let at = self.elision_at(i);
                match at {
                    None => memo.set(NO),
                    Some(at) if at <= ELISION_MEMO_MAX => memo.set(at as u8 + 2),
                    Some(_) => {}
                }
                at?
            }
            at => usize::from(at - 2),
        };
        let key = self.view.key(i);
        Some((&key[..=at], &key[at + 1..]))
    }

    /// Where word `i`'s elision ends: the byte of its apostrophe in its key, if what comes
    /// before it elides ([`Reader::elision`] keeps the answer).
    fn elision_at(&self, i: usize) -> Option<usize> {
        let key = self.view.key(i);
        let at = key.bytes().position(|b| b == b'\'')?;
        let (head, rest) = (&key[..at], &key[at + 1..]);
        (!rest.is_empty() && self.t.is(head, Class::Elision)).then_some(at)
    }

    /// Word `i`'s key without an elided article or pronoun ("l'avocat": "avocat").
    pub fn base(&self, i: usize) -> &'a str {
        self.elision(i).map_or(self.view.key(i), |(_, rest)| rest)
    }

    /// The elided word before the apostrophe, with it ("l'", "d'"), if any.
    pub fn elided(&self, i: usize) -> Option<&'a str> {
        self.elision(i).map(|(elided, _)| elided)
    }

    /// Byte start of word `i` after its elision ("d'Emmanuel" starts at "E").
    pub fn start(&self, i: usize) -> usize {
        let w = &self.view.words[i];
        match self.elided(i) {
            Some(e) => {
                w.start
                    + w.text
                        .char_indices()
                        .nth(e.chars().count())
                        .map_or(0, |(b, _)| b)
            }
            None => w.start,
        }
    }

    pub fn end(&self, i: usize) -> usize {
        self.view.words[i].end()
    }

    /// Whether word `i` (after its elision) starts with a capital.
    pub fn cap(&self, i: usize) -> bool {
        self.view.text[self.start(i)..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Only spaces separate words `a` and `a + 1`.
    pub fn joined(&self, a: usize) -> bool {
        a + 1 < self.len()
            && self.view.sentence_of[a] == self.view.sentence_of[a + 1]
            && self
                .view
                .gap(a, a + 1)
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}')
    }

    pub fn function_word(&self, i: usize) -> bool {
        let t = self.t;
        let (b, k) = (self.base(i), self.view.key(i));
        t.function_words.contains(b)
            || t.function_words.contains(k)
            || t.determiners.contains_key(b)
            || t.pronouns.contains_key(b)
            || t.auxiliaries.contains(k)
    }

    pub fn determiner(&self, i: usize) -> Option<Agreement> {
        self.t
            .determiners
            .get(self.view.key(i))
            .copied()
            .or_else(|| {
                // "l'avocat": the elided article is the determiner of its own word.
                self.elided(i)
                    .and_then(|e| self.t.determiners.get(e).copied())
            })
    }

    pub fn pronoun(&self, i: usize) -> Option<Agreement> {
        self.t.pronouns.get(self.view.key(i)).copied()
    }

    /// The role word `i` is, with its gender: a listed role noun, or in German a compound
    /// ending in one ("Regierungssprecherin": "sprecherin").
    pub fn role(&self, i: usize) -> Option<(&'static str, Agreement)> {
        let memo = &self.memo.roles[i];
        let rank = match memo.get() {
            ROLE_UNASKED => {
                let rank = self.role_rank(i);
                // A list's ranks fit: build.rs holds its blob to u16 offsets.
                memo.set(rank.map_or(ROLE_NONE, |r| r as u16 + 2));
                rank
            }
            ROLE_NONE => None,
            k => Some(usize::from(k - 2)),
        };
        rank.map(|r| {
            let (k, a) = self.t.roles.entry(r);
            (k, *a)
        })
    }

    /// [`Reader::role`] worked out: the rank of the role in the list. (Every word looked
    /// up is a suffix of the word's base.)
    fn role_rank(&self, i: usize) -> Option<usize> {
        let b = self.base(i);
        if !self.t.roles.may_end(b) {
            return None;
        }
        if let Some(r) = self.t.roles.rank(b) {
            return Some(r);
        }
        // "54-Jährige", "ex-ministre": the part after the hyphen.
        if let Some((_, tail)) = crate::lang::rsplit_once_ascii(b, b'-') {
            if let Some(r) = self.t.roles.rank(tail) {
                return Some(r);
            }
        }
        if self.t.capitalised_nouns && self.cap(i) {
            return compound_head(b, self.t.roles);
        }
        None
    }

    /// An organisation word ("ministère", "Bundesregierung") or an acronym ("CGT", "SPD").
    pub fn org(&self, i: usize) -> bool {
        if self.org_noun(i) {
            return true;
        }
        let text = &self.view.text[self.start(i)..self.end(i)];
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    }

    /// A listed organisation noun, or in German a compound ending in one ("Konzern",
    /// "Tageszeitung"); not an acronym.
    pub fn org_noun(&self, i: usize) -> bool {
        let b = self.base(i);
        self.t.org_words.contains(b)
            || (self.t.capitalised_nouns
                && self.cap(i)
                && compound_head(b, self.t.org_words).is_some())
    }

    /// The name starting at `i` follows an organisation noun, an adjective at most between
    /// ("le quotidien régional L'Écho", "der Konzern Halvers", "la empresa Lácteos Sur").
    pub fn after_org_noun(&self, i: usize) -> bool {
        if i == 0 || !self.joined(i - 1) {
            return false;
        }
        if self.org_noun(i - 1) {
            return true;
        }
        !self.t.capitalised_nouns
            && i >= 2
            && self.joined(i - 2)
            && !self.cap(i - 1)
            && !self.function_word(i - 1)
            && self.org_noun(i - 2)
    }

    pub fn group(&self, i: usize) -> bool {
        self.t.group_nouns.contains(self.base(i))
    }

    pub fn cue_word(&self, i: usize) -> bool {
        self.t.cues.contains_key(self.view.key(i))
    }

    /// A capitalised word that may be part of a name.
    pub fn name_word(&self, i: usize) -> bool {
        let memo = &self.memo.name_words[i];
        match memo.get() {
            UNASKED => {
                let yes = self.is_name_word(i);
                memo.set(if yes { YES } else { NO });
                yes
            }
            known => known == YES,
        }
    }

    /// [`Reader::name_word`] worked out.
    fn is_name_word(&self, i: usize) -> bool {
        self.cap(i)
            && !self.function_word(i)
            && !self.cue_word(i)
            && self.role(i).is_none()
            && self.courtesy(i).is_none()
            && self.view.words[i].text.chars().any(char::is_alphabetic)
    }

    /// A courtesy title ("Mme", "Herr", "Sra."), with the gender it shows.
    pub fn courtesy(&self, i: usize) -> Option<Agreement> {
        let k = self.view.key(i);
        if let Some(a) = self.t.courtesy.get(k) {
            return Some(*a);
        }
        // "Dr." is one word and its dot: listed with the dot.
        let next_is_dot = self.view.text[self.end(i)..].starts_with('.');
        next_is_dot
            .then(|| self.t.courtesy.get(&format!("{k}.")).copied())
            .flatten()
    }

    /// A particle inside a name, when a name word follows it.
    fn particle(&self, i: usize) -> bool {
        self.t.is(self.view.key(i), Class::NameParticle)
    }

    /// The last word of the name run starting at `i`, if `i` starts one.
    pub fn run_from(&self, i: usize) -> Option<usize> {
        if !self.name_word(i) {
            return None;
        }
        let mut last = i;
        let mut j = i;
        while j + 1 < self.len() && self.joined(j) && last - i + 1 < MAX_NAME_WORDS {
            if self.name_word(j + 1) && self.elided(j + 1).is_none() {
                j += 1;
                last = j;
            } else if self.particle(j + 1) {
                // "de", "von der": particles, then a name word.
                let mut k = j + 1;
                while k + 1 < self.len() && self.joined(k) && self.particle(k + 1) {
                    k += 1;
                }
                if k + 1 < self.len() && self.joined(k) && self.name_word(k + 1) {
                    j = k + 1;
                    last = j;
                } else if self.view.key(j + 1).ends_with('\'') || self.elided(j + 1).is_some() {
                    // "d'Estaing": an elided particle glued to the name word.
                    break;
                } else {
                    break;
                }
            } else if self
                .elided(j + 1)
                .is_some_and(|e| self.t.is(e, Class::NameParticle))
                && self.name_word(j + 1)
            {
                j += 1;
                last = j;
            } else {
                break;
            }
        }
        Some(last)
    }

    /// The first word of the name run ending at `j`, if `j` ends one.
    pub fn run_to(&self, j: usize) -> Option<usize> {
        if !self.name_word(j) {
            return None;
        }
        let mut first = j;
        // Walk back while the run from an earlier start still reaches `j`.
        let lo = j.saturating_sub(2 * MAX_NAME_WORDS);
        for s in (lo..j).rev() {
            if !(self.joined(s)) {
                break;
            }
            if self.run_from(s) == Some(j) {
                first = s;
            } else if !self.particle(s) && !self.name_word(s) {
                break;
            }
        }
        Some(first)
    }

    /// Where the name in the run `i..=last` starts: at its given name when words come
    /// before it ("Oberärztin Miriam Feldmann", "Président Jean Roux"), else at `i`.
    pub fn name_start(&self, i: usize, last: usize) -> usize {
        if self.given(i).is_some() {
            return i;
        }
        (i + 1..last)
            .find(|&k| self.given(k).is_some())
            .unwrap_or(i)
    }

    /// The gender a given name shows.
    pub fn given(&self, i: usize) -> Option<Agreement> {
        let b = self.base(i);
        self.t.given_names.get(b).copied().or_else(|| {
            GIVEN_NAMES.get(b).map(|g| match g {
                Gender::Male => Agreement::Male,
                Gender::Female => Agreement::Female,
            })
        })
    }

    /// The display text of words `a..=b`, elision of `a` taken off.
    pub fn span_text(&self, a: usize, b: usize) -> &'a str {
        &self.view.text[self.start(a)..self.end(b)]
    }
}

/// A person or organisation named in the text.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    tokens: Vec<String>,
    pub agreement: Agreement,
    pub roles: Vec<&'static str>,
    pub org: bool,
    /// Named as a person: a given name, a courtesy title or a role ([`Entity::strong`]),
    /// or at least a name of two words.
    pub person: bool,
    /// The person evidence is strong: a given name, a courtesy title or a role.
    pub strong: bool,
}

/// The entities of one text, and where each is mentioned.
#[derive(Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    by_token: HashMap<String, Vec<usize>>,
    /// (byte position, entity) of every mention, in text order.
    mentions: Vec<(usize, usize)>,
    /// Words that start a name run, with its last word and entity.
    pub runs: HashMap<usize, (usize, usize)>,
}

impl Entities {
    /// Finds the names of the text, merges their mentions and learns their roles.
    /// Names inside quotes (`quoted(i)`) are entities but not mentions: a pronoun or a
    /// role after a quote does not point into it.
    pub fn collect(r: &Reader, quoted: &dyn Fn(usize) -> bool) -> Entities {
        let mut es = Entities::default();
        let mut i = 0;
        while i < r.len() {
            let Some(last) = r.run_from(i) else {
                i += 1;
                continue;
            };
            es.name_run(r, quoted, i, last);
            i = last + 1;
        }
        es.learn_roles(r, quoted);
        es
    }

    /// Registers the name run `run_start..=last`: an entity (new, or the one it names
    /// again), its title's role and gender, and the mention.
    fn name_run(
        &mut self,
        r: &Reader,
        quoted: &dyn Fn(usize) -> bool,
        run_start: usize,
        last: usize,
    ) {
        let i = r.name_start(run_start, last);
        // A title right before the name, not a role across a comma ("la maire, Christine …").
        let titled = i > run_start
            || (i > 0
                && r.joined(i - 1)
                && (r.role(i - 1).is_some() || r.courtesy(i - 1).is_some()));
        let sentence_start = i == 0 || r.view.sentence_of[i - 1] != r.view.sentence_of[i];
        let tokens: Vec<String> = (i..=last).map(|k| r.base(k).to_string()).collect();
        let known = self.find(&tokens);
        let given = r.given(i);
        // German: two capitalised words set off by commas after a description ("Der
        // Ärztliche Direktor der Klinik, Henning Kallweit, …").
        let apposed = last > i
            && i > 0
            && r.view.gap(i - 1, i).trim() == ","
            && r.view.gap_after(last).trim_start().starts_with(',');
        let evidence = if r.t.capitalised_nouns {
            titled || known.is_some() || (last > i && given.is_some()) || apposed
        } else {
            titled || known.is_some() || last > i || !sentence_start
        };
        if !evidence {
            return;
        }
        let e = match known {
            Some(e) if tokens.len() <= self.list[e].tokens.len() => e,
            _ => {
                let e = self.add(r, i, last, tokens);
                // "le quotidien L'Écho de la Lise", "der Konzern Halvers": a company, a
                // newspaper, not a person.
                if r.after_org_noun(run_start) && !titled {
                    let ent = &mut self.list[e];
                    ent.org = true;
                    ent.person = false;
                    ent.strong = false;
                }
                e
            }
        };
        if titled {
            if let Some((role, a)) = r.role(i - 1) {
                self.give_role(e, role, a);
            }
            if let Some(a) = r.courtesy(i - 1) {
                self.agree(e, a);
            }
        }
        if let Some(g) = given.filter(|_| last > i) {
            self.agree(e, g);
        }
        if !quoted(i) {
            self.mentions.push((r.start(i), e));
        }
        self.runs.insert(i, (last, e));
        self.runs.insert(run_start, (last, e));
    }

    fn add(&mut self, r: &Reader, first: usize, last: usize, tokens: Vec<String>) -> usize {
        let e = self.list.len();
        let org = (first..=last).any(|k| r.org(k));
        let strong =
            !org && (r.given(first).is_some() || (first > 0 && r.courtesy(first - 1).is_some()));
        let person = strong || (!org && tokens.len() >= 2);
        for t in &tokens {
            self.by_token.entry(t.clone()).or_default().push(e);
        }
        self.list.push(Entity {
            name: r.span_text(first, last).to_string(),
            tokens,
            agreement: Agreement::Any,
            roles: Vec::new(),
            org,
            person,
            strong,
        });
        e
    }

    /// The latest entity whose name holds every one of `tokens`, read from the list of its
    /// rarest token (each token looked up once).
    pub fn find(&self, tokens: &[String]) -> Option<usize> {
        let mut rarest: Option<&Vec<usize>> = None;
        for t in tokens {
            // A token that no name has: no entity holds it.
            let list = self.by_token.get(t)?;
            if rarest.is_none_or(|r| list.len() < r.len()) {
                rarest = Some(list);
            }
        }
        rarest?
            .iter()
            .rev()
            .find(|&&e| tokens.iter().all(|t| self.list[e].tokens.contains(t)))
            .copied()
    }

    fn agree(&mut self, e: usize, a: Agreement) {
        if self.list[e].agreement == Agreement::Any {
            self.list[e].agreement = a;
        }
    }

    fn give_role(&mut self, e: usize, role: &'static str, a: Agreement) {
        self.list[e].person = !self.list[e].org;
        self.list[e].strong = !self.list[e].org;
        if !self.list[e].roles.contains(&role) {
            self.list[e].roles.push(role);
        }
        if a != Agreement::Plural {
            self.agree(e, a);
        }
    }

    /// Roles in apposition: "la ministre de la Justice, Claire Aubert" and "Claire Aubert,
    /// la ministre de la Justice," give Aubert the role "ministre".
    fn learn_roles(&mut self, r: &Reader, quoted: &dyn Fn(usize) -> bool) {
        let _ = quoted;
        for i in 0..r.len() {
            let Some((role, a)) = r.role(i) else { continue };
            // The determiner's gender wins over an epicene role's ("la maire").
            let a = match r.determiner(i.saturating_sub(1)) {
                Some(d) if i > 0 && (a == Agreement::Any || d != Agreement::Any) => d,
                _ => a,
            };
            let s = r.view.sentence_of[i];
            // A name after a comma within the role's phrase.
            for k in i + 1..(i + ROLE_NAME_GAP).min(r.len()) {
                if r.view.sentence_of[k] != s {
                    break;
                }
                let gap = r.view.gap(k - 1, k);
                if gap.contains(',') {
                    // "l'avocate de la défense, Me Sophie Larchet"
                    let k = if r.courtesy(k).is_some() { k + 1 } else { k };
                    if let Some(&(_, e)) = self.runs.get(&k) {
                        self.give_role(e, role, a);
                    }
                    break;
                }
                if gap.chars().any(|c| !c.is_whitespace()) {
                    break;
                }
            }
            // A name before: "Aubert, la ministre …" (a determiner at most between).
            let mut k = i;
            if k > 0 && r.determiner(k - 1).is_some() && r.elided(k).is_none() {
                k -= 1;
            }
            if k > 0 && r.view.sentence_of[k - 1] == s && r.view.gap(k - 1, k).trim() == "," {
                if let Some(first) = r.run_to(k - 1) {
                    if let Some(&(_, e)) = self.runs.get(&first) {
                        self.give_role(e, role, a);
                    }
                }
            }
        }
    }

    /// Records a mention of `e` at `pos` (a pronoun or role resolved to it).
    pub fn mention(&mut self, e: usize, pos: usize) {
        let at = self.mentions.partition_point(|&(p, _)| p <= pos);
        self.mentions.insert(at, (pos, e));
    }

    /// The entity mentioned most often before `pos` that `pred` accepts (the first
    /// mentioned among equals): whom the text is about.
    /// Strong persons ([`Entity::strong`]) come before the rest.
    pub fn most_mentioned(&self, pos: usize, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        let end = self.mentions.partition_point(|&(p, _)| p < pos);
        let mut counts = vec![0usize; self.list.len()];
        for &(_, e) in &self.mentions[..end] {
            counts[e] += 1;
        }
        let rank = |e: usize| (self.list[e].strong, counts[e]);
        let mut best: Option<usize> = None;
        for &(_, e) in &self.mentions[..end] {
            if pred(&self.list[e]) && best.is_none_or(|b| rank(e) > rank(b)) {
                best = Some(e);
            }
        }
        best
    }

    /// The mentions (byte position, entity) from `from` up to before `to`, in text order.
    pub fn mentions_in(&self, from: usize, to: usize) -> &[(usize, usize)] {
        let a = self.mentions.partition_point(|&(p, _)| p < from);
        let b = self.mentions.partition_point(|&(p, _)| p < to);
        &self.mentions[a..b.max(a)]
    }

    /// Where `e` was last mentioned before `pos`.
    pub fn last_mention_of(&self, e: usize, pos: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|&(p, _)| p < pos);
        self.mentions[..end]
            .iter()
            .rev()
            .find(|&&(_, x)| x == e)
            .map(|&(p, _)| p)
    }

    /// The latest entity mentioned before `pos` that `pred` accepts, within `lookback`
    /// mentions.
    pub fn latest(
        &self,
        pos: usize,
        lookback: usize,
        pred: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let end = self.mentions.partition_point(|&(p, _)| p < pos);
        self.mentions[..end]
            .iter()
            .rev()
            .take(lookback)
            .map(|&(_, e)| e)
            .find(|&e| pred(&self.list[e]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    /// [`compound_head`] as it was written before its ending filter: every head looked up.
    fn every_head<V>(word: &str, list: &Words<V>) -> Option<usize> {
        word.char_indices()
            .skip(1)
            .map(|(at, _)| &word[at..])
            .take_while(|head| head.chars().count() >= MIN_COMPOUND_HEAD)
            .find_map(|head| list.rank(head))
    }

    #[test]
    fn compound_heads_are_found_as_by_looking_up_every_head() {
        let de = Language::De.tables().unwrap();
        for list in [de.roles.blob, de.org_words.blob] {
            let words = list.split(|c: char| c < ' ').filter(|w| !w.is_empty());
            for w in words {
                for prefix in ["", "regierungs", "bundes", "ex-", "ä"] {
                    for suffix in ["", "n", "in", "s"] {
                        let word = format!("{prefix}{w}{suffix}");
                        assert_eq!(
                            compound_head(&word, de.roles),
                            every_head(&word, de.roles),
                            "{word}"
                        );
                        assert_eq!(
                            compound_head(&word, de.org_words),
                            every_head(&word, de.org_words),
                            "{word}"
                        );
                    }
                }
            }
        }
    }
}
