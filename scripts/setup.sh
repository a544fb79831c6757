#!/usr/bin/env bash
# Takes a fresh Debian 12 machine of this project's kind to a working claimlens toolchain.
# Idempotent: every step checks before it acts, so a second run does nothing and takes seconds.
# Facts behind each step: ../shared/TOOLCHAIN.md (wasm32 target routes, pinned tools, pitfalls).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CLAIMLENS_CACHE:-$HOME/.cache/claimlens}"
WASM_PACK_VERSION=0.15.1
BINARYEN_VERSION=132.0.0
STD_DIR=/usr/lib/rustlib/wasm32-unknown-unknown/lib
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p "$CACHE"

step_name=""
step_t0=0
step() { step_name="$1"; step_t0=$(date +%s); echo "==> setup: $1"; }
done_step() { echo "    ok ($(( $(date +%s) - step_t0 ))s): ${1:-$step_name}"; }
fail() {
  echo "!! setup failed at step '$step_name': $1" >&2
  echo "!! what to do: $2" >&2
  exit 1
}

apt_updated=0
apt_install() { # apt_install PKG... : installs only what is missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated -eq 0 ]; then
    echo "    apt-get update"
    apt-get update -qq || return 1
    apt_updated=1
  fi
  echo "    apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- 1. wasm32 target ------------------------------------------------------------------
# A real probe: compile, link and run a std-using cdylib (printing the target libdir proves nothing).
probe_wasm() { # probe_wasm TOOLCHAIN
  local dir="$CACHE/wasm-probe"
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<'TOML'
[package]
name = "wasm-probe"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[profile.release]
lto = true
panic = "abort"
TOML
  cat >"$dir/src/lib.rs" <<'RS'
#[no_mangle]
pub extern "C" fn probe(n: u32) -> u32 {
    let s: String = format!("{n}").chars().rev().collect();
    s.len() as u32
}
RS
  (cd "$dir" && RUSTUP_TOOLCHAIN="$1" timeout 300 cargo build -q --release --offline \
      --target wasm32-unknown-unknown >/dev/null 2>&1) || return 1
  node -e "WebAssembly.instantiate(require('fs').readFileSync('$dir/target/wasm32-unknown-unknown/release/wasm_probe.wasm')).then(m => process.exit(m.instance.exports.probe(12345) === 5 ? 0 : 1), () => process.exit(1))"
}

build_debian_std() {
  local dir="$CACHE/wasm-std" stamp="$STD_DIR/.claimlens-rustc-vV"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(/usr/bin/rustc -vV)" ]; then return 0; fi
  echo "    building std for wasm32 from rust-web-src (about 40 s)"
  mkdir -p "$dir/src"
  printf '[package]\nname = "wasm-std"\nversion = "0.0.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n' >"$dir/Cargo.toml"
  echo '#[no_mangle] pub extern "C" fn f() -> u32 { 1 }' >"$dir/src/lib.rs"
  (cd "$dir" && RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
    /usr/bin/cargo build -q --release --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort,test --offline \
      --config 'source.crates-io.replace-with="vendored"' \
      --config 'source.vendored.directory="/usr/lib/rustlib/src/rust/library/vendor"') || return 1
  mkdir -p "$STD_DIR"
  rm -f "$STD_DIR"/lib*.rlib
  find "$dir/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libwasm_std*' \
    -exec cp {} "$STD_DIR/" \;
  /usr/bin/rustc -vV >"$stamp"
}

step "wasm32-unknown-unknown target"
TC_FILE="$ROOT/target/.claimlens-toolchain"
mkdir -p "$ROOT/target"
default_tc="$(cd "$ROOT" && rustup show active-toolchain 2>/dev/null | cut -d' ' -f1)"
if [ -f "$TC_FILE" ] && { [ -z "${CLAIMLENS_FORCE_DEBIAN_RUST:-}" ] || [ "$(cat "$TC_FILE")" = debian-web ]; } \
   && probe_wasm "$(cat "$TC_FILE")"; then
  done_step "wasm32 target works with toolchain $(cat "$TC_FILE") (checked before)"
elif [ -z "${CLAIMLENS_FORCE_DEBIAN_RUST:-}" ] && [ -n "$default_tc" ] && probe_wasm "$default_tc"; then
  echo "$default_tc" >"$TC_FILE"; done_step "route 1: already installed for $default_tc"
elif [ -z "${CLAIMLENS_FORCE_DEBIAN_RUST:-}" ] && [ -n "$default_tc" ] \
     && timeout 90 rustup target add --toolchain "$default_tc" wasm32-unknown-unknown >/dev/null 2>&1 \
     && probe_wasm "$default_tc"; then
  echo "$default_tc" >"$TC_FILE"; done_step "route 2: rustup target add for $default_tc"
else
  echo "    route 3: Debian's Rust (rustc-web) with std built for wasm32"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22 rust-web-clippy rustfmt-web \
    || fail "apt-get install of Debian's Rust failed" "check that deb.debian.org is reachable, then re-run"
  build_debian_std || fail "building std for wasm32 failed" "see the cargo error above; delete $CACHE/wasm-std and re-run"
  rustup toolchain link debian-web /usr >/dev/null 2>&1 || true
  probe_wasm debian-web || fail "the Debian toolchain cannot build wasm32" "check /usr/bin/rust-lld (package lld-22) and $STD_DIR"
  echo debian-web >"$TC_FILE"; done_step "route 3: Debian Rust 1.96 (toolchain debian-web)"
fi
TOOLCHAIN="$(cat "$TC_FILE")"
export RUSTUP_TOOLCHAIN="$TOOLCHAIN"
if ! cargo clippy --version >/dev/null 2>&1 || ! cargo fmt --version >/dev/null 2>&1; then
  step "clippy and rustfmt for $TOOLCHAIN"
  timeout 120 rustup component add --toolchain "$TOOLCHAIN" clippy rustfmt >/dev/null 2>&1 \
    || fail "clippy/rustfmt are missing for $TOOLCHAIN" "re-run with CLAIMLENS_FORCE_DEBIAN_RUST=1 to use Debian's Rust, which ships both"
  done_step
fi

# --- 2. wasm-bindgen-cli at exactly the Cargo.lock version --------------------------------
step "wasm-bindgen-cli (the Cargo.lock version)"
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' "$ROOT/Cargo.lock")"
[ -n "$WB_VERSION" ] || fail "no wasm-bindgen in Cargo.lock" "run 'cargo generate-lockfile' in $ROOT"
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" = "$WB_VERSION" ]; then
  done_step "wasm-bindgen $WB_VERSION already installed"
else
  echo "    cargo install wasm-bindgen-cli $WB_VERSION (about 2 min)"
  cargo install -q wasm-bindgen-cli --version "$WB_VERSION" --locked 2>/dev/null \
    || cargo install -q wasm-bindgen-cli --version "$WB_VERSION" \
    || fail "cargo install wasm-bindgen-cli $WB_VERSION failed" "check that crates.io is reachable, then re-run"
  done_step
fi

# --- 3. wasm-pack ----------------------------------------------------------------------
step "wasm-pack $WASM_PACK_VERSION"
if [ "$(wasm-pack --version 2>/dev/null | cut -d' ' -f2)" = "$WASM_PACK_VERSION" ]; then
  done_step "wasm-pack $WASM_PACK_VERSION already installed"
else
  echo "    cargo install wasm-pack $WASM_PACK_VERSION (about 2 min)"
  cargo install -q wasm-pack --version "$WASM_PACK_VERSION" --locked \
    || fail "cargo install wasm-pack failed" "check that crates.io is reachable, then re-run"
  done_step
fi

# --- 4. Chromium and ChromeDriver (Debian's, installed together) -----------------------
step "chromium + chromium-driver"
apt_install chromium chromium-driver \
  || fail "apt-get install chromium chromium-driver failed" "check that deb.debian.org is reachable, then re-run"
[ "$(chromium --version 2>/dev/null | awk '{print $2}')" = "$(chromedriver --version 2>/dev/null | awk '{print $2}')" ] \
  || fail "chromium and chromedriver versions differ" "apt-get install --reinstall chromium chromium-driver"
done_step "$(chromium --version 2>/dev/null | head -1)"

# --- 5. npm packages (playwright-core, binaryen's wasm-opt, benchmark peers) -----------
step "npm packages of package.json"
stamp="$ROOT/node_modules/.claimlens-lock"
if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; then
  done_step "node_modules matches package-lock.json"
else
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) \
    || fail "npm ci failed" "check that the npm registry is reachable, then re-run"
  cp "$ROOT/package-lock.json" "$stamp"
  done_step
