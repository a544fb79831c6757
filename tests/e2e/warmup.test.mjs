// The worker's warm-up (crates/claimlens-wasm/src/warmup.rs): V8 compiles each wasm function
// on its first call, and the code is the module's, shared by the page and its worker. Once
// the worker has warmed the module up, a page's first highlight() should find most of what
// it runs compiled. Counted, not timed: a Chromium trace lists each function the page's
// thread compiles lazily ("wasm.CompileLazy"). The article is a held-out fixture, written by
// someone else, not one the warm-up was written from. Where a CSP forbids workers nothing
// is warmed, so the same page compiles far more: the control that the count means what it
// says. (Timings: bench/pages.mjs, "after idle".)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

const ARTICLE = readFileSync("tests/fixtures/en-heldout-tech-fitness-app-breach.txt", "utf8");
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>warm-up</title>` +
  `<link rel="icon" href="data:,"></head><body><article>` +
  ARTICLE.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => `<p>${escape(p.trim())}</p>`).join("\n") +
  `</article></body></html>`;
// Fewer than this many functions compiled on the page's thread by its first highlight()
// after the warm-up. Measured at the nineteenth stop: 142 warmed (the facade's DOM code and
// what only it calls), 255 with the warm-up of the eighteenth, about 300 unwarmed.
const WARM_MOST = 200;

let server, browser;
before(async () => {
  server = await serve(".");
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** load(), then (with a worker) wait until it has warmed up; then highlight() the article under
 *  a trace. Returns how many functions the page's thread compiled during the highlight. */
async function lazyCompilesOfFirstHighlight(csp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const at = `${server.url}tests/warmup-page.html`;
  await page.route(at, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8", body: PAGE,
    headers: csp ? { "content-security-policy": csp } : {},
  }));
  await page.goto(at);
  await page.evaluate(async () => {
    // Hears the worker say it is ready (it says so once its warm-up has run).
    window.__workerReady = false;
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(...args) {
        super(...args);
        this.addEventListener("message", (e) => { if (e.data?.ready) window.__workerReady = true; });
      }
    };
    window.__claimlens = await (await import("/www/claimlens.js")).load();
  });
  if (!csp) await page.waitForFunction(() => window.__workerReady, null, { timeout: 30_000 });
  else await page.waitForTimeout(1500); // as long as a worker would have had
  await browser.startTracing(page, { categories: ["blink.user_timing", "v8.wasm", "disabled-by-default-v8.wasm.detailed"] });
  const found = await page.evaluate(() => {
    performance.mark("claimlens-test-go");
    const { report } = window.__claimlens.highlight(window.__claimlens.findArticle());
    performance.mark("claimlens-test-done");
    return report.quotes.length;
  });
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")).traceEvents;
  await context.close();
  assert.ok(found > 0, "the article has quotes");
  assert.deepEqual(errors.filter((e) => !/worker-src|Content Security Policy/.test(e)), []);
  const go = trace.find((e) => e.name === "claimlens-test-go");
  const done = trace.find((e) => e.name === "claimlens-test-done");
  assert.ok(go && done, "the trace has the page's marks");
  return trace.filter((e) => e.name === "wasm.CompileLazy" && e.pid === go.pid && e.tid === go.tid &&
    e.ts >= go.ts && e.ts <= done.ts).length;
}

test("warm_up_leaves_little_to_compile_for_a_page's_first_highlight", async () => {
  const warmed = await lazyCompilesOfFirstHighlight();
  const cold = await lazyCompilesOfFirstHighlight("script-src 'self' 'wasm-unsafe-eval'; worker-src 'none'");
  assert.ok(warmed > 0, "the trace counted no compile at all: it did not see what it should");
  assert.ok(warmed < WARM_MOST, `the page's thread compiled ${warmed} functions after the warm-up (fewer than ${WARM_MOST} expected)`);
  assert.ok(cold > warmed + 100, `with no worker, ${cold} against ${warmed} warmed: the warm-up made no difference`);
});
