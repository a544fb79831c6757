// claimlens extension, page side: runs in the page's isolated world on each toolbar click.
// First click: read the page into an outline, have the service worker plan the highlights,
// paint them with the CSS Custom Highlight API (no change to the page's DOM). Next click:
// remove them. The page is read by reader.js (injected before this file with
// outline-spec.js and page-reader.js), the wasm facade's own reader, through the
// prototypes' own accessors (a page can shadow document and form properties). Hovering a
// highlight explains it, and j/k (q/a/h: one category, Shift: back) move between them
// (explain.js, with the core's labels and key map from the plan). When it
// cannot highlight the page it says why: a "!" on the toolbar button, its title, and a
// small box on the page. Nothing here throws into the page.
(() => {
  const { dom } = claimlensReader;
  const state = (window.__claimlensExtension ??= { names: [], sheet: null, unexplain: null });
  const badge = (text, title = "") => {
    try { chrome.runtime.sendMessage({ type: "claimlens-badge", text, title }); } catch { /* worker gone */ }
  };

  /** A small box on the page (in a shadow root, text via textContent). */
  function message(text) {
    dom.byId(document, "claimlens-message")?.remove();
    const host = dom.createElement(document, "div");
    host.id = "claimlens-message";
    const box = dom.createElement(document, "div");
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483646;max-width:20rem;" +
      "padding:12px 14px;font:13px/1.4 system-ui,sans-serif;color:#161616;background:#fffdf7;" +
      "border:1px solid #555;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.28)";
    const p = dom.createElement(document, "p");
    p.style.margin = "0 0 8px";
    p.textContent = text;
    const close = dom.createElement(document, "button");
    close.textContent = "Close";
    close.addEventListener("click", () => host.remove());
    box.append(p, close);
    host.attachShadow({ mode: "open" }).append(box);
    dom.documentElement(document)?.append(host);
  }

  function fail(why) {
    badge("!", why);
    try { message(`claimlens could not highlight this page: ${why}`); } catch { /* the badge says it */ }
  }

  dom.byId(document, "claimlens-message")?.remove();
  if (state.names.length) {
    try { state.unexplain?.(); } catch { /* best effort */ }
    state.unexplain = null;
    for (const n of state.names) CSS.highlights.delete(n);
    dom.setAdoptedStyleSheets(document, dom.adoptedStyleSheets(document).filter((s) => s !== state.sheet));
    state.names = [];
    badge("");
    return;
  }
  // A document still loading (or a frameset) may have no body yet: the whole page then.
  let read;
  try {
    const root = dom.root(document);
    if (!root) { fail("the page has no body"); return; }
    read = claimlensReader.readOutline(root, claimlensOutlineSpec);
  } catch (e) {
    fail(String(e?.message ?? e));
    return;
  }
  const { outline, nodes } = read;

  chrome.runtime.sendMessage({ type: "claimlens-plan", outline }, (reply) => {
    if (!reply?.ok) {
      fail(reply?.error ?? chrome.runtime.lastError?.message ?? "no answer from the extension");
      return;
    }
    const { paints, css, stops, keys, tooltip_css: tooltipCss } = reply.plan;
    const range = ([a, ao, b, bo]) => {
      const r = new Range();
      try { r.setStart(nodes[a], ao); r.setEnd(nodes[b], bo); return r; } catch { return null; /* page changed */ }
    };
    for (const p of paints) {
      const ranges = p.ranges.map(range).filter(Boolean);
      const h = new Highlight(...ranges);
      h.priority = p.priority;
      CSS.highlights.set(p.name, h);
      state.names.push(p.name);
    }
    state.sheet = new CSSStyleSheet();
    state.sheet.replaceSync(css);
    dom.setAdoptedStyleSheets(document, [...dom.adoptedStyleSheets(document), state.sheet]);
    state.names.push("claimlens-current");
    try {
      const placed = stops.map((s) => ({ ...s, range: range(s.range) })).filter((s) => s.range);
      state.unexplain = claimlensExplain.install({ stops: placed, keys, css: tooltipCss });
    } catch { /* the highlights stay, unexplained */ }
    badge(String(reply.plan.summary.quotes));
  });
})();
