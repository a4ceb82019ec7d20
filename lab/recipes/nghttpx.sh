#!/usr/bin/env bash
# nghttpx (Debian package nghttp2-proxy) as a plain-HTTP reverse proxy (one backend per path
# pattern) in front of the lab's misbehaving upstreams. Ports 17300-17319.
source "$(dirname "$0")/../lib/common.sh"
need_apt nghttp2-proxy
VERSION="$(nghttpx --version | sed -n 's|^nghttpx nghttp2/||p') (Debian nghttp2-proxy $(dpkg-query -W -f='${Version}' nghttp2-proxy))"
UP=17300 PORT=17310
start_upstreams $UP
args=(--conf=/dev/null "--frontend=127.0.0.1,$PORT;no-tls" --workers=1 --backend-read-timeout=2s
      --backend-connect-timeout=2s --errorlog-file="$WORK/error.log" --request-header-field-buffer=16K)
args+=("--backend=127.0.0.1,$((UP+0));/refused" "--backend=127.0.0.1,$((UP+1));/slow"
       "--backend=127.0.0.1,$((UP+2));/garbage" "--backend=127.0.0.1,$((UP+3));/empty"
       "--backend=127.0.0.1,$((UP+4));/reset" "--backend=127.0.0.1,$((UP+5));/app500"
       "--backend=127.0.0.1,$((UP+7));/bighead" "--backend=127.0.0.1,$((UP+8));/half"
       "--backend=127.0.0.1,$((UP+6));/")
nghttpx "${args[@]}" >> "$WORK/nghttpx.out" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product nghttpx --version "$VERSION" --origin proxy --generator nghttpx)
capture "${c[@]}" --id nghttpx-502-lab-refused --url $U/refused --scenario refused --notes "backend port closed"
capture "${c[@]}" --id nghttpx-502-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "HEAD to a closed backend: nghttpx 1.52 sends its page body even to HEAD"
capture "${c[@]}" --id nghttpx-504-lab-slow --url $U/slow --scenario timeout --notes "backend never answers: --backend-read-timeout=2s"
capture "${c[@]}" --id nghttpx-502-lab-garbage --url $U/garbage --scenario garbage --notes "backend answers bytes that are not HTTP"
capture "${c[@]}" --id nghttpx-502-lab-empty --url $U/empty --scenario empty-reply --notes "backend closes without a byte"
capture "${c[@]}" --id nghttpx-502-lab-reset --url $U/reset --scenario reset --notes "backend resets the connection"
capture "${c[@]}" --id nghttpx-502-lab-half --url $U/half --scenario half-head --notes "backend sends a status line and half a head, then closes"
capture "${c[@]}" --id nghttpx-502-lab-upstream-big-header --url $U/bighead --scenario upstream-header-too-big --notes "backend sends a 64 KB header (--response-header-field-buffer 64K)"
capture --product nghttpx --version "$VERSION" --origin app --generator unknown-app --id nghttpx-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the backend's own JSON 500 relayed by nghttpx (Server rewritten to nghttpx, Via added)" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id nghttpx-431-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --notes "a request header over --request-header-field-buffer=16K"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id nghttpx-501-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP: its first word is taken for an unknown method, 501 Not Implemented"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nThis line has no colon\r\n\r\n' > "$WORK/bad-header-request"
capture "${c[@]}" --id nghttpx-400-lab-bad-header --url $U/ --raw-request "$WORK/bad-header-request" --scenario bad-request --notes "a request header line without a colon: 400"
