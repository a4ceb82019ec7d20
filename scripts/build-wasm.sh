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
# The citations' texts travel beside the module (the Report carries their numbers): pages fetch
# citations.json only when they show a source; npm ships it in the package.
cargo run -q --locked -p resplain-tables --example citations > "$out/citations.json"
node -e '
const fs = require("fs"), f = process.argv[1] + "/package.json";
const pkg = JSON.parse(fs.readFileSync(f, "utf8"));
if (Array.isArray(pkg.files) && !pkg.files.includes("citations.json")) pkg.files.push("citations.json");
fs.writeFileSync(f, JSON.stringify(pkg, null, 2) + "\n");
' "$out"
