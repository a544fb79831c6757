// The watch list end to end: the demo page's field (painting, tooltip, counts, summary,
// export, a bad pattern's message) and `highlight({watch})` of the ES module on a page of
// its own; the export checked against the CLI's --watch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

const CLI = "target/release/claimlens"; // built by `make test-e2e` (the cli target)
let server, browser;
before(async () => {
  server = await serve("www");
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ARTICLE = [
  "Sources close to the mayor said the depot may open in May. 😀 “It is a done deal,” said Joan Whitfield.",
  "Officials SLAMMED the plan, and sources CLOSE TO the council agreed.",
].join("\n");

/** Texts of the ranges of every highlight named `name`, in page order. */
const highlighted = (page, name) => page.evaluate((n) =>
  [...(CSS.highlights.get(n) ?? [])].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((r) => r.toString()), name);
const scans = (page) => page.evaluate(() => Number(document.body.dataset.scans));
const scanned = (page, n) => page.waitForFunction((k) => Number(document.body.dataset.scans) >= k, n, { timeout: 10_000 });

test("demo: the watch-list field paints its matches, explains them, counts them and exports them", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  assert.equal(await page.isVisible("#watch-chip"), false, "no watch toggle without a watch list");
  assert.equal(await page.$("[data-figure=watch]"), null);

  let n = await scans(page);
  await page.click("#edit");
  await page.fill("#text", ARTICLE);
  await scanned(page, n + 1);
  await page.click("#done");

  // A watch list: two patterns and a comment.
  await page.click("#watch-box > summary");
  n = await scans(page);
  await page.fill("#watch", "# my list\nsources close to\nslammed|blasted\n");
  await scanned(page, n + 1);
  assert.deepEqual(await highlighted(page, "claimlens-watch"), ["Sources close to", "SLAMMED", "sources CLOSE TO"]);
  assert.equal(await page.isVisible("#watch-chip"), true);
  assert.equal(await page.textContent("[data-count=watch]"), "(3)");
  assert.equal(await page.textContent("#watch-count"), "(3 matches)");
  assert.equal(await page.textContent("[data-figure=watch] .value"), "3");
  // The other layers are as they were.
  assert.ok((await highlighted(page, "claimlens-hedge")).length > 0);

  // Hovering a match explains it with its pattern.
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get("claimlens-watch")].find((x) => x.toString() === "SLAMMED");
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(async () =>
    (await (await import("./claimlens.js")).load()).tooltipText() === "watch: slammed|blasted");

  // The toggle hides and shows the layer.
  await page.click("#watch-chip");
  assert.deepEqual(await highlighted(page, "claimlens-watch"), []);
  await page.click("#watch-chip");
  assert.equal((await highlighted(page, "claimlens-watch")).length, 3);

  // The export carries the matches, as the CLI gives them with the same patterns.
  const dir = mkdtempSync(join(tmpdir(), "claimlens-watch-"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  const jsonPath = join(dir, "page.json");
  await download.saveAs(jsonPath);
  const exported = JSON.parse(readFileSync(jsonPath, "utf8"));
  assert.deepEqual(Object.keys(exported), ["quotes", "attributions", "hedges", "watch", "language"]);
  const textPath = join(dir, "page.txt");
  writeFileSync(textPath, await page.evaluate(() =>
    [...document.querySelectorAll("#article > p")].map((p) => `${p.textContent}\n`).join("")));
  const fromCli = JSON.parse(execFileSync(CLI, ["scan", "--watch", "sources close to", "--watch", "slammed|blasted", textPath],
    { encoding: "utf8" }));
  assert.deepEqual(exported, fromCli);

  // A bad pattern: its message under the field (pattern and position), the rest still works.
  n = await scans(page);
  await page.fill("#watch", "sources close to\n(officials");
  await scanned(page, n + 1);
  await page.waitForSelector("#watch-error:not([hidden])");
  assert.equal(await page.textContent("#watch-error"),
    "bad watch pattern 2 \"(officials\" at character 1: unclosed group");
  assert.deepEqual(await highlighted(page, "claimlens-watch"), []);
  assert.ok((await highlighted(page, "claimlens-hedge")).length > 0);
  assert.equal(await page.isVisible("#watch-chip"), false);
  // Page text reaches the page as text: a pattern that looks like markup stays text.
  n = await scans(page);
  await page.fill("#watch", "<img src=x onerror=alert(1)>(");
  await scanned(page, n + 1);
  await page.waitForSelector("#watch-error:not([hidden])");
  assert.equal(await page.$("#watch-error img"), null);
  assert.match(await page.textContent("#watch-error"), /<img src=x onerror=alert\(1\)>\(/);
  // Fixed again: the error goes.
  n = await scans(page);
  await page.fill("#watch", "done deal");
  await scanned(page, n + 1);
  assert.equal(await page.isVisible("#watch-error"), false);
  assert.deepEqual(await highlighted(page, "claimlens-watch"), ["done deal"]);

  assert.deepEqual(errors, [], "console errors");
  await context.close();
});

test("module: highlight({watch}) paints a layer of its own; a bad pattern is a WatchPatternError", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route(`${server.url}own.html`, (route) => route.fulfill({
    contentType: "text/html",
    body: "<!doctype html><meta charset=utf-8><article><p>Sources <em>close</em> to the minister said 𝒳 may fall.</p>" +
      "<p>“No,” said Ann Lee, sources close to her added.</p></article>",
  }));
  await page.goto(`${server.url}own.html`);
  const out = await page.evaluate(async () => {
    const { load } = await import("./claimlens.js");
    const cl = await load();
    const res = cl.highlight(document.querySelector("article"), { watch: ["sources close to", "𝒳"], keyboard: true });
    let error;
    try {
      cl.highlight(document.querySelector("article"), { watch: ["ok", "[z-a]"] });
    } catch (e) {
      error = { name: e.name, message: e.message, index: e.index, column: e.column, pattern: e.pattern, reason: e.reason };
    }
    const scanError = await import("./claimlens.js").then((m) => m.scan("x", { watch: ["("] }).then(() => null, (e) => e.name));
    return { watch: res.report.watch, error, scanError, healthy: cl.healthy(), names: [...CSS.highlights.keys()] };
  });
  assert.deepEqual(out.watch.map((m) => [m.text, m.pattern_index]), [["Sources close to", 0], ["𝒳", 1], ["sources close to", 0]]);
  assert.deepEqual(out.error, { name: "WatchPatternError", message: "bad watch pattern 2 \"[z-a]\" at character 2: invalid character class range, the start must be <= the end",
    index: 1, column: 2, pattern: "[z-a]", reason: "invalid character class range, the start must be <= the end" });
  assert.equal(out.scanError, "WatchPatternError");
  assert.equal(out.healthy, true);
  assert.ok(out.names.includes("claimlens-watch"), "the earlier highlights stay after a refused call");
  assert.deepEqual(await highlighted(page, "claimlens-watch"), ["Sources close to", "𝒳", "sources close to"]);
  // j moves through every layer, the watch matches included.
  const labels = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("j");
    labels.push(await page.evaluate(async () => (await (await import("./claimlens.js")).load()).tooltipText()));
  }
  assert.ok(labels.includes("watch: sources close to") && labels.includes("watch: 𝒳"), labels.join(" | "));
  assert.deepEqual(errors, [], "console errors");
  await context.close();
});
