#!/usr/bin/env bash
# What the wasm weighs, and what French, German and Spanish cost in it: the wasm built twice
# the way `make pkg` builds it (cargo for wasm32 through scripts/wasm-env.sh, which reads
# WASM_OPT_LEVEL and WASM_INLINE_THRESHOLD; wasm-bindgen; scripts/wasm-opt.sh), with the
# default features and with `--no-default-features` (English only: the core's `languages`
# feature off), then raw and gzip -9 sizes of both and their difference.
# The English-only build has its own target directory (target/size-en): a build with other
# features in the shared one could leave its wasm where `make pkg` picks it up.
# Usage: scripts/size.sh            (part of `make bench`; about two minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/size
mkdir -p "$out"

build() { # name, target dir, extra cargo flags…
  local name=$1 dir=$2
  shift 2
  rm -f "$dir/wasm32-unknown-unknown/release/claimlens_wasm.wasm"
  CARGO_TARGET_DIR=$dir scripts/wasm-env.sh \
    cargo build --quiet --release --target wasm32-unknown-unknown -p claimlens-wasm "$@"
  rm -rf "${out:?}/$name"
  wasm-bindgen --target web --out-dir "$out/$name" --out-name claimlens \
    "$dir/wasm32-unknown-unknown/release/claimlens_wasm.wasm"
  scripts/wasm-opt.sh "$out/$name/claimlens_bg.wasm" "$out/$name/claimlens_bg.wasm"
}

echo "wasm build settings: $(scripts/wasm-env.sh --describe)"
build all target
build en target/size-en --no-default-features

raw() { stat -c %s "$out/$1/claimlens_bg.wasm"; }
gz() { gzip -9c "$out/$1/claimlens_bg.wasm" | wc -c; }
printf '%-44s %10s %12s\n' "wasm (claimlens_bg.wasm)" "raw bytes" "gzip -9"
printf '%-44s %10d %12d\n' "default (en, fr, de, es)" "$(raw all)" "$(gz all)"
printf '%-44s %10d %12d\n' "English only (--no-default-features)" "$(raw en)" "$(gz en)"
printf '%-44s %10d %12d\n' "French, German and Spanish cost" "$(($(raw all) - $(raw en)))" "$(($(gz all) - $(gz en)))"
