#!/usr/bin/env bash
# FastAPI (lab/apps/python/fastapi/main.py) on uvicorn[standard] (httptools), debug off and on:
# Starlette's routing 404/405 through FastAPI's JSON handlers, request validation 422 (malformed
# JSON, missing fields, a bad path parameter), HTTPException, and the unhandled-exception 500
# (ServerErrorMiddleware: plain text, or the debug traceback page).
# Ports 18060 (debug off), 18061 (debug on).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv fastapi==0.165.0 starlette==1.10.0 pydantic==2.14.4 'uvicorn[standard]==0.55.0'
V="$(pyver fastapi) (Starlette $(pyver starlette), Pydantic $(pyver pydantic)) on uvicorn $(pyver uvicorn) (httptools $(pyver httptools)), Python $PYV"
P=18060 PD=18061
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/fastapi"
bg uvicorn.log "$BIN/uvicorn" --host 127.0.0.1 --port $P main:app
bg debug.log "$BIN/uvicorn" --host 127.0.0.1 --port $PD main:debug_app
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product FastAPI --version "$V" --origin app --generator fastapi)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id fastapi-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape json-detail --message "Not Found" --notes "no route: Starlette's HTTPException(404) rendered by FastAPI's http_exception_handler"
capture "${c[@]}" --id fastapi-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id fastapi-405-lab-method --url $U/items --method PUT --data '{}' "${J[@]}" --scenario method-not-allowed --error-shape json-detail --message "Method Not Allowed" --notes "PUT on a POST-only path"
capture "${c[@]}" --id fastapi-422-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape json-validation --message "JSON decode error" --notes "malformed JSON body: RequestValidationError with type json_invalid"
capture "${c[@]}" --id fastapi-422-lab-missing-field --url $U/items --method POST "${J[@]}" --data '{"price": "abc"}' --scenario validation --error-shape json-validation --message "Field required" --notes "missing and invalid fields: Pydantic's errors under detail"
capture "${c[@]}" --id fastapi-422-lab-path-param --url $U/items/abc --scenario validation --error-shape json-validation --message "Input should be a valid integer, unable to parse string as an integer" --notes "a path parameter that is not an int"
capture "${c[@]}" --id fastapi-404-lab-httpexception --url $U/items/7 --scenario not-found --error-shape json-detail --message "Item not found" --notes "the route raises HTTPException(404, detail='Item not found')"
capture "${c[@]}" --id fastapi-403-lab-httpexception --url $U/forbidden --scenario forbidden --error-shape json-detail --message "Forbidden" --notes "HTTPException(403)"
capture "${c[@]}" --id fastapi-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the route raises RuntimeError: Starlette's ServerErrorMiddleware answers text/plain 'Internal Server Error' (FastAPI adds nothing)"
capture "${c[@]}" --id fastapi-500-lab-exception-debug --url $D/boom --raw-request "$(rawhttp debug-html GET /boom "Host: 127.0.0.1:$PD" 'Accept: text/html')" --scenario unhandled-exception-debug --error-shape html-title --message "RuntimeError: lab: order service unavailable" --notes "FastAPI(debug=True), a browser: ServerErrorMiddleware.debug_response's HTML traceback"
capture "${c[@]}" --id fastapi-500-lab-exception-debug-plain --url $D/boom --scenario unhandled-exception-debug --error-shape plain-text --message "RuntimeError: lab: order service unavailable" --notes "FastAPI(debug=True), Accept: */*: the traceback as text/plain"
capture "${c[@]}" --id fastapi-422-lab-bad-json-head --url $U/items --method POST "${J[@]}" --data '{"name": ' --head-only --scenario malformed-json --notes "the 422 head alone"
