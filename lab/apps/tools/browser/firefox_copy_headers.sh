#!/usr/bin/env bash
# A real Firefox DevTools "Copy Response Headers" (Network panel, right-click a request > Copy Value
# > Copy Response Headers): the clipboard text Firefox's own code (RequestListContextMenu's
# copyResponseHeaders: the raw headers, trimmed, \r removed off Windows) puts there for one page load.
#
# usage: firefox_copy_headers.sh URL OUT_FILE PROXY_PORT MARIONETTE_PORT
#   URL              the page loaded in the tab; its request's response headers are copied
#   PROXY_PORT       a closed 127.0.0.1 port set as Firefox's proxy, so that anything Firefox would
#                    fetch from elsewhere fails at once (loopback is not proxied)
#   MARIONETTE_PORT  a free 127.0.0.1 port for Marionette (firefox --marionette)
# Firefox runs headed under Xvfb (xvfb-run) with a fresh profile; firefox_copy_headers.py opens the
# toolbox on the Network panel and loads URL over Marionette, then right-clicks the request's row
# with xdotool (X input) and picks Copy Value > Copy Response Headers with the keyboard, and reads
# the X clipboard with xclip; OUT_FILE gets those bytes unchanged. Needs xdotool and xclip.
set -euo pipefail
# shellcheck source=lab/apps/tools/browser/firefox_profile.sh
source "$(dirname "$0")/firefox_profile.sh"
url=$1 out=$2 proxy_port=$3 mn_port=$4
here="$(cd "$(dirname "$0")" && pwd)"
tmp=$(mktemp -d)
profile=$tmp/profile
mkdir -p "$profile"
{
  cat <<PREFS
user_pref("marionette.port", $mn_port);
user_pref("browser.startup.page", 0);
PREFS
  quiet_profile_prefs "$proxy_port"
} > "$profile/user.js"
rc=0
setsid timeout 120 xvfb-run -a -s "-screen 0 1400x1000x24" bash -c '
  firefox-esr --no-remote --profile "$1" --marionette --remote-allow-system-access about:blank > "$2/firefox.log" 2>&1 &
  ff=$!
  python3 "$3/firefox_copy_headers.py" "$4" "$5" "$2/copied.txt"; rc=$?
  kill $ff 2>/dev/null; wait $ff 2>/dev/null
  exit $rc' _ "$profile" "$tmp" "$here" "$mn_port" "$url" || rc=$?
if [ $rc -ne 0 ] || [ ! -s "$tmp/copied.txt" ]; then echo "no copied headers for $url (see $tmp)" >&2; exit 1; fi
cp "$tmp/copied.txt" "$out"
rm -rf "$tmp"
echo "$(basename "$out"): $(wc -c < "$out") bytes copied"
