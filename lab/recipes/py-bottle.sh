#!/usr/bin/env bash
# Bottle (lab/apps/python/bottle/app.py) on its default server (the standard library's wsgiref):
# its ERROR_PAGE_TEMPLATE for 404, 405, 403 (abort), 400 invalid JSON, 413 over MEMFILE_MAX and
# the 500 of an unhandled exception, with debug off and on (exception and traceback in the page).
# Ports 18200 (debug off), 18201 (debug on).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv bottle==0.13.4
V="$(pyver bottle) on wsgiref (WSGIServer/0.2), Python $PYV"
P=18200 PD=18201
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/bottle"
bg bottle.log "$PY" app.py $P
bg debug.log "$PY" app.py $PD debug
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product Bottle --version "$V" --origin app --generator bottle)
cd_=(--product Bottle --version "$V, debug" --origin app --generator bottle)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id bottle-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape html-title --message "Not found: '/nothing-here'" --notes "no route: HTTPError(404) in ERROR_PAGE_TEMPLATE"
capture "${c[@]}" --id bottle-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id bottle-405-lab-method --url $U/items --scenario method-not-allowed --error-shape html-title --message "Method not allowed." --notes "GET on a POST-only route"
capture "${c[@]}" --id bottle-403-lab-abort --url $U/forbidden --scenario forbidden --error-shape html-title --message "lab: not for you" --notes "abort(403, 'lab: not for you')"
capture "${c[@]}" --id bottle-400-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "Invalid JSON" --notes "request.json on a malformed body: HTTPError(400, 'Invalid JSON')"
capture "${c[@]}" --id bottle-413-lab-body-too-large --url $U/items --method POST "${J[@]}" --data "\"$(head -c 110000 /dev/zero | tr '\0' x)\"" --scenario body-too-large --error-shape html-title --message "Request entity too large" --notes "a 110002-byte JSON body over MEMFILE_MAX (102400): HTTPError(413)"
capture "${c[@]}" --id bottle-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape html-title --message "Internal Server Error" --notes "the route raises RuntimeError, debug off"
capture "${cd_[@]}" --id bottle-500-lab-exception-debug --url $D/boom --scenario unhandled-exception-debug --error-shape html-title --message "RuntimeError('lab: order service unavailable')" --notes "debug on: the page adds the exception repr and the traceback"
# Debug mode changes only errors that carry an exception (500): a debug 404 is byte-identical.
