# h200-explainer: `make serve` and `make test` install whatever is missing, then build and run.
# Every tool is pinned; each install step is skipped when that exact version is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock resolved.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export TRUNK_SKIP_VERSION_CHECK := true
# Trunk builds the site (Trunk.toml). 0.21.14 is the newest release that builds with rustc 1.95
# (0.22 asks for 1.96.1); Trunk.toml's trunk-version pins the same.
TRUNK_VERSION := 0.21.14
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED := $(CURDIR)/../shared

.PHONY: screenshots help setup setup-rust setup-trunk setup-node setup-browser setup-fonts setup-wordpress echarts build serve dev test test-native test-wasm test-e2e copycheck bench clean

help:
	@echo "make serve   install what is missing, build the release, serve it on http://127.0.0.1:8080 as a static host would"
	@echo "make test    install what is missing, run every test (native, wasm and e2e in Chromium, checks)"
	@echo "make screenshots  full-page screenshots, ja/en × 375/1280 × light/dark, into screenshots/"
	@echo "make dev     trunk serve: the whole article on http://127.0.0.1:8080, rebuilt and reloaded on every change"
	@echo "make build   release build in dist/ (relative URLs: works under any sub-path)"
	@echo "             SITE_URL=https://example.org/h200/ make build: the address the site will have, for the"
	@echo "             absolute URLs of link cards, canonical, hreflang, oEmbed and sitemap.xml (default"
	@echo "             http://127.0.0.1:8080/, for local use only; the build says so when it is used)"
	@echo "make bench   performance benchmark against a plain-HTML baseline (bench/results.json)"

setup: setup-rust setup-trunk setup-node setup-browser setup-fonts setup-wordpress

# What `make test` and `make build` need from crates.io: the wasm target and wasm-bindgen-cli.
setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@# --locked fails for wasm-bindgen-cli on this registry (its lockfile pins a yanked crate).
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 3 minutes on 2 cores)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; fi
	@cargo fetch --locked --quiet

# Trunk from crates.io, without its update check (no request at build time); about 8 minutes on 2
# cores, once.
setup-trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 8 minutes on 2 cores)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked --no-default-features --features rustls --force; fi

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

# A real WordPress for the embed test (tests/e2e/wordpress.spec.mjs): Debian's wordpress 6.1,
# PHP's CLI (its built-in server) and MariaDB; nothing is started or configured system-wide (the
# test runs its own database and server under build/wp, on loopback). About a minute cold.
setup-wordpress:
	@if [ ! -f /usr/share/wordpress/wp-settings.php ] || ! command -v php >/dev/null \
	    || ! php -m 2>/dev/null | grep -qx mysqli || [ ! -x /usr/sbin/mariadbd ]; then \
	  echo "installing Debian wordpress, php-cli, php-mysql and mariadb-server (for the embed test)"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    wordpress php-cli php-mysql mariadb-server >/dev/null; fi

# The faces the card images are drawn in (src/social/raster.rs): Noto Sans CJK JP and Liberation
# Sans/Serif, from Debian; the build fails, naming them, if they are missing.
setup-fonts:
	@if ! dpkg-query -W -f='$${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' \
	    || ! dpkg-query -W -f='$${Status}' fonts-liberation 2>/dev/null | grep -q 'install ok installed'; then \
	  echo "installing fonts-noto-cjk and fonts-liberation (for the card images)"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fonts-noto-cjk fonts-liberation >/dev/null; fi

# Our ECharts build: only the charts and components in use (tools/echarts-entry.mjs).
echarts: build/echarts.min.js

build/echarts.min.js: tools/echarts-entry.mjs tools/build-echarts.mjs package-lock.json | setup-node
	node tools/build-echarts.mjs

# The release build: `trunk build --release` (Trunk.toml). Trunk runs cargo, wasm-bindgen and
# wasm-opt (the pinned ones: offline, it never downloads its own), hashes the assets into their
# names and runs the hooks: tools/trunk-pre-build.mjs (ECharts bundle, joined stylesheet), then
# tools/trunk-post-build.sh (the native prerender of both languages and the card images, in the
# dev profile `cargo test` shares; tools/assemble.mjs for the pages, CSP and _headers;
# precompression). SITE_URL reaches the prerender through the environment.
build: setup-rust setup-trunk setup-node setup-fonts
	SITE_URL="$(SITE_URL)" trunk build --release

# What readers get: the release build served with its _headers (CSP, cache rules), precompressed
# files and application/wasm, as a static host would.
serve: build
	node tools/serve.mjs dist 8080

# Trunk's own server: it runs the same build (hooks included, so the whole article is there),
# watches the sources, rebuilds on a change and reloads the page (its live-reload script is kept
# by assemble.mjs). A debug wasm: faster to rebuild; `make serve` is what readers get.
dev: setup-rust setup-trunk setup-node setup-fonts
	trunk serve

# Every test and check, then one closing line: `tests: N passed, M failed` (tools/test.sh).
test:
	@tools/test.sh

test-native: setup-rust
	cargo test --locked

# Component tests in headless Chromium through wasm-bindgen-test-runner and chromedriver. In the
# release profile: after `make build` every crate is already compiled for it, so only the test
# itself is (a debug-profile wasm build of everything took minutes more on a cold machine), and
# it tests the code as it ships.
test-wasm: setup-rust setup-node setup-browser echarts
	CHROMEDRIVER=$$(command -v chromedriver) \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --locked --release --target wasm32-unknown-unknown --test web

test-e2e: setup-node setup-browser
	playwright test --config tests/e2e/playwright.config.mjs

# The performance benchmark: Lighthouse, asset sizes and interaction latency against a plain
# HTML baseline; prints a markdown table and writes bench/results.json. Budgets are checked here,
# not by `make test`.
bench: build setup-browser
	node bench/bench.mjs

# Full-page screenshots of the page and every embed, ja/en × 375/1280 × light/dark, into
# screenshots/ (git-ignored), for looking at what ships.
screenshots: build setup-browser
	node tools/screenshots.mjs

copycheck:
	@if [ -f "$(SHARED)/tools/copycheck.py" ]; then python3 "$(SHARED)/tools/copycheck.py" .; \
	  else echo "copycheck skipped: ../shared/tools/copycheck.py not found"; fi

clean:
	rm -rf dist build
