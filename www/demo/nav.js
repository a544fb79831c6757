// Moving between highlights: buttons and single-key shortcuts that call claimlens's
// next()/previous(), and the words that tell screen reader users where they are (claimlens's
// tooltip shows it on screen). The keys are claimlens's own (`keyBindings()`, the key map of
// its `keyboard: true` option), so the demo and every other page agree.
import { clip, isTextField } from "./dom.js";

const NOUN = { quotes: "Quote", attributions: "Attribution", hedges: "Hedge", watch: "Watch-list match" };

/** Installs the shortcuts of `bindings` ([{key, category, forward}]); `step(category,
 *  forward)` moves, `enabled()` may veto. */
export function installShortcuts({ bindings, step, escape, enabled }) {
  const keys = new Map(bindings.map((b) => [b.key, b]));
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || !enabled() || isTextField(ev.target)) return;
    if (ev.key === "Escape") { escape(); return; }
    const b = keys.get(ev.key);
    if (b && step(b.category, b.forward)) ev.preventDefault();
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
