#!/usr/bin/env bash
# Squid (Debian package) as a forward proxy (absolute-URI requests, CONNECT) and as a reverse
# proxy (accel mode, cache_peer originserver per path) in front of the lab's misbehaving upstreams.
# DNS points at 127.0.0.1 where nothing answers, so ERR_DNS_FAIL is reached without leaving the host.
# Ports 17200-17219.
source "$(dirname "$0")/../lib/common.sh"
need_apt squid
VERSION="$(squid -v | sed -n 's|^Squid Cache: Version ||p') (Debian $(dpkg-query -W -f='${Version}' squid))"
UP=17200 FWD=17210 ACCEL=17211 TOKENS_OFF=17212
start_upstreams $UP
chown proxy "$WORK"
cat > "$WORK/squid.conf" <<CONF
pid_filename $WORK/squid.pid
cache_log $WORK/cache.log
access_log stdio:$WORK/access.log
coredump_dir $WORK
cache deny all
visible_hostname lab-proxy
connect_timeout 2 seconds
read_timeout 2 seconds
forward_timeout 4 seconds
request_header_max_size 10 KB
request_body_max_size 10 bytes
dns_nameservers 127.0.0.1
dns_timeout 3 seconds
shutdown_lifetime 0 seconds

http_port 127.0.0.1:$FWD
http_port 127.0.0.1:$ACCEL accel defaultsite=app.lab name=accel
acl accel myportname accel
never_direct allow accel

acl SSL_ports port 443
acl lab_ports port $UP-$((UP+9))
acl CONNECT method CONNECT
acl denied dstdomain denied.example
http_access deny denied
http_access allow CONNECT lab_ports
http_access deny CONNECT !SSL_ports
http_access allow localhost
http_access deny all

cache_peer 127.0.0.1 parent $((UP+0)) 0 no-query no-digest no-netdb-exchange originserver name=p_refused
cache_peer 127.0.0.1 parent $((UP+1)) 0 no-query no-digest no-netdb-exchange originserver name=p_slow
cache_peer 127.0.0.1 parent $((UP+2)) 0 no-query no-digest no-netdb-exchange originserver name=p_garbage
cache_peer 127.0.0.1 parent $((UP+3)) 0 no-query no-digest no-netdb-exchange originserver name=p_empty
cache_peer 127.0.0.1 parent $((UP+4)) 0 no-query no-digest no-netdb-exchange originserver name=p_reset
cache_peer 127.0.0.1 parent $((UP+5)) 0 no-query no-digest no-netdb-exchange originserver name=p_app500
cache_peer 127.0.0.1 parent $((UP+7)) 0 no-query no-digest no-netdb-exchange originserver name=p_bighead
acl u_refused urlpath_regex ^/refused
acl u_slow urlpath_regex ^/slow
acl u_garbage urlpath_regex ^/garbage
acl u_empty urlpath_regex ^/empty
acl u_reset urlpath_regex ^/reset
acl u_app500 urlpath_regex ^/app500
acl u_bighead urlpath_regex ^/bighead
cache_peer_access p_refused allow accel u_refused
cache_peer_access p_slow allow accel u_slow
cache_peer_access p_garbage allow accel u_garbage
cache_peer_access p_empty allow accel u_empty
cache_peer_access p_reset allow accel u_reset
cache_peer_access p_app500 allow accel u_app500
cache_peer_access p_bighead allow accel u_bighead
cache_peer_access p_refused deny all
cache_peer_access p_slow deny all
cache_peer_access p_garbage deny all
cache_peer_access p_empty deny all
cache_peer_access p_reset deny all
cache_peer_access p_app500 deny all
cache_peer_access p_bighead deny all
CONF
# A second instance with the version hidden (httpd_suppress_version_string on), forward only.
sed -e "s|^http_port 127.0.0.1:$FWD|http_port 127.0.0.1:$TOKENS_OFF|" -e '/accel/d' \
    -e "s|$WORK/squid.pid|$WORK/squid2.pid|" -e "s|$WORK/cache.log|$WORK/cache2.log|" \
    -e "s|$WORK/access.log|$WORK/access2.log|" "$WORK/squid.conf" > "$WORK/squid2.conf"
