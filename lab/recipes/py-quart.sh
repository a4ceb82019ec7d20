#!/usr/bin/env bash
# Quart (lab/apps/python/quart/app.py) on Hypercorn, debug off and on: Werkzeug's HTTPException
# pages as Quart renders them (404, 405, 403, 400 bad JSON, 413 over MAX_CONTENT_LENGTH), the 500
# of an unhandled exception and Quart's debug traceback page.
# Ports 18260 (debug off), 18261 (debug on).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv quart==0.22.0 hypercorn==0.18.0
V="$(pyver quart) (Werkzeug $(pyver werkzeug)) on Hypercorn $(pyver hypercorn), Python $PYV"
P=18260 PD=18261
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/quart"
bg hypercorn.log "$BIN/hypercorn" -b 127.0.0.1:$P app:app
bg debug.log "$BIN/hypercorn" -b 127.0.0.1:$PD app:debug_app
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product Quart --version "$V" --origin app --generator quart)
cd_=(--product Quart --version "$V, debug" --origin app --generator quart)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id quart-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape html-title --message "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again." --notes "no route: Werkzeug's NotFound page"
capture "${c[@]}" --id quart-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id quart-405-lab-method --url $U/items --scenario method-not-allowed --error-shape html-title --message "The method is not allowed for the requested URL." --notes "GET on a POST-only route"
capture "${c[@]}" --id quart-403-lab-abort --url $U/forbidden --scenario forbidden --error-shape html-title --message "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server." --notes "abort(403)"
capture "${c[@]}" --id quart-400-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "The browser (or proxy) sent a request that this server could not understand." --notes "await request.get_json() on malformed JSON: BadRequest"
capture "${c[@]}" --id quart-413-lab-body-too-large --url $U/upload --method POST -H 'Content-Type: application/octet-stream' --data "$(head -c 2000 /dev/zero | tr '\0' x)" --scenario body-too-large --error-shape html-title --message "The data value transmitted exceeds the capacity limit." --notes "a 2000-byte body over MAX_CONTENT_LENGTH 1024"
capture "${c[@]}" --id quart-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape html-title --message "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application." --notes "the route raises RuntimeError, debug off"
capture "${cd_[@]}" --id quart-500-lab-exception-debug --url $D/boom --scenario unhandled-exception-debug --error-shape html-fragment --message "RuntimeError lab: order service unavailable" --notes "debug on: Quart's traceback template (a style block and an h1, no html/title element)"
