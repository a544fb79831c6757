// claimlens extension, service worker: the WebAssembly runs here, under the extension's own
// CSP ('wasm-unsafe-eval'), so it works on every page, including pages whose CSP forbids
// WebAssembly. The page side (content.js) reads the DOM into an outline and paints the
// ranges this sends back; no text leaves the browser.
import init, { plan } from "./pkg/claimlens.js";

const ready = init({ module_or_path: chrome.runtime.getURL("pkg/claimlens_bg.wasm") });

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === "claimlens-badge" && sender.tab?.id !== undefined) {
    // The number of quotes on the toolbar button; empty when switched off.
    chrome.action.setBadgeText({ tabId: sender.tab.id, text: message.text });
    return false;
  }
  if (message?.type !== "claimlens-plan") return false;
  ready
    .then(() => reply({ ok: true, plan: plan(message.outline) }))
    .catch((e) => reply({ ok: false, error: String(e?.message ?? e) }));
  return true; // the reply comes asynchronously
});

/** Toggles claimlens on a tab: highlight its article, or clear it if highlighted. */
async function toggle(tabId) {
  await chrome.scripting.executeScript({
    target: { tabId },
    files: ["outline-spec.js", "reader.js", "content.js"],
  });
}

chrome.action.onClicked.addListener((tab) => { if (tab.id !== undefined) toggle(tab.id); });
globalThis.claimlensToggle = toggle; // for tests, which cannot click the toolbar
