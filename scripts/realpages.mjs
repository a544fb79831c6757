// make realpages: claimlens on real news pages. Every page of the public
// article-extraction-benchmark (AEB_DIR in eval/datasets.env: html/*.html.gz, ground-truth.json,
// output/*.json of peers, evaluate.py) runs in headless Chromium through each route (the ES
// module in Highlight API mode and in mark mode, the snippet, the extension). Per page it
// records uncaught errors, wasm traps, what was found, the time, and whether clear() gave the
// page back byte for byte. The text findArticle() picks is written in the benchmark's output
// format and scored by the benchmark's own evaluate.py beside the peers' outputs.
//
// Nothing of the corpus is copied into the repository: pages are read where they are and
// served to the browser from memory; outputs go to target/realpages/. The committed baseline
// (eval/realpages-baseline.json) holds figures only. Not part of `make test` (CI has no corpus).
//
// Usage: node scripts/realpages.mjs [--routes module,mark,snippet,extension] [--limit N]
//          [--only HASHPREFIX] [--outlines] [--update-baseline] [--available]
import { existsSync, mkdirSync, readFileSync, writeFileSync, cpSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { aebHtml, aebKeys, datasetDir } from "./datasets.mjs";
import { serve } from "./serve.mjs";
import { CHROMIUM_ARGS, launch } from "../tests/e2e/browser.mjs";
/* global chrome, claimlensToggle */ // inside the extension's service worker

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };

const AEB = datasetDir("AEB_DIR");
if (!AEB || !existsSync(join(AEB, "ground-truth.json"))) {
  console.log("realpages: skipped (no AEB_DIR in eval/datasets.env: the article-extraction-benchmark checkout)");
  process.exit(flag("available") ? 1 : 0);
}
if (flag("available")) process.exit(0);

const ROUTES = option("routes", "module,mark,snippet,extension").split(",");
const OUT = "target/realpages";
const BASELINE = "eval/realpages-baseline.json";
const PAGE_TIMEOUT = 20_000;
const PEERS = ["readability_js", "trafilatura", "rs_trafilatura"];
mkdirSync(join(OUT, "outlines"), { recursive: true });

let keys = aebKeys(AEB);
if (option("only")) keys = keys.filter((k) => k.startsWith(option("only")));
if (option("limit")) keys = keys.slice(0, Number(option("limit")));
const snippet = readFileSync("www/claimlens-snippet.js", "utf8");
const server = await serve(".", 0);
const pageUrl = (key) => `${server.url}realpages/${key}.html`;

/** Serves the corpus page from memory (as UTF-8: the corpus stores every page in UTF-8, and
 *  the benchmark's extractors read them so, whatever a page's own meta tag says) and the repository's
 *  www/ from the local server; every other request is refused, so no page reaches out. */
async function routeAll(context) {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === `${server.url}realpages/blank.html`) {
      return route.fulfill({ status: 200, body: "<!doctype html><title>blank</title>", headers: { "content-type": "text/html; charset=utf-8" } });
    }
    const m = url.match(/\/realpages\/([0-9a-f]+)\.html$/);
    if (m && url.startsWith(server.url)) {
      return route.fulfill({ status: 200, body: aebHtml(AEB, m[1]), headers: { "content-type": "text/html; charset=utf-8" } });
    }
    if (url.startsWith(server.url) || url.startsWith("data:") || url.startsWith("chrome-extension:")) return route.continue();
    // A page that navigates itself away (a redirect script, a meta refresh) stays: a 204
    // answer to a navigation leaves the current document in place.
    if (route.request().isNavigationRequest()) return route.fulfill({ status: 204, body: "" });
    return route.abort();
  });
}

