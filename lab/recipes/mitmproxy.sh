#!/usr/bin/env bash
# mitmproxy (Debian package, run as mitmdump) as a forward proxy (regular mode, absolute-URI
# requests) and as a reverse proxy, in front of the lab's misbehaving upstreams. confdir (its CA)
# lives in $WORK. Ports 17360-17379. Ids end in -debian: lab/recipes/py-mitmproxy.sh captures
# mitmproxy 12 from PyPI under the plain ids.
source "$(dirname "$0")/../lib/common.sh"
need_apt mitmproxy
VERSION="$(mitmdump --version 2>&1 | sed -n 's|^Mitmproxy: ||p') (Debian $(dpkg-query -W -f='${Version}' mitmproxy))"
UP=17360 FWD=17370 REV=17371
start_upstreams $UP
common_opts=(--set confdir="$WORK/conf" --set connection_strategy=lazy -q)
mitmdump "${common_opts[@]}" --listen-host 127.0.0.1 --listen-port $FWD >> "$WORK/fwd.out" 2>&1 &
cleanup_add "kill $!"
mitmdump "${common_opts[@]}" --mode reverse:http://127.0.0.1:$((UP+0)) --listen-host 127.0.0.1 --listen-port $REV >> "$WORK/rev.out" 2>&1 &
cleanup_add "kill $!"
wait_port $FWD 60; wait_port $REV 60

req() { local f="$WORK/req-$1"; shift; local m=$1 t=$2; shift 2
  { printf '%s %s HTTP/1.1\r\n' "$m" "$t"; printf 'Host: %s\r\n' "$(echo "$t" | sed -E 's|^[a-z]+://||; s|/.*||')"
    printf 'User-Agent: resplain-lab/1\r\nAccept: */*\r\nConnection: close\r\n'; for h in "$@"; do printf '%s\r\n' "$h"; done; printf '\r\n'; } > "$f"
  echo "$f"; }
F=http://127.0.0.1:$FWD
T=http://127.0.0.1
c=(--product mitmproxy --version "$VERSION" --origin proxy --generator mitmproxy)
capture "${c[@]}" --id mitmproxy-502-lab-refused-debian --url $F --raw-request "$(req rf GET $T:$((UP+0))/)" --scenario refused --notes "regular (forward) mode, origin port closed"
capture "${c[@]}" --id mitmproxy-502-lab-refused-head-debian --url $F --raw-request "$(req rh HEAD $T:$((UP+0))/)" --scenario refused-head --notes "HEAD, origin port closed: mitmproxy sends the page body even to HEAD"
capture "${c[@]}" --id mitmproxy-502-lab-refused-reverse-debian --url http://127.0.0.1:$REV/ --scenario refused --notes "reverse mode to a closed port"
capture "${c[@]}" --id mitmproxy-502-lab-garbage-debian --url $F --raw-request "$(req ga GET $T:$((UP+2))/)" --scenario garbage --notes "origin answers bytes that are not HTTP"
capture "${c[@]}" --id mitmproxy-502-lab-empty-debian --url $F --raw-request "$(req em GET $T:$((UP+3))/)" --scenario empty-reply --notes "origin closes without a byte"
capture "${c[@]}" --id mitmproxy-502-lab-reset-debian --url $F --raw-request "$(req re GET $T:$((UP+4))/)" --scenario reset --notes "origin resets the connection"
capture "${c[@]}" --id mitmproxy-502-lab-half-debian --url $F --raw-request "$(req hf GET $T:$((UP+8))/)" --scenario half-head --notes "origin sends a status line and half a head, then closes"
capture --product mitmproxy --version "$VERSION" --origin app --generator unknown-app --id mitmproxy-500-lab-app-passthrough-debian --url $F --raw-request "$(req ap GET $T:$((UP+5))/)" --scenario app-error --notes "the origin's own JSON 500 relayed by mitmproxy" --error-shape error-string --message "database unavailable"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id mitmproxy-400-lab-garbage-request-debian --url $F --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
capture "${c[@]}" --id mitmproxy-502-lab-origin-form-debian --url $F/relative --scenario bad-request --notes "an origin-form request sent to the regular-mode proxy: 502 Connection killed: Request destination unknown"
