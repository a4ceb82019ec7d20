#!/usr/bin/env bash
# Pyramid (lab/apps/python/pyramid/app.py) under waitress: WebOb's HTTPException pages for 404,
# 405 / predicate mismatch and 403, in their plain-text and HTML forms; an unhandled exception
# (Pyramid has no 500 page of its own, so waitress answers). Port 18220.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv pyramid==2.1 waitress==3.0.2
V="$(pyver pyramid) (WebOb $(pyver webob)) on waitress $(pyver waitress), Python $PYV"
P=18220
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/pyramid"
bg waitress.log "$BIN/waitress-serve" --listen=127.0.0.1:$P app:app
wait_port $P 60
U=http://127.0.0.1:$P
c=(--product Pyramid --version "$V" --origin app --generator pyramid)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id pyramid-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape html-title --message "The resource could not be found." --notes "no route, Accept: */*: WebOb's HTTPNotFound in its HTML form (the path under the message)"
capture "${c[@]}" --id pyramid-404-lab-not-found-json --url $U/nothing-here --raw-request "$(rawhttp json404 GET /nothing-here "Host: 127.0.0.1:$P" 'Accept: application/json')" --scenario not-found --error-shape json-message --message "The resource could not be found." --notes "no route, Accept: application/json: WebOb's JSON form"
capture "${c[@]}" --id pyramid-404-lab-not-found-text --url $U/nothing-here --raw-request "$(rawhttp text404 GET /nothing-here "Host: 127.0.0.1:$P" 'Accept: text/plain')" --scenario not-found --error-shape plain-text --message "The resource could not be found." --notes "no route, Accept: text/plain: WebOb's plain-text form"
capture "${c[@]}" --id pyramid-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id pyramid-404-lab-method-mismatch --url $U/items --scenario method-not-allowed --error-shape html-title --message "The resource could not be found." --notes "GET on a route whose only view has request_method=POST: PredicateMismatch"
capture "${c[@]}" --id pyramid-403-lab-forbidden --url $U/forbidden --scenario forbidden --error-shape html-title --message "Access was denied to this resource." --notes "raise HTTPForbidden()"
capture --product waitress --version "$V" --origin app --generator waitress --id waitress-500-lab-exception-pyramid --url $U/boom --scenario unhandled-exception --error-shape plain-text --message "The server encountered an unexpected internal server error" --notes "a Pyramid view raises RuntimeError: Pyramid re-raises it (no exception view) and waitress answers its own 500"
capture --product waitress --version "$V" --origin app --generator waitress --id waitress-500-lab-bad-json-pyramid --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape plain-text --message "The server encountered an unexpected internal server error" --notes "request.json_body on malformed JSON raises JSONDecodeError: Pyramid has no 400 for it, waitress's 500 answers"