const OURS = /claimlens|wasm|panicked|unreachable|RuntimeError/i;
const TRAP = /unreachable|panicked|RuntimeError/i;
/** Errors while claimlens runs: uncaught ones from its code, and traps. */
function watch(page) {
  const w = { on: false, errors: [], traps: [] };
  const add = (text) => {
    if (!w.on || !OURS.test(text)) return;
    (TRAP.test(text) ? w.traps : w.errors).push(text.slice(0, 300));
  };
  page.on("pageerror", (e) => add(`${e}\n${e.stack ?? ""}`));
  page.on("console", (m) => { if (m.type() === "error") add(m.text()); });
  return w;
}

/** The page's HTML; a page that navigates (a meta refresh, a script) is waited for. */
async function snapshot(page) {
  for (let i = 0; ; i++) {
    try {
      return await page.evaluate(() => document.documentElement.outerHTML);
    } catch (e) {
      if (i >= 3 || !/context was destroyed|navigat/i.test(String(e))) throw e;
      await page.waitForLoadState("load").catch(() => {});
    }
  }
}
/** Where two snapshots first differ (for target/realpages/pages.json only). */
function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { at: i, before: a.slice(Math.max(0, i - 60), i + 100), after: b.slice(Math.max(0, i - 60), i + 100) };
}
async function restoredCheck(rec, page, before) {
  const after = await snapshot(page);
  if (await page.evaluate(() => window.__realpagesMutations > 0)) rec.selfChanging = true;
  rec.restored = after === before;
  if (!rec.restored) rec.diff = firstDiff(before, after);
}

/** A failure of the page itself (it navigated away while claimlens ran), not of claimlens. */
const NAVIGATED = /context was destroyed|navigat|Target page, context or browser has been closed/i;
function failed(rec, w, e) {
  if (NAVIGATED.test(String(e))) rec.navigated = true;
  else w.errors.push(String(e).slice(0, 300));
}

