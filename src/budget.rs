//! Scanning within a time budget, for a caller that must not wait past a deadline (the
//! browser's page thread, where a long scan freezes the page).
//!
//! The core has no clock: the caller passes one (milliseconds, any origin). A text of at
//! most [`UNCHECKED_BYTES`] is scanned whole. A longer one is first scanned in its opening
//! paragraphs twice: a few kilobytes to warm up (the first call into a fresh wasm module
//! compiles its code, which can take longer than the scan), then the probe, up to
//! `UNCHECKED_BYTES`, whose time tells how fast this machine scans this text. Both count
//! against the budget. The scan is linear in the text (`tests/scaling.rs`), so the rest is
//! predictable: the whole text is scanned if its predicted time, times [`MARGIN`], fits in
//! what is left of the budget; otherwise only the opening paragraphs that fit are, and the
//! result says so ([`Partial`]). A prefix's report is that text's report: offsets stay
//! valid for the whole text, and nothing after the cut is looked at.

use crate::offsets::utf16_len;
use crate::{analyze_with, Options, Report, Summary};

/// Texts up to this many bytes (about 10,000 words; a scan of a few tens of milliseconds
/// in wasm) are scanned whole, whatever the budget; longer ones are probed with as much.
pub const UNCHECKED_BYTES: usize = 64 * 1024;

/// The opening scanned to warm up before the probe is timed.
pub const WARM_UP_BYTES: usize = 4 * 1024;

/// How much slower than the probe the rest of a text may scan and still fit: the predicted
/// time is multiplied by this before it is compared with what is left of the budget.
pub const MARGIN: f64 = 1.25;

/// The shortest time a probe is taken to have lasted, in ms (a coarse clock can read 0).
const CLOCK_GRAIN_MS: f64 = 0.1;

/// A scan cut short by its budget: only the text's first `scanned_chars` (UTF-16 units, up
/// to a paragraph's end) of `total_chars` were scanned. Serialised with its `message`
/// ([`Partial::describe`]), so that every page that tells the reader says the same words.
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize)]
pub struct Partial {
    pub scanned_chars: usize,
    pub total_chars: usize,
    /// The budget, in milliseconds.
    pub budget_ms: f64,
}

impl Partial {
    /// The share of the text scanned, in whole percent (at least 1, at most 99).
    pub fn percent(&self) -> usize {
        (self.scanned_chars * 100 / self.total_chars.max(1)).clamp(1, 99)
    }

    /// What a reader is told: "Long text: only its first 62% was scanned, to keep the page
    /// responsive."
    pub fn describe(&self) -> String {
        format!(
            "Long text: only its first {}% was scanned, to keep the page responsive.",
            self.percent()
        )
    }
}

impl serde::Serialize for Partial {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Partial", 4)?;
        out.serialize_field("scanned_chars", &self.scanned_chars)?;
        out.serialize_field("total_chars", &self.total_chars)?;
        out.serialize_field("budget_ms", &self.budget_ms)?;
        out.serialize_field("message", &self.describe())?;
        out.end()
    }
}

/// What [`analyze_within`] found, and how much of the text it read.
pub struct Budgeted {
    pub report: Report,
    pub summary: Summary,
    /// `None`: the whole text was scanned.
    pub partial: Option<Partial>,
    /// The bytes of the text scanned (its length when `partial` is `None`).
    pub scanned_bytes: usize,
}

