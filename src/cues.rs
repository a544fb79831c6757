//! Reporting cues: the verbs and phrases that introduce reported speech ("said", "told",
//! "according to", "is said to"), read from `data/cues.txt` and `data/cue_phrases.txt`.

use crate::lexicon::{
    CUE_PHRASES, CUE_PHRASE_FIRST_WORDS, CUE_PHRASE_FIRST_WORDS_FILTER, CUE_WORDS, CUE_WORDS_FILTER,
};
use crate::text::WordView;

/// When a cue form counts as reported speech (see the header of `data/cues.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Always speech when it has a speaker ("said", "told").
    Always,
    /// Only with reported content after it ("added that", not "added a goal").
    Content,
    /// A verb of aspect ("continued", "went on"): as `Content`, but an infinitive is its
    /// content only when its verb is itself a cue ("continued to question", not "continues
    /// to grow").
    Aspect,
    /// A form that is more often a noun ("emails", "remarks", "tweet"): as `Content`, and
    /// only after a subject pronoun, "to" or an auxiliary ("she emails that", "to tweet
    /// that"), not "DNC emails that leaked" or "a Sunday tweet".
    NounVerb,
    /// Only with "as" after it ("described the call as").
    As,
    /// Only with "as" and a quoted label right after it ("cast himself as the “law and order”
    /// candidate"; not "cast his vote as soon as").
    AsQuoted,
    /// "called it X", "what X called".
    Naming,
    /// Only with a quoted fragment in its clause ("lauded him for “new ideas”").
    Quoted,
    /// Only with a quote right after it ("a sign read, “Closed”"; not "she had read “every
    /// letter”", a quoted object).
    QuoteNext,
    /// "according to X".
    AccordingTo,
    /// Agentless "is said to": no speaker.
    Passive,
    /// A verb of evidence ("shows", "found"): reported content only when a document states
    /// it ("the poll found that", "a new survey shows Lee ahead"), never a person's act ("she
    /// found the keys", "he showed up").
    Evidence,
    /// A verb of judging aloud that has a physical sense too ("slammed the plan", not "the
    /// storm slammed the coast"): as `Always`, but only with a person or a body of people as
    /// its speaker (a name, a pronoun, a speaker noun).
    Judgement,
    /// Agreeing said aloud: with a clause, "with" and whom or what, or a quote next to it
    /// ("agreed they had no recourse", "agreed with Ana Ruiz"); not "agreed to pay".
    Agreement,
    /// As `Content`, or with an object that "a", "an", "no" or a number opens ("predicted
    /// a narrow win", "reported no arrests").
    Object,
    /// A verb of judging with a physical or violent sense ("attacked", "ripped"): as
    /// `Quoted`, or as `Judgement` with its grounds after its object ("attacked the mayor
    /// for cutting", "over his vote", "as an elitist"; not "attacked the town").
    Grounded,
}

impl Rule {
    /// A verb of naming or judging, whose quoted fragment (or, in `judging.rs`, its object
    /// and grounds) carries what was said: "called it “a disgrace”", "described the plan as",
    /// "slammed the deal", "attacked her for".
    pub fn judges(self) -> bool {
        matches!(
            self,
            Rule::Naming
                | Rule::As
                | Rule::AsQuoted
                | Rule::Quoted
                | Rule::Judgement
                | Rule::Grounded
        )
    }
}

/// A cue found in the text: words `first..=last` of the word list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub last: usize,
    pub rule: Rule,
    /// A participle ("adding", "saying"): its speaker is usually the clause's subject.
    pub participle: bool,
}

/// Number of cue forms the lexicon knows (single words and phrases).
pub fn lexicon_size() -> usize {
    CUE_WORDS.len() + CUE_PHRASES.len()
}

/// Every cue among the words of `view`, phrases first where they overlap a single-word cue.
pub fn find_cues(view: &WordView) -> Vec<Cue> {
    let keys = view.keys;
    let mut out = Vec::new();
    // Most words are no cue and start no phrase: a bit test each turns most away before
    // the look-ups.
    let (phrase_firsts, cue_words) = (&CUE_PHRASE_FIRST_WORDS_FILTER, &CUE_WORDS_FILTER);
    let mut i = 0;
    while i < keys.len() {
        let key = &keys[i];
        // Most words start no phrase: one look-up of the phrases' first words, instead of
        // a comparison with each phrase.
        let phrase = if phrase_firsts.may_hold(key) && CUE_PHRASE_FIRST_WORDS.contains(key) {
            CUE_PHRASES.iter().find(|(p, _)| {
                p[0] == key
                    && keys
                        .get_range(i + 1..i + p.len())
                        .is_some_and(|ks| ks.zip(&p[1..]).all(|(k, w)| k == *w))
            })
        } else {
            None
        };
        if let Some((p, rule)) = phrase {
            let last = i + p.len() - 1;
            // "according to" is a frame of its own, not a participle.
            let participle = key.ends_with("ing") && *rule != Rule::AccordingTo;
            out.push(Cue {
                first: i,
                last,
                rule: *rule,
                participle,
            });
            i = last + 1;
            continue;
        }
        let rule = if cue_words.may_hold(key) {
            CUE_WORDS.get(key)
        } else {
            None
        };
        if let Some(&rule) = rule {
            out.push(Cue {
                first: i,
                last: i,
                rule,
                participle: key.ends_with("ing"),
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Segmented;

    fn cue_texts(t: &str) -> Vec<String> {
        let seg = Segmented::new(t);
        let ws = &seg.words;
        find_cues(&WordView::new(&seg))
            .iter()
            .map(|c| t[ws[c.first].start..ws[c.last].end()].to_string())
            .collect()
    }

    #[test]
    fn lexicon_has_at_least_250_forms() {
        assert!(lexicon_size() >= 250, "{}", lexicon_size());
    }

    #[test]
    fn verbs_and_phrases_are_found_in_any_case() {
        assert_eq!(
            cue_texts("Said Kim, according to aides, who pointed out that he Testified and is said to joke."),
            ["Said", "according to", "pointed out", "Testified", "is said to", "joke"]
        );
    }
}
