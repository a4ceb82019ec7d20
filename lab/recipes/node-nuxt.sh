#!/usr/bin/env bash
# Nuxt 3 (npm, pinned; `nuxi build`, Nitro node-server preset, run with node .output/server/index.mjs):
# its error page for a missing route and a page that throws during SSR, and Nitro's JSON errors
# for API routes (missing, throwing, createError 403) as browsers and API clients ask for them.
# Ports 19650-19659. NUXT_TELEMETRY_DISABLED=1; no modules, so the build runs offline.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
NUXT=3.21.11
export NUXT_TELEMETRY_DISABLED=1
D="$WORK/app"
npm_pin "$D" "nuxt@$NUXT"
rm -rf "$D/pages" "$D/server" "$D/.output" "$D/.nuxt"
cp -r "$NODE_APPS/nuxt/." "$D/"
(cd "$D" && node node_modules/nuxt/bin/nuxt.mjs build >"$WORK/build.log" 2>&1) || { tail -30 "$WORK/build.log" >&2; exit 1; }
NITRO="$(node -p "require('$D/node_modules/nitropack/package.json').version")"
H3V="$(node -p "require('$D/node_modules/h3/package.json').version")"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
PORT=19650
PORT=$PORT HOST=127.0.0.1 start_node_in "$D" "$WORK/server.log" $PORT node .output/server/index.mjs
U=http://127.0.0.1:$PORT
c=(--product nuxt --version "$NUXT (nitropack $NITRO, h3 $H3V, node $NODE_V)" --origin app --generator nuxt)
kcap "${c[@]}" --error-shape nuxt-html --message "Page not found: /missing" --id nuxt-404-lab-not-found --url $U/missing -H "Accept: text/html" --scenario not-found --notes "no page, browser Accept: Nuxt's error page (NuxtErrorPage / error-404); $KA"
kcap "${c[@]}" --error-shape nuxt-json --message "Page not found: /missing" --id nuxt-404-lab-not-found-json --url $U/missing -H "Accept: application/json" --scenario not-found --notes "no page, Accept: application/json: Nitro's JSON error; $KA"
kcap "${c[@]}" --error-shape nuxt-html --message "database unavailable" --id nuxt-500-lab-exception --url $U/boom -H "Accept: text/html" --scenario exception --notes "a page throws during SSR: the error-500 page, message hidden in production; $KA"
kcap "${c[@]}" --error-shape nuxt-json --message "Server Error" --id nuxt-500-lab-api-exception --url $U/api/boom --scenario exception --notes "a server/api handler throws, curl's Accept: */*; $KA"
kcap "${c[@]}" --error-shape nuxt-json --message "not allowed here" --id nuxt-403-lab-create-error --url $U/api/forbidden --scenario forbidden --notes "createError({statusCode: 403, message}) in a server/api handler; $KA"
kcap "${c[@]}" --error-shape nuxt-json --message "Page not found: /api/missing" --id nuxt-404-lab-api-missing --url $U/api/missing --scenario not-found --notes "an /api/ path with no handler, curl's Accept: */*; $KA"
kcap "${c[@]}" --message "" --id nuxt-404-lab-head --url $U/missing --method HEAD --scenario not-found --notes "HEAD on the 404: header-only evidence; $KA"
