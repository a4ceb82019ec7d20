#!/usr/bin/env bash
# Django REST framework (lab/apps/python/django/labsite/drf.py, LAB_DRF=1) under gunicorn with
# DEBUG off: its exception_handler's JSON ({"detail": ...}, field errors), the browsable API's
# HTML error page, and Django's own 500 when an APIView raises something DRF does not handle.
# Port 18020.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv Django==6.1.3 djangorestframework==3.18.3 gunicorn==27.0.1
V="$(pyver djangorestframework) on Django $(pyver Django), gunicorn $(pyver gunicorn), Python $PYV, DEBUG=False"
P=18020
export LAB_DB="$WORK/db.sqlite3" LAB_DRF=1 PYTHONDONTWRITEBYTECODE=1
cd "$APPS/django"
"$PY" manage.py migrate -v 0 auth  # the auth tables, for BasicAuthentication's user lookup
bg gunicorn.log "$BIN/gunicorn" -b 127.0.0.1:$P -w 1 labsite.wsgi:application
wait_port $P 60
U=http://127.0.0.1:$P
c=(--product "Django REST framework" --version "$V" --origin app --generator django-rest-framework)
J=(-H 'Content-Type: application/json')
capture "${c[@]}" --id django-rest-framework-400-lab-bad-json --url $U/api/items --method POST "${J[@]}" --data '{"name": ' --scenario malformed-json --error-shape json-detail --message "JSON parse error - Expecting value: line 1 column 10 (char 9)" --notes "malformed JSON body: JSONParser raises ParseError"
capture "${c[@]}" --id django-rest-framework-400-lab-validation --url $U/api/items --method POST "${J[@]}" --data '{"price": "abc"}' --scenario validation --error-shape json-field-errors --message "This field is required." --notes "serializer.is_valid(raise_exception=True): ValidationError rendered as {field: [messages]}"
capture "${c[@]}" --id django-rest-framework-405-lab-method --url $U/api/items --method DELETE --scenario method-not-allowed --error-shape json-detail --message "Method \"DELETE\" not allowed." --notes "DELETE on an APIView without delete(): MethodNotAllowed"
capture "${c[@]}" --id django-rest-framework-404-lab-not-found --url $U/api/items/999 --scenario not-found --error-shape json-detail --message "Not found." --notes "the view raises NotFound()"
capture "${c[@]}" --id django-rest-framework-404-lab-not-found-browsable --url $U/api/items/999 --raw-request "$(rawhttp browsable GET /api/items/999 "Host: 127.0.0.1:$P" 'Accept: text/html,application/xhtml+xml')" --scenario not-found --error-shape html-title --message "Not found." --notes "the same NotFound for a browser (Accept: text/html): BrowsableAPIRenderer's page (rest_framework/api.html)"
capture "${c[@]}" --id django-rest-framework-415-lab-media-type --url $U/api/items --method POST -H 'Content-Type: text/plain' --data 'name=x' --scenario unsupported-media-type --error-shape json-detail --message "Unsupported media type \"text/plain\" in request." --notes "POST text/plain: no parser, UnsupportedMediaType"
capture "${c[@]}" --id django-rest-framework-406-lab-not-acceptable --url $U/api/items --raw-request "$(rawhttp xml GET /api/items "Host: 127.0.0.1:$P" 'Accept: application/xml')" --scenario not-acceptable --error-shape json-detail --message "Could not satisfy the request Accept header." --notes "Accept: application/xml only: NotAcceptable (rendered as JSON anyway)"
capture "${c[@]}" --id django-rest-framework-403-lab-not-authenticated --url $U/api/private --scenario unauthorized --error-shape json-detail --message "Authentication credentials were not provided." --notes "IsAuthenticated with the default authenticators (SessionAuthentication first, no WWW-Authenticate): NotAuthenticated as 403"
capture "${c[@]}" --id django-rest-framework-401-lab-not-authenticated-basic --url $U/api/private-basic --scenario unauthorized --error-shape json-detail --message "Authentication credentials were not provided." --notes "IsAuthenticated with BasicAuthentication: NotAuthenticated as 401 with WWW-Authenticate: Basic realm=\"api\""
capture "${c[@]}" --id django-rest-framework-401-lab-bad-credentials --url $U/api/private-basic -H 'Authorization: Basic bm9ib2R5Om5vcGU=' --scenario unauthorized --error-shape json-detail --message "Invalid username/password." --notes "wrong Basic credentials: AuthenticationFailed"
capture "${c[@]}" --id django-rest-framework-429-lab-throttled --url $U/api/throttled --scenario rate-limited --error-shape json-detail --message "Request was throttled. Expected available in 3600 seconds." --notes "AnonRateThrottle subclass with rate 0/hour: Throttled with Retry-After"
capture "${c[@]}" --id django-rest-framework-405-lab-method-head --url $U/api/items --method PUT --head-only --scenario method-not-allowed --notes "PUT without body, head only"
capture --product Django --version "$V" --id django-500-lab-exception-drf --url $U/api/boom --origin app --generator django --scenario unhandled-exception --error-shape html-title --message "Server Error (500)" --notes "an APIView raises RuntimeError: DRF's exception_handler returns None and Django's server_error page answers (behind DRF)"
