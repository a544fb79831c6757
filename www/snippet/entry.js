// claimlens snippet: paste into the DevTools console, save as a DevTools snippet, or load
// from the bookmarklet. Runs entirely in this page: no text leaves it.
//
// This is the snippet's runtime. scripts/build-snippet.mjs turns it into
// www/claimlens-snippet.js by putting the wasm-bindgen glue where the glue marker stands and
// the wasm (base64) into WASM_BASE64: one self-contained classic script, no other request.
// It highlights the page's article (or only the selected text, or the element of
// window.claimlensSelector) and opens the claimlens panel; run again, it closes. Where the
// page's Content-Security-Policy forbids WebAssembly it says so in a small box instead.
// If the WebAssembly instance ever traps (a bug), the snippet removes what it left on the
// page, says so in the same box, and the next run starts a fresh instance. Nothing it does
// throws into the page.
/* global wasm_bindgen, workerScanner, highlightInSlices, wasmOfBase64 -- the latter three: www/slices.js and www/snippet/wasm-of-base64.js, inlined by the build */
(() => {
  "use strict";
  // (An element with id="__claimlens" would show up here too: check that it is ours.)
  if (typeof window.__claimlens?.toggle === "function") { window.__claimlens.toggle(); return; }

  const WASM_BASE64 = "";
  // The glue's source again, for the worker that scans large texts (a blob: worker).
  const GLUE_SOURCE = "";

  // highlightInSlices, workerScanner, nextTask, WORKER_MIN_CHARS, SLICE_MS: www/slices.js.
  /* @slices */
  // wasmOfBase64: www/snippet/wasm-of-base64.js.
  /* @wasm-of-base64 */

  /** The worker's code (after the glue, in a blob: URL): instantiates the module the snippet
   *  sends, warms it up, then answers each text with its report as bytes. */
  function workerMain() {
    let ready;
    self.onmessage = async ({ data }) => {
      if (data && "init" in data) {
        ready = wasm_bindgen({ module_or_path: data.init }).then(
          () => {
            try {
              wasm_bindgen.warmUp(); // see www/claimlens-worker.js
            } catch (e) {
              self.postMessage({ failed: String(e && e.message ? e.message : e) });
              return;
            }
            self.postMessage({ ready: true });
          },
          (e) => self.postMessage({ failed: String(e && e.message ? e.message : e) }));
        return;
      }
      await ready;
      try {
        const report = wasm_bindgen.scanForPage(data.text, data.language);
        self.postMessage({ id: data.id, report }, [report.buffer]);
      } catch (e) {
        self.postMessage({ id: data.id, error: String(e && e.message ? e.message : e) });
      }
    };
  }
  // Where the page's CSP forbids blob: workers, the scan runs on the page's thread.
  const scanInWorker = workerScanner(() => {
    const url = URL.createObjectURL(new Blob([GLUE_SOURCE, "\n;(", String(workerMain), ")();\n"],
      { type: "text/javascript" }));
    try {
      return new Worker(url);
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
  }, () => wasmModule);
  let wasmModule;

  /** A small box that says how far a large page is (removed when done). */
  function progress(text) {
    let host = doc.byId("claimlens-progress");
    if (text === null) { host?.remove(); return; }
    if (!host) {
      host = doc.create("div");
      host.id = "claimlens-progress";
      const box = doc.create("div");
      box.setAttribute("role", "status");
      box.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483646;padding:8px 12px;" +
        "font:13px/1.4 system-ui,sans-serif;color:#161616;background:#fffdf7;border:1px solid #555;" +
        "border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.28)";
      host.attachShadow({ mode: "open" }).append(box);
      doc.html().append(host);
    }
    host.shadowRoot.firstChild.textContent = text;
  }

  // The document's own methods, not what the page shows under their names: a page can
  // shadow them (`<img name="getElementById">`, `<img name="createElement">`).
  const D = Document.prototype;
  const sheetsOf = Object.getOwnPropertyDescriptor(D, "adoptedStyleSheets");
  const doc = {
    byId: (id) => Reflect.apply(D.getElementById, document, [id]),
    create: (tag) => Reflect.apply(D.createElement, document, [tag]),
    select: (sel) => Reflect.apply(D.querySelector, document, [sel]),
    selectAll: (sel) => Reflect.apply(D.querySelectorAll, document, [sel]),
    html: () => Reflect.apply(Object.getOwnPropertyDescriptor(D, "documentElement").get, document, []),
    get sheets() { const s = Reflect.apply(sheetsOf.get, document, []); return Array.isArray(s) ? s : []; },
    set sheets(v) { Reflect.apply(sheetsOf.set, document, [v]); },
  };

  /** A small box for when claimlens cannot run (in a shadow root; text via textContent). */
  function message(text) {
    doc.byId("claimlens-message")?.remove();
    const host = doc.create("div");
    host.id = "claimlens-message";
    const root = host.attachShadow({ mode: "open" });
    const box = doc.create("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483646;max-width:20rem;" +
      "padding:12px 14px;font:13px/1.4 system-ui,sans-serif;color:#161616;background:#fffdf7;" +
      "border:1px solid #555;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.28)";
    const p = doc.create("p");
    p.style.margin = "0 0 8px";
    p.textContent = text;
    const close = doc.create("button");
    close.textContent = "Close";
    close.addEventListener("click", () => host.remove());
    box.append(p, close);
    root.append(box);
    doc.html().append(host);
  }

  async function start() {
    /* @glue */
    wasmModule = await WebAssembly.compile(wasmOfBase64(WASM_BASE64)); // kept for the worker that scans large pages
    scanInWorker.startWhenIdle(); // it warms the module up off the page's thread
    await wasm_bindgen({ module_or_path: wasmModule });
    return wasm_bindgen;
  }

  const errorText = (e) => (e && e.message ? e.message : String(e));

  /** Takes off the page what a dead instance left there (its handlers stay but do nothing). */
  function cleanPage() {
    try {
      if (window.CSS && CSS.highlights) {
        for (const name of [...CSS.highlights.keys()]) if (name.startsWith("claimlens-")) CSS.highlights.delete(name);
      }
      for (const id of ["claimlens-host", "claimlens-panel"]) doc.byId(id)?.remove();
      for (const mark of doc.selectAll("mark.claimlens")) mark.replaceWith(...mark.childNodes);
      doc.sheets = doc.sheets.filter((s) => {
        try { return ![...s.cssRules].some((r) => r.cssText.includes("claimlens-")); } catch { return true; }
      });
    } catch { /* best effort */ }
  }

  /** After a failed call: is the instance dead (a trap)? Then drop it and clean up. */
  function dead(e) {
    let healthy = false;
    try { healthy = !(e instanceof WebAssembly.RuntimeError) && api.healthy(); } catch { /* dead */ }
    if (healthy) return false;
    cleanPage();
    api = undefined;
    message("claimlens hit an internal error on this page and stopped; its highlights were removed. " +
      "Run it again to start afresh. (" + errorText(e) + ")");
    return true;
  }

  let api;
  async function run() {
    if (api && !api.healthy()) { cleanPage(); api = undefined; }
    try {
      api ??= await start();
    } catch (e) {
      const blocked = e instanceof WebAssembly.CompileError || /Content.Security.Policy|wasm-unsafe-eval/i.test(String(e));
      message(blocked
        ? "This site blocks WebAssembly, so the claimlens snippet cannot run here. Use the claimlens browser extension instead."
        : "claimlens could not start: " + errorText(e));
      return;
    }
    doc.byId("claimlens-message")?.remove();
    // Builds for the trap-recovery tests only (never the shipped one) can trap on purpose.
    if (api.testTrap) window.__claimlens.testTrap = () => api.testTrap();
    try {
      // The user may narrow it: a selection, or a CSS selector set beforehand
      // (window.claimlensSelector = "#story"); else the detected article.
      const selected = !getSelection().isCollapsed && getSelection().toString().trim() !== "";
      const chosen = typeof window.claimlensSelector === "string" ? doc.select(window.claimlensSelector) : null;
      const root = chosen ?? (selected ? null : api.findArticle());
      // A large article is scanned in a worker and painted in slices: the page stays
      // responsive, and a small box says how far it is. Where no worker can run, the scan
      // on the page's thread keeps to its time budget (window.claimlensScanBudgetMs = 5000
      // or Infinity, set beforehand, changes it) and the panel says how much it read.
      running = true;
      const budget = window.claimlensScanBudgetMs;
      await highlightInSlices((name, args) => api[name](...args), scanInWorker, root,
        { keyboard: true, selectionOnly: selected && !chosen,
          ...(typeof budget === "number" ? { scanBudgetMs: budget } : {}) },
        ({ stage, done, total }) => progress(stage !== "paint" ? "claimlens: reading the article…"
          : `claimlens: highlighting ${Math.floor((100 * done) / Math.max(total, 1))}%`));
      api.showPanel();
    } catch (e) {
      if (!dead(e)) message("claimlens could not read this page: " + errorText(e));
    } finally {
      running = false;
      progress(null);
    }
  }
  let running = false; // a large page is being highlighted: running the snippet again waits
  // A trap inside one of our event handlers (hover, keys, the panel's buttons) reaches the
  // page as an error event: take it, clean up, and say so.
  window.addEventListener("error", (ev) => {
    if (api && ev.error instanceof WebAssembly.RuntimeError && !api.healthy()) {
      ev.preventDefault();
      dead(ev.error);
    }
  });
  window.__claimlens = {
    toggle() {
      if (running) return;
      if (api && doc.byId("claimlens-panel")) {
        try {
          if (!api.healthy()) throw new Error("the previous call failed midway");
          api.clear();
        } catch (e) {
          dead(e);
        }
      } else {
        run().catch(() => {});
      }
    },
  };
  run().catch((e) => { try { message("claimlens failed: " + errorText(e)); } catch { /* nothing more to do */ } });
})();
