//! Reporting cues: the verbs and phrases that introduce reported speech ("said", "told",
//! "according to", "is said to"), read from `data/cues.txt` and `data/cue_phrases.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon::entries;
use crate::segment::Word;

/// When a cue form counts as reported speech (see the header of `data/cues.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Always speech when it has a speaker ("said", "told").
    Always,
    /// Only with reported content after it ("added that", not "added a goal").
    Content,
    /// Only with "as" after it ("described the call as").
    As,
    /// "called it X", "what X called".
    Naming,
    /// "according to X".
    AccordingTo,
    /// Agentless "is said to": no speaker.
    Passive,
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

struct Lexicon {
    forms: HashMap<String, Rule>,
    phrases: Vec<(Vec<String>, Rule)>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut forms = HashMap::new();
        for line in entries(include_str!("../data/cues.txt")) {
            let (words, rule) = split_rule(line);
            for w in words.split_whitespace() {
                forms.insert(w.to_string(), rule);
            }
        }
        let phrases = entries(include_str!("../data/cue_phrases.txt"))
            .map(|line| {
                let (words, rule) = split_rule(line);
                (words.split_whitespace().map(str::to_string).collect(), rule)
            })
            .collect();
        Lexicon { forms, phrases }
    })
}

fn split_rule(line: &str) -> (&str, Rule) {
    match line.split_once('|') {
        None => (line, Rule::Always),
        Some((words, rule)) => (
            words.trim(),
            match rule.trim() {
                "content" => Rule::Content,
                "as" => Rule::As,
                "naming" => Rule::Naming,
                "according_to" => Rule::AccordingTo,
                "passive" => Rule::Passive,
                _ => Rule::Always,
            },
        ),
    }
}

/// Number of cue forms the lexicon knows (single words and phrases).
pub fn lexicon_size() -> usize {
    let lex = lexicon();
    lex.forms.len() + lex.phrases.len()
}

/// Every cue among `words`, phrases first where they overlap a single-word cue.
pub fn find_cues(words: &[Word]) -> Vec<Cue> {
    let lex = lexicon();
    let keys: Vec<String> = words.iter().map(Word::key).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let phrase = lex.phrases.iter().find(|(p, _)| {
            keys.get(i..i + p.len())
                .is_some_and(|ks| ks.iter().zip(p).all(|(k, w)| k == w))
        });
        if let Some((p, rule)) = phrase {
            let last = i + p.len() - 1;
            // "according to" is a frame of its own, not a participle.
            let participle = keys[i].ends_with("ing") && *rule != Rule::AccordingTo;
            out.push(Cue {
                first: i,
                last,
                rule: *rule,
                participle,
            });
            i = last + 1;
            continue;
        }
        if let Some(&rule) = lex.forms.get(&keys[i]) {
            out.push(Cue {
                first: i,
                last: i,
                rule,
                participle: keys[i].ends_with("ing"),
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::words;

    fn cue_texts(t: &str) -> Vec<String> {
        let ws = words(t, (0, t.len()));
        find_cues(&ws)
            .iter()
            .map(|c| t[ws[c.first].start..ws[c.last].end].to_string())
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
