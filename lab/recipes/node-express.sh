#!/usr/bin/env bash
# Express 4 and Express 5 (npm, pinned) with their default error handling: finalhandler's 404
# and 500 pages (NODE_ENV=production hides the stack, development shows it), body-parser's 400
# (malformed JSON) and 413, an error with err.status, and the replies apps write themselves with
# res.sendStatus()/res.json() (ETag, charset=utf-8). Ports 19020-19039.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
V4=4.22.3 V5=5.3.0
npm_pin "$WORK/express4" "express@$V4"
npm_pin "$WORK/express5" "express@$V5"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
BAD='{"name": "x",}'
BIG="{\"data\":\"$(printf 'x%.0s' $(seq 1 200))\"}"

run_express() {  # MAJOR VERSION BASEPORT
  local major=$1 ver=$2 base=$3
  local dir="$WORK/express$major" sfx="v$major"
  local fh bp
  fh="$(node -p "require('$dir/node_modules/finalhandler/package.json').version")"
  bp="$(node -p "require('$dir/node_modules/body-parser/package.json').version")"
  local version="$ver (finalhandler $fh, body-parser $bp, node $NODE_V)"
  NODE_PATH="$dir/node_modules" NODE_ENV=production start_node "$WORK/prod$major.log" $base node "$NODE_APPS/express/app.js" $base
  NODE_PATH="$dir/node_modules" NODE_ENV=development start_node "$WORK/dev$major.log" $((base+1)) node "$NODE_APPS/express/app.js" $((base+1))
  NODE_PATH="$dir/node_modules" NODE_ENV=production start_node "$WORK/nopb$major.log" $((base+2)) node "$NODE_APPS/express/app.js" $((base+2)) no-powered-by
  local P=http://127.0.0.1:$base D=http://127.0.0.1:$((base+1)) N=http://127.0.0.1:$((base+2))
  local c=(--product "express$major" --version "$version" --origin app --generator express)
  local fhh=(--error-shape express-finalhandler-html)
  kcap "${c[@]}" "${fhh[@]}" --message "Cannot GET /api/orders" --id express-404-lab-not-found-$sfx --url $P/api/orders --scenario not-found --notes "no route: finalhandler 404 'Cannot GET /api/orders' (NODE_ENV=production); $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "Cannot POST /api/orders" --id express-404-lab-cannot-post-$sfx --url $P/api/orders --method POST -H "Content-Type: application/json" --data '{"a":1}' --scenario method-not-allowed --notes "POST where only other methods (or nothing) are routed: Express has no 405, finalhandler answers 404 'Cannot POST'; $KA"
  kcap "${c[@]}" --error-shape "" --id express-404-lab-head-$sfx --url $P/api/orders --method HEAD --scenario not-found --notes "HEAD on finalhandler's 404: header-only evidence (Content-Security-Policy, X-Content-Type-Options, X-Powered-By); $KA"
  capture "${c[@]}" "${fhh[@]}" --message "Cannot GET /api/orders" --id express-404-lab-not-found-close-$sfx --url $P/api/orders --scenario not-found --notes "same 404, request with Connection: close: Connection: close instead of keep-alive"
  kcap "${c[@]}" "${fhh[@]}" --message "Cannot GET /api/orders" --id express-404-lab-not-found-no-powered-by-$sfx --url $N/api/orders --scenario not-found --notes "app.disable('x-powered-by'): finalhandler 404 with no X-Powered-By (banner-less Express); $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "Internal Server Error" --id express-500-lab-exception-production-$sfx --url $P/boom --scenario exception --notes "route throws, NODE_ENV=production: finalhandler 500 page with the status text only; $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "Error: database unavailable" --id express-500-lab-exception-development-$sfx --url $D/boom --scenario exception-debug --notes "route throws, NODE_ENV unset/development: finalhandler 500 page with the escaped stack trace; $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "Forbidden" --id express-403-lab-err-status-production-$sfx --url $P/forbidden --scenario forbidden --notes "next(err) with err.status = 403, NODE_ENV=production: finalhandler page with statuses[403]; $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "Bad Request" --id express-400-lab-malformed-json-production-$sfx --url $P/json --method POST -H "Content-Type: application/json" --data "$BAD" --scenario malformed-json --notes "express.json() (body-parser) on malformed JSON, NODE_ENV=production: finalhandler 400 page; $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "SyntaxError: Expected double-quoted property name in JSON at position 13" --id express-400-lab-malformed-json-development-$sfx --url $D/json --method POST -H "Content-Type: application/json" --data "$BAD" --scenario malformed-json-debug --notes "express.json() on malformed JSON, development: the SyntaxError stack (V8's JSON.parse message) in finalhandler's page; $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "Payload Too Large" --id express-413-lab-body-too-large-production-$sfx --url $P/json --method POST -H "Content-Type: application/json" --data "$BIG" --scenario body-too-large --notes "express.json({limit: '100b'}) exceeded, NODE_ENV=production: finalhandler 413 page; $KA"
  kcap "${c[@]}" "${fhh[@]}" --message "PayloadTooLargeError: request entity too large" --id express-413-lab-body-too-large-development-$sfx --url $D/json --method POST -H "Content-Type: application/json" --data "$BIG" --scenario body-too-large-debug --notes "express.json({limit: '100b'}) exceeded, development: raw-body's PayloadTooLargeError stack; $KA"
  kcap "${c[@]}" --error-shape plain-text --message "Internal Server Error" --id express-500-lab-send-status-$sfx --url $P/send-status --scenario app-error --notes "the app's own res.sendStatus(500): text/plain; charset=utf-8 body 'Internal Server Error' with Express's weak ETag; $KA"
  kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id express-500-lab-json-error-$sfx --url $P/json-error --scenario app-error --notes "the app's own res.status(500).json({error}): application/json; charset=utf-8 with Express's weak ETag; $KA"
  if [ "$major" = 5 ]; then
    kcap "${c[@]}" "${fhh[@]}" --message "Internal Server Error" --id express-500-lab-async-rejection-$sfx --url $P/async-boom --scenario exception --notes "an async route whose promise rejects: Express 5's router passes it to finalhandler (Express 4 would leave an unhandled rejection and node 20 exits); $KA"
  fi
}
run_express 4 $V4 19020
run_express 5 $V5 19030
