//! The `Report`: what every front end (CLI JSON, wasm API, page highlighter) receives.
//!
//! Offsets are UTF-16 code units of the input text, start inclusive, end exclusive, because
//! that is how JavaScript strings and DOM ranges count. The serialised form is exactly the
//! scan JSON of the evaluation schema (`quotes`, `attributions`, `hedges`).

use serde::Serialize;

use crate::lang::Language;
use crate::offsets::{Unit, Utf16Map};
use crate::watch::WatchMatch;

/// Everything found in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    pub hedges: Vec<Hedge>,
    /// Matches of the reader's watch list ([`crate::watch`]), when one is given: left out
    /// of the JSON when empty, so a scan without a watch list is as it always was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<WatchMatch>,
    /// The language the text was read in ([`crate::lang`]): "en", "fr", "de" or "es".
    pub language: Language,
}

impl Report {
    /// The same report with every offset counted in `unit` instead of UTF-16 code units,
    /// for consumers whose strings index otherwise (Python by code point, byte-oriented
    /// tools by UTF-8 byte). `text` is the text this report is the scan of.
    pub fn with_offsets(mut self, text: &str, unit: Unit) -> Report {
        if unit == Unit::Utf16 || text.is_ascii() {
            return self;
        }
        let map = Utf16Map::new(text);
        let at = |u: &mut usize| *u = map.from_utf16(*u, unit);
        let at_opt = |u: &mut Option<usize>| {
            if let Some(u) = u {
                *u = map.from_utf16(*u, unit);
            }
        };
        for q in &mut self.quotes {
            at(&mut q.start);
            at(&mut q.end);
            at_opt(&mut q.speaker_start);
            at_opt(&mut q.speaker_end);
            at_opt(&mut q.cue_start);
            at_opt(&mut q.cue_end);
        }
        for a in &mut self.attributions {
            at(&mut a.start);
            at(&mut a.end);
            at(&mut a.cue_start);
            at(&mut a.cue_end);
        }
        for h in &mut self.hedges {
            at(&mut h.start);
            at(&mut h.end);
            at(&mut h.claim_start);
            at(&mut h.claim_end);
        }
        for w in &mut self.watch {
            at(&mut w.start);
            at(&mut w.end);
        }
        self
    }
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
    /// The reporting cue linked to this quote ("said", "according to"), and where it is (the
    /// attribution with the same `cue_start` is this quote's).
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub kind: QuoteKind,
    /// 0 for a top-level quote, 1 for a quote inside a quote, and so on.
    pub depth: usize,
    /// The speaker was set by a reader ([`crate::corrections::reassign`]), not found.
    #[serde(skip_serializing_if = "is_false")]
    pub corrected: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
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
    /// The speaker was set by a reader ([`crate::corrections::reassign`]), not found.
    #[serde(skip_serializing_if = "is_false")]
    pub corrected: bool,
}

impl QuoteKind {
    /// Every kind, in declaration order (the order `claimlens::wire` numbers them in).
    pub const ALL: [QuoteKind; 2] = [QuoteKind::Speech, QuoteKind::Scare];

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
    /// Every kind, in declaration order (the order `claimlens::wire` numbers them in).
    pub const ALL: [SpeakerKind; 5] = [
        SpeakerKind::Person,
        SpeakerKind::Organisation,
        SpeakerKind::Group,
        SpeakerKind::Document,
        SpeakerKind::Anonymous,
    ];

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
    /// Every kind, in declaration order (the order `claimlens::wire` numbers them in).
    pub const ALL: [AttributionKind; 4] = [
        AttributionKind::Direct,
        AttributionKind::Indirect,
        AttributionKind::AccordingTo,
        AttributionKind::Other,
    ];

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
    /// Every kind, in declaration order (the order `claimlens::wire` numbers them in).
    pub const ALL: [HedgeKind; 8] = [
        HedgeKind::Modal,
        HedgeKind::Adverb,
        HedgeKind::Adjective,
        HedgeKind::Verb,
        HedgeKind::Noun,
        HedgeKind::Distancing,
        HedgeKind::Weasel,
        HedgeKind::Other,
    ];

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
    fn offsets_convert_to_code_points_and_bytes() {
        let text = "😀 “No deal,” said Ana Ruiz. Talks may résumé.";
        let r = crate::scan(text);
        assert_eq!((r.quotes[0].start, r.quotes[0].end), (3, 13));
        let cp = r.clone().with_offsets(text, Unit::CodePoint);
        let chars: Vec<char> = text.chars().collect();
        let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
        assert_eq!(slice(cp.quotes[0].start, cp.quotes[0].end), "“No deal,”");
        let cue = &cp.attributions[0];
        assert_eq!(slice(cue.cue_start, cue.cue_end), "said");
        assert_eq!(slice(cp.hedges[0].start, cp.hedges[0].end), "may");
        let b = r.clone().with_offsets(text, Unit::Byte);
        assert_eq!(&text[b.quotes[0].start..b.quotes[0].end], "“No deal,”");
        let units: Vec<u16> = text.encode_utf16().collect();
        let h = &r.hedges[0];
        let claim16 = String::from_utf16(&units[h.claim_start..h.claim_end]).unwrap();
        assert!(claim16.contains("résumé"), "{claim16}");
        assert_eq!(
            &text[b.hedges[0].claim_start..b.hedges[0].claim_end],
            claim16
        );
        assert_eq!(
            slice(cp.hedges[0].claim_start, cp.hedges[0].claim_end),
            claim16
        );
        assert_eq!(r.clone().with_offsets(text, Unit::Utf16), r);
    }

    #[test]
    fn kind_names_are_the_json_names() {
        for k in SpeakerKind::ALL {
            assert_eq!(k.as_str(), json(k));
        }
        for k in QuoteKind::ALL {
            assert_eq!(k.as_str(), json(k));
        }
        for k in AttributionKind::ALL {
            assert_eq!(k.as_str(), json(k));
        }
        for k in HedgeKind::ALL {
            assert_eq!(k.as_str(), json(k));
        }
    }
}
