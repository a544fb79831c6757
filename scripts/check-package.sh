#!/usr/bin/env bash
# What `cargo package` would publish of the core crate `claimlens` (make lint): every file
# the crate needs to build and document itself (src/, data/, build.rs and build/, the README it
# includes, the licences), and nothing else (no www/, bench/, screenshots, fixtures,
# node_modules). Then `cargo package --no-verify --offline` must write the .crate.
# (The full verify, a build of the packaged crate from the registry cache, takes minutes:
# `cargo package --offline -p claimlens` before a release; CONTRIBUTING.md, Releasing.)
set -euo pipefail
cd "$(dirname "$0")/.."
list=$(cargo package --list --allow-dirty --offline -p claimlens 2>/dev/null)
fail=0
# Needed: every tracked source and data file, and the files the manifest names.
need=$( (git ls-files 'src/**.rs' 'src/*.rs' 'data/**.txt' 'data/*.txt' 'build/*.rs'; \
  printf '%s\n' build.rs Cargo.toml README.md LICENSE-MIT LICENSE-APACHE) | sort -u)
missing=$(comm -23 <(echo "$need") <(echo "$list" | sort -u))
if [ -n "$missing" ]; then
  echo "check-package: the crate lacks files it needs:"; echo "$missing" | sed 's/^/    /'; fail=1
fi
# Allowed: sources, data, the manifest and what cargo adds itself, docs, licences.
extra=$(echo "$list" | grep -Ev '^(src/.+\.rs|data/.+\.txt|build\.rs|build/[^/]+\.rs|Cargo\.toml|Cargo\.toml\.orig|Cargo\.lock|\.cargo_vcs_info\.json|README\.md|CHANGELOG\.md|LICENSE-(MIT|APACHE))$' || true)
if [ -n "$extra" ]; then
  echo "check-package: the crate would publish files it does not need:"; echo "$extra" | sed 's/^/    /'; fail=1
fi
[ "$fail" = 0 ] || exit 1
out=$(cargo package --no-verify --allow-dirty --offline -p claimlens 2>&1) \
  || { echo "$out"; echo "check-package: cargo package failed"; exit 1; }
echo "    $(echo "$out" | grep -o 'Packaged .*')"
