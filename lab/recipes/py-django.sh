#!/usr/bin/env bash
# Django (lab/apps/python/django) with DEBUG off under gunicorn (sync worker) and runserver, and
# with DEBUG on under runserver (technical 404/500 pages): 404, 500, DisallowedHost 400, CSRF 403,
# PermissionDenied 403, require_POST 405, RequestDataTooBig 400, a malformed JSON body that the
# view does not catch (500), and runserver's own answer to a garbage request line.
# Ports 18000 (runserver, DEBUG on), 18001 (gunicorn, DEBUG off), 18002 (runserver, DEBUG off).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv Django==6.1.3 gunicorn==27.0.1
DJ="$(pyver Django)" GU="$(pyver gunicorn)"
PD=18000 PG=18001 PR=18002
export LAB_DB="$WORK/db.sqlite3" PYTHONDONTWRITEBYTECODE=1
cd "$APPS/django"
LAB_DEBUG=1 bg debug.log "$PY" manage.py runserver --noreload --nothreading 127.0.0.1:$PD
bg gunicorn.log "$BIN/gunicorn" -b 127.0.0.1:$PG -w 1 labsite.wsgi:application
LAB_DEBUG=0 bg runserver.log "$PY" manage.py runserver --noreload 127.0.0.1:$PR
wait_port $PD 60; wait_port $PG 60; wait_port $PR 60
D=http://127.0.0.1:$PD G=http://127.0.0.1:$PG R=http://127.0.0.1:$PR
cg=(--product Django --version "$DJ on gunicorn $GU (sync worker), Python $PYV, DEBUG=False")
cd_=(--product Django --version "$DJ runserver, Python $PYV, DEBUG=True")
cr=(--product Django --version "$DJ runserver, Python $PYV, DEBUG=False")
J=(-H 'Content-Type: application/json')

# DEBUG=False under gunicorn: the production pages (django/views/defaults.py).
capture "${cg[@]}" --id django-404-lab-not-found-gunicorn --url $G/nothing-here --origin app --generator django --scenario not-found --error-shape html-title --message "The requested resource was not found on this server." --notes "no URL pattern matches: page_not_found's built-in template"
capture "${cg[@]}" --id django-404-lab-not-found-gunicorn-head --url $G/nothing-here --method HEAD --origin app --generator django --scenario not-found-head --notes "HEAD for the 404"
capture "${cg[@]}" --id django-500-lab-exception-gunicorn --url $G/boom --origin app --generator django --scenario unhandled-exception --error-shape html-title --message "Server Error (500)" --notes "the view raises RuntimeError: server_error's built-in template"
capture "${cg[@]}" --id django-400-lab-disallowed-host-gunicorn --url $G/ --raw-request "$(rawhttp evilhost GET / 'Host: evil.example' 'Accept: */*')" --origin app --generator django --scenario disallowed-host --error-shape html-title --message "Bad Request (400)" --notes "Host: evil.example is not in ALLOWED_HOSTS: DisallowedHost, answered by bad_request's built-in template"
capture "${cg[@]}" --id django-403-lab-csrf-gunicorn --url $G/form --method POST --data 'a=1' -H 'Content-Type: application/x-www-form-urlencoded' --origin app --generator django --scenario csrf --error-shape html-title --message "CSRF verification failed. Request aborted." --notes "POST without CSRF cookie: CsrfViewMiddleware -> csrf_failure, DEBUG off"
capture "${cg[@]}" --id django-403-lab-permission-denied-gunicorn --url $G/forbidden --origin app --generator django --scenario forbidden --error-shape html-title --message "403 Forbidden" --notes "the view raises PermissionDenied: permission_denied's built-in template"
capture "${cg[@]}" --id django-405-lab-method-gunicorn --url $G/items --origin app --generator django --scenario method-not-allowed --body-kind empty --notes "GET on a @require_POST view: HttpResponseNotAllowed (empty body, Allow: POST)"
capture "${cg[@]}" --id gunicorn-400-lab-duplicate-host --url $G/ -H 'Host: evil.example' --origin app --generator gunicorn --scenario bad-request --error-shape html-title --message "Invalid HTTP Header: 'HOST'" --notes "two Host headers: gunicorn rejects the request before Django sees it (InvalidHeader in gunicorn/http/message.py), its write_error page"
capture "${cg[@]}" --id django-500-lab-bad-json-gunicorn --url $G/items --method POST "${J[@]}" --data '{"name": ' --origin app --generator django --scenario malformed-json --error-shape html-title --message "Server Error (500)" --notes "malformed JSON to a view that calls json.loads without catching: Django has no JSON parsing of its own, so it is the generic 500"
capture "${cg[@]}" --id django-400-lab-data-too-big-gunicorn --url $G/upload --method POST -H 'Content-Type: application/x-www-form-urlencoded' --data "a=$(head -c 2000 /dev/zero | tr '\0' x)" --origin app --generator django --scenario body-too-large --error-shape html-title --message "Bad Request (400)" --notes "a 2002-byte form body over DATA_UPLOAD_MAX_MEMORY_SIZE=1024: RequestDataTooBig (a SuspiciousOperation) -> 400, Django has no 413"

