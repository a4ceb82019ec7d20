#!/usr/bin/env bash
# Runs capture recipes: ./lab/run.sh [RECIPE...] (default: every lab/recipes/*.sh).
# Each recipe installs its product if missing, starts it on 127.0.0.1, captures every scenario
# into tests/fixtures/ (OUT=DIR to write elsewhere) and stops it. A developer tool, not run in CI.
set -uo pipefail
LAB="$(cd "$(dirname "$0")" && pwd)"
recipes=("$@")
[ ${#recipes[@]} -eq 0 ] && recipes=("$LAB"/recipes/*.sh)
failed=()
for r in "${recipes[@]}"; do
  [ -f "$r" ] || r="$LAB/recipes/$r.sh"
  printf '\n==> %s\n' "$(basename "$r")"
  bash "$r" || failed+=("$(basename "$r")")
done
if [ ${#failed[@]} -gt 0 ]; then echo "failed: ${failed[*]}" >&2; exit 1; fi