printf 'httpd_suppress_version_string on\n' >> "$WORK/squid2.conf"
for n in squid squid2; do
  squid -f "$WORK/$n.conf"
  cleanup_add "squid -f $WORK/$n.conf -k shutdown; sleep 1"
done
wait_port $FWD; wait_port $ACCEL; wait_port $TOKENS_OFF

# fwd ID METHOD TARGET [extra request lines...]: a forward-proxy request written as raw bytes.
req() { local f="$WORK/req-$1"; shift; local m=$1 t=$2; shift 2
  { printf '%s %s HTTP/1.1\r\n' "$m" "$t"; printf 'Host: %s\r\n' "$(echo "$t" | sed -E 's|^[a-z]+://||; s|/.*||')"
    printf 'User-Agent: resplain-lab/1\r\nAccept: */*\r\nConnection: close\r\n'; for h in "$@"; do printf '%s\r\n' "$h"; done; printf '\r\n'; } > "$f"
  echo "$f"; }
F=http://127.0.0.1:$FWD
A=http://127.0.0.1:$ACCEL
c=(--product squid --version "$VERSION" --origin proxy --generator squid)
T=http://127.0.0.1
capture "${c[@]}" --id squid-503-lab-connect-fail --url $F --raw-request "$(req cf GET $T:$((UP+0))/)" --scenario refused --notes "forward proxy, origin port closed: ERR_CONNECT_FAIL (111)"
capture "${c[@]}" --id squid-503-lab-connect-fail-head --url $F --raw-request "$(req cfh HEAD $T:$((UP+0))/)" --scenario refused-head --notes "forward proxy, HEAD, origin port closed: header-only evidence"
capture "${c[@]}" --id squid-504-lab-read-timeout --url $F --raw-request "$(req rt GET $T:$((UP+1))/)" --timeout 20 --scenario timeout --notes "forward proxy, origin never answers: read_timeout 2 seconds, ERR_READ_TIMEOUT"
# No garbage scenario: Squid relays a non-HTTP answer as "200 OK" with X-Transformed-From: HTTP/0.9
# and the bytes as a chunked body; and a half head ("HTTP/1.1 200 OK" + "Content-Type: te", then
# close) is relayed as a 200 with an empty chunked body. Neither is an error page.
capture "${c[@]}" --id squid-502-lab-zero-size-object --url $F --raw-request "$(req zs GET $T:$((UP+3))/)" --scenario empty-reply --notes "forward proxy, origin closes without a byte: ERR_ZERO_SIZE_OBJECT"
capture "${c[@]}" --id squid-502-lab-read-error --url $F --raw-request "$(req re GET $T:$((UP+4))/)" --scenario reset --notes "forward proxy, origin resets the connection: ERR_READ_ERROR (104)"
capture "${c[@]}" --id squid-502-lab-upstream-big-header --url $F --raw-request "$(req bh GET $T:$((UP+7))/)" --scenario upstream-header-too-big --notes "forward proxy, origin sends a 64 KB header (reply_header_max_size 64 KB)"
capture --product squid --version "$VERSION" --origin app --generator unknown-app --id squid-500-lab-app-passthrough --url $F --raw-request "$(req ap GET $T:$((UP+5))/)" --scenario app-error --notes "forward proxy relays the origin's own JSON 500 (Via, X-Cache added)" --error-shape error-string --message "database unavailable"
# A name whose lookup gets no DNS answer (the configured server, 127.0.0.1:53, is silent) is not
# ERR_DNS_FAIL in Squid 5.7: peer selection ends with 0 destinations and no error, and FwdState
# fails with ERR_READ_ERROR 502 "[No Error]" (debug 44,2: "found all 0 destinations"). ERR_DNS_FAIL
# needs a DNS server that answers NXDOMAIN, which this lab does not run (port 53 is not ours).
capture "${c[@]}" --id squid-502-lab-dns-timeout --url $F --raw-request "$(req dn GET http://no-such-host.invalid/)" --timeout 20 --scenario dns-failure --notes "forward proxy, the name's lookup times out (DNS server 127.0.0.1 does not answer, dns_timeout 3 s): ERR_READ_ERROR 502 with 'The system returned: [No Error]', not ERR_DNS_FAIL"
capture "${c[@]}" --id squid-403-lab-access-denied --url $F --raw-request "$(req ad GET http://denied.example/)" --scenario forbidden --notes "forward proxy, http_access deny dstdomain: ERR_ACCESS_DENIED"
capture "${c[@]}" --id squid-400-lab-invalid-url --url $F --raw-request "$(req iu GET http:///nohost)" --scenario bad-request --notes "forward proxy, an absolute URL without a host: ERR_INVALID_URL"
capture "${c[@]}" --id squid-501-lab-unsupported-scheme --url $F --raw-request "$(req us GET gopher://127.0.0.1:$((UP+6))/)" --scenario unsupported --notes "forward proxy, gopher:// (known scheme, not forwarded): ERR_UNSUP_REQ 501"
capture "${c[@]}" --id squid-403-lab-connect-denied-port --url $F --raw-request "$(req cd CONNECT 127.0.0.1:25)" --scenario forbidden --notes "CONNECT to a port outside SSL_ports: http_access deny CONNECT !SSL_ports, ERR_ACCESS_DENIED"
capture "${c[@]}" --id squid-503-lab-connect-refused --url $F --raw-request "$(req cr CONNECT 127.0.0.1:$((UP+0)))" --scenario refused --notes "CONNECT tunnel to a closed port (allowed by ACL): ERR_CONNECT_FAIL"
capture "${c[@]}" --id squid-431-lab-header-too-large --url $F --raw-request "$(req hl GET $T:$((UP+6))/ "X-Big: $(printf 'a%.0s' $(seq 1 12000))")" --scenario request-header-too-large --notes "forward proxy, a request head over request_header_max_size 10 KB"
capture "${c[@]}" --id squid-413-lab-body-too-large --url $F --raw-request "$(req bl POST $T:$((UP+6))/ 'Content-Length: 27')" --scenario body-too-large --notes "forward proxy, a declared body over request_body_max_size 10 bytes: ERR_TOO_BIG"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id squid-400-lab-garbage-request --url $F --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP: ERR_INVALID_REQ / ERR_PROTOCOL_UNKNOWN"
capture "${c[@]}" --id squid-400-lab-origin-form-to-forward --url $F/relative --scenario bad-request --notes "an origin-form request (GET /relative) sent to a forward-proxy port: ERR_INVALID_URL"
capture "${c[@]}" --id squid-503-lab-connect-fail-no-version --url http://127.0.0.1:$TOKENS_OFF --raw-request "$(req nv GET $T:$((UP+0))/)" --scenario refused --notes "httpd_suppress_version_string on: Server, footer and X-Squid-Error without the version"
capture "${c[@]}" --id squid-502-lab-accel-refused --url $A/refused --scenario refused --notes "accel mode, cache_peer originserver port closed: the peer is never selected (access.log HIER_NONE) and the request ends as ERR_READ_ERROR 502 '[No Error]', not ERR_CONNECT_FAIL"
capture "${c[@]}" --id squid-504-lab-accel-slow --url $A/slow --timeout 20 --scenario timeout --notes "accel mode, peer never answers: read_timeout 2 seconds"
capture "${c[@]}" --id squid-502-lab-accel-empty --url $A/empty --scenario empty-reply --notes "accel mode, peer closes without a byte"
capture "${c[@]}" --id squid-502-lab-accel-no-peer --url $A/nothing-routes-here --scenario no-backend --notes "accel mode, no cache_peer accepts the path and never_direct: 0 destinations, ERR_READ_ERROR 502 '[No Error]' (not ERR_CANNOT_FORWARD)"
capture --product squid --version "$VERSION" --origin app --generator unknown-app --id squid-500-lab-accel-app-passthrough --url $A/app500 --scenario app-error --notes "accel mode relays the peer's own JSON 500" --error-shape error-string --message "database unavailable"
