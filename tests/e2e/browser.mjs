// Shared Playwright setup: Debian's Chromium, headless, no background network traffic.
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Headless Chromium; `extra` arguments after the shared ones (a bench's V8 flags). */
export function launch(extra = []) {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: [...CHROMIUM_ARGS, ...extra] });
}

/** V8 flags for a bench's browser, from the environment (`V8_FLAGS="--no-wasm-lazy-compilation"
 * node bench/pages.mjs`): to take a first call apart, since no page can set them. The benches
 * print them; the tests never read them. */
export function v8Flags() {
  const flags = process.env.V8_FLAGS?.trim();
  if (flags) console.log(`V8 flags: ${flags}`);
  return flags ? [`--js-flags=${flags}`] : [];
}

/** Collects console errors and uncaught page errors, to assert that there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}
