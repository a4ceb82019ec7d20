#!/usr/bin/env bash
# Apache Traffic Server (Debian package trafficserver) as a reverse proxy (remap.config, one map
# rule per lab upstream) with the stock body_factory templates. Runs from a private runroot
# (runroot.yaml) so /etc/trafficserver is only read, never changed. Ports 17260-17279.
source "$(dirname "$0")/../lib/common.sh"
need_apt trafficserver
VERSION="$(traffic_server -V 2>&1 | sed -n 's|^Traffic Server \([0-9.]*\) .*|\1|p') (Debian $(dpkg-query -W -f='${Version}' trafficserver))"
UP=17260 PORT=17270
start_upstreams $UP
rm -rf "$WORK/etc" "$WORK/var" "$WORK/run" "$WORK/log" "$WORK/cache"
mkdir -p "$WORK/etc" "$WORK/var" "$WORK/run" "$WORK/log" "$WORK/cache"
cp -r /etc/trafficserver/. "$WORK/etc/"
cat > "$WORK/runroot.yaml" <<YAML
prefix: /usr
exec_prefix: /usr
bindir: /usr/bin
sbindir: /usr/sbin
sysconfdir: $WORK/etc
datadir: $WORK/cache
includedir: /usr/include
libdir: /usr/lib/trafficserver
libexecdir: /usr/lib/trafficserver/modules
localstatedir: $WORK/var
runtimedir: $WORK/run
logdir: $WORK/log
cachedir: $WORK/cache
YAML
echo "$WORK/cache 64M" > "$WORK/etc/storage.config"
sed -i '/proxy.config.http.server_ports/d; /connect_attempts_timeout /d; /connect_attempts_max_retries /d; /transaction_no_activity_timeout_out/d' "$WORK/etc/records.config"
cat >> "$WORK/etc/records.config" <<CONF
CONFIG proxy.config.http.server_ports STRING $PORT
CONFIG proxy.config.http.connect_attempts_timeout INT 2
CONFIG proxy.config.http.connect_attempts_max_retries INT 0
CONFIG proxy.config.http.transaction_no_activity_timeout_out INT 2
CONFIG proxy.config.http.request_header_max_size INT 16384
CONFIG proxy.config.http.cache.http INT 0
CONFIG proxy.config.diags.logfile.filename STRING diags.log
CONFIG proxy.config.dns.nameservers STRING 127.0.0.1
CONFIG proxy.config.hostdb.lookup_timeout INT 3
CONF
H=http://127.0.0.1:$PORT
cat > "$WORK/etc/remap.config" <<CONF
map $H/refused http://127.0.0.1:$((UP+0))/refused
map $H/slow    http://127.0.0.1:$((UP+1))/slow
map $H/garbage http://127.0.0.1:$((UP+2))/garbage
map $H/empty   http://127.0.0.1:$((UP+3))/empty
map $H/reset   http://127.0.0.1:$((UP+4))/reset
map $H/app500  http://127.0.0.1:$((UP+5))/app500
map $H/ok      http://127.0.0.1:$((UP+6))/ok
map $H/bighead http://127.0.0.1:$((UP+7))/bighead
map $H/half    http://127.0.0.1:$((UP+8))/half
map $H/nohost  http://no-such-host.invalid/
CONF
# DELETE is refused to 127.0.0.1 (the stock ip_allow.yaml allows every method from 127.0.0.1).
cat > "$WORK/etc/ip_allow.yaml" <<YAML
ip_allow:
  - apply: in
    ip_addrs: 127.0.0.1
    action: deny
    methods: [DELETE]
  - apply: in
    ip_addrs: 127.0.0.1
    action: allow
    methods: ALL
YAML
chown -R trafficserver "$WORK/etc" "$WORK/var" "$WORK/run" "$WORK/log" "$WORK/cache"
traffic_server --run-root="$WORK/runroot.yaml" >> "$WORK/traffic_server.out" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT 60
U=$H
c=(--product trafficserver --version "$VERSION" --origin proxy --generator apache-traffic-server)
capture "${c[@]}" --id apache-traffic-server-502-lab-refused --url $U/refused --scenario refused --notes "remap to a closed port, connect_attempts_max_retries 0: body_factory connect#failed_connect"
capture "${c[@]}" --id apache-traffic-server-502-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "HEAD to a closed port: header-only evidence"
capture "${c[@]}" --id apache-traffic-server-504-lab-slow --url $U/slow --scenario timeout --notes "origin never answers: transaction_no_activity_timeout_out 2"
capture "${c[@]}" --id apache-traffic-server-502-lab-garbage --url $U/garbage --scenario garbage --notes "origin answers bytes that are not HTTP"
capture "${c[@]}" --id apache-traffic-server-502-lab-empty --url $U/empty --scenario empty-reply --notes "origin closes without a byte"
capture "${c[@]}" --id apache-traffic-server-502-lab-reset --url $U/reset --scenario reset --notes "origin resets the connection"
capture "${c[@]}" --id apache-traffic-server-502-lab-half --url $U/half --scenario half-head --notes "origin sends a status line and half a head, then closes"
# No upstream-header-too-big scenario: ATS 9.2 relays the 64 KB header as is (200).
capture --product trafficserver --version "$VERSION" --origin app --generator unknown-app --id apache-traffic-server-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the origin's own JSON 500 relayed by ATS" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id apache-traffic-server-404-lab-no-remap --url $U/unmapped --scenario no-backend --notes "remap_required 1 and no map rule matches: 404 Not Found on Accelerator (body_factory urlrouting#no_mapping)"
capture "${c[@]}" --id apache-traffic-server-500-lab-dns-fail --url $U/nohost --timeout 20 --scenario dns-failure --notes "map rule to a name that does not resolve (the DNS server is 127.0.0.1, where nothing answers): 500 Cannot find server. (connect#dns_failed)"
capture "${c[@]}" --id apache-traffic-server-403-lab-ip-allow-method --url $U/ok --method DELETE --scenario forbidden --notes "ip_allow.yaml denies DELETE from 127.0.0.1: 403 Access Denied (access#denied)"
capture "${c[@]}" --id apache-traffic-server-400-lab-header-too-large --url $U/ok --big-header 20000 --scenario request-header-too-large --notes "a request head over request_header_max_size 16384"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id apache-traffic-server-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
