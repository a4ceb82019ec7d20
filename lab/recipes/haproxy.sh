#!/usr/bin/env bash
# HAProxy (Debian package) in HTTP mode in front of the lab's misbehaving upstreams, and its
# built-in error messages (http_err_msgs: the natural ones by their real cause, the others through
# `http-request deny deny_status N`, which sends the built-in message for N). Ports 17160-17179.
source "$(dirname "$0")/../lib/common.sh"
need_apt haproxy
VERSION="$(haproxy -v | sed -n 's|^HAProxy version \([^ ]*\) .*|\1|p') (Debian $(dpkg-query -W -f='${Version}' haproxy))"
UP=17160 PORT=17170
start_upstreams $UP
cat > "$WORK/haproxy.cfg" <<CONF
defaults
  mode http
  timeout connect 2s
  timeout client 5s
  timeout server 2s
  timeout http-request 2s
  retries 1
userlist lab
  user admin insecure-password secret
frontend fe
  bind 127.0.0.1:$PORT
  acl p_refused path_beg /refused
  acl p_slow path_beg /slow
  acl p_garbage path_beg /garbage
  acl p_empty path_beg /empty
  acl p_reset path_beg /reset
  acl p_app500 path_beg /app500
  acl p_bighead path_beg /bighead
  acl p_half path_beg /half
  acl p_noserver path_beg /noserver
  acl p_down path_beg /down
  http-request deny if { path_beg /deny }
  http-request auth realm lab if { path_beg /auth } !{ http_auth(lab) }
  http-request deny deny_status 404 if { path_beg /status404 }
  http-request deny deny_status 405 if { path_beg /status405 }
  http-request deny deny_status 410 if { path_beg /status410 }
  http-request deny deny_status 413 if { path_beg /status413 }
  http-request deny deny_status 429 if { path_beg /status429 }
  http-request deny deny_status 500 if { path_beg /status500 }
  http-request deny deny_status 501 if { path_beg /status501 }
  use_backend be_refused if p_refused
  use_backend be_slow if p_slow
  use_backend be_garbage if p_garbage
  use_backend be_empty if p_empty
  use_backend be_reset if p_reset
  use_backend be_app500 if p_app500
  use_backend be_bighead if p_bighead
  use_backend be_half if p_half
  use_backend be_noserver if p_noserver
  use_backend be_down if p_down
  default_backend be_ok
backend be_refused
  server s 127.0.0.1:$((UP+0))
backend be_slow
  server s 127.0.0.1:$((UP+1))
backend be_garbage
  server s 127.0.0.1:$((UP+2))
backend be_empty
  server s 127.0.0.1:$((UP+3))
backend be_reset
  server s 127.0.0.1:$((UP+4))
backend be_app500
  server s 127.0.0.1:$((UP+5))
backend be_ok
  server s 127.0.0.1:$((UP+6))
backend be_bighead
  server s 127.0.0.1:$((UP+7))
backend be_half
  server s 127.0.0.1:$((UP+8))
backend be_noserver
backend be_down
  option httpchk GET /
  server s 127.0.0.1:$((UP+0)) check inter 200ms fall 1
CONF
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid" >> "$WORK/haproxy.log" 2>&1
cleanup_add "kill \$(cat $WORK/haproxy.pid)"
wait_port $PORT
sleep 1  # let the health check mark be_down's server DOWN
U=http://127.0.0.1:$PORT
c=(--product haproxy --version "$VERSION" --origin proxy --generator haproxy)
capture "${c[@]}" --id haproxy-503-lab-refused --url $U/refused --scenario refused --notes "server port closed, retries 1: connection refused, 503 (termination state SC)"
capture "${c[@]}" --id haproxy-503-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "HEAD to a refused server: header-only evidence"
capture "${c[@]}" --id haproxy-504-lab-slow --url $U/slow --scenario timeout --notes "server accepts and never answers: timeout server 2s (termination state sH)"
capture "${c[@]}" --id haproxy-502-lab-garbage --url $U/garbage --scenario garbage --notes "server answers bytes that are not HTTP: invalid response (PH)"
capture "${c[@]}" --id haproxy-502-lab-empty --url $U/empty --scenario empty-reply --notes "server closes without a byte (SH)"
capture "${c[@]}" --id haproxy-502-lab-reset --url $U/reset --scenario reset --notes "server resets the connection (SH)"
capture "${c[@]}" --id haproxy-502-lab-half --url $U/half --scenario half-head --notes "server sends a status line and half a head, then closes"
capture "${c[@]}" --id haproxy-502-lab-upstream-big-header --url $U/bighead --scenario upstream-header-too-big --notes "server's head (64 KB header) does not fit tune.bufsize 16384: invalid response (PH)"
capture --product haproxy --version "$VERSION" --origin app --generator unknown-app --id haproxy-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the upstream's own JSON 500 relayed by HAProxy" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id haproxy-503-lab-no-server --url $U/noserver --scenario no-backend --notes "backend with no server line"
capture "${c[@]}" --id haproxy-503-lab-server-down --url $U/down --scenario no-backend --notes "backend whose only server is DOWN by its health check (SC/NOSRV)"
capture "${c[@]}" --id haproxy-403-lab-deny --url $U/deny --scenario forbidden --notes "http-request deny"
capture "${c[@]}" --id haproxy-401-lab-auth --url $U/auth --scenario unauthorized --notes "http-request auth realm lab without credentials"
capture "${c[@]}" --id haproxy-400-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --notes "request head larger than tune.bufsize (16384): 400 (PR)"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id haproxy-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Partial: ' > "$WORK/partial-request"
capture "${c[@]}" --id haproxy-408-lab-request-timeout --url $U/ --raw-request "$WORK/partial-request" --timeout 10 --scenario request-timeout --notes "head never completed: timeout http-request 2s (cR)"
for s in 404 405 410 413 429 500 501; do
  capture "${c[@]}" --id haproxy-$s-lab-deny-status --url $U/status$s --scenario deny-status --notes "http-request deny deny_status $s: HAProxy's built-in message for $s"
done
