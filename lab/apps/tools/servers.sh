# Sourced by lab/recipes/tool-outputs.sh after lab/lib/common.sh: starts the proxies the client
# tools are pointed at, all on 127.0.0.1, each registered for stopping with cleanup_add.
#   UP..UP+9   lab/lib/upstreams.py (refused, slow, garbage, empty, reset, app500, ok, ...)
#   APP        lab/apps/tools/app.py (301/302 redirects, the app's own JSON 503)
#   NGINX, HAPROXY, VARNISH, APACHE: the proxies (their paths below)
# Paths on every proxy: /orders and /refused -> refused port; /slow -> never answers;
# /empty -> closes without a byte; /app/... -> the python app. nginx also serves www/ at /.
need_apt nginx haproxy varnish apache2
NGINX_VERSION="nginx $(nginx -v 2>&1 | sed 's|.*nginx/||') (Debian $(dpkg-query -W -f='${Version}' nginx))"
HAPROXY_VERSION="HAProxy $(haproxy -v | sed -n 's/^HAProxy version \([0-9.]*\).*/\1/p') (Debian $(dpkg-query -W -f='${Version}' haproxy))"
VARNISH_VERSION="Varnish $(varnishd -V 2>&1 | sed -n 's/.*(varnish-\([^ ]*\).*/\1/p') (Debian $(dpkg-query -W -f='${Version}' varnish))"
APACHE_VERSION="Apache httpd $(apache2 -v | sed -n 's|^Server version: Apache/\([^ ]*\).*|\1|p') (Debian $(dpkg-query -W -f='${Version}' apache2))"

start_upstreams $UP
/usr/bin/python3 "$LAB/apps/tools/app.py" $APP > "$WORK/app.log" 2>&1 &
cleanup_add "kill $!"
wait_port $APP

# nginx
mkdir -p "$WORK/nginx" "$WORK/www"
sed -e "s/@HAPROXY@/$HAPROXY/g" -e "s/@VARNISH@/$VARNISH/g" -e "s/@REFUSED@/$UP/g" \
  "$LAB/apps/tools/www/index.html.in" > "$WORK/www/index.html"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events {}
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  proxy_connect_timeout 2s; proxy_read_timeout 2s; proxy_http_version 1.1;
  client_max_body_size 10;
  server {
    listen 127.0.0.1:$NGINX;
    root $WORK/www;
    location /orders  { proxy_pass http://127.0.0.1:$((UP+0)); }
    location /refused { proxy_pass http://127.0.0.1:$((UP+0)); }
    location /slow    { proxy_pass http://127.0.0.1:$((UP+1)); }
    location /empty   { proxy_pass http://127.0.0.1:$((UP+3)); }
    location /upload  { proxy_pass http://127.0.0.1:$((UP+6)); }
    location /app/    { proxy_pass http://127.0.0.1:$APP; }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf"
cleanup_add "nginx -c $WORK/nginx/nginx.conf -s stop"

# HAProxy
mkdir -p "$WORK/haproxy"
cat > "$WORK/haproxy/haproxy.cfg" <<CONF
global
  pidfile $WORK/haproxy/haproxy.pid
defaults
  mode http
  timeout connect 1s
  timeout client 10s
  timeout server 2s
frontend fe
  bind 127.0.0.1:$HAPROXY
  use_backend app if { path_beg /app/ }
  use_backend slow if { path_beg /slow }
  default_backend refused
backend refused
  server s1 127.0.0.1:$((UP+0))
backend slow
  server s1 127.0.0.1:$((UP+1))
backend app
  server s1 127.0.0.1:$APP
CONF
haproxy -D -f "$WORK/haproxy/haproxy.cfg"
cleanup_add "kill \$(cat $WORK/haproxy/haproxy.pid)"

# Varnish
mkdir -p "$WORK/varnish"
cat > "$WORK/varnish/default.vcl" <<CONF
vcl 4.1;
backend refused { .host = "127.0.0.1"; .port = "$((UP+0))"; }
backend slow { .host = "127.0.0.1"; .port = "$((UP+1))"; .first_byte_timeout = 2s; }
backend app { .host = "127.0.0.1"; .port = "$APP"; }
sub vcl_recv {
  if (req.url ~ "^/app/") { set req.backend_hint = app; }
  elsif (req.url ~ "^/slow") { set req.backend_hint = slow; }
  else { set req.backend_hint = refused; }
}
CONF
varnishd -a 127.0.0.1:$VARNISH -f "$WORK/varnish/default.vcl" -n "$WORK/varnish/n" -T none \
  -P "$WORK/varnish/varnishd.pid" -s malloc,32m
cleanup_add "kill \$(cat $WORK/varnish/varnishd.pid)"

# Apache httpd (mod_proxy)
mkdir -p "$WORK/apache"
cat > "$WORK/apache/httpd.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile $WORK/apache/httpd.pid
ErrorLog $WORK/apache/error.log
Mutex file:$WORK/apache default
User www-data
Group www-data
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
Listen 127.0.0.1:$APACHE
ProxyPass /orders http://127.0.0.1:$((UP+0))/orders
ProxyPass /refused http://127.0.0.1:$((UP+0))/refused
ProxyPass /slow http://127.0.0.1:$((UP+1))/slow timeout=2
ProxyPass /app/ http://127.0.0.1:$APP/app/
CONF
apache2 -f "$WORK/apache/httpd.conf" -k start
cleanup_add "apache2 -f $WORK/apache/httpd.conf -k stop"

for p in $NGINX $HAPROXY $VARNISH $APACHE; do wait_port $p; done
