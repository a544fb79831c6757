# claimlens: the two commands a new user needs are `make demo` and `make test`.
# Both run scripts/setup.sh first, which installs whatever is missing (idempotent).
#
# Top-level targets re-enter make after setup so that the toolchain chosen by setup
# (target/.claimlens-toolchain) is read once, here, for every cargo and wasm-pack call.

PORT ?= 8000
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export RUSTUP_TOOLCHAIN := $(shell cat target/.claimlens-toolchain 2>/dev/null)
PHASE := @scripts/phase.sh

.PHONY: demo test eval bench python bench-batch setup
demo: setup ; @$(MAKE) --no-print-directory pkg serve
test: setup ; @$(MAKE) --no-print-directory test-all
eval: setup ; @$(MAKE) --no-print-directory eval-all
bench: setup ; @$(MAKE) --no-print-directory bench-all
python: setup ; @$(MAKE) --no-print-directory test-python
bench-batch: setup ; @$(MAKE) --no-print-directory bench-batch-all
setup: ; @scripts/setup.sh

.PHONY: pkg serve test-all lint test-native test-wasm test-e2e test-python eval-all bench-all cli wheel
.PHONY: bench-batch-all
# The wasm package the pages load, built into www/pkg (not committed).
# From the same wasm: the snippet (classic script, wasm inlined) and the extension's copy.
pkg:
	$(PHASE) "wasm-pack build (release) into www/pkg" \
	  wasm-pack --quiet build crates/claimlens-wasm --mode no-install --release --target web \
	    --out-dir ../../www/pkg --out-name claimlens --no-pack
	@echo "    www/pkg/claimlens_bg.wasm: $$(stat -c %s www/pkg/claimlens_bg.wasm) bytes"
	$(PHASE) "snippet and extension builds" bash -c '\
	  wasm-bindgen --target no-modules --no-typescript --out-dir target/snippet --out-name claimlens \
	    target/wasm32-unknown-unknown/release/claimlens_wasm.wasm && \
	  wasm-opt -Oz target/snippet/claimlens_bg.wasm -o target/snippet/claimlens_bg.wasm && \
	  node scripts/build-snippet.mjs && node scripts/build-extension.mjs && \
	  mkdir -p www/extension/pkg && cp www/pkg/claimlens.js www/pkg/claimlens_bg.wasm www/extension/pkg/' 

serve:
	@node scripts/serve.mjs www $(PORT)

cli:
	$(PHASE) "cargo build --release (native CLI)" cargo build --release --quiet -p claimlens-cli

# The Python package: an abi3 wheel (CPython 3.10+) in target/wheels, installed into the venv
# target/py that setup made. `pip install target/wheels/claimlens-*.whl` installs it anywhere.
PY := target/py/bin/python
wheel:
	@rm -f target/wheels/claimlens-*.whl
	$(PHASE) "maturin build (the Python wheel, profile python)" \
	  target/py/bin/maturin build --quiet --profile python --manifest-path crates/claimlens-py/Cargo.toml \
	    --interpreter $(PY) --out target/wheels
	$(PHASE) "pip install the wheel into target/py" \
	  $(PY) -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall target/wheels/claimlens-*.whl

test-all: lint test-native test-wasm test-e2e test-python
	@echo "==> all test layers passed"

lint:
	$(PHASE) "cargo fmt --check" cargo fmt --all --check
	$(PHASE) "eslint (hand-written JavaScript)" eslint --max-warnings 0 .
	$(PHASE) "cargo clippy -D warnings (native)" cargo clippy --quiet --all-targets -- -D warnings
	$(PHASE) "cargo clippy -D warnings (wasm32)" \
	  cargo clippy --quiet -p claimlens -p claimlens-wasm --lib --tests --target wasm32-unknown-unknown -- -D warnings

test-native:
	$(PHASE) "layer 1: cargo test (the core and the CLI, natively)" cargo test --quiet

test-wasm:
	$(PHASE) "layer 2: wasm-pack test --node --headless --chrome" \
	  wasm-pack test --mode no-install --node --headless --chrome crates/claimlens-wasm

test-e2e: pkg cli
	$(PHASE) "layer 3: Playwright end to end in headless Chromium" \
	  node --test --test-reporter=spec tests/e2e/

test-python: wheel cli
	$(PHASE) "layer 4: pytest (the Python package; Dask on a LocalCluster of 2 workers)" \
	  $(PY) -m pytest -q -p no:cacheprovider crates/claimlens-py/tests

eval-all: cli
	@scripts/eval.sh

bench-all: pkg cli
	$(PHASE) "bench: native scan throughput" cargo bench --quiet --bench scan
	$(PHASE) "bench: wasm scan in Chromium, package size" node bench/wasm.mjs
	$(PHASE) "bench: highlighting pages of 1k/10k/100k words vs mark.js" node bench/dom.mjs
	$(PHASE) "bench: hedges vs write-good and retext-intensify" node bench/hedge_peers.mjs
	@if [ -f bench/demo.mjs ]; then scripts/phase.sh "bench: demo page cold load" node bench/demo.mjs; fi

# Corpus throughput (CLI, Python, Dask, textacy as the peer) and the CLI's peak memory on a
# 1 GB JSONL: bench/batch.py, figures in the README. Not part of `make bench` (minutes, a GB
# of disk, and a second venv for textacy and spaCy).
bench-batch-all: wheel cli
	$(PHASE) "bench: corpus throughput and streaming memory" $(PY) bench/batch.py
