// `make bench` (wasm part): claimlens.scan as WebAssembly inside headless Chromium on the
// same 10,000-word text as the native bench, plus the wasm package size raw and gzipped.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { serve } from "../scripts/serve.mjs";
import { article } from "./samples.mjs";
import { launch } from "../tests/e2e/browser.mjs";


const text = article(10_000);
const server = await serve("www");
const browser = await launch();
// The same browser with V8 compiling every wasm function when the module loads, instead of
// on its first call: what the first scan then takes is claimlens's own initialisation.
const eager = await launch(["--js-flags=--no-wasm-lazy-compilation"]);

/** load() and the first scans of one sentence in 5 fresh tabs of `browser`, each in a context
 * of its own (no renderer, cache or compiled code shared with an earlier tab): medians. */
async function firstCalls(browser) {
  const inits = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.url + "claimlens.js"); // this origin, and no page scripts
    inits.push(await tab.evaluate(async () => {
      const short = "“No deal,” US President Donald Trump said. Critics say talks may resume.";
      const t0 = performance.now();
      const api = await (await import("./claimlens.js")).load();
      const t1 = performance.now();
      api.scan(short);
      const t2 = performance.now();
      for (let k = 0; k < 100; k++) api.scan(short);
      const warm = (performance.now() - t2) / 100;
      return { load: t1 - t0, first: t2 - t1, warm };
    }));
    await context.close();
  }
  const mid = (k) => [...inits.map((x) => x[k])].sort((a, b) => a - b)[2];
  return { load: mid("load"), first: mid("first"), warm: mid("warm") };
}

try {
  const lazy = await firstCalls(browser);
  console.log(`wasm first call (median of 5 fresh tabs): load() ${lazy.load.toFixed(1)} ms, first scan of one ` +
    `sentence ${lazy.first.toFixed(2)} ms, warm ${lazy.warm.toFixed(3)} ms: init ${Math.max(0, lazy.first - lazy.warm).toFixed(2)} ms`);
  const early = await firstCalls(eager);
  console.log(`  with V8 compiling the module at load (--no-wasm-lazy-compilation): load() ${early.load.toFixed(1)} ms, ` +
    `first scan ${early.first.toFixed(2)} ms, warm ${early.warm.toFixed(3)} ms: claimlens's own init ` +
    `${Math.max(0, early.first - early.warm).toFixed(2)} ms; the rest of the first call is V8 compiling functions on first use`);
  // Warm scans. V8 runs a function first as baseline code (Liftoff) and recompiles the hot
  // ones optimised (TurboFan) in the background, so the time per scan falls over the first
  // few dozen scans of this text. Two figures: the mean of scans 2 to 31 (what a page that
  // scans a few times meets) and the steady state, the median of scans 61 to 100.
  const page = await browser.newPage();
  await page.goto(server.url + "index.html");
  const r = await page.evaluate(async (text) => {
    const { load } = await import("./claimlens.js");
    const api = await load();
    let found = 0;
    const times = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      found = api.scan(text).quotes.length;
      times.push(performance.now() - t0);
    }
    return { times, found };
  }, text);
  const early30 = r.times.slice(1, 31).reduce((a, b) => a + b, 0) / 30;
  const steady = r.times.slice(60).sort((a, b) => a - b)[20];
  const bytes = Buffer.byteLength(text, "utf8");
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(`wasm scan in Chromium: ${words} words, ${bytes} bytes, ${r.found} quotes (the JS<->wasm copy of text ` +
    `and report included): first scan ${r.times[0].toFixed(2)} ms; scans 2-31 ${early30.toFixed(2)} ms/scan ` +
    `(tiering up); steady state ${steady.toFixed(2)} ms/scan, ${(bytes / steady / 1e3).toFixed(1)} MB/s ` +
    `(median of scans 61-100)`);
  for (const f of ["www/pkg/claimlens_bg.wasm", "www/pkg/claimlens.js", "www/claimlens.js"]) {
    const buf = readFileSync(f);
    console.log(`size ${f}: ${buf.length} B raw, ${gzipSync(buf, { level: 9 }).length} B gzip -9`);
  }
} finally {
  await eager.close();
  await browser.close();
  await server.close();
}
