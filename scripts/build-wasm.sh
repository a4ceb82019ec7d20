#!/usr/bin/env bash
# Builds the wasm package. usage: scripts/build-wasm.sh [web|bundler|nodejs] [OUT_DIR]
# The page uses `web` into www/pkg; the npm package is `bundler` into pkg/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"
target="${1:-web}"
out="${2:-$ROOT/www/pkg}"
shift $(( $# < 2 ? $# : 2 ))
cd "$ROOT"
wasm-pack build --release --mode no-install --target "$target" --out-dir "$out" --out-name resplain "$@" >&2
rm -f "$out/.gitignore"