# DEBUG=True under runserver: the technical pages.
capture "${cd_[@]}" --id django-404-lab-not-found-debug --url $D/nothing-here --origin app --generator django --scenario not-found-debug --error-shape html-title --message "Page not found at /nothing-here" --notes "DEBUG=True: technical_404.html listing the URL patterns tried"
capture "${cd_[@]}" --id django-500-lab-exception-debug --url $D/boom --origin app --generator django --scenario unhandled-exception-debug --error-shape html-title --message "lab: order service unavailable" --notes "DEBUG=True: technical_500.html with the traceback (text/html; the yellow debug page)"
capture "${cd_[@]}" --id django-500-lab-exception-debug-plain --url $D/boom --raw-request "$(rawhttp accept-json GET /boom 'Host: 127.0.0.1:'$PD 'Accept: application/json')" --origin app --generator django --scenario unhandled-exception-debug --body-kind text --error-shape plain-text --message "lab: order service unavailable" --notes "DEBUG=True, a client that does not accept text/html (Accept: application/json): technical_500.txt as text/plain"
capture "${cd_[@]}" --id django-400-lab-disallowed-host-debug --url $D/ --raw-request "$(rawhttp evilhost GET / 'Host: evil.example' 'Accept: text/html')" --origin app --generator django --scenario disallowed-host-debug --error-shape html-title --message "Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS." --notes "DEBUG=True: DisallowedHost rendered by the technical 500 template with status 400"
capture "${cd_[@]}" --id django-403-lab-csrf-debug --url $D/form --method POST --data 'a=1' -H 'Content-Type: application/x-www-form-urlencoded' --origin app --generator django --scenario csrf-debug --error-shape html-title --message "CSRF cookie not set." --notes "DEBUG=True: csrf_failure's page with the 'Reason given for failure' help text"
capture "${cd_[@]}" --id django-400-lab-data-too-big-debug --url $D/upload --method POST -H 'Content-Type: application/x-www-form-urlencoded' --data "a=$(head -c 2000 /dev/zero | tr '\0' x)" --origin app --generator django --scenario body-too-large-debug --error-shape html-title --message "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE." --notes "DEBUG=True: RequestDataTooBig shown by the technical 500 template with status 400"

# DEBUG=False under runserver (Server: WSGIServer/0.2 CPython/...), and runserver's own answers.
capture "${cr[@]}" --id django-404-lab-not-found-runserver --url $R/nothing-here --origin app --generator django --scenario not-found --error-shape html-title --message "The requested resource was not found on this server." --notes "DEBUG=False under runserver: the production 404 with runserver's Server header"
capture "${cr[@]}" --id django-500-lab-exception-runserver --url $R/boom --origin app --generator django --scenario unhandled-exception --error-shape html-title --message "Server Error (500)" --notes "DEBUG=False under runserver"
capture "${cr[@]}" --id django-400-lab-garbage-request-runserver --url $R/ --raw-request "$(rawreq garbage 'GET /a b HTTP/1.1\r\n\r\n')" --origin app --generator django --scenario bad-request --error-shape html-title --message "Bad request syntax ('GET /a b HTTP/1.1')" --notes "a request line with a space in the path: runserver's WSGIRequestHandler (django/core/servers/basehttp.py, on the standard library's http.server) answers with BaseHTTPRequestHandler.send_error's page"
capture "${cr[@]}" --id django-431-lab-header-too-large-runserver --url $R/ --big-header 70000 --origin app --generator django --scenario request-header-too-large --error-shape html-title --message "Line too long" --notes "a 70000-byte header line over http.server's 65536-byte line limit: send_error(431); Server says Python/ (BaseHTTPRequestHandler.sys_version), not CPython/ (wsgiref's handler) as on Django's own pages"
# Not captured: a request line whose version is not HTTP/x.y ('this is not http') or is HTTP/2.0:
# http.server answers the error page alone (400 / 505), without a status line or headers (HTTP/0.9 style), which is not an
# HTTP response capture.py can label.
