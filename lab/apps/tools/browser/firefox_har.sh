#!/usr/bin/env bash
# A real Firefox HAR, exported by Firefox's own DevTools (HarAutomation: the Network panel's
# auto-export, devtools.netmonitor.har.enableAutoExportToFile), of one page load with failing
# requests.
#
# usage: firefox_har.sh HAR_PAGE_URL OUT_FILE PROXY_PORT
#   HAR_PAGE_URL  the page whose load is exported: Firefox writes the HAR when its load completes
#                 and the requests started during the load have ended
#   PROXY_PORT    a closed 127.0.0.1 port set as Firefox's proxy, so that anything Firefox would
#                 fetch from elsewhere fails at once (loopback is not proxied)
# Firefox runs headed under Xvfb (xvfb-run) with a fresh profile and opens DevTools (-devtools);
# a local start page (file://) sends the tab to HAR_PAGE_URL 12 s later, once the toolbox is up.
set -euo pipefail
# shellcheck source=lab/apps/tools/browser/firefox_profile.sh
source "$(dirname "$0")/firefox_profile.sh"
har_url=$1 out=$2 proxy_port=$3
tmp=$(mktemp -d)
profile=$tmp/profile har_dir=$tmp/har
mkdir -p "$profile" "$har_dir"
{
  cat <<PREFS
user_pref("devtools.netmonitor.har.enableAutoExportToFile", true);
user_pref("devtools.netmonitor.har.defaultLogDir", "$har_dir");
user_pref("devtools.netmonitor.har.defaultFileName", "page-%H%M%S");
user_pref("devtools.netmonitor.har.includeResponseBodies", true);
PREFS
  quiet_profile_prefs "$proxy_port"
} > "$profile/user.js"
# the start page: wait for the toolbox, then go to the HAR page
cat > "$tmp/start.html" <<HTML
<!doctype html><title>start</title><script>setTimeout(() => { location.href = '$har_url'; }, 12000);</script>
HTML
setsid timeout 90 xvfb-run -a -s "-screen 0 1400x1000x24" \
  firefox-esr --no-remote --profile "$profile" -devtools "file://$tmp/start.html" > "$tmp/firefox.log" 2>&1 &
pid=$!
for i in $(seq 1 600); do
  f=$(grep -l "$har_url" "$har_dir"/*.har 2>/dev/null | head -1 || true)
  [ -n "$f" ] && break
  sleep 0.1
done
sleep 2
kill -- -$pid 2>/dev/null || true   # the process group setsid made: timeout, xvfb-run, Xvfb, firefox
wait $pid 2>/dev/null || true
if [ -z "$f" ]; then echo "firefox wrote no HAR for $har_url (see $tmp)" >&2; ls -la "$har_dir" >&2; exit 1; fi
cp "$f" "$out"
rm -rf "$tmp"
echo "$(basename "$out"): from $(basename "$f")"
