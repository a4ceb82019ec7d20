#!/usr/bin/env bash
# Falcon (lab/apps/python/falcon/app.py) under gunicorn: its {"title": ...} JSON errors for 404,
# 405, 400 malformed JSON (MediaMalformedError), an HTTPError with a description, and the
# generic 500 of an unhandled exception. Port 18180.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv falcon==4.4.0 gunicorn==27.0.1
V="$(pyver falcon) on gunicorn $(pyver gunicorn) (sync worker), Python $PYV"
P=18180
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/falcon"
bg gunicorn.log "$BIN/gunicorn" -b 127.0.0.1:$P -w 1 app:app
wait_port $P 60
U=http://127.0.0.1:$P
c=(--product Falcon --version "$V" --origin app --generator falcon)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id falcon-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape json-title --message "404 Not Found" --notes "no route: HTTPRouteNotFound serialized as {\"title\": \"404 Not Found\"}"
capture "${c[@]}" --id falcon-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id falcon-404-lab-not-found-html --url $U/nothing-here --raw-request "$(rawhttp html404 GET /nothing-here "Host: 127.0.0.1:$P" 'Accept: text/html')" --scenario not-found --body-kind empty --notes "the same 404 for a client that accepts only text/html: no serializer fits, so the body is empty (Content-Length: 0, Content-Type still application/json)"
capture "${c[@]}" --id falcon-405-lab-method --url $U/items --scenario method-not-allowed --error-shape json-title --message "405 Method Not Allowed" --notes "GET on a resource with only on_post: HTTPMethodNotAllowed with Allow"
capture "${c[@]}" --id falcon-400-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape json-title --message "Could not parse JSON body - Expecting value: line 1 column 10 (char 9)" --notes "req.get_media() on malformed JSON: MediaMalformedError"
capture "${c[@]}" --id falcon-400-lab-empty-json --url $U/items --method POST "${J[@]}" --data '' --scenario malformed-json --error-shape json-title --message "Could not parse an empty JSON body" --notes "req.get_media() on an empty body: MediaNotFoundError"
capture "${c[@]}" --id falcon-403-lab-httperror --url $U/forbidden --scenario forbidden --error-shape json-title --message "lab: not for you" --notes "raise HTTPForbidden(title, description)"
capture "${c[@]}" --id falcon-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape json-title --message "500 Internal Server Error" --notes "the responder raises RuntimeError: Falcon's default error handler answers HTTPInternalServerError"
