#!/usr/bin/env bash
# Rack 2.2 (Debian ruby-rack) started with rackup, the way `rackup` runs a config.ru: in the
# development environment rackup wraps the app in Rack::ShowExceptions and Rack::Lint (their
# pages: the exception page, plain text when the client does not accept HTML, a LintError);
# in the deployment environment an exception reaches the server (WEBrick here: its 500 page).
# The app is lab/apps/ruby/rack/config.ru. Ports 20120 (development), 20121 (deployment).
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby ruby-rack ruby-webrick
VERSION="Rack $(ruby -rrack -e 'print Rack.release') (Debian $(dpkg-query -W -f='${Version}' ruby-rack)), rackup on WEBrick $(ruby -rwebrick -e 'print WEBrick::VERSION'), Ruby $(ruby -e 'print RUBY_VERSION')"
PD=20120 PP=20121
mkdir -p "$WORK/docroot" && echo static > "$WORK/docroot/static.txt"
export LAB_DOCROOT="$WORK/docroot"
cd "$LAB/apps/ruby/rack"
rackup -s webrick -o 127.0.0.1 -p $PD -E development config.ru > "$WORK/dev.log" 2>&1 &
cleanup_add "kill $!"
rackup -s webrick -o 127.0.0.1 -p $PP -E deployment config.ru > "$WORK/prod.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PD 30; wait_port $PP 30
D=http://127.0.0.1:$PD U=http://127.0.0.1:$PP
c=(--product "Rack (rackup)" --version "$VERSION")
capture "${c[@]}" --id rack-500-lab-show-exceptions --url $D/boom -H "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" --generator rack --origin app --scenario unhandled-exception-debug --error-shape rack-show-exceptions-html --message "lab: order service unavailable" --notes "development: Rack::ShowExceptions' HTML page (a browser's Accept)"
# capture.py always sends Accept: */* (which accepts HTML): the request is written out instead.
printf 'GET /boom HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: resplain-lab/1\r\nAccept: application/json\r\nConnection: close\r\n\r\n' $PD > "$WORK/json-accept.req"
capture "${c[@]}" --id rack-500-lab-show-exceptions-text --url $D/boom --raw-request "$WORK/json-accept.req" --generator rack --origin app --scenario unhandled-exception-debug --error-shape plain-text --message "RuntimeError: lab: order service unavailable" --notes "development, Accept: application/json: Rack::ShowExceptions answers plain text (prefers_plaintext?: the client does not accept text/html)"
capture "${c[@]}" --id rack-500-lab-lint-error --url $D/lint -H "Accept: text/html" --generator rack --origin app --scenario unhandled-exception-debug --error-shape rack-show-exceptions-html --notes "development: the app returns a header whose value is an Integer; Rack::Lint raises LintError, shown by ShowExceptions"
capture "${c[@]}" --id webrick-500-lab-rack-exception --url $U/boom --generator webrick --origin app --scenario unhandled-exception --error-shape webrick-html --message "lab: order service unavailable" --notes "deployment: no ShowExceptions, the exception reaches Rack::Handler::WEBrick and WEBrick's 500 page"
capture "${c[@]}" --id rack-404-lab-urlmap-webrick --url $U/nothing-here --generator rack --origin app --scenario not-found --error-shape plain-text --message "Not Found: /nothing-here" --notes "URLMap's 404 served by WEBrick through Rack::Handler::WEBrick"
