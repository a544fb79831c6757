// The demo page, as a user gets it from `make demo`: served, loaded in Chromium, highlighted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

let server, browser;
before(async () => { server = await serve("www"); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("the sample article's quotes are highlighted with the CSS Custom Highlight API", async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  const highlighted = await page.evaluate(() =>
    [...CSS.highlights].filter(([name]) => name.startsWith("claimlens-quote"))
      .flatMap(([, hl]) => [...hl]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => r.toString()));
  const expected = await page.evaluate(async () => {
    const { scan } = await import("./claimlens.js");
    return (await scan(document.getElementById("article").innerText.trim())).quotes.map((q) => q.text);
  });
  assert.ok(highlighted.length >= 8, `only ${highlighted.length} highlights`);
  assert.deepEqual(highlighted, expected);
  assert.ok(highlighted.includes("“a historic”"));
  assert.ok(highlighted.includes("“I don’t want a blank cheque.”"));
  assert.match(await page.textContent("#status"), /\d+ quotes, \d+ attributions, \d+ hedges highlighted/);
  const layers = await page.evaluate(() => ["attribution", "hedge", "claim"].map((l) => CSS.highlights.get(`claimlens-${l}`)?.size ?? 0));
  assert.ok(layers.every((n) => n > 0), `empty layers: ${layers}`);
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/demo.png", fullPage: true });
  assert.deepEqual(errors, []);
});
