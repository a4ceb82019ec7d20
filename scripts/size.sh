#!/usr/bin/env bash
# The wasm size budget: what hosts send. Prints the module's size raw, with `brotli -q 11` (how
# CDNs and hosts serve .wasm) and with `gzip -9`, and fails when the brotli size is over budget.
# Size is deterministic for a given build, so the test command runs this as a step.
# usage: scripts/size.sh [WASM]   (default: pkg/resplain_bg.wasm, the npm package's module)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUDGET=150000
wasm="${1:-$ROOT/pkg/resplain_bg.wasm}"
raw=$(wc -c < "$wasm")
br=$(brotli -q 11 -c "$wasm" | wc -c)
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'wasm size: %d bytes raw, %d bytes brotli -q 11 (budget %d), %d bytes gzip -9\n' "$raw" "$br" "$BUDGET" "$gz"
if [ "$br" -gt "$BUDGET" ]; then
  printf 'over budget by %d bytes (brotli -q 11)\n' "$((br - BUDGET))" >&2
  exit 1
fi
