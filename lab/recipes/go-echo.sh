#!/usr/bin/env bash
# echo v4 (Debian golang-github-labstack-echo-dev, built with Debian's Go): DefaultHTTPErrorHandler
# answers (404/405/500), binding errors and the stock middleware (Recover, BodyLimit, JWT, KeyAuth,
# BasicAuth, CSRF, RateLimiter, Timeout); a second instance with Debug on. lab/apps/go/echo.
# Ports 21030-21039.
source "$(dirname "$0")/../lib/common.sh"
need_apt golang-go golang-github-labstack-echo-dev
GOV="$(go version | awk '{print $3}')"
PV="$(dpkg-query -W -f='${Version}' golang-github-labstack-echo-dev)"
VERSION="${PV%-*} (Debian golang-github-labstack-echo-dev $PV, $GOV)"
"$LAB/apps/go/build.sh" echo /usr/bin/go "$WORK/echo"
PORT=21030
"$WORK/echo" $PORT > "$WORK/echo.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT; wait_port $((PORT+1))
U=http://127.0.0.1:$PORT
c=(--product echo --version "$VERSION" --origin app --generator echo)
capture "${c[@]}" --id echo-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: echo.ErrNotFound through DefaultHTTPErrorHandler" --error-shape echo --message "Not Found"
capture "${c[@]}" --id echo-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path: DefaultHTTPErrorHandler answers HEAD with NoContent"
capture "${c[@]}" --id echo-405-lab-method-not-allowed --url $U/items/7 --method DELETE --scenario method-not-allowed --notes "DELETE on a GET route: echo.ErrMethodNotAllowed" --error-shape echo --message "Method Not Allowed"
capture "${c[@]}" --id echo-400-lab-bind-malformed-json --url $U/items --method POST -H "Content-Type: application/json" --data '{"name": ' --scenario malformed-json --notes "c.Bind on a truncated JSON body: DefaultBinder's HTTPError with the json error" --error-shape echo --message "unexpected EOF"
capture "${c[@]}" --id echo-400-lab-bind-type-error --url $U/items --method POST -H "Content-Type: application/json" --data '{"name": 5}' --scenario malformed-json --notes "c.Bind with a number where a string is expected: Unmarshal type error text" --error-shape echo --message "Unmarshal type error: expected=string, got=number, field=name, offset=10"
capture "${c[@]}" --id echo-415-lab-bind-unsupported-media-type --url $U/items --method POST -H "Content-Type: text/plain" --data 'x' --scenario unsupported-media-type --notes "c.Bind with a Content-Type the DefaultBinder does not know: ErrUnsupportedMediaType" --error-shape echo --message "Unsupported Media Type"
capture "${c[@]}" --id echo-500-lab-panic-recover --url $U/panic --scenario unhandled-exception --notes "handler panics; middleware.Recover turns it into a 500 through DefaultHTTPErrorHandler" --error-shape echo --message "Internal Server Error"
capture "${c[@]}" --id echo-500-lab-handler-error --url $U/error --scenario app-error --notes "handler returns errors.New(...): DefaultHTTPErrorHandler hides it (Debug off)" --error-shape echo --message "Internal Server Error"
capture "${c[@]}" --id echo-403-lab-forbidden --url $U/forbidden --scenario forbidden --notes "handler returns echo.ErrForbidden" --error-shape echo --message "Forbidden"
capture "${c[@]}" --id echo-413-lab-body-limit --url $U/upload --method POST --data "more than ten bytes of body" --scenario body-too-large --notes "middleware.BodyLimit(\"10B\")" --error-shape echo --message "Request Entity Too Large"
capture "${c[@]}" --id echo-400-lab-jwt-missing --url $U/jwt --scenario auth --notes "middleware.JWT without an Authorization header: ErrJWTMissing" --error-shape echo --message "missing or malformed jwt"
capture "${c[@]}" --id echo-401-lab-jwt-invalid --url $U/jwt -H "Authorization: Bearer abc.def.ghi" --scenario auth --notes "middleware.JWT with a token that does not verify: ErrJWTInvalid" --error-shape echo --message "invalid or expired jwt"
capture "${c[@]}" --id echo-400-lab-key-auth-missing --url $U/keyauth --scenario auth --notes "middleware.KeyAuth without the Authorization header" --error-shape echo --message "missing key in request header"
capture "${c[@]}" --id echo-401-lab-basic-auth --url $U/basic --scenario auth --notes "middleware.BasicAuth without credentials: 401 with WWW-Authenticate basic realm=Restricted" --error-shape echo --message "Unauthorized"
capture "${c[@]}" --id echo-403-lab-csrf-invalid --url $U/csrf --method POST --data x --scenario auth --notes "middleware.CSRF, POST without a token or cookie: ErrForbidden-style 'invalid csrf token'" --error-shape echo --message "invalid csrf token"
capture "${c[@]}" --id echo-429-lab-rate-limit --url $U/ratelimit --scenario rate-limited --notes "middleware.RateLimiter with a memory store of rate 0.0001 (burst 0): ErrRateLimitExceeded" --error-shape echo --message "rate limit exceeded"
capture "${c[@]}" --id echo-503-lab-timeout-middleware --url $U/timeout --scenario timeout --notes "middleware.Timeout (1 s, ErrorMessage \"\"): it wraps net/http's http.TimeoutHandler, so the bytes are net/http's default Timeout page (indistinguishable from go-net-http's)" --error-shape go-timeout-html --message "Timeout"
U=http://127.0.0.1:$((PORT+1))
capture "${c[@]}" --id echo-500-lab-handler-error-debug --url $U/error --scenario app-error-debug --notes "same handler error with e.Debug = true: the error text is exposed" --error-shape echo --message "lab: database unavailable"
capture "${c[@]}" --id echo-500-lab-panic-recover-debug --url $U/panic --scenario unhandled-exception-debug --notes "handler panics, e.Debug = true" --error-shape echo --message "lab: handler panicked"
capture "${c[@]}" --id echo-404-lab-not-found-debug --url $U/nothing-here --scenario not-found-debug --notes "no route, e.Debug = true" --error-shape echo --message "Not Found"
