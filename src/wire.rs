//! A report and its summary as compact bytes, for handing them from one thread to another:
//! the browser scans a large page in a Web Worker and the page's thread paints the result.
//! Bytes cross as one transferable buffer (where JSON or a structured clone of thousands
//! of objects would be rebuilt field by field), and this codec is a few hundred bytes of
//! wasm where a JSON parser and `Deserialize` for every type weigh about 100 KB.
//!
//! Integers are LEB128 varints, optional ones shifted by one (0: none); floats are their
//! 8 bytes (bit-exact); strings are a length and UTF-8. Every struct is written and read
//! with all its fields named, so a new field fails to compile here until it is encoded.

use crate::lang::Language;
use crate::report::SpeakerKind;
use crate::report::{Attribution, AttributionKind, Hedge, HedgeKind, Quote, QuoteKind, Report};
use crate::summary::{SpeakerShare, Summary};

/// `report` and `summary` as bytes ([`decode`] reads them back).
pub fn encode(report: &Report, summary: &Summary) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(
        64 * (report.quotes.len() + report.hedges.len()),
    ));
    // The watch list's matches are not carried: the page matches its patterns itself.
    let Report {
        quotes,
        attributions,
        hedges,
        watch: _,
        language,
    } = report;
    w.kind(&Language::ALL, *language);
    w.len(quotes.len());
    for q in quotes {
        let Quote {
            start,
            end,
            text,
            speaker,
            speaker_start,
            speaker_end,
            speaker_kind,
            speaker_confidence,
            cue,
            cue_start,
            cue_end,
            kind,
            depth,
            corrected,
        } = q;
        w.uint(*start);
        w.uint(*end);
        w.str(text);
        w.opt_str(speaker.as_deref());
        w.opt_uint(*speaker_start);
        w.opt_uint(*speaker_end);
        w.opt_kind(&SpeakerKind::ALL, *speaker_kind);
        w.opt_float(*speaker_confidence);
        w.opt_str(cue.as_deref());
        w.opt_uint(*cue_start);
        w.opt_uint(*cue_end);
        w.kind(&QuoteKind::ALL, *kind);
        w.uint(*depth);
        w.flag(*corrected);
    }
    w.len(attributions.len());
    for a in attributions {
        let Attribution {
            start,
            end,
            speaker,
            speaker_kind,
            speaker_confidence,
            cue,
            cue_start,
            cue_end,
            kind,
            corrected,
        } = a;
        w.uint(*start);
        w.uint(*end);
        w.opt_str(speaker.as_deref());
        w.opt_kind(&SpeakerKind::ALL, *speaker_kind);
        w.opt_float(*speaker_confidence);
        w.str(cue);
        w.uint(*cue_start);
        w.uint(*cue_end);
        w.kind(&AttributionKind::ALL, *kind);
        w.flag(*corrected);
    }
    w.len(hedges.len());
    for h in hedges {
        let Hedge {
            start,
            end,
            text,
            kind,
            claim_start,
            claim_end,
        } = h;
        w.uint(*start);
        w.uint(*end);
        w.str(text);
        w.kind(&HedgeKind::ALL, *kind);
        w.uint(*claim_start);
        w.uint(*claim_end);
    }
    let Summary {
        speakers,
        words,
        sentences,
        quotes,
        quoted_words,
        unattributed_quotes,
        uncertain_quotes,
        scare_quotes,
        attributions,
        hedges,
        weasels,
        hedge_density,
    } = summary;
    w.len(speakers.len());
    for s in speakers {
        let SpeakerShare {
            name,
            quotes,
            quoted_words,
            uncertain_quotes,
            uncertain_words,
        } = s;
        w.str(name);
        for n in [quotes, quoted_words, uncertain_quotes, uncertain_words] {
            w.uint(*n);
        }
    }
    for n in [
        words,
        sentences,
        quotes,
        quoted_words,
        unattributed_quotes,
        uncertain_quotes,
        scare_quotes,
        attributions,
        hedges,
        weasels,
    ] {
        w.uint(*n);
    }
    w.float(*hedge_density);
    w.0
}

