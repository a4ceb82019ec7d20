#!/usr/bin/env bash
# mitmproxy (mitmdump) as a reverse proxy in front of the lab's misbehaving upstreams
# (lab/lib/upstreams.py on 18430-18439): its own error responses for a refused, garbage, empty,
# resetting or half-answering upstream, and an upstream application's 500 relayed unchanged.
# One `--mode reverse:URL@PORT` per upstream; connection_strategy=lazy (with the default, eager,
# mitmproxy connects upstream as soon as the client connects and, when that is refused, closes
# the client connection without a byte).
# Ports 18440-18449 (mitmdump listeners), 18430-18439 (upstreams).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv mitmproxy==12.3.1
V="$(pyver mitmproxy), Python $PYV"
UP=18430 L=18440
start_upstreams $UP
modes=()
for i in 0 2 3 4 5 8; do modes+=(--mode "reverse:http://127.0.0.1:$((UP+i))@127.0.0.1:$((L+i))"); done
bg mitmdump.log "$BIN/mitmdump" -q --set confdir="$WORK/conf" --set connection_strategy=lazy "${modes[@]}"
for i in 0 2 3 4 5 8; do wait_port $((L+i)) 60; done
u() { echo "http://127.0.0.1:$((L+$1))/"; }
c=(--product mitmproxy --version "$V" --origin proxy --generator mitmproxy)
capture "${c[@]}" --id mitmproxy-502-lab-refused --url "$(u 0)" --scenario refused --notes "upstream port closed: connection refused"
capture "${c[@]}" --id mitmproxy-502-lab-garbage --url "$(u 2)" --scenario garbage --notes "upstream answers bytes that are not HTTP"
capture "${c[@]}" --id mitmproxy-502-lab-empty --url "$(u 3)" --scenario empty --notes "upstream closes without a byte"
capture "${c[@]}" --id mitmproxy-502-lab-reset --url "$(u 4)" --scenario reset --notes "upstream resets the connection"
capture "${c[@]}" --id unknown-app-500-lab-app-passthrough-mitmproxy --url "$(u 5)" --origin app --generator unknown-app --scenario app-error-relayed --error-shape json-error --message "database unavailable" --notes "the upstream's own 500 relayed through mitmproxy"
capture "${c[@]}" --id mitmproxy-502-lab-half --url "$(u 8)" --scenario half-head --notes "upstream sends a status line and half a head, then closes"
capture "${c[@]}" --id mitmproxy-502-lab-refused-head --url "$(u 0)" --method HEAD --scenario refused --notes "HEAD, upstream refused"
# Not captured: a silent upstream (mitmproxy has no upstream read timeout: nothing after 90 s) and
# an upstream head with a 64 KB header (relayed as the upstream's 200, not an error), and a
# 300000-byte request header (forwarded: the upstream answered).
capture "${c[@]}" --id mitmproxy-400-lab-garbage-request --url "$(u 5)" --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --notes "a client request line that is not HTTP: mitmproxy's own 400 page"