fi
"$ROOT/node_modules/.bin/wasm-opt" --version >/dev/null 2>&1 \
  || fail "wasm-opt from npm binaryen does not run" "rm -rf node_modules and re-run"

# --- 6. Python venv for the Python package's tests (make python) ------------------------
# maturin, pytest, dask, pandas, pyarrow at the pinned versions, from wheels only (no build).
step "Python venv target/py (crates/claimlens-py/requirements-dev.txt)"
VENV="$ROOT/target/py"
REQ="$ROOT/crates/claimlens-py/requirements-dev.txt"
if [ -f "$VENV/.claimlens-req" ] && cmp -s "$VENV/.claimlens-req" "$REQ" \
   && "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  done_step "target/py matches requirements-dev.txt"
else
  py_ok() { python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1; }
  if ! py_ok; then
    apt_install python3 python3-venv \
      || fail "apt-get install python3 python3-venv failed" "check that deb.debian.org is reachable, then re-run"
    hash -r
    py_ok || fail "python3 is older than 3.10 or has no venv module" "put a Python 3.10+ with venv first on PATH"
  fi
  "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1 || { rm -rf "$VENV"; python3 -m venv "$VENV"; } \
    || fail "python3 -m venv $VENV failed" "delete $VENV and re-run"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
      --only-binary :all: -r "$REQ" \
    || fail "pip install -r requirements-dev.txt failed" "check that PyPI is reachable, then re-run"
  cp "$REQ" "$VENV/.claimlens-req"
  done_step "$("$VENV/bin/python" --version): $(grep -c "^[A-Za-z]" "$REQ") packages"
fi

echo "==> setup: done (toolchain $TOOLCHAIN)"
