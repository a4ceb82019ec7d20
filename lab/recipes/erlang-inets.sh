#!/usr/bin/env bash
# Erlang/OTP inets httpd (Debian erlang-inets): its own error pages (404, 401, 501, 413, 400,
# header/URI too long) and a crashing mod_esi callback. lab/apps/erlang. Ports 21200-21209.
source "$(dirname "$0")/../lib/common.sh"
need_apt erlang-base erlang-inets
APPS="$LAB/apps/erlang"
erlc -o "$WORK" "$APPS/lab_httpd.erl" "$APPS/lab_esi.erl"
INETS="$(erl -noshell -eval 'application:load(inets), {ok,V}=application:get_key(inets,vsn), io:format("~s",[V]), halt().')"
OTP="$(erl -noshell -eval 'io:format("~s",[erlang:system_info(otp_release)]), halt().')"
VERSION="inets $INETS (OTP $OTP, Debian erlang-inets $(dpkg-query -W -f='${Version}' erlang-inets))"
rm -rf "$WORK/root"; mkdir -p "$WORK/root/www/private" "$WORK/root/logs"
echo hello > "$WORK/root/www/hello.txt"; echo secret > "$WORK/root/www/private/index.html"
printf 'lab:lab-password\n' > "$WORK/root/passwd"; printf 'labgroup: lab\n' > "$WORK/root/group"
PORT=21200
erl -noshell -pa "$WORK" -s lab_httpd start $PORT "$WORK/root" > "$WORK/httpd.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
c=(--product "Erlang/OTP inets httpd" --version "$VERSION" --origin app --generator inets-httpd)
capture "${c[@]}" --id inets-httpd-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "missing file under document_root: httpd_util:message(404)" --error-shape inets-html --message "The requested URL /nothing-here was not found on this server."
# inets writes the page body after a HEAD's head too; capture.py stops at the head for --method HEAD
# (keeping or losing the body by packet timing), so the HEAD request is sent raw and read to its
# Content-Length.
printf 'HEAD /nothing-here HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: resplain-lab/1\r\nAccept: */*\r\nConnection: close\r\n\r\n' $PORT > "$WORK/head.req"
capture "${c[@]}" --id inets-httpd-404-lab-not-found-head --url $U/nothing-here --raw-request "$WORK/head.req" --scenario not-found --notes "HEAD to a missing file: inets sends the 404 page body on HEAD too" --error-shape inets-html --message "The requested URL /nothing-here was not found on this server."
capture "${c[@]}" --id inets-httpd-401-lab-auth-required --url $U/private/ --scenario auth --notes "mod_auth plain directory without credentials" --error-shape inets-html --message "This server could not verify that you are authorized to access the document you requested."
capture "${c[@]}" --id inets-httpd-501-lab-method-not-implemented --url $U/hello.txt --method DELETE --scenario method-not-allowed --notes "DELETE: no module handles it, 501" --error-shape inets-html --message "DELETE to /hello.txt (HTTP/1.1) not supported."
capture "${c[@]}" --id inets-httpd-413-lab-body-too-large --url $U/hello.txt --method POST --data "more than ten bytes of body" --scenario body-too-large --notes "max_body_size 10 exceeded" --error-shape inets-html --message "Entity: Body too long"
capture "${c[@]}" --id inets-httpd-413-lab-header-too-large --url $U/hello.txt --big-header 20000 --scenario request-header-too-large --notes "max_header_size 4096 exceeded: 413, not 431" --error-shape inets-html --message "Entity: Headers unreasonably long"
capture "${c[@]}" --id inets-httpd-414-lab-uri-too-long --url "$U/$(head -c 3000 /dev/zero | tr '\0' a)" --scenario bad-request --notes "max_uri_size 2000 exceeded" --error-shape inets-html --message "Message URI unreasonably long."
capture "${c[@]}" --id inets-httpd-400-lab-garbage-request-line --url $U/ --raw-request "$WORK/garbage.req" --scenario bad-request --notes "a request line that is not HTTP" --error-shape inets-html --message "Your browser sent a query that this server could not understand. not http"
capture "${c[@]}" --id inets-httpd-404-lab-esi-crash --url $U/esi/lab_esi/crash --scenario unhandled-exception --notes "a mod_esi callback that raises before delivering anything: observed answer is the 404 page (the same callback module serves /esi/lab_esi/ok with 200)" --error-shape inets-html --message "The requested URL /esi/lab_esi/crash was not found on this server."
capture "${c[@]}" --id inets-httpd-404-lab-esi-unknown-function --url $U/esi/lab_esi/nope --scenario not-found --notes "mod_esi alias with a function the module does not export" --error-shape inets-html --message "The requested URL /esi/lab_esi/nope was not found on this server."
