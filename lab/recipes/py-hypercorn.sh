#!/usr/bin/env bash
# Hypercorn's own answers in front of a bare ASGI app (lab/apps/python/raw/asgi.py): the app
# raising before it responds, returning without a response, a garbage request line, an oversized
# header. Its reason-less status lines ("HTTP/1.1 500 ") are the trait to note. Port 18320.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv hypercorn==0.18.0 h11==0.16.0
V="$(pyver hypercorn) (h11 $(pyver h11)), Python $PYV"
P=18320
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/raw"
bg hypercorn.log "$BIN/hypercorn" -b 127.0.0.1:$P asgi:app
wait_port $P 60
U=http://127.0.0.1:$P
c=(--product Hypercorn --version "$V" --origin app --generator hypercorn)
capture "${c[@]}" --id hypercorn-500-lab-app-crash --url $U/boom --scenario unhandled-exception --notes "the ASGI app raises before http.response.start: Hypercorn's own 500"
capture "${c[@]}" --id hypercorn-500-lab-no-response --url $U/noresp --scenario no-response --notes "the ASGI app returns without a response"
capture "${c[@]}" --id hypercorn-500-lab-app-crash-head --url $U/boom --method HEAD --scenario unhandled-exception --notes "HEAD for the 500"
capture "${c[@]}" --id hypercorn-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --notes "a garbage request line: h11's RemoteProtocolError, Hypercorn's 400"
capture "${c[@]}" --id hypercorn-431-lab-header-too-large --url $U/ --big-header 70000 --scenario request-header-too-large --notes "a 70000-byte header over h11's max_incomplete_event_size"
