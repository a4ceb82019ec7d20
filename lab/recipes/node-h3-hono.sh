#!/usr/bin/env bash
# Small fetch-style Node frameworks (npm, pinned): h3 v1 (the server layer under Nitro 2 / Nuxt 3),
# h3 v2, and Hono on @hono/node-server: their default 404 (also for a wrong method: none has a 405),
# thrown-error 500, HTTP error with a message, and the malformed-JSON answer. Ports 19500-19509.
# ESM apps are copied next to their node_modules (ESM ignores NODE_PATH).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
H31=1.15.11 H32=2.0.8 HONO=4.13.19 HNS=1.19.19
npm_pin "$WORK/h3v1" "h3@$H31"
npm_pin "$WORK/h3v2" "h3@$H32"
npm_pin "$WORK/hono" "hono@$HONO" "@hono/node-server@$HNS"
cp "$NODE_APPS/h3/app-v2.mjs" "$WORK/h3v2/app.mjs"
cp "$NODE_APPS/hono/app.mjs" "$WORK/hono/app.mjs"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
BAD='{"name": "x",}'

run_h3() {  # MAJOR VERSION PORT CMD...
  local major=$1 ver=$2 port=$3; shift 3
  local sfx="-v$major"
  NODE_PATH="$WORK/h3v$major/node_modules" start_node "$WORK/h3v$major.log" $port "$@"
  local U=http://127.0.0.1:$port
  local c=(--product "h3-v$major" --version "$ver (node $NODE_V)" --origin app --generator h3 --error-shape h3)
  # messages as each major words them (checked against the captures)
  local m404="Cannot find any path matching /api/orders." m404b="Cannot find any path matching /items." m500="" m403="Forbidden" m400="Bad Request"
  if [ "$major" = 2 ]; then
    m404="Cannot find any route matching [GET] http://127.0.0.1:$port/api/orders"
    m404b="Cannot find any route matching [DELETE] http://127.0.0.1:$port/items"
    m500="HTTPError" m403="not allowed here" m400="Invalid JSON body"
  fi
  kcap "${c[@]}" --message "$m404" --id h3-404-lab-not-found$sfx --url $U/api/orders --scenario not-found --notes "no route: h3's default 404 JSON (v1 also puts the message in the reason phrase; v2 leaves the reason phrase empty); $KA"
  kcap "${c[@]}" --message "$m500" --id h3-500-lab-exception$sfx --url $U/boom --scenario exception --notes "handler throws new Error(): message hidden; $KA"
  kcap "${c[@]}" --message "$m403" --id h3-403-lab-create-error$sfx --url $U/forbidden --scenario forbidden --notes "a thrown h3 HTTP error with status 403 and a message (v1 createError: message not in the body; v2 HTTPError: message shown); $KA"
  kcap "${c[@]}" --message "$m404b" --id h3-404-lab-wrong-method$sfx --url $U/items --method DELETE --scenario method-not-allowed --notes "DELETE on a GET-only route: no 405, the 404; $KA"
  kcap "${c[@]}" --message "$m400" --id h3-400-lab-malformed-json$sfx --url $U/json --method POST -H "Content-Type: application/json" --data "$BAD" --scenario malformed-json --notes "readBody() on malformed JSON; $KA"
}
run_h3 1 $H31 19500 node "$NODE_APPS/h3/app-v1.js" 19500
run_h3 2 $H32 19501 node "$WORK/h3v2/app.mjs" 19501

PORT=19502
start_node "$WORK/hono.log" $PORT node "$WORK/hono/app.mjs" $PORT
U=http://127.0.0.1:$PORT
c=(--product hono --version "$HONO (@hono/node-server $HNS, node $NODE_V)" --origin app --generator hono --error-shape plain-text)
kcap "${c[@]}" --message "404 Not Found" --id hono-404-lab-not-found --url $U/api/orders --scenario not-found --notes "no route: Hono's default notFound handler; $KA"
kcap "${c[@]}" --message "404 Not Found" --id hono-404-lab-wrong-method --url $U/items --method DELETE --scenario method-not-allowed --notes "DELETE on a GET-only route: Hono has no 405, the same 404; $KA"
kcap "${c[@]}" --message "Internal Server Error" --id hono-500-lab-exception --url $U/boom --scenario exception --notes "handler throws new Error(): Hono's default onError; $KA"
kcap "${c[@]}" --message "not allowed here" --id hono-403-lab-http-exception --url $U/forbidden --scenario forbidden --notes "throw new HTTPException(403, {message}); $KA"
kcap "${c[@]}" --message "Internal Server Error" --id hono-500-lab-malformed-json --url $U/json --method POST -H "Content-Type: application/json" --data "$BAD" --scenario malformed-json --notes "c.req.json() on malformed JSON throws a SyntaxError: Hono has no 400 of its own, its default onError answers 500; $KA"
kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id hono-500-lab-json-error --url $U/json-error --scenario app-error --notes "the app's own c.json({error}, 500); $KA"
