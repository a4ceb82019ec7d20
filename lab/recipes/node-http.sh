#!/usr/bin/env bash
# Bare node:http (no framework, no npm package): node's own replies to bad requests (400 on a
# garbage request line, 431 on a huge header, 408 on a slow head, 417 on an unknown Expect, 400 on
# a missing Host) written by lib/_http_server.js, and a handler's minimal replies (node's default
# headers: Date, Connection/Keep-Alive, Content-Length or chunked). Ports 19000-19009.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
VERSION="node $NODE_V"
PORT=19000
start_node "$WORK/server.log" $PORT node "$NODE_APPS/http/server.js" $PORT
U=http://127.0.0.1:$PORT
common=(--product node-http --version "$VERSION")
own=(--origin app --generator node-http)
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
# node's own fixed answers (lib/_http_server.js socketOnError: a constant buffer, no Date, no body)
printf 'this is not HTTP at all\r\n\r\n' > "$WORK/garbage.req"
capture "${common[@]}" "${own[@]}" --id node-http-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --scenario garbage-request --notes "a request line that is not HTTP: llhttp parse error, socketOnError writes its constant badRequestResponse and closes"
kcap "${common[@]}" "${own[@]}" --id node-http-431-lab-header-too-large --url $U/ --big-header 20000 --scenario request-header-too-large --notes "a 20 KB header over --max-http-header-size (16 KB): HPE_HEADER_OVERFLOW, constant requestHeaderFieldsTooLargeResponse; $KA"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' > "$WORK/partial.req"
capture "${common[@]}" "${own[@]}" --id node-http-408-lab-slow-head --url $U/ --raw-request "$WORK/partial.req" --timeout 10 --scenario request-timeout --notes "a request head that never ends: headersTimeout (set to 2s here; default 60s) expires, constant requestTimeoutResponse"
printf 'POST /status-500 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' > "$WORK/te-cl.req"
capture "${common[@]}" "${own[@]}" --id node-http-400-lab-te-and-cl --url $U/ --raw-request "$WORK/te-cl.req" --scenario bad-request --notes "Content-Length together with Transfer-Encoding: chunked: HPE_UNEXPECTED_CONTENT_LENGTH, same constant 400"
printf 'GET / HTTP/1.1\r\nUser-Agent: resplain-lab/1\r\n\r\n' > "$WORK/nohost.req"
capture "${common[@]}" "${own[@]}" --id node-http-400-lab-missing-host --url $U/ --raw-request "$WORK/nohost.req" --body-kind empty --scenario bad-request --notes "HTTP/1.1 request without Host: requireHostHeader (default true) answers res.writeHead(400, ['Connection','close']) through ServerResponse (so with Date and Content-Length: 0)"
kcap "${common[@]}" "${own[@]}" --id node-http-417-lab-expectation-failed --url $U/ --body-kind empty -H "Expect: something-else" --scenario bad-request --notes "an Expect other than 100-continue and no checkExpectation listener: res.writeHead(417); res.end(); $KA"
# a handler's own minimal replies: node's default header set and order. The handler (the app) wrote
# these, node only framed them: generator unknown-app (like any app's own error), ids ...-node-http.
app=(--origin app --generator unknown-app)
kcap "${common[@]}" "${app[@]}" --id unknown-app-500-lab-status-only-node-http --url $U/status-500 --scenario app-error --notes "handler: res.statusCode = 500; res.end() (no headers set by the app); $KA"
capture "${common[@]}" "${app[@]}" --id unknown-app-500-lab-status-only-close-node-http --url $U/status-500 --scenario app-error --notes "same handler, request with Connection: close: node answers Connection: close and no Keep-Alive"
kcap "${common[@]}" "${app[@]}" --id unknown-app-500-lab-text-node-http --url $U/text-500 --scenario app-error --body-kind text --error-shape plain-text --message "Internal Server Error" --notes "handler: res.statusCode = 500; res.end('Internal Server Error'), no Content-Type; $KA"
kcap "${common[@]}" "${app[@]}" --id unknown-app-404-lab-json-node-http --url $U/json-404 --scenario not-found --error-shape error-string --message "Not Found" --notes "handler: res.writeHead(404, {'Content-Type': 'application/json'}); res.end(JSON): app headers first, then node's Date/Connection/Keep-Alive/Content-Length; $KA"
kcap "${common[@]}" "${app[@]}" --id unknown-app-503-lab-chunked-node-http --url $U/write-503 --scenario app-error --body-kind text --error-shape plain-text --message "Service Unavailable" --notes "handler: writeHead(503, text/plain); res.write(); res.end(): no Content-Length, Transfer-Encoding: chunked; $KA"
kcap "${common[@]}" "${app[@]}" --id unknown-app-404-lab-head-node-http --url $U/missing --method HEAD --scenario not-found --notes "HEAD on the handler's 404 ('Not Found' body dropped): header-only evidence; $KA"
# Not captured (no bytes to label): a handler that throws (/throw) kills the process (uncaught
# exception) and the client sees the connection close with nothing; a handler that never answers
# (/never) leaves the client waiting for ever (node has no response timeout; server.timeout 0).
