// claimlens extension: the page reader. Reads the DOM under a root into the outline the
// core reads (src/page): elements with their tag, class, id and flags, text nodes with their
// data, in document order, every node after its parent. The reading itself is the wasm
// facade's own reader (crates/claimlens-wasm/js/reader.js, injected before this file as
// page-reader.js by scripts/build-extension.mjs), with the lists of data/outline.txt
// (outline-spec.js); this unpacks what it hands over into the outline's objects, as the
// facade does in Rust (textmap.rs). An e2e test checks that both give the same outline on
// every page fixture.
//
// A page may clobber DOM properties (a form input named "id" makes `form.id` an element) or
// patch prototypes, so the document is read with the prototypes' own accessors too (`dom`).
(() => {
  "use strict";
  const call = (f, self, ...args) => Reflect.apply(f, self, args);
  const FIELDS = ["tag", "class", "id", "display", "white_space", "itemprop", "role"];

  /** The outline of `root`'s subtree, with the live node of each entry. */
  function readOutline(root, spec) {
    const reader = claimlensPageReader;
    const state = reader.beginRead(root, spec.opaque.join("\n"), spec.notProse.join("\n"), spec.ownIds.join("\n"));
    reader.readSlice(state, Infinity);
    const text = reader.sliceText(state);
    const ints = reader.sliceInts(state);
    const outline = [];
    let at = 0;
    const take = (length) => text.slice(at, (at += length));
    for (let i = 0; i < ints.length; i += reader.INTS_PER_NODE) {
      const parent = ints[i] === 0 ? null : ints[i] - 1;
      const flags = ints[i + 1];
      if (flags & reader.IS_TEXT) {
        outline.push({ parent, text: take(ints[i + 2]) });
        continue;
      }
      const entry = { parent };
      FIELDS.forEach((field, k) => { entry[field] = take(ints[i + 2 + k]); });
      Object.assign(entry, { hidden: (flags & reader.HIDDEN) !== 0, invisible: (flags & reader.INVISIBLE) !== 0,
        editable: (flags & reader.EDITABLE) !== 0 });
      outline.push(entry);
    }
    const nodes = [];
    for (let i = 0; i < outline.length; i++) nodes.push(reader.nodeAt(state, i));
    return { outline, nodes };
  }

  // The document's own accessors, for the same reason: `<img name="body">` makes
  // `document.body` that image, and `<img name="createElement">` shadows the method.
  const docProto = {
    body: Object.getOwnPropertyDescriptor(Document.prototype, "body").get,
    documentElement: Object.getOwnPropertyDescriptor(Document.prototype, "documentElement").get,
    createElement: Document.prototype.createElement,
    getElementById: Document.prototype.getElementById,
    sheets: Object.getOwnPropertyDescriptor(Document.prototype, "adoptedStyleSheets"),
  };
  const isElement = (v) => v instanceof Element;
  const dom = Object.freeze({
    /** document.body, else the document element (never a clobbering element's stand-in). */
    root(doc) {
      const body = call(docProto.body, doc);
      if (isElement(body)) return body;
      const html = call(docProto.documentElement, doc);
      return isElement(html) ? html : null;
    },
    documentElement: (doc) => call(docProto.documentElement, doc),
    createElement: (doc, tag) => call(docProto.createElement, doc, tag),
    byId: (doc, id) => call(docProto.getElementById, doc, id),
    adoptedStyleSheets(doc) {
      const sheets = call(docProto.sheets.get, doc);
      return Array.isArray(sheets) ? sheets : [];
    },
    setAdoptedStyleSheets: (doc, sheets) => call(docProto.sheets.set, doc, sheets),
  });

  globalThis.claimlensReader = Object.freeze({ readOutline, dom });
})();