/// The report and summary that [`encode`] wrote into `bytes`; `None` if they are not such
/// bytes (cut short, trailing bytes, bad UTF-8 or a kind out of range).
pub fn decode(bytes: &[u8]) -> Option<(Report, Summary)> {
    let mut r = Reader(bytes);
    let language = r.kind(&Language::ALL)?;
    let n = r.len()?;
    let mut quotes = Vec::with_capacity(n);
    for _ in 0..n {
        quotes.push(Quote {
            start: r.uint()?,
            end: r.uint()?,
            text: r.str()?,
            speaker: r.opt_str()?,
            speaker_start: r.opt_uint()?,
            speaker_end: r.opt_uint()?,
            speaker_kind: r.opt_kind(&SpeakerKind::ALL)?,
            speaker_confidence: r.opt_float()?,
            cue: r.opt_str()?,
            cue_start: r.opt_uint()?,
            cue_end: r.opt_uint()?,
            kind: r.kind(&QuoteKind::ALL)?,
            depth: r.uint()?,
            corrected: r.flag()?,
        });
    }
    let n = r.len()?;
    let mut attributions = Vec::with_capacity(n);
    for _ in 0..n {
        attributions.push(Attribution {
            start: r.uint()?,
            end: r.uint()?,
            speaker: r.opt_str()?,
            speaker_kind: r.opt_kind(&SpeakerKind::ALL)?,
            speaker_confidence: r.opt_float()?,
            cue: r.str()?,
            cue_start: r.uint()?,
            cue_end: r.uint()?,
            kind: r.kind(&AttributionKind::ALL)?,
            corrected: r.flag()?,
        });
    }
    let n = r.len()?;
    let mut hedges = Vec::with_capacity(n);
    for _ in 0..n {
        hedges.push(Hedge {
            start: r.uint()?,
            end: r.uint()?,
            text: r.str()?,
            kind: r.kind(&HedgeKind::ALL)?,
            claim_start: r.uint()?,
            claim_end: r.uint()?,
        });
    }
    let n = r.len()?;
    let mut speakers = Vec::with_capacity(n);
    for _ in 0..n {
        speakers.push(SpeakerShare {
            name: r.str()?,
            quotes: r.uint()?,
            quoted_words: r.uint()?,
            uncertain_quotes: r.uint()?,
            uncertain_words: r.uint()?,
        });
    }
    let summary = Summary {
        speakers,
        words: r.uint()?,
        sentences: r.uint()?,
        quotes: r.uint()?,
        quoted_words: r.uint()?,
        unattributed_quotes: r.uint()?,
        uncertain_quotes: r.uint()?,
        scare_quotes: r.uint()?,
        attributions: r.uint()?,
        hedges: r.uint()?,
        weasels: r.uint()?,
        hedge_density: r.float()?,
    };
    let report = Report {
        quotes,
        attributions,
        hedges,
        watch: Vec::new(),
        language,
    };
    r.0.is_empty().then_some((report, summary))
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn len(&mut self, n: usize) {
        self.uint(n);
    }

    fn opt_uint(&mut self, n: Option<usize>) {
        self.uint(n.map_or(0, |n| n + 1));
    }

    fn float(&mut self, x: f64) {
        self.0.extend_from_slice(&x.to_bits().to_le_bytes());
    }

    fn opt_float(&mut self, x: Option<f64>) {
        self.flag(x.is_some());
        if let Some(x) = x {
            self.float(x);
        }
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }

    fn flag(&mut self, b: bool) {
        self.0.push(u8::from(b));
    }

    fn kind<K: PartialEq>(&mut self, all: &[K], k: K) {
        // Every kind is in its table (the round-trip test covers each one).
        let i = all.iter().position(|x| *x == k).unwrap_or(0);
        self.0.push(i as u8);
    }

    fn opt_kind<K: PartialEq>(&mut self, all: &[K], k: Option<K>) {
        match k {
            Some(k) => {
                let i = all.iter().position(|x| *x == k).unwrap_or(0);
                self.0.push(i as u8 + 1);
            }
            None => self.0.push(0),
        }
    }
}

