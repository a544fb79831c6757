// claimlens extension, service worker: the WebAssembly runs here, under the extension's own
// CSP ('wasm-unsafe-eval'), so it works on every page, including pages whose CSP forbids
// WebAssembly. The page side (content.js) reads the DOM into an outline and paints the
// ranges this sends back; no text leaves the browser.
//
// Messages come only from this extension's own content script (no externally_connectable:
// web pages cannot message it), but what they carry is read from the page, so every field
// is type-checked and the outline is validated again in Rust. If the WebAssembly instance
// ever traps (a bug), it is re-instantiated at once (the extension's glue is built with
// wasm-bindgen's reset-state function) and the tab is told, in its badge and in a message.
import * as glue from "./pkg/claimlens.js";

const init = glue.default;
const ready = init({ module_or_path: chrome.runtime.getURL("pkg/claimlens_bg.wasm") });

const errorText = (e) => String(e?.message ?? e).slice(0, 300);

/** The plan of a page outline, or why there is none. Never throws. */
function planOutline(outline) {
  try {
    if (!glue.healthy()) glue.__wbg_reset_state?.();
    return { ok: true, plan: glue.plan(outline) };
  } catch (e) {
    let trapped = e instanceof WebAssembly.RuntimeError;
    try { trapped ||= !glue.healthy(); } catch { trapped = true; }
    if (!trapped) return { ok: false, error: errorText(e) };
    try { glue.__wbg_reset_state?.(); } catch { /* the next message tries again */ }
    return { ok: false, error: `claimlens hit an internal error on this page and was restarted; click again to retry (${errorText(e)})` };
  }
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const tabId = sender.tab?.id;
  if (sender.id !== chrome.runtime.id || typeof tabId !== "number" || typeof message !== "object" || message === null) {
    return false;
  }
  if (message.type === "claimlens-badge" && typeof message.text === "string") {
    // The number of quotes on the toolbar button ("!" after an error); empty when off.
    const text = message.text.slice(0, 4);
    chrome.action.setBadgeText({ tabId, text });
    chrome.action.setBadgeBackgroundColor({ tabId, color: text === "!" ? "#B00020" : "#3D5A80" });
    const title = typeof message.title === "string" ? message.title.slice(0, 300) : "";
    chrome.action.setTitle({ tabId, title: title ? `claimlens: ${title}` : "claimlens: highlight quotes, attributions and hedges" });
    return false;
  }
  if (message.type !== "claimlens-plan") return false;
  if (!Array.isArray(message.outline)) {
    reply({ ok: false, error: "bad page outline" });
    return false;
  }
  ready
    .then(() => reply(planOutline(message.outline)))
    .catch((e) => reply({ ok: false, error: `claimlens could not start: ${errorText(e)}` }));
  return true; // the reply comes asynchronously
});

/** Toggles claimlens on a tab: highlight its article, or clear it if highlighted. */
async function toggle(tabId) {
  try {
    await chrome.scripting.executeScript({
      target: { tabId },
      files: ["outline-spec.js", "page-reader.js", "reader.js", "explain.js", "content.js"],
    });
  } catch (e) {
    // Pages the extension may not script (the browser's own pages, the web store).
    chrome.action.setBadgeText({ tabId, text: "!" });
    chrome.action.setTitle({ tabId, title: `claimlens cannot run on this page: ${errorText(e)}` });
  }
}

chrome.action.onClicked.addListener((tab) => { if (tab.id !== undefined) toggle(tab.id); });
globalThis.claimlensToggle = toggle; // for tests, which cannot click the toolbar
// For the trap-recovery tests (builds with the test-trap feature only).
// (Once the instance is ready: a test may ask before the service worker has instantiated it.)
if (glue.testTrap) globalThis.claimlensTestTrap = () => ready.then(() => glue.testTrap());
