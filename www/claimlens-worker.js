// The Web Worker that scans large texts for the shim (claimlens.js), off the page's thread.
// It runs the same wasm module: the shim sends the compiled WebAssembly.Module (or the
// wasm's URL), then texts; each answer is the report as bytes (claimlens::wire, the buffer
// transferred, not copied), or an error. No DOM here. As it starts, it runs the core once on
// small built-in articles (warmUp): V8 compiles wasm functions on first use, and the
// compiled code is the module's, so the page's own first scan finds it ready.
import init, { scanForPage, warmUp } from "./pkg/claimlens.js";

let ready;
self.onmessage = async ({ data }) => {
  if (data && "init" in data) {
    ready = init({ module_or_path: data.init }).then(
      () => {
        try {
          warmUp();
        } catch (e) { // a trap: this instance is unsound, so the page scans on its own
          self.postMessage({ failed: String(e && e.message ? e.message : e) });
          return;
        }
        self.postMessage({ ready: true });
      },
      (e) => self.postMessage({ failed: String(e && e.message ? e.message : e) }),
    );
    return;
  }
  await ready;
  try {
    const report = scanForPage(data.text, data.language);
    self.postMessage({ id: data.id, report }, [report.buffer]);
  } catch (e) {
    // A trap leaves this instance unsound: the shim ends this worker and scans on the page.
    self.postMessage({ id: data.id, error: String(e && e.message ? e.message : e) });
  }
};
