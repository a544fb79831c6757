// `make bench` (page part): highlighting a page in headless Chromium, measured side by side
// in one run on the same page and the same ranges:
//   - a bare TreeWalker pass over the text nodes (the floor: reading the text, nothing more);
//   - claimlens highlight(): Highlight API mode and mark mode (with its own split into
//     collecting the text, scanning it and painting);
//   - mark.js markRanges() wrapping the same ranges in <mark> elements;
//   - a pure-JS painter of the same ranges with the Highlight API (the anchor: what
//     collect + scan + paint is held to, ≤ 1.5× its time).
// Each engine runs in a fresh tab (live DOM ranges left by one engine would slow the DOM
// mutations of the next). Pages of 1k, 10k and 100k words are built from the demo
// samples, one <p> per paragraph.
import { serve } from "../scripts/serve.mjs";
import { paragraphs } from "./samples.mjs";
import { launch, v8Flags } from "../tests/e2e/browser.mjs";

function page(words) {
  const out = [];
  for (let i = 0, n = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out;
}

const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve(".");
const browser = await launch(v8Flags());

/** Runs `engine` RUNS times on a fresh page of `paras`; returns its timings. */
async function measure(paras, engine, ranges) {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}bench/host.html`); // a blank page (the demo's CSP forbids injected scripts)
  await tab.addScriptTag({ url: "/node_modules/mark.js/dist/mark.min.js" });
  const r = await tab.evaluate(async ({ paras, engine, ranges, RUNS }) => {
    const { load } = await import("/www/claimlens.js");
    const cl = await load();
    cl.clear();
    document.body.replaceChildren();
    const root = document.createElement("main");
    for (const t of paras) {
      const p = document.createElement("p");
      p.textContent = t;
      root.append(p);
    }
    document.body.append(root);
    const out = { ms: [], split: [] };
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      if (engine === "walker") {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let chars = 0;
        while (w.nextNode()) chars += w.currentNode.data.length;
        out.ms.push(performance.now() - t0);
        out.chars = chars;
      } else if (engine === "jshighlight") {
        // The anchor: a pure-JS painter of the same ranges with the Highlight API
        // (a TreeWalker over the text, a Range per item found by binary search).
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes = [], starts = [];
        for (let at = 0; w.nextNode(); at += w.currentNode.data.length) { nodes.push(w.currentNode); starts.push(at); }
        const locate = (pos) => { let lo = 0, hi = starts.length - 1; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (starts[m] <= pos) lo = m; else hi = m - 1; } return [nodes[lo], pos - starts[lo]]; };
        const hl = new Highlight();
        for (const { start, length } of ranges) {
          const r = new Range();
          r.setStart(...locate(start));
          r.setEnd(...locate(start + length));
          hl.add(r);
        }
        CSS.highlights.set("js-painter", hl);
        out.ms.push(performance.now() - t0);
        CSS.highlights.delete("js-painter");
      } else if (engine === "markjs") {
        const m = new Mark(root);
        m.markRanges(ranges, { className: "markjs" });
        out.ms.push(performance.now() - t0);
        out.marks = root.querySelectorAll("mark").length;
        m.unmark();
      } else {
        const res = cl.highlight(root, { mode: engine, tooltips: false, scanBudgetMs: Infinity });
        out.ms.push(performance.now() - t0);
        out.split.push(res.timings);
        out.marks = root.querySelectorAll("mark").length;
        if (engine === "highlight" && run === 0) {
          // The painted items, as mark.js ranges: its text has no line break between
          // paragraphs, so a claimlens offset shifts back by the paragraphs before it.
          const ends = [];
          let at = 0;
          for (const p of root.children) { at += p.textContent.length + 1; ends.push(at); }
          const shift = (pos) => { let lo = 0, hi = ends.length; while (lo < hi) { const m = (lo + hi) >> 1; if (ends[m] <= pos) lo = m + 1; else hi = m; } return pos - lo; };
          const rep = res.report;
          out.ranges = [...rep.quotes, ...rep.attributions, ...rep.hedges,
            ...rep.hedges.map((h) => ({ start: h.claim_start, end: h.claim_end }))]
            .map((i) => ({ start: shift(i.start), length: shift(i.end) - shift(i.start) }))
            .filter((r) => r.length > 0).sort((a, b) => a.start - b.start);
        }
        cl.clear();
      }
    }
    return out;
  }, { paras, engine, ranges, RUNS });
  await tab.close();
  return r;
}

const rows = [];
try {
  for (const words of [1_000, 10_000, 100_000]) {
    const paras = page(words);
    const walker = await measure(paras, "walker");
    const hl = await measure(paras, "highlight");
    const mark = await measure(paras, "mark");
    const markjs = await measure(paras, "markjs", hl.ranges);
    const js = await measure(paras, "jshighlight", hl.ranges);
    const split = (xs) => ["collect_ms", "scan_ms", "render_ms"].map((k) => median(xs.map((x) => x[k])).toFixed(1)).join(" / ");
    rows.push({ words, ranges: hl.ranges.length, walker: median(walker.ms), hl: median(hl.ms), hlSplit: split(hl.split),
      mark: median(mark.ms), markSplit: split(mark.split),
      hlPaint: median(hl.split.map((x) => x.render_ms)), markPaint: median(mark.split.map((x) => x.render_ms)), markjs: median(markjs.ms), js: median(js.ms), marks: mark.marks, markjsMarks: markjs.marks });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`page highlighting in Chromium, median of ${RUNS} runs, ms (split: collect / scan / paint)`);
console.log("| words | ranges | TreeWalker floor | pure-JS Highlight painter (same ranges) | claimlens Highlight API | ÷ pure-JS painter | claimlens mark mode | mark.js markRanges | painting the same ranges: mark.js time ÷ claimlens (Highlight API, marks) |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.words.toLocaleString("en")} | ${r.ranges} | ${r.walker.toFixed(1)} | ${r.js.toFixed(1)} | ${r.hl.toFixed(1)} (${r.hlSplit}) | ${(r.hl / r.js).toFixed(1)}× | ` +
    `${r.mark.toFixed(1)} (${r.markSplit}) | ${r.markjs.toFixed(1)} | ${(r.markjs / r.hlPaint).toFixed(1)}×, ${(r.markjs / r.markPaint).toFixed(1)}× |`);
}
const last = rows.at(-1);
console.log(`marks made at ${last.words.toLocaleString("en")} words: claimlens ${last.marks}, mark.js ${last.markjsMarks} ` +
  "(mark.js skips ranges that overlap another, such as a hedge inside a quote; claimlens splits them)");
