#!/usr/bin/env bash
# configurable-http-proxy (JupyterHub's proxy; Debian package node-configurable-http-proxy) with
# one route per lab upstream added through its REST API, no default target, and its stock error
# pages (lib/error/404.html, 503.html). Ports 17420-17439.
source "$(dirname "$0")/../lib/common.sh"
need_apt node-configurable-http-proxy
CHP_DIR=/usr/share/nodejs/configurable-http-proxy
VERSION="$(sed -n 's|.*"version": *"\([^"]*\)".*|\1|p' $CHP_DIR/package.json | head -1) (Debian node-configurable-http-proxy $(dpkg-query -W -f='${Version}' node-configurable-http-proxy), node $(node --version))"
UP=17420 PORT=17430 API=17431
start_upstreams $UP
export CONFIGPROXY_AUTH_TOKEN=lab-token
# /usr/bin/node may be a non-Debian build that does not search Debian's module tree.
export NODE_PATH=/usr/share/nodejs
configurable-http-proxy --ip 127.0.0.1 --port $PORT --api-ip 127.0.0.1 --api-port $API \
  --proxy-timeout 2000 --log-level warn >> "$WORK/chp.out" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT; wait_port $API
route() {  # PATH TARGET_PORT
  python3 - "$1" "$2" <<'PY'
import json, os, sys, urllib.request
path, port = sys.argv[1], sys.argv[2]
req = urllib.request.Request(f"http://127.0.0.1:{os.environ['API']}/api/routes{path}", method="POST",
                             data=json.dumps({"target": f"http://127.0.0.1:{port}"}).encode(),
                             headers={"Authorization": "token " + os.environ["CONFIGPROXY_AUTH_TOKEN"]})
urllib.request.urlopen(req).read()
PY
}
export API
route /refused $((UP+0)); route /slow $((UP+1)); route /garbage $((UP+2)); route /empty $((UP+3))
route /reset $((UP+4)); route /app500 $((UP+5)); route /half $((UP+8))
U=http://127.0.0.1:$PORT
c=(--product configurable-http-proxy --version "$VERSION" --origin proxy --generator configurable-http-proxy)
capture "${c[@]}" --id configurable-http-proxy-503-lab-refused --url $U/refused --scenario refused --notes "route target port closed: lib/error/503.html 'Proxy Target Missing'"
capture "${c[@]}" --id configurable-http-proxy-503-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "HEAD, route target port closed"
capture "${c[@]}" --id configurable-http-proxy-503-lab-slow --url $U/slow --scenario timeout --notes "target never answers: --proxy-timeout 2000 expires and CHP answers its 503 page (no 504)"
capture "${c[@]}" --id configurable-http-proxy-503-lab-garbage --url $U/garbage --scenario garbage --notes "target answers bytes that are not HTTP"
capture "${c[@]}" --id configurable-http-proxy-503-lab-empty --url $U/empty --scenario empty-reply --notes "target closes without a byte (socket hang up)"
capture "${c[@]}" --id configurable-http-proxy-503-lab-reset --url $U/reset --scenario reset --notes "target resets the connection"
capture "${c[@]}" --id configurable-http-proxy-503-lab-half --url $U/half --scenario half-head --notes "target sends a status line and half a head, then closes"
capture --product configurable-http-proxy --version "$VERSION" --origin app --generator unknown-app --id configurable-http-proxy-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the target's own JSON 500 relayed" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id configurable-http-proxy-404-lab-no-route --url $U/nothing-here --scenario no-backend --notes "no route and no default target: lib/error/404.html 'No service is registered at this URL'"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id configurable-http-proxy-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP: Node's http server answers (HTTP/1.1 400 Bad Request + Connection: close, nothing else: the bytes of any Node server)"
