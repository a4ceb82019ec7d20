# Sourced by lab/recipes/node-*.sh after lab/lib/common.sh. Gives:
#   NODE_APPS            lab/apps/node
#   NODE_V               the node binary's version (v20.x here)
#   npm_pin DIR PKG@V... install exact versions into DIR (once; DIR/.pinned remembers the set)
#   kcap ARGS...         like `capture`, but the request has no `Connection: close` (keep-alive,
#                        as curl and browsers send it), so node answers with its keep-alive headers
#   start_node LOG PORT CMD...   run CMD in its own process group (setsid), register the group's
#                        stop, wait for PORT
#   start_node_in DIR LOG PORT CMD...   the same with CMD run in DIR (never call start_node inside
#                        a ( subshell ): the registered stop would be lost with the subshell)
NODE_APPS="$LAB/apps/node"
NODE_V="$(node --version)"
npm_pin() {
  local dir=$1; shift
  if [ -f "$dir/.pinned" ] && [ "$(cat "$dir/.pinned")" = "$*" ]; then return 0; fi
  mkdir -p "$dir"
  npm install --no-audit --no-fund --loglevel=error --prefix "$dir" "$@" >>"$dir/npm.log" 2>&1 \
    || { echo "npm install failed: see $dir/npm.log" >&2; return 1; }
  echo "$*" > "$dir/.pinned"
}
_kreq=0
kcap() {
  _kreq=$((_kreq + 1))
  local req="$WORK/kreq-$_kreq.bin"
  python3 "$NODE_APPS/rawreq.py" "$req" "$@" && capture "$@" --raw-request "$req"
}
start_node() {
  local log=$1 port=$2; shift 2
  setsid "$@" >"$log" 2>&1 &
  local pid=$!
  cleanup_add "kill -- -$pid"
  wait_port "$port" 60 || { tail -20 "$log" >&2; return 1; }
}
start_node_in() {  # DIR LOG PORT CMD...: the same, with CMD run in DIR (no subshell around the
                   # call, so the stop stays registered in the recipe's own shell)
  local dir=$1 log=$2 port=$3; shift 3
  (cd "$dir" && exec setsid "$@") >"$log" 2>&1 &
  local pid=$!
  cleanup_add "kill -- -$pid"
  wait_port "$port" 60 || { tail -20 "$log" >&2; return 1; }
}
