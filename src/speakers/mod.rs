//! Speaker mentions and who they are.
//!
//! A mention is a name ("US President Donald Trump"), a pronoun ("he") or a description
//! ("a spokeswoman for the ministry", "the president"). Names become entities: later short
//! names join the entity whose name contains them ("Trump" = "Donald Trump"); titles and
//! appositions give an entity roles ("president", "brokerage") by which a definite
//! description ("the president") finds it again; pronouns go to the nearest earlier entity
//! that fits (gender from given names and titles where known).

mod names;
mod registry;

pub(crate) use names::may_be_named;
pub use names::{abbreviation, bare, bare_key, initial, joined, name_run, parse_name, Name};
pub use registry::{Entity, Registry};

/// A speaker as reported: display name and, for names and resolved pronouns, its entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Byte span of the mention in the text.
    pub start: usize,
    pub end: usize,
    /// Resolved display name: an entity's full name, or the description's own words.
    pub name: Option<String>,
    pub entity: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// What a speaker is. A place or building is never one (it is kept apart so that no
/// pronoun or continued quote ever goes to it); in a report it shows as an organisation,
/// the only way a place speaks ("Downing Street said").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organisation,
    /// Several people: "officials", "Democrats", "they".
    Group,
    /// A text that says something: "the ruling", "the letter", "a sign".
    Document,
    /// An unnamed source: "people familiar with the talks", "a person briefed on".
    Anonymous,
    Place,
}
