//! Which words the text also writes in lower case: a capitalised word that is found
//! elsewhere in lower case ("Health officials said" beside "public health") is an ordinary
//! word capitalised by its position, not a name. Attribution and hedges both ask; the
//! answer is worked out once per text ([`super::Segmented::written_lower`]).

use crate::lexicon::filter::Shape;
use std::collections::HashMap;

use super::segment::{Keys, Word};

/// How many bits the filter of [`WrittenLower::new`] has (a power of two): for the few
/// hundred distinct capitalised words of an article, about one lower-case word in twenty
/// passes it without being one of them.
const FILTER_BITS: usize = 1 << 12;

/// [`Recent`] remembers 2^`RECENT_BITS` keys, placed by the top bits of their hash (the
/// best mixed of a multiplicative hash).
const RECENT_BITS: u32 = 8;

/// The last keys looked up in the map of [`WrittenLower::new`], each with its slot (or
/// none), by the key's [`filter_hash`]. A text repeats its words ("the" after "The", a name), so
/// most look-ups are repeats; a remembered answer counts only when its key is the key
/// asked (compared in full), so this saves keyed hashes and never decides.
struct Recent<'k> {
    entries: Vec<Option<(&'k [u8], Option<u32>)>>,
}

impl<'k> Recent<'k> {
    fn new() -> Self {
        Recent {
            entries: vec![None; 1 << RECENT_BITS],
        }
    }

    /// The slot of `key` (of hash `h`), from memory or else from `look_up`.
    fn slot(
        &mut self,
        key: &'k [u8],
        h: u64,
        look_up: impl FnOnce() -> Option<u32>,
    ) -> Option<u32> {
        let entry = &mut self.entries[(h >> (64 - RECENT_BITS)) as usize];
        match *entry {
            Some((k, slot)) if k == key => slot,
            _ => {
                let slot = look_up();
                *entry = Some((key, slot));
                slot
            }
        }
    }
}

/// For each word of a text: whether its key is the key of a word that starts with a
/// lower-case letter (so every such word is, itself).
pub struct WrittenLower {
    /// One bit per word.
    bits: Vec<u64>,
}

/// Whether a word starts with a lower-case letter (an ASCII one told by its byte).
fn starts_lower(w: &Word) -> bool {
    match w.text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => w.text.chars().next().is_some_and(char::is_lowercase),
    }
}

/// A hash of a key for the filter and [`Recent`] only (a collision lets a word through to
/// the exact test, it never decides): its length and its first, middle and last four bytes
/// (fewer, overlapping, in a short key), read at once, then mixed so that every bit of the
/// hash depends on all of them (the filter reads its low bits: words that share a prefix
/// must not share them). A hash of every byte, one at a time, cost more than all the rest
/// of [`WrittenLower::new`].
fn filter_hash(b: &[u8]) -> u64 {
    let n = b.len();
    let (head, rest) = if n >= 4 {
        let four =
            |at: usize| u64::from(u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]));
        (four(0) | (four(n - 4) << 32), four(n / 2 - 2))
    } else {
        (b.iter().fold(0, |x, &c| (x << 8) | u64::from(c)), 0)
    };
    let mut h = (head ^ 0x9E37_79B9_7F4A_7C15).wrapping_mul(0x517C_C1B7_2722_0A95)
        ^ rest
        ^ ((n as u64) << 32);
    // The finaliser of MurmurHash3.
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^ (h >> 33)
}

/// The two filter bits of a hash.
fn filter_bits(h: u64) -> [usize; 2] {
    [
        (h as usize) % FILTER_BITS,
        ((h >> 32) as usize) % FILTER_BITS,
    ]
}

