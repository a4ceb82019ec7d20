#!/usr/bin/env bash
# Puma 5.6 (Debian puma) serving the lab's bare Rack app (lab/apps/ruby/rack/config.ru): Puma's
# own answers to a bad request and an oversized header, its low-level 500 when the app raises
# (production: one generic line; development: "Puma caught this error" with the backtrace),
# and the Rack middleware's pages (URLMap 404, Rack::Files 404/405).
# Ports 20110 (RACK_ENV=production), 20111 (development).
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby puma ruby-rack
VERSION="$(puma --version | sed 's/puma version //') (Debian $(dpkg-query -W -f='${Version}' puma)), Rack $(ruby -rrack -e 'print Rack.release'), Ruby $(ruby -e 'print RUBY_VERSION')"
PP=20110 PD=20111
mkdir -p "$WORK/docroot" && echo static > "$WORK/docroot/static.txt"
export LAB_DOCROOT="$WORK/docroot"
cd "$LAB/apps/ruby/rack"
puma -b tcp://127.0.0.1:$PP -e production -t 1:4 --pidfile "$WORK/prod.pid" config.ru > "$WORK/prod.log" 2>&1 &
cleanup_add "kill $!"
puma -b tcp://127.0.0.1:$PD -e development -t 1:4 --pidfile "$WORK/dev.pid" config.ru > "$WORK/dev.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PP 30; wait_port $PD 30
U=http://127.0.0.1:$PP D=http://127.0.0.1:$PD
c=(--product Puma --version "$VERSION")
capture "${c[@]}" --id puma-500-lab-lowlevel-error --url $U/boom --generator puma --origin app --scenario unhandled-exception --error-shape plain-text --message "An unhandled lowlevel error occurred. The application logs may have details." --notes "the Rack app raises, RACK_ENV=production: Puma's lowlevel_error response"
capture "${c[@]}" --id puma-500-lab-lowlevel-error-development --url $D/boom --generator puma --origin app --scenario unhandled-exception --error-shape plain-text --message "Puma caught this error: lab: order service unavailable (RuntimeError)" --notes "the Rack app raises, RACK_ENV=development: Puma's lowlevel_error response with the backtrace"
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id puma-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --generator puma --origin app --scenario bad-request --notes "a request line that is not HTTP: Puma's HttpParserError answer, a bare status line (ERROR_RESPONSE[400])"
capture "${c[@]}" --id puma-400-lab-header-too-large --url $U/hello --big-header 200000 --generator puma --origin app --scenario request-header-too-large --notes "a 200000-byte header over Puma's (80 + 32) KiB header limit"
capture "${c[@]}" --id rack-404-lab-urlmap --url $U/nothing-here --generator rack --origin app --scenario not-found --error-shape plain-text --message "Not Found: /nothing-here" --notes "no Rack::URLMap entry matches: URLMap's own 404 with X-Cascade: pass, served by Puma"
capture "${c[@]}" --id rack-404-lab-files --url $U/files/missing.txt --generator rack --origin app --scenario not-found --error-shape plain-text --message "File not found: /missing.txt" --notes "Rack::Files finds no file"
capture "${c[@]}" --id rack-405-lab-files-post --url $U/files/static.txt --method POST --data x --generator rack --origin app --scenario method-not-allowed --error-shape plain-text --message "Method Not Allowed" --notes "POST to Rack::Files"
capture "${c[@]}" --id rack-404-lab-urlmap-head --url $U/nothing-here --method HEAD --generator rack --origin app --scenario not-found --notes "HEAD for the URLMap 404"
# Not captured: an impossible Content-Length (Puma closes the connection without a byte).
