// A 100,000-word page (the demo samples' paragraphs, repeated) through highlightAsync() and
// the snippet: the text is scanned in a Web Worker and painted in slices, so the page keeps
// running its own tasks meanwhile; the highlights and the result are exactly those of the
// synchronous highlight(). Where the page's CSP forbids workers, the same happens on the
// page's thread, without an error. (How long the longest task is: bench/longtask.mjs; no
// timed assertion here.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

const paragraphs = readdirSync("www/samples").filter((f) => f.endsWith(".txt")).sort()
  .flatMap((f) => readFileSync(`www/samples/${f}`, "utf8").split("\n").filter((l) => l.trim()));
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
function largePage(words) {
  const out = [];
  for (let i = 0, n = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(`<p>${escape(p)}</p>`);
    n += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>large</title>` +
    `<link rel="icon" href="data:,"></head><body><main id="story">${out.join("\n")}</main></body></html>`;
}
const PAGE = largePage(100_000);

let server, browser;
before(async () => {
  server = await serve(".");
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** A tab on the large page, served with `csp` (if any) from the repository's origin. */
async function open(csp) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const at = `${server.url}tests/large-page.html`;
  await page.route(at, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8", body: PAGE,
    headers: csp ? { "content-security-policy": csp } : {},
  }));
  await page.goto(at);
  return { page, errors };
}

// In the page: every claimlens highlight as sorted "textNode:offset-textNode:offset" keys
// (text nodes numbered in document order), with its priority.
const PAINTED = () => {
  const index = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let i = 0; walker.nextNode(); i++) index.set(walker.currentNode, i);
  const key = (r) => `${index.get(r.startContainer)}:${r.startOffset}-${index.get(r.endContainer)}:${r.endOffset}`;
  return Object.fromEntries([...CSS.highlights].filter(([n]) => n.startsWith("claimlens-")).sort()
    .map(([name, h]) => [name, { priority: h.priority, ranges: [...h].map(key).sort() }]));
};

/** Runs `run` in the page while a zero-delay task loop counts how often the page got to run
 *  its own tasks; returns run's value, the ticks while the scan was under way (between the
 *  "scan" and the first "paint" progress) and in all. */
async function withTicker(page, run) {
  return page.evaluate(async ([body, painted]) => {
    const paint = new Function(`return (${painted})()`);
    let ticks = 0, scanTicks = 0, stage = "", running = true;
    const tick = () => { ticks++; if (stage === "scan") scanTicks++; if (running) setTimeout(tick, 0); };
    setTimeout(tick, 0);
    const onProgress = (p) => { stage = p.stage; };
    const out = await new Function("onProgress", `return (${body})(onProgress)`)(onProgress);
    running = false;
    return { out, ticks, scanTicks, stages: stage, painted: paint() };
  }, [run.toString(), PAINTED.toString()]);
}

test("highlightAsync on a 100,000-word page: scanned in a worker while the page runs, the same highlights and result as highlight()", async () => {
  const { page, errors } = await open();
  const sync = await page.evaluate(async (painted) => {
    const { load } = await import("/www/claimlens.js");
    const api = await load();
    const result = api.highlight(document.getElementById("story"), { scanBudgetMs: Infinity });
    const out = { result: JSON.stringify({ ...result, timings: undefined }), painted: new Function(`return (${painted})()`)() };
    api.clear();
    return out;
  }, PAINTED.toString());
  assert.ok(Object.keys(sync.painted).length >= 5, Object.keys(sync.painted).join());
  const staged = await withTicker(page, async (onProgress) => {
    const { highlightAsync } = await import("/www/claimlens.js");
    const result = await highlightAsync(document.getElementById("story"), undefined, onProgress);
    return JSON.stringify({ ...result, timings: undefined });
  });
  assert.equal(staged.out, sync.result, "the result differs from highlight()'s");
  assert.deepEqual(staged.painted, sync.painted);
  assert.ok(staged.scanTicks > 0, "the page ran no task of its own while the worker scanned");
  assert.equal(staged.stages, "paint");
  // And again on the same worker, after a highlight() in between; clear() takes it all off.
  const again = await withTicker(page, async (onProgress) => {
    const cl = await import("/www/claimlens.js");
    (await cl.load()).highlight(document.getElementById("story"));
    const result = await cl.highlightAsync(document.getElementById("story"), undefined, onProgress);
    return JSON.stringify({ ...result, timings: undefined });
  });
  assert.equal(again.out, sync.result);
  assert.deepEqual(again.painted, sync.painted);
  assert.equal(await page.evaluate(async () => { await (await import("/www/claimlens.js")).clear(); return CSS.highlights.size; }), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("highlightAsync: a newer highlight cancels an older one that is still scanning", async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async () => {
    const { highlightAsync } = await import("/www/claimlens.js");
    const story = document.getElementById("story");
    const first = highlightAsync(story).then(() => "finished", (e) => `rejected: ${e.message}`);
    const second = await highlightAsync(story, { categories: ["quotes"] });
    return { first: await first, quotes: second.report.quotes.length,
      names: [...CSS.highlights.keys()].filter((n) => n.startsWith("claimlens-hedge")).length };
  });
  assert.match(r.first, /^rejected: .*replaced/);
  assert.ok(r.quotes > 1000, `${r.quotes} quotes`);
  assert.equal(r.names, 0, "hedges painted though only quotes were asked for");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a CSP that forbids workers: highlightAsync scans on the page's thread, same highlights, nothing thrown", async () => {
  const { page, errors } = await open("script-src 'self' 'wasm-unsafe-eval'; worker-src 'none'");
  // (The CSP forbids eval in the page: each step is its own evaluate.)
  const sync = await page.evaluate(async () => {
    const { load } = await import("/www/claimlens.js");
    const api = await load();
    return JSON.stringify({ ...api.highlight(document.getElementById("story"), { scanBudgetMs: Infinity }), timings: undefined });
  });
  const syncPainted = await page.evaluate(PAINTED);
  const staged = await page.evaluate(async () => {
    const { highlightAsync } = await import("/www/claimlens.js");
    return JSON.stringify({ ...(await highlightAsync(document.getElementById("story"), { scanBudgetMs: Infinity })), timings: undefined });
  });
  assert.equal(staged, sync);
  assert.deepEqual(await page.evaluate(PAINTED), syncPainted);
  // Chromium reports the refused worker on the console; nothing else may go wrong.
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/i.test(e)), []);
  await page.close();
});

test("snippet on a 100,000-word page: worker scan, progress box, the same highlights as the module", async () => {
  for (const csp of [undefined, "script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'; worker-src 'self'"]) {
    const { page, errors } = await open(csp);
    const expected = await page.evaluate(async (painted) => {
      const { load } = await import("/www/claimlens.js");
      const api = await load();
      api.highlight(document.getElementById("story"), { keyboard: true, scanBudgetMs: Infinity });
      const out = new Function(`return (${painted})()`)();
      api.clear();
      return out;
    }, PAINTED.toString());
    const seen = await page.evaluate((snippet) => {
      const seen = { progress: false, ticks: 0 };
      let running = true;
      const tick = () => { seen.ticks++; if (running) setTimeout(tick, 0); };
      setTimeout(tick, 0);
      new MutationObserver(() => { if (document.getElementById("claimlens-progress")) seen.progress = true; })
        .observe(document.documentElement, { childList: true });
      // Counts the reports that come back from a worker (the page's Worker, watched).
      seen.workerReports = 0;
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(...args) {
          super(...args);
          this.addEventListener("message", (e) => { if (e.data?.report) seen.workerReports++; });
        }
      };
      window.__seen = seen;
      window.__stop = () => { running = false; };
      window.claimlensScanBudgetMs = Infinity; // the whole text, as the module's highlight() above
      // As pasted into the console (the CSP does not apply to DevTools; here, eval is allowed).
      (0, eval)(snippet);
      return null;
    }, readFileSync("www/claimlens-snippet.js", "utf8"));
    assert.equal(seen, null);
    await page.waitForFunction(() => document.getElementById("claimlens-panel"), null, { timeout: 60_000 });
    const after = await page.evaluate((painted) => {
      window.__stop();
      return { painted: new Function(`return (${painted})()`)(), seen: window.__seen,
        progressLeft: !!document.getElementById("claimlens-progress") };
    }, PAINTED.toString());
    assert.deepEqual(after.painted, expected, `csp ${csp}`);
    assert.ok(after.seen.progress, "no progress box");
    assert.equal(after.progressLeft, false);
    assert.ok(after.seen.ticks > 5, `${after.seen.ticks} ticks`);
    // Scanned in a blob: worker, or (the CSP forbids blob: workers) on the page's thread.
    assert.equal(after.seen.workerReports, csp ? 0 : 1, `csp ${csp}`);
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/i.test(e)), [], `csp ${csp}`);
    await page.close();
  }
});

/** The samples' paragraphs, repeated to about `words` words. */
const demoText = (words) =>
  paragraphs.join("\n\n").repeat(Math.ceil(words / paragraphs.join(" ").split(/\s+/).length));

/** Pastes `text` into the demo's editor as a paste does (the whole text at once, then one
 *  input event) and waits until it is highlighted. */
async function pasteIntoDemo(page, text) {
  const before = await page.evaluate(() => Number(document.body.dataset.scans));
  await page.click("#edit");
  await page.evaluate((text) => {
    const area = document.getElementById("text");
    area.value = text;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.waitForFunction((n) => Number(document.body.dataset.scans) > n, before, { timeout: 60_000 });
}

/** Runs `body(page, errors)` on the demo page, served and loaded, then closes both. */
async function withDemo(body) {
  const demo = await serve("www");
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  try {
    await page.goto(demo.url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await body(page, errors);
  } finally {
    await page.close();
    await demo.close();
  }
}

test("demo: a pasted 100,000-word text is highlighted through highlightAsync, with its progress in the status line", async () => {
  await withDemo(async (page, errors) => {
    // Watches the status line for the progress of the large text.
    await page.evaluate(() => {
      window.__statuses = new Set();
      new MutationObserver(() => window.__statuses.add(document.getElementById("status").textContent))
        .observe(document.getElementById("status"), { childList: true, subtree: true, characterData: true });
    });
    await pasteIntoDemo(page, demoText(100_000));
    const r = await page.evaluate(() => ({
      statuses: [...window.__statuses], busy: document.body.dataset.busy ?? null,
      quotes: document.querySelector("[data-count=quotes]").textContent,
      status: document.getElementById("status").textContent,
    }));
    assert.ok(r.statuses.some((t) => /Painting the highlights: \d+%/.test(t)), JSON.stringify(r.statuses.slice(0, 5)));
    assert.equal(r.busy, null);
    assert.match(r.quotes, /^\(\d{4,}\)$/);
    assert.match(r.status, /highlighted in \d+ ms/);
    assert.deepEqual(errors, []);
  });
});

// The hard time budget of a scan on the page's thread (`scanBudgetMs`). The page's clock is
// made to jump a second at every reading, so that the first measured slice of the scan
// already spends the whole budget: what follows is deterministic, whatever the machine.
const SLOW_CLOCK = () => {
  let t = performance.now();
  performance.now = () => (t += 1000);
};

test("a scan over its time budget stops at a paragraph's end: highlight() says how far it read, in its result and in the panel", async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async (slow) => {
    const { load } = await import("/www/claimlens.js");
    const api = await load();
    const story = document.getElementById("story");
    const whole = api.highlight(story, { scanBudgetMs: Infinity });
    const text = api.textOf(story);
    new Function(`(${slow})()`)();
    const cut = api.highlight(story);
    api.showPanel();
    const panel = document.getElementById("claimlens-panel")?.shadowRoot?.querySelector(".partial")?.textContent ?? null;
    const ends = [...CSS.highlights].filter(([n]) => n.startsWith("claimlens-"))
      .flatMap(([, h]) => [...h]).map((range) => {
        const probe = document.createRange();
        probe.setStart(story, 0);
        probe.setEnd(range.endContainer, range.endOffset);
        return probe.toString().length;
      });
    return { whole: whole.partial, partial: cut.partial, panel, text, quotes: cut.report.quotes,
      words: [whole.summary.words, cut.summary.words], quotesWhole: whole.report.quotes.length,
      maxPainted: Math.max(...ends), painted: ends.length };
  }, SLOW_CLOCK.toString());
  assert.equal(r.whole, null);
  assert.ok(r.partial, "no partial result");
  assert.equal(r.partial.total_chars, r.text.length);
  assert.equal(r.partial.budget_ms, 1000);
  assert.ok(r.partial.scanned_chars > 10_000 && r.partial.scanned_chars < r.text.length / 4, JSON.stringify(r.partial));
  assert.match(r.text.slice(0, r.partial.scanned_chars), /\n$/, "not cut at a paragraph's end");
  assert.ok(r.quotes.length > 10 && r.quotes.length < r.quotesWhole);
  assert.ok(r.quotes.every((q) => q.end <= r.partial.scanned_chars));
  assert.ok(r.words[1] < r.words[0]);
  assert.ok(r.painted > 10 && r.maxPainted <= r.partial.scanned_chars, `${r.maxPainted} > ${r.partial.scanned_chars}`);
  const percent = Math.floor((100 * r.partial.scanned_chars) / r.partial.total_chars);
  assert.equal(r.panel, `Long text: only its first ${percent}% was scanned, to keep the page responsive.`);
  assert.equal(r.partial.message, r.panel, "the result's message is not the panel's");
  assert.deepEqual(errors, []);
  await page.close();
});

test("scanBudgetMs: Infinity scans everything; a bad budget is refused with a clear error", async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async (slow) => {
    const { load } = await import("/www/claimlens.js");
    const api = await load();
    const story = document.getElementById("story");
    new Function(`(${slow})()`)();
    const out = { unlimited: api.highlight(story, { scanBudgetMs: Infinity }).partial };
    out.refused = [0, -1, NaN, "fast"].map((ms) => {
      try { api.highlight(story, { scanBudgetMs: ms }); return "accepted"; } catch (e) { return e.message; }
    });
    out.healthy = api.healthy();
    return out;
  }, SLOW_CLOCK.toString());
  assert.equal(r.unlimited, null);
  for (const message of r.refused.slice(0, 3)) {
    assert.equal(message, "scanBudgetMs must be a positive number of milliseconds (Infinity: no budget)");
  }
  assert.equal(r.refused[3], "bad highlight options: invalid type: string \"fast\", expected f64");
  assert.equal(r.healthy, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("highlightAsync keeps the budget only where it scans on the page's thread: a worker reads the whole text", async () => {
  for (const csp of [undefined, "script-src 'self' 'wasm-unsafe-eval'; worker-src 'none'"]) {
    const { page, errors } = await open(csp);
    await page.evaluate(SLOW_CLOCK);
    const partial = await page.evaluate(async () => {
      const { highlightAsync } = await import("/www/claimlens.js");
      return (await highlightAsync(document.getElementById("story"))).partial;
    });
    if (csp) assert.ok(partial && partial.scanned_chars < partial.total_chars, "the page's thread read it all");
    else assert.equal(partial, null, "the worker's scan was cut");
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/i.test(e)), [], `csp ${csp}`);
    await page.close();
  }
});

test("snippet where no worker can run: the scan keeps to its budget and the panel says how much it read", async () => {
  const { page, errors } = await open("script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'; worker-src 'self'");
  await page.evaluate(SLOW_CLOCK);
  await page.evaluate((snippet) => { (0, eval)(snippet); }, readFileSync("www/claimlens-snippet.js", "utf8"));
  await page.waitForFunction(() => document.getElementById("claimlens-panel"), null, { timeout: 60_000 });
  const note = await page.evaluate(() => document.getElementById("claimlens-panel").shadowRoot.querySelector(".partial")?.textContent);
  assert.match(note ?? "", /^Long text: only its first \d+% was scanned, to keep the page responsive\.$/);
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/i.test(e)), []);
  await page.close();
});

test("demo: a long text over the budget (a watch list keeps it on the page's thread) says in the status line how much was read", async () => {
  await withDemo(async (page, errors) => {
    const first = await page.evaluate(() => Number(document.body.dataset.scans));
    await page.evaluate(() => {
      const watch = document.getElementById("watch");
      watch.value = "minister";
      watch.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.waitForFunction((n) => Number(document.body.dataset.scans) > n, first, { timeout: 30_000 });
    await page.evaluate(SLOW_CLOCK);
    await pasteIntoDemo(page, demoText(30_000));
    const status = await page.evaluate(() => ({
      text: document.getElementById("status").textContent,
      partial: document.querySelector("#status .partial")?.textContent ?? null,
    }));
    assert.match(status.text, /highlighted in \d+ ms\. Long text: only its first \d+% was scanned, to keep the page responsive\.$/);
    assert.ok(status.partial);
    assert.deepEqual(errors, []);
  });
});
