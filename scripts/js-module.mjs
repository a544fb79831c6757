// The facade's own JavaScript modules (crates/claimlens-wasm/js/, wasm-bindgen inline
// snippets) where no ES module can go: in the snippet's classic script and the extension's
// content scripts. Such modules are written as plain `export function`s and `export
// const`s, so that this can make one an expression.
import { readFileSync, rmSync, writeFileSync } from "node:fs";

/** The module at `path` as an expression whose value is an object of its exports. */
export function inlineModule(path) {
  const source = readFileSync(path, "utf8");
  if (/^(?:import|export) (?!function|const)/m.test(source)) throw new Error(`${path}: only export function/const can be inlined`);
  const names = [...source.matchAll(/^export (?:function|const) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  return `(() => {\n"use strict";\n${source.replace(/^export /gm, "")}\nreturn { ${names.join(", ")} };\n})()`;
}

/** Rewrites the wasm-bindgen glue `dir/claimlens.js` with the facade's modules it imports
 *  (`dir/snippets/…`) inlined, and removes `dir/snippets/`: the glue is then one file, one
 *  level less in a page's module graph (each level is one more round trip before the wasm
 *  is fetched), and the packages ship no hashed folder. Run after every wasm-bindgen build
 *  (the Makefile); a glue without snippets is left as it is. */
export function inlineSnippets(dir) {
  const file = `${dir}/claimlens.js`;
  const glue = readFileSync(file, "utf8");
  const inlined = glue.replace(/^import \{([^}]*)\} from '\.\/(snippets\/[^']+)';$/gm,
    (_, list, path) => `const {${list}} = ${inlineModule(`${dir}/${path}`)};`);
  if (/from '\.\/snippets\//.test(inlined)) throw new Error(`${file}: an import of a snippet this cannot inline`);
  writeFileSync(file, inlined);
  rmSync(`${dir}/snippets`, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // node scripts/js-module.mjs DIR …: inlineSnippets for each glue folder.
  for (const dir of process.argv.slice(2)) inlineSnippets(dir);
}
