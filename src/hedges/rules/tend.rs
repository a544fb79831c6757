//! "tend(s) to" + a bare verb ("tend to fail"), not "tend to the sick".

use super::Hit;
use crate::hedges::doc::Doc;
use crate::hedges::{Cand, Scope};

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    let verb = doc
        .next_joined(hit.last)
        .is_some_and(|v| doc.is_bare_verb(v));
    verb.then(|| Cand::new(hit.first, hit.last, hit.kind, Scope::Clause))
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn tend_to_someone_is_not_a_hedge() {
        assert!(cues("Nurses tend to the wounded.").is_empty());
    }
}
