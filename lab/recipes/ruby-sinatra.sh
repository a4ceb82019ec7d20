#!/usr/bin/env bash
# Sinatra 3.0 (Debian ruby-sinatra) running lab/apps/ruby/sinatra under Puma in the development
# environment (its "doesn't know this ditty" 404 and its exception page) and the production
# environment (bare <h1>Not Found</h1> / <h1>Internal Server Error</h1>), and under Thin and
# WEBrick in production (the same Sinatra bodies framed by another server).
# Ports 20150 (puma dev), 20151 (puma prod), 20152 (thin prod), 20153 (webrick prod).
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby ruby-sinatra puma thin ruby-webrick
SV="$(ruby -rsinatra/base -e 'print Sinatra::VERSION')"
VERSION="Sinatra $SV (Debian $(dpkg-query -W -f='${Version}' ruby-sinatra)), Rack $(ruby -rrack -e 'print Rack.release'), Ruby $(ruby -e 'print RUBY_VERSION')"
PD=20150 PP=20151 PT=20152 PW=20153
cd "$LAB/apps/ruby/sinatra"
puma -b tcp://127.0.0.1:$PD -e development -t 1:4 config.ru > "$WORK/puma-dev.log" 2>&1 &
cleanup_add "kill $!"
puma -b tcp://127.0.0.1:$PP -e production -t 1:4 config.ru > "$WORK/puma-prod.log" 2>&1 &
cleanup_add "kill $!"
thin start -a 127.0.0.1 -p $PT -R config.ru -e production > "$WORK/thin.log" 2>&1 &
cleanup_add "kill $!"
rackup -s webrick -o 127.0.0.1 -p $PW -E production config.ru > "$WORK/webrick.log" 2>&1 &
cleanup_add "kill $!"
for p in $PD $PP $PT $PW; do wait_port $p 30; done
D=http://127.0.0.1:$PD
c=(--product Sinatra --generator sinatra)
capture "${c[@]}" --version "$VERSION on Puma (development)" --id sinatra-404-lab-ditty --url $D/nothing-here --origin app --scenario not-found --error-shape sinatra-html --message "Sinatra doesn’t know this ditty." --notes "development: Sinatra's not_found page with the route to add"
capture "${c[@]}" --version "$VERSION on Puma (development)" --id sinatra-500-lab-show-exceptions --url $D/boom -H "Accept: text/html" --origin app --scenario unhandled-exception-debug --error-shape sinatra-html --message "lab: order service unavailable" --notes "development: Sinatra::ShowExceptions' page (show_exceptions on)"
# Sinatra's ShowExceptions answers plain text only to curl (prefers_plain_text? matches /curl/ in
# the User-Agent): the request is written out to send curl's User-Agent.
printf 'GET /boom HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\nConnection: close\r\n\r\n' $PD > "$WORK/curl.req"
capture "${c[@]}" --version "$VERSION on Puma (development)" --id sinatra-500-lab-show-exceptions-text --url $D/boom --raw-request "$WORK/curl.req" --origin app --scenario unhandled-exception-debug --error-shape plain-text --message "RuntimeError: lab: order service unavailable" --notes "development, curl's User-Agent and Accept: */*: Sinatra::ShowExceptions answers the plain-text dump"
capture "${c[@]}" --version "$VERSION on Puma (development)" --id sinatra-500-lab-json-parse-development --url $D/orders --method POST -H "Content-Type: application/json" --data '{"broken":' -H "Accept: text/html" --origin app --scenario malformed-json --error-shape sinatra-html --message "859: unexpected token at '{\"broken\":'" --notes "development: JSON::ParserError from the route, shown by ShowExceptions"
for srv in puma:$PP thin:$PT webrick:$PW; do
  name=${srv%%:*} port=${srv##*:} U=http://127.0.0.1:${srv##*:}
  capture "${c[@]}" --version "$VERSION on $name (production)" --id sinatra-404-lab-not-found-$name --url $U/nothing-here --origin app --scenario not-found --error-shape sinatra-html --message "Not Found" --notes "production: Sinatra's default not_found body <h1>Not Found</h1> (X-Cascade: pass), served by $name"
  capture "${c[@]}" --version "$VERSION on $name (production)" --id sinatra-500-lab-exception-$name --url $U/boom --origin app --scenario unhandled-exception --error-shape sinatra-html --message "Internal Server Error" --notes "production: Sinatra's default error body <h1>Internal Server Error</h1>, served by $name"
done
U=http://127.0.0.1:$PP
capture "${c[@]}" --version "$VERSION on puma (production)" --id sinatra-403-lab-halt-puma --url $U/forbidden --origin app --scenario app-error --notes "the route calls halt 403: an empty body"
capture "${c[@]}" --version "$VERSION on puma (production)" --id sinatra-500-lab-json-parse-puma --url $U/orders --method POST -H "Content-Type: application/json" --data '{"broken":' --origin app --scenario malformed-json --error-shape sinatra-html --message "Internal Server Error" --notes "production: a malformed JSON body raises JSON::ParserError in the route: Sinatra's generic 500"
capture "${c[@]}" --version "$VERSION on puma (production)" --id sinatra-404-lab-head-puma --url $U/nothing-here --method HEAD --origin app --scenario not-found --notes "HEAD for the production 404"
