#!/usr/bin/env bash
# Runs the cargo-fuzz targets (fuzz/fuzz_targets/*.rs) one after the other, each for SECONDS
# (default 60), with a seed corpus made of every fixture and parser case. Needs the nightly toolchain
# (libFuzzer) and cargo-fuzz (`cargo install cargo-fuzz`).
#
#   scripts/fuzz.sh                 every target, 60 s each
#   scripts/fuzz.sh 600 inspect     one target, 10 minutes
#
# A crash leaves its input in fuzz/artifacts/<target>/; add it to tests/parser/ as a regression case
# (`<name>.http` and its `<name>.expect.json`) once fixed. Corpora grow in fuzz/corpus/ (not committed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/fuzz"

SECONDS_EACH="${1:-60}"
shift || true
if [ "$#" -gt 0 ]; then
  TARGETS=("$@")
else
  mapfile -t TARGETS < <(cargo +nightly fuzz list)
fi

for target in "${TARGETS[@]}"; do
  corpus="corpus/$target"
  mkdir -p "$corpus"
  # Seeds: the fixtures and the parser cases (copied under content-derived names, so re-runs add none).
  for seed in "$ROOT"/tests/fixtures/*.http "$ROOT"/tests/parser/*.http "$ROOT"/tests/inputs/*.{txt,har}; do
    cp "$seed" "$corpus/seed-$(sha1sum "$seed" | cut -c1-16)"
  done
  printf '\n==> fuzzing %s for %ss\n' "$target" "$SECONDS_EACH"
  cargo +nightly fuzz run "$target" "$corpus" -- \
    -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done
