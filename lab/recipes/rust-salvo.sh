#!/usr/bin/env bash
# salvo: its default Catcher pages (HTML, JSON, XML or plain text by the client's Accept) for 404,
# 405, 500, a failed JSON extractor, the max_size limiter and CatchPanic.
# lab/apps/rust/salvo (debug build). Ports 21150-21159.
source "$(dirname "$0")/../lib/common.sh"
B="$LAB/apps/rust/build.sh"
BIN="$("$B" salvo)"
rustv="$(rustc --version | awk '{print $2}')"
VERSION="$("$B" --version salvo salvo) (hyper $("$B" --version salvo hyper); crates.io; rustc $rustv, debug build)"
PORT=21150
"$BIN" $PORT > "$WORK/salvo.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
# capture.py always sends "Accept: */*"; requests preferring another type are written whole.
areq() { # NAME ACCEPT METHOD PATH
  printf "$3 $4 HTTP/1.1\r\nHost: 127.0.0.1:$PORT\r\nUser-Agent: resplain-lab/1\r\nAccept: $2\r\nConnection: close\r\n\r\n" > "$WORK/$1.req"
  echo "$WORK/$1.req"
}
c=(--product salvo --version "$VERSION" --origin app --generator salvo)
J=(-H "Content-Type: application/json")
capture "${c[@]}" --id salvo-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route, Accept: */*: the default Catcher" --error-shape salvo-html --message "The requested resource could not be found."
capture "${c[@]}" --id salvo-404-lab-not-found-html --url $U/nothing-here --raw-request "$(areq h 'text/html,application/xhtml+xml,*/*;q=0.8' GET /nothing-here)" --scenario not-found --notes "no route, a browser's Accept: the default Catcher's HTML page" --error-shape salvo-html --message "The requested resource could not be found."
capture "${c[@]}" --id salvo-404-lab-not-found-json --url $U/nothing-here --raw-request "$(areq j application/json GET /nothing-here)" --scenario not-found --notes "no route, Accept: application/json: the default Catcher's JSON" --error-shape salvo-json --message "The requested resource could not be found."
capture "${c[@]}" --id salvo-404-lab-not-found-xml --url $U/nothing-here --raw-request "$(areq x application/xml GET /nothing-here)" --scenario not-found --notes "no route, Accept: application/xml: the default Catcher's XML" --error-shape salvo-xml --message "The requested resource could not be found."
capture "${c[@]}" --id salvo-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path"
capture "${c[@]}" --id salvo-405-lab-method-not-allowed --url $U/ok --method DELETE --scenario method-not-allowed --notes "DELETE on a get() route" --error-shape salvo-html --message "The request method is not supported for the requested resource."
capture "${c[@]}" --id salvo-400-lab-json-syntax --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --notes "Extractible body(json) with a truncated body" --error-shape salvo-html --message "parse http data failed"
capture "${c[@]}" --id salvo-500-lab-status-error --url $U/error --scenario app-error --notes "handler renders StatusError::internal_server_error()" --error-shape salvo-html --message "The server encountered an internal error while processing this request."
capture "${c[@]}" --id salvo-500-lab-status-error-json --url $U/error --raw-request "$(areq e application/json GET /error)" --scenario app-error --notes "same, Accept: application/json" --error-shape salvo-json --message "The server encountered an internal error while processing this request."
capture "${c[@]}" --id salvo-413-lab-max-size --url $U/upload --method POST "${J[@]}" --data '{"name": "more than ten bytes", "count": 1}' --scenario body-too-large --notes "size_limiter::max_size(10) hoop" --error-shape salvo-html --message "The request is larger than the server is willing or able to process."
capture "${c[@]}" --id salvo-500-lab-catch-panic --url $U/panic --scenario unhandled-exception --notes "handler panics inside the CatchPanic hoop" --error-shape salvo-html --message "panic occurred on server"
