//! What the attribution tests read off a scan: one copy of each probe for every test file.

use crate::scan;

/// The speaker of the first quote of `text`.
pub(super) fn quote_speaker(text: &str) -> Option<String> {
    scan(text).quotes.into_iter().next().and_then(|q| q.speaker)
}

/// (quote text, speaker) of every quote of `text`.
pub(super) fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    scan(text)
        .quotes
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

/// (cue, speaker) of every attribution of `text`.
pub(super) fn attributions(text: &str) -> Vec<(String, Option<String>)> {
    scan(text)
        .attributions
        .into_iter()
        .map(|a| (a.cue, a.speaker))
        .collect()
}

/// The cues of the attributions of `text`.
pub(super) fn cues(text: &str) -> Vec<String> {
    attributions(text).into_iter().map(|(c, _)| c).collect()
}

/// The speaker of the attribution whose cue is `cue`.
pub(super) fn speaker_of_cue(text: &str, cue: &str) -> Option<String> {
    attributions(text)
        .into_iter()
        .find(|(c, _)| c == cue)
        .and_then(|(_, s)| s)
}

/// The speaker kind ("person", "organisation" …) of the attribution whose cue is `cue`.
pub(super) fn speaker_kind_of_cue(text: &str, cue: &str) -> Option<&'static str> {
    scan(text)
        .attributions
        .into_iter()
        .find(|a| a.cue == cue)
        .and_then(|a| a.speaker_kind)
        .map(|k| k.as_str())
}

/// Each text gives no attribution cue at all (the other senses of a cue word).
#[track_caller]
pub(super) fn assert_no_cues(texts: &[&str]) {
    for t in texts {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
}

/// Each text's attributions are exactly one: (text, cue, speaker).
#[track_caller]
pub(super) fn assert_sole_attribution(cases: &[(&str, &str, &str)]) {
    for (t, cue, speaker) in cases {
        let want = [(cue.to_string(), Some(speaker.to_string()))];
        assert_eq!(attributions(t), want, "{t}");
    }
}

/// Each text's first attribution: (text, cue, speaker).
#[track_caller]
pub(super) fn assert_first_attribution(cases: &[(&str, &str, &str)]) {
    for (t, cue, speaker) in cases {
        let first = attributions(t).into_iter().next();
        assert_eq!(
            first,
            Some((cue.to_string(), Some(speaker.to_string()))),
            "{t}"
        );
    }
}

/// The speaker of each text's attribution whose cue is given: (text, cue, speaker).
#[track_caller]
pub(super) fn assert_cue_speakers(cases: &[(&str, &str, &str)]) {
    for (t, cue, speaker) in cases {
        let found = speaker_of_cue(t, cue);
        assert_eq!(
            found.as_deref(),
            Some(*speaker),
            "{t}: {:?}",
            attributions(t)
        );
    }
}
