// The claimlens JS shim: load the wasm once, then forward calls. No detection logic here.
import init, * as wasm from "./pkg/claimlens.js";

let ready;

/** Loads the WebAssembly module (once) and returns the claimlens API. */
export function load(wasmUrl) {
  ready ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined).then(() => wasm);
  return ready;
}

/** Scans a text: `{quotes, attributions, hedges}` with UTF-16 offsets. */
export async function scan(text) {
  return (await load()).scan(text);
}

/** Highlights the quotes under `root` (default: document.body). */
export async function highlight(root) {
  return (await load()).highlight(root);
}

/** Removes claimlens highlights. */
export async function clear() {
  return (await load()).clear();
}
