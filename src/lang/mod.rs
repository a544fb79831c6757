//! Languages: which one a text is written in ([`detect`]), and what claimlens knows of
//! each besides English: the word lists of `data/<lang>/` (compiled by `build.rs` like the
//! English ones) and the few syntactic facts that differ ([`Tables`]).
//!
//! English runs the full attribution resolver of [`crate::attribution`] and the hedge rules
//! of [`crate::hedges`]. French, German and Spanish run [`attribution`] and [`hedges`] of this
//! module: the same report, from rules that read each language's word order (a cue after
//! its quote inverts verb and subject: "« … », a affirmé le ministre", "„…“, sagte
//! Scholz", "—…—dijo la portavoz") with that language's cues, roles, pronouns and hedges.

pub mod attribution;
pub mod detect;
pub(crate) mod dialogue;
pub mod hedges;
mod names;
#[cfg(test)]
mod phenomena;

use serde::Serialize;

use crate::lexicon;
use crate::report::HedgeKind;

/// A language claimlens reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
    Es,
}

impl Language {
    /// Every language, in declaration order (the order `claimlens::wire` numbers them in).
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::De, Language::Es];

    /// The ISO 639-1 code ("fr"), as the report gives it.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Es => "es",
        }
    }

    /// The language of a BCP 47 tag ("fr", "de-CH", "es-419", "EN-us"); `None` for any other
    /// language or a malformed tag.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == primary && l.is_built())
    }

    /// Whether this build reads the language: English always; French, German and Spanish
    /// with the crate's `languages` feature (on by default; off, the build is English only
    /// and smaller: `scripts/size.sh` measures both).
    pub const fn is_built(self) -> bool {
        cfg!(feature = "languages") || matches!(self, Language::En)
    }

    /// The language of a tag the caller gives (`language: "fr-CA"`), or the error to show
    /// for one claimlens does not read.
    pub fn parse(tag: &str) -> Result<Language, UnknownLanguage> {
        Language::from_tag(tag).ok_or_else(|| UnknownLanguage(tag.to_string()))
    }

    /// The language a page's `lang` attribute gives its text: one claimlens reads; English's
    /// rules for another declared language (a Portuguese page is not to be read as
    /// Spanish); none for an empty tag (unknown: detect it).
    pub fn declared(tag: &str) -> Option<Language> {
        if tag.trim().is_empty() {
            return None;
        }
        Some(Language::from_tag(tag).unwrap_or(Language::En))
    }

    /// The word lists and syntax of a language other than English.
    pub fn tables(self) -> Option<&'static Tables> {
        if !self.is_built() {
            return None;
        }
        match self {
            Language::En => None,
            Language::Fr => Some(&FR),
            Language::De => Some(&DE),
            Language::Es => Some(&ES),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A language tag claimlens does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl std::fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reads = if cfg!(feature = "languages") {
            "claimlens reads en, fr, de and es"
        } else {
            "this build of claimlens reads en only: it was built without its `languages` feature"
        };
        write!(f, "unknown language '{}' ({reads})", self.0)
    }
}

impl std::error::Error for UnknownLanguage {}

/// What a word tells of who it can stand for: a man, a woman, several people, or anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Male,
    Female,
    Plural,
    Any,
}

impl Agreement {
    /// Whether a mention agreeing like `self` can be an entity agreeing like `other`.
    pub fn fits(self, other: Agreement) -> bool {
        self == Agreement::Any || other == Agreement::Any || self == other
    }
}

