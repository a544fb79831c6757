//! [`ByteSet`]: the next byte of a few, found in a text. The scanners of whole texts
//! (paragraphs, sentences, quote marks) look only at the bytes that can start what they look
//! for, and pass over the rest this way without decoding chars.

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_ne_bytes([0x01; 8]);

/// `0x80` in every byte of a word: a word of text with none of these bits set is eight
/// ASCII bytes (the segmentation and the UTF-16 map pass such words at once).
pub(crate) const HIGH_BITS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The most ASCII bytes a set tests a word at a time (eight bytes at once, each of its
/// ASCII bytes costing a few operations a word); a set of more is read a byte at a time.
const MAX_WORD_TESTED: usize = 4;

/// A set of bytes: a table, and for a set of few ASCII bytes those bytes repeated across a
/// word, so that eight bytes of text are passed over at once when none of them is in the
/// set (most of a text: the sets are of rare bytes).
pub struct ByteSet {
    table: [bool; 256],
    /// Each ASCII byte of the set, in every byte of a word (the first `ascii` of them).
    splats: [u64; MAX_WORD_TESTED],
    /// How many ASCII bytes the set has.
    ascii: usize,
    /// Whether the set has a byte of 0x80 or more (then a word with one is read byte by byte).
    high: bool,
}

impl ByteSet {
    /// The set of `bytes`.
    pub const fn of(bytes: &[u8]) -> ByteSet {
        let mut table = [false; 256];
        let mut i = 0;
        while i < bytes.len() {
            table[bytes[i] as usize] = true;
            i += 1;
        }
        let mut splats = [0; MAX_WORD_TESTED];
        let mut ascii = 0;
        let mut high = false;
        let mut b = 0;
        while b < 256 {
            if table[b] {
                if b >= 0x80 {
                    high = true;
                } else {
                    if ascii < MAX_WORD_TESTED {
                        splats[ascii] = ONES * b as u64;
                    }
                    ascii += 1;
                }
            }
            b += 1;
        }
        ByteSet {
            table,
            splats,
            ascii,
            high,
        }
    }

    /// Whether `b` is in the set.
    #[inline]
    pub const fn contains(&self, b: u8) -> bool {
        self.table[b as usize]
    }

    /// Whether the eight bytes of `word` may hold a byte of the set (false: none of them is).
    #[inline]
    fn may_hold(&self, word: u64) -> bool {
        if self.high && word & HIGH_BITS != 0 {
            return true;
        }
        // A byte equal to `b` is a zero byte of `word ^ splat`; a word has a zero byte
        // exactly when this leaves a high bit set (the classic test, exact as to whether).
        self.splats[..self.ascii].iter().any(|&splat| {
            let x = word ^ splat;
            x.wrapping_sub(ONES) & !x & HIGH_BITS != 0
        })
    }

    /// Where the first byte of the set is in `hay`. Always inlined: the sets are constants,
    /// and a call would test a word for each of a set's bytes by a loop.
    #[inline(always)]
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        let mut at = 0;
        if self.ascii <= MAX_WORD_TESTED {
            while let Some(chunk) = hay.get(at..at + 8) {
                let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                if self.may_hold(word) {
                    if let Some(i) = chunk.iter().position(|&b| self.contains(b)) {
                        return Some(at + i);
                    }
                }
                at += 8;
            }
        }
        hay[at..]
            .iter()
            .position(|&b| self.contains(b))
            .map(|i| at + i)
    }
}

#[cfg(test)]
mod tests {
    use super::ByteSet;

    #[test]
    fn finds_the_first_byte_of_the_set() {
        const SET: ByteSet = ByteSet::of(b"\n\r");
        assert_eq!(SET.find(b"ab\rc\n"), Some(2));
        assert_eq!(SET.find(b"abc"), None);
    }

    #[test]
    fn finds_what_a_byte_by_byte_search_finds() {
        const SETS: [ByteSet; 4] = [
            ByteSet::of(b"\n\r\xE2"),
            ByteSet::of(b".!?\xE2"),
            ByteSet::of(b"\"'\xC2\xE2\xE3"),
            ByteSet::of(b";()[]\n:-,\xE2"),
        ];
        let text = "Il a dit « non », puis: “Ça ira… peut-être!” (Straße; 東京) it’s\r\nthe end. \
                    A long run of plain words with no mark at all in it and then a dot.";
        let bytes = text.as_bytes();
        for set in &SETS {
            for from in 0..bytes.len() {
                let hay = &bytes[from..];
                let naive = hay.iter().position(|&b| set.contains(b));
                assert_eq!(set.find(hay), naive, "from {from}");
            }
        }
        for b in 0..=255u8 {
            let set = ByteSet::of(&[b]);
            let mut hay = vec![b'a'; 19];
            hay[b as usize % 19] = b;
            let naive = hay.iter().position(|&x| set.contains(x));
            assert_eq!(set.find(&hay), naive, "{b}");
        }
    }
}
