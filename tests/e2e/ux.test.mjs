// What a reader meets on real use, each item with a screenshot in test-results/ux-*.png:
// tooltips go away when the page scrolls or on a tap elsewhere and never cover a sticky
// toolbar; the demo's sidebar has no scroll box of its own; on a phone the demo's toolbar
// stays on top and the summary comes before the article; the snippet's panel leaves the
// article's lines free, folds where there is no room, counts in the singular for one, and
// shows long names whole.
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

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const tipBox = (page) => page.evaluate(() => {
  const tip = document.getElementById("claimlens-host")?.shadowRoot.querySelector("[role=tooltip]");
  if (!tip || tip.hidden) return null;
  const r = tip.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: tip.textContent };
});

/** The middle of the first range of the first quote highlight, scrolled to `block`. */
const firstQuote = (page, where = "center") => page.evaluate((where) => {
  const hl = [...CSS.highlights].find(([n]) => n.startsWith("claimlens-quote-"))[1];
  const range = [...hl][0];
  range.startContainer.parentElement.scrollIntoView({ block: where });
  const r = range.getClientRects()[0];
  return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
}, where);

test("tooltips: hover shows one; scrolling the page or tapping elsewhere takes it away", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}tests/pages/wire-politics.html`);
  await page.evaluate(async () => {
    window.claimlens = await (await import("/www/claimlens.js")).load();
    claimlens.highlight(claimlens.findArticle());
  });
  const at = await firstQuote(page);
  await page.mouse.move(at.x, at.y);
  assert.match((await tipBox(page))?.text ?? "", /^Quote/);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => window.scrollY >= 300);
  await page.waitForTimeout(100);
  // The text moved from under the pointer: the tooltip went, or explains what is under the
  // pointer now (beside it), never the quote that scrolled away.
  const after = await tipBox(page);
  assert.ok(after === null || Math.min(Math.abs(after.bottom - at.y), Math.abs(after.top - at.y)) < 60,
    `a tooltip stayed: ${JSON.stringify(after)} (pointer at ${at.y})`);
  // A tap on a highlight explains it; a tap elsewhere (no hover on touch screens) hides it.
  const again = await firstQuote(page);
  await page.touchscreen.tap(again.x, again.y);
  assert.match((await tipBox(page))?.text ?? "", /^Quote/);
  await page.screenshot({ path: "test-results/ux-tooltip-tap.png" });
  await page.touchscreen.tap(5, 690);
  assert.equal(await page.evaluate(() => claimlens.tooltipText() ?? null), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("tooltips: never over the demo's sticky toolbar; a highlight under it has none", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}www/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  // Scroll so that a quote sits just below the stuck toolbar, then hover it.
  const spot = await page.evaluate(() => {
    const hl = [...CSS.highlights].find(([n]) => n.startsWith("claimlens-quote-"))[1];
    const ranges = [...hl];
    const range = ranges[Math.min(3, ranges.length - 1)];
    const bar = document.querySelector(".reader-bar");
    window.scrollBy(0, range.getClientRects()[0].top - bar.offsetHeight - 8);
    const r = range.getClientRects()[0];
    const b = bar.getBoundingClientRect();
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2, bar: { left: b.left, right: b.right, top: b.top, bottom: b.bottom } };
  });
  assert.ok(spot.bar.top <= 1, "the toolbar is stuck at the top");
  await page.mouse.move(spot.x, spot.y);
  const tip = await tipBox(page);
  assert.ok(tip, "a tooltip shows");
  assert.ok(!overlap(tip, spot.bar), `tooltip ${JSON.stringify(tip)} covers the toolbar ${JSON.stringify(spot.bar)}`);
  await page.screenshot({ path: "test-results/ux-tooltip-below-toolbar.png" });
  // Navigation to a highlight, then scrolling it under the toolbar: no tooltip over it.
  await page.keyboard.press("q");
  assert.ok(await tipBox(page));
  await page.evaluate(() => {
    const r = [...CSS.highlights.get("claimlens-current")][0].getClientRects()[0];
    window.scrollBy(0, r.top - 5);
  });
  await page.waitForFunction(() => {
    const tip = document.getElementById("claimlens-host").shadowRoot.querySelector("[role=tooltip]");
    const bar = document.querySelector(".reader-bar").getBoundingClientRect();
    return tip.hidden || tip.getBoundingClientRect().top >= bar.bottom;
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test("demo, desktop: the sidebar has no scroll box of its own; legend and export are reachable", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}www/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  const panel = await page.evaluate(() => {
    const p = document.querySelector("aside.panel");
    const s = getComputedStyle(p);
    return { overflowY: s.overflowY, own: p.scrollHeight - p.clientHeight, position: s.position };
  });
  assert.equal(panel.overflowY, "visible", JSON.stringify(panel));
  assert.notEqual(panel.position, "sticky");
  for (const id of ["legend-h", "export-h"]) {
    const seen = await page.evaluate((id) => {
      const h = document.getElementById(id);
      h.scrollIntoView({ block: "center" });
      const r = h.getBoundingClientRect();
      return h.contains(document.elementFromPoint(r.left + 5, r.top + r.height / 2));
    }, id);
    assert.ok(seen, `${id} is not reachable`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/ux-demo-desktop.png", fullPage: true });
  await context.close();
});

test("demo, phone: the toolbar stays on top while reading, and the summary comes before the article", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}www/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  const order = await page.evaluate(() =>
    document.getElementById("summary").compareDocumentPosition(document.getElementById("article")) & Node.DOCUMENT_POSITION_FOLLOWING);
  assert.ok(order, "the summary comes first");
  await page.screenshot({ path: "test-results/ux-demo-phone-top.png" });
  await page.evaluate(() => document.querySelector("#article p:nth-of-type(4)").scrollIntoView());
  const bar = await page.evaluate(() => {
    const b = document.querySelector(".reader-bar").getBoundingClientRect();
    return { top: b.top, height: b.height, onTop: document.querySelector(".reader-bar").contains(document.elementFromPoint(20, b.top + b.height / 2)) };
  });
  assert.ok(Math.abs(bar.top) <= 1 && bar.onTop, JSON.stringify(bar));
  assert.ok(bar.height <= 110, `the toolbar takes ${bar.height}px`);
  await page.screenshot({ path: "test-results/ux-demo-phone-reading.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

const LONG_NAME = "Maria Alejandra Konstantinopoulou-Wetherington";
const panelPage = (width) => `<!doctype html><html><head><meta charset="utf-8"><title>p</title>
<style>body{margin:0;font:18px/1.6 Georgia,serif} main{max-width:${width}px;margin:0 auto;padding:1rem}</style></head>
<body><main><article>
<p>“We will rebuild the harbour wall before the storms come back,” said ${LONG_NAME}, the harbour master, on Tuesday.</p>
<p>The council voted on Tuesday, after a long debate, to approve the plan, which critics say may cost more than the city can afford.</p>
<p>“It is the only way to keep the boats safe this winter,” ${LONG_NAME} added. Engineers said the work could take a year.</p>
<p>${"The harbour has served the town for two centuries, and its wall has been rebuilt three times since the great storm. ".repeat(6)}</p>
<p>${"Fishermen, traders and the ferry company all depend on the wall, and all of them asked the council to act before the winter. ".repeat(6)}</p>
</article></main></body></html>`;

/** Client rects of every line of the article's text. */
const lineBoxes = (page) => page.evaluate(() => {
  const out = [];
  for (const p of document.querySelectorAll("article p")) {
    const r = document.createRange();
    r.selectNodeContents(p);
    for (const b of r.getClientRects()) if (b.width > 0 && b.bottom > 0 && b.top < innerHeight) out.push({ left: b.left, right: b.right, top: b.top, bottom: b.bottom });
  }
  return out;
});
const panelBox = (page) => page.evaluate(() => {
  const p = document.getElementById("claimlens-panel").shadowRoot.querySelector(".panel");
  const r = p.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height, folded: p.classList.contains("folded") };
});

test("snippet panel: beside the article where there is room, folded where not; counts in words; long names whole", async () => {
  const snippet = readFileSync("www/claimlens-snippet.js", "utf8");
  for (const [vw, articleWidth] of [[1280, 620], [900, 860]]) {
    const page = await browser.newPage({ viewport: { width: vw, height: 800 } });
    const errors = watchErrors(page);
    await page.route("**/panel.html", (r) => r.fulfill({ contentType: "text/html", body: panelPage(articleWidth) }));
    await page.goto(`${server.url}panel.html`);
    await page.evaluate(snippet);
    await page.waitForFunction(() => document.getElementById("claimlens-panel"));
    const box = await panelBox(page);
    const counts = await page.evaluate(() => document.getElementById("claimlens-panel").shadowRoot.querySelector(".counts").textContent);
    assert.match(counts, /^\d+ quotes? · \d+ attributions? · \d+ hedges?$/);
    assert.ok(!/\b1 (quotes|attributions|hedges)\b/.test(counts), counts);
    if (vw === 1280) {
      assert.ok(!box.folded);
      const covered = (await lineBoxes(page)).filter((l) => overlap(l, box));
      assert.equal(covered.length, 0, `the panel covers ${covered.length} lines`);
      // The long name is shown whole (wrapped, not cut), and "2 quotes" beside it.
      const name = await page.evaluate(() => {
        const li = [...document.getElementById("claimlens-panel").shadowRoot.querySelectorAll("li")][0];
        const n = li.querySelector(".name");
        return { text: n.textContent, cut: n.scrollWidth > n.clientWidth + 1, count: li.querySelector(".n").textContent };
      });
      assert.equal(name.text, LONG_NAME);
      assert.ok(!name.cut, "the name is cut");
      assert.equal(name.count, "2 quotes");
      await page.screenshot({ path: "test-results/ux-panel-wide.png" });
    } else {
      assert.ok(box.folded && box.height <= 40, JSON.stringify(box));
      await page.screenshot({ path: "test-results/ux-panel-folded.png" });
      await page.evaluate(() => document.getElementById("claimlens-panel").shadowRoot.querySelector(".fold").click());
      const open = await panelBox(page);
      assert.ok(!open.folded && open.height > 150, JSON.stringify(open));
      await page.screenshot({ path: "test-results/ux-panel-unfolded.png" });
    }
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    await page.close();
  }
});