/// When a cue form counts as reported speech (the tags of `data/<lang>/cues.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueRule {
    /// Always speech when it has a speaker ("a déclaré", "sagte", "dijo").
    Always,
    /// Only with a quote, a content marker ("que", "dass"), a colon, or after a quote.
    Content,
    /// As [`CueRule::Content`], or with a noun phrase as its object: what is announced,
    /// confirmed or denied ("a démenti ces informations", "anunció el cierre").
    Object,
    /// The source follows ("selon X", "laut X", "según X"), or precedes "zufolge".
    AccordingTo,
    /// A frame opening its sentence, its source set off by a comma: whose view the sentence
    /// gives ("Pour le maire, …", "Para el técnico, …").
    Viewpoint,
    /// Only right after a quote and a comma ("„…“, so Müller").
    AfterQuote,
    /// Impersonal reporting ("heißt es", "se dice", "dit-on"): the source, when there is
    /// one, follows a preposition ("hieß es aus Regierungskreisen") or opens the clause
    /// ("Aus dem Verband heißt es").
    Impersonal,
}

/// Closed word classes of `data/<lang>/grammar.txt`, which the rules test with
/// [`Tables::is`]. The file's tags are these names in snake case (`build.rs` reads this
/// enum); a class is bit `1 << variant` of a word's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Days of the week (and yesterday), which stand between an inverted cue and its subject.
    Weekday,
    /// Adjectives that come before their noun ("un vieux berger", "el propio Gil").
    Prenominal,
    /// Ordinals, before their noun too ("une première estimation").
    Ordinal,
    /// Prepositions of origin before an impersonal cue's source ("hieß es aus …").
    SourcePreposition,
    /// "own" in an according-to phrase that names the clause's subject ("nach eigenen Angaben").
    Own,
    /// Particles that make a cue verb something else than speech ("sagte … ab").
    NotSpeechParticle,
    /// Determiners that never open a genitive complement.
    NotGenitive,
    /// Demonstratives before a source ("nach Informationen dieser Zeitung").
    Demonstrative,
    /// Determiners of a fronted object only ("Einen Grund … sieht Steinkamp nicht").
    Accusative,
    /// Separable particles of cue verbs ("kündigte an, …", "fügte hinzu: …").
    SeparableParticle,
    /// Reflexive pronouns between a cue and its colon ("verteidigte sich: …").
    Reflexive,
    /// Relative pronouns that are their clause's subject ("…, Parejo, que atribuyó …").
    Relative,
    /// Conjunctions joining two verbs of one subject.
    Coordinator,
    /// Possessive determiners ("su versión" after "según" is its possessor's account).
    Possessive,
    /// Elided articles and pronouns that join the next word with an apostrophe ("l'avocat").
    Elision,
    /// Particles inside a name ("Charles de Gaulle", "Ursula von der Leyen").
    NameParticle,
    /// Words that join a role to its complement ("ministre de la Justice").
    Complement,
    /// Words that end a speaker's noun phrase: clause openers and conjunctions.
    ClauseWord,
    /// Prepositions: a noun phrase after one is not a subject ("in einer Sitzung").
    Preposition,
    /// Object pronouns between a subject and its verb ("lo calificó", "la décrit").
    Clitic,
}

/// When a hedge phrase of `data/<lang>/hedges.txt` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgeRule {
    Always,
    /// Only outside quotes: the journalistic conditional ("aurait détourné").
    OutsideQuotes,
    /// A group source with no one named after it ("des experts", not "des experts de …").
    Bare,
    /// Reportative "sollen": only with "haben"/"sein" later in its clause.
    Perfect,
}

/// A word list of `data/<lang>/` compiled by `build.rs`: its words sorted in one string,
/// each followed by one control byte (below 0x20, never in a word) that indexes its value
/// in `values`, found by hashing.
///
/// The blob is all the wasm carries: where each word ends, and a hash table of the words,
/// are built once, on the first lookup ([`WordsIndex`], a pass over a few kilobytes). A table of ends built in would cost two bytes a word that hardly
/// compress, several kilobytes of gzipped wasm in all.
pub struct Words<V: 'static> {
    pub blob: &'static str,
    pub values: &'static [V],
    pub index: std::sync::OnceLock<WordsIndex>,
}

