//! The reader's corrections on a highlighted page: which quote is under the pointer, the
//! speakers it could have (ranked by the core's resolver), and giving it another speaker.
//! The decisions are `claimlens::corrections`; this file applies them to the session and
//! repaints, so the highlights, the panel and the returned report agree.

use wasm_bindgen::prelude::*;

use claimlens::corrections::{reassign, speaker_choices};

use crate::{guard, now, session, to_js, HighlightResult, Timings};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A speaker the reader may give a quote (see `speakerChoices()`). */
export interface SpeakerChoice { speaker: string; speaker_kind: SpeakerKind | null;
  /** The resolver's probability for this quote, or null for another speaker of the
   *  article that it did not weigh for this quote. */
  probability: number | null;
  /** The quote's speaker now. */
  current: boolean; }
"#;

const NOTHING_HIGHLIGHTED: &str = "nothing is highlighted: call highlight() first";

/// The quote painted under the point `(x, y)` of the window (for instance a click's
/// `clientX`, `clientY`), innermost first; `null` where there is none.
#[wasm_bindgen(js_name = quoteAt, unchecked_return_type = "Quote | null")]
pub fn quote_at(x: f32, y: f32) -> Result<JsValue, JsError> {
    guard::run(|| {
        session::with(|s| match s.quote_under(x, y) {
            Some(q) => to_js(q),
            None => Ok(JsValue::NULL),
        })
        .unwrap_or(Ok(JsValue::NULL))
    })
}

/// The speakers the quote starting at `start` (UTF-16, as in the report) could have: those
/// the resolver weighed for it, most probable first, then the article's other speakers
/// and the people and organisations it names.
#[wasm_bindgen(js_name = speakerChoices, unchecked_return_type = "SpeakerChoice[]")]
pub fn speaker_choices_at(start: usize) -> Result<JsValue, JsError> {
    guard::run(|| {
        session::with(|s| {
            let choices = speaker_choices(s.map.text(), &s.report, start)
                .map_err(|e| JsError::new(&e.to_string()))?;
            to_js(&choices)
        })
        .unwrap_or_else(|| Err(JsError::new(NOTHING_HIGHLIGHTED)))
    })
}

/// Gives the quote starting at `start` the speaker `name` (`null`: nobody said it), paints
/// the page again and returns the new `highlight()` result: the corrected quote (and its
/// attribution, when every quote of its cue agrees) carries `corrected: true`, and the
/// summary counts the new speaker.
#[wasm_bindgen(js_name = reassignSpeaker, unchecked_return_type = "HighlightResult")]
pub fn reassign_speaker(start: usize, name: Option<String>) -> Result<JsValue, JsError> {
    guard::run(|| {
        session::with(|s| {
            let mut report = s.report.clone();
            reassign(&mut report, start, name.as_deref())
                .map_err(|e| JsError::new(&e.to_string()))?;
            let t0 = now();
            let summary = s.replace_report(report);
            let timings = Timings {
                render_ms: now() - t0,
                ..Timings::default()
            };
            let result = HighlightResult::new(
                s.mode,
                &s.report,
                summary,
                s.speakers.clone(),
                timings,
                s.partial,
            );
            to_js(&result)
        })
        .unwrap_or_else(|| Err(JsError::new(NOTHING_HIGHLIGHTED)))
    })
}
