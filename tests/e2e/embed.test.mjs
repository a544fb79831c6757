// The four ways to run claimlens on a page the user did not write for it, in headless
// Chromium: ES module import, the single-file snippet, the bookmarklet, and the MV3
// extension. One page is served with a strict CSP (script-src 'self'), which forbids
// WebAssembly: the snippet says so clearly, and the extension still works there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS, launch, watchErrors } from "./browser.mjs";
import { wasmOfBase64 } from "../../www/snippet/wasm-of-base64.js";

const STRICT = "script-src 'self'; object-src 'none'";
const expected = JSON.parse(readFileSync("tests/pages/expected.json", "utf8"));
let server, browser;
before(async () => {
  // The repository root: pages under tests/pages/, the library under www/.
  server = await serve(".", 0, (path) => (path.endsWith("strict-csp.html") ? { "content-security-policy": STRICT } : {}));
  browser = await launch();
  mkdirSync("test-results", { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

const url = (path) => `${server.url}${path}`;
const highlightTexts = (page, prefix = "claimlens-quote") => page.evaluate((prefix) =>
  [...CSS.highlights].filter(([n]) => n.startsWith(prefix)).flatMap(([, h]) => [...h].map((r) => r.toString())), prefix);

async function onRails(page) {
  return page.evaluate(() => {
    const rails = [...document.querySelectorAll("[data-testid=not-article]")];
    return [...CSS.highlights].flatMap(([, h]) => [...h])
      .filter((r) => rails.some((rail) => rail.contains(r.startContainer))).length;
  });
}

test("ES module: import { highlight } and highlight the detected article", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(url("tests/pages/wire-politics.html"));
  const n = await page.evaluate(async () => {
    const cl = await import("/www/claimlens.js");
    const api = await cl.load();
    const result = await cl.highlight(api.findArticle());
    return result.report.quotes.length;
  });
  assert.ok(n >= 6, `${n} quotes`);
  const texts = await highlightTexts(page);
  for (const q of expected["wire-politics.html"].highlight) assert.ok(texts.includes(q), q);
  assert.equal(await onRails(page), 0, "highlights on rails");
  assert.deepEqual(errors, []);
  await page.close();
});

test("es_module_load_asks_for_the_wasm_without_waiting_for_the_glue", async () => {
  // The glue held back 400 ms: load() must ask for the wasm meanwhile (static imports of the
  // glue in claimlens.js would make its request wait for the glue).
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const seen = {};
  await page.route("**/www/pkg/claimlens.js", async (route) => {
    seen.glueAsked = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 400));
    seen.glueSent = Date.now();
    await route.continue();
  });
  page.on("request", (r) => { if (r.url().endsWith("/www/pkg/claimlens_bg.wasm")) seen.wasmAsked ??= Date.now(); });
  await page.goto(url("tests/pages/wire-politics.html"));
  const quotes = await page.evaluate(async () => {
    const api = await (await import("/www/claimlens.js")).load();
    return api.scan("“No deal,” said Jane Doe.").quotes.length;
  });
  assert.equal(quotes, 1);
  assert.ok(seen.wasmAsked && seen.glueSent, JSON.stringify(seen));
  assert.ok(seen.wasmAsked < seen.glueSent, `the wasm was asked for ${seen.wasmAsked - seen.glueSent} ms after the glue came`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("snippet: pasted into the console, it highlights the article, shows the panel, and close restores the page", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url("tests/pages/no-article-tag.html"));
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.evaluate(readFileSync("www/claimlens-snippet.js", "utf8"));
  await page.waitForFunction(() => document.getElementById("claimlens-panel"));
  const texts = await highlightTexts(page);
  for (const q of expected["no-article-tag.html"].highlight) assert.ok(texts.includes(q), q);
  assert.equal(await onRails(page), 0, "highlights on rails");
  const panel = await page.evaluate(() => {
    const root = document.getElementById("claimlens-panel").shadowRoot;
    return { counts: root.querySelector(".counts").textContent, speakers: root.querySelectorAll("li").length,
      toggles: root.querySelectorAll("input[type=checkbox]").length };
  });
  assert.match(panel.counts, /^\d+ quotes? · \d+ attributions? · \d+ hedges?$/);
  assert.ok(panel.speakers >= 2 && panel.toggles === 3, JSON.stringify(panel));
  await page.screenshot({ path: "test-results/snippet-panel.png" });
  // A toggle in the panel hides the hedges.
  await page.locator("#claimlens-panel input[name=hedges]").click();
  assert.equal((await highlightTexts(page, "claimlens-hedge")).length, 0);
  // Close restores the page exactly.
  await page.locator("#claimlens-panel button.close").click();
  await page.waitForFunction(() => !document.getElementById("claimlens-panel"));
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test("bookmarklet: the demo's link loads the snippet from where the demo is served", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(url("tests/pages/uk-tabloid.html"));
  const code = `(()=>{const s=document.createElement('script');s.src='${server.url}www/claimlens-snippet.js';document.documentElement.appendChild(s)})()`;
  await page.evaluate(code);
  await page.waitForFunction(() => document.getElementById("claimlens-panel"), null, { timeout: 15_000 });
  const texts = await highlightTexts(page);
  for (const q of expected["uk-tabloid.html"].highlight) assert.ok(texts.includes(q), q);
  // Running it again closes claimlens.
  await page.evaluate(code);
  await page.waitForFunction(() => !document.getElementById("claimlens-panel"));
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});

test("strict CSP page: the snippet shows a clear message and the page keeps working", async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(url("tests/pages/strict-csp.html"));
  await page.evaluate(readFileSync("www/claimlens-snippet.js", "utf8"));
  await page.waitForFunction(() => document.getElementById("claimlens-message"));
  const text = await page.evaluate(() =>
    document.getElementById("claimlens-message").shadowRoot.querySelector("[role=alert]").textContent);
  assert.match(text, /This site blocks WebAssembly/);
  assert.match(text, /extension/);
  await page.screenshot({ path: "test-results/snippet-csp-message.png" });
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.deepEqual(pageErrors, [], "an uncaught error reached the page");
  await page.close();
});

test("extension (MV3): the toolbar action highlights the article, also on a strict-CSP page, and toggles off", async () => {
  // The extension as shipped asks only for activeTab: a click on its button grants it the
  // tab. Tests cannot click the toolbar, so this copy is granted the test server instead.
  const ext = mkdtempSync(join(tmpdir(), "claimlens-extension-"));
  cpSync(resolve("www/extension"), ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  writeFileSync(join(ext, "manifest.json"), JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "claimlens-ext-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless=new", `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent("serviceworker");
    for (const [path, name] of [["tests/pages/itemprop.html", "itemprop.html"], ["tests/pages/strict-csp.html", null]]) {
      const page = await context.newPage();
      await page.goto(url(path));
      await page.bringToFront();
      const toggle = () => worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await claimlensToggle(tab.id);
      });
      await toggle();
      await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
      const texts = await highlightTexts(page);
      const want = name ? expected[name].highlight : ["“We were handed four hundred pages on Tuesday night and asked to approve them by Thursday morning,”"];
      for (const q of want) assert.ok(texts.includes(q), `${path}: ${q}`);
      assert.equal(await onRails(page), 0, `${path}: highlights on rails`);
      await page.screenshot({ path: `test-results/extension-${name ? "itemprop" : "strict-csp"}.png` });
      await toggle();
      await page.waitForFunction(() => CSS.highlights.size === 0);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test("snippet: a selection narrows it to what is selected", async () => {
  const page = await browser.newPage();
  await page.goto(url("tests/pages/itemprop.html"));
  const want = expected["itemprop.html"].highlight[0];
  await page.evaluate((want) => {
    const body = document.querySelector("[data-testid=article-body]");
    const p = [...body.querySelectorAll("p")].find((p) => p.textContent.includes(want));
    const r = document.createRange();
    r.selectNodeContents(p);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  }, want);
  await page.evaluate(readFileSync("www/claimlens-snippet.js", "utf8"));
  await page.waitForFunction(() => document.getElementById("claimlens-panel"));
  const texts = await highlightTexts(page);
  assert.ok(texts.includes(want), want);
  assert.ok(texts.length <= 3, `more than the selected paragraph: ${JSON.stringify(texts)}`);
  await page.close();
});

test("wasm_of_base64_decodes_with_or_without_fromBase64_and_past_a_bad_stand_in", () => {
  const wasm = readFileSync("www/pkg/claimlens_bg.wasm");
  const text = wasm.toString("base64");
  const saved = Object.getOwnPropertyDescriptor(Uint8Array, "fromBase64");
  const decoded = (fromBase64, base64 = text) => {
    if (fromBase64) Uint8Array.fromBase64 = fromBase64; else delete Uint8Array.fromBase64;
    try { return Buffer.from(wasmOfBase64(base64)); } finally {
      if (saved) Object.defineProperty(Uint8Array, "fromBase64", saved); else delete Uint8Array.fromBase64;
    }
  };
  let used = 0;
  const native = (t) => { used++; return new Uint8Array(Buffer.from(t, "base64")); };
  assert.ok(decoded(undefined).equals(wasm), "atob and the loop");
  assert.ok(decoded(native).equals(wasm), "fromBase64");
  assert.equal(used, 1, "fromBase64 is used where there is one");
  assert.ok(decoded(() => { throw new Error("no"); }).equals(wasm), "a stand-in that throws");
  assert.ok(decoded(() => new Uint8Array([0, 0x61, 0x73, 0x6d])).equals(wasm), "a stand-in that gives junk");
  // Any padding: a module of 8, 9 and 10 bytes.
  for (const n of [8, 9, 10]) {
    const small = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(n - 8, 7)]);
    assert.ok(decoded(undefined, small.toString("base64")).equals(small), `${n} bytes`);
    assert.ok(decoded(native, small.toString("base64")).equals(small), `${n} bytes, fromBase64`);
  }
});
