// `make bench` (the scan's time budget): pages of 100,000, 300,000 and 1,000,000 words
// highlighted by the synchronous highlight() in headless Chromium, with the default budget
// (scanBudgetMs 1000) and without one (Infinity), alternating in one tab, RUNS times each.
// For each: the call's time, the scan's own time (result.timings.scan_ms), and how much of
// the text was scanned (result.partial). The budget holds when the budgeted scan stays near
// 1000 ms however large the page.
// Usage: node bench/budget.mjs [RUNS]     (after `make pkg`)
import { serve } from "../scripts/serve.mjs";
import { paragraphs } from "./samples.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.argv[2] ?? 3);
const SIZES = [100_000, 300_000, 1_000_000];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

const server = await serve(".");
const browser = await launch();
try {
  console.log("| words | budget | call ms, median (min–max) | scan ms | text scanned |");
  console.log("|---|---|---|---|---|");
  for (const words of SIZES) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${server.url}bench/host.html`);
    await tab.evaluate(async ([paras, words]) => {
      const root = document.createElement("main");
      for (let i = 0, n = 0; n < words; i++) {
        const p = document.createElement("p");
        p.textContent = paras[i % paras.length];
        root.append(p);
        n += paras[i % paras.length].split(/\s+/).length;
      }
      document.body.append(root);
      window.api = await (await import("/www/claimlens.js")).load();
      window.api.highlight(root, { categories: [] }); // warms the module up
      window.api.clear();
    }, [paragraphs, words]);
    const rows = { 1000: [], Infinity: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const budget of run % 2 ? [Infinity, 1000] : [1000, Infinity]) {
        rows[budget].push(await tab.evaluate((budget) => {
          const root = document.querySelector("main");
          const t0 = performance.now();
          const result = window.api.highlight(root, { scanBudgetMs: budget });
          const ms = performance.now() - t0;
          window.api.clear();
          const p = result.partial;
          return { ms, scan: result.timings.scan_ms, share: p ? p.scanned_chars / p.total_chars : 1 };
        }, budget));
      }
    }
    for (const budget of [1000, Infinity]) {
      const r = rows[budget];
      const shares = r.map((x) => x.share);
      console.log(`| ${words.toLocaleString("en")} | ${budget === Infinity ? "none" : `${budget} ms`} | ` +
        `${fmt(r.map((x) => x.ms))} | ${fmt(r.map((x) => x.scan))} | ` +
        `${Math.round(100 * Math.min(...shares))}–${Math.round(100 * Math.max(...shares))}% |`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
