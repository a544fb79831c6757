//! [`WordView`]: the words of a segmented text with the neighbourhood look-ups that rules
//! use ("the next word in the sentence", "the word before, if only spaces separate them",
//! "is this word one of …"). Keys are computed once per text, never per look-up.

use super::segment::{Keys, Segmented, Word};
use crate::lexicon::class::Words;
use crate::lexicon::classes::NAME_SUFFIXES;

/// A segmented text seen word by word. Indices are word indices.
#[derive(Clone, Copy)]
pub struct WordView<'a> {
    pub text: &'a str,
    pub words: &'a [Word<'a>],
    /// Each word lower-cased with ’ made straight ([`Word::key`]).
    pub keys: &'a Keys,
    /// Sentence index of each word.
    pub sentence_of: &'a [u32],
    pub sentences: &'a [(usize, usize)],
    /// Byte ranges of the paragraphs (lines), empty lines skipped.
    pub paragraphs: &'a [(usize, usize)],
}

impl<'a> WordView<'a> {
    pub fn new(seg: &'a Segmented<'a>) -> WordView<'a> {
        WordView {
            text: seg.text,
            words: &seg.words,
            keys: &seg.keys,
            sentence_of: &seg.sentence_of,
            sentences: &seg.sentences,
            paragraphs: &seg.paragraphs,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The lexicon key of word `i`.
    pub fn key(&self, i: usize) -> &'a str {
        &self.keys[i]
    }

    /// Whether word `i` exists and its key is one of `options`.
    pub fn is(&self, i: Option<usize>, options: &(impl Words + ?Sized)) -> bool {
        i.is_some_and(|i| options.has(self.key(i)))
    }

    /// Whether word `i` exists and its key is in `set`.
    pub fn in_set(&self, i: Option<usize>, set: &crate::lexicon::Table<()>) -> bool {
        i.is_some_and(|i| set.contains(self.key(i)))
    }

    /// The text between words `a` and `b`.
    pub fn gap(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.words[a].end()..self.words[b].start]
    }

    /// [`WordView::gap`] without the period of a name's closing abbreviation at `a`
    /// ("Ana Ruiz Jr. said", "Lumen Corp. said").
    pub fn gap_after_name(&self, a: usize, b: usize) -> &'a str {
        let gap = self.gap(a, b);
        if NAME_SUFFIXES.contains(&self.key(a)) {
            gap.strip_prefix('.').unwrap_or(gap)
        } else {
            gap
        }
    }

    /// The text between word `i` and word `i + 1` (or the end of the text).
    pub fn gap_after(&self, i: usize) -> &'a str {
        match self.words.get(i + 1) {
            Some(n) => &self.text[self.words[i].end()..n.start],
            None => &self.text[self.words[i].end()..],
        }
    }

    /// The next word in the same sentence, whatever lies between.
    pub fn next(&self, i: usize) -> Option<usize> {
        (i + 1 < self.words.len() && self.sentence_of[i + 1] == self.sentence_of[i])
            .then_some(i + 1)
    }

    /// The previous word in the same sentence.
    pub fn prev(&self, i: usize) -> Option<usize> {
        (i > 0 && self.sentence_of[i - 1] == self.sentence_of[i]).then(|| i - 1)
    }

    /// The next word when only spaces separate it from word `i`.
    pub fn next_joined(&self, i: usize) -> Option<usize> {
        self.next(i)
            .filter(|_| self.gap_after(i).chars().all(char::is_whitespace))
    }

    /// The previous word when only spaces separate it from word `i`.
    pub fn prev_joined(&self, i: usize) -> Option<usize> {
        self.prev(i)
            .filter(|&p| self.gap_after(p).chars().all(char::is_whitespace))
    }

    pub fn capitalized(&self, i: usize) -> bool {
        self.words[i].is_capitalized()
    }

    /// The paragraph a byte position belongs to (the next one when it falls between two).
    pub fn paragraph_at(&self, pos: usize) -> usize {
        self.paragraphs.partition_point(|&(_, e)| e < pos)
    }

    /// Where paragraph `p` starts (0 past the last one).
    pub fn paragraph_start(&self, p: usize) -> usize {
        self.paragraphs.get(p).map_or(0, |p| p.0)
    }

    /// The paragraph of word `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraph_at(self.words[i].start)
    }

    /// The number of words that start in the byte range `start..end`.
    pub fn count_between(&self, start: usize, end: usize) -> usize {
        let a = self.words.partition_point(|w| w.start < start);
        let b = self.words.partition_point(|w| w.start < end);
        b - a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_stay_in_their_sentence_and_joined_means_spaces_only() {
        let seg = Segmented::new("Ann said, “never.” Bo left");
        let v = WordView::new(&seg);
        assert_eq!(v.key(0), "ann");
        assert_eq!(v.next_joined(0), Some(1)); // "Ann said"
        assert_eq!(v.next_joined(1), None); // ", “"
        assert_eq!(v.next(1), Some(2));
        assert_eq!(v.next(2), None); // "never." ends the sentence
        assert_eq!(v.prev(3), None);
        assert!(v.is(Some(1), &["said", "says"]));
        assert_eq!(v.gap(1, 2), ", “");
        assert_eq!(v.count_between(0, 8), 2);
    }
}
