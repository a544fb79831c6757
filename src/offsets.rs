//! UTF-8 ↔ UTF-16 positions: the one place that knows both.
//!
//! The core works on `&str` byte offsets; JavaScript and the DOM count UTF-16 code units.
//! [`Utf16Map`] records only where the two diverge (non-ASCII characters), so converting an
//! offset is a binary search and ASCII text costs nothing.

use crate::text::byteset::HIGH_BITS;

/// Converts byte offsets of one text into UTF-16 offsets and back.
#[derive(Debug, Clone)]
pub struct Utf16Map {
    /// The non-ASCII chars, in order: only they make the two counts differ.
    wide: Vec<Wide>,
    len_bytes: usize,
}

#[derive(Debug, Clone, Copy)]
struct Wide {
    byte: usize,
    unit: usize,
    len8: u8,
    len16: u8,
    /// Code-point index of this char.
    cp: usize,
}

impl Wide {
    /// Bytes minus UTF-16 units up to the end of this char.
    fn surplus_after(self) -> usize {
        self.byte + self.len8 as usize - (self.unit + self.len16 as usize)
    }
}

impl Utf16Map {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut surplus = 0;
        let mut cp_surplus = 0;
        // ASCII bytes are passed over without decoding, eight at once where they are all
        // ASCII (most of a text): only the others are chars to record.
        let bytes = text.as_bytes();
        let mut byte = 0;
        while byte < text.len() {
            if let Some(block) = bytes.get(byte..byte + 8) {
                let block = u64::from_le_bytes(block.try_into().expect("eight bytes"));
                if block & HIGH_BITS == 0 {
                    byte += 8;
                    continue;
                }
            }
            if bytes[byte].is_ascii() {
                byte += 1;
                continue;
            }
            let c = text[byte..].chars().next().expect("a char boundary");
            let (len8, len16) = (c.len_utf8(), c.len_utf16());
            wide.push(Wide {
                byte,
                unit: byte - surplus,
                len8: len8 as u8,
                len16: len16 as u8,
                cp: byte - cp_surplus,
            });
            surplus += len8 - len16;
            cp_surplus += len8 - 1;
            byte += len8;
        }
        Utf16Map {
            wide,
            len_bytes: text.len(),
        }
    }

    /// UTF-16 offset of a byte offset (a byte inside a char rounds down to the char).
    pub fn to_utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.wide.partition_point(|w| w.byte <= byte) {
            0 => byte,
            i => {
                let w = self.wide[i - 1];
                if byte < w.byte + w.len8 as usize {
                    w.unit
                } else {
                    byte - w.surplus_after()
                }
            }
        }
    }

    /// Byte offset of a UTF-16 offset (a unit inside a surrogate pair rounds down).
    pub fn to_byte(&self, unit: usize) -> usize {
        let found = match self.wide.partition_point(|w| w.unit <= unit) {
            0 => unit,
            i => {
                let w = self.wide[i - 1];
                if unit < w.unit + w.len16 as usize {
                    w.byte
                } else {
                    unit + w.surplus_after()
                }
            }
        };
        found.min(self.len_bytes)
    }

    /// Code-point offset of a byte offset (a byte inside a char rounds down to the char).
    pub fn to_code_point(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.wide.partition_point(|w| w.byte <= byte) {
            0 => byte,
            i => {
                let w = self.wide[i - 1];
                if byte < w.byte + w.len8 as usize {
                    w.cp
                } else {
                    w.cp + 1 + (byte - w.byte - w.len8 as usize)
                }
            }
        }
    }

    /// A UTF-16 offset counted in `unit` instead.
    pub fn from_utf16(&self, unit16: usize, unit: Unit) -> usize {
        match unit {
            Unit::Utf16 => unit16,
            Unit::Byte => self.to_byte(unit16),
            Unit::CodePoint => self.to_code_point(self.to_byte(unit16)),
        }
    }

    /// Length of the whole text in UTF-16 units.
    pub fn len_utf16(&self) -> usize {
        self.to_utf16(self.len_bytes)
    }
}

/// What an offset counts. Reports count UTF-16 code units (JavaScript, the DOM); Python
/// strings index by code point; Rust and byte-oriented tools by UTF-8 byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    #[default]
    Utf16,
    CodePoint,
    Byte,
}

impl Unit {
    /// The unit named `utf16`, `codepoint` or `byte`.
    pub fn parse(name: &str) -> Option<Unit> {
        match name {
            "utf16" => Some(Unit::Utf16),
            "codepoint" => Some(Unit::CodePoint),
            "byte" => Some(Unit::Byte),
            _ => None,
        }
    }
}

/// UTF-16 length of a string.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_roundtrip(text: &str) {
        let map = Utf16Map::new(text);
        for (i, c) in text.char_indices() {
            let u = utf16_len(&text[..i]);
            assert_eq!(map.to_utf16(i), u, "byte {i} in {text:?}");
            assert_eq!(map.to_byte(u), i, "unit {u} in {text:?}");
            if c.len_utf16() == 2 {
                assert_eq!(map.to_byte(u + 1), i, "inside surrogate pair");
            }
            let cp = text[..i].chars().count();
            assert_eq!(map.to_code_point(i), cp, "byte {i} in {text:?}");
            assert_eq!(map.from_utf16(u, Unit::CodePoint), cp);
            assert_eq!(map.from_utf16(u, Unit::Byte), i);
        }
        assert_eq!(map.len_utf16(), utf16_len(text));
        assert_eq!(map.to_code_point(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_is_identity() {
        check_roundtrip("He said “no.”");
        let map = Utf16Map::new("plain ascii");
        assert_eq!(map.to_utf16(5), 5);
        assert_eq!(map.to_byte(5), 5);
    }

    #[test]
    fn curly_quotes_cjk_emoji_and_combining_marks_map_exactly() {
        check_roundtrip("“Déjà vu,” 她说 😀 e\u{301} and 「引用」 🇫🇷!");
    }
}
