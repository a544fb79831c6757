// The demo page's cold start in headless Chromium: time from navigation start to the first
// highlight (the page's performance.mark "claimlens-first-highlight"), median of fresh
// page loads (new browser context each: empty cache), and the size of the wasm, JS and
// CSS the page loads, raw and gzipped (level 9). Prints a markdown table.
// Usage: node bench/demo.mjs [RUNS]      (after `make pkg`)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { serve } from "../scripts/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve("www");
const browser = await launch();
const times = [];
const loaded = new Set();
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on("request", (r) => loaded.add(new URL(r.url()).pathname));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName("claimlens-first-highlight", "mark")[0].startTime));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const files = [...loaded].filter((p) => /\.(wasm|js|css)$/.test(p)).sort().map((p) => {
  const buf = readFileSync(join("www", decodeURIComponent(p)));
  return { path: p.slice(1), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
const kb = (n) => `${n.toLocaleString("en")} B`;

console.log(`## Demo page cold load (headless Chromium, ${RUNS} fresh loads)\n`);
console.log("| what | figure |\n|---|---|");
console.log(`| navigation start → first highlight, median | ${median(times).toFixed(0)} ms |`);
console.log(`| fastest / slowest | ${Math.min(...times).toFixed(0)} / ${Math.max(...times).toFixed(0)} ms |`);
console.log(`| wasm + JS + CSS (${files.length} files) | ${kb(total.raw)} raw, ${kb(total.gzip)} gzip -9 |`);
console.log("\n| file | raw | gzip -9 |\n|---|---:|---:|");
for (const f of files) console.log(`| ${f.path} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
console.log(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`);
