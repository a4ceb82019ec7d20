#!/usr/bin/env bash
# What developers copy out of their terminals and consoles: real outputs of wget, curl, Python
# requests/httpx/aiohttp, Node fetch/axios/node-fetch/got/ky, Chromium's DevTools console, HARs from
# Firefox and Chromium and Firefox DevTools' "Copy Response Headers", each run on 127.0.0.1 against
# real proxies (Debian nginx, HAProxy, Varnish, Apache httpd) in front of a refused port, a silent
# upstream and a python app (redirects, JSON 503). Writes tests/inputs/<name>.<ext> and
# <name>.expect.json (OUT=DIR to write elsewhere).
# Java, Ruby, PHP and Go clients' exceptions and printouts (group "clients": Debian's packages).
# Ports 22000-22039. TOOLS_GROUPS="wget curl python node clients chromium firefox" picks groups (default all).
# How each kind of file is made: lab/apps/tools/shot.py (term: typed into a tmux terminal and
# copied; prompt: the same with the shell prompt kept; file: `CMD > file 2>&1`), lab/notes/tool-outputs.md.
OUT="${OUT:-$(cd "$(dirname "$0")/../.." && pwd)/tests/inputs}"
source "$(dirname "$0")/../lib/common.sh"
mkdir -p "$OUT"
TOOLS="$LAB/apps/tools"
GROUPS_WANTED=" ${TOOLS_GROUPS:-wget curl python node clients chromium firefox} "
want() { [[ "$GROUPS_WANTED" == *" $1 "* ]]; }

UP=22000 APP=22020 NGINX=22010 HAPROXY=22011 VARNISH=22012 APACHE=22013 CDP=22030 MARIONETTE=22031
DEADPROXY=22039
need_apt wget curl tmux
source "$TOOLS/servers.sh"
sed -e "s/@VARNISH@/$VARNISH/g" -e "s/@REFUSED@/$UP/g" "$TOOLS/www/har.html.in" > "$WORK/www/har.html"

N=http://127.0.0.1:$NGINX H=http://127.0.0.1:$HAPROXY V=http://127.0.0.1:$VARNISH A=http://127.0.0.1:$APACHE
DEAD=http://127.0.0.1:$UP
deb() { dpkg-query -W -f='${Version}' "$1"; }
NGX="$NGINX_VERSION" HAP="$HAPROXY_VERSION" VAR="$VARNISH_VERSION" APA="$APACHE_VERSION"
REFUSED_UP="proxying to a refused port"
SLOW_UP="proxying to an upstream that never answers (2 s timeout)"
APP_DESC="a python http.server app (302 /app/legacy -> 301 /app/old -> JSON 503 /app/new with Retry-After: 30)"
APP_UP="proxying to $APP_DESC"
NOTHING="a closed port (nothing listens)"

# shot NAME ARGS...: lab/apps/tools/shot.py into $OUT; a failure is counted, the recipe goes on.
shot() { local name=$1; shift; python3 "$TOOLS/shot.py" --dir "$OUT" --name "$name" "$@" || _failures=$((_failures + 1)); }
prev() { local j="" c; for c in "$@"; do j+="${j:+,}{\"status\":{\"code\":$c}}"; done; echo "\"previous\":[$j]"; }

# ---------------------------------------------------------------------------------------------- wget
if want wget; then
  WG="GNU Wget $(wget --version | sed -n '1s/^GNU Wget \([^ ]*\).*/\1/p') (Debian $(deb wget))"
  mkdir -p "$WORK/dl"
  w() { shot "$@" --cwd "$WORK/dl" --tool "$WG"; }
  w wget-S-nginx-502 --mode term --cmd "wget -S $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --diag head-only \
    --note "wget --server-response: the head indented by two spaces, then 'ERROR 502: Bad Gateway.'; no body (wget saves nothing on an error)" \
    --must "ERROR 502"
  w wget-S-redirect-app-503 --mode term --cmd "wget -S $N/app/legacy" \
    --against "$NGX $APP_UP" --status 503 --diag head-only --report "{$(prev 302 301)}" \
    --note "wget -S through a redirect chain (302, 301, then the app's 503): three heads, 'Location: ... [following]' lines; no body" \
    --must "ERROR 503"
  w wget-S-content-on-error-nginx-502 --mode term --cmd "wget -S --content-on-error -O - $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --report '{"body":{"kind":"html"}}' \
    --note "wget -S --content-on-error -O -: the head on stderr, then the body on stdout interleaved with 'Saving to: ‘STDOUT’' and the progress line" \
    --must "<hr><center>nginx"
  w wget-S-content-on-error-haproxy-redirect-503 --mode term --cmd "wget -S --content-on-error -O - $H/app/legacy" \
    --against "$HAP $APP_UP" --status 503 --report "{$(prev 302 301)}" \
    --note "wget -S --content-on-error -O - through HAProxy (lowercase header names) and a 302/301 chain to the app's JSON 503; the JSON has no final newline, so wget's progress bar, redrawn with CR, overwrites it on screen: only its first byte survives in the copy" \
    --must "ERROR 503"
  w wget-S-content-on-error-file-haproxy-redirect-503 --mode file --cmd "wget -S --content-on-error -O - $H/app/legacy" \
    --against "$HAP $APP_UP" --status 503 --kind app --report "{\"body\":{\"kind\":\"json\"},$(prev 302 301)}" \
    --note "the same command with stdout and stderr sent to a file: wget's dot progress instead of the bar, the JSON body between the 'Saving to' and '0K' lines" \
    --must '"maintenance"'
  w wget-S-O-haproxy-503 --mode term --cmd "wget -S -O - $H/orders" \
    --against "$HAP $REFUSED_UP" --status 503 --diag head-only \
    --note "wget -S -O - without --content-on-error: HAProxy's head (no Server header) and 'ERROR 503', the body is not written" \
    --must "ERROR 503"
  w wget-S-content-on-error-varnish-503 --mode term --cmd "wget -S --content-on-error -O - $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish --diag nonstandard-reason --report '{"body":{"kind":"html"}}' \
    --note "wget -S --content-on-error -O -: Varnish's 'Backend fetch failed' Guru Meditation page" \
    --must "Guru Meditation"
  w wget-S-content-on-error-apache-503 --mode term --cmd "wget -S --content-on-error -O - $A/orders" \
    --against "$APA (mod_proxy) $REFUSED_UP" --status 503 --kind proxy --generator apache --report '{"body":{"kind":"html"}}' \
    --note "wget -S --content-on-error -O -: Apache mod_proxy's 503 page (Connection: close, charset=iso-8859-1)" \
    --must "Service Unavailable"
  w wget-S-tries-nginx-504 --mode term --cmd "wget -S --tries=2 $N/slow" --timeout 60 \
    --against "$NGX $SLOW_UP" --status 504 --diag head-only \
    --note "wget retries a 504 by itself: two heads with 'Retrying.' between them, then 'Giving up.'" \
    --must "Giving up"
  w wget-S-spider-nginx-502 --mode term --cmd "wget -S --spider $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --diag head-only \
    --note "wget --spider -S (a HEAD request): 'Spider mode enabled', the head, 'Remote file does not exist -- broken link!!!'" \
    --must "Spider mode"
  w wget-S-refused --mode term --cmd "wget -S $DEAD/api/orders" \
    --against "$NOTHING" --status null --diag no-response \
    --note "wget to a closed port: 'failed: Connection refused.', no response" \
    --must "Connection refused"
  w wget-S-prompt-nginx-502 --mode prompt --ps1 'dev@laptop:~$ ' --cmd "wget -S -O - --content-on-error $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --note "a whole terminal paste: prompt 'dev@laptop:~\$ ', the wget command line, its output and the next prompt" \
    --must "dev@laptop"
