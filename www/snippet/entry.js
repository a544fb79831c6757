// claimlens snippet: paste into the DevTools console, save as a DevTools snippet, or load
// from the bookmarklet. Runs entirely in this page: no text leaves it.
//
// This is the snippet's runtime. scripts/build-snippet.mjs turns it into
// www/claimlens-snippet.js by putting the wasm-bindgen glue where the glue marker stands and
// the wasm (base64) into WASM_BASE64: one self-contained classic script, no other request.
// It highlights the page's article (or only the selected text, or the element of
// window.claimlensSelector) and opens the claimlens panel; run again, it closes. Where the
// page's Content-Security-Policy forbids WebAssembly it says so in a small box instead.
/* global wasm_bindgen */
(() => {
  "use strict";
  if (window.__claimlens) { window.__claimlens.toggle(); return; }

  const WASM_BASE64 = "";

  /** A small box for when claimlens cannot run (in a shadow root; text via textContent). */
  function message(text) {
    const host = document.createElement("div");
    host.id = "claimlens-message";
    const root = host.attachShadow({ mode: "open" });
    const box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483646;max-width:20rem;" +
      "padding:12px 14px;font:13px/1.4 system-ui,sans-serif;color:#161616;background:#fffdf7;" +
      "border:1px solid #555;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.28)";
    const p = document.createElement("p");
    p.style.margin = "0 0 8px";
    p.textContent = text;
    const close = document.createElement("button");
    close.textContent = "Close";
    close.addEventListener("click", () => host.remove());
    box.append(p, close);
    root.append(box);
    document.documentElement.append(host);
  }

  async function start() {
    /* @glue */
    const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
    await wasm_bindgen({ module_or_path: bytes });
    return wasm_bindgen;
  }

  let api;
  async function run() {
    try {
      api ??= await start();
    } catch (e) {
      const blocked = e instanceof WebAssembly.CompileError || /Content.Security.Policy|wasm-unsafe-eval/i.test(String(e));
      message(blocked
        ? "This site blocks WebAssembly, so the claimlens snippet cannot run here. Use the claimlens browser extension instead."
        : "claimlens could not start: " + (e && e.message ? e.message : e));
      return;
    }
    try {
      // The user may narrow it: a selection, or a CSS selector set beforehand
      // (window.claimlensSelector = "#story"); else the detected article.
      const selected = !getSelection().isCollapsed && getSelection().toString().trim() !== "";
      const chosen = window.claimlensSelector ? document.querySelector(window.claimlensSelector) : null;
      const root = chosen ?? (selected ? null : api.findArticle());
      api.highlight(root, { keyboard: true, selectionOnly: selected && !chosen });
      api.showPanel();
    } catch (e) {
      message("claimlens could not read this page: " + (e && e.message ? e.message : e));
    }
  }
  window.__claimlens = {
    toggle() {
      if (document.getElementById("claimlens-panel")) api.clear();
      else run();
    },
  };
  run();
})();
