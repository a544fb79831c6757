// The bookmarklet's route on real pages: on each page of the article-extraction-benchmark
// (AEB_DIR in eval/datasets.env), a fresh tab appends <script src=claimlens-snippet.js> as
// the bookmarklet does, and times it from the append to the snippet's panel (or its
// message) in the page: fetching the 1.2 MB script, decoding and compiling its inlined wasm,
// findArticle() and the first highlight. Prints the median and p90; "skipped" without the
// corpus. Nothing leaves the machine: pages come from memory, the snippet from this server.
// Usage: node bench/snippet.mjs [--limit N] [--base FILE]     (after `make pkg`)
//   --base FILE: another snippet (repo-relative, e.g. one built from an earlier commit with
//   `node scripts/build-snippet.mjs target/snippet target/snippet-base.js`), timed in the
//   same run, page by page alternating with this one.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { aebKeys, datasetDir, routeAebPages } from "../scripts/datasets.mjs";
import { serve } from "../scripts/serve.mjs";
import { launch, v8Flags } from "../tests/e2e/browser.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const LIMIT = Number(option("--limit") ?? 40);
const BASE = option("--base");

const AEB = datasetDir("AEB_DIR");
if (!AEB || !existsSync(join(AEB, "html"))) {
  console.log("bench snippet: skipped (no AEB_DIR in eval/datasets.env)");
  process.exit(0);
}
const keys = aebKeys(AEB).slice(0, LIMIT);
const builds = [["this build", "www/claimlens-snippet.js"], ...(BASE ? [["base", BASE.replace(/^\.?\/+/, "")]] : [])];

const server = await serve(fileURLToPath(new URL("..", import.meta.url)), 0);
const browser = await launch(v8Flags());
const context = await browser.newContext();
await routeAebPages(context, server.url, AEB);

const times = Object.fromEntries(builds.map(([name]) => [name, []]));
let turn = 0;
try {
  for (const key of keys) {
    const runs = turn++ % 2 ? [...builds].reverse() : builds;
    for (const [name, file] of runs) {
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}aeb/${key}.html`, { waitUntil: "load", timeout: 20_000 });
        await page.waitForTimeout(300);
        const ms = await page.evaluate(async (src) => {
          const found = () => document.getElementById("claimlens-panel") || document.getElementById("claimlens-message");
          const t0 = performance.now();
          const shown = new Promise((resolve) => {
            const watch = new MutationObserver(() => { if (found()) { watch.disconnect(); resolve(performance.now()); } });
            watch.observe(document.documentElement, { childList: true, subtree: true });
          });
          const script = document.createElement("script");
          script.src = src;
          document.documentElement.appendChild(script);
          return (await shown) - t0;
        }, `${server.url}${file}`);
        times[name].push(ms);
      } catch { /* a page that navigates itself away: left out */ }
      await page.close().catch(() => {});
    }
  }
} finally {
  await browser.close();
  server.close();
}

const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
for (const [name, file] of builds) {
  const xs = times[name].sort((a, b) => a - b);
  if (!xs.length) throw new Error(`${file}: none of the ${keys.length} pages could be timed`);
  console.log(`bookmarklet route (${file}), ${xs.length} pages: script appended → panel, ` +
    `median ${q(xs, 0.5).toFixed(1)} ms, p90 ${q(xs, 0.9).toFixed(1)} ms`);
}
