#!/usr/bin/env bash
# restify 11 (npm, pinned) with restify-errors: the router's 404 ResourceNotFound and 405
# MethodNotAllowed, next(new Error()) (500), a restify-errors ForbiddenError, the body parser's
# InvalidContent / PayloadTooLarge and an async handler's rejection. (An unknown body type and an
# unsatisfiable Accept were tried: restify 11 answered 200 to both, so they are not captured.) Ports 19080-19089.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
VER=11.1.0 RE=8.1.0
npm_pin "$WORK/restify" "restify@$VER" "restify-errors@$RE"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
PORT=19080
NODE_PATH="$WORK/restify/node_modules" start_node "$WORK/restify.log" $PORT node "$NODE_APPS/restify/app.js" $PORT
U=http://127.0.0.1:$PORT
c=(--product restify --version "$VER (restify-errors $RE, node $NODE_V)" --origin app --generator restify --error-shape restify)
kcap "${c[@]}" --message "/api/orders does not exist" --id restify-404-lab-not-found --url $U/api/orders --scenario not-found --notes "no route: ResourceNotFoundError; $KA"
kcap "${c[@]}" --message "" --id restify-404-lab-head --url $U/api/orders --method HEAD --scenario not-found --notes "HEAD on the 404: header-only evidence; $KA"
kcap "${c[@]}" --message "DELETE is not allowed" --id restify-405-lab-method-not-allowed --url $U/items --method DELETE --scenario method-not-allowed --notes "DELETE on a GET-only route: MethodNotAllowedError with Allow; $KA"
kcap "${c[@]}" --message "Error: database unavailable" --id restify-500-lab-next-error --url $U/boom --scenario exception --notes "next(new Error('database unavailable')): restify wraps a plain Error as InternalError; $KA"
kcap "${c[@]}" --message "not allowed here" --id restify-403-lab-forbidden --url $U/forbidden --scenario forbidden --notes "next(new errors.ForbiddenError('not allowed here')); $KA"
kcap "${c[@]}" --message "Invalid JSON: Expected double-quoted property name in JSON at position 13" --id restify-400-lab-malformed-json --url $U/json --method POST -H "Content-Type: application/json" --data '{"name": "x",}' --scenario malformed-json --notes "bodyParser on malformed JSON: InvalidContentError; $KA"
kcap "${c[@]}" --message "Request body size exceeds 100" --id restify-413-lab-body-too-large --url $U/json --method POST -H "Content-Type: application/json" --data "{\"data\":\"$(printf 'x%.0s' $(seq 1 200))\"}" --scenario body-too-large --notes "bodyParser maxBodySize 100: PayloadTooLargeError; $KA"
kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id restify-500-lab-json-error --url $U/json-error --scenario app-error --notes "the app's own res.send(500, {error}); $KA"
kcap "${c[@]}" --message "Error: database unavailable" --id restify-500-lab-async-rejection --url $U/async-boom --scenario exception --notes "an async handler that throws: restify turns the rejection into an error response; $KA"
# Not captured: a synchronous throw in a callback handler kills the process
# (handleUncaughtExceptions is off by default since restify 7), so there are no bytes.
