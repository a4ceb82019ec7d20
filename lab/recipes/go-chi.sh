#!/usr/bin/env bash
# chi v5 (Debian golang-github-go-chi-chi-dev, built with Debian's Go): default 404/405 and the
# stock middleware (Recoverer, Timeout, Throttle, BasicAuth, AllowContentType). lab/apps/go/chi.
# Ports 21040-21049.
source "$(dirname "$0")/../lib/common.sh"
need_apt golang-go golang-github-go-chi-chi-dev curl
GOV="$(go version | awk '{print $3}')"
PV="$(dpkg-query -W -f='${Version}' golang-github-go-chi-chi-dev)"
VERSION="${PV%-*} (Debian golang-github-go-chi-chi-dev $PV, $GOV)"
"$LAB/apps/go/build.sh" chi /usr/bin/go "$WORK/chi"
PORT=21040
"$WORK/chi" $PORT > "$WORK/chi.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product chi --version "$VERSION" --origin app --generator chi)
capture "${c[@]}" --id chi-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: chi's default NotFound is net/http's http.NotFound" --error-shape plain-text --message "404 page not found"
capture "${c[@]}" --id chi-405-lab-method-not-allowed --url $U/items/7 --method DELETE --scenario method-not-allowed --notes "DELETE on a GET route: chi's methodNotAllowedHandler, WriteHeader(405) and no body"
capture "${c[@]}" --id chi-500-lab-panic-recoverer --url $U/panic --scenario unhandled-exception --notes "handler panics; middleware.Recoverer answers 500 with no body (stack trace on stderr)"
capture "${c[@]}" --id chi-504-lab-timeout-middleware --url $U/timeout --scenario timeout --notes "middleware.Timeout(1s): WriteHeader(504) when the context deadline passes, no body"
capture "${c[@]}" --id chi-401-lab-basic-auth --url $U/basic --scenario auth --notes "middleware.BasicAuth without credentials: WWW-Authenticate and an empty 401"
capture "${c[@]}" --id chi-415-lab-allow-content-type --url $U/items --method POST -H "Content-Type: text/plain" --data x --scenario unsupported-media-type --notes "middleware.AllowContentType(\"application/json\") with text/plain: WriteHeader(415), no body"
# Throttle: one request holds the only slot for 3 s, the next finds no backlog room.
curl -s -o /dev/null --max-time 10 $U/throttle & hold=$!
sleep 0.5
capture "${c[@]}" --id chi-429-lab-throttle --url $U/throttle --scenario rate-limited --notes "middleware.ThrottleBacklog(1, 0, 1s) while another request holds the slot: http.Error(errCapacityExceeded, 429)" --error-shape plain-text --message "Server capacity exceeded."
wait $hold || true
