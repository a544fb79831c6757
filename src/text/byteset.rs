//! [`ByteSet`]: the next byte of a few, found in a text by a table look-up per byte. The
//! scanners of whole texts (paragraphs, sentences, quote marks) look only at the bytes that
//! can start what they look for, and pass over the rest this way without decoding chars.

/// A set of bytes, as a table.
pub struct ByteSet([bool; 256]);

impl ByteSet {
    /// The set of `bytes`.
    pub const fn of(bytes: &[u8]) -> ByteSet {
        let mut table = [false; 256];
        let mut i = 0;
        while i < bytes.len() {
            table[bytes[i] as usize] = true;
            i += 1;
        }
        ByteSet(table)
    }

    /// Whether `b` is in the set.
    #[inline]
    pub const fn contains(&self, b: u8) -> bool {
        self.0[b as usize]
    }

    /// Where the first byte of the set is in `hay`.
    #[inline]
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        hay.iter().position(|&b| self.0[usize::from(b)])
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
}