/// Where the words of a [`Words`] blob stand, built on its first lookup.
pub struct WordsIndex {
    /// Where each word's tag byte stands, in order (each word ends there).
    tag_at: Vec<u16>,
    /// An open-addressing hash table of the words (linear probing, a power of two of at
    /// least twice as many slots as words): in each slot, 0 when empty, else the rank of a
    /// word plus one, in the low 16 bits, under 16 bits of the word's hash, which rule out
    /// most other words before their bytes are compared.
    slots: Vec<u32>,
    /// A bit filter of the words' last [`ENDING_BYTES`] bytes ([`ending_bit`]), and
    /// whether some word is shorter than that: see [`Words::may_end`].
    endings: [u64; ENDING_FILTER_BITS / 64],
    short: bool,
}

/// The bits of a word's hash in its [`WordsIndex::slots`] entry, above its rank.
const FINGERPRINT_SHIFT: u32 = 16;

/// The hash of a word for [`WordsIndex::slots`] (the lexicon's multiplicative hash): its
/// low bits choose the first slot, its top 16 bits are the fingerprint.
fn word_hash(word: &[u8]) -> u64 {
    crate::lexicon::table::hash(0, word)
}

/// The slot entry of the word of rank `rank` and hash `h`.
fn slot_entry(rank: usize, h: u64) -> u32 {
    let rank = u16::try_from(rank + 1).expect("build.rs holds a list to u16 offsets");
    ((h >> 48) as u32) << FINGERPRINT_SHIFT | u32::from(rank)
}

/// How many last bytes of a word [`Words::may_end`] compares.
const ENDING_BYTES: usize = 3;
/// The size of its filter (a power of two): a list of a hundred words sets a few dozen bits.
const ENDING_FILTER_BITS: usize = 1024;

/// The filter bit of the last [`ENDING_BYTES`] bytes of a word of at least that many (a
/// multiplicative hash, its top bits).
fn ending_bit(word: &[u8]) -> usize {
    let [a, b, c] = [0, 1, 2].map(|k| u32::from(word[word.len() - ENDING_BYTES + k]));
    let h = (a << 16 | b << 8 | c).wrapping_mul(0x9E37_79B1);
    (h >> (32 - ENDING_FILTER_BITS.trailing_zeros())) as usize
}

impl WordsIndex {
    /// The byte range of the word of rank `k`.
    fn word(&self, k: usize) -> std::ops::Range<usize> {
        let start = k
            .checked_sub(1)
            .map_or(0, |p| usize::from(self.tag_at[p]) + 1);
        start..usize::from(self.tag_at[k])
    }
}

/// `a == b`, inline: a list's words and a text's keys are a few bytes, where a call to
/// `memcmp` cost more than the comparison (every word of a text is looked up in several
/// lists).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// `key.rsplit_once(ascii)` for an ASCII char, as a byte loop: a key is a few bytes, where
/// the char searcher's `memrchr` cost more than the search (the French cues split every
/// word at its last hyphen).
pub(crate) fn rsplit_once_ascii(key: &str, ascii: u8) -> Option<(&str, &str)> {
    debug_assert!(ascii.is_ascii());
    let at = key.bytes().rposition(|b| b == ascii)?;
    Some((&key[..at], &key[at + 1..]))
}

/// Whether byte `b` of a [`Words`] blob ends a word (and holds its value's index).
fn is_tag(b: u8) -> bool {
    b < 0x20
}

impl<V> Words<V> {
    fn index(&self) -> &WordsIndex {
        self.index.get_or_init(|| {
            let blob = self.blob.as_bytes();
            // build.rs holds a blob to u16 offsets.
            let tag_at: Vec<u16> = (0..blob.len())
                .filter(|&i| is_tag(blob[i]))
                .map(|i| i as u16)
                .collect();
            // Each word hashed into the first free slot from its own. (No word is empty, and
            // none is listed twice: build.rs lists none.)
            let mut slots = vec![0u32; (2 * tag_at.len()).next_power_of_two().max(1)];
            let mask = slots.len() - 1;
            let mut endings = [0u64; ENDING_FILTER_BITS / 64];
            let mut short = false;
            let mut start = 0;
            for (rank, &end) in tag_at.iter().enumerate() {
                let word = &blob[start..usize::from(end)];
                let h = word_hash(word);
                let mut s = h as usize & mask;
                while slots[s] != 0 {
                    s = (s + 1) & mask;
                }
                slots[s] = slot_entry(rank, h);
                if word.len() < ENDING_BYTES {
                    short = true;
                } else {
                    let bit = ending_bit(word);
                    endings[bit / 64] |= 1 << (bit % 64);
                }
                start = usize::from(end) + 1;
            }
            WordsIndex {
                tag_at,
                slots,
                endings,
                short,
            }
        })
    }

