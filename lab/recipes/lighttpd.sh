#!/usr/bin/env bash
# lighttpd (Debian package) with mod_proxy in front of the lab's misbehaving upstreams, and its own
# pages for request errors. Two instances: the default server.tag and server.tag = "" (no Server
# header). Ports 17220-17239.
source "$(dirname "$0")/../lib/common.sh"
need_apt lighttpd
VERSION="$(lighttpd -v | sed -n 's|^lighttpd/\([^ ]*\) .*|\1|p') (Debian $(dpkg-query -W -f='${Version}' lighttpd))"
UP=17220 PORT=17230 PORT_NOTAG=17231
start_upstreams $UP
mkdir -p "$WORK/htdocs/denied"
echo "<html><body>lab index</body></html>" > "$WORK/htdocs/index.html"
echo secret > "$WORK/htdocs/denied/file.txt"
# lighttpd_conf NAME PORT EXTRA
lighttpd_conf() {
  cat > "$WORK/$1.conf" <<CONF
server.modules = ("mod_access", "mod_proxy")
server.bind = "127.0.0.1"
server.port = $2
server.document-root = "$WORK/htdocs"
server.pid-file = "$WORK/$1.pid"
server.errorlog = "$WORK/$1-error.log"
server.max-request-size = 1
server.max-request-field-size = 8192
server.max-read-idle = 3
index-file.names = ("index.html")
mimetype.assign = (".html" => "text/html", ".txt" => "text/plain")
$3
\$HTTP["url"] =~ "^/denied" { url.access-deny = ("") }
\$HTTP["url"] =~ "^/refused" { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+0)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/slow"    { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+1)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/garbage" { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+2)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/empty"   { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+3)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/reset"   { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+4)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/app500"  { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+5)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/upload"  { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+6)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/bighead" { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+7)), "connect-timeout" => 2, "read-timeout" => 2))) }
\$HTTP["url"] =~ "^/half"    { proxy.server = ("" => (("host" => "127.0.0.1", "port" => $((UP+8)), "connect-timeout" => 2, "read-timeout" => 2))) }
CONF
}
lighttpd_conf stock $PORT ""
lighttpd_conf notag $PORT_NOTAG 'server.tag = ""'
for n in stock notag; do
  lighttpd -t -f "$WORK/$n.conf" >/dev/null
  lighttpd -D -f "$WORK/$n.conf" >> "$WORK/$n.out" 2>&1 &
  cleanup_add "kill $!"
done
wait_port $PORT; wait_port $PORT_NOTAG
U=http://127.0.0.1:$PORT
N=http://127.0.0.1:$PORT_NOTAG
c=(--product lighttpd --version "$VERSION" --origin proxy --generator lighttpd)
capture "${c[@]}" --id lighttpd-503-lab-refused --url $U/refused --scenario refused --notes "mod_proxy, backend port closed: 503"
capture "${c[@]}" --id lighttpd-503-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "mod_proxy, HEAD, backend port closed: header-only evidence"
capture "${c[@]}" --id lighttpd-503-lab-refused-no-tag --url $N/refused --scenario refused --notes "server.tag = \"\": no Server header"
capture "${c[@]}" --id lighttpd-504-lab-slow --url $U/slow --scenario timeout --notes "mod_proxy, backend never answers: read-timeout 2"
capture "${c[@]}" --id lighttpd-502-lab-garbage --url $U/garbage --scenario garbage --notes "mod_proxy, backend answers bytes that are not HTTP"
capture "${c[@]}" --id lighttpd-500-lab-empty --url $U/empty --scenario empty-reply --notes "mod_proxy, backend closes without a byte: lighttpd answers 500, not 502"
capture "${c[@]}" --id lighttpd-500-lab-reset --url $U/reset --scenario reset --notes "mod_proxy, backend resets the connection (error log: response not received, request sent): 500, not 502"
capture "${c[@]}" --id lighttpd-500-lab-half --url $U/half --scenario half-head --notes "mod_proxy, backend sends a status line and half a head, then closes: 500"
capture "${c[@]}" --id lighttpd-502-lab-upstream-big-header --url $U/bighead --scenario upstream-header-too-big --notes "mod_proxy, backend sends a 64 KB header"
capture --product lighttpd --version "$VERSION" --origin app --generator unknown-app --id lighttpd-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the backend's own JSON 500 relayed by mod_proxy" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id lighttpd-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "missing static file"
capture "${c[@]}" --id lighttpd-404-lab-not-found-no-tag --url $N/nothing-here --scenario not-found --notes "server.tag = \"\": missing static file"
capture "${c[@]}" --id lighttpd-403-lab-access-deny --url $U/denied/file.txt --scenario forbidden --notes "url.access-deny"
capture "${c[@]}" --id lighttpd-501-lab-put-static --url $U/index.html --method PUT --data x --scenario method-not-allowed --notes "PUT to a static file: lighttpd answers 501 Not Implemented, not 405"
capture "${c[@]}" --id lighttpd-413-lab-body-too-large --url $U/upload --method POST --data "$(printf 'b%.0s' $(seq 1 2000))" --scenario body-too-large --notes "server.max-request-size = 1 (KB) exceeded"
capture "${c[@]}" --id lighttpd-431-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --notes "a request header over server.max-request-field-size 8192"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id lighttpd-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
capture "${c[@]}" --id lighttpd-501-lab-unknown-method --url $U/index.html --method BREW --scenario not-implemented --notes "a method lighttpd does not know"
