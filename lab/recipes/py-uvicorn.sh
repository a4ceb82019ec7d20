#!/usr/bin/env bash
# uvicorn's own answers in front of a bare ASGI app (lab/apps/python/raw/asgi.py), with each HTTP
# implementation (httptools, h11): the app raising before it responds, the app returning without
# a response, a garbage request line and --limit-concurrency's 503.
# Ports 18300 (httptools), 18301 (h11), 18302 (h11, --limit-concurrency 1).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv 'uvicorn[standard]==0.55.0' httptools==0.9.0 h11==0.16.0
UV="$(pyver uvicorn)"
P=18300 PH=18301 PL=18302
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/raw"
bg httptools.log "$BIN/uvicorn" --host 127.0.0.1 --port $P --http httptools asgi:app
bg h11.log "$BIN/uvicorn" --host 127.0.0.1 --port $PH --http h11 asgi:app
bg limit.log "$BIN/uvicorn" --host 127.0.0.1 --port $PL --http h11 --limit-concurrency 1 asgi:app
wait_port $P 60; wait_port $PH 60; wait_port $PL 60
U=http://127.0.0.1:$P H=http://127.0.0.1:$PH L=http://127.0.0.1:$PL
c=(--product uvicorn --version "$UV (httptools $(pyver httptools)), Python $PYV" --origin app --generator uvicorn)
ch=(--product uvicorn --version "$UV (h11 $(pyver h11)), Python $PYV" --origin app --generator uvicorn)
capture "${c[@]}" --id uvicorn-500-lab-app-crash --url $U/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app raises before http.response.start (httptools): uvicorn's own 500"
capture "${c[@]}" --id uvicorn-500-lab-no-response --url $U/noresp --scenario no-response --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app returns without a response (httptools)"
capture "${c[@]}" --id uvicorn-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --error-shape plain-text --message "Invalid HTTP request received." --notes "a garbage request line (httptools): send_400_response"
capture "${c[@]}" --id uvicorn-500-lab-app-crash-head --url $U/boom --method HEAD --scenario unhandled-exception --notes "HEAD for the 500 (httptools)"
capture "${ch[@]}" --id uvicorn-500-lab-app-crash-h11 --url $H/boom --scenario unhandled-exception --error-shape plain-text --message "Internal Server Error" --notes "the ASGI app raises before http.response.start (h11)"
capture "${ch[@]}" --id uvicorn-400-lab-garbage-request-h11 --url $H/ --raw-request "$WORK/garbage.req" --scenario bad-request --error-shape plain-text --message "Invalid HTTP request received." --notes "a garbage request line (h11)"
# Not captured: oversized headers (200 KB with httptools, 20 KB with h11 arriving in one read)
# are accepted, the app answers 200.
# --limit-concurrency 1: one request sleeping in /slow holds the only slot.
python3 - "$PL" <<'PY' &
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
time.sleep(8)
PY
HOLD=$!
sleep 1
capture "${ch[@]}" --id uvicorn-503-lab-limit-concurrency --url $L/ --scenario overloaded --error-shape plain-text --message "Service Unavailable" --notes "--limit-concurrency 1 with one request in flight: uvicorn's ServiceUnavailable response"
kill $HOLD 2>/dev/null || true
