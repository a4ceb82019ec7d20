#!/usr/bin/env bash
# ModSecurity with the OWASP Core Rule Set (Debian modsecurity-crs), blocking mode, in front of the
# lab's "ok" upstream: ModSecurity 2 in Apache (libapache2-mod-security2) and libmodsecurity3 in
# nginx (libnginx-mod-http-modsecurity). ModSecurity renders no page of its own: a deny is the host
# server's error page for the status, so these captures show what a WAF block looks like on the wire.
# Ports 17140-17159.
source "$(dirname "$0")/../lib/common.sh"
need_apt apache2 libapache2-mod-security2 modsecurity-crs nginx libnginx-mod-http-modsecurity
APACHE_V="$(apache2 -v | sed -n 's|^Server version: Apache/\([^ ]*\).*|\1|p')"
VERSION_A="ModSecurity $(dpkg-query -W -f='${Version}' libapache2-mod-security2) + CRS $(dpkg-query -W -f='${Version}' modsecurity-crs) in Apache $APACHE_V (Debian $(dpkg-query -W -f='${Version}' apache2))"
VERSION_N="libmodsecurity3 $(dpkg-query -W -f='${Version}' libmodsecurity3) (nginx connector $(dpkg-query -W -f='${Version}' libnginx-mod-http-modsecurity)) + CRS $(dpkg-query -W -f='${Version}' modsecurity-crs) in nginx $(nginx -v 2>&1 | sed 's|.*nginx/||') (Debian $(dpkg-query -W -f='${Version}' nginx))"
UP=17140 PORT_A=17150 PORT_N=17151
MODS=/usr/lib/apache2/modules
start_upstreams $UP
mkdir -p "$WORK/run" "$WORK/tmp" "$WORK/data" "$WORK/htdocs"
chmod -R a+rwX "$WORK"

