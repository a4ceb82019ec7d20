#!/usr/bin/env bash
# Slim 3.12 (Debian php-slim) under PHP's built-in server (lab/apps/php/slim/index.php): Slim's
# default NotFound, NotAllowed and Error handlers, in HTML and, by the Accept header, JSON,
# with displayErrorDetails off and on. Ports 20260 (details off), 20261 (details on).
source "$(dirname "$0")/../lib/common.sh"
need_apt php-cli php-slim
VERSION="Slim $(sed -n "s/.*const VERSION = '\([^']*\)'.*/\1/p" /usr/share/php/Slim/App.php) (Debian $(dpkg-query -W -f='${Version}' php-slim)), PHP $(php -r 'echo PHP_VERSION;') built-in server"
PP=20260 PD=20261
APP="$LAB/apps/php/slim"
LAB_SLIM_DEBUG=0 php -d display_errors=0 -S 127.0.0.1:$PP -t "$APP" "$APP/index.php" > "$WORK/prod.log" 2>&1 &
cleanup_add "kill $!"
LAB_SLIM_DEBUG=1 php -d display_errors=0 -S 127.0.0.1:$PD -t "$APP" "$APP/index.php" > "$WORK/debug.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PP 20; wait_port $PD 20
U=http://127.0.0.1:$PP D=http://127.0.0.1:$PD
# capture.py always sends Accept: */*; the JSON cases are written out with Accept: application/json only.
json_req() { printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: resplain-lab/1\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "$2" "$3" > "$WORK/$1.req"; }
c=(--product Slim --version "$VERSION" --generator slim)
capture "${c[@]}" --id slim-404-lab-not-found --url $U/nothing-here --origin app --scenario not-found --error-shape slim-html --message "The page you are looking for could not be found. Check the address bar to ensure your URL is spelled correctly. If all else fails, you can visit our home page at the link below." --notes "no route: Slim\\Handlers\\NotFound's HTML page"
json_req nf-json /nothing-here $PP
capture "${c[@]}" --id slim-404-lab-not-found-json --url $U/nothing-here --raw-request "$WORK/nf-json.req" --origin app --scenario not-found --error-shape slim-json --message "Not found" --notes "no route, Accept: application/json: NotFound's JSON"
capture "${c[@]}" --id slim-405-lab-not-allowed --url $U/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape slim-html --message "Method not allowed. Must be one of: GET" --notes "POST to a GET route: Slim\\Handlers\\NotAllowed (Allow header)"
capture "${c[@]}" --id slim-500-lab-error --url $U/boom --origin app --scenario unhandled-exception --error-shape slim-html --message "A website error has occurred. Sorry for the temporary inconvenience." --notes "displayErrorDetails off: Slim\\Handlers\\Error's generic page"
json_req boom-json /boom $PP
capture "${c[@]}" --id slim-500-lab-error-json --url $U/boom --raw-request "$WORK/boom-json.req" --origin app --scenario unhandled-exception --error-shape slim-json --message "Slim Application Error" --notes "displayErrorDetails off, Accept: application/json"
capture "${c[@]}" --id slim-500-lab-error-details --url $D/boom --origin app --scenario unhandled-exception-debug --error-shape slim-html --message "lab: order service unavailable" --notes "displayErrorDetails on: the exception's type, message, file, line and trace"
json_req boom-json-d /boom $PD
capture "${c[@]}" --id slim-500-lab-error-details-json --url $D/boom --raw-request "$WORK/boom-json-d.req" --origin app --scenario unhandled-exception-debug --error-shape slim-json --message "lab: order service unavailable" --notes "displayErrorDetails on, Accept: application/json: {message, exception: [...]}"
