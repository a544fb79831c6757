// Moving between highlights: buttons and single-key shortcuts that call claimlens's
// next()/previous() (the same keys as its `keyboard: true` option), and the words that
// tell screen reader users where they are (claimlens's tooltip shows it on screen).
import { clip, isTextField } from "./dom.js";

const KEYS = { j: [null, true], k: [null, false], q: ["quotes", true], a: ["attributions", true], h: ["hedges", true] };
const NOUN = { quotes: "Quote", attributions: "Attribution", hedges: "Hedge" };

/** Installs the shortcuts; `step(category, forward)` moves, `enabled()` may veto. */
export function installShortcuts({ step, escape, enabled }) {
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || !enabled() || isTextField(ev.target)) return;
    if (ev.key === "Escape") { escape(); return; }
    const key = KEYS[ev.key.toLowerCase()];
    if (!key) return;
    const [category, forward] = key;
    // Shift reverses the category keys (Q, A, H); j and k are already a pair.
    if (step(category, category ? forward !== ev.shiftKey : forward)) ev.preventDefault();
  });
}

/** "Quote 3 of 9 · Priya Raman · said: “…”", for the live region. */
export function describe(focused, report) {
  if (!focused) return "Nothing to go to: no highlights are shown.";
  const list = report[focused.category] ?? [];
  const i = list.findIndex((x) => x.start === focused.start);
  const position = i >= 0 ? `${NOUN[focused.category]} ${i + 1} of ${list.length}` : NOUN[focused.category];
  const label = focused.label.replace(new RegExp(`^${NOUN[focused.category]} [—·] `), "");
  return `${position} · ${label}: ${clip(focused.text, 140)}`;
}
