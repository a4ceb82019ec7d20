#!/usr/bin/env bash
# hapi (npm @hapi/hapi, pinned) with @hapi/boom and joi: its own 404 (also for an unrouted
# method), a thrown error (500, message replaced), Boom.forbidden, payload errors (bad JSON, 413,
# 415), joi validation (message hidden), a route server timeout (503), and its clientError answers
# to a garbage request line / huge header. Ports 19060-19069.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
VER=21.4.13 BOOM=10.0.1 JOI=17.13.3
npm_pin "$WORK/hapi" "@hapi/hapi@$VER" "@hapi/boom@$BOOM" "joi@$JOI"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
PORT=19060
NODE_PATH="$WORK/hapi/node_modules" start_node "$WORK/hapi.log" $PORT node "$NODE_APPS/hapi/app.js" $PORT
U=http://127.0.0.1:$PORT
c=(--product hapi --version "@hapi/hapi $VER (@hapi/boom $BOOM, joi $JOI, node $NODE_V)" --origin app --generator hapi --error-shape hapi-boom)
kcap "${c[@]}" --message "Not Found" --id hapi-404-lab-not-found --url $U/api/orders --scenario not-found --notes "no route: Boom.notFound() payload; $KA"
kcap "${c[@]}" --message "Not Found" --id hapi-404-lab-wrong-method --url $U/boom --method DELETE --scenario method-not-allowed --notes "DELETE on a GET-only path: hapi has no 405, the same 404; $KA"
kcap "${c[@]}" --message "" --id hapi-404-lab-head --url $U/api/orders --method HEAD --scenario not-found --notes "HEAD on the 404: header-only evidence; $KA"
capture "${c[@]}" --message "Not Found" --id hapi-404-lab-not-found-close --url $U/api/orders --scenario not-found --notes "same 404 with Connection: close in the request"
kcap "${c[@]}" --message "An internal server error occurred" --id hapi-500-lab-exception --url $U/boom --scenario exception --notes "handler throws new Error(): Boom.badImplementation, payload message replaced; $KA"
kcap "${c[@]}" --message "not allowed here" --id hapi-403-lab-boom-forbidden --url $U/forbidden --scenario forbidden --notes "throw Boom.forbidden('not allowed here'); $KA"
kcap "${c[@]}" --message "Invalid request payload JSON format" --id hapi-400-lab-malformed-json --url $U/json --method POST -H "Content-Type: application/json" --data '{"name": "x",}' --scenario malformed-json --notes "malformed JSON payload (@hapi/subtext); $KA"
kcap "${c[@]}" --message "Payload content length greater than maximum allowed: 100" --id hapi-413-lab-body-too-large --url $U/json --method POST -H "Content-Type: application/json" --data "{\"data\":\"$(printf 'x%.0s' $(seq 1 200))\"}" --scenario body-too-large --notes "payload.maxBytes 100 exceeded (@hapi/subtext); $KA"
kcap "${c[@]}" --message "Unsupported Media Type" --id hapi-415-lab-unsupported-media-type --url $U/json --method POST -H "Content-Type: application/xml" --data '<a/>' --scenario unsupported-media-type --notes "a payload type subtext does not parse; $KA"
kcap "${c[@]}" --message "Invalid request payload input" --id hapi-400-lab-validation --url $U/validated --method POST -H "Content-Type: application/json" --data '{"other":1}' --scenario validation --notes "joi payload validation fails, default failAction 'error': the detail is hidden; $KA"
kcap "${c[@]}" --message "Service Unavailable" --id hapi-503-lab-server-timeout --url $U/slow --scenario worker-timeout --notes "handler never resolves, route timeout.server 500 ms: Boom.serverUnavailable(); $KA"
kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id hapi-500-lab-json-error --url $U/json-error --scenario app-error --notes "the app's own h.response({error}).code(500); $KA"
printf 'this is not HTTP at all\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --message "" --id hapi-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --scenario garbage-request --notes "a request line that is not HTTP: hapi's clientError handler"
kcap "${c[@]}" --message "" --id hapi-400-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --notes "a 20 KB header (node's 16 KB limit): hapi's clientError handler answers the same bare 400 (no 431); $KA"
