// `node bench/read.mjs [BASE_DIR] [--aeb N] [PAGE.html …]`: reading a live page's text,
// findArticle() then textOf(), in headless Chromium on the test pages (tests/pages/*.html by
// default) or on N real news pages of the article-extraction-benchmark (AEB_DIR, as
// scripts/realpages.mjs finds it; their own requests to other hosts are aborted): median ms
// per page over RUNS calls, module warm. With BASE_DIR (a directory holding another
// build's claimlens.js and pkg/, e.g. one made from main), both builds are timed in the same
// run, alternately, on the same pages, and their texts are checked to be identical.
import { existsSync, readdirSync, statSync } from "node:fs";
import { aebKeys, datasetDir, routeAebPages } from "../scripts/datasets.mjs";
import { serve } from "../scripts/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const RUNS = 40;
const args = process.argv.slice(2);
const base = args[0] && existsSync(args[0]) && statSync(args[0]).isDirectory() ? args.shift() : null;
const aebAt = args.indexOf("--aeb");
const aebCount = aebAt >= 0 ? Number(args.splice(aebAt, 2)[1]) : 0;
const aebDir = datasetDir("AEB_DIR");
let pages = args;
if (aebCount) {
  const keys = aebKeys(aebDir);
  const step = Math.max(1, Math.floor(keys.length / aebCount));
  pages = keys.filter((_, i) => i % step === 0).slice(0, aebCount).map((k) => `aeb/${k}.html`);
} else if (!pages.length) {
  pages = readdirSync("tests/pages").filter((f) => f.endsWith(".html")).sort().map((f) => `tests/pages/${f}`);
}
const builds = [["head", "/www/claimlens.js"], ...(base ? [["base", `/${base.replace(/\/$/, "")}/claimlens.js`]] : [])];

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve(".");
const browser = await launch();
const all = Object.fromEntries(builds.map(([name]) => [name, []]));
try {
  for (const file of pages) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await routeAebPages(page, server.url, aebDir);
    await page.goto(`${server.url}${file}`, { waitUntil: "load" });
    const r = await page.evaluate(async ({ builds, runs }) => {
      const apis = [];
      for (const [name, src] of builds) apis.push([name, await (await import(src)).load()]);
      const read = (api) => api.textOf(api.findArticle());
      const times = Object.fromEntries(builds.map(([name]) => [name, []]));
      const texts = Object.fromEntries(apis.map(([name, api]) => [name, read(api)])); // warm-up
      for (let i = 0; i < runs; i++) {
        for (const [name, api] of i % 2 ? apis.slice().reverse() : apis) {
          const t0 = performance.now();
          read(api);
          times[name].push(performance.now() - t0);
        }
      }
      return { times, texts, elements: document.getElementsByTagName("*").length };
    }, { builds, runs: RUNS }).catch((e) => ({ error: e.message.split("\n")[0] }));
    if (r.error) {
      console.log(`${file}: skipped (${r.error})`);
      await page.close();
      continue;
    }
    const row = builds.map(([name]) => {
      const m = median(r.times[name]);
      all[name].push(m);
      return `${name} ${m.toFixed(2)} ms`;
    });
    const same = base ? (r.texts.head === r.texts.base ? ", same text" : ", TEXT DIFFERS") : "";
    console.log(`${file} (${r.elements} elements, ${r.texts.head.length} chars): ${row.join(", ")}${same}`);
    if (base && r.texts.head !== r.texts.base) process.exitCode = 1;
    await page.close();
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  console.log(`findArticle + textOf, sum of per-page medians over ${pages.length} pages: ` +
    builds.map(([name]) => `${name} ${sum(all[name]).toFixed(2)} ms`).join(", "));
} finally {
  await browser.close();
  await server.close();
}
