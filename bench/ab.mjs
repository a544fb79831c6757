// Side-by-side wasm scan speed of two builds in one Chromium tab: this tree's www/ (A) and
// another www/ directory (B, for example a copy of an older commit's `make pkg` output), on
// the 10,000-word text of bench/wasm.mjs, alternating A and B RUNS times (after a warm-up),
// so that both see the same machine load. Prints each median and the ratio B / A.
// Usage: node bench/ab.mjs BASE_WWW [RUNS]     (after `make pkg`)
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "../scripts/serve.mjs";
import { article } from "./samples.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const base = resolve(process.argv[2] ?? "");
const RUNS = Number(process.argv[3] ?? 21);
if (!process.argv[2]) throw new Error("usage: node bench/ab.mjs BASE_WWW [RUNS]");
const text = article(10_000);

// One origin for both (a module cannot be imported across origins): a directory of two links.
const root = mkdtempSync(join(tmpdir(), "claimlens-ab-"));
symlinkSync(resolve("www"), join(root, "a"));
symlinkSync(base, join(root, "b"));
const server = await serve(root);
const browser = await launch();
try {
  const tab = await browser.newPage();
  await tab.goto(server.url + "a/index.html");
  const r = await tab.evaluate(async ([text, urls, runs]) => {
    const apis = [];
    for (const url of urls) apis.push(await (await import(url + "claimlens.js")).load());
    for (const api of apis) for (let i = 0; i < 3; i++) api.scan(text); // warm-up
    const times = apis.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const k of run % 2 ? [1, 0] : [0, 1]) {
        const t0 = performance.now();
        apis[k].scan(text);
        times[k].push(performance.now() - t0);
      }
    }
    return times;
  }, [text, [server.url + "a/", server.url + "b/"], RUNS]);
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const [ma, mb] = r.map(median);
  console.log(`wasm scan of ${text.length} chars, median of ${RUNS} alternating runs: ` +
    `A (www) ${ma.toFixed(2)} ms, B (${base}) ${mb.toFixed(2)} ms; B / A = ${(mb / ma).toFixed(3)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true });
}
