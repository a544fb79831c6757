//! The `Report`: what every front end (CLI JSON, wasm API, page highlighter) receives.
//!
//! Offsets are UTF-16 code units of the input text, start inclusive, end exclusive, because
//! that is how JavaScript strings and DOM ranges count. The serialised form is exactly the
//! scan JSON of the evaluation schema (`quotes`, `attributions`, `hedges`).

use serde::Serialize;

/// Everything found in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    pub hedges: Vec<Hedge>,
}

/// A stretch of text between a pair of quote marks, marks included.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The resolved speaker ("Donald Trump" for "he"), or `None` when nobody is given.
    pub speaker: Option<String>,
    /// Where the speaker is mentioned for this quote (the mention itself, maybe a pronoun).
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// What the speaker is: a person, an organisation, a group, a document or an unnamed
    /// source.
    pub speaker_kind: Option<SpeakerKind>,
    /// How sure claimlens is of the speaker, 0–1 (see README: it is calibrated on PolNeAR).
    pub speaker_confidence: Option<f64>,
    /// The reporting cue linked to this quote ("said", "according to").
    pub cue: Option<String>,
    pub kind: QuoteKind,
    /// 0 for a top-level quote, 1 for a quote inside a quote, and so on.
    pub depth: usize,
}

/// Whether quote marks present someone's words or only mention a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words presented as someone's utterance or writing.
    Speech,
    /// A title, label or term in quote marks, or quotes used for distance.
    Scare,
}

/// A reported-speech event: who said something, and the cue that says so.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// From the speaker mention to the cue, whichever comes first.
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_kind: Option<SpeakerKind>,
    pub speaker_confidence: Option<f64>,
    pub cue: String,
    pub cue_start: usize,
    pub cue_end: usize,
    pub kind: AttributionKind,
}

impl QuoteKind {
    /// The name the JSON gives this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Scare => "scare",
        }
    }
}

/// What a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organisation,
    /// Several people: "officials", "Democrats".
    Group,
    /// A text: "the ruling", "the letter", "a sign".
    Document,
    /// An unnamed source: "people familiar with the talks".
    Anonymous,
}

impl SpeakerKind {
    /// The name the JSON gives this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Group => "group",
            SpeakerKind::Document => "document",
            SpeakerKind::Anonymous => "anonymous",
        }
    }
}

impl From<crate::speakers::Kind> for SpeakerKind {
    /// A place speaks only by metonymy ("Downing Street said"): as an organisation.
    fn from(k: crate::speakers::Kind) -> SpeakerKind {
        use crate::speakers::Kind;
        match k {
            Kind::Person => SpeakerKind::Person,
            Kind::Organisation | Kind::Place => SpeakerKind::Organisation,
            Kind::Group => SpeakerKind::Group,
            Kind::Document => SpeakerKind::Document,
            Kind::Anonymous => SpeakerKind::Anonymous,
        }
    }
}

/// How the reported content is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// The content is a quotation.
    Direct,
    /// The content is paraphrase ("Putin said the talks were constructive").
    Indirect,
    /// "according to X".
    AccordingTo,
    /// Nominal and special frames ("his vow that", "is said to").
    Other,
}

impl AttributionKind {
    /// The name the JSON gives this kind ("according_to").
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::AccordingTo => "according_to",
            AttributionKind::Other => "other",
        }
    }
}

/// A word or phrase that softens, distances or vaguely sources a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hedge {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: HedgeKind,
    /// The claim the cue scopes over (its clause or sentence).
    pub claim_start: usize,
    pub claim_end: usize,
}

/// What sort of hedge a cue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    Modal,
    Adverb,
    Adjective,
    Verb,
    Noun,
    Distancing,
    Weasel,
    Other,
}

impl HedgeKind {
    /// The name the JSON gives this kind ("distancing").
    pub fn as_str(self) -> &'static str {
        match self {
            HedgeKind::Modal => "modal",
            HedgeKind::Adverb => "adverb",
            HedgeKind::Adjective => "adjective",
            HedgeKind::Verb => "verb",
            HedgeKind::Noun => "noun",
            HedgeKind::Distancing => "distancing",
            HedgeKind::Weasel => "weasel",
            HedgeKind::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    #[test]
    fn kind_names_are_the_json_names() {
        for k in [
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Group,
            SpeakerKind::Document,
            SpeakerKind::Anonymous,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [QuoteKind::Speech, QuoteKind::Scare] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [
            AttributionKind::Direct,
            AttributionKind::Indirect,
            AttributionKind::AccordingTo,
            AttributionKind::Other,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [
            HedgeKind::Modal,
            HedgeKind::Adverb,
            HedgeKind::Adjective,
            HedgeKind::Verb,
            HedgeKind::Noun,
            HedgeKind::Distancing,
            HedgeKind::Weasel,
            HedgeKind::Other,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
    }
}
