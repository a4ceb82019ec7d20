#!/usr/bin/env bash
# H2O (Debian package h2o) with proxy.reverse.url in front of the lab's misbehaving upstreams, and its
# own answers for request errors (file.dir static handler). Ports 17240-17259.
source "$(dirname "$0")/../lib/common.sh"
need_apt h2o
VERSION="$(h2o --version | sed -n 's|^h2o version ||p') (Debian $(dpkg-query -W -f='${Version}' h2o))"
UP=17240 PORT=17250
start_upstreams $UP
mkdir -p "$WORK/htdocs/dir"
echo "<html><body>lab index</body></html>" > "$WORK/htdocs/index.html"
chmod -R a+rX "$WORK"; chmod a+rwx "$WORK"  # h2o writes its pid file after dropping to nobody
cat > "$WORK/h2o.conf" <<CONF
listen:
  host: 127.0.0.1
  port: $PORT
user: nobody
pid-file: $WORK/h2o.pid
error-log: $WORK/error.log
proxy.timeout.io: 2000
limit-request-body: 10
hosts:
  "default":
    paths:
      /refused:
        proxy.reverse.url: http://127.0.0.1:$((UP+0))/
      /slow:
        proxy.reverse.url: http://127.0.0.1:$((UP+1))/
      /garbage:
        proxy.reverse.url: http://127.0.0.1:$((UP+2))/
      /empty:
        proxy.reverse.url: http://127.0.0.1:$((UP+3))/
      /reset:
        proxy.reverse.url: http://127.0.0.1:$((UP+4))/
      /app500:
        proxy.reverse.url: http://127.0.0.1:$((UP+5))/
      /upload:
        proxy.reverse.url: http://127.0.0.1:$((UP+6))/
      /bighead:
        proxy.reverse.url: http://127.0.0.1:$((UP+7))/
      /half:
        proxy.reverse.url: http://127.0.0.1:$((UP+8))/
      /:
        file.dir: $WORK/htdocs
CONF
h2o -t -c "$WORK/h2o.conf" >/dev/null
h2o -c "$WORK/h2o.conf" >> "$WORK/h2o.out" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product h2o --version "$VERSION" --origin proxy --generator h2o)
capture "${c[@]}" --id h2o-502-lab-refused --url $U/refused --scenario refused --notes "proxy.reverse.url, upstream port closed: connection failure"
capture "${c[@]}" --id h2o-502-lab-refused-head --url $U/refused --method HEAD --scenario refused-head --notes "HEAD to a refused upstream: header-only evidence"
capture "${c[@]}" --id h2o-502-lab-slow --url $U/slow --scenario timeout --notes "upstream never answers: proxy.timeout.io 2000 ms, 502 'I/O timeout' (h2o 2.2 has no 504)"
capture "${c[@]}" --id h2o-502-lab-garbage --url $U/garbage --scenario garbage --notes "upstream answers bytes that are not HTTP"
capture "${c[@]}" --id h2o-502-lab-empty --url $U/empty --scenario empty-reply --notes "upstream closes without a byte"
capture "${c[@]}" --id h2o-502-lab-reset --url $U/reset --scenario reset --notes "upstream resets the connection"
capture "${c[@]}" --id h2o-502-lab-half --url $U/half --scenario half-head --notes "upstream sends a status line and half a head, then closes"
# No upstream-header-too-big scenario: h2o 2.2.5 relays the 64 KB header as is (200).
capture --product h2o --version "$VERSION" --origin app --generator unknown-app --id h2o-500-lab-app-passthrough --url $U/app500 --scenario app-error --notes "the upstream's own JSON 500 relayed by h2o" --error-shape error-string --message "database unavailable"
capture "${c[@]}" --id h2o-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "file.dir, missing file"
# A directory without an index (file.dirlisting off) is the same 404 "not found", not a 403.
capture "${c[@]}" --id h2o-405-lab-post-static --url $U/index.html --method POST --data x --scenario method-not-allowed --notes "POST to a file.dir file"
capture "${c[@]}" --id h2o-413-lab-body-too-large --url $U/upload --method POST --data "more than ten bytes of body" --scenario body-too-large --notes "limit-request-body 10"
capture "${c[@]}" --id h2o-400-lab-header-too-large --url $U/ --big-header 1000000 --scenario request-header-too-large --notes "a request head of 1 MB (100 KB and 300 KB heads are accepted): the HTTP/1 parser's plain 400"
printf 'GARBAGE\x01 nonsense\r\n\r\n' > "$WORK/garbage-request"
capture "${c[@]}" --id h2o-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage-request" --scenario bad-request --notes "a request line that is not HTTP"
