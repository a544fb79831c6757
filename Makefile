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
WASM_PACK := wasm-pack --quiet
PHASE = @echo "==> $(1)"; t0=$$(date +%s)
DONE = echo "    ok ($$(( $$(date +%s) - t0 ))s): $(1)"

.PHONY: demo test eval bench setup
demo: setup ; @$(MAKE) --no-print-directory pkg serve
test: setup ; @$(MAKE) --no-print-directory test-all
eval: setup ; @$(MAKE) --no-print-directory eval-all
bench: setup ; @$(MAKE) --no-print-directory bench-all
setup: ; @scripts/setup.sh

.PHONY: pkg serve test-all lint test-native test-wasm test-e2e eval-all bench-all cli
# The wasm package the pages load, built into www/pkg (not committed).
pkg:
	$(call PHASE,wasm-pack build (release) into www/pkg)
	$(WASM_PACK) build --mode no-install --release --target web --out-dir www/pkg --no-pack
	@$(call DONE,www/pkg: $$(stat -c %s www/pkg/claimlens_bg.wasm) bytes of wasm)

serve:
	@node scripts/serve.mjs www $(PORT)

cli:
	cargo build --release --quiet --bin claimlens

test-all: lint test-native test-wasm test-e2e
	@echo "==> all test layers passed"

lint:
	$(call PHASE,cargo fmt --check; cargo clippy -D warnings (native and wasm32))
	cargo fmt --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --lib --tests --target wasm32-unknown-unknown -- -D warnings
	@$(call DONE,lint)

test-native:
	$(call PHASE,layer 1: cargo test (the core, natively))
	cargo test --quiet
	@$(call DONE,cargo test)

test-wasm:
	$(call PHASE,layer 2: wasm-pack test --node --headless --chrome)
	$(WASM_PACK) test --mode no-install --node --headless --chrome
	@$(call DONE,wasm-pack test)

test-e2e: pkg
	$(call PHASE,layer 3: Playwright end to end in headless Chromium)
	node --test --test-reporter=spec tests/e2e/
	@$(call DONE,playwright)

eval-all: cli
	@scripts/eval.sh

bench-all: pkg
	$(call PHASE,bench: native scan throughput)
	cargo bench --quiet --bench scan
	$(call PHASE,bench: wasm scan in Chromium and package size)
	node bench/wasm.mjs
