#!/usr/bin/env bash
# Symfony 5.4 components (Debian php-symfony-http-kernel, -routing, -error-handler) as a micro
# application (lab/apps/php/symfony/index.php) under PHP's built-in server: the HtmlErrorRenderer
# pages for a missing route, a wrong method, an exception and a bad JSON body, with APP_DEBUG
# off ("Oops! An Error Occurred") and on (the debug exception page).
# Ports 20250 (APP_DEBUG=0), 20251 (APP_DEBUG=1).
source "$(dirname "$0")/../lib/common.sh"
need_apt php-cli php-symfony-http-kernel php-symfony-routing php-symfony-error-handler
VERSION="Symfony HttpKernel $(dpkg-query -W -f='${Version}' php-symfony-http-kernel | sed 's/+.*//') (Debian $(dpkg-query -W -f='${Version}' php-symfony-http-kernel)), ErrorHandler $(dpkg-query -W -f='${Version}' php-symfony-error-handler | sed 's/+.*//'), PHP $(php -r 'echo PHP_VERSION;') built-in server"
PP=20250 PD=20251
APP="$LAB/apps/php/symfony"
APP_DEBUG=0 php -d display_errors=0 -S 127.0.0.1:$PP -t "$APP" "$APP/index.php" > "$WORK/prod.log" 2>&1 &
cleanup_add "kill $!"
APP_DEBUG=1 php -d display_errors=0 -S 127.0.0.1:$PD -t "$APP" "$APP/index.php" > "$WORK/debug.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PP 20; wait_port $PD 20
c=(--product "Symfony (HttpKernel, ErrorHandler)" --version "$VERSION" --generator symfony)
for m in prod debug; do
  [ $m = prod ] && U=http://127.0.0.1:$PP || U=http://127.0.0.1:$PD
  [ $m = prod ] && sfx="" || sfx="-debug"
  [ $m = prod ] && shape=symfony-html || shape=symfony-debug-html
  d="APP_DEBUG=$([ $m = prod ] && echo 0 || echo 1)"
  capture "${c[@]}" --id symfony-404-lab-no-route$sfx --url $U/nothing-here --origin app --scenario not-found --error-shape $shape --message "$([ $m = prod ] && echo 'The server returned a "404 Not Found".' || echo "No route found for \"GET http://127.0.0.1:$PD/nothing-here\"")" --notes "$d: RouterListener's NotFoundHttpException, rendered by HtmlErrorRenderer"
  capture "${c[@]}" --id symfony-405-lab-wrong-method$sfx --url $U/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape $shape --message "$([ $m = prod ] && echo 'The server returned a "405 Method Not Allowed".' || echo "No route found for \"POST http://127.0.0.1:$PD/hello\": Method Not Allowed (Allow: GET)")" --notes "$d: POST to a GET route: MethodNotAllowedHttpException (Allow header)"
  capture "${c[@]}" --id symfony-500-lab-exception$sfx --url $U/boom --origin app --scenario unhandled-exception$([ $m = debug ] && echo -debug) --error-shape $shape --message "$([ $m = prod ] && echo 'The server returned a "500 Internal Server Error".' || echo 'lab: order service unavailable')" --notes "$d: the controller throws RuntimeException"
  capture "${c[@]}" --id symfony-400-lab-bad-json$sfx --url $U/api/orders --method POST -H "Content-Type: application/json" --data '{"order":' --origin app --scenario malformed-json --error-shape $shape --message "$([ $m = prod ] && echo 'The server returned a "400 Bad Request".' || echo 'Invalid JSON body: Syntax error')" --notes "$d: the controller turns a JsonException into BadRequestHttpException"
done
