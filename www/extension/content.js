// claimlens extension, page side: runs in the page's isolated world on each toolbar click.
// First click: read the page into an outline, have the service worker plan the highlights,
// paint them with the CSS Custom Highlight API (no change to the page's DOM). Next click:
// remove them. The page is read by reader.js (injected before this file with
// outline-spec.js), which follows the same definition as the Rust reader.
(() => {
  const state = (window.__claimlensExtension ??= { names: [], sheet: null });
  if (state.names.length) {
    for (const n of state.names) CSS.highlights.delete(n);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== state.sheet);
    state.names = [];
    chrome.runtime.sendMessage({ type: "claimlens-badge", text: "" });
    return;
  }
  // A document still loading (or a frameset) may have no body yet: read the whole page then.
  const root = document.body ?? document.documentElement;
  const { outline, nodes } = claimlensReader.readOutline(root, claimlensOutlineSpec);

  chrome.runtime.sendMessage({ type: "claimlens-plan", outline }, (reply) => {
    if (!reply?.ok) { console.warn("claimlens:", reply?.error ?? chrome.runtime.lastError?.message); return; }
    const { paints, css } = reply.plan;
    for (const p of paints) {
      const ranges = [];
      for (const [a, ao, b, bo] of p.ranges) {
        const r = new Range();
        try { r.setStart(nodes[a], ao); r.setEnd(nodes[b], bo); ranges.push(r); } catch { /* page changed */ }
      }
      const h = new Highlight(...ranges);
      h.priority = p.priority;
      CSS.highlights.set(p.name, h);
      state.names.push(p.name);
    }
    state.sheet = new CSSStyleSheet();
    state.sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, state.sheet];
    chrome.runtime.sendMessage({ type: "claimlens-badge", text: String(reply.plan.summary.quotes) });
  });
})();
