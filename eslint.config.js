// Lint for every hand-written JavaScript file: the shim, the demo, the snippet's runtime, the
// wasm facade's page reader, the extension, the scripts, benchmarks and end-to-end tests. Generated files are ignored.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["www/pkg/**", "www/extension/pkg/**", "www/extension/outline-spec.js", "www/extension/page-reader.js", "www/claimlens-snippet.js", "node_modules/**", "target/**", "test-results/**", "bench/out/**"] },
  js.configs.recommended,
  {
    files: ["www/**/*.js", "crates/claimlens-wasm/js/*.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser } },
  },
  {
    files: ["www/snippet/entry.js", "www/extension/reader.js", "www/extension/explain.js", "www/extension/content.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser, chrome: "readonly", claimlensReader: "readonly", claimlensPageReader: "readonly", claimlensOutlineSpec: "readonly", claimlensExplain: "readonly" } },
  },
  {
    files: ["www/extension/background.js"],
    languageOptions: { globals: { ...globals.serviceworker, chrome: "readonly" } },
  },
  {
    files: ["scripts/**/*.mjs", "bench/**/*.mjs", "tests/**/*.mjs", "eslint.config.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Code these files run inside pages (page.evaluate) sees the page's globals.
    files: ["bench/**/*.mjs", "tests/**/*.mjs"],
    languageOptions: {
      globals: { claimlens: "readonly", claimlensReader: "readonly", claimlensOutlineSpec: "readonly", claimlensToggle: "readonly", chrome: "readonly", Mark: "readonly" },
    },
  },
];