fi

# ---------------------------------------------------------------------------------------------- curl
if want curl; then
  CU="curl $(curl --version | sed -n '1s/^curl \([^ ]*\).*/\1/p') (Debian $(deb curl))"
  mkdir -p "$WORK/curl"
  c() { shot "$@" --cwd "$WORK/curl" --tool "$CU"; }
  c curl-trace-ascii-nginx-502 --mode term --cmd "curl --trace-ascii - $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --report '{"body":{"kind":"html"}}' \
    --note "curl --trace-ascii - in a terminal: '== Info:', '=> Send header', '<= Recv header' blocks with offsets, then the body itself after the trace of its bytes" \
    --must "<= Recv header"
  c curl-trace-ascii-pipe-nginx-502 --mode file --cmd "curl --trace-ascii - $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --report '{"body":{"kind":"html"}}' \
    --note "curl --trace-ascii - with stdout and stderr in a file (curl ... 2>&1 | tee, a CI log): the progress meter (stderr, CR-separated updates) is glued to the first '== Info:' line and to the body" \
    --must "% Total"
  c curl-trace-ascii-file-haproxy-redirect-503 --mode file \
    --cmd "curl -sL -o /dev/null --trace-ascii trace.txt $H/app/legacy; cat trace.txt" \
    --against "$HAP $APP_UP" --status 503 --kind app --report "{$(prev 302 301)}" \
    --note "the file written by curl --trace-ascii trace.txt -L (what gets attached to a ticket): three exchanges through HAProxy, CRLF kept, no stdout body" \
    --must "Recv data"
  c curl-trace-hex-varnish-503 --mode term --cmd "curl --trace - $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish --diag nonstandard-reason \
    --note "curl --trace - (hex dump: offset, 16 hex bytes, ASCII column with '.' for CR/LF), then the body" \
    --must "Recv header"
  c curl-trace-hex-file-apache-503 --mode file --cmd "curl -s -o /dev/null --trace trace.txt $A/orders; cat trace.txt" \
    --against "$APA (mod_proxy) $REFUSED_UP" --status 503 --kind proxy --generator apache \
    --note "the file written by curl --trace trace.txt (hex dump only, no body on stdout)" \
    --must "Recv data"
  c curl-w-http-code-nginx-502 --mode term --cmd "curl -s -o /dev/null -w '%{http_code}\n' $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 \
    --note "curl -s -o /dev/null -w '%{http_code}\\n': the status code alone" --must "502"
  c curl-w-http-code-refused --mode term --cmd "curl -s -o /dev/null -w '%{http_code}\n' $DEAD/api/orders" \
    --against "$NOTHING" --status null --diag no-response \
    --note "curl -s -w '%{http_code}' to a closed port: '000' (no response)" --must "000"
  c curl-si-w-code-time-haproxy-503 --mode term --cmd "curl -si -w '\n%{http_code} %{time_total}\n' $H/orders" \
    --against "$HAP $REFUSED_UP" --status 503 --kind proxy --generator haproxy \
    --report '{"body":{"kind":"html"}}' --diag bare-lf \
    --note "curl -si -w '\\n%{http_code} %{time_total}\\n': the response, a blank line, then '503 3.0...' (HAProxy retried the refused server)" \
    --must "No server is available"
  c curl-si-w-code-time-file-nginx-502 --mode file --cmd "curl -si -w '\n%{http_code} %{time_total}\n' $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --report '{"body":{"kind":"html","length":157}}' \
    --note "the same -w line after a response written to a file: CRLF head, the body, then '\\n502 0.00...'" \
    --must "502 0."
  c curl-I-nginx-502 --mode term --cmd "curl -I $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --diag bare-lf,head-only \
    --note "curl -I (HEAD): the head alone" --must "HTTP/1.1 502"
  c curl-I-apache-503 --mode term --cmd "curl -I $A/orders" \
    --against "$APA (mod_proxy) $REFUSED_UP" --status 503 --diag bare-lf \
    --note "curl -I to Apache mod_proxy: the HEAD answer has no Content-Length" --must "HTTP/1.1 503"
  c curl-I-varnish-503 --mode term --cmd "curl -I $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish --diag bare-lf,head-only,nonstandard-reason \
    --note "curl -I to Varnish: 'HTTP/1.1 503 Backend fetch failed', Via and X-Varnish" --must "HTTP/1.1 503"
  c curl-I-haproxy-503 --mode term --cmd "curl -I $H/orders" \
    --against "$HAP $REFUSED_UP" --status 503 --diag bare-lf,head-only \
    --note "curl -I to HAProxy: its 503 head only (lowercase names, no Server, no Date): no body to name it" \
    --must "HTTP/1.1 503"
  c curl-sS-fail-nginx-502 --mode term --cmd "curl -sS --fail $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 \
    --note "curl -sS --fail: only 'curl: (22) The requested URL returned error: 502'" \
    --must "curl: (22)"
  c curl-sS-fail-with-body-varnish-503 --mode term --cmd "curl -sS --fail-with-body $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish \
    --note "curl -sS --fail-with-body: the body, then 'curl: (22) The requested URL returned error: 503'" \
    --must "curl: (22)"
  c curl-sS-refused --mode term --cmd "curl -sS $DEAD/api/orders" \
    --against "$NOTHING" --status null --diag no-response \
    --note "curl -sS to a closed port: 'curl: (7) Failed to connect to 127.0.0.1 port ... Couldn't connect to server'" \
    --must "curl: (7)"
  c curl-sS-empty-reply --mode term --cmd "curl -sS http://127.0.0.1:$((UP+3))/api/orders" \
    --against "a socket that accepts, reads the request and closes without a byte" --status null --diag no-response \
    --note "curl -sS to a server that closes without answering: 'curl: (52) Empty reply from server'" \
    --must "curl: (52)"
  c curl-si-prompt-nginx-502 --mode prompt --ps1 '$ ' --cmd "curl -si $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --report '{"body":{"kind":"html"}}' --diag bare-lf,crlf-converted \
    --note "a terminal paste that starts with the prompt and the command line: '\$ curl -si URL', the response, the next '\$'" \
    --must "$ curl -si"
  c curl-iL-prompt-app-503 --mode prompt --ps1 "root@$(hostname):~# " --cmd "curl -iL $V/app/old" \
    --against "$VAR $APP_UP" --status 503 --kind app --report "{\"body\":{\"kind\":\"json\"},$(prev 301)}" \
    --diag bare-lf \
    --note "a root prompt, curl -iL through Varnish: the 301 head, the 503 head and the JSON body with no final newline, so the next prompt follows the body on the same line" \
    --must "HTTP/1.1 301"
