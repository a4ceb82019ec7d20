#!/usr/bin/env bash
# Unicorn 6 (Debian unicorn) serving the lab's bare Rack app (lab/apps/ruby/rack/config.ru) in
# the production environment: its bare 500 when the app raises, its 400 and 413/414 for bad
# requests, and the Rack URLMap 404 as Unicorn frames it. Port 20140.
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby unicorn ruby-rack
VERSION="$(ruby -runicorn -e 'print Unicorn::Const::UNICORN_VERSION') (Debian $(dpkg-query -W -f='${Version}' unicorn)), Rack $(ruby -rrack -e 'print Rack.release'), Ruby $(ruby -e 'print RUBY_VERSION')"
P=20140
export LAB_DOCROOT="$WORK/docroot"; mkdir -p "$LAB_DOCROOT"
cd "$LAB/apps/ruby/rack"
unicorn -l 127.0.0.1:$P -E production -c unicorn.conf.rb config.ru > "$WORK/unicorn.log" 2>&1 &
cleanup_add "kill $!"
wait_port $P 30
U=http://127.0.0.1:$P
c=(--product Unicorn --version "$VERSION")
capture "${c[@]}" --id unicorn-500-lab-app-exception --url $U/boom --generator unicorn --origin app --scenario unhandled-exception --notes "the Rack app raises: Unicorn's bare status line (handle_error)"
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id unicorn-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --generator unicorn --origin app --scenario bad-request --notes "a request line that is not HTTP: HttpParserError"
capture "${c[@]}" --id unicorn-413-lab-header-too-large --url $U/hello --big-header 200000 --generator unicorn --origin app --scenario request-header-too-large --notes "a 200000-byte header (over the parser's max_header_len)"
capture "${c[@]}" --id unicorn-414-lab-uri-too-long --url "$U/$(head -c 20000 /dev/zero | tr '\0' a)" --generator unicorn --origin app --scenario request-header-too-large --notes "a 20000-byte request path (over 4096, RequestURITooLongError)"
capture "${c[@]}" --id rack-404-lab-urlmap-unicorn --url $U/nothing-here --generator rack --origin app --scenario not-found --error-shape plain-text --message "Not Found: /nothing-here" --notes "URLMap's 404 served by Unicorn"
# Not captured: /slow past the 3 s timeout: the master kills the worker and the client gets no
# response at all (connection closed).
