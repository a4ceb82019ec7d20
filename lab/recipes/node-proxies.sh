#!/usr/bin/env bash
# Node reverse proxies in front of the lab's misbehaving upstreams: http-proxy-middleware 3 and 2
# (mounted in Express, library defaults: its error-response plugin answers 502/504/500 with
# "Error occurred while trying to proxy: host/path") and bare http-proxy (node-http-proxy) with
# the error handler from its README. Ports 19100-19119 (upstreams 19100-19109).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
HPM3=3.0.5 HPM2=2.0.9 HP=1.18.1 EXP=4.22.3
npm_pin "$WORK/hpm3" "http-proxy-middleware@$HPM3" "express@$EXP"
npm_pin "$WORK/hpm2" "http-proxy-middleware@$HPM2" "express@$EXP"
npm_pin "$WORK/http-proxy" "http-proxy@$HP"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
UP=19100
start_upstreams $UP

run_hpm() {  # MAJOR VERSION PORT
  local major=$1 ver=$2 port=$3 sfx="-hpm$1"
  local hpv; hpv="$(node -p "require('$WORK/hpm$major/node_modules/http-proxy/package.json').version")"
  NODE_PATH="$WORK/hpm$major/node_modules" start_node "$WORK/hpm$major.log" $port node "$NODE_APPS/proxy/hpm.js" $port $UP
  local U=http://127.0.0.1:$port H="127.0.0.1:$port"
  local c=(--product "http-proxy-middleware$major" --version "$ver (http-proxy $hpv, in express $EXP, node $NODE_V)")
  local p=(--origin proxy --generator http-proxy-middleware)
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-504-lab-refused$sfx --url $U/refused --scenario refused --notes "upstream port closed: ECONNREFUSED mapped to 504 by getStatusCode; $KA"
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-504-lab-slow$sfx --url $U/slow --scenario timeout --notes "upstream never answers, proxyTimeout 2000: the proxy request is aborted (ECONNRESET, socket hang up) and mapped to 504; $KA"
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-502-lab-garbage$sfx --url $U/garbage --scenario garbage --notes "upstream answers non-HTTP bytes: node's parser error HPE_INVALID_CONSTANT mapped to 502; $KA"
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-504-lab-empty$sfx --url $U/empty --scenario empty-reply --notes "upstream closes without a byte: ECONNRESET (socket hang up) mapped to 504; $KA"
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-504-lab-reset$sfx --url $U/reset --scenario reset --notes "upstream resets the connection: ECONNRESET mapped to 504; $KA"
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-500-lab-upstream-big-header$sfx --url $U/bighead --scenario upstream-header-too-big --notes "upstream head over node's 16 KB limit: HPE_HEADER_OVERFLOW, not matched by /HPE_INVALID/, so the default 500; $KA"
  kcap "${c[@]}" "${p[@]}" --id http-proxy-middleware-504-lab-refused-head$sfx --url $U/refused --method HEAD --scenario refused --notes "HEAD through the proxy to a closed port: header-only evidence; $KA"
  kcap "${c[@]}" --origin app --generator unknown-app --error-shape error-string --message "database unavailable" --id http-proxy-middleware-500-lab-app-passthrough$sfx --url $U/app500 --scenario app-error --notes "the upstream's own JSON 500 relayed: upstream headers plus what node/Express add (X-Powered-By, Date, keep-alive); $KA"
}
run_hpm 3 $HPM3 19110
run_hpm 2 $HPM2 19111

PORT=19112
NODE_PATH="$WORK/http-proxy/node_modules" start_node "$WORK/http-proxy.log" $PORT node "$NODE_APPS/proxy/http-proxy.js" $PORT $UP
U=http://127.0.0.1:$PORT
c=(--product http-proxy --version "$HP (node $NODE_V; error handler from its README)")
p=(--origin proxy --generator http-proxy)
kcap "${c[@]}" "${p[@]}" --id http-proxy-500-lab-refused --url $U/refused --scenario refused --notes "upstream port closed: the README's proxy.on('error') handler (http-proxy itself writes nothing and throws without a listener); $KA"
kcap "${c[@]}" "${p[@]}" --id http-proxy-500-lab-garbage --url $U/garbage --scenario garbage --notes "upstream answers non-HTTP bytes: same README handler; $KA"
kcap "${c[@]}" "${p[@]}" --id http-proxy-500-lab-slow --url $U/slow --scenario timeout --notes "upstream never answers, proxyTimeout 2000: same README handler; $KA"
kcap "${c[@]}" --origin app --generator unknown-app --error-shape error-string --message "database unavailable" --id http-proxy-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the upstream's own JSON 500 relayed by http-proxy: upstream headers (lowercased by node's client) plus node's Date/keep-alive; $KA"
