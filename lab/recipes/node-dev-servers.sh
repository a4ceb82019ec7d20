#!/usr/bin/env bash
# Front-end dev servers (npm, pinned): the Vite dev server (6 and 7) and webpack-dev-server 5,
# each with its proxy (Vite server.proxy, webpack-dev-server devServer.proxy) in front of the
# lab's refused / garbage upstreams and a relayed app 500, plus their own answers: 404, Vite's
# transform-error page, fs.allow and allowed-hosts 403s, webpack-dev-server's Invalid Host header.
# Ports 19200-19219 (upstreams 19200-19209).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
VITE6=6.4.6 VITE7=7.3.8 WDS=5.2.7 WP=5.113.0
npm_pin "$WORK/vite6" "vite@$VITE6"
npm_pin "$WORK/vite7" "vite@$VITE7"
npm_pin "$WORK/wds" "webpack-dev-server@$WDS" "webpack@$WP"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
UP=19200
start_upstreams $UP

run_vite() {  # MAJOR VERSION PORT
  local major=$1 ver=$2 port=$3 sfx="-v$1"
  local app="$WORK/vite$major-app"
  rm -rf "$app"; cp -r "$NODE_APPS/vite" "$app"; ln -s "$WORK/vite$major/node_modules" "$app/node_modules"
  LAB_UP=$UP start_node_in "$app" "$WORK/vite$major.log" $port node node_modules/vite/bin/vite.js --port $port
  local U=http://127.0.0.1:$port
  local c=(--product "vite$major" --version "$ver (dev server, node $NODE_V)")
  kcap "${c[@]}" --origin proxy --generator vite --body-kind empty --id vite-500-lab-proxy-refused$sfx --url $U/api/refused --scenario refused --notes "server.proxy to a closed port: Vite's proxy error handler (logs 'http proxy error', answers an empty 500); $KA"
  kcap "${c[@]}" --origin proxy --generator vite --body-kind empty --id vite-500-lab-proxy-garbage$sfx --url $U/api/garbage --scenario garbage --notes "server.proxy to an upstream that answers non-HTTP bytes; $KA"
  kcap "${c[@]}" --origin app --generator unknown-app --error-shape error-string --message "database unavailable" --id vite-500-lab-app-passthrough$sfx --url $U/api/app500 --scenario app-error --notes "server.proxy relays the upstream's own JSON 500; $KA"
  kcap "${c[@]}" --origin app --generator vite --id vite-404-lab-not-found$sfx --url $U/api/users -H "Accept: application/json" --scenario not-found --notes "an unproxied path asked for with Accept: application/json (no SPA fallback, which needs text/html or */*): Vite's final vite404Middleware (the same empty 404 as /favicon.ico, which never gets the fallback); $KA"
  kcap "${c[@]}" --origin app --generator vite --id vite-500-lab-transform-error$sfx --url $U/src/broken.ts --scenario exception-debug --notes "a module with a syntax error: esbuild's transform error through Vite's error middleware; $KA"
  kcap "${c[@]}" --origin app --generator vite --body-kind html --id vite-403-lab-fs-deny$sfx --url "$U/@fs/etc/passwd" --scenario forbidden --notes "a /@fs/ path outside server.fs.allow: Vite's 403 page; $KA"
  kcap "${c[@]}" --origin app --generator vite --id vite-403-lab-host-not-allowed$sfx --url $U/ -H "Host: evil.example" --scenario forbidden --notes "a Host not in server.allowedHosts (DNS-rebinding protection, Vite 6.0.9+): Vite's 403 text; request Host replaced by -H; $KA"
}
run_vite 6 $VITE6 19210
run_vite 7 $VITE7 19211

PORT=19212
app="$WORK/wds-app"
rm -rf "$app"; cp -r "$NODE_APPS/wds" "$app"; ln -s "$WORK/wds/node_modules" "$app/node_modules"
HPMV="$(node -p "require('$WORK/wds/node_modules/http-proxy-middleware/package.json').version")"
start_node "$WORK/wds.log" $PORT node "$app/server.js" $PORT $UP
U=http://127.0.0.1:$PORT
c=(--product webpack-dev-server --version "$WDS (webpack $WP, http-proxy-middleware $HPMV, node $NODE_V)")
kcap "${c[@]}" --origin proxy --generator http-proxy-middleware --id http-proxy-middleware-504-lab-refused-webpack-dev-server --url $U/api/refused --scenario refused --notes "devServer.proxy to a closed port: http-proxy-middleware's default error response inside webpack-dev-server's Express app (labelled http-proxy-middleware: its bytes; Cross-Origin-Resource-Policy: same-origin is webpack-dev-server's); $KA"
kcap "${c[@]}" --origin proxy --generator http-proxy-middleware --id http-proxy-middleware-502-lab-garbage-webpack-dev-server --url $U/api/garbage --scenario garbage --notes "devServer.proxy to an upstream that answers non-HTTP bytes; $KA"
kcap "${c[@]}" --origin app --generator unknown-app --error-shape error-string --message "database unavailable" --id webpack-dev-server-500-lab-app-passthrough --url $U/api/app500 --scenario app-error --notes "devServer.proxy relays the upstream's own JSON 500; $KA"
kcap "${c[@]}" --origin app --generator webpack-dev-server --error-shape express-finalhandler-html --message "Cannot GET /missing.js" --id webpack-dev-server-404-lab-not-found --url $U/missing.js --scenario not-found --notes "a path nothing serves: Express's finalhandler 404 inside webpack-dev-server's Express app (labelled webpack-dev-server, as express-gateway's finalhandler 404 is labelled express-gateway; Cross-Origin-Resource-Policy: same-origin is webpack-dev-server's mark); $KA"
kcap "${c[@]}" --origin app --generator webpack-dev-server --id webpack-dev-server-403-lab-invalid-host --url $U/ -H "Host: evil.example" --scenario forbidden --notes "a Host not allowed (allowedHosts 'auto'): webpack-dev-server's Invalid Host header answer; $KA"
