// `make bench` (long tasks): a 100,000-word page highlighted in headless Chromium by
// highlight() (one task: read, scan, paint) and by highlightAsync() (the scan in a Web
// Worker, painting in slices), alternating in one tab, RUNS times each. For each: the time
// from the call to the result, the longest main-thread task that the PerformanceObserver
// reports ('longtask': tasks over 50 ms; "none" when there is none), and the longest gap
// between two zero-delay timer ticks (the page's own tasks wait that long at most). Then
// each of highlightAsync()'s tasks on the page's thread, timed on its own.
// Usage: node bench/longtask.mjs [RUNS] [WORDS]     (after `make pkg`)
import { serve } from "../scripts/serve.mjs";
import { paragraphs } from "./samples.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const WORDS = Number(process.argv[3] ?? 100_000);
const paras = [];
for (let i = 0, n = 0; n < WORDS; i++) {
  paras.push(paragraphs[i % paragraphs.length]);
  n += paragraphs[i % paragraphs.length].split(/\s+/).length;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(".");
const browser = await launch();
const rows = { sync: [], async: [], stages: [] };
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`${server.url}bench/host.html`);
  await tab.evaluate(async (paras) => {
    const root = document.createElement("main");
    for (const t of paras) {
      const p = document.createElement("p");
      p.textContent = t;
      root.append(p);
    }
    document.body.append(root);
    window.cl = await import("/www/claimlens.js");
    window.api = await window.cl.load();
    // A first large highlightAsync starts the worker (kept for the runs that follow).
    await window.cl.highlightAsync(root);
    window.api.clear();
  }, paras);
  for (let run = 0; run < RUNS; run++) {
    for (const engine of run % 2 ? ["async", "sync"] : ["sync", "async"]) {
      rows[engine].push(await tab.evaluate(async (engine) => {
        const root = document.querySelector("main");
        const long = [];
        const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: "longtask" });
        let last = performance.now(), gap = 0, running = true;
        const tick = () => {
          const now = performance.now();
          gap = Math.max(gap, now - last);
          last = now;
          if (running) setTimeout(tick, 0);
        };
        setTimeout(tick, 0);
        await new Promise((r) => setTimeout(r, 20));
        gap = 0;
        const t0 = performance.now();
        const result = engine === "sync" ? window.api.highlight(root, { scanBudgetMs: Infinity }) : await window.cl.highlightAsync(root);
        const ms = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 50)); // the observer reports a little later
        running = false;
        observer.disconnect();
        const quotes = result.report.quotes.length;
        window.api.clear();
        return { ms, longest: long.length ? Math.max(...long) : 0, longTasks: long.length, gap, quotes };
      }, engine));
    }
  }
  // Each stage of highlightAsync() as its own task, timed (the worker's scan done here).
  for (let run = 0; run < RUNS; run++) {
    rows.stages.push(await tab.evaluate(async () => {
      const g = await import("/www/pkg/claimlens.js"); // the instance claimlens.js loaded
      const root = document.querySelector("main");
      const out = {};
      let t = performance.now();
      const lap = (k) => { const now = performance.now(); out[k] = Math.max(out[k] ?? 0, now - t); t = now; };
      const token = g.beginHighlight(root, undefined);
      let text;
      while ((text = g.readSome(token, 8)) === undefined) lap("a slice of reading the text (longest)");
      lap("a slice of reading the text (longest)");
      const bytes = g.scanForPage(text); t = performance.now();
      g.finishHighlight(token, bytes, 0); lap("put the report in place");
      g.paintSome(token, 8); lap("ready the paint queue");
      while (g.paintSome(token, 8) > 0) lap("a paint slice (longest)");
      lap("a paint slice (longest)");
      g.highlightResult(token); lap("the result");
      g.clear();
      return out;
    }));
  }
} finally {
  await browser.close();
  await server.close();
}
const fmt = (xs, k) => `${median(xs.map((x) => x[k])).toFixed(0)} (${Math.min(...xs.map((x) => x[k])).toFixed(0)}–${Math.max(...xs.map((x) => x[k])).toFixed(0)})`;
console.log(`${WORDS.toLocaleString("en")}-word page in headless Chromium, ${RUNS} runs each, alternating in one tab; ` +
  `median (min–max) ms, ${rows.sync[0].quotes} quotes`);
console.log("| path | call → result | longest long task (0: none over 50 ms) | long tasks | longest gap between timer ticks |");
console.log("|---|---|---|---|---|");
for (const [name, label] of [["sync", "highlight() (one task)"], ["async", "highlightAsync() (worker scan, sliced paint)"]]) {
  const xs = rows[name];
  console.log(`| ${label} | ${fmt(xs, "ms")} | ${fmt(xs, "longest")} | ${median(xs.map((x) => x.longTasks))} | ${fmt(xs, "gap")} |`);
}
console.log(`\nhighlightAsync()'s tasks on the page's thread, median (min–max) ms of ${RUNS} runs:`);
console.log("| task | ms |\n|---|---|");
for (const k of Object.keys(rows.stages[0])) console.log(`| ${k} | ${fmt(rows.stages, k)} |`);
