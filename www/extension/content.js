// claimlens extension, page side: runs in the page's isolated world on each toolbar click.
// First click: read the page into an outline, have the service worker plan the highlights,
// paint them with the CSS Custom Highlight API (no change to the page's DOM). Next click:
// remove them. The outline mirrors the Rust reader (src/web/textmap.rs): elements with their
// tag, class, id and flags, text nodes with their data, in document order.
(() => {
  const state = (window.__claimlensExtension ??= { names: [], sheet: null });
  if (state.names.length) {
    for (const n of state.names) CSS.highlights.delete(n);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== state.sheet);
    state.names = [];
    chrome.runtime.sendMessage({ type: "claimlens-badge", text: "" });
    return;
  }
  const OPAQUE = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "HEAD"]);
  const outline = [];
  const nodes = [];
  (function read(el, parent) {
    const index = outline.length;
    const tag = el.tagName.toUpperCase();
    outline.push({
      parent, tag, class: el.getAttribute("class") ?? "", id: el.id ?? "",
      hidden: el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true",
      editable: el.hasAttribute("contenteditable") && el.getAttribute("contenteditable") !== "false",
      itemprop: el.getAttribute("itemprop") ?? "", role: el.getAttribute("role") ?? "",
    });
    nodes.push(el);
    if (OPAQUE.has(tag) || el.id === "claimlens-host" || el.id === "claimlens-panel") return;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.ELEMENT_NODE) read(n, index);
      else if (n.nodeType === Node.TEXT_NODE) { outline.push({ parent: index, text: n.data }); nodes.push(n); }
    }
  })(document.body, null);

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
