#!/usr/bin/env bash
# CherryPy (lab/apps/python/cherrypy/app.py) on its own server (Cheroot): the HTTPError page with
# the "Powered by CherryPy" footer (404, 405, 403, 400 bad JSON, 413, 500) in the default
# environment (tracebacks shown) and in "production" (hidden), and Cheroot's own answers to a
# garbage request line and an oversized header. Ports 18240 (default), 18241 (production).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv CherryPy==18.10.0 cheroot==11.1.2
V="$(pyver CherryPy) (Cheroot $(pyver cheroot)), Python $PYV"
P=18240 PP=18241
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/cherrypy"
bg cherrypy.log "$PY" app.py $P
bg prod.log "$PY" app.py $PP production
wait_port $P 60; wait_port $PP 60
U=http://127.0.0.1:$P R=http://127.0.0.1:$PP
c=(--product CherryPy --version "$V" --origin app --generator cherrypy)
cp=(--product CherryPy --version "$V, environment=production" --origin app --generator cherrypy)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id cherrypy-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape html-title --message "The path '/nothing-here' was not found." --notes "no handler, default environment: NotFound's page with the traceback and the Powered by footer"
capture "${c[@]}" --id cherrypy-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id cherrypy-405-lab-method --url $U/items --scenario method-not-allowed --error-shape html-title --message "Specified method is invalid for this resource" --notes "GET on a handler with tools.allow(methods=['POST'])"
capture "${c[@]}" --id cherrypy-403-lab-httperror --url $U/forbidden --scenario forbidden --error-shape html-title --message "lab: not for you" --notes "raise HTTPError(403, 'lab: not for you')"
capture "${c[@]}" --id cherrypy-400-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape html-title --message "Invalid JSON document" --notes "tools.json_in on a malformed body: HTTPError(400, 'Invalid JSON document')"
capture "${c[@]}" --id cherrypy-413-lab-body-too-large --url $U/items --method POST "${J[@]}" --data "\"$(head -c 2000 /dev/zero | tr '\0' x)\"" --scenario body-too-large --error-shape plain-text --message "The entity sent with the request exceeds the maximum allowed bytes." --notes "a 2002-byte body over server.max_request_body_size 1024: Cheroot (CherryPy's HTTP server) answers before CherryPy, simple_response(413)"
capture "${c[@]}" --id cherrypy-500-lab-exception --url $U/boom --scenario unhandled-exception-debug --error-shape html-title --message "The server encountered an unexpected condition which prevented it from fulfilling the request." --notes "the handler raises, default environment: the 500 page with the traceback"
capture "${cp[@]}" --id cherrypy-500-lab-exception-production --url $R/boom --scenario unhandled-exception --error-shape html-title --message "The server encountered an unexpected condition which prevented it from fulfilling the request." --notes "environment=production: no traceback (the footer still names the version)"
capture "${cp[@]}" --id cherrypy-404-lab-not-found-production --url $R/nothing-here --scenario not-found --error-shape html-title --message "The path '/nothing-here' was not found." --notes "environment=production"
capture "${c[@]}" --id cherrypy-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --error-shape plain-text --message "Malformed Request-Line: bad protocol" --notes "a request line that is not HTTP: Cheroot's simple_response(400)"
capture "${c[@]}" --id cherrypy-413-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --error-shape plain-text --message "The headers sent with the request exceed the maximum allowed bytes." --notes "a 20000-byte header over server.max_request_header_size 8192: Cheroot's simple_response(413)"
