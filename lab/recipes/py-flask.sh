#!/usr/bin/env bash
# Flask (lab/apps/python/flask/app.py) on the Werkzeug dev server (debug off, and debug on: the
# Werkzeug debugger), on gunicorn (sync worker) and on waitress: Werkzeug's HTTPException pages
# (404, 405, 400 bad JSON, 415, 413 over MAX_CONTENT_LENGTH, 403, 500), and the dev server's own
# answers to a bad request line and an oversized header.
# Ports 18040 (dev server), 18041 (dev server, debug), 18042 (gunicorn), 18043 (waitress).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv flask==3.1.3 werkzeug==3.1.9 gunicorn==27.0.1 waitress==3.0.2
FV="$(pyver flask)" WV="$(pyver werkzeug)"
PW=18040 PD=18041 PG=18042 PT=18043
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/flask"
bg dev.log "$PY" app.py $PW
bg debug.log "$PY" app.py $PD debug
bg gunicorn.log "$BIN/gunicorn" -b 127.0.0.1:$PG -w 1 app:app
bg waitress.log "$BIN/waitress-serve" --listen=127.0.0.1:$PT app:app
for p in $PW $PD $PG $PT; do wait_port $p 60; done
W=http://127.0.0.1:$PW D=http://127.0.0.1:$PD G=http://127.0.0.1:$PG T=http://127.0.0.1:$PT
cw=(--product Flask --version "$FV on the Werkzeug $WV dev server, Python $PYV" --origin app --generator flask)
cd_=(--product Flask --version "$FV on the Werkzeug $WV dev server (debug), Python $PYV" --origin app --generator flask)
cg=(--product Flask --version "$FV (Werkzeug $WV) on gunicorn $(pyver gunicorn) (sync worker), Python $PYV" --origin app --generator flask)
ct=(--product Flask --version "$FV (Werkzeug $WV) on waitress $(pyver waitress), Python $PYV" --origin app --generator flask)
J=(-H 'Content-Type: application/json')
BIG="$(head -c 2000 /dev/zero | tr '\0' x)"

capture "${cw[@]}" --id flask-404-lab-not-found-werkzeug --url $W/nothing-here --scenario not-found --error-shape html-title --message "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again." --notes "no route: werkzeug.exceptions.NotFound's page"
capture "${cw[@]}" --id flask-404-lab-not-found-werkzeug-head --url $W/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${cw[@]}" --id flask-405-lab-method-werkzeug --url $W/items --scenario method-not-allowed --error-shape html-title --message "The method is not allowed for the requested URL." --notes "GET on a POST-only route: MethodNotAllowed with Allow"
capture "${cw[@]}" --id flask-500-lab-exception-werkzeug --url $W/boom --scenario unhandled-exception --error-shape html-title --message "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application." --notes "the view raises RuntimeError, debug off: InternalServerError's page"
capture "${cw[@]}" --id flask-400-lab-bad-json-werkzeug --url $W/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "The browser (or proxy) sent a request that this server could not understand." --notes "request.get_json() on malformed JSON, debug off: the generic BadRequest (on_json_loading_failed keeps the decoder's message for debug mode)"
capture "${cd_[@]}" --id flask-400-lab-bad-json-werkzeug-debug --url $D/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "Failed to decode JSON object: Expecting value: line 1 column 10 (char 9)" --notes "request.get_json() on malformed JSON, debug on: BadRequest carrying the decoder's message"
capture "${cw[@]}" --id flask-415-lab-json-content-type-werkzeug --url $W/items --method POST -H 'Content-Type: text/plain' --data '{}' --scenario unsupported-media-type --error-shape html-title --message "Did not attempt to load JSON data because the request Content-Type was not 'application/json'." --notes "request.get_json() with Content-Type text/plain: UnsupportedMediaType"
capture "${cw[@]}" --id flask-413-lab-body-too-large-werkzeug --url $W/upload --method POST -H 'Content-Type: application/octet-stream' --data "$BIG" --scenario body-too-large --error-shape html-title --message "The data value transmitted exceeds the capacity limit." --notes "a 2000-byte body over MAX_CONTENT_LENGTH=1024: RequestEntityTooLarge"
capture "${cw[@]}" --id flask-403-lab-abort-werkzeug --url $W/forbidden --scenario forbidden --error-shape html-title --message "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server." --notes "abort(403)"
capture "${cd_[@]}" --id flask-500-lab-debugger --url $D/boom --scenario unhandled-exception-debug --error-shape html-title --message "RuntimeError: lab: order service unavailable" --notes "debug=True: the Werkzeug interactive debugger's traceback page"
capture "${cd_[@]}" --id flask-404-lab-not-found-werkzeug-debug --url $D/nothing-here --scenario not-found --error-shape html-title --message "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again." --notes "debug=True changes nothing for HTTPExceptions: the same NotFound page"
printf 'GET /a b HTTP/1.1\r\n\r\n' > "$WORK/garbage.req"
capture --product Werkzeug --version "$WV dev server, Python $PYV" --origin app --generator werkzeug --id werkzeug-400-lab-garbage-request --url $W/ --raw-request "$WORK/garbage.req" --scenario bad-request --error-shape html-title --message "Bad request syntax ('GET /a b HTTP/1.1')" --notes "a request line with a space in the path: the dev server's WSGIRequestHandler is http.server's BaseHTTPRequestHandler, whose send_error page answers (Server: Werkzeug/...)"
capture --product Werkzeug --version "$WV dev server, Python $PYV" --origin app --generator werkzeug --id werkzeug-431-lab-header-too-large --url $W/ --big-header 70000 --scenario request-header-too-large --error-shape html-title --message "Line too long" --notes "a 70000-byte header line: http.server's send_error(431)"

capture "${cg[@]}" --id flask-404-lab-not-found-gunicorn --url $G/nothing-here --scenario not-found --error-shape html-title --message "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again." --notes "NotFound under gunicorn: the same page, gunicorn's headers"
capture "${cg[@]}" --id flask-500-lab-exception-gunicorn --url $G/boom --scenario unhandled-exception --error-shape html-title --message "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application." --notes "the view raises under gunicorn: Flask's InternalServerError page (Flask handles it; gunicorn's own 500 is not involved)"
capture "${cg[@]}" --id flask-413-lab-body-too-large-gunicorn --url $G/upload --method POST -H 'Content-Type: application/octet-stream' --data "$BIG" --scenario body-too-large --error-shape html-title --message "The data value transmitted exceeds the capacity limit." --notes "MAX_CONTENT_LENGTH under gunicorn"
capture "${ct[@]}" --id flask-404-lab-not-found-waitress --url $T/nothing-here --scenario not-found --error-shape html-title --message "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again." --notes "NotFound under waitress: the same page, waitress's headers"
capture "${ct[@]}" --id flask-500-lab-exception-waitress --url $T/boom --scenario unhandled-exception --error-shape html-title --message "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application." --notes "the view raises under waitress"
capture "${ct[@]}" --id flask-400-lab-bad-json-waitress --url $T/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "The browser (or proxy) sent a request that this server could not understand." --notes "malformed JSON under waitress"