impl WrittenLower {
    /// Only the keys of the words that do not start lower-case can be in doubt, and they
    /// are a few in a text (names, sentence openers): they go in a map, and each lower-case
    /// word is looked up in it only when it passes a bit filter of those keys. Most words
    /// cost one cheap hash instead of a keyed hash-set insert (the map keeps its keyed
    /// hash: its keys are the page's words).
    pub fn new(words: &[Word], keys: &Keys) -> WrittenLower {
        let mut bits = vec![0u64; words.len().div_ceil(64)];
        let mut filter = vec![0u64; FILTER_BITS / 64];
        // The first filter: a bit for each key's shape (its first two bytes and length, as the
        // lexicon's head filters have it), read without a loop or a hash, turns away most
        // lower-case words ("said", "officials") before the hash of the second.
        let mut shapes = vec![0u64; Shape::Head.words()];
        // The distinct keys in doubt, each with a slot of `seen`; and each such word's slot.
        // (Keys as bytes: read in one pass, with no char boundaries to check.)
        let mut slot_of: HashMap<&[u8], u32> = HashMap::new();
        let mut asked: Vec<(usize, u32)> = Vec::new();
        let mut recent = Recent::new();
        for (i, (w, key)) in words.iter().zip(keys.bytes()).enumerate() {
            if starts_lower(w) {
                bits[i / 64] |= 1 << (i % 64);
                continue;
            }
            let shape = Shape::Head.bit(key);
            shapes[shape / 64] |= 1 << (shape % 64);
            let h = filter_hash(key);
            let slot = recent.slot(key, h, || {
                let next = u32::try_from(slot_of.len()).expect("fewer than 2^32 words");
                Some(*slot_of.entry(key).or_insert_with(|| {
                    for b in filter_bits(h) {
                        filter[b / 64] |= 1 << (b % 64);
                    }
                    next
                }))
            });
            asked.push((i, slot.expect("every key in doubt has a slot")));
        }
        if asked.is_empty() {
            return WrittenLower { bits };
        }
        let mut seen = vec![false; slot_of.len()];
        let mut recent = Recent::new();
        for (i, key) in keys.bytes().enumerate() {
            let lower = bits[i / 64] & (1 << (i % 64)) != 0;
            if !lower {
                continue;
            }
            let shape = Shape::Head.bit(key);
            if shapes[shape / 64] & (1 << (shape % 64)) == 0 {
                continue;
            }
            let h = filter_hash(key);
            if filter_bits(h)
                .iter()
                .all(|&b| filter[b / 64] & (1 << (b % 64)) != 0)
            {
                if let Some(slot) = recent.slot(key, h, || slot_of.get(key).copied()) {
                    seen[slot as usize] = true;
                }
            }
        }
        for (i, slot) in asked {
            if seen[slot as usize] {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        WrittenLower { bits }
    }

    /// Whether the text writes word `i`'s key starting with a lower-case letter somewhere.
    pub fn contains(&self, i: usize) -> bool {
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Segmented;

    #[test]
    fn it_marks_what_a_set_of_the_lower_case_keys_would() {
        // Thousands of distinct keys, repeated out of order: remembered answers are
        // overwritten and asked again.
        let text: String = (0..6000)
            .map(|i| match i % 3 {
                0 => format!("Word{} ", (i * 7) % 1500),
                1 => format!("word{} ", (i * 13) % 2500),
                _ => format!("The{} the ", i % 40),
            })
            .collect();
        let seg = Segmented::new(&text);
        let lower: std::collections::HashSet<&str> = (0..seg.words.len())
            .filter(|&i| super::starts_lower(&seg.words[i]))
            .map(|i| &seg.keys[i])
            .collect();
        let marks = seg.written_lower();
        for i in 0..seg.words.len() {
            let expected = super::starts_lower(&seg.words[i]) || lower.contains(&seg.keys[i]);
            assert_eq!(marks.contains(i), expected, "{}", seg.words[i].text);
        }
    }

    #[test]
    fn a_capitalised_word_written_in_lower_case_elsewhere_is_marked() {
        let seg =
            Segmented::new("Health officials said. Public health is Smith’s job, smith’s too.");
        let lower = seg.written_lower();
        let marked: Vec<&str> = (0..seg.words.len())
            .filter(|&i| lower.contains(i))
            .map(|i| seg.words[i].text)
            .collect();
        assert_eq!(
            marked,
            [
                "Health",
                "officials",
                "said",
                "health",
                "is",
                "Smith’s",
                "job",
                "smith’s",
                "too"
            ]
        );
    }
}
