#!/usr/bin/env bash
# SvelteKit 2 (npm, pinned) built with @sveltejs/adapter-node and run with `node build`: its
# default error page for a missing route and a throwing load (HTML even for Accept: application/json
# on a page route), an endpoint's JSON errors: a throwing endpoint, error(403), the 405 for a method an endpoint does not
# export, and its CSRF check's 403. Ports 19600-19609. Builds offline (npm packages only).
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
KIT=2.70.4 ADAPTER=5.5.7 VPS=6.2.3 SVELTE=5.57.3 VITE=7.3.8
D="$WORK/app"
npm_pin "$D" "@sveltejs/kit@$KIT" "@sveltejs/adapter-node@$ADAPTER" "@sveltejs/vite-plugin-svelte@$VPS" "svelte@$SVELTE" "vite@$VITE"
(cd "$D" && npm pkg set type=module)
rm -rf "$D/src" "$D/build" "$D/.svelte-kit"
cp -r "$NODE_APPS/sveltekit/." "$D/"
(cd "$D" && node node_modules/vite/bin/vite.js build >"$WORK/build.log" 2>&1) || { tail -30 "$WORK/build.log" >&2; exit 1; }
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
PORT=19600
PORT=$PORT HOST=127.0.0.1 start_node_in "$D" "$WORK/server.log" $PORT node build
U=http://127.0.0.1:$PORT
c=(--product sveltekit --version "@sveltejs/kit $KIT (adapter-node $ADAPTER, svelte $SVELTE, vite $VITE, node $NODE_V)" --origin app --generator sveltekit)
kcap "${c[@]}" --error-shape sveltekit-html --message "Not Found" --id sveltekit-404-lab-not-found --url $U/missing -H "Accept: text/html" --scenario not-found --notes "no route, browser Accept: the default error page (src/error.html template); $KA"
kcap "${c[@]}" --error-shape sveltekit-html --message "Internal Error" --id sveltekit-500-lab-exception --url $U/boom -H "Accept: text/html" --scenario exception --notes "a server load() throws: the error page, message replaced by 'Internal Error' in production; $KA"
kcap "${c[@]}" --error-shape sveltekit-json --message "Internal Error" --id sveltekit-500-lab-endpoint-exception --url $U/api/boom --scenario exception --notes "a +server.js GET that throws, curl's Accept: */*; $KA"
kcap "${c[@]}" --error-shape sveltekit-json --message "not allowed here" --id sveltekit-403-lab-error-helper --url $U/api/forbidden --scenario forbidden --notes "error(403, 'not allowed here') in an endpoint; $KA"
kcap "${c[@]}" --message "POST method not allowed" --id sveltekit-405-lab-method-not-allowed --url $U/api/boom --method POST --data x --scenario method-not-allowed --notes "POST to an endpoint that exports only GET; $KA"
kcap "${c[@]}" --message "Cross-site POST form submissions are forbidden" --id sveltekit-403-lab-csrf --url $U/ --method POST -H "Content-Type: application/x-www-form-urlencoded" -H "Origin: http://evil.example" --data "a=1" --scenario forbidden --notes "a form POST whose Origin is another site: SvelteKit's CSRF check (kit.csrf.checkOrigin); $KA"
kcap "${c[@]}" --message "" --id sveltekit-404-lab-head --url $U/missing --method HEAD --scenario not-found --notes "HEAD on the 404: header-only evidence; $KA"
