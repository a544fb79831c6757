//! What kind of speaker a mention is: a person, an organisation, a group, a document, an
//! unnamed source, or a place (never a speaker). Names take their entity's kind; pronouns
//! and descriptions are read by their words ("it", "they", "the ruling", "people familiar
//! with the talks", "the company").

use super::context::Ctx;
use crate::lexicon::classes::{DESCRIPTION_PREPOSITIONS, PHRASE_DETERMINERS};
use crate::lexicon::{DOCUMENT_NOUNS, GIVEN_NAMES, SPEAKER_NOUNS};
use crate::speakers::{bare_key, Kind, Speaker};

/// Phrases that make a description an unnamed source.
const ANONYMOUS_MARKS: &[&[&str]] = &[
    &["familiar", "with"],
    &["briefed", "on"],
    &["close", "to"],
    &["condition", "of", "anonymity"],
    &["not", "authorized"],
    &["with", "knowledge", "of"],
    &["who", "spoke"],
    &["who", "asked"],
    &["declined", "to", "be", "named"],
];

/// Heads of descriptions that are unnamed sources by themselves ("sources said").
pub(super) const ANONYMOUS_HEADS: &[&str] = &[
    "source", "sources", "insider", "insiders", "someone", "person", "people",
];

impl Ctx<'_> {
    /// The kind of the speaker behind a mention.
    pub(super) fn kind_of(&self, sp: &Speaker) -> Kind {
        if let Some(e) = sp.entity {
            // "Critics say", "Analysts said": a plural role noun capitalised only by its
            // sentence is a group, not a name.
            // (A name of several words is lower-cased for nothing.)
            let one_noun = sp
                .name
                .as_deref()
                .filter(|n| !n.contains(' '))
                .map(str::to_lowercase)
                .filter(|n| SPEAKER_NOUNS.contains_key(n.as_str()) && plural(n));
            if one_noun.is_some() {
                return Kind::Group;
            }
            return self.reg.kind(e);
        }
        let first = self.words.partition_point(|w| w.end() <= sp.start);
        let last = self.words.partition_point(|w| w.start < sp.end);
        let keys: Vec<&str> = (first..last.max(first)).map(|k| self.key(k)).collect();
        match keys.as_slice() {
            ["he" | "she" | "i"] => return Kind::Person,
            ["they" | "we"] => return Kind::Group,
            ["it"] => return Kind::Organisation,
            _ => {}
        }
        // A name no entity holds (a headline's: "Ana Ruiz Says …") by its given name.
        if sp
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with(char::is_uppercase))
            && keys.first().is_some_and(|k| GIVEN_NAMES.get(k).is_some())
        {
            return Kind::Person;
        }
        let has = |phrase: &[&str]| keys.windows(phrase.len()).any(|w| w == phrase);
        if ANONYMOUS_MARKS.iter().any(|m| has(m)) {
            return Kind::Anonymous;
        }
        // "The mayor and the governor": two descriptions, each with its determiner, are
        // several people ("the spokesman and former aide" is one).
        if keys
            .windows(2)
            .any(|w| w[0] == "and" && PHRASE_DETERMINERS.contains(&w[1]))
            && keys.iter().any(|k| SPEAKER_NOUNS.contains_key(k))
        {
            return Kind::Group;
        }
        // The head: the last noun before the first preposition ("officials at the bank").
        let before_prep = keys
            .iter()
            .position(|k| DESCRIPTION_PREPOSITIONS.contains(k))
            .filter(|&i| i > 0)
            .unwrap_or(keys.len());
        // (The keys are lower-cased already: their bare forms are slices of them.)
        let head = keys[..before_prep]
            .iter()
            .rev()
            .map(|k| bare_key(k))
            .find(|k| SPEAKER_NOUNS.contains_key(k) || DOCUMENT_NOUNS.contains(k));
        match head {
            Some(h) if ANONYMOUS_HEADS.contains(&h) && keys.first().is_none_or(|k| *k != "the") => {
                Kind::Anonymous
            }
            Some(h) if DOCUMENT_NOUNS.contains(h) && !SPEAKER_NOUNS.contains_key(h) => {
                Kind::Document
            }
            Some(h) => match SPEAKER_NOUNS.get(h) {
                Some(true) if !plural(h) => Kind::Person,
                Some(_) if plural(h) => Kind::Group,
                _ => Kind::Organisation,
            },
            // "73 percent", "nine in 10", "Twenty-four percent", "nearly half": a share of
            // people.
            None if keys
                .last()
                .is_some_and(|k| plural(k) || super::mentions::share_word(k))
                || keys
                    .iter()
                    .any(|k| k.starts_with(|c: char| c.is_ascii_digit())) =>
            {
                Kind::Group
            }
            None => Kind::Organisation,
        }
    }
}

/// A plural noun, roughly ("officials", "people", "police"; not "news", "analysis").
fn plural(noun: &str) -> bool {
    matches!(noun, "people" | "police")
        || (noun.ends_with('s') && !noun.ends_with("ss") && !noun.ends_with("is") && noun.len() > 3)
}

#[cfg(test)]
mod tests {
    use crate::scan;

    /// The speaker kind of the first attribution of `text`.
    fn kind(text: &str) -> &'static str {
        scan(text).attributions[0].speaker_kind.unwrap().as_str()
    }

    #[test]
    fn descriptions_pronouns_and_names_have_kinds() {
        assert_eq!(
            kind("People familiar with the talks said it would fail."),
            "anonymous"
        );
        assert_eq!(kind("The ruling said the law was void."), "document");
        assert_eq!(kind("Prices will rise, two analysts said."), "group");
        assert_eq!(kind("A spokeswoman said the plant would close."), "person");
        assert_eq!(
            kind("The company said the plant would close."),
            "organisation"
        );
        assert_eq!(kind("Sen. Ann Lee said the plant would close."), "person");
        assert_eq!(
            kind("The Finance Ministry said the plant would close."),
            "organisation"
        );
    }

    #[test]
    fn a_plural_role_noun_opening_a_sentence_is_a_group_not_a_name() {
        assert_eq!(kind("Critics say the plan could fail."), "group");
        assert_eq!(kind("Analysts said prices would rise."), "group");
        assert_eq!(kind("Ann Lee said prices would rise."), "person");
    }
}
