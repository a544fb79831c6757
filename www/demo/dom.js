// Building page elements without ever parsing HTML: data goes in as text nodes only.

/** `h("li", { class: "x", onclick: f }, "text", child)`: an element with attributes,
 *  event handlers and children (strings become text nodes, never markup). */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "style") Object.assign(el.style, value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false).map(toNode));
  return el;
}

function toNode(child) {
  return child instanceof Node ? child : document.createTextNode(String(child));
}

/** The first `max` characters of `text` on one line, with an ellipsis if cut. */
export function clip(text, max = 120) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** "1 quote", "3 quotes". */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** A percentage for people: "26%", "0.4%", "0%". */
export function percent(part, whole) {
  if (!whole) return "0%";
  const p = (100 * part) / whole;
  return p > 0 && p < 1 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

/** Fields whose keys and pastes are text (or a select's type-ahead): not for shortcuts. */
const TEXT_FIELDS = "textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset], [type=file], [type=range], [type=color])";

/** `target` is (inside) a field that takes text. */
export function isTextField(target) {
  return target instanceof Element
    && (target.matches(TEXT_FIELDS) || target.closest("[contenteditable]:not([contenteditable=false])") !== null);
}
