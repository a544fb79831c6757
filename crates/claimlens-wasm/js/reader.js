// The page reader of the wasm facade (crates/claimlens-wasm/src/textmap.rs imports it): reads
// the DOM under a root into the outline the core reads (src/page), in document order, every
// node after its parent, and hands it over packed: per slice one string and one array of
// numbers, so that reading a page costs a few calls into JavaScript instead of some fifteen
// per element. Which elements are read and which computed styles are recorded follows
// data/outline.txt (the lists come from the caller). The extension's content script runs this
// very file too (scripts/build-extension.mjs makes it page-reader.js), and unpacks it in
// JavaScript (www/extension/reader.js); an e2e test checks that both unpack alike.
//
// A page may clobber DOM properties (a form input named "id" makes `form.id` an element) or
// patch prototypes after we load: every accessor is the prototype's own, taken when this
// module loads, and every value is type-checked. Nothing here throws: a read that fails
// reads as empty. The walk keeps its own stack, so any depth is fine.
//
// (Written as plain `export function`s and `export const`s: the snippet's and the extension's
// builds inline it into classic scripts, scripts/js-module.mjs.)

// (Where there is no DOM, in the worker and in Node.js, nothing is read.)
const OWN = typeof Element !== "function" ? null : {
  getAttribute: Element.prototype.getAttribute,
  hasAttribute: Element.prototype.hasAttribute,
  hasAttributes: Element.prototype.hasAttributes,
  tagName: Object.getOwnPropertyDescriptor(Element.prototype, "tagName").get,
  firstChild: Object.getOwnPropertyDescriptor(Node.prototype, "firstChild").get,
  nextSibling: Object.getOwnPropertyDescriptor(Node.prototype, "nextSibling").get,
  nodeType: Object.getOwnPropertyDescriptor(Node.prototype, "nodeType").get,
  data: Object.getOwnPropertyDescriptor(CharacterData.prototype, "data").get,
  ownerDocument: Object.getOwnPropertyDescriptor(Node.prototype, "ownerDocument").get,
  defaultView: Object.getOwnPropertyDescriptor(Document.prototype, "defaultView").get,
  getComputedStyle: globalThis.getComputedStyle,
  getPropertyValue: globalThis.CSSStyleDeclaration?.prototype.getPropertyValue,
  now: globalThis.Performance?.prototype.now,
};
const PERFORMANCE = globalThis.performance;
const ELEMENT = 1;
const TEXT = 3;

/** Numbers per node in a slice's `ints`: parent + 1 (0: the root), flags, then the UTF-16
 *  lengths of its strings in `text`, in this order: tag, class, id, display, white-space,
 *  itemprop, role (an element), or its data (a text node, in the first length). */
export const INTS_PER_NODE = 9;
/** The flags: a text node; hidden; invisible; editable. */
export const IS_TEXT = 1;
export const HIDDEN = 2;
export const INVISIBLE = 4;
export const EDITABLE = 8;

function call(f, self, ...args) {
  try {
    return Reflect.apply(f, self, args);
  } catch {
    return null;
  }
}

function str(v) {
  return typeof v === "string" ? v : "";
}

/** A read of `root`'s subtree: `opaque` (tags whose insides are never read), `notProse`
 *  (tags below which no text is prose) and `ownIds` (claimlens's own elements) are
 *  newline-separated lists. */
export function beginRead(root, opaque, notProse, ownIds) {
  const doc = OWN && call(OWN.ownerDocument, root);
  return {
    opaque: new Set(opaque.split("\n")),
    notProse: new Set(notProse.split("\n")),
    ownIds: new Set(ownIds.split("\n")),
    view: doc ? call(OWN.defaultView, doc) : null,
    // [node, node type, parent index, whether an element above it other than the root is
    // never read] still to visit, last first.
    stack: OWN ? [[root, ELEMENT, -1, false]] : [],
    nodes: [],
    text: "",
    ints: [],
  };
}

/** Reads on for about `budgetMs` (Infinity: to the end); true once all is read. What this
 *  slice read is in `state.text` and `state.ints` until the next slice; `state.nodes`
 *  holds every node read so far. */
export function readSlice(state, budgetMs) {
  if (!OWN) return true;
  const t0 = budgetMs === Infinity ? 0 : call(OWN.now, PERFORMANCE);
  const parts = [];
  const ints = [];
  const { stack, nodes, view } = state;
  let visited = 0;
  while (stack.length) {
    const [node, type, parent, unread] = stack.pop();
    if (type === TEXT) {
      const data = str(call(OWN.data, node));
      parts.push(data);
      ints.push(parent + 1, IS_TEXT, data.length, 0, 0, 0, 0, 0, 0);
      nodes.push(node);
    } else {
      readElement(state, node, parent, unread, view, parts, ints);
    }
    visited += 1;
    if (visited % 16 === 0 && budgetMs !== Infinity && call(OWN.now, PERFORMANCE) - t0 >= budgetMs) break;
  }
  state.text = parts.join("");
  state.ints = ints;
  return stack.length === 0;
}

function readElement(state, el, parent, unread, view, parts, ints) {
  const index = state.nodes.length;
  const tag = str(call(OWN.tagName, el)).replace(/[a-z]+/g, (s) => s.toUpperCase());
  const attrs = call(OWN.hasAttributes, el) === true;
  const attr = (name) => (attrs ? str(call(OWN.getAttribute, el, name)) : "");
  const id = attr("id");
  const editable = attrs && call(OWN.hasAttribute, el, "contenteditable") === true && attr("contenteditable") !== "false";
  const children = [];
  if (!state.opaque.has(tag) && !state.ownIds.has(id)) {
    for (let c = call(OWN.firstChild, el); c; c = call(OWN.nextSibling, c)) {
      const t = call(OWN.nodeType, c);
      if (t === ELEMENT || t === TEXT) children.push([c, t]);
    }
  }
  let display = "";
  let whiteSpace = "";
  let invisible = false;
  const style = unread || !view ? null : call(OWN.getComputedStyle, view, el);
  if (style) {
    const computed = (name) => str(call(OWN.getPropertyValue, style, name));
    display = computed("display");
    if (children.some(([, t]) => t === TEXT)) {
      const visibility = computed("visibility");
      invisible = visibility === "hidden" || visibility === "collapse";
      whiteSpace = computed("white-space");
    }
  }
  const hidden = (attrs && (call(OWN.hasAttribute, el, "hidden") === true || attr("aria-hidden") === "true")) ||
    display === "none";
  const cls = attr("class");
  const itemprop = attr("itemprop");
  const role = attr("role");
  parts.push(tag, cls, id, display, whiteSpace, itemprop, role);
  ints.push(parent + 1, (hidden ? HIDDEN : 0) | (invisible ? INVISIBLE : 0) | (editable ? EDITABLE : 0),
    tag.length, cls.length, id.length, display.length, whiteSpace.length, itemprop.length, role.length);
  state.nodes.push(el);
  const below = unread || (parent >= 0 && (state.notProse.has(tag) || hidden || editable || state.ownIds.has(id)));
  for (let i = children.length - 1; i >= 0; i--) state.stack.push([children[i][0], children[i][1], index, below]);
}

/** The slice's strings, joined. */
export function sliceText(state) {
  return state.text;
}

/** The slice's numbers (INTS_PER_NODE a node). */
export function sliceInts(state) {
  return Uint32Array.from(state.ints);
}

/** The live node of outline entry `i`. */
export function nodeAt(state, i) {
  return state.nodes[i];
}
