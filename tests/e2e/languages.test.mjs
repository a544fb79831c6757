// French, German and Spanish where users meet them: the demo's samples, the ES module on a
// page that declares its language (sync and in a worker), the `language` option, and the
// snippet on a French page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

let server, browser;
before(async () => {
  server = await serve(".");
  browser = await launch();
  mkdirSync("test-results", { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

const FRENCH = [
  "La ministre de la Justice, Claire Aubert, a défendu mardi son projet devant les députés.",
  "« Nous ne reculerons pas », a déclaré la ministre. « C'est une erreur », a estimé Paul Garnier.",
  "Selon lui, le texte aurait été écrit trop vite.",
];

/** A served blank page whose <html lang> is `lang` ("" for none), with `paragraphs` in an
 *  <article lang=articleLang> (no attribute when undefined). */
async function pageWith(paragraphs, { lang = "", articleLang } = {}) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}tests/pages/no-article-tag.html`);
  await page.evaluate(({ paragraphs, lang, articleLang }) => {
    document.open();
    document.write("<!doctype html><html><head><meta charset=utf-8></head><body><article></article></body></html>");
    document.close();
    if (lang) document.documentElement.setAttribute("lang", lang);
    const article = document.querySelector("article");
    if (articleLang !== undefined) article.setAttribute("lang", articleLang);
    for (const text of paragraphs) {
      const p = document.createElement("p");
      p.textContent = text;
      article.append(p);
    }
  }, { paragraphs, lang, articleLang });
  return { page, errors };
}

test("demo: each language's sample is read in its language, with its speakers named", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}www/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  const index = JSON.parse(readFileSync("www/samples/index.json", "utf8"));
  const want = { fr: ["French", "Sandrine Vallet"], de: ["German", "Thomas Brückner"], es: ["Spanish", "Manuel Ortega"] };
  for (const [lang, [name, speaker]] of Object.entries(want)) {
    const sample = index.find((s) => s.lang === lang);
    assert.ok(sample, `a ${name} sample`);
    const n = await page.evaluate(() => Number(document.body.dataset.scans));
    await page.selectOption("#sample", sample.file);
    await page.waitForFunction((k) => Number(document.body.dataset.scans) > k, n);
    assert.match(await page.textContent("#status"), new RegExp(` in ${name}\\.`));
    assert.match(await page.textContent("#summary"), new RegExp(speaker));
    if (lang === "fr") await page.screenshot({ path: "test-results/demo-french.png" });
  }
  // An English sample again: no language named.
  await page.selectOption("#sample", index[0].file);
  await page.waitForFunction(() => !/ in (French|German|Spanish)\./.test(document.querySelector("#status").textContent));
  assert.deepEqual(errors, []);
  await page.close();
});

test("ES module: the page's lang decides, the option overrides, and a bad language is a clear error", async () => {
  // Too short to tell by its words: the page's lang makes it French.
  const short = ["« Nous ne céderons pas », a déclaré Claire Aubert."];
  for (const [setup, want, speaker] of [
    [{ lang: "fr" }, "fr", "Claire Aubert"],
    [{ lang: "en", articleLang: "fr-CA" }, "fr", "Claire Aubert"],
    [{ lang: "fr", articleLang: "" }, "en", null],
    [{}, "en", null],
  ]) {
    const { page, errors } = await pageWith(short, setup);
    const report = await page.evaluate(async () => {
      const cl = await import("/www/claimlens.js");
      return (await cl.highlight(document.querySelector("article"))).report;
    });
    assert.equal(report.language, want, JSON.stringify(setup));
    assert.equal(report.quotes[0].speaker, speaker, JSON.stringify(setup));
    assert.deepEqual(errors, []);
    await page.close();
  }
  const { page, errors } = await pageWith(short, { lang: "en" });
  const got = await page.evaluate(async (text) => {
    const cl = await import("/www/claimlens.js");
    const article = document.querySelector("article");
    const chosen = (await cl.highlight(article, { language: "fr" })).report;
    let refused = null;
    try { await cl.highlight(article, { language: "it" }); } catch (e) { refused = e.message; }
    return { chosen: [chosen.language, chosen.quotes[0].speaker], scanned: (await cl.scan(text, { language: "de-CH" })).language, refused };
  }, FRENCH.join("\n"));
  assert.deepEqual(got.chosen, ["fr", "Claire Aubert"]);
  assert.equal(got.scanned, "de");
  assert.match(got.refused, /unknown language 'it' \(claimlens reads en, fr, de and es\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("highlightAsync: a large page is scanned in the worker in the page's language, or the option's", async () => {
  const paragraphs = [];
  while (paragraphs.join("\n").length < 60_000) paragraphs.push(...FRENCH);
  // The page says German: its lang wins over its words, in the worker too.
  const { page, errors } = await pageWith(paragraphs, { lang: "de" });
  const [declared, chosen] = await page.evaluate(async () => {
    const cl = await import("/www/claimlens.js");
    const article = document.querySelector("article");
    const declared = (await cl.highlightAsync(article)).report;
    const chosen = (await cl.highlightAsync(article, { language: "fr" })).report;
    return [declared.language, [chosen.language, [...new Set(chosen.quotes.map((q) => q.speaker))].sort()]];
  });
  assert.equal(declared, "de");
  assert.deepEqual(chosen, ["fr", ["Claire Aubert", "Paul Garnier"]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("snippet: on a French page, the panel lists French speakers", async () => {
  const { page, errors } = await pageWith(FRENCH, { lang: "fr" });
  await page.evaluate(readFileSync("www/claimlens-snippet.js", "utf8"));
  await page.waitForFunction(() => document.getElementById("claimlens-panel"));
  const speakers = await page.evaluate(() =>
    [...document.getElementById("claimlens-panel").shadowRoot.querySelectorAll("li")].map((li) => li.textContent).join(" | "));
  assert.match(speakers, /Claire Aubert/);
  assert.match(speakers, /Paul Garnier/);
  assert.deepEqual(errors, []);
  await page.close();
});
