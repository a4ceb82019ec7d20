#!/usr/bin/env bash
# Yaws (Debian yaws): its own error pages (404, 401, 403, 405/501, 400) and a crashing .yaws page.
# lab/apps/erlang/crash.yaws. Ports 21210-21219.
source "$(dirname "$0")/../lib/common.sh"
need_apt yaws
VERSION="$(yaws --version 2>/dev/null | awk '{print $2}') (Debian yaws $(dpkg-query -W -f='${Version}' yaws), OTP $(erl -noshell -eval 'io:format("~s",[erlang:system_info(otp_release)]), halt().'))"
PORT=21210 ID=resplain_lab_yaws
rm -rf "$WORK/www" "$WORK/logs"; mkdir -p "$WORK/www/private" "$WORK/www/nolist" "$WORK/logs"
echo hello > "$WORK/www/hello.txt"; echo secret > "$WORK/www/private/index.html"
cp "$LAB/apps/erlang/crash.yaws" "$WORK/www/crash.yaws"
cat > "$WORK/yaws.conf" <<CONF
logdir = $WORK/logs
max_connections = 64
<server lab>
        port = $PORT
        listen = 127.0.0.1
        docroot = $WORK/www
        dir_listings = false
        partial_post_size = 10
        <auth>
                dir = /private
                realm = lab
                user = lab:lab-password
        </auth>
</server>
CONF
# --daemon exits silently here (no heart/run_erl setup), so yaws runs in the foreground shell
# mode (-i), fed by a FIFO held open until the recipe ends; --nodebug as a daemon would run.
rm -f "$WORK/stdin"; mkfifo "$WORK/stdin"
yaws -i --nodebug --id $ID --conf "$WORK/yaws.conf" < "$WORK/stdin" > "$WORK/yaws.log" 2>&1 &
YPID=$!
exec 7> "$WORK/stdin"
cleanup_add "kill $YPID"
cleanup_add "exec 7>&-"
cleanup_add "yaws --stop --id $ID"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product Yaws --version "$VERSION" --origin app --generator yaws)
capture "${c[@]}" --id yaws-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "missing file under docroot: yaws's 404 page" --error-shape yaws-html --message "The requested URL /nothing-here was not found on this server."
capture "${c[@]}" --id yaws-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to a missing file"
capture "${c[@]}" --id yaws-401-lab-auth-required --url $U/private/ --scenario auth --notes "<auth> block, no credentials" --error-shape yaws-html --message "401 authentication needed"
capture "${c[@]}" --id yaws-404-lab-dir-listing-off --url $U/nolist/ --scenario not-found --notes "a directory without index, dir_listings = false: the 404 page (not 403)" --error-shape yaws-html --message "The requested URL /nolist/ was not found on this server."
capture "${c[@]}" --id yaws-405-lab-delete-static --url $U/hello.txt --method DELETE --scenario method-not-allowed --notes "DELETE on a static file" --error-shape yaws-html --message "This resource allows GET, HEAD, OPTIONS"
capture "${c[@]}" --id yaws-500-lab-yaws-page-crash --url $U/crash.yaws --scenario unhandled-exception --notes "a .yaws page whose out/1 raises: yaws's crash report page (exception and stack shown)" --error-shape yaws-html --message "Internal error, yaws code crashed"
# Not capturable: a garbage request line and a 200 KB header both make yaws close the connection
# without a byte (lab/notes/yaws.md).