    /// The word's rank in the list on a hit: the key hashed once, then the slots from its
    /// own to the first empty one, whose words are compared only when their fingerprint is
    /// the key's (a look-up of a few steps, as every word of a text is looked up in several
    /// lists).
    pub fn rank(&self, key: &str) -> Option<usize> {
        let (blob, index) = (self.blob.as_bytes(), self.index());
        let key = key.as_bytes();
        if key.is_empty() {
            return None;
        }
        let h = word_hash(key);
        let fingerprint = slot_entry(0, h) >> FINGERPRINT_SHIFT;
        let mask = index.slots.len() - 1;
        let mut s = h as usize & mask;
        loop {
            let entry = index.slots[s];
            if entry == 0 {
                return None;
            }
            let rank = (entry & ((1 << FINGERPRINT_SHIFT) - 1)) as usize - 1;
            if entry >> FINGERPRINT_SHIFT == fingerprint && same(&blob[index.word(rank)], key) {
                return Some(rank);
            }
            s = (s + 1) & mask;
        }
    }

    /// The word of rank `rank`, with its value (its value's index is the byte after it).
    pub fn entry(&self, rank: usize) -> (&'static str, &'static V) {
        let word = self.index().word(rank);
        let value = &self.values[usize::from(self.blob.as_bytes()[word.end])];
        (&self.blob[word], value)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.rank(key).is_some()
    }

    /// Whether some listed word may end `key` (false only when none does). Every suffix of
    /// a word ends as the word does, so one test passes over all of them: German looks up
    /// each compound head of a capitalised word ("Regierungssprecherin": "sprecherin"),
    /// and most words end unlike any role or organisation noun.
    pub fn may_end(&self, key: &str) -> bool {
        let index = self.index();
        let key = key.as_bytes();
        index.short
            || key.len() >= ENDING_BYTES && {
                let bit = ending_bit(key);
                index.endings[bit / 64] & (1 << (bit % 64)) != 0
            }
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.contains(key)
    }

    pub fn get(&self, key: &str) -> Option<&'static V> {
        self.get_entry(key).map(|(_, v)| v)
    }

    /// The listed word equal to `key`, with its value.
    pub fn get_entry(&self, key: &str) -> Option<(&'static str, &'static V)> {
        self.rank(key).map(|r| self.entry(r))
    }

    pub fn len(&self) -> usize {
        self.index().tag_at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.blob.is_empty()
    }
}

type Map<V> = Words<V>;
type Set = Words<()>;

