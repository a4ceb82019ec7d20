# Sourced by every recipe (lab/recipes/*.sh). Gives:
#   LAB, ROOT, OUT (where captures go; tests/fixtures unless OUT is set), RECIPE (this recipe's path)
#   need_apt PKG...            install Debian packages if missing (waits for the dpkg lock)
#   wait_port PORT [SECONDS]   wait until something listens on 127.0.0.1:PORT
#   start_upstreams BASE       start lab/lib/upstreams.py on BASE..BASE+9 (see its docstring)
#   capture ARGS...            lab/lib/capture.py with --out, --recipe filled in
#   cleanup_add CMD            run CMD when the recipe exits (stop the product)
set -euo pipefail
LAB="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$LAB/.." && pwd)"
OUT="${OUT:-$ROOT/tests/fixtures}"
RECIPE="lab/recipes/$(basename "$0")"
WORK="${WORK:-/tmp/resplain-lab/$(basename "$0" .sh)}"
mkdir -p "$WORK"
_cleanups=()
cleanup_add() { _cleanups+=("$*"); }
_cleanup() { local i; for ((i=${#_cleanups[@]}-1; i>=0; i--)); do eval "${_cleanups[$i]}" >/dev/null 2>&1 || true; done; }
trap '_cleanup; if [ "${_failures:-0}" -gt 0 ]; then echo "$_failures capture(s) failed" >&2; exit 1; fi' EXIT

need_apt() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}"
}

wait_port() {
  local port=$1 secs=${2:-30} i
  for ((i=0; i<secs*10; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listens on 127.0.0.1:$port after ${secs}s" >&2
  return 1
}

start_upstreams() {
  python3 "$LAB/lib/upstreams.py" "$1" > "$WORK/upstreams.log" 2>&1 &
  cleanup_add "kill $!"
  wait_port $(( $1 + 6 ))
}

# A capture that fails is reported and counted; the recipe goes on and exits non-zero at the end.
_failures=0
capture() { python3 "$LAB/lib/capture.py" --out "$OUT" --recipe "$RECIPE" "$@" || _failures=$((_failures + 1)); }
