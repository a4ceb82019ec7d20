#!/usr/bin/env bash
# Next.js 15 and 16 (npm, pinned; production `next build` + `next start`): the pages router's 404
# and 500 pages (getServerSideProps throws), a throwing API route, the app router's not-found page,
# a server component that throws, a throwing route handler, the apps' own JSON 500s; and the
# `next dev` error page for a throwing server component. Ports 19400-19419.
# NEXT_TELEMETRY_DISABLED=1; no next/font or remote images, so the builds run offline.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
N15=15.5.29 N16=16.4.6 R=19.2.9
export NEXT_TELEMETRY_DISABLED=1
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"

prepare() {  # NAME NEXTVER SRC -> builds $WORK/NAME
  local name=$1 ver=$2 src=$3 dir="$WORK/$1"
  npm_pin "$dir" "next@$ver" "react@$R" "react-dom@$R"
  rm -rf "$dir/pages" "$dir/app" "$dir/.next"
  cp -r "$NODE_APPS/$src/." "$dir/"
  if [ "${4:-build}" = build ]; then
    (cd "$dir" && node node_modules/next/dist/bin/next build >"$WORK/$name-build.log" 2>&1) || { tail -30 "$WORK/$name-build.log" >&2; return 1; }
  fi
}
start_next() {  # NAME PORT start|dev
  local dir="$WORK/$1"
  start_node_in "$dir" "$WORK/$1-$3.log" $2 node node_modules/next/dist/bin/next $3 -p $2 -H 127.0.0.1
}

# --- pages router, next start -------------------------------------------------------------
run_pages() {  # MAJOR VERSION PORT
  local major=$1 ver=$2 port=$3 sfx="-pages-v$1" name="next$1-pages"
  prepare $name $ver next-pages
  start_next $name $port start
  local U=http://127.0.0.1:$port
  local c=(--product "nextjs$major" --version "$ver (next start, pages router, react $R, node $NODE_V)" --origin app --generator nextjs)
  kcap "${c[@]}" --error-shape nextjs-html --message "This page could not be found." --id nextjs-404-lab-not-found$sfx --url $U/missing -H "Accept: text/html" --scenario not-found --notes "no page: the pages router's built-in 404 page (pages/_error, statically optimized); $KA"
  kcap "${c[@]}" --error-shape nextjs-html --message "Internal Server Error." --id nextjs-500-lab-exception$sfx --url $U/ssr-boom -H "Accept: text/html" --scenario exception --notes "getServerSideProps throws: the built-in 500 page; $KA"
  kcap "${c[@]}" --error-shape plain-text --message "Internal Server Error" --id nextjs-500-lab-api-route-exception$sfx --url $U/api/boom --scenario exception --notes "a pages/api route that throws: the api-resolver's plain-text 500; $KA"
  kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id nextjs-500-lab-api-json-error$sfx --url $U/api/json-error --scenario app-error --notes "the app's own res.status(500).json({error}) in an API route; $KA"
  kcap "${c[@]}" --error-shape nextjs-html --message "This page could not be found." --id nextjs-404-lab-api-missing$sfx --url $U/api/missing --scenario not-found --notes "an /api/ path with no route: the 404 page (HTML even for /api); $KA"
  kcap "${c[@]}" --message "" --id nextjs-404-lab-head$sfx --url $U/missing --method HEAD --scenario not-found --notes "HEAD on the 404 page: header-only evidence; $KA"
}

# --- app router, next start ---------------------------------------------------------------
run_app() {  # MAJOR VERSION PORT
  local major=$1 ver=$2 port=$3 sfx="-app-v$1" name="next$1-app"
  prepare $name $ver next-app
  start_next $name $port start
  local U=http://127.0.0.1:$port
  local c=(--product "nextjs$major" --version "$ver (next start, app router, react $R, node $NODE_V)" --origin app --generator nextjs)
  kcap "${c[@]}" --error-shape nextjs-html --message "This page could not be found." --id nextjs-404-lab-not-found$sfx --url $U/missing -H "Accept: text/html" --scenario not-found --notes "no route: the app router's default not-found page; $KA"
  kcap "${c[@]}" --error-shape nextjs-html --message "" --id nextjs-500-lab-exception$sfx --url $U/app-boom -H "Accept: text/html" --scenario exception --notes "a dynamic server component throws during render: the production error document <html id=\"__next_error__\"> (message hidden, digest only; the 'Application error' text is rendered client-side); $KA"
  kcap "${c[@]}" --message "" --body-kind empty --id nextjs-500-lab-route-handler-exception$sfx --url $U/api/boom --scenario exception --notes "an app/api route handler that throws; $KA"
  kcap "${c[@]}" --error-shape error-string --message "database unavailable" --id nextjs-500-lab-route-json-error$sfx --url $U/api/json-error --scenario app-error --notes "the app's own Response.json({error}, {status: 500}) from a route handler; $KA"
  kcap "${c[@]}" --error-shape nextjs-html --message "This page could not be found." --id nextjs-404-lab-not-found-any$sfx --url $U/api/missing --scenario not-found --notes "an unknown /api/ path with curl's Accept: */*; $KA"
}

# --- app router, next dev -----------------------------------------------------------------
run_dev() {  # MAJOR VERSION PORT
  local major=$1 ver=$2 port=$3 sfx="-dev-v$1" name="next$1-app"
  start_next $name $port dev
  local U=http://127.0.0.1:$port
  local c=(--product "nextjs$major" --version "$ver (next dev, app router, react $R, node $NODE_V)" --origin app --generator nextjs)
  kcap "${c[@]}" --timeout 120 --error-shape nextjs-html --message "database unavailable" --id nextjs-500-lab-exception$sfx --url $U/app-boom -H "Accept: text/html" --scenario exception-debug --notes "next dev, a server component throws: the dev error document (error overlay data in the page); first request compiles the route; $KA"
  kcap "${c[@]}" --timeout 120 --message "" --body-kind empty --id nextjs-500-lab-route-handler-exception$sfx --url $U/api/boom --scenario exception-debug --notes "next dev, a route handler that throws; $KA"
  kcap "${c[@]}" --timeout 120 --error-shape nextjs-html --message "This page could not be found." --id nextjs-404-lab-not-found$sfx --url $U/missing -H "Accept: text/html" --scenario not-found --notes "next dev, no route: the not-found page in development; $KA"
}

run_pages 15 $N15 19400
run_app 15 $N15 19401
run_app 16 $N16 19402
run_dev 15 $N15 19403
