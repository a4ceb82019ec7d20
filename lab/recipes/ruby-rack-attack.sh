#!/usr/bin/env bash
# Rack::Attack 6.6 (Debian ruby-rack-attack), the rate-limiting/blocking middleware common in
# Rails apps, in front of a bare Rack app under Puma (lab/apps/ruby/rack-attack/config.ru):
# its default blocklisted (403) and throttled (429) responses. Port 20180.
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby ruby-rack-attack puma ruby-activesupport
VERSION="Rack::Attack $(ruby -rrack/attack/version -e 'print Rack::Attack::VERSION') (Debian $(dpkg-query -W -f='${Version}' ruby-rack-attack)) on Puma $(puma --version | sed 's/puma version //'), Rack $(ruby -rrack -e 'print Rack.release')"
P=20180
cd "$LAB/apps/ruby/rack-attack"
puma -b tcp://127.0.0.1:$P -e production -t 1:2 config.ru > "$WORK/puma.log" 2>&1 &
cleanup_add "kill $!"
wait_port $P 30
U=http://127.0.0.1:$P
c=(--product "Rack::Attack" --version "$VERSION" --generator rack-attack)
capture "${c[@]}" --id rack-attack-403-lab-blocklisted --url $U/blocked --origin app --scenario forbidden --error-shape plain-text --message "Forbidden" --notes "a blocklisted request: Rack::Attack's default blocklisted_responder"
curl -s -o /dev/null "$U/limited"   # uses up the one request the throttle allows
capture "${c[@]}" --id rack-attack-429-lab-throttled --url $U/limited --origin app --scenario rate-limited --error-shape plain-text --message "Retry later" --notes "the second request within the period: Rack::Attack's default throttled_responder"
