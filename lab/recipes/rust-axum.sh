#!/usr/bin/env bash
# axum (on hyper 1) with tower-http: axum's extractor rejections, its empty 404 and 405,
# tower-http's CatchPanic/Timeout answers, and hyper's own replies to malformed requests.
# lab/apps/rust/axum (debug build). Ports 21100-21109.
source "$(dirname "$0")/../lib/common.sh"
B="$LAB/apps/rust/build.sh"
BIN="$("$B" axum)"
rustv="$(rustc --version | awk '{print $2}')"
AXUM="$("$B" --version axum axum)"; HYPER="$("$B" --version axum hyper)"; TH="$("$B" --version axum tower-http)"
VERSION="$AXUM (hyper $HYPER, tower-http $TH; crates.io; rustc $rustv, debug build)"
PORT=21100
"$BIN" $PORT > "$WORK/axum.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
c=(--product axum --version "$VERSION" --origin app)
J=(-H "Content-Type: application/json")
capture "${c[@]}" --generator axum --id axum-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: Router's default fallback, 404 with no body and no Content-Type"
capture "${c[@]}" --generator axum --id axum-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path"
capture "${c[@]}" --generator axum --id axum-405-lab-method-not-allowed --url $U/ok --method DELETE --scenario method-not-allowed --notes "DELETE on a get() route: MethodRouter's 405 with Allow, no body"
capture "${c[@]}" --generator axum --id axum-400-lab-json-syntax --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --notes "Json extractor, truncated body: JsonSyntaxError" --error-shape axum-text --message "Failed to parse the request body as JSON: name: EOF while parsing a value at line 1 column 9"
capture "${c[@]}" --generator axum --id axum-422-lab-json-data --url $U/items --method POST "${J[@]}" --data '{"name": "x"}' --scenario validation --notes "Json extractor, a required field missing: JsonDataError" --error-shape axum-text --message "Failed to deserialize the JSON body into the target type: missing field \`count\` at line 1 column 13"
capture "${c[@]}" --generator axum --id axum-415-lab-json-content-type --url $U/items --method POST --data '{"name": "x", "count": 1}' --scenario unsupported-media-type --notes "Json extractor without Content-Type: MissingJsonContentType" --error-shape axum-text --message "Expected request with \`Content-Type: application/json\`"
capture "${c[@]}" --generator axum --id axum-415-lab-form-content-type --url $U/form --method POST "${J[@]}" --data '{}' --scenario unsupported-media-type --notes "Form extractor with a JSON Content-Type: InvalidFormContentType" --error-shape axum-text --message "Form requests must have \`Content-Type: application/x-www-form-urlencoded\`"
capture "${c[@]}" --generator axum --id axum-400-lab-query --url "$U/query?page=abc" --scenario bad-request --notes "Query extractor, a non-number: FailedToDeserializeQueryString" --error-shape axum-text --message "Failed to deserialize query string: page: invalid digit found in string"
capture "${c[@]}" --generator axum --id axum-400-lab-path --url $U/items/abc --scenario bad-request --notes "Path<u32> with a non-number: FailedToDeserializePathParams" --error-shape axum-text --message "Invalid URL: Cannot parse \`abc\` to a \`u32\`"
capture "${c[@]}" --generator axum --id axum-413-lab-body-limit --url $U/upload --method POST "${J[@]}" --data '{"name": "more than ten bytes", "count": 1}' --scenario body-too-large --notes "DefaultBodyLimit::max(10) on the route, Json extractor" --error-shape axum-text --message "Failed to buffer the request body: length limit exceeded"
capture "${c[@]}" --generator tower-http --id tower-http-500-lab-catch-panic --url $U/caught-panic --scenario unhandled-exception --notes "handler panics inside tower_http::catch_panic::CatchPanicLayer (default ResponseForPanic)" --error-shape tower-http-catch-panic --message "Service panicked"
capture "${c[@]}" --generator tower-http --id tower-http-408-lab-timeout --url $U/slow --scenario timeout --notes "tower_http::timeout::TimeoutLayer(1s) around a 30 s handler: empty 408"
capture "${c[@]}" --generator hyper --id hyper-400-lab-garbage-request-line --url $U/ --raw-request "$WORK/garbage.req" --scenario bad-request --notes "a request line that is not HTTP: hyper's server answers 400 itself"
capture "${c[@]}" --generator hyper --id hyper-431-lab-header-too-large --url $U/ok --big-header 600000 --scenario request-header-too-large --notes "a 600 KB header: over hyper's default max_buf_size (~400 KB), 431"
# A handler panic without CatchPanicLayer is not capturable: hyper drops the connection without a
# byte (lab/notes/axum.md).
