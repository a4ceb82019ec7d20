#!/usr/bin/env bash
# gorilla/mux (Debian golang-github-gorilla-mux-dev) with gorilla/handlers' RecoveryHandler,
# built with Debian's Go: default 404/405 and the recovery 500. lab/apps/go/gorillamux.
# Ports 21050-21059.
source "$(dirname "$0")/../lib/common.sh"
need_apt golang-go golang-github-gorilla-mux-dev golang-github-gorilla-handlers-dev
GOV="$(go version | awk '{print $3}')"
PV="$(dpkg-query -W -f='${Version}' golang-github-gorilla-mux-dev)"
HV="$(dpkg-query -W -f='${Version}' golang-github-gorilla-handlers-dev)"
VERSION="${PV%-*} (Debian golang-github-gorilla-mux-dev $PV, gorilla/handlers $HV, $GOV)"
"$LAB/apps/go/build.sh" gorillamux /usr/bin/go "$WORK/gorillamux"
PORT=21050
"$WORK/gorillamux" $PORT > "$WORK/gorillamux.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product gorilla/mux --version "$VERSION" --origin app --generator gorilla-mux)
capture "${c[@]}" --id gorilla-mux-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: mux uses http.NotFoundHandler()" --error-shape plain-text --message "404 page not found"
capture "${c[@]}" --id gorilla-mux-404-lab-pattern-mismatch --url $U/items/abc --scenario not-found --notes "a {id:[0-9]+} variable that does not match: plain 404"  --error-shape plain-text --message "404 page not found"
capture "${c[@]}" --id gorilla-mux-405-lab-method-not-allowed --url $U/items/7 --method DELETE --scenario method-not-allowed --notes "Methods(\"GET\") route, DELETE sent: methodNotAllowedHandler, WriteHeader(405) and no body"
capture "${c[@]}" --id gorilla-mux-500-lab-panic-recovery-handler --url $U/panic --scenario unhandled-exception --notes "handler panics; handlers.RecoveryHandler() answers WriteHeader(500), no body"
