#!/usr/bin/env bash
# make eval: precision/recall of the release CLI on the project's own annotated fixtures
# (tests/fixtures) and on the shared real-article set (../shared/eval), with the shared
# scorer (quotes by span IoU >= 0.8, speakers, attributions, hedges; see its README).
set -euo pipefail
cd "$(dirname "$0")/.."
SCORER="${CLAIMLENS_EVAL_DIR:-../shared/eval}/score.py"
CMD="$PWD/target/release/claimlens scan --format json {file}"
if [ ! -f "$SCORER" ]; then
  echo "eval: $SCORER not found (set CLAIMLENS_EVAL_DIR to the shared eval folder)" >&2
  exit 1
fi
echo "==> own fixtures (tests/fixtures)"
python3 "$SCORER" --gold-dir tests/fixtures --cmd "$CMD"
echo
echo "==> real articles ($(dirname "$SCORER"))"
python3 "$SCORER" --cmd "$CMD"
