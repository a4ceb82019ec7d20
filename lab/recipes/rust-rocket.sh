#!/usr/bin/env bash
# Rocket 0.5: its default catchers (HTML page, or JSON when the client prefers JSON), data-guard
# failures (Json, limits), a caught handler panic, its own 404/422, and the Server: Rocket header.
# lab/apps/rust/rocket (debug build, limits.json = 10 bytes). Ports 21120-21129.
source "$(dirname "$0")/../lib/common.sh"
B="$LAB/apps/rust/build.sh"
BIN="$("$B" rocket)"
rustv="$(rustc --version | awk '{print $2}')"
VERSION="$("$B" --version rocket rocket) (hyper $("$B" --version rocket hyper); crates.io; rustc $rustv, debug build)"
PORT=21120
"$BIN" $PORT > "$WORK/rocket.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
c=(--product Rocket --version "$VERSION" --origin app --generator rocket)
J=(-H "Content-Type: application/json")
# capture.py always sends "Accept: */*" and Rocket reads the first Accept, so the JSON-preferring
# requests are written whole.
jreq() { # NAME METHOD PATH [BODY]
  local body="${4-}" extra=""
  [ -n "$body" ] && extra="Content-Type: application/json\r\nContent-Length: ${#body}\r\n"
  printf "$2 $3 HTTP/1.1\r\nHost: 127.0.0.1:$PORT\r\nUser-Agent: resplain-lab/1\r\nAccept: application/json\r\n${extra}Connection: close\r\n\r\n%s" "$body" > "$WORK/$1.req"
  echo "$WORK/$1.req"
}
capture "${c[@]}" --id rocket-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: default catcher, HTML template" --error-shape rocket-html --message "The requested resource could not be found."
capture "${c[@]}" --id rocket-404-lab-not-found-json --url $U/nothing-here --raw-request "$(jreq nf GET /nothing-here)" --scenario not-found --notes "no route, Accept: application/json: default catcher's JSON template" --error-shape rocket-json --message "The requested resource could not be found."
capture "${c[@]}" --id rocket-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path"
capture "${c[@]}" --id rocket-404-lab-method-mismatch --url $U/ok --method DELETE --scenario method-not-allowed --notes "DELETE on a #[get] route: Rocket has no 405, the request matches no route: 404" --error-shape rocket-html --message "The requested resource could not be found."
capture "${c[@]}" --id rocket-422-lab-param-parse --url $U/items/abc --scenario bad-request --notes "<id> as u32 with 'abc': the route forwards with 422 and the default catcher answers" --error-shape rocket-html --message "The request was well-formed but was unable to be followed due to semantic errors."
capture "${c[@]}" --id rocket-400-lab-json-syntax --url $U/items --method POST "${J[@]}" --data '{"n' --scenario malformed-json --notes "Json data guard, a truncated body (under the 10-byte limit): 400 default catcher" --error-shape rocket-html --message "The request could not be understood by the server due to malformed syntax."
capture "${c[@]}" --id rocket-422-lab-json-data --url $U/items --method POST "${J[@]}" --data '{"a":1}' --scenario validation --notes "Json data guard, valid JSON with required fields missing: 422" --error-shape rocket-html --message "The request was well-formed but was unable to be followed due to semantic errors."
capture "${c[@]}" --id rocket-422-lab-json-data-json --url $U/items --raw-request "$(jreq jd POST /items '{"a":1}')" --scenario validation --notes "same, Accept: application/json: the JSON catcher" --error-shape rocket-json --message "The request was well-formed but was unable to be followed due to semantic errors."
capture "${c[@]}" --id rocket-413-lab-json-limit --url $U/items --method POST "${J[@]}" --data '{"name": "more than ten bytes", "count": 1}' --scenario body-too-large --notes "limits.json = 10 exceeded: Json data guard fails with 413" --error-shape rocket-html --message "The request is larger than the server is willing or able to process."
capture "${c[@]}" --id rocket-404-lab-format-mismatch --url $U/items --method POST -H "Content-Type: text/plain" --data 'x' --scenario unsupported-media-type --notes "format = \"json\" route with text/plain: no route matches, 404 (Rocket does not answer 415 itself)" --error-shape rocket-html --message "The requested resource could not be found."
capture "${c[@]}" --id rocket-500-lab-panic --url $U/panic --scenario unhandled-exception --notes "handler panics: Rocket catches the panic and answers the 500 catcher" --error-shape rocket-html --message "The server encountered an internal error while processing this request."
capture "${c[@]}" --id rocket-500-lab-panic-json --url $U/panic --raw-request "$(jreq pj GET /panic)" --scenario unhandled-exception --notes "handler panics, Accept: application/json" --error-shape rocket-json --message "The server encountered an internal error while processing this request."
capture "${c[@]}" --id rocket-500-lab-status-error --url $U/error --scenario app-error --notes "handler returns Err(Status::InternalServerError)" --error-shape rocket-html --message "The server encountered an internal error while processing this request."
capture "${c[@]}" --generator hyper --id hyper-400-lab-garbage-request-line-rocket --url $U/ --raw-request "$WORK/garbage.req" --scenario bad-request --notes "a request line that is not HTTP: Rocket's hyper answers before Rocket sees a request (no Server: Rocket)"
