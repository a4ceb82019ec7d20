#!/usr/bin/env bash
# Starlette alone (lab/apps/python/starlette/app.py) on uvicorn (h11) and on Hypercorn: its
# plain-text HTTPException responses (404, 405, 403), the unhandled-exception 500 (plain text, or
# the debug traceback page) and await request.json() on malformed JSON (an unhandled error: 500).
# Ports 18080 (uvicorn), 18081 (uvicorn, debug), 18082 (hypercorn).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv starlette==1.10.0 uvicorn==0.55.0 hypercorn==0.18.0
SV="$(pyver starlette)"
P=18080 PD=18081 PH=18082
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/starlette"
bg uvicorn.log "$BIN/uvicorn" --host 127.0.0.1 --port $P app:app
bg debug.log "$BIN/uvicorn" --host 127.0.0.1 --port $PD app:debug_app
bg hypercorn.log "$BIN/hypercorn" -b 127.0.0.1:$PH app:app
wait_port $P 60; wait_port $PD 60; wait_port $PH 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD H=http://127.0.0.1:$PH
c=(--product Starlette --version "$SV on uvicorn $(pyver uvicorn) (h11 $(pyver h11)), Python $PYV" --origin app --generator starlette)
ch=(--product Starlette --version "$SV on Hypercorn $(pyver hypercorn), Python $PYV" --origin app --generator starlette)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id starlette-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape plain-text --message "Not Found" --notes "no route: Router's not_found, PlainTextResponse 'Not Found'"
capture "${c[@]}" --id starlette-405-lab-method --url $U/items --scenario method-not-allowed --error-shape plain-text --message "Method Not Allowed" --notes "GET on a POST-only route: HTTPException(405) via ExceptionMiddleware, with Allow"
capture "${c[@]}" --id starlette-403-lab-httpexception --url $U/forbidden --scenario forbidden --error-shape plain-text --message "Forbidden" --notes "raise HTTPException(403): the phrase as text/plain"
capture "${c[@]}" --id starlette-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the endpoint raises: ServerErrorMiddleware's plain 500"
capture "${c[@]}" --id starlette-500-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape plain-text --message "Internal Server Error" --notes "await request.json() on malformed JSON raises JSONDecodeError: Starlette has no 400 for it, the 500 answers"
capture "${c[@]}" --id starlette-500-lab-exception-debug --url $D/boom --raw-request "$(rawhttp debug-html GET /boom "Host: 127.0.0.1:$PD" 'Accept: text/html')" --scenario unhandled-exception-debug --error-shape html-title --message "RuntimeError: lab: order service unavailable" --notes "Starlette(debug=True), a browser: the HTML traceback page"
capture "${c[@]}" --id starlette-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${ch[@]}" --id starlette-404-lab-not-found-hypercorn --url $H/nothing-here --scenario not-found --error-shape plain-text --message "Not Found" --notes "the same 404 under Hypercorn (its own date/server headers)"
capture "${ch[@]}" --id starlette-500-lab-exception-hypercorn --url $H/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the same 500 under Hypercorn"
