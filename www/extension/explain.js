// claimlens extension, page side: tooltips and keyboard navigation over the painted
// highlights, as `highlight({tooltips: true, keyboard: true})` gives them on pages that can
// run the wasm. What to say and which keys move where come from the core (the plan's
// `stops`, `keys` and `tooltip_css`: the same labels, key map and tooltip style as the page
// API); this file only hit-tests, moves and shows. Text reaches the page via textContent.
globalThis.claimlensExplain = (() => {
  const { dom } = claimlensReader; // the prototypes' own accessors: a page can clobber document
  const proto = { caretPosition: Document.prototype.caretPositionFromPoint, caretRange: Document.prototype.caretRangeFromPoint,
    listen: EventTarget.prototype.addEventListener, unlisten: EventTarget.prototype.removeEventListener };
  const HOST_ID = "claimlens-host"; // the page readers skip it (data/outline.txt, own_id)
  const CURRENT = "claimlens-current";

  /** Explains `stops` ([{range: Range, label, category, priority}], in text order) under
   *  the pointer and on the keys of `keys`; returns the function that takes it all away. */
  function install({ stops, keys, css }) {
    const doc = document;
    let host = null;
    let tip = null;
    let current = -1;
    let frame = 0;

    function tooltip() {
      if (tip) return tip;
      host = dom.createElement(doc, "div");
      host.id = HOST_ID;
      const root = host.attachShadow({ mode: "open" });
      const style = dom.createElement(doc, "style");
      style.textContent = css;
      tip = dom.createElement(doc, "div");
      tip.className = "tip";
      tip.setAttribute("role", "status");
      tip.hidden = true;
      root.append(style, tip);
      dom.documentElement(doc)?.append(host);
      return tip;
    }

    /** Shows `label` next to `rect` (above it if there is room, else below). */
    function show(label, rect) {
      const t = tooltip();
      if (rect.bottom <= 0 || rect.top >= innerHeight) { t.hidden = true; return; }
      t.textContent = label;
      t.hidden = false;
      const left = Math.max(4, Math.min(rect.left, innerWidth - t.offsetWidth - 4));
      const above = rect.top - t.offsetHeight - 6;
      const top = above >= 4 ? above : Math.min(rect.bottom + 6, innerHeight - t.offsetHeight - 4);
      t.style.left = `${left}px`;
      t.style.top = `${top}px`;
    }

    const hide = () => { if (tip) tip.hidden = true; };

    /** The text node and offset of the character under (x, y), if its box holds the point. */
    function charAt(x, y) {
      let node, offset;
      if (proto.caretPosition) {
        const p = proto.caretPosition.call(doc, x, y);
        if (!p) return null;
        [node, offset] = [p.offsetNode, p.offset];
      } else {
        const r = proto.caretRange?.call(doc, x, y);
        if (!r) return null;
        [node, offset] = [r.startContainer, r.startOffset];
      }
      if (node?.nodeType !== Node.TEXT_NODE) return null;
      for (const o of [offset, offset - 1]) {
        if (o < 0 || o >= node.length) continue;
        const r = new Range();
        r.setStart(node, o);
        r.setEnd(node, o + 1);
        const b = r.getBoundingClientRect();
        if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return [node, o];
      }
      return null;
    }

    /** The top-most stop over the character under (x, y). */
    function stopAt(x, y) {
      const at = charAt(x, y);
      if (!at) return -1;
      const [node, o] = at;
      let best = -1;
      stops.forEach((s, i) => {
        try {
          if (s.range.comparePoint(node, o) !== 0 || s.range.comparePoint(node, o + 1) !== 0) return;
          if (s.range.collapsed) return;
          if (best < 0 || s.priority >= stops[best].priority) best = i;
        } catch { /* a node the page moved elsewhere */ }
      });
      return best;
    }

    function onMove(ev) {
      const { clientX: x, clientY: y } = ev;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const i = stopAt(x, y);
        if (i >= 0) show(stops[i].label, stops[i].range.getBoundingClientRect());
        else hide();
      });
    }

    /** Moves to the next (or previous) stop, of `category` if given, wrapping around. */
    function step(category, forward) {
      const order = stops.map((s, i) => i).filter((i) => !category || stops[i].category === category);
      if (!order.length) return false;
      const next = forward
        ? order.find((i) => i > current) ?? order[0]
        : [...order].reverse().find((i) => i < current) ?? order[order.length - 1];
      current = next;
      const { range, label } = stops[next];
      const h = new Highlight(range);
      h.priority = 10;
      CSS.highlights.set(CURRENT, h);
      let rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) {
        scrollBy(0, rect.top - innerHeight / 3);
        rect = range.getBoundingClientRect();
      }
      show(label, rect);
      return true;
    }

    const typing = (el) => el instanceof Element && (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)
      || el.closest("[contenteditable]:not([contenteditable=false])") !== null);

    const byKey = new Map(keys.map((k) => [k.key, k]));
    function onKey(ev) {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || typing(ev.target)) return;
      if (ev.key === "Escape") { hide(); return; }
      const k = byKey.get(ev.key);
      if (k && step(k.category, k.forward)) ev.preventDefault();
    }

    function onScroll() {
      if (tip && !tip.hidden && current >= 0) show(stops[current].label, stops[current].range.getBoundingClientRect());
    }

    const listeners = [["mousemove", onMove], ["pointerdown", onMove], ["keydown", onKey], ["scroll", onScroll]];
    for (const [type, f] of listeners) proto.listen.call(doc, type, f, true);
    return function remove() {
      for (const [type, f] of listeners) proto.unlisten.call(doc, type, f, true);
      cancelAnimationFrame(frame);
      CSS.highlights.delete(CURRENT);
      host?.remove();
    };
  }

  return Object.freeze({ install });
})();
