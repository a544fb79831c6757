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

.PHONY: demo test eval bench python bench-batch setup realpages npm extension icons
demo: setup ; @$(MAKE) --no-print-directory pkg serve
test: setup ; @$(MAKE) --no-print-directory test-all
eval: setup ; @$(MAKE) --no-print-directory eval-all
bench: setup ; @$(MAKE) --no-print-directory bench-all
python: setup ; @$(MAKE) --no-print-directory test-python
bench-batch: setup ; @$(MAKE) --no-print-directory bench-batch-all
npm: setup ; @$(MAKE) --no-print-directory pkg npm-pack
setup: ; @scripts/setup.sh
# The browser extension for Chrome and Firefox: target/extension/claimlens-{chrome,firefox}.zip
# (unpacked in target/extension/{chrome,firefox}/), from www/extension and one source manifest.
extension: setup ; @$(MAKE) --no-print-directory pkg extension-zips
# The extension's PNG icons from www/extension/icons/icon.svg (committed; run after editing it).
icons: ; node scripts/build-icons.mjs
# Real news pages of the article-extraction-benchmark (AEB_DIR in eval/datasets.env) through
# every route, article text scored by the benchmark's evaluate.py; "skipped" without it.
realpages: setup
	@if node scripts/realpages.mjs --available; then $(MAKE) --no-print-directory pkg && node scripts/realpages.mjs; fi

.PHONY: pkg pkg-test-trap serve test-all lint test-native test-wasm test-e2e test-python eval-all bench-all cli fuzz wheel
.PHONY: bench-batch-all npm-pack extension-zips lint-extension
# The wasm package the pages load, built into www/pkg (not committed).
# From the same wasm: the snippet (classic script, wasm inlined) and the extension's copy
# (its glue has wasm-bindgen's reset-state function, to start afresh after a trap). Both take
# www/pkg's optimised wasm (wasm-bindgen writes the same bytes for each); only the glue is
# their own.
# The release profile is opt-level 3 (the native CLI). The wasm's own settings,
# WASM_OPT_LEVEL (default z) and WASM_INLINE_THRESHOLD (default unset), are read by
# scripts/wasm-env.sh, the one place that turns them into cargo's environment (scripts/size.sh
# builds through it too): `make pkg WASM_INLINE_THRESHOLD=75` builds a wasm whose warm scans
# take about 0.78 of the time, 28 KB gzip larger (docs/speed-passes.md, eighteenth stop).
export WASM_OPT_LEVEL WASM_INLINE_THRESHOLD
pkg:
	$(PHASE) "wasm-pack build (release, $$(scripts/wasm-env.sh --describe)) into www/pkg" \
	  scripts/wasm-env.sh wasm-pack --quiet build crates/claimlens-wasm --mode no-install --release --target web \
	    --out-dir ../../www/pkg --out-name claimlens --no-pack
	$(PHASE) "wasm-opt (scripts/wasm-opt.sh) on www/pkg" scripts/wasm-opt.sh www/pkg/claimlens_bg.wasm www/pkg/claimlens_bg.wasm
	@node scripts/js-module.mjs www/pkg # the glue's own modules inlined (scripts/js-module.mjs)
	@echo "    www/pkg/claimlens_bg.wasm: $$(stat -c %s www/pkg/claimlens_bg.wasm) bytes"
	$(PHASE) "snippet and extension builds" bash -c '\
	  rm -rf target/snippet && wasm-bindgen --target web --no-typescript --out-dir target/snippet --out-name claimlens \
	    target/wasm32-unknown-unknown/release/claimlens_wasm.wasm && \
	  cp www/pkg/claimlens_bg.wasm target/snippet/claimlens_bg.wasm && \
	  node scripts/build-snippet.mjs && node scripts/build-extension.mjs && \
	  wasm-bindgen --target web --experimental-reset-state-function --no-typescript --out-dir target/extension \
	    --out-name claimlens target/wasm32-unknown-unknown/release/claimlens_wasm.wasm && \
	  node scripts/js-module.mjs target/extension && \
	  mkdir -p www/extension/pkg && cp target/extension/claimlens.js www/pkg/claimlens_bg.wasm www/extension/pkg/'

# The same three builds with the test-trap feature (an export that traps the instance on
# purpose), for the trap-recovery tests only: target/trap/{pkg,extension}, and
# target/trap/claimlens-snippet.js. Test profile (quick to build; shares test-wasm's deps).
pkg-test-trap:
	$(PHASE) "wasm with the test-trap feature (trap-recovery tests only)" bash -c '\
	  cargo build --quiet --profile test --target wasm32-unknown-unknown -p claimlens-wasm --features test-trap && \
	  w=target/wasm32-unknown-unknown/debug/claimlens_wasm.wasm && \
	  wasm-bindgen --target web --out-dir target/trap/pkg --out-name claimlens $$w && \
	  node scripts/js-module.mjs target/trap/pkg && \
	  wasm-bindgen --target web --no-typescript --out-dir target/trap/snippet --out-name claimlens $$w && \
	  wasm-bindgen --target web --experimental-reset-state-function --no-typescript --out-dir target/trap/extension \
	    --out-name claimlens $$w && node scripts/js-module.mjs target/trap/extension && \
	  node scripts/build-snippet.mjs target/trap/snippet target/trap/claimlens-snippet.js' 