/** Opens a page and waits for it to settle; whether its own scripts still change the DOM. */
async function open(context, key) {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  const w = watch(page);
  await page.goto(pageUrl(key), { waitUntil: "load", timeout: PAGE_TIMEOUT }).catch(() => {});
  await page.waitForTimeout(200);
  // A page that sends itself elsewhere (a redirect to https) is not the corpus page any more.
  if (page.url() !== pageUrl(key)) {
    await page.close();
    throw new Error(`the page navigated itself to ${new URL(page.url()).protocol}`);
  }
  // A page that starts navigating away while it loads (a redirect script the harness
  // cancels) is left half parsed, without a body: not the page a reader would see.
  if (!(await page.evaluate(() => document.readyState === "complete" && document.body !== null).catch(() => false))) {
    await page.close();
    throw new Error("the page never finished loading (e.g. a redirect elsewhere, cancelled here, stopped its parser)");
  }
  const a = await snapshot(page);
  await page.waitForTimeout(300);
  const before = await snapshot(page);
  // From here on, every change the page makes to its own DOM is counted: attributes (a
  // lazy loader's classes, a countdown's text) and elements added or removed, leaving out
  // what claimlens adds (its marks, split text nodes, tooltip, panel, message box).
  await page.evaluate(() => {
    window.__realpagesMutations = 0;
    const ours = (n) => n.nodeType === Node.TEXT_NODE || /^claimlens-/.test(n.id ?? "") ||
      (n.tagName === "MARK" && n.classList.contains("claimlens"));
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes" && !r.target.closest?.("mark.claimlens")) window.__realpagesMutations++;
        if (r.type === "childList" && [...r.addedNodes, ...r.removedNodes].some((n) => !ours(n))) window.__realpagesMutations++;
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  return { page, w, before, selfChanging: a !== before };
}

async function opened(context, key) {
  try {
    return await open(context, key);
  } catch (e) {
    return { failure: String(e).slice(0, 300) };
  }
}
const unopened = (o) => ({ errors: 0, traps: 0, found: null, ms: null, restored: null, unopened: o.failure });

/** The article of a page that navigates itself away, read as an opened file is: the HTML
 *  parsed into a detached document (DOMParser), findArticle() and textOf() on it. */
async function detachedArticle(context, key) {
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}realpages/blank.html`);
    return await page.evaluate(async ({ src, url }) => {
      const api = await (await import(src)).load();
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
      return api.textOf(api.findArticle(doc));
    }, { src: `${server.url}www/claimlens.js`, url: pageUrl(key) });
  } finally {
    await page.close();
  }
}

async function moduleRoute(context, key, mode) {
  const o = await opened(context, key);
  if (o.failure) {
    const rec = unopened(o);
    if (mode === "highlight") rec.text = await detachedArticle(context, key).catch(() => "");
    return rec;
  }
  const { page, w, before, selfChanging } = o;
  const rec = { errors: 0, traps: 0, found: null, ms: null, restored: null, selfChanging };
  try {
    w.on = true;
    const r = await page.evaluate(async ({ src, mode }) => {
      const cl = await import(src);
      const api = await cl.load();
      const t0 = performance.now();
      const el = api.findArticle();
      const t1 = performance.now();
      const text = mode === "highlight" ? api.textOf(el) : null;
      const res = api.highlight(el, { mode });
      const t2 = performance.now();
      return { text, quotes: res.report.quotes.length, mode: res.mode, findMs: t1 - t0, ms: t2 - t0,
        timings: res.timings, tag: el.tagName, speakers: res.summary.speakers.map((s) => s.name) };
    }, { src: `${server.url}www/claimlens.js`, mode });
    rec.found = r.quotes; rec.ms = r.ms; rec.findMs = r.findMs; rec.text = r.text; rec.speakers = r.speakers;
    if (mode === "highlight" && flag("outlines")) {
      const outline = await page.evaluate(async (src) => (await (await import(src)).load()).outlineOf(document.body), `${server.url}www/claimlens.js`);
      writeFileSync(join(OUT, "outlines", `${key}.json`), JSON.stringify(outline));
    }
    await page.evaluate(async (src) => (await (await import(src)).load()).clear(), `${server.url}www/claimlens.js`);
    await restoredCheck(rec, page, before);
  } catch (e) {
    failed(rec, w, e);
  }
  w.on = false;
  rec.errors = w.errors.length; rec.traps = w.traps.length;
  if (w.errors.length + w.traps.length) rec.messages = [...w.errors, ...w.traps];
  await page.close().catch(() => {});
  return rec;
}

async function snippetRoute(context, key) {
  const o = await opened(context, key);
  if (o.failure) return unopened(o);
  const { page, w, before, selfChanging } = o;
  const rec = { errors: 0, traps: 0, found: null, ms: null, restored: null, selfChanging };
  try {
    w.on = true;
    const t0 = Date.now();
    await page.evaluate(snippet);
    await page.waitForFunction(() => document.getElementById("claimlens-panel") || document.getElementById("claimlens-message"));
    rec.ms = Date.now() - t0;
    const panel = await page.evaluate(() => {
      const p = document.getElementById("claimlens-panel");
      if (!p) return { message: document.getElementById("claimlens-message").shadowRoot.textContent };
      return { counts: p.shadowRoot.querySelector(".counts").textContent };
    });
    if (panel.message) { rec.message = panel.message; } else {
      rec.found = Number(panel.counts.match(/(\d+) quote/)?.[1] ?? NaN);
      await page.evaluate(snippet); // run again: closes and restores
      await page.waitForFunction(() => !document.getElementById("claimlens-panel"));
      await restoredCheck(rec, page, before);
    }
  } catch (e) {
    failed(rec, w, e);
  }
  w.on = false;
  rec.errors = w.errors.length; rec.traps = w.traps.length;
  if (w.errors.length + w.traps.length) rec.messages = [...w.errors, ...w.traps];
  await page.close().catch(() => {});
  return rec;
}

async function extensionContext() {
  const ext = mkdtempSync(join(tmpdir(), "claimlens-extension-"));
  cpSync(resolve("www/extension"), ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  writeFileSync(join(ext, "manifest.json"), JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "claimlens-ext-")), {
    executablePath: "/usr/bin/chromium", headless: true,
    args: ["--headless=new", `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
  });
  await routeAll(context);
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent("serviceworker");
  return { context, worker };
}

