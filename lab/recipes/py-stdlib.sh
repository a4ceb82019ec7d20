#!/usr/bin/env bash
# The standard library's servers: http.server (`python -m http.server`, SimpleHTTPRequestHandler)
# and wsgiref.simple_server serving the bare WSGI app (lab/apps/python/raw/wsgi.py):
# BaseHTTPRequestHandler.send_error's page (404, 501, 400, 431), and wsgiref's own 500.
# Ports 18400 (http.server), 18401 (wsgiref).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
P=18400 PW=18401
export PYTHONDONTWRITEBYTECODE=1
mkdir -p "$WORK/docroot" && echo static > "$WORK/docroot/static.txt"
bg httpserver.log "$PYBASE" -m http.server --bind 127.0.0.1 --directory "$WORK/docroot" $P
cd "$APPS/raw"
bg wsgiref.log "$PYBASE" -c "
from wsgiref.simple_server import make_server
import wsgi
make_server('127.0.0.1', $PW, wsgi.application).serve_forever()"
wait_port $P 60; wait_port $PW 60
U=http://127.0.0.1:$P W=http://127.0.0.1:$PW
c=(--product "Python http.server" --version "Python $PYV (SimpleHTTPRequestHandler, SimpleHTTP/0.6)" --origin app --generator python-http-server)
cw=(--product "Python wsgiref" --version "Python $PYV (wsgiref.simple_server, WSGIServer/0.2)" --origin app --generator wsgiref)
capture "${c[@]}" --id python-http-server-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape html-title --message "File not found" --notes "a missing file: send_error(404, 'File not found')"
capture "${c[@]}" --id python-http-server-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404 (send_error writes no body for HEAD)"
capture "${c[@]}" --id python-http-server-501-lab-method --url $U/static.txt --method POST --data 'x' --scenario method-not-allowed --error-shape html-title --message "Unsupported method ('POST')" --notes "POST to SimpleHTTPRequestHandler (no do_POST): send_error(501)"
capture "${c[@]}" --id python-http-server-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'GET /a b HTTP/1.1\r\n\r\n')" --scenario bad-request --error-shape html-title --message "Bad request syntax ('GET /a b HTTP/1.1')" --notes "a request line with a space in the path: parse_request's send_error(400); the message is the reason phrase"
capture "${c[@]}" --id python-http-server-431-lab-header-too-large --url $U/ --big-header 70000 --scenario request-header-too-large --error-shape html-title --message "Line too long" --notes "a 70000-byte header line over the 65536-byte limit"
{ printf 'GET / HTTP/1.1\r\nHost: x\r\n'; for i in $(seq 1 110); do printf 'X-H%d: v\r\n' $i; done; printf '\r\n'; } > "$WORK/manyheaders.req"
capture "${c[@]}" --id python-http-server-431-lab-too-many-headers --url $U/ --raw-request "$WORK/manyheaders.req" --scenario request-header-too-large --error-shape html-title --message "Too many headers" --notes "111 header lines over http.client's _MAXHEADERS 100"
capture "${cw[@]}" --id wsgiref-500-lab-app-crash --url $W/boom --scenario unhandled-exception --error-shape plain-text --message "A server error occurred.  Please contact the administrator." --notes "the WSGI app raises before start_response: wsgiref's BaseHandler.error_output"
capture "${cw[@]}" --id wsgiref-500-lab-app-crash-head --url $W/boom --method HEAD --scenario unhandled-exception --notes "HEAD for the 500: wsgiref sends the error body anyway"
capture "${cw[@]}" --id wsgiref-400-lab-garbage-request --url $W/ --raw-request "$WORK/garbage.req" --scenario bad-request --error-shape html-title --message "Bad request syntax ('GET /a b HTTP/1.1')" --notes "a bad request line to wsgiref: its WSGIRequestHandler is a BaseHTTPRequestHandler, send_error answers"
# Not captured: request lines whose version is not HTTP/x.y or is HTTP/2.0 (send_error writes the
# page without a status line or headers, HTTP/0.9 style).
