#!/usr/bin/env bash
# Caddy 2 (Debian package caddy) with reverse_proxy in front of the lab's misbehaving upstreams,
# and file_server for its own 404. No handle_errors: Caddy's default error answers (empty
# bodies). Ports 17320-17339.
source "$(dirname "$0")/../lib/common.sh"
need_apt caddy
VERSION="$(caddy version | head -1) (Debian $(dpkg-query -W -f='${Version}' caddy))"
UP=17320 PORT=17330
start_upstreams $UP
mkdir -p "$WORK/htdocs" "$WORK/home"
echo "<html><body>lab index</body></html>" > "$WORK/htdocs/index.html"
rp() { printf '  handle %s {\n    reverse_proxy 127.0.0.1:%s {\n      transport http {\n        dial_timeout 2s\n        response_header_timeout 2s\n      }\n    }\n  }\n' "$1" "$2"; }
{
  printf '{\n  admin off\n  auto_https off\n}\nhttp://127.0.0.1:%s {\n' $PORT
  rp '/refused*' $((UP+0)); rp '/slow*' $((UP+1)); rp '/garbage*' $((UP+2)); rp '/empty*' $((UP+3))
  rp '/reset*' $((UP+4)); rp '/app500*' $((UP+5)); rp '/bighead*' $((UP+7)); rp '/half*' $((UP+8))
  printf '  handle /upload* {\n    request_body {\n      max_size 10\n    }\n    reverse_proxy 127.0.0.1:%s\n  }\n' $((UP+6))
  printf '  handle {\n    root * %s\n    file_server\n  }\n}\n' "$WORK/htdocs"
} > "$WORK/Caddyfile"
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config"
caddy run --config "$WORK/Caddyfile" --adapter caddyfile >> "$WORK/caddy.out" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product caddy --version "$VERSION" --origin proxy --generator caddy)
capture "${c[@]}" --id caddy-502-lab-refused --url $U/refused --scenario refused --notes "reverse_proxy, upstream port closed: dial tcp ... connection refused, 502 with an empty body (no handle_errors)"
capture "${c[@]}" --id caddy-502-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "HEAD to a closed upstream: header-only evidence"
capture "${c[@]}" --id caddy-504-lab-slow --url $U/slow --scenario timeout --notes "upstream never answers: response_header_timeout 2s"
capture "${c[@]}" --id caddy-502-lab-garbage --url $U/garbage --scenario garbage --notes "upstream answers bytes that are not HTTP (malformed HTTP response)"
capture "${c[@]}" --id caddy-502-lab-empty --url $U/empty --scenario empty-reply --notes "upstream closes without a byte (EOF)"
capture "${c[@]}" --id caddy-502-lab-reset --url $U/reset --scenario reset --notes "upstream resets the connection"
capture "${c[@]}" --id caddy-502-lab-half --url $U/half --scenario half-head --notes "upstream sends a status line and half a head, then closes"
capture --product caddy --version "$VERSION" --origin app --generator unknown-app --id caddy-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the upstream's own JSON 500 relayed by reverse_proxy (Server: Caddy added)" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id caddy-502-lab-body-too-large --url $U/upload --method POST --data "more than ten bytes of body" --scenario body-too-large --notes "request_body max_size 10 in front of reverse_proxy: the body read fails inside the proxy and Caddy 2.6.2 answers 502 (not 413), Connection: close first"
capture "${c[@]}" --id caddy-404-lab-file-server --url $U/nothing-here --scenario not-found --notes "file_server, missing file: 404 with an empty body"
# No 405: file_server in Caddy 2.6.2 serves a POST like a GET (200).
capture "${c[@]}" --id caddy-431-lab-header-too-large --url $U/ --big-header 1100000 --scenario request-header-too-large --notes "a request head over Go net/http's 1 MB limit (MaxHeaderBytes): net/http's own plain-text answer"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id caddy-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP: Go net/http's own 400"
