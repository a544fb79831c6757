// The demo page: pick a sample, open or drop a file, or paste and edit text; claimlens
// highlights it and the panel summarises its sourcing. All detection happens in wasm;
// this file wires the page together (helpers in demo/).
import { load } from "./claimlens.js";
import { WORKER_MIN_CHARS } from "./slices.js";
import { articleText, paragraphsOf, renderParagraphs } from "./demo/article.js";
import { sampleIndex, sampleText, prefetchSamples, readArticleFile } from "./demo/sources.js";
import { renderSummary } from "./demo/summary.js";
import { reportJson, plainSummary, download, copyText, slug } from "./demo/export.js";
import { installShortcuts, describe } from "./demo/nav.js";
import { speakerCard } from "./demo/speaker.js";
import { h, plural, isTextField } from "./demo/dom.js";

const $ = (id) => document.getElementById(id);
const ui = {
  article: $("article"), status: $("status"), sample: $("sample"), file: $("file"),
  edit: $("edit"), editor: $("editor"), text: $("text"), now: $("now"),
  summary: $("summary-body"), shortcuts: $("shortcuts"), exportStatus: $("export-status"),
  toggles: [...document.querySelectorAll("input[name=category]")],
  watch: $("watch"), watchError: $("watch-error"), watchChip: $("watch-chip"), watchCount: $("watch-count"),
};
const LANGUAGES = { en: "English", fr: "French", de: "German", es: "Spanish" };
const YOUR_TEXT = ""; // the picker's value when the text is not an unedited sample

/** What is on the page: where it came from, its paragraphs, and claimlens's result. */
const state = { title: "", name: "article", paragraphs: [], text: "", result: null };
let claimlens;
let speaker; // the "Who said this?" card
let scans = 0;
let lastShowMs = 0; // how long the last re-scan took: long texts wait longer for a pause in typing
let shows = 0; // texts shown so far: a large text's highlights arrive later, if still current

/** The watch list's patterns: one a line, trimmed; blank lines and `#` comments left out
 *  (as the CLI's --watch-file). */
function watchPatterns() {
  return ui.watch.value.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}

/** Highlights the article with the watch list; a bad pattern is shown under the field
 *  (its message names the pattern and where it is wrong), and the article is highlighted
 *  without the watch list meanwhile. */
function highlightArticle(categories) {
  const watch = watchPatterns();
  const options = { categories, keyboard: false, tooltips: true };
  ui.watchError.hidden = true;
  ui.watchChip.hidden = !watch.length;
  if (!watch.length) return claimlens.highlight(ui.article, options);
  try {
    return claimlens.highlight(ui.article, { ...options, watch });
  } catch (e) {
    if (e?.name !== "WatchPatternError") throw e;
    ui.watchError.textContent = e.message;
    ui.watchError.hidden = false;
    ui.watchChip.hidden = true;
    return claimlens.highlight(ui.article, options);
  }
}

/** Renders `paragraphs` into the article and highlights them: the one place that scans.
 *  A large text is scanned in a worker and painted in slices (highlightAsync), with its
 *  progress in the status line; the page stays responsive meanwhile. A watch list is
 *  applied on the page's thread (the worker path does not take one yet). */
function show(paragraphs) {
  const started = performance.now();
  const [x, y] = [window.scrollX, window.scrollY];
  claimlens.clear(); // first, so that mark mode (old browsers) restores its text nodes
  renderParagraphs(ui.article, paragraphs);
  state.paragraphs = paragraphs;
  state.text = articleText(paragraphs);
  const categories = ui.toggles.filter((t) => t.checked).map((t) => t.value);
  const options = { categories, keyboard: false, tooltips: true };
  const showing = ++shows;
  if (state.text.length < WORKER_MIN_CHARS || watchPatterns().length) {
    highlighted(highlightArticle(categories), started, x, y);
    return;
  }
  ui.watchError.hidden = true;
  ui.watchChip.hidden = true;
  state.result = null;
  document.body.dataset.busy = "true";
  const words = plural(state.text.split(/\s+/).filter(Boolean).length, "word");
  const progress = ({ stage, done, total }) => {
    if (showing !== shows) return;
    ui.status.replaceChildren(h("strong", {}, state.title), ` · ${words}. ` + (stage === "read" ? "Reading…" : stage === "scan"
      ? "Scanning…" : `Painting the highlights: ${Math.floor((100 * done) / Math.max(total, 1))}%`));
  };
  claimlens.highlightAsync(ui.article, options, progress).then(
    (result) => { if (showing === shows) highlighted(result, started, x, y); },
    (e) => {
      if (showing !== shows) return; // a newer text took its place
      delete document.body.dataset.busy;
      ui.status.replaceChildren(h("strong", { class: "error" }, "claimlens could not highlight this text: "),
        String(e.message ?? e));
    },
  );
}

