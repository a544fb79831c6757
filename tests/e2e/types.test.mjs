// The TypeScript types that come with the package (www/pkg/claimlens.d.ts, written in
// crates/claimlens-wasm) checked against what the API really returns: the scan of every
// fixture article, run through the wasm in Node, is written out as object literals typed
// `Report`, and `tsc --strict` must accept them. Object literals get excess-property checks,
// so a field the JSON has and the types lack fails, and so does a typed field it lacks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

test("the package's TypeScript types describe every scan report exactly", async () => {
  const { initSync, scan, keyBindings } = await import("../../www/pkg/claimlens.js");
  initSync({ module: readFileSync("www/pkg/claimlens_bg.wasm") });
  const texts = readdirSync("tests/fixtures").filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(`tests/fixtures/${f}`, "utf8"));
  const dir = "target/types-check";
  mkdirSync(dir, { recursive: true });
  const lines = [`import type { Report, ScanOptions, HighlightOptions, WatchPatternError } from "../../www/pkg/claimlens";`];
  texts.forEach((t, i) => lines.push(`export const r${i}: Report = ${JSON.stringify(scan(t))};`));
  // With a watch list: the report's `watch`, the options, and the error of a bad pattern.
  const watch = ["said", "\\bthe\\b", "(?-i)The"];
  const watched = scan(texts[0], { watch });
  assert.ok(watched.watch.length > 0);
  lines.push(`export const w: Report = ${JSON.stringify(watched)};`);
  lines.push(`export const so: ScanOptions = ${JSON.stringify({ watch })};`);
  lines.push(`export const ho: HighlightOptions = ${JSON.stringify({ watch, categories: ["watch", "quotes"] })};`);
  let error;
  try { scan("x", { watch: ["a", "b)"] }); } catch (e) {
    const { name, message, pattern, index, column, reason } = e;
    error = { name, message, pattern, index, column, reason };
  }
  assert.equal(error?.name, "WatchPatternError");
  lines.push(`export const e: WatchPatternError = ${JSON.stringify(error)};`);
  lines.push(`export const keys: { key: string; category: "quotes" | "attributions" | "hedges" | null; forward: boolean }[] = ${JSON.stringify(keyBindings())};`);
  writeFileSync(`${dir}/reports.ts`, lines.join("\n") + "\n");
  try {
    execFileSync("tsc", ["--noEmit", "--strict", "--skipLibCheck", "false", "--target", "es2022",
      "--module", "es2022", "--moduleResolution", "bundler", `${dir}/reports.ts`], { encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc rejected the reports:\n${e.stdout}${e.stderr}`);
  }
});
