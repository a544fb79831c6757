// The "typical news page" route of the speed issue, phase by phase: on each page of the
// article-extraction-benchmark (AEB_DIR in eval/datasets.env), a fresh tab loads the ES
// module, then times findArticle() and the first highlight() (its own collect / scan /
// render timings), then clear() and a second highlight() of the same element: the
// difference between the two is what the first call pays to start (V8 compiles wasm
// functions on their first use). Each page is timed twice, in two fresh tabs: the calls
// right after load() ("at once"), and 300 ms later ("after idle": the worker has warmed
// the module up meanwhile). Prints medians and p90s; "skipped" without the corpus.
// Usage: node bench/pages.mjs [--limit N] [--base DIR]      (after `make pkg`)
//   --base DIR: another build's www (its claimlens.js and pkg/, e.g. a copy made from
//   main) timed in the same run, tab for tab alternating with this one.
// V8_FLAGS="…" in the environment runs the browser with those V8 flags, to take the first call
// apart: "--no-wasm-lazy-compilation" compiles every wasm function with the baseline compiler
// in load(); "--no-wasm-lazy-compilation --no-liftoff" compiles them optimised there, so that
// the calls after load() run as a warm module's would (bench/demo.mjs, bench/dom.mjs and bench/snippet.mjs too).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { aebKeys, datasetDir, routeAebPages } from "../scripts/datasets.mjs";
import { serve } from "../scripts/serve.mjs";
import { launch, v8Flags } from "../tests/e2e/browser.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const LIMIT = Number(option("--limit") ?? Infinity);
const BASE = option("--base");
const IDLE_MS = 300;

const AEB = datasetDir("AEB_DIR");
if (!AEB || !existsSync(join(AEB, "html"))) {
  console.log("bench pages: skipped (no AEB_DIR in eval/datasets.env)");
  process.exit(0);
}
const keys = aebKeys(AEB).slice(0, LIMIT);
const builds = [["this build", "www"], ...(BASE ? [["base", BASE.replace(/^\.?\/+|\/+$/g, "")]] : [])];
const scenarios = [["at once", 0], ["after idle", IDLE_MS]];

const server = await serve(fileURLToPath(new URL("..", import.meta.url)), 0);
const browser = await launch(v8Flags());
const context = await browser.newContext();
// Pages come from memory; only this server answers (no page reaches out).
await routeAebPages(context, server.url, AEB);

const rows = {}; // "build|scenario" -> rows
let turn = 0;
try {
  for (const key of keys) {
    const runs = builds.flatMap(([name, dir]) => scenarios.map(([scenario, idle]) => [name, dir, scenario, idle]));
    if (turn++ % 2) runs.reverse(); // neither build nor scenario always goes first
    for (const [name, dir, scenario, idle] of runs) {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      try {
        await page.goto(`${server.url}aeb/${key}.html`, { waitUntil: "load", timeout: 20_000 });
        await page.waitForTimeout(100);
        const r = await page.evaluate(async ([src, idle]) => {
          const t0 = performance.now();
          const api = await (await import(src)).load();
          const t1 = performance.now();
          if (idle) await new Promise((resolve) => setTimeout(resolve, idle));
          const t1b = performance.now();
          const el = api.findArticle();
          const t2 = performance.now();
          const first = api.highlight(el, { scanBudgetMs: Infinity });
          const t3 = performance.now();
          api.clear();
          const t4 = performance.now();
          const second = api.highlight(el, { scanBudgetMs: Infinity });
          const t5 = performance.now();
          api.clear();
          const t6 = performance.now();
          api.findArticle();
          const t7 = performance.now();
          return { load: t1 - t0, find: t2 - t1b, first: t3 - t2, second: t5 - t4, find2: t7 - t6, chars: first.summary.words,
            f: first.timings, s: second.timings };
        }, [`${server.url}${dir}/claimlens.js`, idle]);
        (rows[`${name}|${scenario}`] ??= []).push(r);
      } catch { /* a page that navigates itself away: left out */ }
      await page.close().catch(() => {});
    }
  }
} finally {
  await browser.close();
  server.close();
}

const all = Object.values(rows).flat();
if (all.length === 0) throw new Error(`none of the ${keys.length} pages could be read`);
const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`${keys.length} pages, words of the article: median ${q(all.map((r) => r.chars).sort((a, b) => a - b), 0.5)}`);
for (const [scenario] of scenarios) {
  for (const [name] of builds) {
    const list = rows[`${name}|${scenario}`] ?? [];
    if (!list.length) continue;
    console.log(`${name}, ${scenario}${scenario === "after idle" ? ` (${IDLE_MS} ms after load())` : ""}: ${list.length} pages`);
    const show = (label, f) => {
      const xs = list.map(f).sort((a, b) => a - b);
      console.log(`  ${label.padEnd(44)} median ${q(xs, 0.5).toFixed(1).padStart(6)} ms   p90 ${q(xs, 0.9).toFixed(1).padStart(6)} ms`);
    };
    show("load() (fetch, compile, instantiate)", (r) => r.load);
    show("findArticle()", (r) => r.find);
    show("findArticle() + first highlight()", (r) => r.find + r.first);
    show("  first highlight(): collect", (r) => r.f.collect_ms);
    show("  first highlight(): scan", (r) => r.f.scan_ms);
    show("  first highlight(): render", (r) => r.f.render_ms);
    show("second findArticle()", (r) => r.find2);
    show("second highlight() of the same element", (r) => r.second);
  }
}
