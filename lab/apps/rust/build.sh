#!/usr/bin/env bash
# Builds one lab Rust app (debug, --locked, outside the repo's target dir) and prints its binary.
# usage: build.sh NAME     (NAME: a cargo project beside this file; its Cargo.lock is committed)
#        build.sh --version NAME CRATE    prints CRATE's version from NAME/Cargo.lock
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export CARGO_TARGET_DIR=/tmp/resplain-lab/rust-target
if [ "$1" = --version ]; then
  awk -v n="$3" '$0 == "name = \"" n "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$here/$2/Cargo.lock"
  exit 0
fi
command -v cargo >/dev/null || { echo "cargo is needed (rustup)" >&2; exit 1; }
cargo build -q --locked -j2 --manifest-path "$here/$1/Cargo.toml" >&2
echo "$CARGO_TARGET_DIR/debug/lab-$1"
