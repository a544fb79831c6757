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
try {
  // First-call initialisation, in fresh tabs: load() (fetch, compile, instantiate), then
  // the first scan of one sentence against the next ones.
  const inits = [];
  for (let i = 0; i < 5; i++) {
    const tab = await browser.newPage();
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
    await tab.close();
  }
  const mid = (k) => [...inits.map((x) => x[k])].sort((a, b) => a - b)[2];
  console.log(`wasm first call (median of 5 fresh tabs): load() ${mid("load").toFixed(1)} ms, first scan of one ` +
    `sentence ${mid("first").toFixed(2)} ms, warm ${mid("warm").toFixed(3)} ms: init ${Math.max(0, mid("first") - mid("warm")).toFixed(2)} ms`);
  const page = await browser.newPage();
  await page.goto(server.url + "index.html");
  const r = await page.evaluate(async (text) => {
    const { load } = await import("./claimlens.js");
    const api = await load();
    let found = api.scan(text).quotes.length; // warm-up
    const runs = 30;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) found = api.scan(text).quotes.length;
    return { ms: (performance.now() - t0) / runs, found };
  }, text);
  const bytes = Buffer.byteLength(text, "utf8");
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(`wasm scan in Chromium: ${words} words, ${bytes} bytes, ${r.found} quotes: ` +
    `${r.ms.toFixed(2)} ms/scan, ${(bytes / r.ms / 1e3).toFixed(1)} MB/s (includes the JS<->wasm copy of text and report)`);
  for (const f of ["www/pkg/claimlens_bg.wasm", "www/pkg/claimlens.js", "www/claimlens.js"]) {
    const buf = readFileSync(f);
    console.log(`size ${f}: ${buf.length} B raw, ${gzipSync(buf, { level: 9 }).length} B gzip -9`);
  }
} finally {
  await browser.close();
  await server.close();
}
