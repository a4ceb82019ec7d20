#!/usr/bin/env bash
# nginx (Debian package) as a reverse proxy in front of the lab's misbehaving upstreams, and its
# own pages for request errors; a second server with server_tokens off; limit_req; a rewrite
# cycle. Ports 17100-17119.
source "$(dirname "$0")/../lib/common.sh"
need_apt nginx
VERSION="$(nginx -v 2>&1 | sed 's|.*nginx/||') (Debian $(dpkg-query -W -f='${Version}' nginx))"
UP=17100 PORT=17110 PORT_OFF=17111
start_upstreams $UP
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  proxy_connect_timeout 2s; proxy_read_timeout 2s; proxy_http_version 1.1;
  large_client_header_buffers 4 8k;
  client_max_body_size 10;
  limit_req_zone \$binary_remote_addr zone=lab:1m rate=1r/m;
  server {
    listen 127.0.0.1:$PORT;
    location /limited  { limit_req zone=lab; proxy_pass http://127.0.0.1:$((UP+6)); }
    location /denied   { deny all; }
    location /loop     { rewrite ^ /loop2 last; }
    location /loop2    { rewrite ^ /loop last; }
    location /refused  { proxy_pass http://127.0.0.1:$((UP+0)); }
    location /slow     { proxy_pass http://127.0.0.1:$((UP+1)); }
    location /garbage  { proxy_pass http://127.0.0.1:$((UP+2)); }
    location /empty    { proxy_pass http://127.0.0.1:$((UP+3)); }
    location /reset    { proxy_pass http://127.0.0.1:$((UP+4)); }
    location /app500   { proxy_pass http://127.0.0.1:$((UP+5)); }
    location /bighead  { proxy_pass http://127.0.0.1:$((UP+7)); }
    location /upload   { proxy_pass http://127.0.0.1:$((UP+6)); }
  }
  server {
    listen 127.0.0.1:$PORT_OFF;
    server_tokens off;
    location /refused  { proxy_pass http://127.0.0.1:$((UP+0)); }
    location /slow     { proxy_pass http://127.0.0.1:$((UP+1)); }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
cleanup_add "nginx -c $WORK/nginx.conf -s stop"
wait_port $PORT; wait_port $PORT_OFF
U=http://127.0.0.1:$PORT
O=http://127.0.0.1:$PORT_OFF
# capture.py sends its own User-Agent first and nginx keeps the first one, so the Chrome requests
# are written raw with a single User-Agent.
chrome_req() { printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36\r\nAccept: text/html\r\nConnection: close\r\n\r\n' "$1" > "$WORK/chrome-$2"; echo "$WORK/chrome-$2"; }
common=(--product nginx --version "$VERSION")
capture "${common[@]}" --id nginx-502-lab-refused  --url $U/refused --origin proxy --generator nginx --scenario refused --notes "upstream port closed: connect() failed (111: Connection refused)"
capture "${common[@]}" --id nginx-504-lab-slow     --url $U/slow    --origin proxy --generator nginx --scenario timeout --notes "upstream accepts and never answers: proxy_read_timeout (2s) expires"
# No garbage scenario: nginx relays a non-HTTP answer as an HTTP/0.9 body ("upstream sent no
# valid HTTP/1.0 header" in error.log), so the client gets the upstream's bytes, not a page.
capture "${common[@]}" --id nginx-502-lab-empty    --url $U/empty   --origin proxy --generator nginx --scenario empty-reply --notes "upstream closes without a byte: upstream prematurely closed connection"
capture "${common[@]}" --id nginx-500-lab-app-passthrough --url $U/app500 --origin app --generator unknown-app --scenario app-error --notes "the upstream's own JSON 500 relayed by nginx" --error-shape error-string --message "database unavailable"
capture "${common[@]}" --id nginx-502-lab-upstream-big-header --url $U/bighead --origin proxy --generator nginx --scenario upstream-header-too-big --notes "upstream sent too big header (proxy_buffer_size)"
capture "${common[@]}" --id nginx-400-lab-header-too-large --url $U/refused --big-header 20000 --origin proxy --generator nginx --scenario request-header-too-large --notes "a request header longer than large_client_header_buffers: 400 Request Header Or Cookie Too Large"
capture "${common[@]}" --id nginx-413-lab-body-too-large --url $U/upload --method POST --data "more than ten bytes of body" --origin proxy --generator nginx --scenario body-too-large --notes "client_max_body_size 10 exceeded"
capture "${common[@]}" --id nginx-404-lab-no-location --url $U/nothing-here --origin proxy --generator nginx --scenario not-found --notes "no location matches and no root file: nginx's own 404"
capture "${common[@]}" --id nginx-405-lab-post-static --url $U/index.html --method POST --data x --origin proxy --generator nginx --scenario method-not-allowed --notes "POST to a static file"
capture "${common[@]}" --id nginx-502-lab-refused-head --url $U/refused --method HEAD --origin proxy --generator nginx --scenario refused-head --notes "HEAD to a refused upstream: header-only evidence"
capture "${common[@]}" --id nginx-502-lab-refused-tokens-off --url $O/refused --origin proxy --generator nginx --scenario refused --notes "server_tokens off: Server: nginx and the footer without the version"
capture "${common[@]}" --id nginx-504-lab-slow-tokens-off --url $O/slow --origin proxy --generator nginx --scenario timeout --notes "server_tokens off, upstream read timeout"
capture "${common[@]}" --id nginx-502-lab-refused-chrome --url $U/refused --raw-request "$(chrome_req /refused refused)" --origin proxy --generator nginx --scenario refused --notes "a Chrome User-Agent: msie_padding (on by default) appends the padding comments to the error page"
capture "${common[@]}" --id nginx-504-lab-slow-chrome-tokens-off --url $O/slow --raw-request "$(chrome_req /slow slow)" --origin proxy --generator nginx --scenario timeout --notes "server_tokens off and a Chrome User-Agent: footer without version, padding appended"
# limit_req: rate 1r/m without burst; the first request passes (and primes the zone), the second is refused.
python3 "$LAB/lib/capture.py" --out "$WORK/prime" --id prime --url $U/limited --origin proxy --generator nginx --product nginx --version "$VERSION" --scenario prime --recipe "$RECIPE" >/dev/null
capture "${common[@]}" --id nginx-503-lab-limit-req --url $U/limited --origin proxy --generator nginx --scenario rate-limited --notes "limit_req zone rate=1r/m, no burst: the second request within the minute is refused with limit_req_status (default 503)"
capture "${common[@]}" --id nginx-500-lab-rewrite-cycle --url $U/loop --origin proxy --generator nginx --scenario internal-error --notes "two locations rewriting to each other with last: 'rewrite or internal redirection cycle' in error.log, 500"
capture "${common[@]}" --id nginx-403-lab-deny --url $U/denied --origin proxy --generator nginx --scenario forbidden --notes "deny all"
capture "${common[@]}" --id nginx-414-lab-uri-too-long --url "$U/$(printf 'u%.0s' $(seq 1 9000))" --origin proxy --generator nginx --scenario uri-too-long --notes "a request line longer than large_client_header_buffers (8k): 414 Request-URI Too Large"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${common[@]}" --id nginx-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --origin proxy --generator nginx --scenario bad-request --notes "a request line that is not HTTP"
