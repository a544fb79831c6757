// `make bench` (page part): highlighting a page in headless Chromium, measured side by side
// in one run on the same page and the same ranges:
//   - a bare TreeWalker pass over the text nodes (the floor: reading the text, nothing more);
//   - claimlens highlight(): Highlight API mode and mark mode (with its own split into
//     collecting the text, scanning it and painting);
//   - mark.js markRanges() wrapping the same ranges in <mark> elements.
// Pages of 1k, 10k and 100k words are built from the demo samples, one <p> per paragraph.
import { readdirSync, readFileSync } from "node:fs";
import { serve } from "../scripts/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const paragraphs = readdirSync("www/samples").filter((f) => f.endsWith(".txt")).sort()
  .flatMap((f) => readFileSync(`www/samples/${f}`, "utf8").split("\n").filter((l) => l.trim()));
function page(words) {
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out;
}

const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve(".");
const browser = await launch();
const rows = [];
try {
  for (const words of [1_000, 10_000, 100_000]) {
    const paras = page(words);
    const tab = await browser.newPage();
    await tab.goto(`${server.url}www/index.html`);
    await tab.addScriptTag({ path: "node_modules/mark.js/dist/mark.min.js" });
    const r = await tab.evaluate(async ({ paras, RUNS }) => {
      const { load } = await import("/www/claimlens.js");
      const cl = await load();
      document.body.replaceChildren();
      const root = document.createElement("main");
      for (const t of paras) {
        const p = document.createElement("p");
        p.textContent = t;
        root.append(p);
      }
      document.body.append(root);
      const time = (f) => { const t0 = performance.now(); const v = f(); return [performance.now() - t0, v]; };
      const out = { walker: [], hl: [], hlSplit: [], mark: [], markSplit: [], markjs: [] };
      let ranges = [];
      for (let run = 0; run < RUNS; run++) {
        out.walker.push(time(() => {
          const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let s = 0;
          while (w.nextNode()) s += w.currentNode.data.length;
          return s;
        })[0]);
        const [hl, res] = time(() => cl.highlight(root, { tooltips: false }));
        out.hl.push(hl);
        out.hlSplit.push(res.timings);
        const items = [...res.report.quotes, ...res.report.attributions,
          ...res.report.hedges, ...res.report.hedges.map((h) => ({ start: h.claim_start, end: h.claim_end }))];
        cl.clear();
        const [mk, resm] = time(() => cl.highlight(root, { mode: "mark", tooltips: false }));
        out.mark.push(mk);
        out.markSplit.push(resm.timings);
        out.marks = root.querySelectorAll("mark").length;
        cl.clear();
        // The same ranges for mark.js, whose text has no line breaks between paragraphs:
        // claimlens's offset minus the paragraphs (one "\n" each) before it.
        const ends = [];
        let at = 0;
        for (const p of root.children) { at += p.textContent.length + 1; ends.push(at); }
        const shift = (pos) => { let lo = 0, hi = ends.length; while (lo < hi) { const m = (lo + hi) >> 1; if (ends[m] <= pos) lo = m + 1; else hi = m; } return pos - lo; };
        ranges = items.map((i) => ({ start: shift(i.start), length: shift(i.end) - shift(i.start) }))
          .filter((r) => r.length > 0).sort((a, b) => a.start - b.start);
        const instance = new Mark(root);
        out.markjs.push(time(() => instance.markRanges(ranges, { className: "markjs" }))[0]);
        out.markjsMarks = root.querySelectorAll("mark.markjs").length;
        instance.unmark();
      }
      out.ranges = ranges.length;
      return out;
    }, { paras, RUNS });
    const split = (xs) => ["collect_ms", "scan_ms", "render_ms"].map((k) => median(xs.map((x) => x[k])).toFixed(1)).join(" / ");
    rows.push({ words, ranges: r.ranges, walker: median(r.walker), hl: median(r.hl), hlSplit: split(r.hlSplit),
      mark: median(r.mark), markSplit: split(r.markSplit), markjs: median(r.markjs), marks: r.marks, markjsMarks: r.markjsMarks });
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`page highlighting in Chromium (median of ${RUNS} runs, ms; split = collect / scan / paint)`);
console.log("| words | ranges | TreeWalker floor | claimlens Highlight API (split) | claimlens mark mode (split) | mark.js markRanges | mark.js ÷ claimlens marks |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.words.toLocaleString("en")} | ${r.ranges} | ${r.walker.toFixed(1)} | ${r.hl.toFixed(1)} (${r.hlSplit}) | ` +
    `${r.mark.toFixed(1)} (${r.markSplit}) | ${r.markjs.toFixed(1)} | ${(r.markjs / r.mark).toFixed(2)}× |`);
}
console.log(`marks made at 100k words: claimlens ${rows.at(-1).marks}, mark.js ${rows.at(-1).markjsMarks} (mark.js skips ranges that overlap, e.g. a hedge inside a quote)`);
