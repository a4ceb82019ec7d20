#!/usr/bin/env bash
# Installs what building and testing resplain needs, skipping what is already there.
# Safe to run again: every step checks first. Sourced by scripts/serve.sh and scripts/test.sh,
# so the PATH and CHROMEDRIVER it sets carry over to them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132

say() { printf '[setup] %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$PATH"

# Rust target for the browser/node build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-pack (its own tool downloads fail here, so it is always called with --mode no-install).
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate pinned in Cargo.toml exactly.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Node dev tools from package.json / package-lock.json: binaryen's wasm-opt (Debian's binaryen 108
# breaks wasm-bindgen 0.2.130 output), playwright-core for the page test (driving Debian's chromium;
# never its own browser download), axe-core for its accessibility checks, and typescript for the type
# checks of the npm package and of the page's JavaScript.
if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
   || [ ! -x "$ROOT/node_modules/.bin/tsc" ] || [ ! -d "$ROOT/node_modules/axe-core" ]; then
  say "installing node dev tools (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund >&2)
fi
export PATH="$ROOT/node_modules/.bin:$PATH"

# brotli for the size budget (scripts/size.sh measures what hosts send: brotli -q 11).
if ! command -v brotli >/dev/null; then
  say "installing brotli"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq brotli >&2
fi

# Chromium and its driver for the headless wasm tests and the page test (serving the page does
# not need them: scripts/serve.sh sets RESPLAIN_NO_BROWSER=1).
if [ "${RESPLAIN_NO_BROWSER:-0}" != 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium chromium-driver >&2
fi
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
