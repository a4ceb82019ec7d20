#!/usr/bin/env bash
# Sanic (lab/apps/python/sanic/app.py) on its own server: its error pages in each of the formats
# FALLBACK_ERROR_FORMAT=auto picks (HTML for browsers, JSON, text), the debug traceback, 400 bad
# JSON, 413 over REQUEST_MAX_SIZE, 408 request timeout, 503 response timeout, and the server's
# answers to a garbage request line and an oversized header.
# Ports 18160 (production), 18161 (debug).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv sanic==25.12.1 sanic-routing==23.12.0
V="$(pyver sanic) (sanic-routing $(pyver sanic-routing)), Python $PYV"
P=18160 PD=18161
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/sanic"
bg sanic.log "$PY" app.py $P
bg debug.log "$PY" app.py $PD debug
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product Sanic --version "$V" --origin app --generator sanic)
cd_=(--product Sanic --version "$V, debug" --origin app --generator sanic)
J=(-H 'Content-Type: application/json')
H=(-H 'Accept: text/html')
capture "${c[@]}" --id sanic-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape plain-text --message "Requested URL /nothing-here not found" --notes "no route, Accept: */*: NotFound in the text fallback format"
capture "${c[@]}" --id sanic-404-lab-not-found-html --url $U/nothing-here --raw-request "$(rawhttp html404 GET /nothing-here "Host: 127.0.0.1:$P" 'Accept: text/html,application/xhtml+xml')" --scenario not-found --error-shape html-title --message "Requested URL /nothing-here not found" --notes "no route, a browser: Sanic's HTML error page"
capture "${c[@]}" --id sanic-404-lab-not-found-json --url $U/nothing-here --raw-request "$(rawhttp json404 GET /nothing-here "Host: 127.0.0.1:$P" 'Accept: application/json')" --scenario not-found --error-shape json-description --message "Requested URL /nothing-here not found" --notes "no route, Accept: application/json: the JSON renderer"
capture "${c[@]}" --id sanic-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id sanic-405-lab-method --url $U/items --scenario method-not-allowed --error-shape plain-text --message "Method GET not allowed for URL /items" --notes "GET on a POST-only route: MethodNotAllowed"
capture "${c[@]}" --id sanic-403-lab-forbidden --url $U/forbidden --scenario forbidden --error-shape plain-text --message "lab: not for you" --notes "raise Forbidden('lab: not for you')"
capture "${c[@]}" --id sanic-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape plain-text --message "The application encountered an unexpected error and could not continue." --notes "the handler raises RuntimeError, production"
capture "${c[@]}" --id sanic-500-lab-exception-html --url $U/boom --raw-request "$(rawhttp html500 GET /boom "Host: 127.0.0.1:$P" 'Accept: text/html')" --scenario unhandled-exception --error-shape html-title --message "The application encountered an unexpected error and could not continue." --notes "the same 500 for a browser: the HTML page"
capture "${c[@]}" --id sanic-400-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape json-description --message "Failed when parsing body as json" --notes "request.json on a malformed body: BadRequest; the route's JSON body makes auto pick the JSON format"
capture "${c[@]}" --id sanic-413-lab-body-too-large --url $U/upload --method POST -H 'Content-Type: application/octet-stream' --data "$(head -c 2000 /dev/zero | tr '\0' x)" --scenario body-too-large --error-shape plain-text --message "Request body exceeds the size limit" --notes "Content-Length 2000 over REQUEST_MAX_SIZE 1024: PayloadTooLarge from the HTTP/1 protocol"
capture "${c[@]}" --id sanic-503-lab-response-timeout --url $U/slow --scenario worker-timeout --error-shape plain-text --message "Response Timeout" --notes "the handler sleeps past RESPONSE_TIMEOUT=2s: ServiceUnavailable from the server"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n' > "$WORK/partial.req"
capture "${c[@]}" --id sanic-408-lab-request-timeout --url $U/ --raw-request "$WORK/partial.req" --scenario request-timeout --error-shape plain-text --message "Request Timeout" --notes "a request head never finished: REQUEST_TIMEOUT=2s, RequestTimeout"
capture "${c[@]}" --id sanic-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --error-shape plain-text --message "Bad Request" --notes "a request line that is not HTTP: the protocol's BadRequest"
capture "${c[@]}" --id sanic-413-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --error-shape plain-text --message "Request header exceeds the size limit" --notes "a 20000-byte header over REQUEST_MAX_HEADER_SIZE 8192"
capture "${cd_[@]}" --id sanic-500-lab-exception-debug --url $D/boom --raw-request "$(rawhttp dhtml500 GET /boom "Host: 127.0.0.1:$PD" 'Accept: text/html')" --scenario unhandled-exception-debug --error-shape html-title --message "lab: order service unavailable" --notes "debug mode, a browser: the HTML page with the traceback"
capture "${cd_[@]}" --id sanic-500-lab-exception-debug-text --url $D/boom --scenario unhandled-exception-debug --error-shape plain-text --message "lab: order service unavailable" --notes "debug mode, Accept: */*: the text format with the traceback"
