#!/usr/bin/env bash
# Express Gateway (npm express-gateway, pinned) in front of the lab's misbehaving upstreams, with
# key-auth and rate-limit pipelines for its own 401/429 and an unmatched path for its 404.
# Ports 23000-23019 (upstreams 23000-23009, gateway 23010, admin API 23011).
source "$(dirname "$0")/../lib/common.sh"
VERSION=1.16.11
EG="$WORK/eg"
if [ ! -f "$EG/node_modules/express-gateway/package.json" ]; then
  npm install --no-audit --no-fund --prefix "$EG" "express-gateway@$VERSION" >"$WORK/npm.log" 2>&1
fi
UP=23000 PORT=23010 ADMIN=23011
start_upstreams $UP
CONF="$WORK/config"
mkdir -p "$CONF"
cp -r "$EG/node_modules/express-gateway/lib/config/models" "$CONF/"
cat > "$CONF/system.config.yml" <<CONF
db:
  redis:
    emulate: true
    namespace: EG
crypto:
  cipherKey: sensitiveKey
  algorithm: aes256
  saltRounds: 10
session:
  secret: keyboard cat
  resave: false
  saveUninitialized: false
accessTokens:
  timeToExpiry: 7200000
refreshTokens:
  timeToExpiry: 7200000
authorizationCodes:
  timeToExpiry: 300000
CONF
cat > "$CONF/gateway.config.yml" <<CONF
http:
  port: $PORT
admin:
  port: $ADMIN
  host: 127.0.0.1
apiEndpoints:
  refused: { host: '*', paths: ['/refused'] }
  slow:    { host: '*', paths: ['/slow'] }
  garbage: { host: '*', paths: ['/garbage'] }
  empty:   { host: '*', paths: ['/empty'] }
  reset:   { host: '*', paths: ['/reset'] }
  app500:  { host: '*', paths: ['/app500'] }
  bighead: { host: '*', paths: ['/bighead'] }
  keyed:   { host: '*', paths: ['/keyed'] }
  limited: { host: '*', paths: ['/limited'] }
serviceEndpoints:
  refused: { url: 'http://127.0.0.1:$((UP+0))' }
  slow:    { url: 'http://127.0.0.1:$((UP+1))' }
  garbage: { url: 'http://127.0.0.1:$((UP+2))' }
  empty:   { url: 'http://127.0.0.1:$((UP+3))' }
  reset:   { url: 'http://127.0.0.1:$((UP+4))' }
  app500:  { url: 'http://127.0.0.1:$((UP+5))' }
  ok:      { url: 'http://127.0.0.1:$((UP+6))' }
  bighead: { url: 'http://127.0.0.1:$((UP+7))' }
policies:
  - proxy
  - key-auth
  - rate-limit
pipelines:
  refused: { apiEndpoints: [refused], policies: [{ proxy: [{ action: { serviceEndpoint: refused } }] }] }
  slow:    { apiEndpoints: [slow],    policies: [{ proxy: [{ action: { serviceEndpoint: slow, proxyTimeout: 2000 } }] }] }
  garbage: { apiEndpoints: [garbage], policies: [{ proxy: [{ action: { serviceEndpoint: garbage } }] }] }
  empty:   { apiEndpoints: [empty],   policies: [{ proxy: [{ action: { serviceEndpoint: empty } }] }] }
  reset:   { apiEndpoints: [reset],   policies: [{ proxy: [{ action: { serviceEndpoint: reset } }] }] }
  app500:  { apiEndpoints: [app500],  policies: [{ proxy: [{ action: { serviceEndpoint: app500 } }] }] }
  bighead: { apiEndpoints: [bighead], policies: [{ proxy: [{ action: { serviceEndpoint: bighead } }] }] }
  keyed:   { apiEndpoints: [keyed],   policies: [{ key-auth: {} }, { proxy: [{ action: { serviceEndpoint: ok } }] }] }
  limited: { apiEndpoints: [limited], policies: [{ rate-limit: [{ action: { max: 1, windowMs: 60000 } }] }, { proxy: [{ action: { serviceEndpoint: ok } }] }] }
