#!/usr/bin/env bash
# Apache HTTP Server (Debian apache2) with mod_proxy_http in front of the lab's misbehaving
# upstreams, and its own pages for request errors. Two instances: Debian's stock security.conf
# (ServerTokens OS, ServerSignature On, TraceEnable Off) and a hardened one (ServerTokens Prod,
# ServerSignature Off). Ports 17120-17139.
source "$(dirname "$0")/../lib/common.sh"
need_apt apache2
VERSION="$(apache2 -v | sed -n 's|^Server version: Apache/\([^ ]*\).*|\1|p') (Debian $(dpkg-query -W -f='${Version}' apache2))"
UP=17120 PORT=17130 PORT_PROD=17131
MODS=/usr/lib/apache2/modules
start_upstreams $UP
mkdir -p "$WORK/htdocs/upload" "$WORK/htdocs/loop" "$WORK/run"
echo "<html><body>lab index</body></html>" > "$WORK/htdocs/index.html"
cp "$WORK/htdocs/index.html" "$WORK/htdocs/upload/index.html"
chmod -R a+rX "$WORK"

# apache_conf NAME PORT SERVERTOKENS SERVERSIGNATURE
apache_conf() {
  cat > "$WORK/$1.conf" <<CONF
ServerRoot /etc/apache2
DefaultRuntimeDir $WORK/run
PidFile $WORK/run/$1.pid
ServerName 127.0.0.1
Listen 127.0.0.1:$2
User www-data
Group www-data
ErrorLog $WORK/$1-error.log
LogLevel warn
LoadModule mpm_event_module $MODS/mod_mpm_event.so
LoadModule authz_core_module $MODS/mod_authz_core.so
LoadModule authz_host_module $MODS/mod_authz_host.so
LoadModule mime_module $MODS/mod_mime.so
LoadModule dir_module $MODS/mod_dir.so
LoadModule reqtimeout_module $MODS/mod_reqtimeout.so
LoadModule rewrite_module $MODS/mod_rewrite.so
LoadModule proxy_module $MODS/mod_proxy.so
LoadModule proxy_http_module $MODS/mod_proxy_http.so
LoadModule proxy_balancer_module $MODS/mod_proxy_balancer.so
LoadModule slotmem_shm_module $MODS/mod_slotmem_shm.so
LoadModule lbmethod_byrequests_module $MODS/mod_lbmethod_byrequests.so
TypesConfig /etc/mime.types
ServerTokens $3
ServerSignature $4
TraceEnable Off
Timeout 5
ProxyTimeout 2
RequestReadTimeout header=2 body=2
LimitRequestLine 2048
DocumentRoot $WORK/htdocs
<Directory />
  Require all granted
</Directory>
<Location /upload>
  LimitRequestBody 10
</Location>
<Location /denied>
  Require all denied
</Location>
ProxyPass /refused  http://127.0.0.1:$((UP+0))/
ProxyPass /slow     http://127.0.0.1:$((UP+1))/
ProxyPass /garbage  http://127.0.0.1:$((UP+2))/
ProxyPass /empty    http://127.0.0.1:$((UP+3))/
ProxyPass /reset    http://127.0.0.1:$((UP+4))/
ProxyPass /app500   http://127.0.0.1:$((UP+5))/
ProxyPass /bighead  http://127.0.0.1:$((UP+7))/
ProxyPass /half     http://127.0.0.1:$((UP+8))/
<Proxy balancer://nobody>
  BalancerMember http://127.0.0.1:$((UP+6)) status=+D
</Proxy>
ProxyPass /balancer balancer://nobody/
<Directory $WORK/htdocs/loop>
  RewriteEngine on
  RewriteRule ^(.*)$ again/\$1 [L]
</Directory>
<Location /custom-missing>
  ErrorDocument 404 /no-such-error-document.html
</Location>
CONF
}
apache_conf stock $PORT OS On
apache_conf prod $PORT_PROD Prod Off
for n in stock prod; do
  apache2 -f "$WORK/$n.conf" -k start
  cleanup_add "apache2 -f $WORK/$n.conf -k stop"