/** Shows what highlight() found: counts, status, summary. */
function highlighted(result, started, x, y) {
  delete document.body.dataset.busy;
  if (scans++ === 0) performance.mark("claimlens-first-highlight");
  state.result = result;
  if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);

  const { report, summary, timings } = result;
  ui.article.setAttribute("aria-label", `Article: ${state.title}`);
  showCounts(report);
  const ms = timings.collect_ms + timings.scan_ms + timings.render_ms;
  const language = report.language && report.language !== "en" ? ` in ${LANGUAGES[report.language]}` : "";
  ui.status.replaceChildren(h("strong", {}, state.title), ` · ${plural(summary.words, "word")}${language}. ` +
    `${plural(report.quotes.length, "quote")}, ${plural(report.attributions.length, "attribution")}, ` +
    `${plural(report.hedges.length, "hedge")} highlighted in ${ms < 1 ? "<1" : Math.round(ms)} ms.`,
    ...(result.partial ? [" ", h("strong", { class: "partial" }, result.partial.message)] : []));
  renderSummary(ui.summary, result, state.text, focusItem, checkSpeaker, watching());
  speaker?.close();
  ui.now.textContent = "";
  document.body.dataset.scans = String(scans);
  lastShowMs = performance.now() - started;
}

/** Whether the watch list is in use (set, and every pattern compiles). */
function watching() {
  return !ui.watchChip.hidden;
}

/** The count beside each toggle. */
function showCounts(report) {
  for (const c of ["quotes", "attributions", "hedges", "watch"]) {
    document.querySelector(`[data-count=${c}]`).textContent = `(${(report[c] ?? []).length})`;
  }
  ui.watchCount.textContent = watching() ? `(${plural((report.watch ?? []).length, "match", "matches")})` : "";
}

/** The reader corrected a speaker: the page is repainted; the counts, summary and export
 *  follow the new report. */
function corrected(result) {
  state.result = result;
  const { report, summary } = result;
  showCounts(report);
  renderSummary(ui.summary, result, state.text, focusItem, checkSpeaker, watching());
  ui.status.replaceChildren(h("strong", {}, state.title), ` · ${plural(summary.words, "word")}. ` +
    `Speaker corrected; ${plural(summary.speakers.length, "named speaker")} now.`);
}

/** Goes to the quote starting at `start` and opens "Who said this?" for it. */
function checkSpeaker(start) {
  focusItem(start, "quotes");
  speaker.open(start, state.result.report);
}

/** Shows a new text from a sample, a file or the clipboard. */
function showText(text, { title, name, sample = YOUR_TEXT, lang = "" }) {
  state.title = title;
  // A sample says its language; the reader's own text has none (lang=""), so claimlens
  // tells it from the words.
  ui.article.setAttribute("lang", lang);
  state.name = name;
  ui.sample.value = sample;
  if (!ui.editor.hidden) ui.text.value = text;
  show(paragraphsOf(text));
}

function fail(message) {
  ui.status.replaceChildren(h("strong", { class: "error" }, "Could not open that: "), message);
}

// ---- samples ------------------------------------------------------------------------

async function chooseSample(file, index) {
  const entry = index.find((s) => s.file === file) ?? index[0];
  ui.status.textContent = `Loading “${entry.title}”…`;
  const text = await sampleText(entry.file);
  showText(text, { title: entry.title, name: slug(entry.file), sample: entry.file, lang: entry.lang ?? "" });
  history.replaceState(null, "", `#sample=${encodeURIComponent(entry.file)}`);
}

function fillPicker(index) {
  ui.sample.replaceChildren(
    h("option", { value: YOUR_TEXT, disabled: true }, "Your text"),
    ...index.map((s) => h("option", { value: s.file }, `${s.title} (${s.style})`)));
  ui.sample.addEventListener("change", () => {
    if (ui.sample.value) chooseSample(ui.sample.value, index).catch((e) => fail(e.message));
  });
  window.addEventListener("hashchange", () => {
    const file = sampleInHash();
    if (file && file !== ui.sample.value) chooseSample(file, index).catch((e) => fail(e.message));
  });
}