# The npm package `claimlens` (from www/pkg): target/npm, packed to target/claimlens-VERSION.tgz
# (the version is Cargo.toml's). Tested as a user meets it by tests/e2e/npm.test.mjs.
npm-pack:
	$(PHASE) "npm package claimlens into target/npm, npm pack" node scripts/build-npm.mjs

serve:
	@node scripts/serve.mjs www $(PORT)

extension-zips:
	$(PHASE) "extension zips (Chrome, Firefox)" node scripts/build-extension.mjs --zip

# Mozilla's linter on the Firefox build (offline: web-ext from node_modules).
lint-extension: extension-zips
	$(PHASE) "web-ext lint (the Firefox build)" \
	  web-ext lint --source-dir target/extension/firefox --self-hosted --warnings-as-errors --no-input

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

test-all: lint test-native test-wasm test-e2e lint-extension test-python
	@echo "==> all test layers passed"

lint:
	$(PHASE) "cargo fmt --check" cargo fmt --all --check
	$(PHASE) "eslint (hand-written JavaScript)" eslint --max-warnings 0 .
	$(PHASE) "cargo clippy -D warnings (native)" cargo clippy --quiet --all-targets -- -D warnings
	$(PHASE) "cargo clippy -D warnings (wasm32)" \
	  cargo clippy --quiet -p claimlens -p claimlens-wasm --lib --tests --target wasm32-unknown-unknown -- -D warnings
	$(PHASE) "cargo clippy -D warnings (wasm32, English only: --no-default-features)" \
	  cargo clippy --quiet -p claimlens -p claimlens-wasm --lib --no-default-features --target wasm32-unknown-unknown -- -D warnings
	$(PHASE) "cargo package --list (the crate publishes what it needs, nothing else)" scripts/check-package.sh

test-native:
	$(PHASE) "layer 1: cargo test (the core and the CLI, natively)" cargo test --quiet

test-wasm:
	$(PHASE) "layer 2: wasm-pack test --node --headless --chrome" \
	  wasm-pack test --mode no-install --node --headless --chrome crates/claimlens-wasm

test-e2e: pkg cli pkg-test-trap npm-pack extension-zips
	$(PHASE) "layer 3: Playwright end to end in headless Chromium" \
	  node --test --test-reporter=spec tests/e2e/

# The stable fuzzer (fuzz/): FUZZ_SECONDS of generated news-like text against every report
# invariant, at low priority; findings are minimised into fuzz/corpus/ (replayed by cargo test).
FUZZ_SECONDS ?= 600
fuzz: setup
	nice -n 19 cargo run --quiet --profile fuzz -p claimlens-fuzz -- --seconds $(FUZZ_SECONDS) --seed $$(date +%s)

test-python: wheel cli
	$(PHASE) "layer 4: pytest (the Python package; Dask on a LocalCluster of 2 workers)" \
	  $(PY) -m pytest -q -p no:cacheprovider crates/claimlens-py/tests

eval-all: cli
	@scripts/eval.sh

bench-all: pkg cli
	$(PHASE) "bench: native scan throughput" cargo bench --quiet --bench scan
	$(PHASE) "bench: time and peak memory per generator at 10 KB / 100 KB / 1 MB" \
	  cargo test --quiet --release --test scaling -- --nocapture
	$(PHASE) "bench: wasm scan in Chromium, package size" node bench/wasm.mjs
	$(PHASE) "bench: wasm size, and what French, German and Spanish cost in it" scripts/size.sh
	$(PHASE) "bench: findArticle() + highlight() on real pages, phase by phase" node bench/pages.mjs
	$(PHASE) "bench: the bookmarklet's route on real pages (the snippet, script to panel)" node bench/snippet.mjs
	$(PHASE) "bench: highlighting pages of 1k/10k/100k words vs mark.js" node bench/dom.mjs
	$(PHASE) "bench: longest main-thread task on a 100k-word page, highlight() vs highlightAsync()" \
	  node bench/longtask.mjs
	$(PHASE) "bench: the scan's time budget on pages of 100k/300k/1M words" node bench/budget.mjs
	$(PHASE) "bench: hedges vs write-good and retext-intensify" node bench/hedge_peers.mjs
	@if [ -f bench/demo.mjs ]; then scripts/phase.sh "bench: demo page cold load" node bench/demo.mjs; fi

# Corpus throughput (CLI, Python, Dask, textacy as the peer) and the CLI's peak memory on a
# 1 GB JSONL: bench/batch.py, figures in the README. Not part of `make bench` (minutes, a GB
# of disk, and a second venv for textacy and spaCy).
bench-batch-all: wheel cli
	$(PHASE) "bench: corpus throughput and streaming memory" $(PY) bench/batch.py