/// [`analyze_with`] in about `budget_ms` milliseconds of `clock`, or less of the text (see
/// the module's notes). A budget that is not a positive number (infinity, NaN) scans the
/// whole text. The language is decided once, from the whole text.
pub fn analyze_within(
    text: &str,
    options: Options,
    budget_ms: f64,
    clock: &mut dyn FnMut() -> f64,
) -> Budgeted {
    let options = Options::language(options.language_of(text));
    let whole = |report, summary| Budgeted {
        report,
        summary,
        partial: None,
        scanned_bytes: text.len(),
    };
    if text.len() <= UNCHECKED_BYTES || !(budget_ms.is_finite() && budget_ms > 0.0) {
        let (report, summary) = analyze_with(text, options);
        return whole(report, summary);
    }
    let t0 = clock();
    analyze_with(&text[..paragraph_cut(text, WARM_UP_BYTES)], options);
    let t1 = clock();
    let probe = paragraph_cut(text, UNCHECKED_BYTES);
    let (probe_report, probe_summary) = analyze_with(&text[..probe], options);
    let t2 = clock();
    let probe_ms = (t2 - t1).max(CLOCK_GRAIN_MS);
    let left_ms = budget_ms - (t2 - t0);
    let bytes_per_ms = probe as f64 / probe_ms;
    let fits = (left_ms / MARGIN * bytes_per_ms).max(0.0);
    if fits >= text.len() as f64 {
        let (report, summary) = analyze_with(text, options);
        return whole(report, summary);
    }
    let cut = paragraph_cut(text, fits as usize);
    let (report, summary, cut) = if cut > probe {
        let (r, s) = analyze_with(&text[..cut], options);
        (r, s, cut)
    } else {
        (probe_report, probe_summary, probe)
    };
    Budgeted {
        report,
        summary,
        partial: Some(Partial {
            scanned_chars: utf16_len(&text[..cut]),
            total_chars: utf16_len(text),
            budget_ms,
        }),
        scanned_bytes: cut,
    }
}

