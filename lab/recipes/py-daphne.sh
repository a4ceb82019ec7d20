#!/usr/bin/env bash
# daphne (Twisted) in front of a bare ASGI app (lab/apps/python/raw/asgi.py) and in front of
# Django's ASGI handler (lab/apps/python/django, DEBUG off): daphne's own error page ("Daphne"
# footer) for an app that raises or times out (--http-timeout), Twisted's answers to a garbage
# request line and an oversized header, and Django's pages as daphne serves them.
# Ports 18380 (raw app, --http-timeout 2), 18381 (Django).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv daphne==4.2.3 Twisted==26.10.0 Django==6.1.3
V="$(pyver daphne) (Twisted $(pyver Twisted)), Python $PYV"
P=18380 PD=18381
export PYTHONDONTWRITEBYTECODE=1 LAB_DB="$WORK/db.sqlite3"
cd "$APPS/raw"
bg raw.log "$BIN/daphne" -b 127.0.0.1 -p $P --http-timeout 2 asgi:app
cd "$APPS/django"
bg django.log "$BIN/daphne" -b 127.0.0.1 -p $PD labsite.asgi:application
wait_port $P 60; wait_port $PD 60
U=http://127.0.0.1:$P D=http://127.0.0.1:$PD
c=(--product daphne --version "$V" --origin app --generator daphne)
capture "${c[@]}" --id daphne-500-lab-app-crash --url $U/boom --scenario unhandled-exception --error-shape html-title --message "Exception inside application." --notes "the ASGI app raises before http.response.start: WebRequest.handle_exception -> basic_error(500)"
capture "${c[@]}" --id daphne-500-lab-app-crash-head --url $U/boom --method HEAD --scenario unhandled-exception --notes "HEAD for the 500"
capture "${c[@]}" --id daphne-503-lab-app-timeout --url $U/slow --timeout 15 --scenario worker-timeout --error-shape html-title --message "Application failed to respond within time limit." --notes "the app sleeps past --http-timeout 2: check_timeouts -> basic_error(503)"
capture "${c[@]}" --id daphne-400-lab-garbage-request --url $U/ --raw-request "$(rawreq garbage 'this is not http\r\n\r\n')" --scenario bad-request --notes "a garbage request line: Twisted's HTTPChannel answers a bare 400"
cj=(--product Django --version "$(pyver Django) on daphne $(pyver daphne), Python $PYV, DEBUG=False" --origin app --generator django)
capture "${cj[@]}" --id django-404-lab-not-found-daphne --url $D/nothing-here --scenario not-found --error-shape html-title --message "The requested resource was not found on this server." --notes "Django's production 404 served by daphne (Server: daphne)"
capture "${cj[@]}" --id django-500-lab-exception-daphne --url $D/boom --scenario unhandled-exception --error-shape html-title --message "Server Error (500)" --notes "Django's production 500 served by daphne"
# Not captured: a 70000-byte header (Twisted closes the connection without a byte).
