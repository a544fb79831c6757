// The npm package as a user meets it (make npm-pack: target/claimlens-VERSION.tgz):
//   1. installed from the tarball into a scratch Vite project (offline; the repository's own
//      vite builds it),
//      built with `vite build`, the dist served, a news page highlighted by `import { load }
//      from "claimlens"`; the package's types checked there by tsc;
//   2. unpacked under node_modules/ of a plain page, imported by a <script type=module> from
//      its path: the main entry (fetches the wasm next to it) and the inline entry (no wasm
//      request at all).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watchErrors } from "./browser.mjs";

const version = JSON.parse(readFileSync("target/npm/package.json", "utf8")).version;
const TARBALL = resolve(`target/claimlens-${version}.tgz`);
// The repository's vite (package.json, installed by scripts/setup.sh). The scratch project
// installs only the tarball: installing vite there too would need the registry's documents
// of vite and of each of its dependencies in npm's cache, which `npm ci` does not leave (a
// fresh machine failed here, offline).
const VITE_BIN = resolve("node_modules/vite/bin/vite.js");
const SCRATCH = resolve("target/npm-e2e");
const expected = JSON.parse(readFileSync("tests/pages/expected.json", "utf8"))["wire-politics.html"].highlight;
const newsPage = (script) => readFileSync("tests/pages/wire-politics.html", "utf8")
  .replace("</body>", `${script}\n</body>`);

let browser;
const servers = [];
before(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

// The app's script: highlight the article, leave the figures where the test reads them.
const APP = (from) => `import { load } from "${from}";
const claimlens = await load();
const result = claimlens.highlight(claimlens.findArticle());
window.claimlensResult = { mode: result.mode, quotes: result.report.quotes.length, speakers: result.speakers.length };
`;

async function highlightedQuotes(url) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => window.claimlensResult, null, { timeout: 20000 });
  const result = await page.evaluate(() => window.claimlensResult);
  const texts = await page.evaluate(() => [...CSS.highlights].filter(([n]) => n.startsWith("claimlens-quote"))
    .flatMap(([, h]) => [...h].map((r) => r.toString())));
  await page.close();
  return { result, texts, errors, requests };
}

function assertHighlighted({ result, texts, errors }, where) {
  assert.deepEqual(errors, [], where);
  assert.equal(result.mode, "highlight", where);
  assert.ok(result.quotes >= 6, `${where}: ${result.quotes} quotes`);
  for (const q of expected) assert.ok(texts.includes(q), `${where}: not highlighted: ${q}`);
}

test("the tarball is the package: entries, types, wasm and licences, nothing else", () => {
  const list = execFileSync("tar", ["-tzf", TARBALL], { encoding: "utf8" }).trim().split("\n").sort();
  assert.deepEqual(list, [
    "package/LICENSE-APACHE", "package/LICENSE-MIT", "package/README.md", "package/claimlens-worker.js",
    "package/claimlens.d.ts", "package/claimlens.js", "package/inline.d.ts", "package/inline.js", "package/package.json",
    "package/pkg/claimlens.d.ts", "package/pkg/claimlens.js", "package/pkg/claimlens_bg.wasm",
    "package/pkg/claimlens_bg.wasm.d.ts", "package/slices.js",
  ]);
  const pkg = JSON.parse(readFileSync("target/npm/package.json", "utf8"));
  const cargo = readFileSync("Cargo.toml", "utf8");
  assert.equal(`version = "${pkg.version}"`, cargo.slice(cargo.indexOf("[package]")).match(/^version = "[^"]+"/m)[0]);
  assert.equal(pkg.type, "module");
  assert.equal(pkg.sideEffects, false);
  assert.deepEqual(Object.keys(pkg.exports), [".", "./inline", "./claimlens_bg.wasm", "./package.json"]);
});

test("in a Vite project: npm install the tarball, vite build, the built page highlights the article", async () => {
  const app = join(SCRATCH, "vite-app");
  mkdirSync(join(app, "src"), { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({
    name: "claimlens-vite-check", private: true, type: "module",
    scripts: { build: "vite build" },
    dependencies: { claimlens: `file:${TARBALL}` },
  }, null, 2));
  writeFileSync(join(app, "index.html"), newsPage(`<script type="module" src="/src/main.js"></script>`));
  writeFileSync(join(app, "src/main.js"), APP("claimlens"));
  // The types as a TypeScript user gets them through the package's "exports".
  writeFileSync(join(app, "src/check.ts"), `import { load, scan, type Report, type Quote } from "claimlens";
import { load as loadInline } from "claimlens/inline";
const claimlens = await load();
const report: Report = claimlens.scan("“No deal,” Trump said.");
const first: Quote | undefined = report.quotes[0];
const speaker: string | null | undefined = first?.speaker;
const viaInline: Report = await (await loadInline()).scan("text");
const direct: Report = await scan("text");
// @ts-expect-error scan takes a string
claimlens.scan(42);
// @ts-expect-error no such option
claimlens.highlight(null, { colour: "red" });
export { speaker, viaInline, direct };
`);
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"],
    { cwd: app, stdio: "inherit" });
  const built = spawnSync(process.execPath, [VITE_BIN, "build", "--logLevel", "warn"],
    { cwd: app, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  assert.equal(built.status, 0, `vite build failed:\n${built.stdout}${built.stderr}`);
  assert.equal((built.stdout + built.stderr).trim(), "", "vite build warns about the package");
  const assets = readdirSync(join(app, "dist/assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `the wasm is an asset of the build: ${assets}`);
  try {
    execFileSync("tsc", ["--noEmit", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution",
      "bundler", "--lib", "es2022,dom", "src/check.ts"], { cwd: app, encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc rejected the package's types:\n${e.stdout}${e.stderr}`);
  }
  const server = await serve(join(app, "dist"), 0);
  servers.push(server);
  const seen = await highlightedQuotes(server.url);
  assertHighlighted(seen, "vite build");
  assert.ok(seen.requests.some((u) => u.endsWith(".wasm")), "the wasm is fetched as a file");
});

test("without a bundler: <script type=module> from node_modules, the main entry and the inline one", async () => {
  const site = join(SCRATCH, "plain");
  const dir = join(site, "node_modules/claimlens");
  mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xzf", TARBALL, "-C", dir, "--strip-components=1"]);
  writeFileSync(join(site, "index.html"),
    newsPage(`<script type="module">\n${APP("./node_modules/claimlens/claimlens.js")}</script>`));
  writeFileSync(join(site, "inline.html"),
    newsPage(`<script type="module">\n${APP("./node_modules/claimlens/inline.js")}</script>`));
  const server = await serve(site, 0);
  servers.push(server);
  const main = await highlightedQuotes(server.url);
  assertHighlighted(main, "main entry");
  assert.ok(main.requests.some((u) => u.endsWith("/node_modules/claimlens/pkg/claimlens_bg.wasm")), "wasm fetched");
  const inline = await highlightedQuotes(`${server.url}inline.html`);
  assertHighlighted(inline, "inline entry");
  assert.deepEqual(inline.requests.filter((u) => u.endsWith(".wasm")), [], "the inline entry fetches no wasm");
  assert.ok(existsSync(join(dir, "LICENSE-MIT")));
});
