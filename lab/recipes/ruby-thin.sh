#!/usr/bin/env bash
# Thin 1.8 (Debian thin) serving the lab's bare Rack app (lab/apps/ruby/rack/config.ru) in the
# production environment: what Thin answers when the app raises, to a bad request and to an
# oversized header, and the Rack URLMap 404 as Thin frames it. Port 20130.
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby thin ruby-rack
VERSION="$(thin --version | awk '{print $2}') (Debian $(dpkg-query -W -f='${Version}' thin)), Rack $(ruby -rrack -e 'print Rack.release'), Ruby $(ruby -e 'print RUBY_VERSION')"
P=20130
export LAB_DOCROOT="$WORK/docroot"; mkdir -p "$LAB_DOCROOT"
cd "$LAB/apps/ruby/rack"
thin start -a 127.0.0.1 -p $P -R config.ru -e production > "$WORK/thin.log" 2>&1 &
cleanup_add "kill $!"
wait_port $P 30
U=http://127.0.0.1:$P
c=(--product Thin --version "$VERSION")
capture "${c[@]}" --id thin-500-lab-app-exception --url $U/boom --generator thin --origin app --scenario unhandled-exception --error-shape plain-text --message "Internal server error" --notes "the Rack app raises in production: Thin's own answer (ERROR_RESPONSE), no Content-Length, close-delimited"
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id thin-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --generator thin --origin app --scenario bad-request --error-shape plain-text --message "Bad Request" --notes "a request line that is not HTTP: InvalidRequest, Thin's BAD_REQUEST_RESPONSE"
capture "${c[@]}" --id thin-400-lab-header-too-large --url $U/hello --big-header 200000 --generator thin --origin app --scenario request-header-too-large --error-shape plain-text --message "Bad Request" --notes "a 200000-byte header over the parser's limit: the same 400 as any parse error"
capture "${c[@]}" --id rack-404-lab-urlmap-thin --url $U/nothing-here --generator rack --origin app --scenario not-found --error-shape plain-text --message "Not Found: /nothing-here" --notes "URLMap's 404 served by Thin"
