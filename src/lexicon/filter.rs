//! A bit filter in front of a word table: one bit for each of the table's words' first two
//! bytes and length. Most words of a text ("the", "to", "and", "he") share no such bit with
//! any word of a small table, so one bit test turns them away where a hash-table look-up
//! hashed them and compared a stored key. A word that passes is still looked up: the filter
//! only ever says "not in the table", never that a word is in it.
//!
//! `build.rs` includes this file and writes the filters of the tables that have one
//! (`CUE_WORDS_FILTER`, …) as static bits: nothing is built when a scan starts.

/// How many bits a [`WordFilter`] has: five bits of each of a word's first two bytes and four
/// of its length.
const WORD_FILTER_BITS: usize = 1 << 14;

/// The bits of one table's words (2 KB, static).
pub struct WordFilter {
    bits: [u64; WORDS],
}

/// The 64-bit words of a filter.
pub const WORDS: usize = WORD_FILTER_BITS / 64;

impl WordFilter {
    /// The filter whose bits `build.rs` worked out ([`WordFilter::of`] its table's words).
    pub const fn from_bits(bits: [u64; WORDS]) -> WordFilter {
        WordFilter { bits }
    }

    /// Its bits, for `build.rs` to write out.
    pub fn bits(&self) -> &[u64; WORDS] {
        &self.bits
    }

    /// The filter of `words`.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFilter {
        let mut filter = WordFilter { bits: [0; WORDS] };
        for word in words {
            let bit = WordFilter::bit(word);
            filter.bits[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    /// The bit of `word`.
    #[inline]
    fn bit(word: &str) -> usize {
        let b = word.as_bytes();
        let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0) & 0x1F);
        (byte(0) << 9) | (byte(1) << 4) | (b.len() & 0xF)
    }

    /// Whether `word` may be one of the words (false: it is not one).
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = WordFilter::bit(word);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The static filters are their tables' (built from the same words).
    #[test]
    fn the_static_filters_are_their_tables() {
        use crate::lexicon::*;
        for (filter, table) in [
            (&CUE_WORDS_FILTER, WordFilter::of(CUE_WORDS.keys())),
            (
                &CUE_PHRASE_FIRST_WORDS_FILTER,
                WordFilter::of(CUE_PHRASE_FIRST_WORDS.keys()),
            ),
        ] {
            assert_eq!(filter.bits(), table.bits());
        }
    }

    /// Every word of the table passes; most other words do not (the filter is only worth
    /// its test if it turns most away).
    #[test]
    fn a_word_filter_passes_its_words_and_turns_most_others_away() {
        let words = ["according", "said", "told", "reportedly"];
        let filter = WordFilter::of(words);
        assert!(words.iter().all(|w| filter.may_hold(w)));
        let others = [
            "the", "to", "and", "he", "a", "of", "in", "mayor", "water", "sad",
        ];
        let passed = others.iter().filter(|w| filter.may_hold(w)).count();
        assert!(passed <= 1, "{passed}");
    }
}
