// The bytes of a WebAssembly module carried as base64 in a generated script: the snippet
// (scripts/build-snippet.mjs) and the npm package's inline.js (scripts/build-npm.mjs) inline
// this function's source. Uint8Array.fromBase64 where the browser has it (Chromium 140+,
// Firefox 133+, Safari 18.2+): about 1.5 ms for the 800 KB wasm in Chromium. Elsewhere, or
// when a page's stand-in for it throws or gives something that is not the module, atob and
// a loop: 7–15 ms (Uint8Array.from(atob(…), mapping function), used before, took 65–155 ms).

/** The module's bytes from `text`, its base64. */
export function wasmOfBase64(text) {
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const size = (text.length / 4) * 3 - padding;
  // "\0asm" opens every module.
  const isModule = (b) => b instanceof Uint8Array && b.length === size && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;
  if (typeof Uint8Array.fromBase64 === "function") {
    try {
      const bytes = Uint8Array.fromBase64(text);
      if (isModule(bytes)) return bytes;
    } catch { /* the page's stand-in: decode below */ }
  }
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}
