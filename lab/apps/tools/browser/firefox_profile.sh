# Sourced by the Firefox captures (firefox_har.sh, firefox_copy_headers.sh): the prefs every
# capture profile has — no first-run pages, no telemetry, updates or background connections, the
# Network panel as the toolbox's tool — and a closed 127.0.0.1 port as the proxy, so that anything
# Firefox would fetch from elsewhere fails at once (loopback is not proxied).
# usage: quiet_profile_prefs PROXY_PORT >> PROFILE/user.js
quiet_profile_prefs() {
  local proxy_port=$1
  cat <<PREFS
user_pref("devtools.toolbox.selectedTool", "netmonitor");
user_pref("devtools.netmonitor.persistlog", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.aboutwelcome.enabled", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("app.update.disabledForTesting", true);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("extensions.update.enabled", false);
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", $proxy_port);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", $proxy_port);
user_pref("network.proxy.no_proxies_on", "");
PREFS
}
