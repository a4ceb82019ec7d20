#!/usr/bin/env bash
# Fastify 4 and 5 (npm, pinned) with their defaults: the 404 handler ("Route GET:/x not found"),
# the error handler (thrown error, err.statusCode), content-type parser errors (malformed/empty
# JSON, unsupported media type, body over bodyLimit), schema validation, a bad URL and the
# clientError handler's answer to a garbage request / huge header. Ports 19040-19049.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
V4=4.29.1 V5=5.12.8
npm_pin "$WORK/fastify4" "fastify@$V4"
npm_pin "$WORK/fastify5" "fastify@$V5"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
printf 'this is not HTTP at all\r\n\r\n' > "$WORK/garbage.req"

run_fastify() {  # MAJOR VERSION PORT
  local major=$1 ver=$2 port=$3 sfx="v$1"
  local dir="$WORK/fastify$major"
  NODE_PATH="$dir/node_modules" start_node "$WORK/fastify$major.log" $port node "$NODE_APPS/fastify/app.js" $port
  local U=http://127.0.0.1:$port
  # the two majors word these differently (checked against the captures)
  local m_json="Body is not valid JSON but content-type is set to 'application/json'" m_415="Unsupported Media Type"
  [ "$major" = 4 ] && m_json="Expected double-quoted property name in JSON at position 13" m_415="Unsupported Media Type: application/xml"
  local c=(--product "fastify$major" --version "$ver (node $NODE_V)" --origin app --generator fastify --error-shape fastify)
  kcap "${c[@]}" --message "Route GET:/api/orders not found" --id fastify-404-lab-not-found-$sfx --url $U/api/orders --scenario not-found --notes "no route: default 404 handler (lib/fourOhFour.js); $KA"
  kcap "${c[@]}" --message "Route DELETE:/boom not found" --id fastify-404-lab-wrong-method-$sfx --url $U/boom --method DELETE --scenario method-not-allowed --notes "a path routed for GET only, DELETE sent: Fastify has no 405, the 404 handler names method and URL; $KA"
  kcap "${c[@]}" --message "" --id fastify-404-lab-head-$sfx --url $U/api/orders --method HEAD --scenario not-found --notes "HEAD on the default 404: header-only evidence; $KA"
  kcap "${c[@]}" --message "database unavailable" --id fastify-500-lab-exception-$sfx --url $U/boom --scenario exception --notes "async route throws new Error('database unavailable'): the default error handler sends the message of a 500 as is; $KA"
  kcap "${c[@]}" --message "not allowed here" --id fastify-403-lab-err-status-code-$sfx --url $U/forbidden --scenario forbidden --notes "thrown error with err.statusCode = 403; $KA"
  kcap "${c[@]}" --message "$m_json" --id fastify-400-lab-malformed-json-$sfx --url $U/json --method POST -H "Content-Type: application/json" --data '{"name": "x",}' --scenario malformed-json --notes "malformed JSON body: v5: FST_ERR_CTP_INVALID_JSON_BODY with connection: close; v4: no code, JSON.parse's own message; $KA"
  kcap "${c[@]}" --message "Body cannot be empty when content-type is set to 'application/json'" --id fastify-400-lab-empty-json-$sfx --url $U/json --method POST -H "Content-Type: application/json" --data '' --scenario malformed-json --notes "empty body with Content-Type: application/json: FST_ERR_CTP_EMPTY_JSON_BODY; $KA"
  kcap "${c[@]}" --message "$m_415" --id fastify-415-lab-unsupported-media-type-$sfx --url $U/json --method POST -H "Content-Type: application/xml" --data '<a/>' --scenario unsupported-media-type --notes "a body type without a parser: FST_ERR_CTP_INVALID_MEDIA_TYPE; $KA"
  kcap "${c[@]}" --message "Request body is too large" --id fastify-413-lab-body-too-large-$sfx --url $U/json --method POST -H "Content-Type: application/json" --data "{\"data\":\"$(printf 'x%.0s' $(seq 1 200))\"}" --scenario body-too-large --notes "body over bodyLimit (100 bytes here): FST_ERR_CTP_BODY_TOO_LARGE; $KA"
  kcap "${c[@]}" --message "body must have required property 'name'" --id fastify-400-lab-validation-$sfx --url $U/validated --method POST -H "Content-Type: application/json" --data '{"other":1}' --scenario validation --notes "JSON schema validation of the body fails (ajv): FST_ERR_VALIDATION; $KA"
  kcap "${c[@]}" --message "'/items/%zz' is not a valid url component" --id fastify-400-lab-bad-url-$sfx --url "$U/items/%zz" --scenario bad-request --notes "an undecodable percent escape in a path parameter: FST_ERR_BAD_URL; $KA"
  kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id fastify-500-lab-reply-json-$sfx --url $U/reply-500 --scenario app-error --notes "the app's own reply.code(500).send({error}): application/json; charset=utf-8, no ETag; $KA"
  capture "${c[@]}" --message "Client Error" --id fastify-400-lab-garbage-request-$sfx --url $U/ --raw-request "$WORK/garbage.req" --scenario garbage-request --notes "a request line that is not HTTP: Fastify's clientError handler (not node's constant 400) answers JSON"
  kcap "${c[@]}" --message "Exceeded maximum allowed HTTP header size" --id fastify-431-lab-header-too-large-$sfx --url $U/ --big-header 20000 --scenario request-header-too-large --notes "a 20 KB header (node's 16 KB limit): Fastify's clientError handler; $KA"
}
run_fastify 4 $V4 19040
run_fastify 5 $V5 19045