CONF
EG_CONFIG_DIR="$CONF" NODE_PATH="$EG/node_modules" LOG_LEVEL=error \
  node -e "require('express-gateway')().load('$CONF').run()" >"$WORK/eg.log" 2>&1 &
cleanup_add "kill $!"
wait_port $PORT 60
U=http://127.0.0.1:$PORT
common=(--product express-gateway --version "$VERSION (npm, Node $(node --version))")
capture "${common[@]}" --id express-gateway-502-lab-refused --url $U/refused --origin proxy --generator express-gateway --scenario refused --notes "upstream port closed: http-proxy error handler in lib/policies/proxy/proxy.js answers res.status(502).send('Bad gateway.')"
capture "${common[@]}" --id express-gateway-502-lab-slow --url $U/slow --origin proxy --generator express-gateway --scenario timeout --notes "upstream never answers; proxyTimeout 2000 ms makes http-proxy abort: the same 502 'Bad gateway.'"
capture "${common[@]}" --id express-gateway-502-lab-garbage --url $U/garbage --origin proxy --generator express-gateway --scenario garbage --notes "upstream answers non-HTTP bytes: parse error, 502 'Bad gateway.'"
capture "${common[@]}" --id express-gateway-502-lab-empty --url $U/empty --origin proxy --generator express-gateway --scenario empty-reply --notes "upstream closes without a byte (socket hang up): 502 'Bad gateway.'"
capture "${common[@]}" --id express-gateway-502-lab-reset --url $U/reset --origin proxy --generator express-gateway --scenario reset --notes "upstream resets the connection (ECONNRESET): 502 'Bad gateway.'"
capture "${common[@]}" --id express-gateway-500-lab-app-passthrough --url $U/app500 --origin app --generator unknown-app --scenario app-error --error-shape error-string --message "database unavailable" --notes "the upstream's own JSON 500 relayed by Express Gateway"
capture "${common[@]}" --id express-gateway-502-lab-upstream-big-header --url $U/bighead --origin proxy --generator express-gateway --scenario upstream-header-too-big --notes "upstream head with a 64 KB header: Node's parser rejects it (HPE_HEADER_OVERFLOW), 502 'Bad gateway.'"
capture "${common[@]}" --id express-gateway-431-lab-header-too-large --url $U/refused --big-header 20000 --origin proxy --generator express-gateway --scenario request-header-too-large --notes "request head over Node's 16 KB max-http-header-size: Node's http server answers 431 itself and closes (identical in every Node server)"
capture "${common[@]}" --id express-gateway-404-lab-no-endpoint --url $U/nothing-here --origin proxy --generator express-gateway --scenario not-found --notes "no apiEndpoint matches the path: the gateway's Express app falls through to finalhandler's 404 page (Cannot GET /nothing-here), the same bytes any Express app sends"
capture "${common[@]}" --id express-gateway-401-lab-key-auth --url $U/keyed --origin proxy --generator express-gateway --scenario auth-required --notes "key-auth policy without an apikey: lib/gateway/actionParams.js res.sendStatus(401) (Express text/plain Unauthorized with a weak ETag; the gateway disables X-Powered-By)"
# The first request in the window passes (not kept: a relayed 200); the second is refused.
curl -s -o /dev/null $U/limited
capture "${common[@]}" --id express-gateway-429-lab-rate-limit --url $U/limited --origin proxy --generator express-gateway --scenario rate-limit --notes "second request in the window: express-rate-limit's default 429 message (express-rate-limit lib/express-rate-limit.js message, sent as text/html with Retry-After and X-RateLimit-*)"
capture "${common[@]}" --id express-gateway-502-lab-refused-head --url $U/refused --method HEAD --head-only --origin proxy --generator express-gateway --scenario refused-head --notes "HEAD to the refused upstream: the same 502, head only"
