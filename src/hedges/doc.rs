//! The words as hedge rules read them: the shared [`WordView`] plus the word tests that
//! hedge rules need (content word, bare verb, clause-initial position).

use crate::lexicon::class::Words;
use std::ops::Deref;

use crate::lexicon::classes::{
    BE, CONJUNCTIONS, DETERMINERS, FINITE, PREPOSITIONS, SUBJECT_PRONOUNS,
};
use crate::text::{Segmented, WordView};

/// Non-base verb forms, object pronouns and other words that cannot follow a modal (or the
/// "to" of an infinitive).
const NOT_AFTER_MODAL: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "does", "did", "who", "whom", "him", "them", "me",
    "us",
];

/// Whether `key` is one of `list`.
pub(crate) fn contains(list: &(impl Words + ?Sized), key: &str) -> bool {
    list.has(key)
}

/// A text's words, for hedge rules.
pub(crate) struct Doc<'a> {
    view: WordView<'a>,
    /// Which words the text also writes in lower case (worked out once per text).
    seg: &'a Segmented<'a>,
}

impl<'a> Deref for Doc<'a> {
    type Target = WordView<'a>;
    fn deref(&self) -> &WordView<'a> {
        &self.view
    }
}

impl<'a> Doc<'a> {
    pub(crate) fn new(seg: &'a Segmented<'a>) -> Doc<'a> {
        Doc {
            view: WordView::new(seg),
            seg,
        }
    }

    /// A capitalised word that the text also writes in lower case elsewhere ("Health
    /// officials said" beside "public health"): an ordinary word capitalised by its
    /// position, not a name.
    pub(crate) fn common_word(&self, i: usize) -> bool {
        self.seg.written_lower().contains(i)
    }

    /// First word of its sentence, or right after an opening mark, colon or dash.
    pub(crate) fn clause_initial(&self, i: usize) -> bool {
        match self.prev(i) {
            None => true,
            Some(p) => self.gap_after(p).chars().any(|c| "“‘\"'(:—–[".contains(c)),
        }
    }

    /// A lowercase word that can be a content word (not a function word).
    pub(crate) fn is_content(&self, i: usize) -> bool {
        let w = self.words[i].text;
        if !w.chars().next().is_some_and(char::is_lowercase)
            || !w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
        {
            return false;
        }
        let k = self.key(i);
        !(contains(DETERMINERS, k)
            || contains(SUBJECT_PRONOUNS, k)
            || contains(PREPOSITIONS, k)
            || contains(CONJUNCTIONS, k)
            || contains(FINITE, k)
            || contains(BE, k)
            || k == "that"
            || k == "who"
            || k == "not"
            || k.ends_with("n't"))
    }

    /// A lowercase word that can be a bare verb ("be", "have", "spread"): not a function
    /// word, not a finite form.
    pub(crate) fn is_bare_verb(&self, i: usize) -> bool {
        let w = self.words[i].text;
        if !w.chars().next().is_some_and(char::is_lowercase) || !w.chars().all(char::is_alphabetic)
        {
            return false;
        }
        let k = self.key(i);
        !(contains(NOT_AFTER_MODAL, k)
            || contains(DETERMINERS, k)
            || contains(PREPOSITIONS, k)
            || contains(CONJUNCTIONS, k)
            || contains(SUBJECT_PRONOUNS, k))
    }

    /// An object and an -ing participle follow word `i`, with no finite verb between
    /// ("see it possibly happening", "see prices rising").
    pub(crate) fn object_then_ing(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..3 {
            let Some(k) = self.next_joined(j) else {
                return false;
            };
            let key = self.key(k);
            if key.ends_with("ing") && j != i {
                return true;
            }
            if contains(FINITE, key) || contains(BE, key) {
                return false;
            }
            j = k;
        }
        false
    }
}
