//! potential: an adjective before its noun ("potential buyers"), else a noun.

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};
use crate::report::HedgeKind;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let first = hit.first;
    let attributive = doc.next_joined(first).is_some_and(|n| doc.is_content(n))
        && !doc.is(doc.next(first), &["to", "for", "of", "in"]);
    Some(if attributive {
        Cand::new(first, hit.last, HedgeKind::Adjective, Scope::Phrase)
    } else {
        Cand::new(first, hit.last, HedgeKind::Noun, Scope::Clause)
    })
}
