#!/usr/bin/env bash
# actix-web 4: extractor errors (Json, Form, Query, Path), its empty 404/405, JsonConfig limit,
# ResponseError text, and actix-http's own replies to malformed requests.
# lab/apps/rust/actix-web (debug build). Ports 21110-21119.
source "$(dirname "$0")/../lib/common.sh"
B="$LAB/apps/rust/build.sh"
BIN="$("$B" actix-web)"
rustv="$(rustc --version | awk '{print $2}')"
VERSION="$("$B" --version actix-web actix-web) (actix-http $("$B" --version actix-web actix-http); crates.io; rustc $rustv, debug build)"
PORT=21110
"$BIN" $PORT > "$WORK/actix.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
c=(--product actix-web --version "$VERSION" --origin app --generator actix-web)
J=(-H "Content-Type: application/json")
capture "${c[@]}" --id actix-web-404-lab-route-guard --url $U/ok --method DELETE --scenario method-not-allowed --notes "DELETE on App::route(\"/ok\", web::get()): a route guard that fails falls through to the default 404, not 405"
capture "${c[@]}" --id actix-web-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: App's default service, 404 with no body"
capture "${c[@]}" --id actix-web-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path"
capture "${c[@]}" --id actix-web-405-lab-method-not-allowed --url $U/only-get --method DELETE --scenario method-not-allowed --notes "DELETE on web::resource(\"/only-get\").route(web::get()): the resource's default 405, no body"
capture "${c[@]}" --id actix-web-400-lab-json-syntax --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --notes "web::Json, truncated body: JsonPayloadError::Deserialize" --error-shape actix-text --message "Json deserialize error: EOF while parsing a value at line 1 column 9"
capture "${c[@]}" --id actix-web-400-lab-json-missing-field --url $U/items --method POST "${J[@]}" --data '{"name": "x"}' --scenario validation --notes "web::Json, a required field missing" --error-shape actix-text --message "Json deserialize error: missing field \`count\` at line 1 column 13"
capture "${c[@]}" --id actix-web-400-lab-json-content-type --url $U/items --method POST --data '{"name": "x", "count": 1}' --scenario unsupported-media-type --notes "web::Json without Content-Type: JsonPayloadError::ContentType" --error-shape actix-text --message "Content type error"
capture "${c[@]}" --id actix-web-415-lab-form-content-type --url $U/form --method POST "${J[@]}" --data '{}' --scenario unsupported-media-type --notes "web::Form with a JSON Content-Type: UrlencodedError::ContentType, 415 and a final period" --error-shape actix-text --message "Content type error."
capture "${c[@]}" --id actix-web-400-lab-query --url "$U/query?page=abc" --scenario bad-request --notes "web::Query with a non-number: QueryPayloadError::Deserialize" --error-shape actix-text --message "Query deserialize error: invalid digit found in string"
capture "${c[@]}" --id actix-web-404-lab-path --url $U/items/abc --scenario not-found --notes "web::Path<u32> with a non-number: PathError answers 404" --error-shape actix-text --message "can not parse \"abc\" to a u32"
capture "${c[@]}" --id actix-web-413-lab-json-limit --url $U/upload --method POST "${J[@]}" --data '{"name": "more than ten bytes", "count": 1}' --scenario body-too-large --notes "JsonConfig::default().limit(10)" --error-shape actix-text --message "JSON payload (43 bytes) is larger than allowed (limit: 10 bytes)."
capture "${c[@]}" --id actix-web-500-lab-response-error --url $U/error --scenario app-error --notes "handler returns Err(error::ErrorInternalServerError(\"lab: database unavailable\")): the ResponseError's Display as text/plain" --error-shape actix-text --message "lab: database unavailable"
capture "${c[@]}" --id actix-web-400-lab-garbage-request-line --url $U/ --raw-request "$WORK/garbage.req" --scenario bad-request --notes "a request line that is not HTTP: actix-http's own 400"
capture "${c[@]}" --id actix-web-431-lab-header-too-large --url $U/ok --big-header 200000 --scenario request-header-too-large --notes "a 200 KB header: over actix-http's MAX_BUFFER_SIZE (131072) before the head parses, ParseError::TooLarge, 431"
# A handler panic is not capturable: the worker thread dies and the connection closes without a
# byte (lab/notes/actix-web.md).
