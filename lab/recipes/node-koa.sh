#!/usr/bin/env bash
# Koa 3 and Koa 2 (npm, pinned) with @koa/router and koa-bodyparser: Koa's default 404 and 500
# (text/plain status text), ctx.throw() with an exposed message, the router's 405 (and 501 for an
# unknown method) from allowedMethods(), and koa-bodyparser's 400/413. Ports 19050-19059.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
V3=3.3.0 V2=2.16.4 ROUTER=15.7.0 ROUTER2=12.0.2 BP=4.4.1
npm_pin "$WORK/koa3" "koa@$V3" "@koa/router@$ROUTER" "koa-bodyparser@$BP"
npm_pin "$WORK/koa2" "koa@$V2" "@koa/router@$ROUTER2" "koa-bodyparser@$BP"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"

run_koa() {  # MAJOR VERSION ROUTER PORT
  local major=$1 ver=$2 rv=$3 port=$4 sfx="v$1"
  local dir="$WORK/koa$major"
  NODE_PATH="$dir/node_modules" start_node "$WORK/koa$major.log" $port node "$NODE_APPS/koa/app.js" $port
  local U=http://127.0.0.1:$port
  local c=(--product "koa$major" --version "$ver (@koa/router $rv, koa-bodyparser $BP, node $NODE_V)" --origin app --generator koa --error-shape plain-text)
  kcap "${c[@]}" --message "Not Found" --id koa-404-lab-not-found-$sfx --url $U/api/orders --scenario not-found --notes "no route, no body set: Koa's default 404 (ctx.status 404, body = status text); $KA"
  kcap "${c[@]}" --message "Internal Server Error" --id koa-500-lab-exception-$sfx --url $U/boom --scenario exception --notes "route throws new Error(): ctx.onerror hides the message of a 500 (err.expose false); $KA"
  if [ "$major" = 3 ]; then
    kcap "${c[@]}" --message "" --id koa-404-lab-head-$sfx --url $U/api/orders --method HEAD --scenario not-found --notes "HEAD on Koa's default 404: header-only evidence; $KA"
    kcap "${c[@]}" --message "not allowed here" --id koa-403-lab-ctx-throw-$sfx --url $U/forbidden --scenario forbidden --notes "ctx.throw(403, 'not allowed here'): http-errors exposes 4xx messages; $KA"
    kcap "${c[@]}" --message "Method Not Allowed" --id koa-405-lab-method-not-allowed-$sfx --url $U/items --method DELETE --scenario method-not-allowed --notes "DELETE on a GET-only route: @koa/router allowedMethods() 405 with an Allow header; $KA"
    kcap "${c[@]}" --message "Not Implemented" --id koa-501-lab-unknown-method-$sfx --url $U/items --method PURGE --scenario method-not-allowed --notes "a method no route knows (PURGE): @koa/router allowedMethods() answers 501; $KA"
    kcap "${c[@]}" --message "Bad Request" --id koa-400-lab-malformed-json-$sfx --url $U/json --method POST -H "Content-Type: application/json" --data '{"name": "x",}' --scenario malformed-json --notes "koa-bodyparser (co-body) on malformed JSON; $KA"
    kcap "${c[@]}" --message "request entity too large" --id koa-413-lab-body-too-large-$sfx --url $U/json --method POST -H "Content-Type: application/json" --data "{\"data\":\"$(printf 'x%.0s' $(seq 1 200))\"}" --scenario body-too-large --notes "koa-bodyparser jsonLimit 100b exceeded: raw-body's PayloadTooLargeError (exposed); $KA"
    kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id koa-500-lab-json-error-$sfx --url $U/json-error --scenario app-error --notes "the app's own ctx.status = 500; ctx.body = {error}: application/json; charset=utf-8; $KA"
  fi
}
run_koa 3 $V3 $ROUTER 19050
run_koa 2 $V2 $ROUTER2 19055
