#!/usr/bin/env bash
# gunicorn's own answers, in front of a bare WSGI app (lab/apps/python/raw/wsgi.py) with the sync
# worker, and a bare ASGI app (raw/asgi.py) with the uvicorn worker (uvicorn-worker): the app
# raising before it responds (500), a worker timeout, a garbage request line, an oversized
# header / request line, too many headers, a bad header name, chunked+Content-Length.
# gunicorn 27's own ASGI worker (-k asgi) is captured too.
# Ports 18280 (sync, --timeout 3), 18281 (uvicorn worker), 18282 (-k asgi).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv gunicorn==27.0.1 uvicorn==0.55.0 uvicorn-worker==0.4.0
GV="$(pyver gunicorn)"
P=18280 PU=18281 PA=18282
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/raw"
bg sync.log "$BIN/gunicorn" -b 127.0.0.1:$P -w 1 --timeout 3 wsgi:application
bg uvw.log "$BIN/gunicorn" -b 127.0.0.1:$PU -w 1 --timeout 3 -k uvicorn_worker.UvicornWorker asgi:app
bg asgi.log "$BIN/gunicorn" -b 127.0.0.1:$PA -w 1 --timeout 3 -k asgi asgi:app
wait_port $P 60; wait_port $PU 60; wait_port $PA 60
U=http://127.0.0.1:$P W=http://127.0.0.1:$PU A=http://127.0.0.1:$PA
c=(--product gunicorn --version "$GV (sync worker), Python $PYV" --origin app --generator gunicorn)
cu=(--product gunicorn --version "$GV with uvicorn-worker $(pyver uvicorn-worker) (uvicorn $(pyver uvicorn), h11), Python $PYV" --origin app)
capture "${c[@]}" --id gunicorn-500-lab-app-crash --url $U/boom --scenario unhandled-exception --error-shape html-title --message "Internal Server Error" --notes "the WSGI app raises before start_response: the sync worker's handle_error -> util.write_error page"
capture "${c[@]}" --id gunicorn-500-lab-app-crash-head --url $U/boom --method HEAD --scenario unhandled-exception --notes "HEAD for the same 500: write_error sends the body anyway"
capture "${c[@]}" --id gunicorn-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --error-shape html-title --message "Invalid Method 'Invalid HTTP method: 'this''" --notes "a request line that is not HTTP: its first word fails the method check, InvalidRequestMethod"
capture "${c[@]}" --id gunicorn-400-lab-bad-method --url $U/ --raw-request "$(rawreq badmethod 'g@t / HTTP/1.1\r\nHost: x\r\n\r\n')" --scenario bad-request --error-shape html-title --message "Invalid Method 'Invalid HTTP method: 'g@t''" --notes "a method with characters outside the token set: InvalidRequestMethod"
capture "${c[@]}" --id gunicorn-400-lab-http-version --url $U/ --raw-request "$(rawreq badversion 'GET / HTTP/2.0\r\nHost: x\r\n\r\n')" --scenario bad-request --error-shape html-title --message "Invalid HTTP Version 'Invalid HTTP Version: (2, 0)'" --notes "HTTP/2.0 in an HTTP/1 request line: InvalidHTTPVersion"
capture "${c[@]}" --id gunicorn-431-lab-header-too-large --url $U/ --big-header 10000 --scenario request-header-too-large --error-shape html-title --message "Error parsing headers: 'limit request headers fields size'" --notes "a 10000-byte header over limit_request_field_size 8190: LimitRequestHeaders"
capture "${c[@]}" --id gunicorn-414-lab-request-line-too-long --url "$U/$(head -c 5000 /dev/zero | tr '\0' a)" --scenario request-line-too-long --error-shape html-title --message "Request Line is too large (5014 > 4094)" --notes "a 5000-byte request line over limit_request_line 4094: LimitRequestLine"
{ printf 'GET / HTTP/1.1\r\nHost: x\r\n'; for i in $(seq 1 120); do printf 'X-H%d: v\r\n' $i; done; printf '\r\n'; } > "$WORK/manyheaders.req"
capture "${c[@]}" --id gunicorn-431-lab-too-many-headers --url $U/ --raw-request "$WORK/manyheaders.req" --scenario request-header-too-large --error-shape html-title --message "Error parsing headers: 'limit request headers fields'" --notes "121 header fields over limit_request_fields 100"
capture "${c[@]}" --id gunicorn-400-lab-invalid-header-name --url $U/ --raw-request "$(rawreq badname 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n\r\n')" --scenario bad-request --error-shape html-title --message "Invalid HTTP header name: 'Bad Header'" --notes "a header name with a space: InvalidHeaderName"
capture "${c[@]}" --id gunicorn-400-lab-chunked-and-length --url $U/upload --raw-request "$(rawreq smuggle 'POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')" --scenario bad-request --error-shape html-title --message "Invalid HTTP Header: 'CONTENT-LENGTH'" --notes "both Content-Length and Transfer-Encoding: chunked (request smuggling guard)"
capture "${c[@]}" --id gunicorn-500-lab-worker-timeout --url $U/slow --timeout 15 --scenario worker-timeout --error-shape html-title --message "Internal Server Error" --notes "the app sleeps past --timeout 3: the arbiter logs WORKER TIMEOUT and sends SIGABRT; the worker's handle_abort raises SystemExit inside the request, so handle_error still writes the 500 page before the worker exits"
capture "${cu[@]}" --generator uvicorn --id uvicorn-500-lab-app-crash-gunicorn --url $W/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app raises before http.response.start, under gunicorn's uvicorn worker: uvicorn's own 500"
capture "${cu[@]}" --generator uvicorn --id uvicorn-400-lab-garbage-request-gunicorn --url $W/ --raw-request "$WORK/garbage.req" --scenario bad-request --error-shape plain-text --message "Invalid HTTP request received." --notes "a garbage request line under gunicorn's uvicorn worker: uvicorn (h11) answers, not gunicorn"
capture "${cu[@]}" --generator uvicorn --id uvicorn-500-lab-no-response-gunicorn --url $W/noresp --scenario no-response --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app returns without sending a response: uvicorn's 500"
ca=(--product gunicorn --version "$GV (ASGI worker, -k asgi), Python $PYV" --origin app --generator gunicorn)
capture "${ca[@]}" --id gunicorn-500-lab-app-crash-asgi --url $A/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app raises before http.response.start: gunicorn's ASGI protocol (gunicorn/asgi/protocol.py _send_error_response)"
capture "${ca[@]}" --id gunicorn-500-lab-no-response-asgi --url $A/noresp --scenario no-response --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app returns without responding"
capture "${ca[@]}" --id gunicorn-400-lab-garbage-request-asgi --url $A/ --raw-request "$WORK/garbage.req" --scenario bad-request --error-shape plain-text --message "this" --notes "a garbage request line: the ASGI worker's parser answers 400 with the rejected method as the whole text/plain body"
capture "${ca[@]}" --id gunicorn-431-lab-header-too-large-asgi --url $A/ --big-header 10000 --scenario request-header-too-large --error-shape plain-text --message "Request header field is too large" --notes "a 10000-byte header over limit_request_field_size 8190, ASGI worker"
# Not captured: a worker timeout under -k asgi (an awaiting app does not block the worker's
# heartbeat, so nothing is killed and the client just waits).
