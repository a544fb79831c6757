//! Word lists are data: files under `data/`, one line grammar for all of them
//! ([`format`]), compiled by `build.rs` into static perfect-hash sets and maps ([`Table`]). Nothing is
//! parsed or built at run time, and a tag that a list does not allow fails the build.
//!
//! The closed word classes that rules reason with (determiners, prepositions, forms of
//! *be* …) are named sets in [`classes`].

pub mod class;
pub mod classes;
pub mod filter;
pub mod format;
pub mod table;

pub use table::Table;

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_compiled_in() {
        assert!(CUE_WORDS.len() >= 250, "{}", CUE_WORDS.len());
        assert!(TITLES.contains("president"));
        assert_eq!(SPEAKER_NOUNS.get("official"), Some(&true));
        assert!(TIME_WORDS.contains("monday") && !GAP_WORDS.contains("monday"));
        assert!(HEDGE_CUES.contains_key("familiar with"));
        assert!(OPAQUE_TAGS.keys().all(|t| NOT_PROSE_TAGS.contains(t)));
    }

    /// A word is a title, with or without its period, when its key is a stem: a key has
    /// ’ made straight, which no title holds.
    #[test]
    fn title_stems_are_the_titles_without_their_periods() {
        for t in TITLES.keys() {
            assert!(
                TITLE_STEMS.contains(t.strip_suffix('.').unwrap_or(t)),
                "{t}"
            );
            assert!(!t.contains(['\'', '’']), "{t}");
        }
        for s in TITLE_STEMS.keys() {
            assert!(
                TITLES.contains(s) || TITLES.contains(&format!("{s}.")),
                "{s}"
            );
        }
    }

    #[test]
    fn every_hedge_phrase_starts_with_one_word_of_the_tokenizer() {
        for phrase in HEDGE_CUES.keys() {
            let words = crate::text::words(phrase, (0, phrase.len()));
            let first = phrase.split(' ').next().unwrap();
            assert_eq!(words.first().map(|w| w.text), Some(first), "{phrase:?}");
        }
    }
}