/// One language's word lists (from `data/<lang>/`) and syntax.
pub struct Tables {
    pub language: Language,
    pub cues: &'static Map<CueRule>,
    pub cue_phrases: &'static [(&'static [&'static str], CueRule)],
    pub roles: &'static Map<Agreement>,
    pub pronouns: &'static Map<Agreement>,
    pub determiners: &'static Map<Agreement>,
    pub given_names: &'static Map<Agreement>,
    pub function_words: &'static Set,
    pub auxiliaries: &'static Set,
    /// Content markers, `true` for those that count only before an infinitive ("de").
    pub content_markers: &'static Map<bool>,
    pub org_words: &'static Set,
    pub group_nouns: &'static Set,
    pub hedges: &'static Map<(HedgeKind, HedgeRule)>,
    /// The closed word classes of each grammar word, as bits ([`Class`]).
    pub grammar: &'static Map<u32>,
    pub hedge_max_words: usize,
    /// Nouns are capitalised (German): a capitalised word is a name only with evidence (a
    /// given name, a title, a known person, or the place right after a cue), and a role
    /// may be the head of a compound ("Bundesinnenministerin").
    pub capitalised_nouns: bool,
    /// The subject may follow the cue anywhere, not only after a quote ("Am Montag sagte
    /// Müller", "Así lo explicó el ministro").
    pub free_inversion: bool,
    /// Subject pronouns are dropped ("«…», añadió."): a cue without a subject continues the
    /// speaker before it.
    pub pro_drop: bool,
    /// Dialogue and interview answers open with a dash ("—No lo sé —dijo—.").
    pub dash_dialogue: bool,
    /// Verb endings (`data/<lang>/verb_endings.txt`): the conditional, a hedge outside
    /// quotes ("détournerait"), and words that end so but are not verbs ("portrait"); past
    /// participles; infinitives.
    pub conditional_endings: &'static [&'static str],
    pub conditional_exceptions: &'static [&'static str],
    pub participle_endings: &'static [&'static str],
    pub infinitive_endings: &'static [&'static str],
    /// Courtesy titles before a name, with the gender they show ("Mme", "Frau", "Sra.").
    pub courtesy: &'static Map<Agreement>,
}

impl Tables {
    /// Whether `word` (a key: lower case) is of the closed class `class` in this language.
    pub fn is(&self, word: &str, class: Class) -> bool {
        self.grammar
            .get(word)
            .is_some_and(|bits| bits & (1 << class as u32) != 0)
    }
}

macro_rules! tables {
    ($name:ident, $lang:ident, $language:expr, { $($field:ident: $value:expr,)* }) => {
        static $name: Tables = Tables {
            language: $language,
            cues: &lexicon::$lang::CUES,
            cue_phrases: lexicon::$lang::CUE_PHRASES,
            roles: &lexicon::$lang::ROLES,
            pronouns: &lexicon::$lang::PRONOUNS,
            determiners: &lexicon::$lang::DETERMINERS,
            given_names: &lexicon::$lang::GIVEN_NAMES,
            function_words: &lexicon::$lang::FUNCTION_WORDS,
            auxiliaries: &lexicon::$lang::AUXILIARIES,
            content_markers: &lexicon::$lang::CONTENT_MARKERS,
            org_words: &lexicon::$lang::ORG_WORDS,
            group_nouns: &lexicon::$lang::GROUP_NOUNS,
            hedges: &lexicon::$lang::HEDGES,
            grammar: &lexicon::$lang::GRAMMAR,
            courtesy: &lexicon::$lang::COURTESY,
            hedge_max_words: lexicon::$lang::HEDGE_MAX_WORDS,
            conditional_endings: lexicon::$lang::CONDITIONAL,
            conditional_exceptions: lexicon::$lang::NOT_CONDITIONAL,
            participle_endings: lexicon::$lang::PARTICIPLE,
            infinitive_endings: lexicon::$lang::INFINITIVE,
            $($field: $value,)*
        };
    };
}

tables!(FR, fr, Language::Fr, {
    capitalised_nouns: false,
    free_inversion: false,
    pro_drop: false,
    dash_dialogue: false,
});

tables!(DE, de, Language::De, {
    capitalised_nouns: true,
    free_inversion: true,
    pro_drop: false,
    dash_dialogue: false,
});

tables!(ES, es, Language::Es, {
    capitalised_nouns: false,
    free_inversion: true,
    pro_drop: true,
    dash_dialogue: true,
});

#[cfg(test)]
mod tests {
    #[test]
    fn rsplit_once_ascii_is_rsplit_once() {
        for key in [
            "a-t-il",
            "dit-elle",
            "ex-ministre",
            "54-jährige",
            "-",
            "x-",
            "-x",
            "été",
            "",
        ] {
            assert_eq!(
                super::rsplit_once_ascii(key, b'-'),
                key.rsplit_once('-'),
                "{key}"
            );
        }
    }

