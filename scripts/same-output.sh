#!/usr/bin/env bash
# same-output.sh BASE_REF [CLI]: proves that a change leaves detection untouched. Builds the
# release CLI of BASE_REF in a scratch worktree, scans the same inputs with it and with CLI
# (default: target/release/claimlens of the working tree, built if missing), in JSON and text
# formats, and compares the outputs byte for byte.
#
# Inputs: ../shared/eval/articles, tests/fixtures, www/samples, long generated pages (the
# samples and fixtures joined), and, when eval/datasets.env names POLNEAR_DIR, PolNeAR dev
# (84 articles). Exit 0 when every output is identical, 1 with the differing files listed.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: scripts/same-output.sh BASE_REF [CLI]}"
cli="${2:-target/release/claimlens}"
work="target/same-output"
rm -rf "$work/inputs" "$work/base" "$work/head"
mkdir -p "$work/inputs" "$work/base" "$work/head"

# The base CLI, built once per commit (cached by commit hash).
rev=$(git rev-parse "$base^{commit}")
base_cli="$work/cli-$rev"
if [ ! -x "$base_cli" ]; then
  tree="$work/tree-$rev"
  rm -rf "$tree"; git worktree prune
  git worktree add --detach -q "$tree" "$rev"
  (cd "$tree" && CARGO_TARGET_DIR="$PWD/../target-base" cargo build --release --quiet --bin claimlens)
  cp "$work/target-base/release/claimlens" "$base_cli"
  git worktree remove --force "$tree"
fi
[ -x "$cli" ] || cargo build --release --quiet --bin claimlens

# Inputs.
n=0
add() { cp "$1" "$work/inputs/$2"; n=$((n + 1)); }
for f in ../shared/eval/articles/*.txt; do [ -f "$f" ] && add "$f" "shared-$(basename "$f")"; done
for f in tests/fixtures/*.txt www/samples/*.txt; do add "$f" "$(basename "$(dirname "$f")")-$(basename "$f")"; done
cat tests/fixtures/*.txt www/samples/*.txt > "$work/inputs/long-joined.txt"; n=$((n + 1))
for _ in 1 2 3 4 5 6 7 8; do cat "$work/inputs/long-joined.txt"; done > "$work/inputs/long-x8.txt"; n=$((n + 1))
pol=$( [ -f eval/datasets.env ] && sed -n 's/^POLNEAR_DIR=//p' eval/datasets.env | tail -1 || true)
if [ -n "$pol" ] && [ -e "$pol" ]; then
  gd="$pol"; [ -d "$pol/.git" ] && gd="$pol/.git"
  for p in $(git --git-dir "$gd" ls-tree --name-only HEAD data/dev/text/); do
    git --git-dir "$gd" show "HEAD:$p" > "$work/inputs/polnear-$(basename "$p")"; n=$((n + 1))
  done
fi

# Both CLIs, both formats.
for f in "$work"/inputs/*.txt; do
  b=$(basename "$f" .txt)
  "$base_cli" scan --format json "$f" > "$work/base/$b.json"
  "$cli" scan --format json "$f" > "$work/head/$b.json"
  NO_COLOR=1 "$base_cli" scan --format text "$f" > "$work/base/$b.text"
  NO_COLOR=1 "$cli" scan --format text "$f" > "$work/head/$b.text"
done
if diff -rq "$work/base" "$work/head" > "$work/diff.txt"; then
  echo "same-output: $n inputs, JSON and text identical to $base ($rev)"
else
  echo "same-output: outputs differ from $base ($rev):" >&2
  cat "$work/diff.txt" >&2
  exit 1
fi
