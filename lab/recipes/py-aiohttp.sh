#!/usr/bin/env bash
# aiohttp's web server (lab/apps/python/aiohttp/app.py): its text/plain "404: Not Found" style
# errors, the 500 page (plain, and with the traceback when the asyncio loop is in debug mode),
# 413 over client_max_size, and the HTTP parser's answers to a garbage request line and an
# oversized header. Ports 18120 (normal), 18121 (PYTHONASYNCIODEBUG=1).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv aiohttp==3.14.5
V="$(pyver aiohttp), Python $PYV"
P=18120 PD=18121
export PYTHONDONTWRITEBYTECODE=1
cd "$APPS/aiohttp"
bg aiohttp.log "$PY" app.py $P
PYTHONASYNCIODEBUG=1 bg debug.log "$PY" app.py $PD
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product aiohttp --version "$V" --origin app --generator aiohttp)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id aiohttp-404-lab-not-found --url $U/nothing-here --scenario not-found --error-shape plain-text --message "404: Not Found" --notes "no route: HTTPNotFound, text '404: Not Found'"
capture "${c[@]}" --id aiohttp-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found-head --notes "HEAD for the 404"
capture "${c[@]}" --id aiohttp-405-lab-method --url $U/items --scenario method-not-allowed --error-shape plain-text --message "405: Method Not Allowed" --notes "GET on a POST-only route: HTTPMethodNotAllowed with Allow"
capture "${c[@]}" --id aiohttp-403-lab-forbidden --url $U/forbidden --scenario forbidden --error-shape plain-text --message "403: Forbidden" --notes "raise web.HTTPForbidden()"
capture "${c[@]}" --id aiohttp-500-lab-exception --url $U/boom --scenario unhandled-exception --error-shape plain-text --message "Server got itself in trouble" --notes "the handler raises: RequestHandler.handle_error's text/plain page"
capture "${c[@]}" --id aiohttp-500-lab-exception-html --url $U/boom --raw-request "$(rawhttp html GET /boom "Host: 127.0.0.1:$P" 'Accept: text/html')" --scenario unhandled-exception --error-shape html-title --message "Server got itself in trouble" --notes "the same 500 for a client accepting text/html: handle_error's HTML variant"
capture "${c[@]}" --id aiohttp-500-lab-bad-json --url $U/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape plain-text --message "Server got itself in trouble" --notes "await request.json() on malformed JSON raises JSONDecodeError: aiohttp has no 400 for it, the 500 answers"
capture "${c[@]}" --id aiohttp-413-lab-body-too-large --url $U/upload --method POST -H 'Content-Type: application/octet-stream' --data "$(head -c 2000 /dev/zero | tr '\0' x)" --scenario body-too-large --error-shape plain-text --message "Maximum request body size 1024 exceeded." --notes "request.read() over client_max_size=1024: HTTPRequestEntityTooLarge"
capture "${c[@]}" --id aiohttp-500-lab-exception-debug --url $D/boom --scenario unhandled-exception-debug --error-shape plain-text --message "RuntimeError: lab: order service unavailable" --notes "asyncio debug mode (PYTHONASYNCIODEBUG=1): handle_error adds the traceback to the page"
capture "${c[@]}" --id aiohttp-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --error-shape plain-text --message "Invalid method encountered" --notes "a request line that is not HTTP: the HTTP parser's BadHttpMessage, answered by handle_error(400) as HTTP/1.0 with the parser message"
capture "${c[@]}" --id aiohttp-400-lab-header-too-large --url $U/ --big-header 70000 --scenario request-header-too-large --error-shape plain-text --message "Got more than 8190 bytes when reading" --notes "a 70000-byte header over max_field_size 8190: LineTooLong, answered 400"
