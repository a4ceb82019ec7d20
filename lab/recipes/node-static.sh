#!/usr/bin/env bash
# Node static/mock servers run from npm (pinned): serve (vercel/serve, serve-handler), http-server,
# sirv-cli and json-server 0.17: their 404 pages (HTML and JSON) and a few other own answers.
# json-server 1.0 betas need node >= 22.12 and are not captured. Ports 19300-19319.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
SERVE=14.2.7 HS=14.1.1 SIRV=3.0.1 JS=0.17.4
npm_pin "$WORK/serve" "serve@$SERVE"
npm_pin "$WORK/http-server" "http-server@$HS"
npm_pin "$WORK/sirv" "sirv-cli@$SIRV"
npm_pin "$WORK/json-server" "json-server@$JS"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
rm -rf "$WORK/site" "$WORK/db.json"; cp -r "$NODE_APPS/static/site" "$WORK/site"; cp "$NODE_APPS/static/db.json" "$WORK/db.json"

P=19300
SHV="$(node -p "require('$WORK/serve/node_modules/serve-handler/package.json').version")"
start_node "$WORK/serve.log" $P node "$WORK/serve/node_modules/serve/build/main.js" --no-clipboard --no-port-switching -l tcp://127.0.0.1:$P "$WORK/site"
c=(--product serve --version "$SERVE (serve-handler $SHV, node $NODE_V)" --origin app --generator serve)
kcap "${c[@]}" --error-shape serve-handler-html --message "The requested path could not be found" --id serve-404-lab-not-found --url http://127.0.0.1:$P/missing -H "Accept: text/html" --scenario not-found --notes "a missing path (serve maps /x to x.html, and redirects x.html to /x), browser-like Accept: serve-handler's HTML 404 page; $KA"
kcap "${c[@]}" --error-shape serve-handler-json --message "The requested path could not be found" --id serve-404-lab-not-found-json --url http://127.0.0.1:$P/missing -H "Accept: application/json" --scenario not-found --notes "a missing file asked for with Accept: application/json: serve-handler's JSON error; $KA"
kcap "${c[@]}" --error-shape serve-handler-html --message "The requested path could not be found" --id serve-404-lab-not-found-any --url http://127.0.0.1:$P/missing --scenario not-found --notes "a missing file with Accept: */* (curl's default); $KA"
kcap "${c[@]}" --id serve-404-lab-head --url http://127.0.0.1:$P/missing --method HEAD --scenario not-found --notes "HEAD on the 404: header-only evidence; $KA"

P=19301
start_node "$WORK/http-server.log" $P node "$WORK/http-server/node_modules/http-server/bin/http-server" "$WORK/site" -a 127.0.0.1 -p $P -s -c-1
c=(--product http-server --version "$HS (node $NODE_V)" --origin app --generator http-server)
kcap "${c[@]}" --id http-server-404-lab-not-found --url http://127.0.0.1:$P/missing.html --scenario not-found --notes "a missing file and no 404.html: http-server's empty 404 (the same with Accept: text/html); $KA"
kcap "${c[@]}" --id http-server-405-lab-post --url http://127.0.0.1:$P/index.html --method POST --data x --scenario method-not-allowed --notes "POST to a static file; $KA"
kcap "${c[@]}" --id http-server-404-lab-head --url http://127.0.0.1:$P/missing.html --method HEAD --scenario not-found --notes "HEAD on the 404: header-only evidence; $KA"

P=19302
start_node "$WORK/sirv.log" $P node "$WORK/sirv/node_modules/sirv-cli/bin.js" "$WORK/site" --host 127.0.0.1 --port $P --quiet
c=(--product sirv-cli --version "$SIRV (node $NODE_V)" --origin app --generator sirv)
kcap "${c[@]}" --id sirv-404-lab-not-found --url http://127.0.0.1:$P/missing.html --scenario not-found --notes "a missing file: sirv's 404 (polka/sirv-cli); $KA"

P=19303
start_node_in "$WORK" "$WORK/json-server.log" $P node "$WORK/json-server/node_modules/json-server/lib/cli/bin.js" --host 127.0.0.1 --port $P --quiet db.json
c=(--product json-server --version "$JS (node $NODE_V)" --origin app --generator json-server)
kcap "${c[@]}" --error-shape empty-object --message "" --id json-server-404-lab-no-resource --url http://127.0.0.1:$P/comments --scenario not-found --notes "a resource not in db.json: json-server's empty-object 404; $KA"
kcap "${c[@]}" --error-shape empty-object --message "" --id json-server-404-lab-no-item --url http://127.0.0.1:$P/posts/999 --scenario not-found --notes "an id not in the collection; $KA"
kcap "${c[@]}" --error-shape express-finalhandler-html --message "SyntaxError: Expected double-quoted property name in JSON at position 14" --id json-server-400-lab-malformed-json --url http://127.0.0.1:$P/posts --method POST -H "Content-Type: application/json" --data '{"title": "x",}' --scenario malformed-json --notes "malformed JSON body: Express's body-parser + finalhandler inside json-server (finalhandler's page with json-server's no-cache/CORS headers around it; labelled json-server, as express-gateway's finalhandler 404 is labelled express-gateway); $KA"
kcap "${c[@]}" --error-shape empty-object --message "" --id json-server-404-lab-head --url http://127.0.0.1:$P/comments --method HEAD --scenario not-found --notes "HEAD on the 404; $KA"
