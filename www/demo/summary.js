// The summary panel: the article's sourcing at a glance. Every number comes from the
// report and summary claimlens returned; this module only lays them out. Clicking an
// entry calls `focus(start, category)`, which scrolls to the highlight and explains it.
import { h, clip, plural, percent } from "./dom.js";

/** Fills `root` from a highlight() result of `text`; `watching`: a watch list is set. */
export function renderSummary(root, { report, summary, speakers }, text, focus, check, watching = false) {
  if (!summary.words) {
    root.replaceChildren(h("p", { class: "hint" }, "No text yet: choose a sample, open a file or paste an article."));
    return;
  }
  const colorOf = new Map(speakers.map((s) => [s.name, s.color]));
  root.replaceChildren(
    figures(summary, watching ? (report.watch ?? []).length : null),
    section("Who is quoted", speakerChart(report, summary, colorOf, focus),
      "Share of the quoted words, with each speaker’s highlight colour. Click a speaker to go through their quotes."),
    listSection("Speakers to check", report.quotes.filter((q) => q.speaker && !q.corrected
        && q.speaker_confidence != null && q.speaker_confidence < UNSURE),
      (q) => [h("strong", {}, q.speaker), ` ${Math.round(q.speaker_confidence * 100)}% · `,
        h("span", { class: "quote-text" }, clip(q.text, 90))],
      (q) => check(q.start), "claimlens is sure of every speaker it gives."),
    listSection("Unattributed quotes", report.quotes.filter((q) => q.kind === "speech" && !q.speaker),
      (q) => [h("span", { class: "quote-text" }, clip(q.text, 110))],
      (q) => check(q.start), "Every quote has a speaker."),
    listSection("Anonymous and weasel sources", report.hedges.filter((x) => x.kind === "weasel"),
      (x) => [h("strong", {}, x.text), " ", h("span", { class: "claim" }, clip(text.slice(x.claim_start, x.claim_end), 90))],
      (x) => focus(x.start, "hedges"), "No anonymous or weasel sources."),
    listSection("Hedged claims", hedgedClaims(report.hedges),
      (c) => [h("span", { class: "cues" }, c.cues.map((x) => h("span", { class: "cue" }, x.text))), " ",
        h("span", { class: "claim" }, clip(text.slice(c.start, c.end), 140))],
      (c) => focus(c.cues[0].start, "hedges"), "No hedged claims."),
  );
}

/** The headline figures, as a description list (with the watch list's matches when one
 *  is set). */
function figures(s, watched) {
  const share = percent(s.quoted_words, s.words);
  const fig = (id, label, value, note, extra) => h("div", { class: "figure", dataset: { figure: id } },
    h("dt", {}, label),
    h("dd", {}, h("span", { class: "value" }, value), note ? h("span", { class: "note" }, note) : null, extra));
  const meter = h("span", { class: "meter", role: "img", "aria-label": `${share} of the article’s words are inside quotes` },
    h("span", { style: { width: `${s.words ? (100 * s.quoted_words) / s.words : 0}%` } }));
  return h("dl", { class: "figures" },
    fig("quotes", "Quotes", String(s.quotes),
      `by ${plural(s.speakers.length, "named speaker")}${s.scare_quotes ? `; ${plural(s.scare_quotes, "scare quote")}` : ""}`),
    fig("quoted-share", "Words inside quotes", share, `${s.quoted_words} of ${s.words} words`, meter),
    fig("unattributed", "Unattributed quotes", String(s.unattributed_quotes), "speech with no speaker found"),
    fig("weasels", "Anonymous / weasel sources", String(s.weasels), "“critics say”, “officials”"),
    fig("hedge-density", "Hedges per 100 sentences", s.hedge_density.toFixed(1),
      `${plural(s.hedges, "hedge")} in ${plural(s.sentences, "sentence")}`),
    fig("attributions", "Attributions", String(s.attributions), "sources credited with a cue"),
    watched === null ? null : fig("watch", "Watch-list matches", String(watched), "of your own patterns"),
  );
}

function section(title, body, hint) {
  return h("section", { class: "sub" }, h("h3", {}, title), hint ? h("p", { class: "hint" }, hint) : null, body);
}

/** Speakers by quoted words: a bar each, in their highlight colour. */
function speakerChart(report, summary, colorOf, focus) {
  if (!summary.speakers.length) return h("p", { class: "empty" }, "Nobody is quoted by name.");
  return h("ol", { class: "speakers" }, summary.speakers.map((s) => {
    const quotes = report.quotes.filter((q) => q.speaker === s.name);
    let next = 0;
    const share = percent(s.quoted_words, summary.quoted_words);
    const width = summary.quoted_words ? (100 * s.quoted_words) / summary.quoted_words : 0;
    return h("li", {},
      h("button", {
        type: "button", class: "speaker",
        "aria-label": `${s.name}: ${plural(s.quotes, "quote")}, ${plural(s.quoted_words, "word")}, ${share} of the quoted words. Go to their next quote.`,
        onclick: () => { if (quotes.length) focus(quotes[next++ % quotes.length].start, "quotes"); },
      },
      h("span", { class: "speaker-head" },
        h("span", { class: "swatch", style: { backgroundColor: colorOf.get(s.name) ?? "" }, "aria-hidden": "true" }),
        h("span", { class: "name" }, s.name),
        h("span", { class: "meta" }, `${plural(s.quotes, "quote")} · ${plural(s.quoted_words, "word")}`)),
      h("span", { class: "share-bar", "aria-hidden": "true" },
        h("span", { style: { width: `${width}%`, backgroundColor: colorOf.get(s.name) ?? "" } }),
        h("span", { class: "pct" }, share))));
  }));
}

/** Under this speaker confidence a quote is listed to check (the page dashes it too):
 *  LOW_CONFIDENCE of src/present/items.rs, which a test holds this to. */
const UNSURE = 0.85;

/** Long articles can have hundreds of entries; the highlights and keys reach them all. */
const MAX_ENTRIES = 200;

/** A titled list of clickable entries, or a line saying there are none. */
function listSection(title, entries, content, onClick, none) {
  const shown = entries.slice(0, MAX_ENTRIES);
  const list = h("ol", { class: "items" }, shown.map((e) =>
    h("li", {}, h("button", { type: "button", class: "item", onclick: () => onClick(e) }, content(e)))));
  const more = entries.length > shown.length
    ? h("p", { class: "hint" }, `and ${entries.length - shown.length} more: use the keyboard shortcuts to reach them.`)
    : null;
  return section(`${title} (${entries.length})`, entries.length ? [list, more] : h("p", { class: "empty" }, none));
}

/** Hedges grouped by the claim they soften, in text order. */
function hedgedClaims(hedges) {
  const claims = new Map();
  for (const x of hedges) {
    const key = `${x.claim_start}:${x.claim_end}`;
    if (!claims.has(key)) claims.set(key, { start: x.claim_start, end: x.claim_end, cues: [] });
    claims.get(key).cues.push(x);
  }
  return [...claims.values()];
}
