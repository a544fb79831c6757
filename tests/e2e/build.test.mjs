// The wasm's build settings (Makefile: WASM_OPT_LEVEL, WASM_INLINE_THRESHOLD) reach cargo, as
// `make pkg` would run it (a dry run: `make -n` prints the commands without building).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

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
