#!/usr/bin/env bash
# Varnish Cache (Debian package) in front of the lab's misbehaving upstreams. Two instances:
# `-b` (no VCL file: only the built-in VCL, so every error is the built-in Guru Meditation page)
# and a lab VCL routing by path, with synth() answers, a return (fail), and a vcl_backend_error
# that returns before the built-in page (no Guru Meditation: what "without the default VCL" sends).
# Ports 17180-17199.
source "$(dirname "$0")/../lib/common.sh"
need_apt varnish
VERSION="$(varnishd -V 2>&1 | sed -n 's|^varnishd (varnish-\([^ ]*\) .*|\1|p') (Debian $(dpkg-query -W -f='${Version}' varnish))"
UP=17180 PORT_B=17190 PORT_V=17191
start_upstreams $UP
cat > "$WORK/lab.vcl" <<VCL
vcl 4.1;
backend refused { .host = "127.0.0.1"; .port = "$((UP+0))"; }
backend slow    { .host = "127.0.0.1"; .port = "$((UP+1))"; .first_byte_timeout = 2s; }
backend garbage { .host = "127.0.0.1"; .port = "$((UP+2))"; }
backend empty   { .host = "127.0.0.1"; .port = "$((UP+3))"; }
backend reset   { .host = "127.0.0.1"; .port = "$((UP+4))"; }
backend app500  { .host = "127.0.0.1"; .port = "$((UP+5))"; }
backend ok      { .host = "127.0.0.1"; .port = "$((UP+6))"; }
backend bighead { .host = "127.0.0.1"; .port = "$((UP+7))"; }
backend half    { .host = "127.0.0.1"; .port = "$((UP+8))"; }
sub vcl_recv {
  set req.backend_hint = ok;
  if (req.url ~ "^/refused") { set req.backend_hint = refused; }
  if (req.url ~ "^/slow")    { set req.backend_hint = slow; }
  if (req.url ~ "^/garbage") { set req.backend_hint = garbage; }
  if (req.url ~ "^/empty")   { set req.backend_hint = empty; }
  if (req.url ~ "^/reset")   { set req.backend_hint = reset; }
  if (req.url ~ "^/app500")  { set req.backend_hint = app500; }
  if (req.url ~ "^/bighead") { set req.backend_hint = bighead; }
  if (req.url ~ "^/half")    { set req.backend_hint = half; }
  if (req.url ~ "^/bare")    { set req.backend_hint = refused; }
  if (req.url ~ "^/deny")    { return (synth(403)); }
  if (req.url ~ "^/limited") { return (synth(429, "Too Many Requests")); }
  if (req.url ~ "^/fail")    { return (fail); }
}
sub vcl_backend_error {
  # A VCL that answers backend errors itself and skips the built-in page.
  if (bereq.url ~ "^/bare") { return (deliver); }
}
VCL
common_args=(-s malloc,32m -p first_byte_timeout=2 -p connect_timeout=2 -T none -p http_req_size=16384)
varnishd -n "$WORK/vb" -P "$WORK/vb.pid" -a 127.0.0.1:$PORT_B -b 127.0.0.1:$((UP+0)) "${common_args[@]}"
cleanup_add "kill \$(cat $WORK/vb.pid)"
varnishd -n "$WORK/vv" -P "$WORK/vv.pid" -a 127.0.0.1:$PORT_V -f "$WORK/lab.vcl" "${common_args[@]}"
cleanup_add "kill \$(cat $WORK/vv.pid)"
wait_port $PORT_B; wait_port $PORT_V
B=http://127.0.0.1:$PORT_B
V=http://127.0.0.1:$PORT_V
c=(--product varnish --version "$VERSION" --origin proxy --generator varnish)
capture "${c[@]}" --id varnish-503-lab-refused-builtin --url $B/ --scenario refused --notes "varnishd -b (built-in VCL only), backend port closed: 503 Backend fetch failed, Guru Meditation page from vcl_builtin_backend_error"
capture "${c[@]}" --id varnish-503-lab-refused-builtin-head --url $B/ --method HEAD --scenario refused-head --notes "varnishd -b, HEAD, backend port closed: header-only evidence"
capture "${c[@]}" --id varnish-400-lab-no-host --url $B/ --raw-request <(printf 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n') --scenario bad-request --notes "HTTP/1.1 request without Host: vcl_req_host returns synth(400), built-in vcl_synth page"
capture "${c[@]}" --id varnish-405-lab-pri-method --url $B/ --method PRI --scenario method-not-allowed --notes "method PRI: vcl_req_method returns synth(405), built-in vcl_synth page"
capture "${c[@]}" --id varnish-503-lab-refused --url $V/refused --scenario refused --notes "lab VCL, backend port closed: Backend fetch failed"
capture "${c[@]}" --id varnish-503-lab-slow --url $V/slow --scenario timeout --notes "lab VCL, backend never answers: first_byte_timeout 2s, Backend fetch failed (Varnish has no 504)"
capture "${c[@]}" --id varnish-503-lab-garbage --url $V/garbage --scenario garbage --notes "lab VCL, backend answers bytes that are not HTTP"
capture "${c[@]}" --id varnish-503-lab-empty --url $V/empty --scenario empty-reply --notes "lab VCL, backend closes without a byte"
capture "${c[@]}" --id varnish-503-lab-reset --url $V/reset --scenario reset --notes "lab VCL, backend resets the connection"
capture "${c[@]}" --id varnish-503-lab-upstream-big-header --url $V/bighead --scenario upstream-header-too-big --notes "lab VCL, backend sends a 64 KB header (over http_resp_hdr_len / http_resp_size)"
capture "${c[@]}" --id varnish-503-lab-bare-backend-error --url $V/bare --scenario refused --notes "lab VCL whose vcl_backend_error returns (deliver) before the built-in page: 503 Backend fetch failed with an empty body"
capture --product varnish --version "$VERSION" --origin app --generator unknown-app --id varnish-500-lab-app-passthrough --url $V/app500 --scenario app-error --notes "the backend's own JSON 500 relayed by Varnish (pass through: X-Varnish, Via, Age added)" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id varnish-403-lab-synth --url $V/deny --scenario forbidden --notes "vcl_recv return (synth(403)): built-in vcl_synth page"
capture "${c[@]}" --id varnish-429-lab-synth-reason --url $V/limited --scenario rate-limited --notes "vcl_recv return (synth(429, \"Too Many Requests\"))"
capture "${c[@]}" --id varnish-503-lab-vcl-failed --url $V/fail --scenario internal-error --notes "vcl_recv return (fail): 503 VCL failed"
# No header-too-large capture: a request head over http_req_size (16384) makes Varnish 7.1 close
# the connection without sending a byte.
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id varnish-400-lab-garbage-request --url $V/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
