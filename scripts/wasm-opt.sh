#!/usr/bin/env bash
# wasm-opt.sh IN OUT: the wasm-opt passes of every shipped wasm (`make pkg`'s www/pkg, the
# snippet, the extension's copy, and scripts/size.sh), in one place.
#
# -Oz: Binaryen's size passes. --one-caller-inline-max-function-size 10: a function with one
# caller is merged into it only when it is tiny. By default -Oz merges every such function,
# whatever its size. That made the scan's entry (`scan::run`) one 40 KB function that also
# held the French, German and Spanish engines and the explaining mode. V8 compiles a wasm
# function whole: on its first call, and again, optimised, once it has run a while.
# Kept apart, the first scan of an English sentence compiles 223 KB of code instead of
# 261 KB, and the first scan of a long page takes 15-30% less time. The wasm is 14.2 KB gzip
# smaller; warm scans are 0-10% slower (docs/speed-passes.md, eighteenth stop).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: scripts/wasm-opt.sh IN.wasm OUT.wasm" >&2; exit 2; }
exec wasm-opt -Oz --one-caller-inline-max-function-size 10 "$1" -o "$2"
