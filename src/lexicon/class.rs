//! A closed word class ([`super::classes`]) as code: its words, and a test of membership
//! that the compiler turns into a `match` on the word (a switch on its length, then a few
//! comparisons of known words), where a search along the list compared the word with
//! every member. Rules ask these classes of most words of a text, several times each.

use std::ops::Deref;

/// A closed class of lower-case words. It reads as the slice of its words.
pub struct WordClass {
    words: &'static [&'static str],
    test: fn(&str) -> bool,
}

impl WordClass {
    /// A class of `words`, `test` telling the same words (what [`word_class!`] writes).
    pub const fn new(words: &'static [&'static str], test: fn(&str) -> bool) -> WordClass {
        WordClass { words, test }
    }

    /// Whether `key` (lower-cased, as the text's keys are) is one of the words.
    #[inline]
    pub fn contains<K: AsRef<str> + ?Sized>(&self, key: &K) -> bool {
        (self.test)(key.as_ref())
    }
}

impl Deref for WordClass {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

/// Words a rule tests a key against: a closed class (by its `match`) or any list of words
/// (along it), so that a rule's helper takes either.
pub trait Words {
    /// Whether `key` is one of the words.
    fn has(&self, key: &str) -> bool;
}

impl Words for WordClass {
    #[inline]
    fn has(&self, key: &str) -> bool {
        self.contains(key)
    }
}

impl Words for [&str] {
    fn has(&self, key: &str) -> bool {
        self.contains(&key)
    }
}

impl<const N: usize> Words for [&str; N] {
    fn has(&self, key: &str) -> bool {
        self.contains(&key)
    }
}

impl<'a> IntoIterator for &'a WordClass {
    type Item = &'a &'static str;
    type IntoIter = std::slice::Iter<'a, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

/// `word_class! { /// doc \n pub NAME = ["a", "b"]; }`: a constant of that visibility, a
/// reference to a [`WordClass`] whose test is a `match` on the same words. Being a
/// reference, it also goes where a slice of words is asked for (`&[&str]`), as the lists of
/// words did.
macro_rules! word_class {
    ($(#[$meta:meta])* $vis:vis $name:ident = [$($word:literal),* $(,)?];) => {
        $(#[$meta])*
        $vis const $name: &$crate::lexicon::class::WordClass =
            &$crate::lexicon::class::WordClass::new(&[$($word),*], |key| matches!(key, $($word)|*));
    };
}
pub(crate) use word_class;

#[cfg(test)]
mod tests {
    use crate::lexicon::classes::*;

    /// Each class's test takes exactly its words: a word of it, not the same word with a
    /// letter more or less, nor a word of another class.
    #[test]
    fn a_class_test_takes_exactly_its_words() {
        let classes = [
            DETERMINERS,
            SPEAKER_DETERMINERS,
            PHRASE_DETERMINERS,
            PREPOSITIONS,
            CLAUSE_WORDS,
            FINITE,
            BE,
            CONJUNCTIONS,
        ];
        for class in classes {
            for w in class.iter() {
                assert!(class.contains(w), "{w}");
                assert!(!class.contains(&format!("{w}x")), "{w}x");
                assert!(
                    !class.contains(&w[1..]) || class.iter().any(|o| *o == &w[1..]),
                    "{w}"
                );
            }
            assert!(!class.contains("zebra"));
            assert!(!class.contains(""));
        }
    }
}
