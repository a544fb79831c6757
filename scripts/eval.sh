#!/usr/bin/env bash
# make eval: detection quality of the release CLI with the shared scorers.
#   1. the project's own annotated fixtures (tests/fixtures)
#   2. the shared real-article set (../shared/eval)
#   3. PolNeAR dev (84 articles): attribution, when eval/datasets.env names POLNEAR_DIR
#   4. the PolNeAR hedge set, dev half (20 articles), likewise, and the span IoU of its
#      annotated claims
# Corpora are read where they are; nothing of them is copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${CLAIMLENS_EVAL_DIR:-../shared/eval}"
SCORER="$SHARED/score.py"
CMD="$PWD/target/release/claimlens scan --format json {file}"
if [ ! -f "$SCORER" ]; then
  echo "eval: $SCORER not found (set CLAIMLENS_EVAL_DIR to the shared eval folder)" >&2
  exit 1
fi
# The fixtures by language: English, then French, German and Spanish, each in two sets:
# the articles the rules were developed on and the held-out ones (their annotation file
# starts "# HELD-OUT"), which are scored but never used for error analysis.
sets=$(mktemp -d)
trap 'rm -rf "$sets"' EXIT
for f in tests/fixtures/*.gold.json; do
  name=$(basename "$f" .gold.json)
  case "$name" in fr-*|de-*|es-*) lang=${name%%-*} ;; *) lang=en ;; esac
  part=dev
  head -1 "tests/fixtures/annotations/$name.py" | grep -q HELD-OUT && part=held-out
  mkdir -p "$sets/$lang-$part"
  ln -s "$PWD/tests/fixtures/$name.txt" "$PWD/$f" "$sets/$lang-$part/"
done
echo "==> own fixtures, English (tests/fixtures)"
python3 "$SCORER" --gold-dir "$sets/en-dev" --cmd "$CMD"
for set in fr-dev de-dev es-dev en-held-out fr-held-out de-held-out es-held-out; do
  echo
  echo "==> own fixtures, $set"
  python3 "$SCORER" --gold-dir "$sets/$set" --cmd "$CMD" | tail -3
done
echo
echo "==> real articles ($SHARED)"
python3 "$SCORER" --cmd "$CMD"
echo
pol=$( [ -f eval/datasets.env ] && sed -n 's/^POLNEAR_DIR=//p' eval/datasets.env | tail -1 || true)
if [ -z "$pol" ] || [ ! -e "$pol" ]; then
  echo "==> PolNeAR dev: skipped (no POLNEAR_DIR in eval/datasets.env)"
  echo "==> PolNeAR hedge set: skipped (no POLNEAR_DIR in eval/datasets.env)"
  exit 0
fi
echo "==> PolNeAR dev (attribution, 84 articles)"
python3 "$SHARED/polnear/score_polnear.py" --snapshot "$pol" --split dev --cmd "$CMD"
echo
echo "==> PolNeAR hedge set, dev (20 articles; only the hedge figures apply)"
gold=$(mktemp -d)
trap 'rm -rf "$gold" "$sets"' EXIT
python3 eval/polnear_hedges/extract.py --snapshot "$pol" --split dev --out "$gold" >/dev/null
python3 "$SCORER" --gold-dir "$gold" --cmd "$CMD" | tail -1
echo
echo "==> PolNeAR hedge set, dev: claim spans of 30 hedges (eval/polnear_hedges/CLAIMS.md)"
python3 eval/polnear_hedges/claims.py score --snapshot "$pol" --claims eval/polnear_hedges/claims-dev.json --cmd "$CMD" | tail -1
