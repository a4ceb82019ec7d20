#!/usr/bin/env bash
# Measures the package budgets (wasm size, inspect speed in node, ratio to native) and prints the
# Markdown table that README's "Budgets" section reports. Not part of the test command: numbers
# depend on the machine and are reported, not asserted.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
"$ROOT/scripts/build-wasm.sh" bundler "$ROOT/pkg"
"$ROOT/scripts/build-wasm.sh" nodejs "$ROOT/target/pkg-node"
cargo bench --quiet --bench budgets > "$ROOT/target/budgets-native.json"
node "$ROOT/scripts/budgets.mjs" "$ROOT/target/budgets-native.json"
