#!/usr/bin/env bash
# Installs what building and testing resplain needs, skipping what is already there.
# Safe to run again: every step checks first. Sourced by scripts/serve.sh and scripts/test.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
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

# Node packages: binaryen's wasm-opt (Debian's binaryen 108 breaks wasm-bindgen 0.2.130 output)
# and playwright-core for the page test (never its browser download: Debian's chromium is used).
if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ] || [ ! -d "$TOOLS/node_modules/playwright-core" ]; then
  say "installing node tools into .tools/"
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && npm install --no-audit --no-fund --silent --prefix . \
    "binaryen@$BINARYEN_VERSION" playwright-core@1 typescript@5 >&2)
fi
export PATH="$TOOLS/node_modules/.bin:$PATH"

# Chromium and its driver for the headless wasm tests and the page test.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium chromium-driver >&2
fi
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