struct Reader<'b>(&'b [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    fn uint(&mut self) -> Option<usize> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// A count of items: never more than the bytes left (each item takes one at least), so
    /// that bad bytes cannot make us reserve a huge vector.
    fn len(&mut self) -> Option<usize> {
        self.uint().filter(|&n| n <= self.0.len())
    }

    fn opt_uint(&mut self) -> Option<Option<usize>> {
        Some(self.uint()?.checked_sub(1))
    }

    fn float(&mut self) -> Option<f64> {
        let (bytes, rest) = self.0.split_first_chunk::<8>()?;
        self.0 = rest;
        Some(f64::from_bits(u64::from_le_bytes(*bytes)))
    }

    fn opt_float(&mut self) -> Option<Option<f64>> {
        Some(if self.flag()? {
            Some(self.float()?)
        } else {
            None
        })
    }

    fn str(&mut self) -> Option<String> {
        let n = self.uint()?;
        if n > self.0.len() {
            return None;
        }
        let (s, rest) = self.0.split_at(n);
        self.0 = rest;
        String::from_utf8(s.to_vec()).ok()
    }

    fn opt_str(&mut self) -> Option<Option<String>> {
        Some(if self.flag()? {
            Some(self.str()?)
        } else {
            None
        })
    }

    fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn kind<K: Copy>(&mut self, all: &[K]) -> Option<K> {
        all.get(usize::from(self.byte()?)).copied()
    }

    fn opt_kind<K: Copy>(&mut self, all: &[K]) -> Option<Option<K>> {
        match self.byte()? {
            0 => Some(None),
            i => all.get(usize::from(i) - 1).copied().map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) {
        let (report, summary) = crate::analyze(text);
        let bytes = encode(&report, &summary);
        assert_eq!(decode(&bytes), Some((report, summary)), "{text:.60}");
    }

    #[test]
    fn every_fixture_report_round_trips() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                round_trip(&std::fs::read_to_string(&path).unwrap());
                seen += 1;
            }
        }
        assert!(seen >= 20, "{seen} fixture texts");
    }

    #[test]
    fn every_kind_and_a_correction_round_trip() {
        let (mut report, summary) = crate::analyze(
            "“We will win,” said Ann Lee. Officials said it may rain, according to a letter.",
        );
        assert!(!report.quotes.is_empty() && !report.attributions.is_empty());
        let (q, a) = (report.quotes[0].clone(), report.attributions[0].clone());
        report.quotes.clear();
        report.attributions.clear();
        for (i, kind) in QuoteKind::ALL.into_iter().enumerate() {
            let sk = SpeakerKind::ALL.get(i).copied();
            report.quotes.push(Quote {
                kind,
                speaker_kind: sk,
                corrected: i == 0,
                ..q.clone()
            });
        }
        for (i, kind) in AttributionKind::ALL.into_iter().enumerate() {
            let speaker_kind = SpeakerKind::ALL.get(i + 1).copied();
            report.attributions.push(Attribution {
                kind,
                speaker_kind,
                corrected: i == 1,
                ..a.clone()
            });
        }
        let h = report.hedges[0].clone();
        report.hedges = HedgeKind::ALL
            .into_iter()
            .map(|kind| Hedge { kind, ..h.clone() })
            .collect();
        let bytes = encode(&report, &summary);
        assert_eq!(decode(&bytes), Some((report, summary)));
    }

    #[test]
    fn bad_bytes_are_none_not_a_panic() {
        let (report, summary) = crate::analyze("“Yes,” he said. It may rain.");
        let bytes = encode(&report, &summary);
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        assert_eq!(decode(&[0xff; 16]), None);
    }
}
