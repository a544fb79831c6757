// The wasm's build settings (WASM_OPT_LEVEL, WASM_INLINE_THRESHOLD) become cargo's
// environment in one place, scripts/wasm-env.sh, and both `make pkg` and scripts/size.sh
// build through it (checked on `make -n`, a dry run that prints the commands, and on the
// script's text). The benches' V8_FLAGS reach the browser's V8 (bench/pages.mjs, demo.mjs, dom.mjs, snippet.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { launch, v8Flags } from "./browser.mjs";

const dryRun = (...vars) => execFileSync("make", ["-n", "--no-print-directory", "pkg", ...vars], { encoding: "utf8" });
const cargoLine = (commands) => commands.replace(/\\\n/g, " ").split("\n").find((l) => l.includes("wasm-pack") && l.includes("build"));
/** The environment that scripts/wasm-env.sh gives its command, for these settings. */
function wasmEnv(settings) {
  const env = { ...process.env, ...settings };
  for (const k of ["WASM_OPT_LEVEL", "WASM_INLINE_THRESHOLD", "CARGO_PROFILE_RELEASE_OPT_LEVEL",
    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS"]) if (!(k in settings)) delete env[k];
  const out = execFileSync("scripts/wasm-env.sh", ["env"], { encoding: "utf8", env });
  return Object.fromEntries(out.split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
}

test("wasm_inline_threshold_reaches_the_wasm_build_only_when_set", () => {
  assert.equal(wasmEnv({ WASM_INLINE_THRESHOLD: "75" }).CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS,
    "-Cllvm-args=-inline-threshold=75");
  assert.equal(wasmEnv({}).CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS, undefined);
  assert.equal(wasmEnv({ WASM_INLINE_THRESHOLD: "" }).CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS, undefined);
  const bad = spawnSync("scripts/wasm-env.sh", ["true"], { encoding: "utf8", env: { ...process.env, WASM_INLINE_THRESHOLD: "lots" } });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /WASM_INLINE_THRESHOLD must be a number/);
});

test("wasm_opt_level_reaches_the_wasm_build", () => {
  assert.equal(wasmEnv({}).CARGO_PROFILE_RELEASE_OPT_LEVEL, "z");
  assert.equal(wasmEnv({ WASM_OPT_LEVEL: "s" }).CARGO_PROFILE_RELEASE_OPT_LEVEL, "s");
});

test("make_pkg_and_size_sh_build_the_wasm_through_wasm_env", () => {
  assert.match(cargoLine(dryRun()), /scripts\/wasm-env\.sh wasm-pack /);
  // The settings given to make reach the script's environment in make's recipes.
  const described = (...vars) => execFileSync("make", ["-s", "--no-print-directory",
    "--eval", "wasm-env-probe: ; @scripts/wasm-env.sh --describe", "wasm-env-probe", ...vars], { encoding: "utf8" }).trim();
  assert.equal(described("WASM_INLINE_THRESHOLD=75", "WASM_OPT_LEVEL=s"), "opt-level s, inline threshold 75");
  assert.equal(described(), "opt-level z");
  assert.match(readFileSync("scripts/size.sh", "utf8"), /scripts\/wasm-env\.sh \\\n\s*cargo build/);
  // Nowhere else forms the settings into cargo's variables.
  for (const f of ["Makefile", "scripts/size.sh"]) {
    assert.doesNotMatch(readFileSync(f, "utf8"), /CARGO_PROFILE_RELEASE_OPT_LEVEL=|inline-threshold=/, f);
  }
});

/** The body size of each function in the code section of a wasm binary. */
function functionSizes(bytes) {
  let p = 8; // after the magic number and version
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[p++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const sizes = [];
  while (p < bytes.length) {
    const id = bytes[p++];
    const length = leb();
    const end = p + length;
    if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const size = leb();
        sizes.push(size);
        p += size;
      }
    }
    p = end;
  }
  return sizes;
}

// scripts/wasm-opt.sh keeps functions with one caller apart. V8 compiles a function whole on
// its first call, so one merged giant (40,441 bytes when every one-caller function was merged
// into the scan's entry) made every page compile the other languages' engines.
test("the_shipped_wasm_has_no_giant_merged_function", () => {
  const sizes = functionSizes(readFileSync("www/pkg/claimlens_bg.wasm"));
  assert.ok(sizes.length > 1000, `${sizes.length} functions read`);
  const largest = Math.max(...sizes);
  assert.ok(largest < 24_000, `the largest function is ${largest} bytes`);
});

test("v8_flags_reach_the_bench_browser_only_when_set", async () => {
  const saved = process.env.V8_FLAGS;
  const sees = async (flags) => {
    if (flags === undefined) delete process.env.V8_FLAGS; else process.env.V8_FLAGS = flags;
    const browser = await launch(v8Flags());
    try {
      const page = await browser.newPage();
      return await page.evaluate(() => typeof globalThis.gc); // V8 defines gc() only under --expose-gc
    } finally {
      await browser.close();
    }
  };
  try {
    assert.equal(await sees("--expose-gc"), "function");
    assert.equal(await sees(undefined), "undefined");
    assert.equal(await sees("  "), "undefined");
  } finally {
    if (saved === undefined) delete process.env.V8_FLAGS; else process.env.V8_FLAGS = saved;
  }
  for (const bench of ["pages", "demo", "dom", "snippet"]) {
    assert.match(readFileSync(`bench/${bench}.mjs`, "utf8"), /launch\(v8Flags\(\)\)/, `bench/${bench}.mjs`);
  }
});
