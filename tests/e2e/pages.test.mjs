// The in-page highlighter on realistic news pages (tests/pages): what is highlighted and
// what is not, both rendering modes, clear() restoring the page, hover tooltips, keyboard
// navigation, and the page's own behaviour left intact. Screenshots go to test-results/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

const expected = JSON.parse(readFileSync("tests/pages/expected.json", "utf8"));
const pages = Object.keys(expected).filter((k) => k.endsWith(".html"));
let server, browser;
before(async () => { server = await serve("."); browser = await launch(); mkdirSync("test-results", { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(name) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}tests/pages/${name}`);
  await page.evaluate(async () => {
    const { load } = await import("/www/claimlens.js");
    window.claimlens = await load();
  });
  return { page, errors };
}

/** Texts of all ranges of the claimlens quote highlights. */
const quoteTexts = (page) => page.evaluate(() =>
  [...CSS.highlights].filter(([n]) => n.startsWith("claimlens-quote")).flatMap(([, h]) => [...h].map((r) => r.toString())));

for (const name of pages) {
  test(`${name}: the article's quotes are highlighted, rails and hidden parts are not`, async () => {
    const { page, errors } = await open(name);
    const before = await page.evaluate(() => document.body.innerHTML);
    const result = await page.evaluate(() =>
      claimlens.highlight(document.querySelector("[data-testid=article-body]")));
    assert.equal(result.mode, "highlight");
    const texts = await quoteTexts(page);
    for (const want of expected[name].highlight) {
      assert.ok(texts.includes(want), `${name}: not highlighted: ${want}\nhave: ${JSON.stringify(texts)}`);
    }
    for (const never of expected[name].not_highlight) {
      assert.ok(!texts.some((t) => t.includes(never)), `${name}: wrongly highlighted: ${never}`);
    }
    // Highlight API mode never touches the page's DOM.
    assert.equal(await page.evaluate(() => document.body.innerHTML), before);
    await page.screenshot({ path: `test-results/page-${name.replace(".html", "")}.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("mark mode on every page: same quotes, and clear() restores the HTML byte for byte", async () => {
  for (const name of pages) {
    const { page, errors } = await open(name);
    const before = await page.evaluate(() => document.body.innerHTML);
    const marked = await page.evaluate(() => {
      const root = document.querySelector("[data-testid=article-body]");
      claimlens.highlight(root, { mode: "mark" });
      // A quote's text is the joined text of the marks that carry a quote class in a row.
      return [...root.querySelectorAll("mark.claimlens")].length;
    });
    assert.ok(marked > 3, `${name}: only ${marked} marks`);
    await page.evaluate(() => claimlens.clear());
    assert.equal(await page.evaluate(() => document.body.innerHTML), before, `${name}: page not restored`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("hovering a quote explains it in a tooltip; keys navigate; the page keeps working", async () => {
  const { page, errors } = await open("wire-politics.html");
  await page.evaluate(() => {
    window.clicks = 0;
    document.addEventListener("click", () => window.clicks++);
    claimlens.highlight(document.querySelector("[data-testid=article-body]"), { keyboard: true });
  });
  // Hover the middle of the first quote of the article.
  const box = await page.evaluate(() => {
    const hl = [...CSS.highlights].find(([n]) => n.startsWith("claimlens-quote-"))[1];
    const range = [...hl][0];
    range.startContainer.parentElement.scrollIntoView({ block: "center" });
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const tip = await page.evaluate(() => claimlens.tooltipText());
  assert.match(tip ?? "", /^Quote — /);
  const shadowTip = await page.evaluate(() =>
    document.getElementById("claimlens-host").shadowRoot.querySelector("[role=tooltip]").textContent);
  assert.equal(shadowTip, tip);
  await page.screenshot({ path: "test-results/tooltip-hover.png" });
  // Keyboard: h jumps to a hedge and explains it.
  await page.mouse.move(5, 5);
  await page.keyboard.press("h");
  assert.match(await page.evaluate(() => claimlens.tooltipText()) ?? "", /^Hedge · /);
  await page.keyboard.press("q");
  assert.match(await page.evaluate(() => claimlens.tooltipText()) ?? "", /^(Quote|Scare)/);
  await page.screenshot({ path: "test-results/tooltip-keyboard.png" });
  // The page's own listeners and selection still work.
  await page.mouse.click(box.x, box.y);
  assert.equal(await page.evaluate(() => window.clicks), 1);
  await page.evaluate(() => claimlens.clear());
  assert.equal(await page.evaluate(() => document.getElementById("claimlens-host")), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test("findArticle() picks the article body on every page, read-only", async () => {
  for (const name of pages) {
    const { page, errors } = await open(name);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const found = await page.evaluate((quotes) => {
      const el = claimlens.findArticle();
      const want = document.querySelector("[data-testid=article-body]");
      return { same: el === want, tag: el.tagName, cls: el.className, id: el.id,
        holdsBody: el.contains(want), holdsRails: [...document.querySelectorAll("[data-testid=not-article]")]
          .filter((r) => !want.contains(r) && el.contains(r)).length,
        // The body's own container inside the marked-up article (without its headline,
        // standfirst and byline, as the benchmark's hand-checked bodies are) is right too
        // when it holds every quote to highlight.
        bodyInside: want.contains(el) && quotes.every((q) => el.textContent.includes(q)) };
    }, expected[name].highlight);
    assert.ok(found.same || (found.holdsBody && found.holdsRails === 0) || found.bodyInside,
      `${name}: found ${found.tag}.${found.cls}#${found.id}, rails inside: ${found.holdsRails}`);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("textOf() reads a detached document (an opened .html file) as paragraphs", async () => {
  const { page } = await open("inline-markup.html");
  const text = await page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    return claimlens.textOf(claimlens.findArticle(doc));
  });
  assert.ok(text.split("\n").filter((l) => l.trim()).length >= 5, text);
  assert.ok(!text.includes("var "), "script text leaked");
  await page.close();
});

test("the extension's outline and the wasm facade's give the same outline on every page", async () => {
  for (const name of pages) {
    const { page, errors } = await open(name);
    await page.addScriptTag({ path: "www/extension/outline-spec.js" });
    await page.addScriptTag({ path: "www/extension/page-reader.js" });
    await page.addScriptTag({ path: "www/extension/reader.js" });
    const { rust, js } = await page.evaluate(() => {
      const strip = (o) => o.map((n) => n.tag === undefined && n.text === undefined ? n
        : Object.fromEntries(Object.entries(n).filter(([, v]) => v !== null && v !== "" && v !== false)));
      const read = claimlensReader.readOutline(document.body, claimlensOutlineSpec).outline;
      return { rust: strip(claimlens.outlineOf(document.body)), js: strip(read) };
    });
    assert.ok(rust.length > 50, `${name}: outline of ${rust.length} nodes`);
    assert.deepEqual(js, rust, `${name}: the readers differ`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("source newlines and indentation inside paragraphs change nothing: every page re-serialised reads the same", async () => {
  for (const name of pages) {
    const { page, errors } = await open(name);
    const read = () => page.evaluate(() => {
      const el = claimlens.findArticle();
      const text = claimlens.textOf(el);
      const r = claimlens.highlight(el).report;
      const strip = (xs) => xs.map(({ text, speaker, kind, cue }) => ({ text, speaker, kind, cue }));
      return { text, quotes: strip(r.quotes), attributions: r.attributions.map((a) => [a.speaker, a.cue]),
        hedges: strip(r.hedges), quoted: [...CSS.highlights].filter(([n]) => n.startsWith("claimlens-quote"))
          .flatMap(([, h]) => [...h].map((x) => x.toString().replace(/\s+/g, " "))).sort() };
    });
    const before = await read();
    // Every run of white space in the page's text (outside <pre>, scripts and styles)
    // becomes a random mix of newlines, spaces and tabs, as a site's templates leave them.
    const changed = await page.evaluate(() => {
      let seed = 14;
      const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
      const run = () => ["\n", "\n    ", " \n\t\t", "\n\n      ", "   "][rnd(5)];
      let n = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (t.parentElement.closest("pre, textarea, script, style, [style*=pre]")) continue;
        const data = t.data.replace(/[ \t\n]+/g, (ws) => (rnd(3) ? run() : ws));
        if (data !== t.data) { t.data = data; n++; }
      }
      claimlens.clear();
      return n;
    });
    assert.ok(changed > 20, `${name}: only ${changed} text nodes re-serialised`);
    const after = await read();
    assert.deepEqual(after, before, `${name}: the report changed`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

// The CLI reads saved pages with html5ever (crates/claimlens-html); the browser reads the DOM.
// Both must give the same outline, find the same article and so report the same.
const CLI = "target/release/claimlens";
const cliJson = (...args) => JSON.parse(execFileSync(CLI, args, { encoding: "utf8", maxBuffer: 64 << 20 }));

test("the CLI reads every saved page as the browser does: same outline, article text and report", async (t) => {
  if (!existsSync(CLI)) t.skip(`${CLI} not built (make cli)`);
  for (const name of pages) {
    const { page, errors } = await open(name);
    const fromBrowser = await page.evaluate(async () => {
      // As the demo opens a saved page: parsed inertly, never run.
      const html = await (await fetch(location.href)).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      const strip = (o) => o.map((n) => n.tag === undefined && n.text === undefined ? n
        : Object.fromEntries(Object.entries(n).filter(([, v]) => v !== null && v !== "" && v !== false)));
      const text = claimlens.textOf(claimlens.findArticle(doc));
      // The page's declared language, as the CLI reads it from <html lang>.
      const lang = doc.documentElement.getAttribute("lang");
      const report = claimlens.scan(text, lang ? { language: lang } : undefined);
      return {
        parsed: strip(claimlens.outlineOf(doc.body)),
        text,
        report: { quotes: report.quotes, attributions: report.attributions, hedges: report.hedges, language: report.language },
      };
    });
    const strip = (o) => o.map((n) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== null && v !== "" && v !== false)));
    const outline = strip(cliJson("outline", `tests/pages/${name}`));
    assert.ok(outline.length > 50, `${name}: outline of ${outline.length} nodes`);
    assert.deepEqual(outline, fromBrowser.parsed, `${name}: the CLI's outline differs from DOMParser's`);
    const { text, ...report } = cliJson("scan", "--format", "json", `tests/pages/${name}`);
    assert.equal(text, fromBrowser.text, `${name}: article text differs`);
    assert.ok(report.quotes.length >= 3, `${name}: ${report.quotes.length} quotes`);
    assert.deepEqual(report, fromBrowser.report, `${name}: reports differ`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
