#!/usr/bin/env bash
# uWSGI (pip build, http mode: the HTTP router process in front of one worker) serving a bare
# WSGI app (lab/apps/python/raw/wsgi.py) and the lab's Flask app, and with no app loaded at all.
# uWSGI answers almost nothing itself: see the list of what closes the connection at the end.
# Ports 18360 (raw app, --harakiri 3), 18361 (Flask), 18362 (no app), 18363 (--http-socket).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/py-common.inc"
py_venv uwsgi==2.0.31 flask==3.1.3 werkzeug==3.1.9
UV="$("$BIN/uwsgi" --version)"
V="$UV (pip build, --http), Python $PYV"
P=18360 PF=18361 PN=18362 PS=18363
export PYTHONDONTWRITEBYTECODE=1
common=(--master --processes 1 --die-on-term --disable-logging --need-app=false)
bg raw.log "$BIN/uwsgi" "${common[@]}" --http 127.0.0.1:$P --harakiri 3 --chdir "$APPS/raw" --wsgi-file wsgi.py --pidfile "$WORK/raw.pid"
bg flask.log "$BIN/uwsgi" "${common[@]}" --http 127.0.0.1:$PF --chdir "$APPS/flask" --module app:app --pidfile "$WORK/flask.pid"
bg noapp.log "$BIN/uwsgi" "${common[@]}" --http 127.0.0.1:$PN --pidfile "$WORK/noapp.pid"
bg socket.log "$BIN/uwsgi" "${common[@]}" --http-socket 127.0.0.1:$PS --chdir "$APPS/raw" --wsgi-file wsgi.py --pidfile "$WORK/socket.pid"
for p in $P $PF $PN $PS; do wait_port $p 60; done
sleep 1
U=http://127.0.0.1:$P F=http://127.0.0.1:$PF N=http://127.0.0.1:$PN S=http://127.0.0.1:$PS
c=(--product uWSGI --version "$V" --origin app --generator uwsgi)
cs=(--product uWSGI --version "$UV (pip build, --http-socket), Python $PYV" --origin app --generator uwsgi)
capture "${c[@]}" --id uwsgi-500-lab-no-app --url $N/ --scenario no-app --error-shape plain-text --message "Internal Server Error" --notes "uWSGI started without an application (--need-app=false): the worker answers a bare 500 (it logs '--- no python application found, check your startup logs for errors ---'), relayed by the HTTP router"
cf=(--product Flask --version "$(pyver flask) (Werkzeug $(pyver werkzeug)) on $UV (--http), Python $PYV" --origin app --generator flask)
capture "${cf[@]}" --id flask-404-lab-not-found-uwsgi --url $F/nothing-here --scenario not-found --error-shape html-title --message "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again." --notes "Flask's NotFound under uWSGI's HTTP router"
capture "${cf[@]}" --id flask-500-lab-exception-uwsgi --url $F/boom --scenario unhandled-exception --error-shape html-title --message "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application." --notes "Flask's InternalServerError under uWSGI"
# Not captured, because uWSGI closes the connection without a byte (checked with --http and
# --http-socket): the app raising before start_response (logged, then the socket is closed),
# harakiri killing a worker mid-request (--harakiri 3, /slow), a worker exiting mid-request
# (/exit), a request head over buffer-size 4096 ("invalid request block size"), and the HTTP
# router with a refused --http-to backend. A garbage request line 'this is not http' is parsed as
# method "this", path "is", protocol "not http" and the app answers 'not http 200 OK' (not HTTP).