# Each engine's Debian recommended configuration (ModSecurity 2's in /etc/modsecurity, v3's in the
# nginx connector's docs) with the engine switched to blocking, small body limits and the lab's own
# paths; then the CRS as its Debian package loads it (owasp-crs.load).
modsec_conf() { # SRC NAME
  sed -e 's/^SecRuleEngine DetectionOnly/SecRuleEngine On/' \
      -e 's/^SecRequestBodyLimit .*/SecRequestBodyLimit 256/' \
      -e 's/^SecRequestBodyNoFilesLimit .*/SecRequestBodyNoFilesLimit 128/' \
      -e "s|^SecTmpDir .*|SecTmpDir $WORK/tmp/|" -e "s|^SecDataDir .*|SecDataDir $WORK/data/|" \
      -e "s|^SecAuditLog .*|SecAuditLog $WORK/$2-audit.log|" -e 's/^SecStatusEngine On/SecStatusEngine Off/' \
      -e "s|^SecUnicodeMapFile unicode.mapping|SecUnicodeMapFile $(dirname "$1")/unicode.mapping|" \
      "$1" > "$WORK/$2.conf"
  cat > "$WORK/$2-rules.conf" <<CONF
Include $WORK/$2.conf
Include /etc/modsecurity/crs/crs-setup.conf
Include /usr/share/modsecurity-crs/rules/*.conf
CONF
}
modsec_conf /etc/modsecurity/modsecurity.conf-recommended modsec2
modsec_conf /usr/share/nginx/docs/modsecurity/modsecurity.conf modsec3

cat > "$WORK/apache.conf" <<CONF
ServerRoot /etc/apache2
DefaultRuntimeDir $WORK/run
PidFile $WORK/run/apache.pid
ServerName 127.0.0.1
Listen 127.0.0.1:$PORT_A
User www-data
Group www-data
ErrorLog $WORK/apache-error.log
LoadModule mpm_event_module $MODS/mod_mpm_event.so
LoadModule authz_core_module $MODS/mod_authz_core.so
LoadModule mime_module $MODS/mod_mime.so
LoadModule unique_id_module $MODS/mod_unique_id.so
LoadModule security2_module $MODS/mod_security2.so
LoadModule proxy_module $MODS/mod_proxy.so
LoadModule proxy_http_module $MODS/mod_proxy_http.so
TypesConfig /etc/mime.types
ServerTokens OS
ServerSignature On
DocumentRoot $WORK/htdocs
<Directory />
  Require all granted
</Directory>
Include $WORK/modsec2-rules.conf
ProxyPass / http://127.0.0.1:$((UP+6))/
CONF
apache2 -f "$WORK/apache.conf" -k start
cleanup_add "apache2 -f $WORK/apache.conf -k stop"

cat > "$WORK/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_modsecurity_module.so;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events {}
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  modsecurity on;
  modsecurity_rules_file $WORK/modsec3-rules.conf;
  server {
    listen 127.0.0.1:$PORT_N;
    location / { proxy_pass http://127.0.0.1:$((UP+6)); }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
cleanup_add "nginx -c $WORK/nginx.conf -s stop"
wait_port $PORT_A; wait_port $PORT_N
A=http://127.0.0.1:$PORT_A
N=http://127.0.0.1:$PORT_N
ca=(--product modsecurity --version "$VERSION_A" --origin proxy --generator modsecurity)
cn=(--product modsecurity --version "$VERSION_N" --origin proxy --generator modsecurity)
SQLI="/?id=1%27%20OR%20%271%27=%271"
XSS="/?q=%3Cscript%3Ealert(1)%3C/script%3E"
LFI="/?file=../../../../etc/passwd"
BIG="payload=$(printf 'a%.0s' $(seq 1 300))"
for s in A N; do
  if [ $s = A ]; then u=$A; c=("${ca[@]}"); host="Apache (ServerTokens OS, ServerSignature On)"; sfx=apache
    limit=413 limit_note="ModSecurity 2 answers the over-limit body with 413"
    json=500 json_note="ModSecurity 2.9.7 logs 'JSON parser error' and the request ends in Apache's 500 page (rule 200002's 400 is not what the client gets)"
  else u=$N; c=("${cn[@]}"); host="nginx"; sfx=nginx
    limit=403 limit_note="libmodsecurity3 logs 'Request body limit is marked to reject the request' and the connector answers 403, not 413"
    json=400 json_note="rule 200002 (Failed to parse request body) denies with 400"; fi
  capture "${c[@]}" --id modsecurity-403-lab-sqli-$sfx --url "$u$SQLI" --scenario waf-block --notes "CRS 942100 SQL injection, anomaly score over the threshold: 949110 denies with 403; the page is $host's own 403"
  capture "${c[@]}" --id modsecurity-403-lab-xss-$sfx --url "$u$XSS" --scenario waf-block --notes "CRS 941100 XSS in a query argument: 949110 denies with 403; the page is $host's own 403"
  capture "${c[@]}" --id modsecurity-403-lab-lfi-$sfx --url "$u$LFI" --scenario waf-block --notes "CRS 930100/930120 path traversal to /etc/passwd: 949110 denies with 403"
  capture "${c[@]}" --id modsecurity-403-lab-scanner-$sfx --url "$u/" -H "User-Agent: Nikto" --scenario waf-block --notes "CRS 913100 scanner User-Agent (Nikto): 949110 denies with 403"
  capture "${c[@]}" --id modsecurity-403-lab-sqli-head-$sfx --url "$u$SQLI" --method HEAD --scenario waf-block-head --notes "HEAD with a SQL injection in the query: header-only evidence of a WAF block on $host"
  capture "${c[@]}" --id modsecurity-$limit-lab-body-limit-$sfx --url "$u/" --method POST -H "Content-Type: application/x-www-form-urlencoded" --data "$BIG" --scenario body-too-large --notes "a 308-byte form body over SecRequestBodyLimit 256 with SecRequestBodyLimitAction Reject: $limit_note; $host's page"
  capture "${c[@]}" --id modsecurity-$json-lab-bad-json-$sfx --url "$u/" --method POST -H "Content-Type: application/json" --data '{"a": tru' --scenario malformed-body --notes "a JSON body the JSON body processor cannot parse: $json_note; $host's page"
done
