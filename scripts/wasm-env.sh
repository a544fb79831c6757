#!/usr/bin/env bash
# wasm-env.sh COMMAND [ARGS…]: runs COMMAND with the wasm build's settings, the one place
# they are turned into cargo's environment (`make pkg` and scripts/size.sh both build
# through it, so the shipped wasm and the measured one are built alike):
#   WASM_OPT_LEVEL         the release profile's opt-level for the wasm (default z; the
#                          native CLI stays at the profile's 3). docs/speed-passes.md
#                          measures s, z, 2 and 3.
#   WASM_INLINE_THRESHOLD  when set, LLVM's inline threshold for wasm32 only (at z LLVM
#                          inlines almost nothing; 75 gives warm scans about 0.78 of the
#                          time for about 28 KB gzip more: docs/speed-passes.md, eighteenth
#                          stop). Unset: LLVM's own choice for the level.
# wasm-env.sh --describe prints the settings in words, for build logs.
set -euo pipefail
level=${WASM_OPT_LEVEL:-z}
threshold=${WASM_INLINE_THRESHOLD:-}
if [[ -n $threshold && ! $threshold =~ ^[0-9]+$ ]]; then
  echo "wasm-env.sh: WASM_INLINE_THRESHOLD must be a number, not '$threshold'" >&2
  exit 2
fi
if [ "${1:-}" = --describe ]; then
  echo "opt-level $level${threshold:+, inline threshold $threshold}"
  exit 0
fi
[ $# -gt 0 ] || { echo "usage: scripts/wasm-env.sh COMMAND [ARGS…] | --describe" >&2; exit 2; }
export CARGO_PROFILE_RELEASE_OPT_LEVEL=$level
if [ -n "$threshold" ]; then
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Cllvm-args=-inline-threshold=$threshold"
fi
exec "$@"