/** The sample index.html preloads (`<link data-first-sample>`), by file name. */
function firstSample() {
  const href = document.querySelector("link[data-first-sample]")?.getAttribute("href");
  return href ? decodeURIComponent(href.replace(/^samples\//, "")) : null;
}

function sampleInHash() {
  const m = /^#sample=(.+)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

// ---- your own text: editor, paste, open, drop ------------------------------------------

function setUpEditor() {
  const open = (on) => {
    ui.editor.hidden = !on;
    ui.edit.setAttribute("aria-expanded", String(on));
    if (on) {
      ui.text.value = state.paragraphs.join("\n");
      ui.text.setSelectionRange(0, 0);
      ui.text.focus();
      ui.text.scrollTop = 0;
    }
  };
  ui.edit.addEventListener("click", () => open(ui.editor.hidden));
  $("done").addEventListener("click", () => { open(false); ui.edit.focus(); });
  $("clear-text").addEventListener("click", () => { ui.text.value = ""; edited(); ui.text.focus(); });
  let timer;
  ui.text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(edited, Math.min(1500, Math.max(250, 2 * lastShowMs)));
  });
  ui.editor.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("done").click(); });
}

/** The editor's text changed: re-scan it if its paragraphs did. */
function edited() {
  const paragraphs = paragraphsOf(ui.text.value);
  if (paragraphs.join("\n") === state.paragraphs.join("\n")) return;
  if (ui.sample.value !== YOUR_TEXT) {
    state.title = `${state.title} (edited)`;
    ui.sample.value = YOUR_TEXT;
    ui.article.setAttribute("lang", ""); // the reader's words now: tell the language from them
  }
  if (!paragraphs.length) state.title = "Your text";
  show(paragraphs);
}

async function openFile(file) {
  if (!file) return;
  try {
    const { text, title } = await readArticleFile(file, claimlens);
    showText(text, { title, name: slug(file.name) });
  } catch (e) {
    fail(e.message);
  }
}

function setUpFiles() {
  $("open-file").addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => { openFile(ui.file.files[0]); ui.file.value = ""; });

  // Paste anywhere outside a text field: scan the pasted text.
  document.addEventListener("paste", (ev) => {
    if (isTextField(ev.target)) return;
    const text = ev.clipboardData?.getData("text/plain") ?? "";
    if (!text.trim()) return;
    ev.preventDefault();
    showText(text, { title: "Pasted text", name: "pasted-text" });
  });

  // Drop a file anywhere on the page.
  const hasFiles = (ev) => ev.dataTransfer?.types.includes("Files");
  let depth = 0;
  const dragging = (on) => document.body.classList.toggle("dragging", on);
  document.addEventListener("dragenter", (ev) => { if (hasFiles(ev)) { depth++; dragging(true); ev.preventDefault(); } });
  document.addEventListener("dragover", (ev) => { if (hasFiles(ev)) { ev.preventDefault(); ev.dataTransfer.dropEffect = "copy"; } });
  document.addEventListener("dragleave", (ev) => { if (hasFiles(ev) && --depth <= 0) { depth = 0; dragging(false); } });
  document.addEventListener("drop", (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth = 0;
    dragging(false);
    openFile(ev.dataTransfer.files[0]);
  });
}

// ---- toggles and navigation -------------------------------------------------------------

function setUpToggles() {
  for (const t of ui.toggles) t.addEventListener("change", () => claimlens.setVisible(t.value, t.checked));
}

/** The watch list: the article is highlighted again a moment after it changes. */
function setUpWatch() {
  let timer;
  ui.watch.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => show(state.paragraphs), Math.min(1500, Math.max(300, 2 * lastShowMs)));
  });
}

function announce(focused) {
  ui.now.textContent = describe(focused, state.result?.report ?? {});
  return focused;
}

/** Goes to the highlight starting at `start` (from the summary), showing its category. */
function focusItem(start, category) {
  const toggle = ui.toggles.find((t) => t.value === category);
  if (toggle && !toggle.checked) {
    toggle.checked = true;
    claimlens.setVisible(category, true);
  }
  announce(claimlens.focusItem(start, category));
}

function step(category, forward) {
  if (!state.result) return false;
  return announce(forward ? claimlens.next(category) : claimlens.previous(category)) !== null;
}

