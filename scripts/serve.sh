#!/usr/bin/env bash
# Builds the wasm module for the page and serves www/ on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-8080}"
export RESPLAIN_NO_BROWSER=1
"$ROOT/scripts/build-wasm.sh" web "$ROOT/www/pkg"
echo "resplain: serving http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
cd "$ROOT/www"
exec python3 -m http.server "$PORT" --bind 127.0.0.1
