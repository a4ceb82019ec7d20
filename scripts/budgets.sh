#!/usr/bin/env bash
# Measures the package budgets and prints the Markdown table README's "Budgets" section reports:
# the wasm size (scripts/size.sh: brotli -q 11 and gzip -9), inspect speed in node beside native,
# the first inspect after loading (instantiation plus reading the tables) in node and in Chromium,
# and instruction counts (callgrind: the first call natively and in V8, one typical page natively).
# Timings depend on the machine: reported here, not asserted (the size is asserted by test.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
"$ROOT/scripts/build-wasm.sh" bundler "$ROOT/pkg"
"$ROOT/scripts/build-wasm.sh" nodejs "$ROOT/target/pkg-node"
"$ROOT/scripts/build-wasm.sh" web "$ROOT/www/pkg"
"$ROOT/scripts/size.sh" "$ROOT/pkg/resplain_bg.wasm" > "$ROOT/target/budgets-size.txt"
cargo bench --quiet --bench budgets > "$ROOT/target/budgets-native.json"

# Instructions, counted by callgrind (repeatable, unlike time on a shared machine): a process that
# inspects the typical page 0, 1 and 101 times; the differences are the first call (tables read
# back included) and a call once they are read.
cargo build --quiet --profile bench --example once
once="$ROOT/target/release/examples/once"
page="$(node -e 'console.log(require("./benches/budget-inputs.json")[0].file)')"
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$once" "$page" "$1" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
if command -v valgrind >/dev/null; then
  i0=$(count 0); i1=$(count 1); i101=$(count 101)
  # The same first call in V8 (node, the nodejs package): instructions of a process that loads
  # the package and inspects a tiny response, less one that only loads it. `--predictable` makes
  # V8 deterministic (one thread, fixed seeds) so the count repeats; without tiering off the
  # optimising compiler would then run on the main thread and be counted too (it runs in the
  # background otherwise). Lazy compilation included: it is most of the count.
  v8() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null node --predictable --no-wasm-tier-up --no-wasm-dynamic-tiering \
      -e 'const r = require(process.argv[1]); if (process.argv[2] === "1") r.inspect("HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n");' \
      "$ROOT/target/pkg-node/resplain.js" "$1" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  }
  v0=$(v8 0); v1=$(v8 1)
  printf '{"first": %d, "page": %d, "v8_first": %d}\n' "$((i1 - i0))" "$(((i101 - i1) / 100))" "$((v1 - v0))" \
    > "$ROOT/target/budgets-instructions.json"
else
  echo '{}' > "$ROOT/target/budgets-instructions.json"
fi
node "$ROOT/scripts/budgets.mjs" "$ROOT/target/budgets-native.json" "$ROOT/target/budgets-size.txt" \
  "$ROOT/target/budgets-instructions.json"
