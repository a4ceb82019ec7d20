#!/usr/bin/env bash
# Litestar (lab/apps/python/litestar/app.py) on uvicorn: its {"status_code", "detail"} JSON errors
# (404, 405, 400 malformed JSON and validation, 403, 413 over request_max_body_size, 500) and
# the debug traceback responses. Ports 18100 (debug off), 18101 (debug on).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv litestar==2.25.0 msgspec==0.23.0 uvicorn==0.55.0
V="$(pyver litestar) (msgspec $(pyver msgspec)) on uvicorn $(pyver uvicorn) (h11), Python $PYV"
P=18100 PD=18101
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/litestar"
bg uvicorn.log "$BIN/uvicorn" --host 127.0.0.1 --port $P app:app
bg debug.log "$BIN/uvicorn" --host 127.0.0.1 --port $PD app:debug_app
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product Litestar --version "$V" --origin app --generator litestar)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id litestar-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape json-detail --message "Not Found" --notes "no route: NotFoundException as {status_code, detail}"
capture "${c[@]}" --id litestar-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id litestar-405-lab-method --url $U/items --method PUT "${J[@]}" --data '{}' --scenario method-not-allowed --error-shape json-detail --message "Method Not Allowed" --notes "PUT on a POST-only path: MethodNotAllowedException"
capture "${c[@]}" --id litestar-400-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape json-detail --message "Input data was truncated" --notes "malformed (truncated) JSON body: msgspec's DecodeError message as a ClientException 400"
capture "${c[@]}" --id litestar-400-lab-validation --url $U/items --method POST "${J[@]}" --data '{"price": "abc"}' --scenario validation --error-shape json-detail --message "Validation failed for POST /items" --notes "a field of the wrong type / missing: ValidationException with extra[]"
capture "${c[@]}" --id litestar-404-lab-path-param --url $U/items/abc --scenario not-found --error-shape json-detail --message "Not Found" --notes "a path parameter that is not an int does not match the route"
capture "${c[@]}" --id litestar-403-lab-permission-denied --url $U/forbidden --scenario forbidden --error-shape json-detail --message "Forbidden" --notes "raise PermissionDeniedException()"
capture "${c[@]}" --id litestar-413-lab-body-too-large --url $U/upload --method POST -H 'Content-Type: application/octet-stream' --data "$(head -c 2000 /dev/zero | tr '\0' x)" --scenario body-too-large --error-shape json-detail --message "Request Entity Too Large" --notes "a 2000-byte body over request_max_body_size=1024 (JSON body but Content-Type: text/plain; charset=utf-8)"
capture "${c[@]}" --id litestar-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape json-detail --message "Internal Server Error" --notes "the handler raises RuntimeError, debug off"
capture "${c[@]}" --id litestar-500-lab-exception-debug --url $D/boom --raw-request "$(rawhttp debug-html GET /boom "Host: 127.0.0.1:$PD" 'Accept: text/html')" --scenario unhandled-exception-debug --error-shape html-title --message "lab: order service unavailable" --notes "debug=True, a browser: Litestar's HTML traceback page"
capture "${c[@]}" --id litestar-500-lab-exception-debug-plain --url $D/boom --scenario unhandled-exception-debug --error-shape plain-text --message "RuntimeError: lab: order service unavailable" --notes "debug=True, Accept: */*: the traceback as text/plain"
