#!/usr/bin/env bash
# tinyproxy (Debian package) as a forward proxy (absolute-URI requests, CONNECT) and as a reverse
# proxy (ReversePath, ReverseOnly) in front of the lab's misbehaving upstreams, with Debian's stock
# DefaultErrorFile (/usr/share/tinyproxy/default.html). Numeric hosts only (no DNS lookups leave
# the machine). Ports 17280-17299.
source "$(dirname "$0")/../lib/common.sh"
need_apt tinyproxy
VERSION="$(tinyproxy -v | sed -n 's|^tinyproxy ||p') (Debian $(dpkg-query -W -f='${Version}' tinyproxy))"
UP=17280 FWD=17290 REV=17291 NOERR=17292
start_upstreams $UP
chmod a+rwx "$WORK"
echo 'denied\.example' > "$WORK/filter"
# tinyproxy_conf NAME PORT EXTRA...
tinyproxy_conf() {
  local name=$1 port=$2; shift 2
  {
    cat <<CONF
User tinyproxy
Group tinyproxy
Listen 127.0.0.1
Port $port
Timeout 2
DefaultErrorFile "/usr/share/tinyproxy/default.html"
LogFile "$WORK/$name.log"
LogLevel Info
PidFile "$WORK/$name.pid"
MaxClients 20
Allow 127.0.0.1
ViaProxyName "tinyproxy"
CONF
    printf '%s\n' "$@"
  } > "$WORK/$name.conf"
}
tinyproxy_conf fwd $FWD "Filter \"$WORK/filter\"" "ConnectPort 443" "ConnectPort $UP"
tinyproxy_conf rev $REV "ReverseOnly Yes" "ReversePath \"/refused/\" \"http://127.0.0.1:$((UP+0))/\"" \
  "ReversePath \"/slow/\" \"http://127.0.0.1:$((UP+1))/\"" "ReversePath \"/app500/\" \"http://127.0.0.1:$((UP+5))/\""
# Without DefaultErrorFile: tinyproxy's built-in fallback page.
tinyproxy_conf noerr $NOERR
sed -i '/DefaultErrorFile/d' "$WORK/noerr.conf"
for n in fwd rev noerr; do
  tinyproxy -d -c "$WORK/$n.conf" >> "$WORK/$n.out" 2>&1 &
  cleanup_add "kill $!"
done
wait_port $FWD; wait_port $REV; wait_port $NOERR

req() { local f="$WORK/req-$1"; shift; local m=$1 t=$2; shift 2
  { printf '%s %s HTTP/1.1\r\n' "$m" "$t"; printf 'Host: %s\r\n' "$(echo "$t" | sed -E 's|^[a-z]+://||; s|/.*||')"
    printf 'User-Agent: resplain-lab/1\r\nAccept: */*\r\nConnection: close\r\n'; for h in "$@"; do printf '%s\r\n' "$h"; done; printf '\r\n'; } > "$f"
  echo "$f"; }
F=http://127.0.0.1:$FWD
R=http://127.0.0.1:$REV
T=http://127.0.0.1
c=(--product tinyproxy --version "$VERSION" --origin proxy --generator tinyproxy)
capture "${c[@]}" --id tinyproxy-500-lab-refused --url $F --raw-request "$(req rf GET $T:$((UP+0))/)" --scenario refused --notes "forward proxy, origin port closed"
capture "${c[@]}" --id tinyproxy-500-lab-refused-head --url $F --raw-request "$(req rh HEAD $T:$((UP+0))/)" --scenario refused-head --notes "forward proxy, HEAD, origin port closed: tinyproxy sends the page body even to HEAD"
capture "${c[@]}" --id tinyproxy-500-lab-refused-builtin --url http://127.0.0.1:$NOERR --raw-request "$(req rb GET $T:$((UP+0))/)" --scenario refused --notes "no DefaultErrorFile: tinyproxy's built-in error page"
# No timeout, empty-reply or reset scenario: tinyproxy 1.11.1 closes the client connection
# without sending a byte when the origin never answers (Timeout 2), closes or resets.
capture "${c[@]}" --id tinyproxy-503-lab-garbage --url $F --raw-request "$(req ga GET $T:$((UP+2))/)" --scenario garbage --notes "forward proxy, origin answers bytes that are not HTTP: 503 Could not retrieve all the headers"
capture --product tinyproxy --version "$VERSION" --origin app --generator unknown-app --id tinyproxy-500-lab-app-passthrough --url $F --raw-request "$(req ap GET $T:$((UP+5))/)" --scenario app-error --notes "forward proxy relays the origin's own JSON 500" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id tinyproxy-403-lab-filtered --url $F --raw-request "$(req fi GET http://denied.example/)" --scenario forbidden --notes "Filter file matches the host: 403 Filtered"
capture "${c[@]}" --id tinyproxy-403-lab-connect-port --url $F --raw-request "$(req cp CONNECT 127.0.0.1:25)" --scenario forbidden --notes "CONNECT to a port not in ConnectPort"
capture "${c[@]}" --id tinyproxy-500-lab-connect-refused --url $F --raw-request "$(req cr CONNECT 127.0.0.1:$UP)" --scenario refused --notes "CONNECT to an allowed port where nothing listens"
capture "${c[@]}" --id tinyproxy-400-lab-origin-form --url $F/relative --scenario bad-request --notes "an origin-form request sent to the forward proxy"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id tinyproxy-400-lab-garbage-request --url $F --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
capture "${c[@]}" --id tinyproxy-500-lab-reverse-refused --url $R/refused/ --scenario refused --notes "ReversePath to a closed port"
capture "${c[@]}" --id tinyproxy-400-lab-reverse-no-path --url $R/nothing-here --scenario no-backend --notes "ReverseOnly and no ReversePath matches: 400 No mapping found for requested url"
capture --product tinyproxy --version "$VERSION" --origin app --generator unknown-app --id tinyproxy-500-lab-reverse-app-passthrough --url $R/app500/ --scenario app-error --notes "ReversePath relays the upstream's own JSON 500" --error-shape error-string --message "database unavailable"
