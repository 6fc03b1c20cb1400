# h200-explainer: `make serve` and `make test` install whatever is missing, then build and run.
# Every tool is pinned; each install step is skipped when that exact version is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock resolved.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export TRUNK_SKIP_VERSION_CHECK := true
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED := $(CURDIR)/../shared

.PHONY: help setup setup-rust setup-node setup-browser echarts build serve test test-native test-wasm test-e2e copycheck bench clean

help:
	@echo "make serve   install what is missing, build, serve on http://127.0.0.1:8080"
	@echo "make test    install what is missing, run every test (native + headless Chromium)"
	@echo "make build   release build in dist/ (relative URLs: works under any sub-path)"
	@echo "make bench   performance benchmark against a plain-HTML baseline (bench/results.json)"

setup: setup-rust setup-node setup-browser

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 5 minutes on 2 cores)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi
	@# --locked fails for wasm-bindgen-cli on this registry (its lockfile pins a yanked crate).
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 2 minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; fi
	@cargo fetch --locked --quiet

setup-node: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
	    || ! dpkg-query -W -f='$${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; then \
	  echo "installing Debian chromium, chromium-driver and fonts-noto-cjk"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; fi

# Our ECharts build: only the charts and components in use (tools/echarts-entry.mjs).
echarts: build/echarts.min.js

build/echarts.min.js: tools/echarts-entry.mjs tools/build-echarts.mjs package-lock.json | setup-node
	node tools/build-echarts.mjs

# Trunk builds the app; the native `prerender` binary renders the article in both languages, and
# postbuild splices it into index.html with the CSP (inline-script hashes) and the ECharts hash.
build: setup-rust setup-node echarts
	trunk build --release
	cargo run --locked --release --quiet --bin prerender -- build/prerender.json
	node tools/postbuild.mjs dist build/prerender.json
	node tools/precompress.mjs dist

serve: setup-rust setup-node echarts
	@echo "serving on http://127.0.0.1:8080/"
	trunk serve

test: setup test-native test-wasm build test-e2e copycheck

test-native: setup-rust
	cargo test --locked

# Component tests in headless Chromium through wasm-bindgen-test-runner and chromedriver.
test-wasm: setup-rust setup-node setup-browser echarts
	CHROMEDRIVER=$$(command -v chromedriver) \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e: setup-node setup-browser
	playwright test --config tests/e2e/playwright.config.mjs

# The performance benchmark: Lighthouse, asset sizes and interaction latency against a plain
# HTML baseline; prints a markdown table and writes bench/results.json. Budgets are checked here,
# not by `make test`.
bench: build setup-browser
	node bench/bench.mjs

copycheck:
	@if [ -f "$(SHARED)/tools/copycheck.py" ]; then python3 "$(SHARED)/tools/copycheck.py" .; \
	  else echo "copycheck skipped: ../shared/tools/copycheck.py not found"; fi

clean:
	rm -rf dist build target/trunk
