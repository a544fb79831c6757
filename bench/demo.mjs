// The demo page's cold start in headless Chromium: time from navigation start to the first
// highlight (the page's performance.mark "claimlens-first-highlight"), median of fresh
// page loads (new browser context each: empty cache), and the size of the wasm, JS and
// CSS the page loads, raw and gzipped (level 9). Prints a markdown table.
// Usage: node bench/demo.mjs [RUNS] [DIR...]      (after `make pkg`; DIR default www)
// With several DIRs (say www and a copy of an earlier build's www), their loads alternate
// in one run, so that they are compared on the same machine at the same moment.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { serve } from "../scripts/serve.mjs";
import { launch, v8Flags } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const DIRS = process.argv.length > 3 ? process.argv.slice(3) : ["www"];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const servers = await Promise.all(DIRS.map((d) => serve(d)));
const browser = await launch(v8Flags());
const times = DIRS.map(() => []);
const loaded = DIRS.map(() => new Set());
try {
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < DIRS.length; k++) {
      const d = (i + k) % DIRS.length; // alternate which goes first
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.on("request", (r) => loaded[d].add(new URL(r.url()).pathname));
      await page.goto(servers[d].url);
      await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
      times[d].push(await page.evaluate(() => performance.getEntriesByName("claimlens-first-highlight", "mark")[0].startTime));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}

const kb = (n) => `${n.toLocaleString("en")} B`;
console.log(`## Demo page cold load (headless Chromium, ${RUNS} fresh loads${DIRS.length > 1 ? " each, alternating" : ""})\n`);
for (let d = 0; d < DIRS.length; d++) {
  const files = [...loaded[d]].filter((p) => /\.(wasm|js|css)$/.test(p)).sort().map((p) => {
    const buf = readFileSync(join(DIRS[d], decodeURIComponent(p)));
    return { path: p.slice(1), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  console.log(`### ${DIRS[d]}\n`);
  console.log("| what | figure |\n|---|---|");
  console.log(`| navigation start → first highlight, median | ${median(times[d]).toFixed(0)} ms |`);
  console.log(`| fastest / slowest | ${Math.min(...times[d]).toFixed(0)} / ${Math.max(...times[d]).toFixed(0)} ms |`);
  console.log(`| wasm + JS + CSS (${files.length} files) | ${kb(total.raw)} raw, ${kb(total.gzip)} gzip -9 |`);
  console.log("\n| file | raw | gzip -9 |\n|---|---:|---:|");
  for (const f of files) console.log(`| ${f.path} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  console.log(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** |\n`);
}
