//! The context every attribution stage reads: the words, which quote each word is in, and
//! the entities registered so far.

use crate::lexicon::classes::{ends_possessive, COMPOUND_ADJECTIVE_HEADS, PREPOSITIONS};
use crate::lexicon::{
    CUE_WORDS, DOCUMENT_NOUNS, GAP_WORDS, GIVEN_NAMES, ORG_WORDS, SPEAKER_NOUNS, TITLES,
};
use crate::quotes::QuoteSpan;
use crate::speakers::{bare_key, name_run, Registry, Speaker};
use std::ops::Deref;

use crate::text::{QuoteIndex, Segmented, WordView, WrittenLower};

/// A capitalised word opening its sentence before a comma is an adverb, no name, when it
/// has at least this many letters and one of [`ADVERB_ENDINGS`] ("Notably,"; not "Kelly,").
const OPENING_ADVERB_MIN_LETTERS: usize = 7;
/// Endings of adverbs made from adjectives ("-ally", "-ntly", "-ously", …); none of them
/// ends a common name ("Donnelly", "Beverly" end otherwise).
const ADVERB_ENDINGS: [&str; 9] = [
    "ally", "ntly", "ously", "ively", "ingly", "ably", "ibly", "ately", "edly",
];

/// One text as the attribution stages see it; it reads as its [`WordView`] too.
pub(super) struct Ctx<'t> {
    pub view: WordView<'t>,
    /// Which quote each word and each quote sits in.
    pub nest: QuoteIndex,
    pub quotes: &'t [QuoteSpan],
    pub reg: Registry,
    /// Entities chosen as speakers so far: by entity, the first byte position it speaks at.
    spoken: std::cell::RefCell<Vec<Option<usize>>>,
    /// Words the text also writes in lower case ("despite", "poor"): common words, so
    /// never the first word of a name when capitalised only by their position.
    lower: &'t WrittenLower,
    /// The paragraphs in headline case ("Clinton Goes After Trump"), where capitals say
    /// nothing about names and no cue attributes: their byte ranges, in text order. (Most
    /// texts have one or none, so that asking about a word, as every name does, is no
    /// search of all the paragraphs.)
    headlines: Vec<(usize, usize)>,
    /// `speakers::name_run`'s recent answers, by word ([`Ctx::name_run`] asks it of the
    /// same words from several stages, near each other; it reads only the text, so an
    /// answer never changes): word `i` in slot `i % RUN_CACHE_SLOTS`, a fixed size however
    /// long the text.
    runs: Box<[std::cell::Cell<RunSlot>]>,
}

/// A slot of [`Ctx`]'s cache of name runs: a word, and its run (first and last word).
type RunSlot = (usize, Option<(usize, usize)>);

/// Slots of [`Ctx`]'s cache of name runs: more than the words a cue's stages look at.
const RUN_CACHE_SLOTS: usize = 256;

/// What the search to the left of a cue found.
pub(super) enum Left {
    /// A speaker, and the feature that says how ("cue_left", "cue_apposition").
    Found(Speaker, &'static str),
    Negated,
    None,
}

impl Left {
    pub fn is_found(&self) -> bool {
        matches!(self, Left::Found(..))
    }
}

impl<'t> Deref for Ctx<'t> {
    type Target = WordView<'t>;
    fn deref(&self) -> &WordView<'t> {
        &self.view
    }
}

impl<'t> Ctx<'t> {
    pub fn new(seg: &'t Segmented<'t>, quotes: &'t [QuoteSpan]) -> Self {
        let view = WordView::new(seg);
        Ctx {
            view,
            nest: QuoteIndex::new(&seg.words, quotes),
            quotes,
            reg: Registry::default(),
            spoken: std::cell::RefCell::new(Vec::new()),
            lower: seg.written_lower(),
            headlines: headline_paragraphs(seg),
            // (No word is `usize::MAX`: an empty slot.)
            runs: vec![std::cell::Cell::new((usize::MAX, None)); RUN_CACHE_SLOTS].into(),
        }
    }

