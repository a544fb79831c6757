// The wasm's build settings (Makefile: WASM_OPT_LEVEL, WASM_INLINE_THRESHOLD) reach cargo, as
// `make pkg` would run it (a dry run: `make -n` prints the commands without building).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const dryRun = (...vars) => execFileSync("make", ["-n", "--no-print-directory", "pkg", ...vars], { encoding: "utf8" });
const cargoLine = (commands) => commands.replace(/\\\n/g, " ").split("\n").find((l) => l.includes("wasm-pack") && l.includes("build"));

test("wasm_inline_threshold_reaches_the_wasm_build_only_when_set", () => {
  const set = cargoLine(dryRun("WASM_INLINE_THRESHOLD=75"));
  assert.match(set, /CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Cllvm-args=-inline-threshold=75\b/);
  const unset = cargoLine(dryRun());
  assert.doesNotMatch(unset, /inline-threshold|RUSTFLAGS/);
});

test("wasm_opt_level_reaches_the_wasm_build", () => {
  assert.match(cargoLine(dryRun()), /CARGO_PROFILE_RELEASE_OPT_LEVEL=z\b/);
  assert.match(cargoLine(dryRun("WASM_OPT_LEVEL=s")), /CARGO_PROFILE_RELEASE_OPT_LEVEL=s\b/);
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
