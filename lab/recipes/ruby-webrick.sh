#!/usr/bin/env bash
# WEBrick (Debian ruby-webrick) serving on its own: its built-in error pages (404 from the
# FileHandler, 405, 500 from a raising servlet, 400/414/431-ish from its request parser).
# Port 20100.
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby ruby-webrick
VERSION="$(ruby -rwebrick -e 'print WEBrick::VERSION') on Ruby $(ruby -e 'print RUBY_VERSION') (Debian ruby-webrick $(dpkg-query -W -f='${Version}' ruby-webrick))"
P=20100
mkdir -p "$WORK/docroot" && echo static > "$WORK/docroot/static.txt"
ruby "$LAB/apps/ruby/webrick/server.rb" $P "$WORK/docroot" > "$WORK/webrick.log" 2>&1 &
cleanup_add "kill $!"
wait_port $P 30
U=http://127.0.0.1:$P
c=(--product WEBrick --version "$VERSION" --generator webrick)
capture "${c[@]}" --id webrick-404-lab-not-found --url $U/nothing-here --origin app --scenario not-found --error-shape webrick-html --message "\`/nothing-here' not found." --notes "FileHandler finds no file"
capture "${c[@]}" --id webrick-404-lab-message --url $U/orders/42 --origin app --scenario app-error --error-shape webrick-html --message "Order 42 does not exist" --notes "a servlet raises WEBrick::HTTPStatus::NotFound with its own message"
capture "${c[@]}" --id webrick-405-lab-post --url $U/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape webrick-html --message "unsupported method \`POST'." --notes "servlet without do_POST"
capture "${c[@]}" --id webrick-405-lab-post-static --url $U/static.txt --method POST --data x --origin app --scenario method-not-allowed --error-shape webrick-html --message "unsupported method \`POST'." --notes "POST to a file: FileHandler has no do_POST"
capture "${c[@]}" --id webrick-500-lab-exception --url $U/boom --origin app --scenario unhandled-exception --error-shape webrick-html --message "lab: order service unavailable" --notes "servlet raises RuntimeError: WEBrick's 500 page with the message"
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id webrick-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --origin app --scenario bad-request --error-shape webrick-html --message "bad Request-Line \`this is not http'." --notes "a request line that is not HTTP (the ADDRESS footer then names the machine's hostname, there is no Host header yet)"
capture "${c[@]}" --id webrick-414-lab-uri-too-long --url "$U/$(head -c 3000 /dev/zero | tr '\0' a)" --origin app --scenario request-header-too-large --error-shape webrick-html --message "WEBrick::HTTPStatus::RequestURITooLarge" --notes "a 3000-byte request line (MAX_URI_LENGTH 2083)"
capture "${c[@]}" --id webrick-413-lab-header-too-large --url $U/hello --big-header 200000 --origin app --scenario request-header-too-large --error-shape webrick-html --message "headers too large" --notes "a 200000-byte header over MAX_HEADER_LENGTH (112 KiB): WEBrick answers 413, not 431"
capture "${c[@]}" --id webrick-404-lab-head --url $U/nothing-here --method HEAD --origin app --scenario not-found --notes "HEAD for the FileHandler 404"