    /// Word `i` lower-cased without its possessive ending ([`crate::speakers::bare`]), read
    /// from its key: no string built.
    pub(super) fn bare(&self, i: usize) -> &'t str {
        bare_key(self.key(i))
    }

    pub(super) fn sentence_count(&self) -> usize {
        self.sentence_of.last().map_or(0, |&s| s as usize + 1)
    }

    /// Words `a` and `b` are in the same sentence and the same quote context.
    pub(super) fn same_scope(&self, a: usize, b: usize) -> bool {
        self.sentence_of[a] == self.sentence_of[b] && self.nest.quote_of(a) == self.nest.quote_of(b)
    }

    /// The capitalised run of words around word `i` as a name: `speakers::name_run`,
    /// without a first word that is capitalised only because it opens its sentence
    /// ("Despite Obama", "Did Trump", "Said Ellis", "Sources close to"): a word the text
    /// also writes in lower case, an auxiliary, a cue or a role noun that is no title.
    pub(super) fn name_run(&self, i: usize) -> Option<(usize, usize)> {
        let slot = &self.runs[i % RUN_CACHE_SLOTS];
        let (mut a, mut b) = match slot.get() {
            (at, run) if at == i => run,
            _ => {
                let run = name_run(&self.view, i);
                slot.set((i, run));
                run
            }
        }?;
        // A headline's verb is capitalised too: "Ana Ruiz Says Council Will Act" names Ana
        // Ruiz; the run ends before a reporting verb's -s or -ed form that follows a name. In a
        // headline the name may be one word ("Ruiz Says Council Will Act").
        let from = if self.in_headline(a) { a + 1 } else { a + 2 };
        if let Some(v) = (from..=b).find(|&k| {
            let key = &self.keys[k];
            (key.ends_with('s') || key.ends_with("ed"))
                && CUE_WORDS.contains_key(key)
                && !self.words[k].text.chars().all(|c| !c.is_lowercase())
        }) {
            // (What follows the verb is the headline's object, no name of its own.)
            if i >= v {
                return None;
            }
            b = v - 1;
        }
        // "the editorial board of the Washington Post Trump said": a comma left out between
        // an organisation's name and a person's surname met before; two runs.
        if b >= a + 2
            && ORG_WORDS.contains(self.bare(b - 1))
            && !ORG_WORDS.contains(self.bare(b))
            && self.reg.person_token(self.bare(b))
        {
            if i == b {
                return Some((b, b));
            }
            b -= 1;
        }
        // ("Hosting Ana Ruiz at the fair": a participle opening the sentence, unless it is
        // a given name.) Its object is the rest of the run, which a preposition or the
        // clause's end follows, or which is a possessive ("Injecting Lee’s troubles into
        // the race"); not "Rolling Stone reported", "Greyling Homes built", nor a name
        // met before ("Rolling Stone’s editor" after "told Rolling Stone").
        let next = b + 1;
        let object = |a: usize| {
            (ends_possessive(self.words[b].text) && !self.reg.knows_token(self.bare(a)))
                || next >= self.words.len()
                || self
                    .gap(b, next)
                    .trim_start()
                    .starts_with(['?', '!', ':', ';'])
                || (self.gap(b, next).trim().is_empty()
                    && PREPOSITIONS.contains(&self.key(next))
                    && !matches!(self.key(next), "of" | "for"))
        };
        while a < b && self.opens_sentence(a) {
            let key = &self.keys[a];
            let participle = key.len() > 4
                && key.ends_with("ing")
                && !GIVEN_NAMES.contains_key(key)
                && !TITLES.contains(key)
                && object(a);
            let common = self.lower.contains(a)
                || participle
                || GAP_WORDS.contains(key)
                || CUE_WORDS.contains_key(key)
                || (SPEAKER_NOUNS.contains_key(key) && !TITLES.contains(key));
            if !common {
                break;
            }
            a += 1;
        }
        while a < b && self.describing_compound(a) {
            a += 1;
        }
        // ("a New York-based newspaper", "White House-era documents": a run that ends in an
        // adjective made of a name modifies the noun after it.)
        // (The hyphen found as a byte: a char searcher costs more than these short words.)
        let last = self.words[b].text;
        if last
            .bytes()
            .rposition(|c| c == b'-')
            .is_some_and(|h| COMPOUND_ADJECTIVE_HEADS.contains(&&last[h + 1..]))
        {
            return None;
        }
        if let Some(name) = self.name_after_role_object(a, b) {
            a = name;
        }
        // "Using survey data, the researchers …": a participle opening its sentence is no
        // name (a name ending in -ing is followed by its verb or a comma: "Ewing said"); nor
        // is "Significantly, the judge said …", a sentence adverb before a comma ("Kelly,
        // 45, said" still is one).
        // Nor is a noun of documents that its place capitalises ("Studies have shown",
        // "Polls show"): a description. (Nouns of speakers stay names, so that "they" may
        // take them up: "Progressives argue …; they say".)
        // Nor is a word the text also writes in lower case, unless it is part of a name
        // already known ("Bubonic is the most common form", but "May said" after "Theresa
        // May") or a given name.
        if a == b
            && self.opens_sentence(a)
            && (self.opening_participle(a)
                || self.opening_adverb(a)
                || DOCUMENT_NOUNS.contains(self.bare(a))
                || (self.lower.contains(a)
                    && !GIVEN_NAMES.contains_key(&self.keys[a])
                    && !self.reg.knows_token(self.bare(a))))
        {
            return None;
        }
        (a <= i).then_some((a, b))
    }

    /// Word `i` is a compound whose part after the hyphen is lower-case: it describes the
    /// name it opens ("Australian-born Ana Ruiz", "Singer-songwriters Bo Chen") and is no
    /// part of it ("Moon Jae-in" ends with such a word).
    pub(super) fn describing_compound(&self, i: usize) -> bool {
        let text = self.words[i].text;
        text.bytes()
            .position(|c| c == b'-')
            .is_some_and(|h| text[h + 1..].starts_with(char::is_lowercase))
    }

    /// "ambassador to Britain Liu Wen", "envoy to the Union Kurt Vogel": after a role noun
    /// and "to", a run of three words or more is the role's object (a country, a body)
    /// then the person's name, which starts at a given name or a title, else is the last
    /// two words. The first word of the name, if the run `(a, b)` holds such an object.
    fn name_after_role_object(&self, a: usize, b: usize) -> Option<usize> {
        // (The run's length first: most are shorter, and need no look-up.)
        if b < a + 2 || self.role_before_object(a).is_none() || ORG_WORDS.contains(self.bare(b)) {
            return None;
        }
        let starts_name =
            |k: usize| GIVEN_NAMES.contains_key(&self.keys[k]) || TITLES.contains(&self.keys[k]);
        (a + 1..b)
            .find(|&k| starts_name(k))
            .or((b == a + 2 && !starts_name(a)).then_some(b - 1))
    }

    /// The role noun of "ambassador to [the] OBJECT" whose object starts at word `a`.
    pub(super) fn role_before_object(&self, a: usize) -> Option<usize> {
        let to = match a.checked_sub(1)? {
            t if self.key(t) == "the" => t.checked_sub(1)?,
            t => t,
        };
        let role = to.checked_sub(1)?;
        (self.key(to) == "to" && SPEAKER_NOUNS.contains_key(self.bare(role))).then_some(role)
    }

    /// "China’s ambassador to Britain accused": a name that is the object of "role to" (no
    /// person) is not the subject; the role's description, object included, is.
    pub(super) fn role_with_its_object(&self, name: &Speaker) -> Option<Speaker> {
        if name.entity.is_none_or(|e| self.reg.entities[e].person) {
            return None;
        }
        let first = self.words.partition_point(|w| w.start < name.start);
        let role = self.mention_ending_at(self.role_before_object(first)?)?;
        Some(self.phrase_speaker(role.start, name.end))
    }

    /// Word `k` looks like an adverb made from an adjective ("Notably", "Nationally",
    /// "Reportedly") and a comma follows it.
    fn opening_adverb(&self, k: usize) -> bool {
        let key = &self.keys[k];
        key.len() >= OPENING_ADVERB_MIN_LETTERS
            && ADVERB_ENDINGS.iter().any(|e| key.ends_with(e))
            && k + 1 < self.words.len()
            && self.gap(k, k + 1).trim_start().starts_with(',')
    }

    /// Word `k` ends in -ing and a lower-case word that is no verb follows it.
    fn opening_participle(&self, k: usize) -> bool {
        let n = k + 1;
        self.keys[k].len() > 4
            && self.keys[k].ends_with("ing")
            && n < self.words.len()
            && self.gap(k, n).chars().all(char::is_whitespace)
            && !self.words[n].is_capitalized()
            && !GAP_WORDS.contains(&self.keys[n])
            && !CUE_WORDS.contains_key(&self.keys[n])
            && !self.is_verbish(n)
    }

    /// Word `i` is the first of its sentence (or follows an opening quote mark).
    pub(super) fn opens_sentence(&self, i: usize) -> bool {
        i == 0
            || self.sentence_of[i - 1] != self.sentence_of[i]
            || self.gap(i - 1, i).contains(['“', '"', '‘'])
    }

    /// Whether word `i` sits in a headline-case paragraph.
    pub(super) fn in_headline(&self, i: usize) -> bool {
        // (Every word lies in a paragraph: the first headline not ending before it holds
        // it, if any does.)
        let pos = self.words[i].start;
        let h = self.headlines.partition_point(|&(_, end)| end < pos);
        self.headlines
            .get(h)
            .is_some_and(|&(start, _)| start <= pos)
    }

    /// Word `k` of a headline is a reporting verb in its -s form right after a name that
    /// opens the headline: "Ana Ruiz Says Council Will Act".
    pub(super) fn headline_report(&self, k: usize) -> bool {
        k > 0
            && self.words[k].is_capitalized()
            && self.keys[k].ends_with('s')
            && CUE_WORDS.contains_key(&self.keys[k])
            && self.gap(k - 1, k).trim().is_empty()
            && self
                .name_run(k - 1)
                .is_some_and(|r| r.1 == k - 1 && self.opens_sentence(r.0))
    }

    /// Whether entity `e` was chosen as a speaker before byte `pos`.
    pub(super) fn spoke_before(&self, e: usize, pos: usize) -> bool {
        self.spoken
            .borrow()
            .get(e)
            .copied()
            .flatten()
            .is_some_and(|p| p < pos)
    }

    /// Records that entity `e` speaks at byte `pos`.
    pub(super) fn note_speaker(&self, e: usize, pos: usize) {
        let mut spoken = self.spoken.borrow_mut();
        if spoken.len() <= e {
            spoken.resize(self.reg.entities.len().max(e + 1), None);
        }
        let first = spoken[e].get_or_insert(pos);
        *first = (*first).min(pos);
    }

    /// Some quote opens in the byte range `from..to`.
    pub(super) fn quote_opens_in(&self, from: usize, to: usize) -> bool {
        // The quotes are sorted by start.
        let i = self.quotes.partition_point(|q| q.start < from);
        self.quotes.get(i).is_some_and(|q| q.start < to)
    }

    /// The quote a quote sits in (its parent), the context its cue must share.
    pub(super) fn scope_of(&self, qi: usize) -> Option<usize> {
        self.nest.parent(qi)
    }
}

/// With this many words of four letters or more, nine in ten capitalised make a headline
/// whatever ends it.
const HEADLINE_LONG_WORDS: usize = 6;

/// The paragraphs in headline case: at least four words, most of them capitalised (short
/// function words aside), and no full stop at the end.
fn headline_paragraphs(seg: &Segmented) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut w = 0;
    for &(start, end) in &seg.paragraphs {
        let (mut long, mut capital) = (0, 0);
        while w < seg.words.len() && seg.words[w].start < end {
            let word = &seg.words[w];
            // (Four chars or more: a fourth is looked for, not all counted.)
            if word.start >= start && word.text.chars().nth(3).is_some() {
                long += 1;
                capital += usize::from(word.is_capitalized());
            }
            w += 1;
        }
        let text = seg.text[start..end].trim_end();
        // A long run of capitalised words is a headline even with a full stop ("Senator
        // Blasts Rival for Mocking His Plan, Quotes Bible to Urge Voters to ‘Turn Away’.").
        let titled = long >= HEADLINE_LONG_WORDS && capital * 10 >= long * 9;
        if titled
            || long >= 4 && capital * 10 >= long * 8 && !text.ends_with(['.', '”', '"', '?', ':'])
        {
            out.push((start, end));
        }
    }
    out
}