/// The end of the last paragraph that ends within the first `max` bytes of `text` (just
/// after its line break: LF, CR, U+2028 or U+2029); failing that, of the last sentence
/// (after ". ", "! " or "? "), else of the last word; at worst `max` itself, on a character
/// boundary. Never 0 when `max` > 0 and `text` is not empty; `text.len()` when `max` reaches it.
pub fn paragraph_cut(text: &str, max: usize) -> usize {
    if max >= text.len() {
        return text.len();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let after = |i: usize, c: char| i + c.len_utf8();
    let para = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
        .map(|(i, c)| after(i, c));
    let sentence = || {
        head.match_indices([' ', '\t'])
            .rev()
            .find(|&(i, _)| i > 0 && matches!(head.as_bytes()[i - 1], b'.' | b'!' | b'?'))
            .map(|(i, _)| i + 1)
    };
    let word = || head.rfind([' ', '\t']).map(|i| i + 1);
    let cut = para.or_else(sentence).or_else(word).unwrap_or(end);
    if cut == 0 {
        text.char_indices().nth(1).map_or(text.len(), |(i, _)| i)
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A news-like text of about `bytes` bytes, in paragraphs.
    fn long_text(bytes: usize) -> String {
        let para = "“We will not close the clinic,” said Mara Velden, the region’s health \
                    minister. Critics said the plan might cost more than it saves.\n";
        para.repeat(bytes / para.len() + 1)
    }

    /// A clock by which the warm-up takes no time and the probe `probe_ms`.
    fn probe_took(probe_ms: f64) -> impl FnMut() -> f64 {
        let mut readings = 0;
        move || {
            readings += 1;
            if readings <= 2 {
                0.0
            } else {
                probe_ms
            }
        }
    }

    #[test]
    fn a_short_text_is_scanned_whole_without_reading_the_clock() {
        let text = long_text(UNCHECKED_BYTES / 2);
        let mut clock = || -> f64 { panic!("the clock was read") };
        let out = analyze_within(&text, Options::default(), 1.0, &mut clock);
        assert_eq!(out.partial, None);
        assert_eq!(out.report, analyze_with(&text, Options::default()).0);
    }

    #[test]
    fn a_long_text_that_fits_the_budget_is_scanned_whole() {
        let text = long_text(4 * UNCHECKED_BYTES);
        let out = analyze_within(&text, Options::default(), 1000.0, &mut probe_took(10.0));
        assert_eq!(out.partial, None);
        assert_eq!(out.scanned_bytes, text.len());
        assert_eq!(out.report, analyze_with(&text, Options::default()).0);
    }

    #[test]
    fn an_unlimited_budget_scans_everything() {
        let text = long_text(4 * UNCHECKED_BYTES);
        let mut clock = || -> f64 { panic!("the clock was read") };
        for budget in [f64::INFINITY, f64::NAN, 0.0, -5.0] {
            let out = analyze_within(&text, Options::default(), budget, &mut clock);
            assert_eq!(out.partial, None, "budget {budget}");
        }
    }

    #[test]
    fn a_slow_scan_stops_at_a_paragraph_end_and_says_how_far_it_read() {
        let text = long_text(20 * UNCHECKED_BYTES);
        // The probe took 10 ms of a 85 ms budget: 75 / 1.25 = 60 ms more, six probes' worth.
        let out = analyze_within(&text, Options::default(), 85.0, &mut probe_took(10.0));
        let partial = out.partial.expect("cut short");
        let cut = out.scanned_bytes;
        assert!(
            cut > 5 * UNCHECKED_BYTES && cut <= 6 * UNCHECKED_BYTES,
            "{cut}"
        );
        assert!(text[..cut].ends_with('\n'));
        assert_eq!(partial.scanned_chars, text[..cut].encode_utf16().count());
        assert_eq!(partial.total_chars, text.encode_utf16().count());
        assert_eq!(partial.budget_ms, 85.0);
        assert_eq!(out.report, analyze_with(&text[..cut], Options::default()).0);
        assert!(out
            .report
            .quotes
            .iter()
            .all(|q| q.end <= partial.scanned_chars));
        assert_eq!(
            partial.describe(),
            format!(
                "Long text: only its first {}% was scanned, to keep the page responsive.",
                partial.scanned_chars * 100 / partial.total_chars
            )
        );
        assert!(
            (26..=30).contains(&partial.percent()),
            "{}",
            partial.percent()
        );
        // Pages show the serialised message, so that they all say the panel's words.
        let json = serde_json::to_value(partial).unwrap();
        assert_eq!(json["message"], partial.describe());
        assert_eq!(json["scanned_chars"], partial.scanned_chars);
    }

    #[test]
    fn a_slow_warm_up_counts_against_the_budget_but_not_in_the_rate() {
        let text = long_text(20 * UNCHECKED_BYTES);
        // The warm-up took 80 ms (a fresh module compiling), the probe 10: 10 ms are left,
        // less than one probe's worth, so the probe is the result.
        let mut readings = [0.0, 80.0, 90.0].into_iter();
        let out = analyze_within(&text, Options::default(), 100.0, &mut || {
            readings.next().expect("read three times")
        });
        assert!(out.partial.is_some());
        assert!(out.scanned_bytes <= UNCHECKED_BYTES);
        // With 400 ms left after the same start, the rate is the probe's (10 ms per probe):
        // 400 / 1.25 = 320 ms, 32 probes' worth, more than the text's 20.
        let mut readings = [0.0, 80.0, 90.0].into_iter();
        let out = analyze_within(&text, Options::default(), 490.0, &mut || {
            readings.next().expect("read three times")
        });
        assert_eq!(out.partial, None);
    }

    #[test]
    fn a_probe_over_budget_gives_the_probe() {
        let text = long_text(4 * UNCHECKED_BYTES);
        let out = analyze_within(&text, Options::default(), 5.0, &mut probe_took(50.0));
        assert!(out.partial.is_some());
        assert!(out.scanned_bytes <= UNCHECKED_BYTES && out.scanned_bytes > UNCHECKED_BYTES / 2);
        assert!(!out.report.quotes.is_empty());
    }

    #[test]
    fn paragraph_cut_prefers_paragraphs_then_sentences_then_words() {
        let t = "One two.\nThree four. Five six seven";
        assert_eq!(paragraph_cut(t, 100), t.len());
        assert_eq!(&t[..paragraph_cut(t, 14)], "One two.\n");
        let t = "Aa bb. Cc dd ee";
        assert_eq!(&t[..paragraph_cut(t, 13)], "Aa bb. ");
        let t = "Aa bb cc dd";
        assert_eq!(&t[..paragraph_cut(t, 7)], "Aa bb ");
        assert_eq!(paragraph_cut("Unbroken", 3), 3);
        // Never inside a character, never empty.
        assert_eq!(paragraph_cut("ééé", 3), 2);
        assert_eq!(paragraph_cut("é", 1), 2);
        let t = "x\u{2028}y z";
        assert_eq!(&t[..paragraph_cut(t, 5)], "x\u{2028}");
    }
}
