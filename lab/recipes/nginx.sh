#!/usr/bin/env bash
# nginx (Debian package) as a reverse proxy in front of the lab's misbehaving upstreams, and its
# own pages for request errors. Ports 17000-17019.
source "$(dirname "$0")/../lib/common.sh"
need_apt nginx
VERSION="$(nginx -v 2>&1 | sed 's|.*nginx/||') (Debian $(dpkg-query -W -f='${Version}' nginx))"
UP=17000 PORT=17010
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
  server {
    listen 127.0.0.1:$PORT;
    location /refused  { proxy_pass http://127.0.0.1:$((UP+0)); }
    location /slow     { proxy_pass http://127.0.0.1:$((UP+1)); }
    location /garbage  { proxy_pass http://127.0.0.1:$((UP+2)); }
    location /empty    { proxy_pass http://127.0.0.1:$((UP+3)); }
    location /reset    { proxy_pass http://127.0.0.1:$((UP+4)); }
    location /app500   { proxy_pass http://127.0.0.1:$((UP+5)); }
    location /bighead  { proxy_pass http://127.0.0.1:$((UP+7)); }
    location /upload   { proxy_pass http://127.0.0.1:$((UP+6)); }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
cleanup_add "nginx -c $WORK/nginx.conf -s stop"
wait_port $PORT
U=http://127.0.0.1:$PORT
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
