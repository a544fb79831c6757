//! Which quote each word sits in, and which quote each quote sits in: the context that a
//! cue and a quote must share to belong together.

use super::segment::Word;
use crate::quotes::QuoteSpan;

/// Quote nesting over the words of a text.
pub struct QuoteIndex {
    /// The innermost quote containing each word ([`QuoteIndex::quote_of`]), as u32: one
    /// per word, so half the size of `Option<usize>`.
    quote_of: Vec<Option<u32>>,
    /// The quote each quote sits in ([`QuoteIndex::parent`]).
    parent: Vec<Option<u32>>,
}

/// Quote `q` as the index stores it.
fn quote_id(q: usize) -> u32 {
    u32::try_from(q).expect("fewer than 2^32 quotes")
}

impl QuoteIndex {
    /// `quotes` sorted by start, outer first: a stack of the open ones gives each quote its
    /// parent and each word its innermost quote, in one pass.
    pub fn new(words: &[Word], quotes: &[QuoteSpan]) -> QuoteIndex {
        let mut parent = Vec::with_capacity(quotes.len());
        let mut open: Vec<usize> = Vec::new();
        for (i, q) in quotes.iter().enumerate() {
            while open
                .last()
                .is_some_and(|&o| quotes[o].end < q.end || quotes[o].end <= q.start)
            {
                open.pop();
            }
            parent.push(open.last().map(|&o| quote_id(o)));
            open.push(i);
        }
        open.clear();
        let mut next = 0;
        let quote_of = words
            .iter()
            .map(|w| {
                while next < quotes.len() && quotes[next].start < w.start {
                    open.push(next);
                    next += 1;
                }
                while open.last().is_some_and(|&o| quotes[o].end < w.end()) {
                    open.pop();
                }
                open.last().map(|&q| quote_id(q))
            })
            .collect();
        QuoteIndex { quote_of, parent }
    }

    /// The innermost quote containing word `i`.
    pub fn quote_of(&self, i: usize) -> Option<usize> {
        self.quote_of[i].map(|q| q as usize)
    }

    /// The quote quote `q` sits in.
    pub fn parent(&self, q: usize) -> Option<usize> {
        self.parent[q].map(|p| p as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::find_quotes;
    use crate::text::words;

    #[test]
    fn words_know_their_innermost_quote_and_quotes_their_parent() {
        let t = "“He said ‘go’ now,” she said.";
        let q = find_quotes(t);
        let w = words(t, (0, t.len()));
        let idx = QuoteIndex::new(&w, &q);
        assert_eq!((idx.parent(0), idx.parent(1)), (None, Some(0)));
        // He said go now she said
        let quote_of: Vec<Option<usize>> = (0..w.len()).map(|i| idx.quote_of(i)).collect();
        assert_eq!(quote_of, [Some(0), Some(0), Some(1), Some(0), None, None]);
    }
}
