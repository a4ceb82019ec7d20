#!/usr/bin/env bash
# Ruby on Rails 6.1 (Debian ruby-rails) as a single-file app (lab/apps/ruby/rails/config.ru)
# under Puma, with the public/ error pages `rails new` generates. Production: PublicExceptions
# (public/404.html, 422.html, 500.html; JSON for JSON clients). Development: DebugExceptions'
# pages (Routing Error, Action Controller: Exception caught), its JSON, and HostAuthorization's
# Blocked host page. Ports 20160 (production), 20161 (development).
source "$(dirname "$0")/../lib/common.sh"
need_apt ruby ruby-rails puma
VERSION="Rails $(ruby -rrails -e 'print Rails.version') (Debian $(dpkg-query -W -f='${Version}' ruby-rails)) on Puma $(puma --version | sed 's/puma version //'), Ruby $(ruby -e 'print RUBY_VERSION')"
PP=20160 PD=20161
TPL=$(ruby -e 'print Gem::Specification.find_by_name("railties").gem_dir')/lib/rails/generators/rails/app/templates/public
rm -rf "$WORK/public" && mkdir -p "$WORK/public" && cp "$TPL"/*.html "$WORK/public/"
export LAB_PUBLIC="$WORK/public"
cd "$LAB/apps/ruby/rails"
RAILS_ENV=production puma -b tcp://127.0.0.1:$PP -e production -t 1:4 config.ru > "$WORK/prod.log" 2>&1 &
cleanup_add "kill $!"
RAILS_ENV=development puma -b tcp://127.0.0.1:$PD -e development -t 1:4 config.ru > "$WORK/dev.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PP 60; wait_port $PD 60
U=http://127.0.0.1:$PP D=http://127.0.0.1:$PD
# capture.py always sends Host and Accept: */*; a second Accept or Host would be joined to them
# (Rails then picks HTML, or reports both hosts). Those requests are written out whole:
# raw FILE PORT METHOD PATH BODY [HEADER...]
raw() {
  local f=$1 port=$2 method=$3 path=$4 body=$5; shift 5
  { printf '%s %s HTTP/1.1\r\n' "$method" "$path"
    local h; local host="127.0.0.1:$port"
    for h in "$@"; do case "$h" in Host:*) host="${h#Host: }";; esac; done
    printf 'Host: %s\r\nUser-Agent: resplain-lab/1\r\nConnection: close\r\n' "$host"
    for h in "$@"; do case "$h" in Host:*) ;; *) printf '%s\r\n' "$h";; esac; done
    [ -n "$body" ] && printf 'Content-Length: %s\r\n' "${#body}"
    printf '\r\n%s' "$body"; } > "$WORK/$f.req"
}
c=(--product "Ruby on Rails" --generator rails)
P=(--version "$VERSION (production)")
capture "${c[@]}" "${P[@]}" --id rails-404-lab-public-html --url $U/nothing-here --origin app --scenario not-found --error-shape rails-public-html --message "The page you were looking for doesn't exist." --notes "production: ActionController::RoutingError rendered by PublicExceptions from public/404.html"
capture "${c[@]}" "${P[@]}" --id rails-404-lab-wrong-method --url $U/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape rails-public-html --message "The page you were looking for doesn't exist." --notes "production: POST to a GET-only route is a RoutingError too (Rails has no 405 for it): public/404.html"
capture "${c[@]}" "${P[@]}" --id rails-500-lab-public-html --url $U/boom --origin app --scenario unhandled-exception --error-shape rails-public-html --message "We're sorry, but something went wrong." --notes "production: the action raises; public/500.html"
raw boom-json $PP GET /boom "" "Accept: application/json"
capture "${c[@]}" "${P[@]}" --id rails-500-lab-public-json --url $U/boom --raw-request "$WORK/boom-json.req" --origin app --scenario unhandled-exception --error-shape rails-json --message "Internal Server Error" --notes "production, a JSON client: PublicExceptions renders {status, error}"
capture "${c[@]}" "${P[@]}" --id rails-422-lab-csrf-public-html --url $U/orders --method POST -H "Content-Type: application/x-www-form-urlencoded" --data "order=1" --origin app --scenario app-error --error-shape rails-public-html --message "The change you wanted was rejected." --notes "production: a form POST without the CSRF token: InvalidAuthenticityToken, public/422.html"
raw parse-html $PP POST /api/orders '{"order":' "Accept: text/html" "Content-Type: application/json"
capture "${c[@]}" "${P[@]}" --id rails-400-lab-json-parse --url $U/api/orders --raw-request "$WORK/parse-html.req" --origin app --scenario malformed-json --notes "production, Accept: text/html: a malformed JSON body raises ActionDispatch::Http::Parameters::ParseError; PublicExceptions finds no public/400.html (a 6.1 app has none) and sends an empty 400"
raw parse-json $PP POST /api/orders '{"order":' "Accept: application/json" "Content-Type: application/json"
capture "${c[@]}" "${P[@]}" --id rails-400-lab-json-parse-json-client --url $U/api/orders --raw-request "$WORK/parse-json.req" --origin app --scenario malformed-json --error-shape rails-json --message "Bad Request" --notes "production, a JSON client: PublicExceptions renders {status, error} for the 400"
capture "${c[@]}" "${P[@]}" --id rails-404-lab-head --url $U/nothing-here --method HEAD --origin app --scenario not-found --notes "production: HEAD for the public/404.html answer"
V=(--version "$VERSION (development)")
capture "${c[@]}" "${V[@]}" --id rails-404-lab-routing-error-development --url $D/nothing-here --origin app --scenario not-found --error-shape rails-debug-html --message "No route matches [GET] \"/nothing-here\"" --notes "development: DebugExceptions' Routing Error page with the routes table"
capture "${c[@]}" "${V[@]}" --id rails-500-lab-exception-development --url $D/boom --origin app --scenario unhandled-exception-debug --error-shape rails-debug-html --message "lab: order service unavailable" --notes "development: DebugExceptions' page (Action Controller: Exception caught)"
raw dev-boom-json $PD GET /boom "" "Accept: application/json"
capture "${c[@]}" "${V[@]}" --id rails-500-lab-exception-development-json-client --url $D/boom --raw-request "$WORK/dev-boom-json.req" --origin app --scenario unhandled-exception-debug --error-shape rails-debug-html --message "lab: order service unavailable" --notes "development, Accept: application/json only: a full (non API-only) app still gets the HTML page (debug_exception_response_format is :default)"
raw dev-parse $PD POST /api/orders '{"order":' "Accept: text/html" "Content-Type: application/json"
capture "${c[@]}" "${V[@]}" --id rails-400-lab-json-parse-development --url $D/api/orders --raw-request "$WORK/dev-parse.req" --origin app --scenario malformed-json --notes "development, Accept: text/html: the ParseError gives an empty 400 (in development too)"
raw blocked $PD GET /hello "" "Host: evil.example" "Accept: text/html"
capture "${c[@]}" "${V[@]}" --id rails-403-lab-blocked-host --url $D/hello --raw-request "$WORK/blocked.req" --origin app --scenario blocked-host --error-shape rails-debug-html --message "Blocked host: evil.example" --notes "development: a Host outside config.hosts: ActionDispatch::HostAuthorization's page"