fi

# -------------------------------------------------------------------------------------------- python
if want python; then
  PYV="$WORK/venv"
  if ! "$PYV/bin/python" -c "import requests, httpx, aiohttp, openai, anthropic" 2>/dev/null; then
    /usr/bin/python3 -m venv "$PYV"
    "$PYV/bin/pip" install -q requests==2.34.2 httpx==0.28.1 aiohttp==3.14.5 openai==3.60.0 anthropic==2.16.0
  fi
  mkdir -p "$WORK/py" && cp "$TOOLS"/py/*.py "$WORK/py/"
  pyver() { "$PYV/bin/python" -c "import $1, sys; print('$1', $1.__version__, end='')"; }
  PYTHON="Python $("$PYV/bin/python" -c 'import sys; print(sys.version.split()[0])') (Debian python3)"
  RQ="$(pyver requests) ($(pyver urllib3)) on $PYTHON" HX="$(pyver httpx) ($(pyver httpcore)) on $PYTHON"
  AH="$(pyver aiohttp) on $PYTHON"
  OA="$(pyver openai) (on $(pyver httpx)) on $PYTHON" AN="$(pyver anthropic) (on $(pyver httpx)) on $PYTHON"
  p() { PATH="$PYV/bin:$PATH" shot "$@" --cwd "$WORK/py"; }
  p requests-print-nginx-502 --mode term --tool "$RQ" --cmd "python3 requests_print.py $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --note "requests: print(r.status_code, r.reason); print(r.headers); print(r.text) -> '502 Bad Gateway', a {'Server': ...} dict, the page" \
    --must "{'Server': 'nginx"
  p requests-print-varnish-app-503 --mode term --tool "$RQ" --cmd "python3 requests_print.py $V/app/old" \
    --against "$VAR $APP_UP" --status 503 --kind app \
    --note "the same script through Varnish after a 301 (requests follows it): the app's JSON 503 with Via: 1.1 varnish and X-Varnish" \
    --must "maintenance"
  p requests-raise-nginx-502 --mode term --tool "$RQ" --cmd "python3 requests_raise.py $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 \
    --note "r.raise_for_status() uncaught: traceback ending 'requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: ...'" \
    --must "HTTPError: 502"
  p requests-raise-haproxy-redirect-503 --mode term --tool "$RQ" --cmd "python3 requests_raise.py $H/app/legacy" \
    --against "$HAP $APP_UP" --status 503 \
    --note "raise_for_status() after a 302/301 chain: the HTTPError names the final URL (/app/new), not the one requested" \
    --must "HTTPError: 503"
  p requests-connection-error-refused --mode term --tool "$RQ" --cmd "python3 requests_raise.py $DEAD/api/orders" \
    --against "$NOTHING" --status null --diag no-response \
    --note "requests to a closed port: three chained tracebacks ending 'requests.exceptions.ConnectionError: HTTPConnectionPool(...): Max retries exceeded ... [Errno 111] Connection refused'" \
    --must "ConnectionError"
  p httpx-print-varnish-503 --mode term --tool "$HX" --cmd "python3 httpx_print.py $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish --diag nonstandard-reason \
    --note "httpx: print(r); print(r.headers); print(r.text) -> '<Response [503 Backend fetch failed]>', 'Headers({...})' with lowercase names, the page" \
    --must "<Response [503"
  p httpx-raise-apache-redirect-503 --mode term --tool "$HX" --cmd "python3 httpx_raise.py $A/app/old" \
    --against "$APA (mod_proxy) $APP_UP" --status 503 \
    --note "httpx raise_for_status() uncaught (follow_redirects=True): 'httpx.HTTPStatusError: Server error '503 Service Unavailable' for url ...' and the MDN link" \
    --must "HTTPStatusError"
  p httpx-raise-nginx-504 --mode term --tool "$HX" --cmd "python3 httpx_raise.py $N/slow" \
    --against "$NGX $SLOW_UP" --status 504 \
    --note "httpx raise_for_status() on nginx's 504 (reason 'Gateway Time-out')" --must "HTTPStatusError"
  p aiohttp-repr-nginx-504 --mode term --tool "$AH" --cmd "python3 aiohttp_repr.py $N/slow" \
    --against "$NGX $SLOW_UP" --status 504 --kind proxy --generator nginx \
    --note "aiohttp: print(resp) -> '<ClientResponse(URL) [504 Gateway Time-out]>' and '<CIMultiDictProxy(...)>', then the page" \
    --must "<ClientResponse("
  p aiohttp-raise-nginx-502 --mode term --tool "$AH" --cmd "python3 aiohttp_raise.py $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 \
    --note "aiohttp ClientSession(raise_for_status=True), uncaught: 'aiohttp.client_exceptions.ClientResponseError: 502, message='Bad Gateway', url=...'" \
    --must "ClientResponseError: 502"
  # API SDKs (Stainless-generated): their status errors say `Error code: 502 - ` and the body.
  p openai-python-nginx-413 --mode term --tool "$OA" --cmd "python3 openai_chat.py $N/orders/v1" \
    --against "nginx 413 (client_max_body_size 10 bytes: the JSON request body is over it; $NGX)" --status 413 --kind unknown \
    --report '{"format":"client-message"}' --diag rebuilt-response \
    --note "openai's client (max_retries=0) pointed at a base URL behind nginx, whose body limit refuses the request: the traceback ending 'openai.APIStatusError: Error code: 413' (no body in the message: nginx's page is HTML)" \
    --must "Error code: 413"
  p openai-python-haproxy-503 --mode term --tool "$OA" --cmd "python3 openai_chat.py $H/orders/v1" \
    --against "$HAP $REFUSED_UP" --status 503 --kind unknown \
    --report '{"format":"client-message"}' --diag rebuilt-response \
    --note "the same against HAProxy with no server: 'openai.InternalServerError: Error code: 503'" \
    --must "Error code: 503"
  p anthropic-python-varnish-503 --mode term --tool "$AN" --cmd "python3 anthropic_messages.py $V/orders" \
    --against "$VAR $REFUSED_UP" --status null --kind proxy --generator varnish --diag body-only,unreadable-transcript \
    --note "anthropic's client (max_retries=0) pointed at a base URL behind Varnish, uncaught: the traceback ending 'anthropic.ServiceUnavailableError: ' and Varnish's page as the message (no code in words: the page names it)" \
    --must "Guru Meditation"
fi

# ---------------------------------------------------------------------------------------------- node
if want node; then
  NODEDIR="$WORK/node"
  mkdir -p "$NODEDIR"
  if [ ! -f "$NODEDIR/node_modules/pnpm/package.json" ]; then
    npm install --prefix "$NODEDIR" --no-audit --no-fund axios@1.21.1 node-fetch@3.3.2 got@14.6.6 ky@1.14.3 pnpm@10.34.9 >/dev/null
  fi
  cp "$TOOLS"/node/*.mjs "$NODEDIR/"
  NV="Node.js $(node --version) (undici $(node -p process.versions.undici), Debian nodejs)"
  AX="axios $(node -p "require('$NODEDIR/node_modules/axios/package.json').version") on $NV"
  NF="node-fetch $(node -p "require('$NODEDIR/node_modules/node-fetch/package.json').version") on $NV"
  GOT="got $(node -p "require('$NODEDIR/node_modules/got/package.json').version") on $NV"
  KY="ky $(node -p "require('$NODEDIR/node_modules/ky/package.json').version") on $NV"
  n() { shot "$@" --cwd "$NODEDIR"; }
  n node-fetch-inspect-nginx-502 --mode term --tool "$NV" --cmd "node fetch_inspect.mjs $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 \
    --note "Node's global fetch: console.log(res) -> 'Response { status: 502, statusText: 'Bad Gateway', headers: Headers { server: 'nginx/1.22.1', ... }, ... }' (util.inspect; colours dropped by the copy)" \
    --must "Response {"
  n node-fetch-status-text-haproxy-504 --mode term --tool "$NV" --cmd "node fetch_status.mjs $H/slow" \
    --against "$HAP $SLOW_UP" --status 504 --kind proxy --generator haproxy \
    --note "console.log(r.status, r.statusText); console.log(await r.text()) -> '504 Gateway Time-out' and HAProxy's page" \
    --must "504 Gateway Time-out"
  n node-fetch-status-text-varnish-app-503 --mode term --tool "$NV" --cmd "node fetch_status.mjs $V/app/old" \
    --against "$VAR $APP_UP" --status 503 --kind app \
    --note "the same script after a 301 (fetch follows it): '503 Service Unavailable' and the app's JSON" \
    --must "maintenance"
  n node-fetch-refused --mode term --tool "$NV" --cmd "node fetch_status.mjs $DEAD/api/orders" \
    --against "$NOTHING" --status null --diag no-response \
    --note "global fetch to a closed port, uncaught: 'TypeError: fetch failed' with [cause]: Error: connect ECONNREFUSED" \
    --must "ECONNREFUSED"
  n axios-tojson-varnish-503 --mode term --tool "$AX" --cmd "node axios_tojson.mjs $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 \
    --note "axios: console.log(err.toJSON()) -> message 'Request failed with status code 503', config, code 'ERR_BAD_RESPONSE', status: 503 (no headers, no body)" \
    --must "status: 503"
  n axios-response-nginx-502 --mode term --tool "$AX" --cmd "node axios_response.mjs $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx \
    --note "axios: console.log(err.response) -> status, statusText, headers: Object [AxiosHeaders] {...}, config, the ClientRequest, data: the page as a JS string" \
    --must "statusText: 'Bad Gateway'"
  n axios-uncaught-app-503 --mode term --tool "$AX" --cmd "node axios_uncaught.mjs $N/app/old" \
    --against "$NGX $APP_UP" --status 503 --kind app \
    --note "an awaited axios.get rejected and uncaught: Node prints 'AxiosError: Request failed with status code 503', its stack and the whole error object (config, request, response with data) -- over a thousand lines" \
    --must "AxiosError: Request failed with status code 503"
  # An error's message or stack as a program logs it (no object printed): the status is in words.
  n axios-stack-nginx-502 --mode term --tool "$AX" --cmd "node axios_stack.mjs $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind unknown --report '{"format":"client-message"}' --diag rebuilt-response \
    --note "axios: console.error(err.stack) in a catch -> 'AxiosError: Request failed with status code 502' and the client's stack (axios' settle.js); no head, no body" \
    --must "status code 502"
  n axios-message-haproxy-503 --mode term --tool "$AX" --cmd "node axios_message.mjs $H/orders" \
    --against "$HAP $REFUSED_UP" --status 503 --kind unknown --report '{"format":"client-message"}' --diag rebuilt-response \
    --note "axios: console.error('Error fetching orders:', err.message) -> the program's words and 'Request failed with status code 503'" \
    --must "status code 503"
  n got-uncaught-nginx-502 --mode term --tool "$GOT" --cmd "node got_uncaught.mjs $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind unknown --report '{"format":"client-message","status":{"reason":"Bad Gateway"}}' --diag rebuilt-response \
    --note "got: an awaited got() rejected and uncaught: Node prints 'HTTPError: Request failed with status code 502 (Bad Gateway): GET ...', its stack and the error object without the response (not enumerable), with got's retry list of error codes (ECONNREFUSED among them: not a failure)" \
    --must "status code 502 (Bad Gateway)"
  n got-stack-varnish-503 --mode term --tool "$GOT" --cmd "node got_stack.mjs $V/orders" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish --report '{"format":"client-message","status":{"reason":"Backend fetch failed"}}' --diag nonstandard-reason,rebuilt-response \
    --note "got: console.error(err.stack) in a catch -> 'HTTPError: Request failed with status code 503 (Backend fetch failed): GET ...' (the reason as Varnish sent it) and the stack" \
    --must "status code 503 (Backend fetch failed)"
  n ky-uncaught-nginx-502 --mode term --tool "$KY" --cmd "node ky_uncaught.mjs $N/orders" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx --diag rebuilt-response,head-only \
    --note "ky: an awaited ky.get() rejected and uncaught: Node prints 'HTTPError: Request failed with status code 502 Bad Gateway: GET ...', its stack and the error object: the Response's state with undici's header list (\"[Symbol(headers map)]: Map(5) { 'server' => { name: 'server', value: 'nginx/1.22.1' }, ... }\"); the body is an unread stream" \
    --must "[Symbol(headers map)]"
  # Package managers pointed at a registry behind the proxy: what a failed install prints.
  mkdir -p "$WORK/npmproj" && rm -rf "$WORK/npm-cache"
  NPMV="npm $(npm --version) on $NV"
  PNPMV="pnpm $("$NODEDIR/node_modules/.bin/pnpm" --version) on $NV"
  shot npm-install-nginx-502 --mode term --tool "$NPMV" --cwd "$WORK/npmproj" \
    --cmd "npm install --no-audit --no-fund --fetch-retries=0 --cache $WORK/npm-cache --registry $N/orders/ left-pad" \
    --against "$NGX $REFUSED_UP" --status 502 --kind unknown --report '{"format":"client-message","status":{"reason":"Bad Gateway"}}' --diag rebuilt-response \
    --note "npm install from a registry URL behind nginx: 'npm error code E502' / 'npm error 502 Bad Gateway - GET http://...' (npm-registry-fetch's HttpErrorGeneral message) and the log's path" \
    --must "502 Bad Gateway - GET"
  shot pnpm-add-varnish-503 --mode term --tool "$PNPMV" --cwd "$WORK/npmproj" \
    --cmd "$NODEDIR/node_modules/.bin/pnpm add --fetch-retries=0 --store-dir $WORK/pnpm-store --registry $V/orders/ left-pad" \
    --against "$VAR $REFUSED_UP" --status 503 --kind unknown --report '{"format":"client-message"}' --diag rebuilt-response \
    --note "pnpm add from a registry URL behind Varnish: the ERR_PNPM_FETCH_503 error code and the GET line" \
    --must "ERR_PNPM_FETCH_503"
  n node-fetch-pkg-nginx-app-503 --mode term --tool "$NF" --cmd "node node_fetch.mjs $N/app/old" \
    --against "$NGX $APP_UP" --status 503 --kind app \
    --note "node-fetch 3: console.log(res) -> 'Response { size: 0, [Symbol(Body internals)]: ..., [Symbol(Response internals)]: { url, status: 503, statusText, headers: {...} } }', then the body" \
    --must "Symbol(Response internals)"
fi

# ------------------------------------------------------------------------------------------- clients
# Other languages' clients, each run as `CMD > file 2>&1`: what a developer copies out of a log or a
# terminal when the request got an error status (the exception, warning or printout).
if want clients; then
  need_apt openjdk-17-jdk-headless ruby ruby-faraday php-cli php-curl php-guzzlehttp-guzzle golang-go
  mkdir -p "$WORK/clients" && cp "$TOOLS"/clients/* "$WORK/clients/"
  JAVA="OpenJDK $(java -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p') (Debian $(deb openjdk-17-jdk-headless))"
  RUBY="Ruby $(ruby -e 'print RUBY_VERSION') (Debian $(deb ruby))"
  PHPV="PHP $(php -r 'echo PHP_VERSION;') (Debian $(deb php-cli))"
  GOV="$(go version | cut -d' ' -f3) (Debian $(deb golang-go))"
  # Defaults first: a capture's own --diag or --report comes after and wins.
  c() { local name=$1; shift; shot "$name" --mode file --cwd "$WORK/clients" --report '{"format":"client-message"}' --diag rebuilt-response "$@"; }
  c java-urlconnection-nginx-502 --cmd "java UrlConnection.java $N/orders" --tool "HttpURLConnection on $JAVA" \
    --against "$NGX $REFUSED_UP" --status 502 --kind unknown \
    --note "getInputStream() on an error status, uncaught: 'java.io.IOException: Server returned HTTP response code: 502 for URL: ...' and the client's stack trace (not the server's)" \
    --must "response code: 502"
  c ruby-net-http-nginx-502 --cmd "ruby net_http.rb $N/orders" --tool "Net::HTTP on $RUBY" \
    --against "$NGX $REFUSED_UP" --status 502 --kind unknown \
    --note "p res ('#<Net::HTTPBadGateway 502 Bad Gateway readbody=true>'), then res.value uncaught: '502 \"Bad Gateway\" (Net::HTTPFatalError)' and its backtrace" \
    --must "Net::HTTPFatalError"
  c ruby-open-uri-haproxy-503 --cmd "ruby open_uri.rb $H/orders" --tool "open-uri on $RUBY" \
    --against "$HAP $REFUSED_UP" --status 503 --kind unknown \
    --note "URI.open(url).read uncaught: '503 Service Unavailable (OpenURI::HTTPError)' and its backtrace" \
    --must "OpenURI::HTTPError"
  c ruby-faraday-varnish-503 --cmd "ruby faraday.rb $V/orders" --tool "Faraday $(deb ruby-faraday) (Debian) on $RUBY" \
    --against "$VAR $REFUSED_UP" --status 503 --kind unknown \
    --note "Faraday with the raise_error middleware, uncaught: 'the server responded with status 503 (Faraday::ServerError)': the code alone" \
    --must "Faraday::ServerError"
  c php-file-get-contents-varnish-503 --cmd "php file_get_contents.php $V/orders" --tool "file_get_contents on $PHPV" \
    --against "$VAR $REFUSED_UP" --status 503 --kind proxy --generator varnish --diag nonstandard-reason,head-only,rebuilt-response \
    --note "file_get_contents' warning 'HTTP request failed! HTTP/1.1 503 Backend fetch failed' (Varnish's own reason phrase), then var_dump(\$http_response_header): the head, read" \
    --must "HTTP request failed!"
  c php-guzzle-nginx-502 --cmd "php guzzle.php $N/orders" --tool "Guzzle $(deb php-guzzlehttp-guzzle) (Debian) on $PHPV" \
    --against "$NGX $REFUSED_UP" --status 502 --kind unknown \
    --note "Guzzle's uncaught ServerException: 'Server error: \`GET ...\` resulted in a \`502 Bad Gateway\` response:' with the page's first 120 bytes, then PHP's stack trace (the client's)" \
    --must "resulted in a"
  c php-curl-fail-haproxy-503 --cmd "php curl_fail.php $H/orders" --tool "the curl extension (libcurl) on $PHPV" \
    --against "$HAP $REFUSED_UP" --status 503 --kind unknown \
    --note "CURLOPT_FAILONERROR, then echo curl_error(): 'cURL error: The requested URL returned error: 503'" \
    --must "returned error: 503"
  # The same clients against a closed port: the message names the failure, not a status.
  f() { c "$@" --against "$NOTHING" --status null --diag no-response; }
  f java-urlconnection-refused --cmd "java UrlConnection.java $DEAD/orders" --tool "HttpURLConnection on $JAVA" \
    --note "the connection refused: 'Exception in thread \"main\" java.net.ConnectException: Connection refused' and the client's stack trace" \
    --must "ConnectException"
  f ruby-net-http-refused --cmd "ruby net_http.rb $DEAD/orders" --tool "Net::HTTP on $RUBY" \
    --note "the connection refused: 'Failed to open TCP connection to 127.0.0.1:22000 (Connection refused - connect(2) for ...) (Errno::ECONNREFUSED)' and its backtrace" \
    --must "ECONNREFUSED"
  f php-file-get-contents-refused --cmd "php file_get_contents.php $DEAD/orders" --tool "file_get_contents on $PHPV" \
    --note "the connection refused: 'PHP Warning:  file_get_contents(...): Failed to open stream: Connection refused in ...', then the dump of an undefined \$http_response_header" \
    --must "Connection refused"
  f go-print-response-refused --cmd "go run print_response.go $DEAD/orders" --tool "net/http on $GOV" \
    --note "the connection refused: log.Fatal(err) prints 'Get \"...\": dial tcp 127.0.0.1:22000: connect: connection refused', then go run's 'exit status 1'" \
    --must "connection refused"
  c go-print-response-nginx-502 --cmd "go run print_response.go $N/orders" --tool "net/http on $GOV" \
    --against "$NGX $REFUSED_UP" --status 502 --kind proxy --generator nginx --diag head-only,rebuilt-response \
    --note "fmt.Printf(\"%+v\", resp): '&{Status:502 Bad Gateway StatusCode:502 ... Header:map[...]}': the header map read as the head (nginx's Server and its 157-byte page's length)" \
    --must "Status:502 Bad Gateway"
fi

# ------------------------------------------------------------------------------------------ chromium
CHROMIUM="Chromium $(chromium --version 2>/dev/null | sed -n 's/^Chromium \([^ ]*\).*/\1/p') (Debian $(deb chromium))"
PWC="$ROOT/node_modules/playwright-core"
if want chromium; then
  PWV="playwright-core $(node -p "require('$PWC/package.json').version")"
  CONSOLE="$CHROMIUM DevTools (its own frontend, hosted in a tab; console copied with the context menu's 'Copy console')"
  mkdir -p "$WORK/console"
  PLAYWRIGHT_CORE="$PWC" node "$TOOLS/browser/chromium_console.mjs" "$N/" $CDP "$WORK/console" \
      loadOrders=orders.txt loadAppStatus=app.txt loadFromHaproxy=haproxy.txt pollSlow=slow.txt \
      loadFromDeadPort=refused.txt loadFromVarnish=varnish.txt \
    || _failures=$((_failures + 1))
  cc() {
    local name=$1 f=$2; shift 2
    if cp "$WORK/console/$f" "$OUT/$name.txt"; then shot "$name" --mode given --tool "$CONSOLE" "$@"; else _failures=$((_failures + 1)); fi
  }
  how="driven by lab/apps/tools/browser/chromium_console.mjs through $PWV: a button's click handler makes the request, then DevTools' console is right-clicked and 'Copy console' clicked; the clipboard text unchanged"
  cc chromium-console-fetch-nginx-502 orders.txt --against "$NGX $REFUSED_UP" --status 502 \
    --note "Chromium console after fetch('/orders'); console.log(res): the network error line 'GET URL 502 (Bad Gateway)' with its stack, then 'Response {type: 'basic', ..., status: 502, ok: false, …}'; $how" \
    --must "502 (Bad Gateway)"
  cc chromium-console-fetch-app-503 app.txt --against "$NGX $APP_UP" --status 503 \
    --note "Chromium console after fetch('/app/old') (301 followed), console.log(res.status, res.statusText) and the parsed JSON as a JS object preview; $how" \
    --must "503 (Service Unavailable)"
  cc chromium-console-cors-haproxy-503 haproxy.txt --against "$HAP $REFUSED_UP (fetched cross-origin from nginx's page, no CORS headers)" --status 503 \
    --note "Chromium console for a cross-origin fetch whose answer (HAProxy's 503) has no Access-Control-Allow-Origin: the CORS message, 'GET URL net::ERR_FAILED 503 (Service Unavailable)', 'Uncaught (in promise) TypeError: Failed to fetch'; $how" \
    --must "net::ERR_FAILED 503"
  cc chromium-console-xhr-nginx-504 slow.txt --against "$NGX $SLOW_UP" --status 504 --kind proxy --generator nginx \
    --note "Chromium console for an XHR to nginx's 504, console.log(xhr.status, xhr.statusText, xhr.responseText): the page as a quoted JS string with \\r\\n escapes and nginx's MSIE padding comments; $how" \
    --must "504 (Gateway Time-out)"
  cc chromium-console-refused refused.txt --against "$NOTHING (fetched from nginx's page)" --status null --diag no-response \
    --note "Chromium console for a fetch to a closed port: 'GET URL net::ERR_CONNECTION_REFUSED' and 'Uncaught (in promise) TypeError: Failed to fetch'; $how" \
    --must "ERR_CONNECTION_REFUSED"
  cc chromium-console-no-cors-varnish-503 varnish.txt --against "$VAR $REFUSED_UP (fetched cross-origin with mode: 'no-cors')" --status 503 --kind proxy --generator varnish --diag nonstandard-reason \
    --note "Chromium console for a no-cors fetch of Varnish's 503: the network line keeps Varnish's reason '503 (Backend fetch failed)', the script sees an opaque Response (status: 0); $how" \
    --must "Backend fetch failed"
  mkdir -p "$WORK/har"
  if PLAYWRIGHT_CORE="$PWC" node "$TOOLS/browser/chromium_har.mjs" "$N/har.html" "$WORK/har/chromium.har" $DEADPROXY; then
    cp "$WORK/har/chromium.har" "$OUT/chromium-playwright-har-failing-fetches.har"
    shot chromium-playwright-har-failing-fetches --ext har --mode given --tool "$CHROMIUM through $PWV recordHar (content: embed)" \
      --against "$NGX $REFUSED_UP and to $APP_DESC; $VAR fetched cross-origin; $NOTHING" --status 502 --kind proxy --generator nginx \
      --note "HAR of one page load (lab/apps/tools/www/har.html.in) recorded by Playwright's recordHar in Chromium: the page, nginx's 502 (559 bytes: Chrome's UA gets the MSIE padding), 301, the app's 503, a CORS-blocked cross-origin fetch (status -1, _failureText net::ERR_FAILED) and a refused one (net::ERR_CONNECTION_REFUSED); made by lab/apps/tools/browser/chromium_har.mjs" \
      --must '"status":502'
  else
    _failures=$((_failures + 1))
  fi
  if PLAYWRIGHT_CORE="$PWC" node "$TOOLS/browser/chromium_devtools_har.mjs" "$N/har.html" $CDP "$WORK/har/devtools.har" $DEADPROXY; then
    cp "$WORK/har/devtools.har" "$OUT/chromium-devtools-har-failing-fetches.har"
    shot chromium-devtools-har-failing-fetches --ext har --mode given --tool "$CHROMIUM DevTools, Network panel 'Export HAR (sanitized)…' (frontend hosted in a tab, driven through $PWV)" \
      --against "$NGX $REFUSED_UP and to $APP_DESC; $VAR fetched cross-origin; $NOTHING" --status 502 --kind proxy --generator nginx \
      --note "HAR exported by Chromium's own DevTools (creator WebInspector; _initiator, _priority, _resourceType, _transferSize, _error fields) for the same page load as the Playwright and Firefox HARs: nginx's 502 (559 bytes), 301, the app's 503, Varnish's 503 fetched cross-origin (status 503 'Backend fetch failed' kept, _error net::ERR_FAILED, no body), a refused fetch (status 0, _error net::ERR_CONNECTION_REFUSED), a favicon 404; made by lab/apps/tools/browser/chromium_devtools_har.mjs" \
      --must '"WebInspector"'
  else
    _failures=$((_failures + 1))
  fi
