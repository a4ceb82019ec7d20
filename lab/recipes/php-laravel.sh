#!/usr/bin/env bash
# Laravel 8.83 (Debian php-laravel-framework) as a minimal app (lab/apps/php/laravel) under PHP's
# built-in server: the default exception handler's pages (the framework's "404 | Not Found"
# style error views), its JSON for JSON clients, validation's 422, with APP_DEBUG off and on
# (no Ignition is packaged: the debug page is Symfony's HtmlErrorRenderer, as Laravel falls back to).
# Ports 20270 (APP_DEBUG=false), 20271 (APP_DEBUG=true).
source "$(dirname "$0")/../lib/common.sh"
need_apt php-cli php-laravel-framework
VERSION="Laravel $(sed -n "s/.*const VERSION = '\([^']*\)'.*/\1/p" /usr/share/php/Illuminate/Foundation/Application.php) (Debian $(dpkg-query -W -f='${Version}' php-laravel-framework)), PHP $(php -r 'echo PHP_VERSION;') built-in server"
PP=20270 PD=20271
APP="$LAB/apps/php/laravel"
for m in prod debug; do rm -rf "$WORK/storage-$m"; mkdir -p "$WORK/storage-$m/views" "$WORK/storage-$m/framework" "$WORK/storage-$m/logs" "$WORK/storage-$m/cache"; done
# bootstrap/cache lives in the work dir too (Laravel's APP_*_CACHE variables).
cache_env() { echo APP_PACKAGES_CACHE=$WORK/storage-$1/cache/packages.php APP_SERVICES_CACHE=$WORK/storage-$1/cache/services.php; }
env $(cache_env prod) APP_DEBUG=false LAB_STORAGE="$WORK/storage-prod" php -d display_errors=0 -S 127.0.0.1:$PP -t "$APP/public" "$APP/public/index.php" > "$WORK/prod.log" 2>&1 &
cleanup_add "kill $!"
env $(cache_env debug) APP_DEBUG=true LAB_STORAGE="$WORK/storage-debug" php -d display_errors=0 -S 127.0.0.1:$PD -t "$APP/public" "$APP/public/index.php" > "$WORK/debug.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PP 20; wait_port $PD 20
U=http://127.0.0.1:$PP D=http://127.0.0.1:$PD
# capture.py always sends Accept: */*; JSON clients are written out with Accept: application/json only.
json_req() { local f=$1 port=$2 method=$3 path=$4 body=${5:-}
  { printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: resplain-lab/1\r\nAccept: application/json\r\nConnection: close\r\n' "$method" "$path" "$port"
    [ -n "$body" ] && printf 'Content-Type: application/json\r\nContent-Length: %s\r\n' "${#body}"
    printf '\r\n%s' "$body"; } > "$WORK/$f.req"; }
c=(--product Laravel --version "$VERSION" --generator laravel)
capture "${c[@]}" --id laravel-404-lab-not-found --url $U/nothing-here --origin app --scenario not-found --error-shape laravel-html --message "Not Found" --notes "APP_DEBUG=false: NotFoundHttpException rendered with the framework's errors::404 view (minimal layout)"
capture "${c[@]}" --id laravel-405-lab-wrong-method --url $U/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape symfony-html --message "The server returned a \"405 Method Not Allowed\"." --notes "APP_DEBUG=false: MethodNotAllowedHttpException has no errors::405 view, so Laravel falls back to Symfony's HtmlErrorRenderer page"
capture "${c[@]}" --id laravel-500-lab-server-error --url $U/boom --origin app --scenario unhandled-exception --error-shape laravel-html --message "Server Error" --notes "APP_DEBUG=false: errors::500 view"
capture "${c[@]}" --id laravel-503-lab-abort --url $U/down --origin app --scenario unavailable --error-shape laravel-html --message "Service Unavailable" --notes "abort(503): errors::503 view (what maintenance mode shows)"
json_req nf-json $PP GET /nothing-here
capture "${c[@]}" --id laravel-404-lab-not-found-json --url $U/nothing-here --raw-request "$WORK/nf-json.req" --origin app --scenario not-found --error-shape laravel --message "" --notes "APP_DEBUG=false, Accept: application/json: prepareJsonResponse; the router's NotFoundHttpException has an empty message in 8.x, so {\"message\": \"\"}"
json_req boom-json $PP GET /boom
capture "${c[@]}" --id laravel-500-lab-server-error-json --url $U/boom --raw-request "$WORK/boom-json.req" --origin app --scenario unhandled-exception --error-shape laravel --message "Server Error" --notes "APP_DEBUG=false, Accept: application/json: {\"message\": \"Server Error\"}"
capture "${c[@]}" --id laravel-500-lab-exception-debug --url $D/boom --origin app --scenario unhandled-exception-debug --error-shape symfony-debug-html --message "lab: order service unavailable" --notes "APP_DEBUG=true without Ignition/Whoops: Handler::renderExceptionWithSymfony (Symfony's HtmlErrorRenderer debug page)"
json_req boom-json-d $PD GET /boom
capture "${c[@]}" --id laravel-500-lab-exception-debug-json --url $D/boom --raw-request "$WORK/boom-json-d.req" --origin app --scenario unhandled-exception-debug --error-shape laravel --message "lab: order service unavailable" --notes "APP_DEBUG=true, Accept: application/json: {message, exception, file, line, trace}"
# Not captured: validation's 422. Its messages come from the app skeleton's lang/en/validation.php,
# which is not packaged; without it the errors read "validation.email", which no real app shows.