async function extensionRoute({ context, worker }, key) {
  const o = await opened(context, key);
  if (o.failure) return unopened(o);
  const { page, w, before, selfChanging } = o;
  const rec = { errors: 0, traps: 0, found: null, ms: null, restored: null, selfChanging };
  const toggle = () => worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await claimlensToggle(tab.id);
    return tab.id;
  });
  try {
    await page.bringToFront();
    w.on = true;
    const t0 = Date.now();
    const tabId = await toggle();
    // Done when the badge shows the count (set after painting), or on a reported failure.
    const badge = await worker.evaluate(async (tabId) => {
      for (let i = 0; i < 200; i++) {
        const t = await chrome.action.getBadgeText({ tabId });
        if (t !== "") return t;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }, tabId);
    rec.ms = Date.now() - t0;
    if (badge === null) w.errors.push("extension: no result within 10 s");
    rec.found = badge === null ? null : Number(badge);
    await toggle();
    await page.waitForFunction(() => CSS.highlights.size === 0 || ![...CSS.highlights.keys()].some((k) => k.startsWith("claimlens")));
    await worker.evaluate((tabId) => chrome.action.setBadgeText({ tabId, text: "" }), tabId);
    await restoredCheck(rec, page, before);
  } catch (e) {
    failed(rec, w, e);
  }
  w.on = false;
  rec.errors = w.errors.length; rec.traps = w.traps.length;
  if (w.errors.length + w.traps.length) rec.messages = [...w.errors, ...w.traps];
  await page.close().catch(() => {});
  return rec;
}

