// "Who said this?": the reader checks a quote's speaker and can give it another one, picked
// from the speakers claimlens ranked for it (with their probabilities), any other speaker of
// the article, a name typed in, or nobody. claimlens repaints the page and returns the new
// report, so the summary and the export follow the correction.
import { h, clip } from "./dom.js";

/** The longest name a reader may type (the core refuses longer ones). */
const MAX_NAME = 120;

/** A percentage of a probability: 0.724 -> "72%". */
const pct = (p) => `${Math.round(p * 100)}%`;

/**
 * Builds the card inside `root` (an empty section). `api` is the loaded claimlens module;
 * `changed(result)` receives the new highlight() result after each correction.
 * Returns `{ open(quoteStart, report), close() }`.
 */
export function speakerCard(root, api, changed) {
  let current = null; // the start of the quote the card is about
  const title = h("h2", { id: "speaker-h" }, "Who said this?");
  const body = h("div", {});
  const status = h("p", { class: "hint", role: "status", "aria-live": "polite" });
  root.setAttribute("aria-labelledby", "speaker-h");
  root.replaceChildren(title, body, status);

  function close() {
    current = null;
    root.hidden = true;
    body.replaceChildren();
    status.textContent = "";
  }

  function set(name) {
    let result;
    try {
      result = api.reassignSpeaker(current, name);
    } catch (e) {
      status.textContent = `Could not set the speaker: ${e.message}`;
      return;
    }
    changed(result);
    const quote = result.report.quotes.find((q) => q.start === current);
    status.textContent = name ? `Speaker set to ${name}.` : "The quote now has no speaker.";
    render(quote ?? null);
  }

  function render(quote) {
    if (!quote) { close(); return; }
    let choices = [];
    try {
      choices = api.speakerChoices(quote.start);
    } catch (e) {
      status.textContent = e.message;
    }
    const said = quote.speaker
      ? [h("strong", {}, quote.speaker),
        quote.corrected ? " (set by you)"
          : quote.speaker_confidence != null ? ` (claimlens is ${pct(quote.speaker_confidence)} sure)` : ""]
      : [h("strong", {}, quote.kind === "scare" ? "nobody: a scare quote" : "nobody found")];
    const ranked = choices.filter((c) => c.probability != null);
    const others = choices.filter((c) => c.probability == null);
    const button = (c) => h("li", {}, h("button", {
      type: "button", class: "choice", "aria-pressed": String(c.current),
      onclick: () => set(c.speaker),
    }, h("span", { class: "name" }, c.speaker),
    c.speaker_kind ? h("span", { class: "meta" }, c.speaker_kind) : null,
    c.probability != null ? h("span", { class: "meta" }, pct(c.probability)) : null));
    const input = h("input", { id: "speaker-name", type: "text", maxlength: MAX_NAME, autocomplete: "off", placeholder: "A name" });
    const form = h("form", { class: "other", onsubmit: (ev) => { ev.preventDefault(); if (input.value.trim()) set(input.value.trim()); } },
      h("label", { for: "speaker-name" }, "Someone else"), input, h("button", { type: "submit" }, "Set"));
    body.replaceChildren(
      h("blockquote", { class: "quote-text" }, clip(quote.text, 220)),
      h("p", {}, "Speaker now: ", said),
      ranked.length ? h("p", { class: "hint" }, "The speakers claimlens weighed for this quote, most likely first:") : null,
      ranked.length ? h("ol", { class: "choices", "aria-label": "Ranked speakers" }, ranked.map(button)) : null,
      others.length ? h("details", {}, h("summary", {}, `Others in the article (${others.length})`),
        h("ol", { class: "choices", "aria-label": "Other speakers" }, others.map(button))) : null,
      form,
      h("div", { class: "choice-actions" },
        h("button", { type: "button", onclick: () => set(null) }, "Nobody said it"),
        h("button", { type: "button", onclick: close }, "Close")),
      h("p", { class: "hint" }, "Your choice updates the highlights, the summary and the export (the JSON marks it \"corrected\"). Nothing leaves this page."),
    );
  }

  /** Shows the card for the quote starting at `start` of the current report. */
  function open(start, report) {
    const quote = report.quotes.find((q) => q.start === start);
    if (!quote) return;
    current = start;
    root.hidden = false;
    status.textContent = "";
    render(quote);
    title.scrollIntoView?.({ block: "nearest" });
  }

  return { open, close };
}
