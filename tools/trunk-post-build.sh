#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): Trunk has compiled, bound, optimised and hashed the wasm
# and JS into $TRUNK_STAGING_DIR. Here: the native `prerender` binary renders the article in both
# languages (in the dev profile `cargo test` uses, so it reuses that build instead of compiling
# everything again with LTO), draws the card images and writes what crawlers read, with absolute
# URLs from SITE_URL; tools/assemble.mjs turns the staging directory into the site; precompress
# writes .br and .gz beside each text file. Trunk then moves the staging directory to dist/.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk build or trunk serve}"
cargo run --locked --quiet --bin prerender -- build/prerender.json
node tools/assemble.mjs "$TRUNK_STAGING_DIR" build/prerender.json
node tools/precompress.mjs "$TRUNK_STAGING_DIR"