/** A click on a quote in the article (not a drag that selects text) asks who said it. */
function setUpSpeakerChecks() {
  ui.article.addEventListener("click", (ev) => {
    if (!state.result || !document.getSelection()?.isCollapsed) return;
    const quote = claimlens.quoteAt(ev.clientX, ev.clientY);
    if (quote) speaker.open(quote.start, state.result.report);
  });
}

function setUpNavigation() {
  for (const b of document.querySelectorAll("[data-step]")) {
    b.addEventListener("click", () => step(null, b.dataset.step === "next"));
  }
  installShortcuts({
    bindings: claimlens.keyBindings(),
    step,
    enabled: () => ui.shortcuts.checked,
    escape: () => claimlens.hideTooltip(),
  });
}

// ---- export and embedding -------------------------------------------------------------

function setUpExport() {
  const say = (text) => { ui.exportStatus.textContent = text; };
  const busy = () => (state.result ? false : (say("Still highlighting; try again in a moment."), true));
  $("download-json").addEventListener("click", () => {
    if (busy()) return;
    download(`${state.name}.claimlens.json`, reportJson(state.result.report), "application/json");
    say(`Saved ${state.name}.claimlens.json.`);
  });
  $("download-text").addEventListener("click", () => {
    download(`${state.name}.txt`, state.text, "text/plain;charset=utf-8");
    say(`Saved ${state.name}.txt, the text the report's offsets point into.`);
  });
  $("copy-summary").addEventListener("click", async () => {
    if (busy()) return;
    const ok = await copyText(plainSummary(state.title, state.result, state.text));
    say(ok ? "Summary copied to the clipboard." : "The browser did not allow copying.");
  });
}

function setUpEmbed() {
  // Where this page is served from: the origin itself under `make demo`, or the folder
  // when the demo sits below the root; the snippet is served next to index.html.
  const base = new URL(".", location.href).href.replace(/\/$/, "");
  const code = `javascript:(()=>{const s=document.createElement('script');s.src='${base}'+'/claimlens-snippet.js';document.documentElement.appendChild(s)})()`;
  const link = $("bookmarklet");
  link.href = code;
  link.addEventListener("click", (ev) => {
    ev.preventDefault(); // it is meant for other pages; this one is already highlighted
    $("bookmarklet-hint").textContent = "Drag the link to your bookmarks bar (or copy the code below into a new bookmark), then use it on a news article.";
  });
  $("bookmarklet-code").textContent = code;
  $("snippet-tag").textContent = `<script src="${base}/claimlens-snippet.js"></script>`;
  const copy = $("copy-bookmarklet");
  copy.addEventListener("click", async () => {
    const ok = await copyText(code);
    copy.textContent = ok ? "Copied: paste it as a new bookmark’s address" : "Copy it from the box above";
  });
}

// ---- start ------------------------------------------------------------------------------

/** On narrow screens (one column) the summary comes before the article, not after it. */
function setUpLayout() {
  const narrow = matchMedia("(max-width: 59.99rem)");
  const card = $("summary");
  const check = $("speaker-card");
  const panel = document.querySelector("aside.panel");
  const place = () => {
    if (narrow.matches) $("article").before(check, card);
    else panel.prepend(check, card);
  };
  narrow.addEventListener("change", place);
  place();
}

async function main() {
  // The sample list, the first sample and the wasm all load at once: the first sample is
  // the one the address names, or the one index.html preloads, or the list's first.
  const indexed = sampleIndex();
  const wanted = sampleInHash() ?? firstSample();
  if (wanted) sampleText(wanted).catch(() => {}); // starts the fetch; errors surface below
  const [api, index] = await Promise.all([load(), indexed]);
  claimlens = api;
  speaker = speakerCard($("speaker-card"), claimlens, corrected);
  fillPicker(index);
  await chooseSample(wanted, index);
  document.body.dataset.ready = "true";
  setUpEditor();
  setUpFiles();
  setUpToggles();
  setUpWatch();
  setUpNavigation();
  setUpSpeakerChecks();
  setUpExport();
  prefetchSamples(index);
}

setUpEmbed();
setUpLayout();
main().catch((e) => {
  ui.status.replaceChildren(h("strong", { class: "error" }, "claimlens could not start: "), String(e.message ?? e),
    location.protocol === "file:" ? " (open the page through a web server: make demo)" : "");
  document.body.dataset.ready = "error";
});