// ---- run every page through every route ----
const results = Object.fromEntries(keys.map((k) => [k, {}]));
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await routeAll(context);
const t0 = Date.now();
for (const [n, key] of keys.entries()) {
  if (ROUTES.includes("module")) results[key].module = await moduleRoute(context, key, "highlight");
  if (ROUTES.includes("mark")) results[key].mark = await moduleRoute(context, key, "mark");
  if (ROUTES.includes("snippet")) results[key].snippet = await snippetRoute(context, key);
  if ((n + 1) % 20 === 0) console.log(`  ${n + 1}/${keys.length} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
await browser.close();
if (ROUTES.includes("extension")) {
  const ext = await extensionContext();
  for (const key of keys) results[key].extension = await extensionRoute(ext, key);
  await ext.context.close();
}
await server.close();

// ---- the article text, in the benchmark's format, scored by its evaluate.py ----
const output = {};
for (const key of keys) output[key] = { articleBody: results[key].module?.text ?? "" };
const version = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
writeFileSync(join(OUT, "claimlens.json"), JSON.stringify({ version, output }));
for (const key of keys) if (results[key].module) delete results[key].module.text;
let scores = null;
if (ROUTES.includes("module") && keys.length >= 5) {
  const out = execFileSync("python3", ["scripts/realpages_score.py", AEB, OUT, ...PEERS, ...(keys.length < 181 ? ["--subset"] : [])]).toString();
  process.stdout.write(out);
  scores = JSON.parse(readFileSync(join(OUT, "scores.json"), "utf8"));
}

// ---- summary, per-page records and the baseline ----
const summary = { pages: keys.length, routes: {} };
for (const route of ROUTES) {
  const recs = keys.map((k) => results[k][route]).filter(Boolean);
  const times = recs.map((r) => r.ms).filter((x) => x != null).sort((a, b) => a - b);
  const checked = recs.filter((r) => r.restored !== null && !r.selfChanging);
  summary.routes[route] = {
    errors: recs.reduce((s, r) => s + r.errors, 0),
    traps: recs.reduce((s, r) => s + r.traps, 0),
    pages_with_errors: recs.filter((r) => r.errors + r.traps > 0).length,
    quotes: recs.reduce((s, r) => s + (r.found ?? 0), 0),
    pages_with_quotes: recs.filter((r) => r.found > 0).length,
    restored: `${checked.filter((r) => r.restored).length}/${checked.length}`,
    self_changing_pages: recs.filter((r) => r.selfChanging).length,
    navigated_or_unopened: recs.filter((r) => r.navigated || r.unopened).length,
    median_ms: times.length ? Math.round(times[times.length >> 1]) : null,
    p90_ms: times.length ? Math.round(times[Math.floor(times.length * 0.9)]) : null,
  };
  if (route === "module") {
    const f = recs.map((r) => r.findMs).filter((x) => x != null).sort((a, b) => a - b);
    summary.routes[route].find_article_median_ms = Number(f[f.length >> 1].toFixed(2));
  }
}
if (scores) summary.article = scores.metrics;
writeFileSync(join(OUT, "pages.json"), JSON.stringify(results, null, 1));
for (const [route, s] of Object.entries(summary.routes)) {
  console.log(`realpages ${route}: ${s.errors} errors, ${s.traps} traps, quotes on ${s.pages_with_quotes} pages (${s.quotes}), restored ${s.restored} (${s.self_changing_pages} pages change themselves), median ${s.median_ms} ms, p90 ${s.p90_ms} ms`);
}
const a = summary.article;
if (a) {
  const peers = PEERS.map((p) => `${p} ${a[p].f1.toFixed(3)}`).join(", ");
  console.log(`realpages: ${keys.length} pages, article F1 ${a.claimlens.f1.toFixed(3)} (P ${a.claimlens.precision.toFixed(3)} R ${a.claimlens.recall.toFixed(3)}); ${peers}`);
}
if (keys.length === 181) {
  const perPage = scores ? Object.fromEntries(Object.entries(scores.per_page).map(([k, v]) => [k.slice(0, 12), v])) : {};
  const old = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, "utf8")) : null;
  if (flag("update-baseline") || !old) {
    // Routes not run this time keep their recorded figures.
    const merged = { pages: 181, routes: { ...(old?.summary.routes ?? {}), ...summary.routes },
      article: summary.article ?? old?.summary.article };
    const baseline = { about: "make realpages: figures only (no corpus text); per-page article F1 by page hash prefix",
      summary: merged, per_page_f1: scores ? perPage : old?.per_page_f1 ?? {} };
    writeFileSync(BASELINE, JSON.stringify(baseline, null, 1) + "\n");
    console.log(`realpages: wrote ${BASELINE}`);
  } else {
    const worse = [];
    if (a && old.summary.article && a.claimlens.f1 < old.summary.article.claimlens.f1 - 0.002) worse.push(`article F1 ${old.summary.article.claimlens.f1.toFixed(3)} → ${a.claimlens.f1.toFixed(3)}`);
    for (const [route, s] of Object.entries(summary.routes)) {
      const o = old.summary.routes[route];
      if (!o) continue;
      if (s.errors + s.traps > o.errors + o.traps) worse.push(`${route}: errors+traps ${o.errors + o.traps} → ${s.errors + s.traps}`);
      const bad = (x) => Number(x.split("/")[1]) - Number(x.split("/")[0]);
      if (bad(s.restored) > bad(o.restored)) worse.push(`${route}: restored ${o.restored} → ${s.restored}`);
    }
    for (const [k, f1] of Object.entries(perPage)) if (old.per_page_f1[k] !== undefined && f1 < old.per_page_f1[k] - 0.05) worse.push(`page ${k}: F1 ${old.per_page_f1[k].toFixed(2)} → ${f1.toFixed(2)}`);
    if (worse.length) { console.log(`realpages: REGRESSION against ${BASELINE}:\n  ${worse.join("\n  ")}`); process.exitCode = 1; }
    else console.log(`realpages: no regression against ${BASELINE} (--update-baseline to record these figures)`);
  }
}
