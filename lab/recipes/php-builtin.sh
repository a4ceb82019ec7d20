#!/usr/bin/env bash
# PHP's built-in web server (`php -S`, Debian php8.2-cli) over the lab's scripts
# (lab/apps/php/scripts): its own 404 and 405 pages, and PHP's error output for a fatal error,
# an uncaught exception, a parse error, memory and time limits, with display_errors on (HTML
# errors, as php.ini-development) and off (as php.ini-production).
# Ports 20200 (display_errors=1 html_errors=1), 20201 (display_errors=0).
source "$(dirname "$0")/../lib/common.sh"
need_apt php-cli
VERSION="$(php -r 'echo PHP_VERSION;') (Debian $(dpkg-query -W -f='${Version}' php8.2-cli)), built-in server"
PON=20200 POFF=20201
DOC="$WORK/docroot"; rm -rf "$DOC"; cp -r "$LAB/apps/php/scripts" "$DOC"
php -n -d display_errors=1 -d html_errors=1 -d log_errors=0 -d expose_php=1 -S 127.0.0.1:$PON -t "$DOC" > "$WORK/on.log" 2>&1 &
cleanup_add "kill $!"
php -n -d display_errors=0 -d log_errors=1 -d expose_php=1 -S 127.0.0.1:$POFF -t "$DOC" > "$WORK/off.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PON 20; wait_port $POFF 20
ON=http://127.0.0.1:$PON OFF=http://127.0.0.1:$POFF
c=(--product "PHP built-in server" --version "$VERSION")
capture "${c[@]}" --id php-builtin-404-lab-not-found --url $ON/nothing-here --generator php-builtin-server --origin app --scenario not-found --error-shape php-builtin-html --message "The requested resource /nothing-here was not found on this server." --notes "no file and no router script: the CLI server's own 404 page"
# Not captured: POST to a static file (the CLI server serves it, 200).
capture "${c[@]}" --id php-builtin-404-lab-head --url $ON/nothing-here --method HEAD --generator php-builtin-server --origin app --scenario not-found --notes "HEAD for the CLI server's 404"
# display_errors=1: PHP prints the error into the page and the status stays 200 OK.
cap_on() { capture "${c[@]}" --id php-200-lab-$1-display-on --url $ON/$2 --generator php --origin app --scenario $3 --error-shape php-error-html --message "$4" --notes "display_errors=1 html_errors=1: $5; PHP prints the error, the status stays 200"; }
cap_on fatal fatal.php unhandled-exception "Uncaught Error: Call to undefined function undefined_function_lab()" "call to an undefined function (uncaught Error)"
cap_on exception exception.php unhandled-exception "Uncaught RuntimeException: lab: order service unavailable" "an uncaught RuntimeException"
cap_on parse-error parse.php unhandled-exception 'syntax error, unexpected token ";", expecting ")"' "a parse error"
cap_on memory memory.php unhandled-exception "Allowed memory size of 16777216 bytes exhausted (tried to allocate 2097152 bytes)" "memory_limit 16M exhausted"
cap_on timeout timeout.php worker-timeout "Maximum execution time of 1 second exceeded" "max_execution_time (1 s) exceeded"
# display_errors=0: an empty 500, and the CLI server writes its status line as HTTP/1.0 (the
# exception, parse and memory cases give the same bytes as the fatal one: not kept).
cap_off() { capture "${c[@]}" --id php-500-lab-$1-display-off --url $OFF/$2 --generator php --origin app --scenario $3 --notes "display_errors=0: $4; an empty 500"; }
cap_off fatal fatal.php unhandled-exception "call to an undefined function (uncaught Error)"
cap_off timeout timeout.php worker-timeout "max_execution_time (1 s) exceeded"