    #[test]
    fn same_is_slice_equality() {
        let words: [&[u8]; 9] = [
            b"",
            b"a",
            b"ab",
            b"abc",
            b"b",
            b"\xc3\xa4",
            b"aa",
            b"ba",
            b"abd",
        ];
        for a in words {
            for b in words {
                assert_eq!(super::same(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    use super::*;

    #[test]
    fn tags_name_languages() {
        assert_eq!(Language::from_tag("fr-CA"), Some(Language::Fr));
        assert_eq!(Language::from_tag("DE_ch"), Some(Language::De));
        assert_eq!(Language::from_tag("es-419"), Some(Language::Es));
        assert_eq!(Language::from_tag("en"), Some(Language::En));
        assert_eq!(Language::from_tag("it"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(
            Language::parse("it").unwrap_err().to_string(),
            "unknown language 'it' (claimlens reads en, fr, de and es)"
        );
        assert_eq!(Language::declared("pt-BR"), Some(Language::En));
        assert_eq!(Language::declared("de"), Some(Language::De));
        assert_eq!(Language::declared(" "), None);
    }

    #[test]
    fn every_language_has_its_lists() {
        for lang in [Language::Fr, Language::De, Language::Es] {
            let t = lang.tables().unwrap();
            assert_eq!(t.language, lang);
            assert!(t.cues.len() >= 15, "{lang}: {}", t.cues.len());
            assert!(t.roles.len() >= 20 && t.hedges.len() >= 15, "{lang}");
            assert!(
                t.pronouns.len() >= 2 && t.function_words.len() >= 40,
                "{lang}"
            );
            // An inverted pronoun is the part after a verb's last hyphen ("a-t-il").
            assert!(
                !t.pronouns.blob.contains('-'),
                "{lang}: a pronoun with a hyphen"
            );
        }
        assert!(Language::En.tables().is_none());
    }

    /// Every word of every list is found, with its own value; its prefixes, extensions and
    /// the empty word are not (unless listed themselves).
    #[test]
    fn words_tables_find_each_word_and_nothing_else() {
        fn check<V: PartialEq + std::fmt::Debug>(w: &Words<V>) {
            let words: Vec<&str> = w
                .blob
                .split(|c: char| c < ' ')
                .filter(|s| !s.is_empty())
                .collect();
            assert_eq!(words.len(), w.len());
            assert!(words.windows(2).all(|p| p[0] < p[1]), "sorted");
            let mut at = 0;
            for word in &words {
                at += word.len();
                let value = &w.values[usize::from(w.blob.as_bytes()[at])];
                at += 1;
                assert_eq!(w.get_entry(word), Some((*word, value)));
                let longer = format!("{word}x");
                assert_eq!(w.contains(&longer), words.contains(&longer.as_str()));
                let shorter = &word[..word.char_indices().last().unwrap().0];
                assert_eq!(w.contains(shorter), words.contains(&shorter));
            }
            assert!(!w.contains("") && !w.contains("\u{1}"));
        }
        for lang in [Language::Fr, Language::De, Language::Es] {
            let t = lang.tables().unwrap();
            check(t.cues);
            check(t.roles);
            check(t.pronouns);
            check(t.given_names);
            check(t.function_words);
            check(t.hedges);
            check(t.grammar);
            check(t.courtesy);
        }
    }

    /// Closed classes are each language's own: Spanish "y" joins two verbs where French
    /// "y" is a pronoun, and Spanish "son" is no possessive.
    #[test]
    fn closed_classes_are_per_language() {
        let (fr, es, de) = (&FR, &ES, &DE);
        assert!(fr.is("y", Class::Clitic) && !fr.is("y", Class::Coordinator));
        assert!(es.is("y", Class::Coordinator) && !es.is("y", Class::Clitic));
        assert!(fr.is("son", Class::Possessive) && !es.is("son", Class::Possessive));
        assert!(de.is("diesen", Class::Accusative) && de.is("diesen", Class::NotGenitive));
        assert!(!de.is("lundi", Class::Weekday) && fr.is("lundi", Class::Weekday));
    }
}
