#!/usr/bin/env bash
# poem 3: its own responses for unmatched routes/methods and failed extractors (Json, Path,
# Query), the SizeLimit and CatchPanic middleware. lab/apps/rust/poem (debug build).
# Ports 21140-21149.
source "$(dirname "$0")/../lib/common.sh"
B="$LAB/apps/rust/build.sh"
BIN="$("$B" poem)"
rustv="$(rustc --version | awk '{print $2}')"
VERSION="$("$B" --version poem poem) (hyper $("$B" --version poem hyper); crates.io; rustc $rustv, debug build)"
PORT=21140
"$BIN" $PORT > "$WORK/poem.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product poem --version "$VERSION" --origin app --generator poem)
J=(-H "Content-Type: application/json")
capture "${c[@]}" --id poem-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: NotFoundError" --error-shape poem-text --message "not found"
capture "${c[@]}" --id poem-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path"
capture "${c[@]}" --id poem-405-lab-method-not-allowed --url $U/ok --method DELETE --scenario method-not-allowed --notes "DELETE on a get() endpoint: MethodNotAllowedError" --error-shape poem-text --message "method not allowed"
capture "${c[@]}" --id poem-400-lab-json-syntax --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --notes "Json extractor, truncated body: ParseJsonError" --error-shape poem-text --message "parse error: EOF while parsing a value at line 1 column 9"
capture "${c[@]}" --id poem-400-lab-json-missing-field --url $U/items --method POST "${J[@]}" --data '{"name": "x"}' --scenario validation --notes "Json extractor, a required field missing" --error-shape poem-text --message "parse error: missing field \`count\` at line 1 column 13"
capture "${c[@]}" --id poem-415-lab-json-content-type --url $U/items --method POST -H "Content-Type: text/plain" --data '{"name": "x", "count": 1}' --scenario unsupported-media-type --notes "Json extractor with text/plain" --error-shape poem-text --message "invalid content type \`text/plain\`, expect: \`application/json\`"
capture "${c[@]}" --id poem-400-lab-path --url $U/items/abc --scenario bad-request --notes "Path<u32> with a non-number: ParsePathError" --error-shape poem-text --message "invalid path params"
capture "${c[@]}" --id poem-400-lab-query --url "$U/query?page=abc" --scenario bad-request --notes "Query extractor with a non-number: ParseQueryError" --error-shape poem-text --message "invalid digit found in string"
capture "${c[@]}" --id poem-413-lab-size-limit --url $U/upload --method POST "${J[@]}" --data '{"name": "more than ten bytes", "count": 1}' --scenario body-too-large --notes "middleware::SizeLimit::new(10)" --error-shape poem-text --message "payload too large"
capture "${c[@]}" --id poem-500-lab-catch-panic --url $U/panic --scenario unhandled-exception --notes "handler panics inside middleware::CatchPanic (default panic handler)" --error-shape poem-text --message "internal server error"
