#!/usr/bin/env bash
# Tornado (lab/apps/python/tornado/app.py): RequestHandler.write_error's pages (404, 405, 403,
# 500; debug=True: the traceback as text/plain), and the HTTP/1 server's own answers to a garbage
# request line, and a body over max_body_size (an
# oversized header gets the connection closed without a byte).
# Ports 18140 (debug off), 18141 (debug on).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv tornado==6.6.1
V="$(pyver tornado), Python $PYV"
P=18140 PD=18141
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/tornado"
bg tornado.log "$PY" app.py $P
bg debug.log "$PY" app.py $PD debug
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product Tornado --version "$V" --origin app --generator tornado)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id tornado-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape html-title --message "404: Not Found" --notes "no route: the default handler's HTTPError(404), write_error's page"
capture "${c[@]}" --id tornado-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id tornado-405-lab-method --url $U/items --scenario method-not-allowed --error-shape html-title --message "405: Method Not Allowed" --notes "GET on a handler with only post(): HTTPError(405)"
capture "${c[@]}" --id tornado-403-lab-httperror --url $U/forbidden --scenario forbidden --error-shape html-title --message "403: Forbidden" --notes "raise HTTPError(403)"
capture "${c[@]}" --id tornado-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape html-title --message "500: Internal Server Error" --notes "the handler raises RuntimeError, debug off"
capture "${c[@]}" --id tornado-500-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "500: Internal Server Error" --notes "json.loads on a malformed body in the handler: Tornado has no JSON parsing of its own, the 500 answers"
capture "${c[@]}" --id tornado-500-lab-exception-debug --url $D/boom --scenario unhandled-exception-debug --error-shape plain-text --message "RuntimeError: lab: order service unavailable" --notes "debug=True (serve_traceback): write_error sends the traceback as text/plain"
capture "${c[@]}" --id tornado-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --body-kind empty --notes "a request line that is not HTTP: HTTP1ServerConnection writes a bare 400 status line"
capture "${c[@]}" --id tornado-400-lab-body-too-large --url $U/upload --method POST -H 'Content-Type: application/octet-stream' --data "$(head -c 2000 /dev/zero | tr '\0' x)" --scenario body-too-large --body-kind empty --notes "Content-Length 2000 over max_body_size 1024: the HTTP/1 connection rejects it before any handler"
# Not captured: a request head over max_header_size (Tornado closes the connection without a byte).