fi

# ------------------------------------------------------------------------------------------- firefox
if want firefox; then
  need_apt firefox-esr xvfb xauth
  FF="Firefox $(firefox-esr --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([^ ]*\).*/\1/p') (Debian $(deb firefox-esr))"
  mkdir -p "$WORK/har"
  if bash "$TOOLS/browser/firefox_har.sh" "$N/har.html" "$WORK/har/firefox.har" $DEADPROXY; then
    cp "$WORK/har/firefox.har" "$OUT/firefox-har-failing-fetches.har"
    shot firefox-har-failing-fetches --ext har --mode given --tool "$FF DevTools HAR auto-export (devtools.netmonitor.har.enableAutoExportToFile)" \
      --against "$NGX $REFUSED_UP and to $APP_DESC; $VAR fetched cross-origin; $NOTHING" --status 502 --kind proxy --generator nginx \
      --note "HAR written by Firefox's own DevTools (Network panel auto-export at the end of a page load, lab/apps/tools/browser/firefox_har.sh, Firefox headed under Xvfb): the page, nginx's 502, the 301, Varnish's 503 fetched cross-origin (Firefox keeps its status and body), a refused fetch (status 0), the app's 503 JSON and a favicon 404" \
      --must '"status": 502'
  else
    _failures=$((_failures + 1))
  fi
  need_apt xdotool xclip
  mkdir -p "$WORK/copy"
  if bash "$TOOLS/browser/firefox_copy_headers.sh" "$N/orders" "$WORK/copy/firefox-headers.txt" $DEADPROXY $MARIONETTE; then
    cp "$WORK/copy/firefox-headers.txt" "$OUT/firefox-copy-response-headers-nginx-502.txt"
    shot firefox-copy-response-headers-nginx-502 --mode given \
      --tool "$FF DevTools, Network panel: right-click the request > Copy Value > Copy Response Headers (Firefox headed under Xvfb; toolbox opened and page loaded over Marionette, the right-click by xdotool, the menu by keyboard; clipboard read with xclip)" \
      --against "$NGX $REFUSED_UP (the page $N/orders loaded in the tab)" --status 502 --kind proxy --generator nginx \
      --report '{"format":"raw","status":{"reason":"Bad Gateway","version":"1.1"},"body":{"kind":"empty","declared_length":157}}' --diag bare-lf,head-only,head-unterminated \
      --note "Firefox DevTools' 'Copy Response Headers' (RequestListContextMenu.copyResponseHeaders: the raw response head, trimmed, \\r removed on Linux, so bare-LF lines and no blank line or newline after the last header) for nginx's 502 page (a 157-byte body declared, not copied); made by lab/apps/tools/browser/firefox_copy_headers.sh; the clipboard text unchanged" \
      --must "HTTP/1.1 502 Bad Gateway"
  else
    _failures=$((_failures + 1))
  fi
fi
