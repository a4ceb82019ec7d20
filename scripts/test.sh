#!/usr/bin/env bash
# Runs every test: formatting, clippy (native and wasm32), native tests, wasm tests in node and
# headless Chrome, the page's type check and the page test in headless Chromium. Installs what is
# missing first. (The page's main-thread benchmark is scripts/page-bench.mjs, run by hand.)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --lib --tests --locked --target wasm32-unknown-unknown -- -D warnings

step "wasm-pack test --node"
wasm-pack test --node --mode no-install -- --locked --test wasm_node

step "wasm-pack test --headless --chrome"
wasm-pack test --headless --chrome --mode no-install -- --locked --test wasm_browser

step "npm package: TypeScript declarations and the JS API (node)"
"$ROOT/scripts/build-wasm.sh" nodejs "$ROOT/target/pkg-node" -- --features test-panic
node --test tests/types/

step "npm package (bundler build) and the Vite example that imports it"
"$ROOT/scripts/build-wasm.sh" bundler "$ROOT/pkg"
"$ROOT/scripts/size.sh" "$ROOT/pkg/resplain_bg.wasm"
# `npm install`, not `npm ci`: npm 11 leaves rollup's optional platform packages out of the lock
# file and `npm ci` then refuses it; the lock still pins every version installed.
(cd examples/vite && { [ -d node_modules ] || npm install --no-audit --no-fund; } && npx vite build --logLevel warn)

step "the page's JavaScript type-checked against the Report's declarations (tsc --checkJs)"
# The page imports its package (www/pkg), which the check reads: built first, from this tree.
"$ROOT/scripts/build-wasm.sh" web "$ROOT/www/pkg"
npx tsc -p tests/page

step "page tests: the pure modules in node, then www/ and the Vite example in headless Chromium (axe-core included)"
node --test tests/page/

step "cargo test (native)"
cargo test --workspace --locked
