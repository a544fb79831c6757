//! The context every attribution stage reads: the words, which quote each word is in, and
//! the entities registered so far.

use crate::quotes::QuoteSpan;
use crate::speakers::{Registry, Speaker};
use std::ops::Deref;

use crate::text::{QuoteIndex, Segmented, WordView};

/// One text as the attribution stages see it; it reads as its [`WordView`] too.
pub(super) struct Ctx<'t> {
    pub view: WordView<'t>,
    /// Which quote each word and each quote sits in.
    pub nest: QuoteIndex,
    pub quotes: &'t [QuoteSpan],
    pub reg: Registry,
    /// Entities chosen as speakers so far, with where: (byte position, entity).
    pub spoken: std::cell::RefCell<Vec<(usize, usize)>>,
}

/// What the search to the left of a cue found.
pub(super) enum Left {
    /// A speaker, and the feature that says how ("cue_left", "cue_apposition").
    Found(Speaker, &'static str),
    Negated,
    None,
}

impl Left {
    pub fn is_found(&self) -> bool {
        matches!(self, Left::Found(..))
    }
}

impl<'t> Deref for Ctx<'t> {
    type Target = WordView<'t>;
    fn deref(&self) -> &WordView<'t> {
        &self.view
    }
}

impl<'t> Ctx<'t> {
    pub fn new(seg: &'t Segmented<'t>, quotes: &'t [QuoteSpan]) -> Self {
        let view = WordView::new(seg);
        Ctx {
            view,
            nest: QuoteIndex::new(&seg.words, quotes),
            quotes,
            reg: Registry::default(),
            spoken: std::cell::RefCell::new(Vec::new()),
        }
    }

    pub(super) fn sentence_count(&self) -> usize {
        self.sentence_of.last().map_or(0, |&s| s + 1)
    }

    /// Words `a` and `b` are in the same sentence and the same quote context.
    pub(super) fn same_scope(&self, a: usize, b: usize) -> bool {
        self.sentence_of[a] == self.sentence_of[b] && self.nest.quote_of[a] == self.nest.quote_of[b]
    }

    /// Whether entity `e` was chosen as a speaker before byte `pos`.
    pub(super) fn spoke_before(&self, e: usize, pos: usize) -> bool {
        self.spoken.borrow().iter().any(|&(p, x)| x == e && p < pos)
    }

    /// Records that entity `e` speaks at byte `pos`.
    pub(super) fn note_speaker(&self, e: usize, pos: usize) {
        self.spoken.borrow_mut().push((pos, e));
    }

    /// Some quote opens in the byte range `from..to`.
    pub(super) fn quote_opens_in(&self, from: usize, to: usize) -> bool {
        self.nest.opens_in(from, to)
    }

    /// The quote a quote sits in (its parent), the context its cue must share.
    pub(super) fn scope_of(&self, qi: usize) -> Option<usize> {
        self.nest.parent[qi]
    }
}
