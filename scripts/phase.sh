#!/usr/bin/env bash
# phase.sh LABEL COMMAND...: runs one phase of a make target and prints how long it took.
label="$1"; shift
echo "==> $label"
t0=$(date +%s)
"$@" || { rc=$?; echo "!! $label failed after $(( $(date +%s) - t0 ))s (exit $rc)" >&2; exit $rc; }
echo "    ok ($(( $(date +%s) - t0 ))s): $label"
