//! sound as an appearance ("did not sound confident", "it sounded as though he were
//! screaming", "sounds like a bluff"), not the noun ("the sound of") or the transitive verb
//! ("sounded a cautious note", "sound the alarm").

use super::Hit;
use crate::hedges::doc::{contains, Doc};
use crate::hedges::{Cand, Scope};
use crate::lexicon::classes::{DETERMINERS, PREPOSITIONS};

/// How many words may stand between "sounded" and its "as though" ("sounded much of the
/// time as though").
const AS_IF_WORDS: usize = 5;

pub(crate) fn apply(doc: &Doc, hit: Hit) -> Option<Cand> {
    if !sound(doc, hit.first) {
        return None;
    }
    // "sounds like" is one cue, as "looks like".
    let like = doc
        .next_joined(hit.last)
        .filter(|&n| doc.is(Some(n), &["like"]));
    Some(Cand::new(
        hit.first,
        like.unwrap_or(hit.last),
        hit.kind,
        Scope::Clause,
    ))
}

fn sound(doc: &Doc, i: usize) -> bool {
    let k = doc.key(i);
    let p = doc.prev_joined(i);
    let noun_before = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "every", "no",
    ];
    if doc.is(p, &noun_before) || doc.is(p, PREPOSITIONS) && !doc.is(p, &["to"]) {
        return false; // "the sound of", "of sound mind"
    }
    // The bare form only as a verb: after do-support, a modal, "not" or "to".
    let verbal = [
        "do", "does", "did", "don't", "doesn't", "didn't", "not", "may", "might", "could", "would",
        "will", "can", "to", "should", "must", "never",
    ];
    if k == "sound" && !doc.is(p, &verbal) {
        return false; // "sound policy", "safe and sound"
    }
    let Some(n) = doc.next_joined(i) else {
        return false;
    };
    let nk = doc.key(n);
    if contains(&["like", "likely", "unlikely"], nk) {
        return true;
    }
    if nk == "as" {
        return doc.is(doc.next_joined(n), &["if", "though"]);
    }
    if k == "sounding" {
        return false; // "sounding board", "sounding off"
    }
    // "sounded much of the time as though".
    let mut j = i;
    for _ in 0..AS_IF_WORDS {
        match doc.next_joined(j) {
            Some(m) if doc.is(Some(m), &["as"]) => {
                if doc.is(doc.next_joined(m), &["if", "though"]) {
                    return true;
                }
                break;
            }
            Some(m) => j = m,
            None => break,
        }
    }
    // An adjective ("confident", "nervous", "less sure"), not an object ("a note", "alarms",
    // "the alarm") or a particle ("off", "out").
    let object = doc.is(Some(n), DETERMINERS)
        || contains(&["off", "out", "alarms", "warnings", "notes", "bells"], nk)
        || nk.ends_with('s') && !nk.ends_with("ous") && !nk.ends_with("ss");
    doc.is_content(n) && !object && !nk.ends_with("ing")
}

#[cfg(test)]
mod tests {
    use crate::hedges::tests::*;
    #[test]
    fn sounding_unsure_is_a_hedge() {
        let t = "He did not sound confident. It sounded much of the time as though he were shouting. That sounds like a bluff. She sounded nervous.";
        assert_eq!(cues(t), ["sound", "sounded", "sounds like", "sounded"]);
    }
    #[test]
    fn sound_as_a_noun_or_a_transitive_verb_is_not_a_hedge() {
        let t = "He sounded a cautious note. They sound the alarm. The sound of drums grew. It is sound policy. She was sounding off.";
        assert!(cues(t).is_empty(), "{:?}", cues(t));
    }
}