done
wait_port $PORT; wait_port $PORT_PROD
U=http://127.0.0.1:$PORT
P=http://127.0.0.1:$PORT_PROD
common=(--product apache2 --version "$VERSION")
stock="Debian security.conf defaults: ServerTokens OS, ServerSignature On"
prod="ServerTokens Prod, ServerSignature Off"
capture "${common[@]}" --id apache-503-lab-refused --url $U/refused --origin proxy --generator apache --scenario refused --notes "$stock; upstream port closed: AH00957 connect to backend failed, the worker is put in error state: 503"
capture "${common[@]}" --id apache-503-lab-refused-head --url $U/refused --method HEAD --origin proxy --generator apache --scenario refused-head --notes "$stock; HEAD to a refused upstream: header-only evidence"
capture "${common[@]}" --id apache-503-lab-refused-prod --url $P/refused --origin proxy --generator apache --scenario refused --notes "$prod; upstream port closed"
capture "${common[@]}" --id apache-502-lab-slow --url $U/slow --origin proxy --generator apache --scenario timeout --notes "$stock; upstream never answers, ProxyTimeout 2: AH01102 error reading status line (70007 timeout), sent as 502 Proxy Error, not 504"
# No garbage scenario: mod_proxy_http takes a non-HTTP answer for an HTTP/0.9 response and relays
# it as "200 OK" with a chunked body: the client gets the upstream's bytes, not an Apache page.
capture "${common[@]}" --id apache-502-lab-empty --url $U/empty --origin proxy --generator apache --scenario empty-reply --notes "$stock; upstream closes without a byte"
capture "${common[@]}" --id apache-502-lab-reset --url $U/reset --origin proxy --generator apache --scenario reset --notes "$stock; upstream resets the connection"
capture "${common[@]}" --id apache-502-lab-half --url $U/half --origin proxy --generator apache --scenario half-head --notes "$stock; upstream sends a status line and half a head, then closes"
capture "${common[@]}" --id apache-502-lab-upstream-big-header --url $U/bighead --origin proxy --generator apache --scenario upstream-header-too-big --notes "$stock; upstream sends a 64 KB header"
capture "${common[@]}" --id apache-502-lab-empty-prod --url $P/empty --origin proxy --generator apache --scenario empty-reply --notes "$prod; upstream closes without a byte"
capture "${common[@]}" --id apache-500-lab-app-passthrough --url $U/app500 --origin app --generator unknown-app --scenario app-error --notes "$stock; the upstream's own JSON 500 relayed by mod_proxy_http" --error-shape error-string --message "database unavailable"
capture "${common[@]}" --id apache-503-lab-balancer-no-member --url $U/balancer/ --origin proxy --generator apache --scenario no-backend --notes "$stock; balancer whose only member is disabled (status=+D): no usable member, AH01167"
capture "${common[@]}" --id apache-400-lab-header-too-large --url $U/ --big-header 20000 --origin proxy --generator apache --scenario request-header-too-large --notes "$stock; a request header over LimitRequestFieldSize (8190)"
capture "${common[@]}" --id apache-414-lab-uri-too-long --url "$U/$(printf 'u%.0s' $(seq 1 3000))" --origin proxy --generator apache --scenario uri-too-long --notes "$stock; request line over LimitRequestLine 2048"
capture "${common[@]}" --id apache-413-lab-body-too-large --url $U/upload/index.html --method POST --data "more than ten bytes of body" --origin proxy --generator apache --scenario body-too-large --notes "$stock; LimitRequestBody 10 exceeded (a static file; on a ProxyPass path 2.4.71 streams the body to the backend without applying the limit)"
capture "${common[@]}" --id apache-404-lab-not-found --url $U/nothing-here --origin proxy --generator apache --scenario not-found --notes "$stock; missing file under DocumentRoot"
capture "${common[@]}" --id apache-404-lab-not-found-prod --url $P/nothing-here --origin proxy --generator apache --scenario not-found --notes "$prod; missing file under DocumentRoot"
capture "${common[@]}" --id apache-403-lab-require-denied --url $U/denied --origin proxy --generator apache --scenario forbidden --notes "$stock; Require all denied"
# POST to a static file is served (200): the default handler refuses methods other than GET/POST.
capture "${common[@]}" --id apache-405-lab-put-static --url $U/index.html --method PUT --data x --origin proxy --generator apache --scenario method-not-allowed --notes "$stock; PUT to a static file (core default handler)"
capture "${common[@]}" --id apache-405-lab-trace-disabled --url $U/index.html --method TRACE --origin proxy --generator apache --scenario method-not-allowed --notes "$stock; TRACE with TraceEnable Off"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${common[@]}" --id apache-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --origin proxy --generator apache --scenario bad-request --notes "$stock; a request line that is not HTTP"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Partial: ' > "$WORK/partial-request"
capture "${common[@]}" --id apache-408-lab-request-timeout --url $U/ --raw-request "$WORK/partial-request" --timeout 10 --origin proxy --generator apache --scenario request-timeout --notes "$stock; head never completed, RequestReadTimeout header=2 (mod_reqtimeout)"
capture "${common[@]}" --id apache-500-lab-rewrite-loop --url $U/loop/x --origin proxy --generator apache --scenario internal-error --notes "$stock; a per-directory RewriteRule that always matches: AH00124 more than LimitInternalRecursion (10) internal redirects, 500"
capture "${common[@]}" --id apache-404-lab-missing-error-document --url $U/custom-missing --origin proxy --generator apache --scenario not-found --notes "$stock; ErrorDocument 404 names a file that does not exist: the canned page with 'Additionally, a 404 Not Found error was encountered while trying to use an ErrorDocument'"
