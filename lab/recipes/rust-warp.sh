#!/usr/bin/env bash
# warp 0.3 (on hyper 0.14): the default answers for unhandled rejections (no recover()): empty
# 404, 405 text, body deserialize errors, 413, 415, query and missing-header 400s.
# lab/apps/rust/warp (debug build). Ports 21130-21139.
source "$(dirname "$0")/../lib/common.sh"
B="$LAB/apps/rust/build.sh"
BIN="$("$B" warp)"
rustv="$(rustc --version | awk '{print $2}')"
VERSION="$("$B" --version warp warp) (hyper $("$B" --version warp hyper); crates.io; rustc $rustv, debug build)"
PORT=21130
"$BIN" $PORT > "$WORK/warp.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
c=(--product warp --version "$VERSION" --origin app --generator warp)
J=(-H "Content-Type: application/json")
capture "${c[@]}" --id warp-405-lab-unknown-path --url $U/nothing-here --scenario not-found --notes "GET to a path no filter serves: the warp::post() filters reject with MethodNotAllowed, which outranks NotFound when rejections combine, so warp answers 405 for an unknown path" --error-shape warp-text --message "HTTP method not allowed"
capture "${c[@]}" --id warp-405-lab-unknown-path-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path: the same combined-rejection 405"
capture "${c[@]}" --id warp-405-lab-method-not-allowed --url $U/ok --method DELETE --scenario method-not-allowed --notes "DELETE where only warp::get() matches the path: MethodNotAllowed rejection" --error-shape warp-text --message "HTTP method not allowed"
capture "${c[@]}" --id warp-400-lab-json-syntax --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --notes "warp::body::json(), truncated body: BodyDeserializeError" --error-shape warp-text --message "Request body deserialize error: EOF while parsing a value at line 1 column 9"
capture "${c[@]}" --id warp-400-lab-json-missing-field --url $U/items --method POST "${J[@]}" --data '{"name": "x"}' --scenario validation --notes "warp::body::json(), a required field missing" --error-shape warp-text --message "Request body deserialize error: missing field \`count\` at line 1 column 13"
capture "${c[@]}" --id warp-415-lab-json-content-type --url $U/items --method POST -H "Content-Type: text/plain" --data '{"name": "x", "count": 1}' --scenario unsupported-media-type --notes "warp::body::json() with text/plain: UnsupportedMediaType" --error-shape warp-text --message "The request's content-type is not supported"
capture "${c[@]}" --id warp-413-lab-content-length-limit --url $U/upload --method POST "${J[@]}" --data '{"name": "more than ten bytes", "count": 1}' --scenario body-too-large --notes "warp::body::content_length_limit(10): PayloadTooLarge" --error-shape warp-text --message "The request payload is too large"
capture "${c[@]}" --id warp-411-lab-length-required --url $U/upload --method POST "${J[@]}" -H "Transfer-Encoding: chunked" --data '' --scenario bad-request --notes "content_length_limit on a chunked request without Content-Length: LengthRequired" --error-shape warp-text --message "A content-length header is required"
capture "${c[@]}" --id warp-400-lab-query --url "$U/query?page=abc" --scenario bad-request --notes "warp::query::<T>() with a non-number: InvalidQuery" --error-shape warp-text --message "Invalid query string"
capture "${c[@]}" --id warp-400-lab-missing-header --url $U/keyed --scenario bad-request --notes "warp::header::<String>(\"x-api-key\") without the header: MissingHeader" --error-shape warp-text --message "Missing request header \"x-api-key\""
capture "${c[@]}" --id warp-405-lab-path-param --url $U/items/abc --scenario not-found --notes "path!(\"items\" / u32) with 'abc': the param does not parse; the combined rejection is again 405" --error-shape warp-text --message "HTTP method not allowed"
capture "${c[@]}" --generator hyper --id hyper-400-lab-garbage-request-line-hyper014-warp --url $U/ --raw-request "$WORK/garbage.req" --scenario bad-request --notes "a request line that is not HTTP: hyper 0.14's own 400"
capture "${c[@]}" --generator hyper --id hyper-431-lab-header-too-large-hyper014-warp --url $U/ok --big-header 600000 --scenario request-header-too-large --notes "a 600 KB header: over hyper 0.14's max_buf_size, 431"
