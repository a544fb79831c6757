//! Bit filters in front of word tables: one bit for each of a table's keys, picked by the
//! key's shape (a few of its bytes and its length). Most words of a text ("the", "to",
//! "and", "he") share no such bit with any key of a small table, so one bit test turns them
//! away where a hash-table look-up hashed them and compared a stored key. A word that passes
//! is still looked up: a filter only ever says "not in the table", never that a word is in
//! it, so no filter can change what a scan finds.
//!
//! `build.rs` includes this file and writes the filters of the tables that have one
//! (`CUE_WORDS_FILTER`, `HEDGE_CUES_FILTER`, …) as static bits: nothing is built when a
//! scan starts.

/// Which bytes of a key pick its bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// The first two bytes and the length (of 2^14 bits): for words that start a phrase.
    Head,
    /// The length and the last two bytes (of 2^16 bits): for phrases whose first word is
    /// known to start one already.
    Tail,
}

impl Shape {
    /// How many 64-bit words the filter of this shape has.
    pub const fn words(self) -> usize {
        match self {
            Shape::Head => (1 << 14) / 64,
            Shape::Tail => (1 << 16) / 64,
        }
    }

    /// The bit of `key` (of [`Shape::words`] × 64).
    #[inline]
    pub fn bit(self, key: &[u8]) -> usize {
        // The low five bits of byte `i` (0 past the end): of a letter, which letter.
        let low = |i: usize| usize::from(key.get(i).copied().unwrap_or(0) & 0x1F);
        let n = key.len();
        match self {
            Shape::Head => (low(0) << 9) | (low(1) << 4) | (n & 0xF),
            Shape::Tail => {
                ((n & 0x3F) << 10) | (low(n.wrapping_sub(2)) << 5) | low(n.wrapping_sub(1))
            }
        }
    }

    /// The bits of `keys` (what `build.rs` writes out).
    pub fn bits_of<'k>(self, keys: impl IntoIterator<Item = &'k str>) -> Vec<u64> {
        let mut bits = vec![0u64; self.words()];
        for key in keys {
            let b = self.bit(key.as_bytes());
            bits[b / 64] |= 1 << (b % 64);
        }
        bits
    }
}

/// The filter of one table: its shape and its bits (static, written by `build.rs`).
pub struct WordFilter {
    shape: Shape,
    bits: &'static [u64],
}

impl WordFilter {
    /// The filter whose bits `build.rs` worked out ([`Shape::bits_of`] the table's keys).
    pub const fn from_bits(shape: Shape, bits: &'static [u64]) -> WordFilter {
        WordFilter { shape, bits }
    }

    /// Whether `key` may be one of the keys (false: it is not one).
    #[inline]
    pub fn may_hold(&self, key: &str) -> bool {
        let b = self.shape.bit(key.as_bytes());
        self.bits
            .get(b / 64)
            .is_some_and(|w| w & (1 << (b % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The static filters are their tables' (made from the same keys).
    #[test]
    fn the_static_filters_are_their_tables() {
        use crate::lexicon::*;
        let cases: [(&WordFilter, Shape, Vec<&str>); 4] = [
            (&CUE_WORDS_FILTER, Shape::Head, CUE_WORDS.keys().collect()),
            (
                &CUE_PHRASE_FIRST_WORDS_FILTER,
                Shape::Head,
                CUE_PHRASE_FIRST_WORDS.keys().collect(),
            ),
            (
                &HEDGE_FIRST_WORDS_FILTER,
                Shape::Head,
                HEDGE_FIRST_WORDS.keys().collect(),
            ),
            (&HEDGE_CUES_FILTER, Shape::Tail, HEDGE_CUES.keys().collect()),
        ];
        for (filter, shape, keys) in cases {
            assert_eq!(filter.shape, shape);
            assert_eq!(filter.bits, shape.bits_of(keys.iter().copied()));
            assert!(keys.iter().all(|k| filter.may_hold(k)));
        }
    }

    /// Every key passes; most other words do not (a filter is only worth its test if it
    /// turns most away).
    #[test]
    fn a_word_filter_passes_its_words_and_turns_most_others_away() {
        let words = ["according", "said", "told", "reportedly"];
        let bits: &'static [u64] = Shape::Head.bits_of(words).leak();
        let filter = WordFilter::from_bits(Shape::Head, bits);
        assert!(words.iter().all(|w| filter.may_hold(w)));
        let others = [
            "the", "to", "and", "he", "a", "of", "in", "mayor", "water", "sad",
        ];
        let passed = others.iter().filter(|w| filter.may_hold(w)).count();
        assert!(passed <= 1, "{passed}");
        // A tail filter of phrases: their length and last two bytes.
        let phrases = ["may well", "is said to"];
        let bits: &'static [u64] = Shape::Tail.bits_of(phrases).leak();
        let filter = WordFilter::from_bits(Shape::Tail, bits);
        assert!(phrases.iter().all(|p| filter.may_hold(p)));
        assert!(!filter.may_hold("may be") && !filter.may_hold("is said"));
    }
}
