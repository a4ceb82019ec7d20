#!/usr/bin/env bash
# Privoxy (Debian package) as a forward proxy in front of the lab's misbehaving upstreams, with
# Debian's stock templates (/etc/privoxy/templates) and a user.action that blocks one host.
# Numeric hosts only (no DNS lookups leave the machine). Ports 17340-17359.
source "$(dirname "$0")/../lib/common.sh"
need_apt privoxy
VERSION="$(privoxy --version 2>&1 | sed -n 's|^Privoxy version \([^ ]*\) .*|\1|p') (Debian $(dpkg-query -W -f='${Version}' privoxy))"
UP=17340 PORT=17350
start_upstreams $UP
chmod a+rwx "$WORK"
printf '{+block{lab block}}\n127.0.0.1:%s\n' $((UP+6)) > "$WORK/lab.action"
cat > "$WORK/config" <<CONF
confdir /etc/privoxy
templdir /etc/privoxy/templates
logdir $WORK
logfile privoxy.log
actionsfile match-all.action
actionsfile default.action
actionsfile $WORK/lab.action
filterfile default.filter
listen-address 127.0.0.1:$PORT
toggle 1
enable-remote-toggle 0
enable-remote-http-toggle 0
enable-edit-actions 0
enforce-blocks 0
buffer-limit 4096
forwarded-connect-retries 0
accept-intercepted-requests 0
keep-alive-timeout 5
socket-timeout 2
CONF
privoxy --no-daemon "$WORK/config" >> "$WORK/privoxy.out" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT

req() { local f="$WORK/req-$1"; shift; local m=$1 t=$2; shift 2
  { printf '%s %s HTTP/1.1\r\n' "$m" "$t"; printf 'Host: %s\r\n' "$(echo "$t" | sed -E 's|^[a-z]+://||; s|/.*||')"
    printf 'User-Agent: resplain-lab/1\r\nAccept: */*\r\nConnection: close\r\n'; for h in "$@"; do printf '%s\r\n' "$h"; done; printf '\r\n'; } > "$f"
  echo "$f"; }
P=http://127.0.0.1:$PORT
T=http://127.0.0.1
c=(--product privoxy --version "$VERSION" --origin proxy --generator privoxy)
capture "${c[@]}" --id privoxy-503-lab-connect-failed --url $P --raw-request "$(req cf GET $T:$((UP+0))/)" --scenario refused --notes "origin port closed: templates/connect-failed"
capture "${c[@]}" --id privoxy-503-lab-connect-failed-head --url $P --raw-request "$(req ch HEAD $T:$((UP+0))/)" --scenario refused-head --notes "HEAD, origin port closed"
capture "${c[@]}" --id privoxy-504-lab-timeout --url $P --raw-request "$(req to GET $T:$((UP+1))/)" --timeout 20 --scenario timeout --notes "origin never answers: socket-timeout 2 (templates/connection-timeout)"
capture "${c[@]}" --id privoxy-502-lab-garbage --url $P --raw-request "$(req ga GET $T:$((UP+2))/)" --scenario garbage --notes "origin answers bytes that are not HTTP"
capture "${c[@]}" --id privoxy-502-lab-no-server-data --url $P --raw-request "$(req em GET $T:$((UP+3))/)" --scenario empty-reply --notes "origin closes without a byte: templates/no-server-data"
capture "${c[@]}" --id privoxy-502-lab-reset --url $P --raw-request "$(req re GET $T:$((UP+4))/)" --scenario reset --notes "origin resets the connection"
capture --product privoxy --version "$VERSION" --origin app --generator unknown-app --id privoxy-500-lab-app-passthrough --url $P --raw-request "$(req ap GET $T:$((UP+5))/)" --scenario app-error --notes "the origin's own JSON 500 relayed by Privoxy" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id privoxy-403-lab-blocked --url $P --raw-request "$(req bl GET $T:$((UP+6))/)" --scenario forbidden --notes "+block{lab block} in an actions file: templates/blocked"
capture "${c[@]}" --id privoxy-503-lab-connect-refused --url $P --raw-request "$(req cr CONNECT 127.0.0.1:$((UP+0)))" --scenario refused --notes "CONNECT to a closed port"
capture "${c[@]}" --id privoxy-400-lab-origin-form --url $P/relative --scenario bad-request --notes "an origin-form request sent to the proxy (not intercepting)"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id privoxy-400-lab-garbage-request --url $P --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
