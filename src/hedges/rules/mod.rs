//! The context rules of hedge cues, one file each with its tests. A cue names its rule in
//! the data (`may | modal`); `build.rs` reads the names from [`RULES`] and fails the build on
//! a data line naming any other. A new rule is a file here and a row in [`RULES`].

use super::doc::Doc;
use super::{Cand, Scope};
use crate::report::HedgeKind;

mod agentless;
mod always;
mod anonymous;
mod apparent;
mod appear;
mod attributive;
mod chance;
mod claim;
mod conjecture;
mod familiar;
mod first_person;
mod group;
mod hint;
mod likely;
mod look;
mod modal;
pub(crate) mod passive_belief;
mod perceived;
mod person;
mod possible;
mod possibly;
mod potential;
mod reported_belief;
mod reports;
mod sound;
mod source;
mod suggest;
mod tend;
mod thinks;
mod vague_group;

/// A cue phrase found in the text: its first and last word and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub first: usize,
    pub last: usize,
    pub kind: HedgeKind,
}

/// A rule: the candidate hedge a hit makes in its context, or `None` for another sense.
pub(crate) type RuleFn = fn(&Doc, Hit) -> Option<Cand>;

/// Every rule by its data name. `build.rs` reads the names from this table (one row a
/// line); a cue line without `| rule` uses "always" (person_nouns.txt: "person").
pub(crate) const RULES: &[(&str, RuleFn)] = &[
    ("always", always::apply),
    ("modal", modal::apply),
    ("likely", likely::apply),
    ("possible", possible::apply),
    ("possibly", possibly::apply),
    ("potential", potential::apply),
    ("apparent", apparent::apply),
    ("perceived", perceived::apply),
    ("attributive", attributive::apply),
    ("appear", appear::apply),
    ("look", look::apply),
    ("sound", sound::apply),
    ("suggest", suggest::apply),
    ("hint", hint::apply),
    ("tend", tend::apply),
    ("passive_belief", passive_belief::apply),
    ("first_person", first_person::apply),
    ("thinks", thinks::apply),
    ("reported_belief", reported_belief::apply),
    ("chance", chance::apply),
    ("conjecture", conjecture::apply),
    ("claim", claim::apply),
    ("source", source::apply),
    ("source_speech", source::speech),
    ("source_one", source::one),
    ("familiar", familiar::apply),
    ("anonymous", anonymous::apply),
    ("agentless", agentless::apply),
    ("reports", reports::apply),
    ("vague_group", vague_group::apply),
    ("person", person::apply),
    ("group", group::apply),
    ("group_one", group::one),
];

/// Attributive cues before a content word qualify its noun phrase; others their clause.
pub(crate) fn default_scope(doc: &Doc, kind: HedgeKind, last: usize) -> Scope {
    let attributive = matches!(kind, HedgeKind::Adjective | HedgeKind::Distancing)
        && doc
            .next_joined(last)
            .is_some_and(|n| doc.is_content(n) || doc.capitalized(n));
    if attributive {
        Scope::Phrase
    } else if kind == HedgeKind::Weasel {
        Scope::Sentence
    } else {
        Scope::Clause
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_unique() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.0).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }
}
