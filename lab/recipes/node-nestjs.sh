#!/usr/bin/env bash
# NestJS 11 (npm, pinned; plain JS with programmatic decorators) on its default Express adapter
# and on the Fastify adapter: the unknown-route 404, a thrown Error (500 "Internal server error"),
# ForbiddenException with and without a message, HttpException(string, 503), ParseIntPipe's 400,
# and the body parser's malformed-JSON 400 / 413 as Nest's filter words them. Ports 19070-19079.
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../apps/node/lib.sh"
NEST=11.2.10 NESTFY=11.2.8 RM=0.2.2 RX=7.8.2
npm_pin "$WORK/nest" "@nestjs/core@$NEST" "@nestjs/common@$NEST" "@nestjs/platform-express@$NEST" "@nestjs/platform-fastify@$NESTFY" "reflect-metadata@$RM" "rxjs@$RX"
KA="request sent without Connection: close (keep-alive, as curl/browsers do)"
EXV="$(node -p "require('$WORK/nest/node_modules/express/package.json').version")"
FYV="$(node -p "require('$WORK/nest/node_modules/fastify/package.json').version")"
BIG="{\"data\":\"$(printf 'x%.0s' $(seq 1 200))\"}"

run_nest() {  # PLATFORM PORT
  local plat=$1 port=$2 sfx
  [ "$plat" = fastify ] && sfx="-fastify" || sfx=""
  local base; [ "$plat" = fastify ] && base="@nestjs/platform-fastify $NESTFY, fastify $FYV" || base="@nestjs/platform-express $NEST, express $EXV"
  NODE_PATH="$WORK/nest/node_modules" start_node "$WORK/nest-$plat.log" $port node "$NODE_APPS/nestjs/main.js" $port $plat
  local U=http://127.0.0.1:$port
  local c=(--product nestjs --version "@nestjs/core $NEST ($base, node $NODE_V)" --origin app --generator nestjs --error-shape nestjs)
  local m404="Cannot GET /api/orders"  # also on Fastify: Nest installs its own not-found handler
  kcap "${c[@]}" --message "$m404" --id nestjs-404-lab-not-found$sfx --url $U/api/orders --scenario not-found --notes "no route: the platform's 404 wrapped by Nest's RoutesResolver as NotFoundException; $KA"
  kcap "${c[@]}" --message "" --id nestjs-404-lab-head$sfx --url $U/api/orders --method HEAD --scenario not-found --notes "HEAD on the unknown-route 404: header-only evidence; $KA"
  kcap "${c[@]}" --message "Internal server error" --id nestjs-500-lab-exception$sfx --url $U/boom --scenario exception --notes "controller throws new Error(): BaseExceptionFilter's unknown-exception body; $KA"
  kcap "${c[@]}" --message "Forbidden" --id nestjs-403-lab-forbidden$sfx --url $U/forbidden --scenario forbidden --notes "throw new ForbiddenException(): no error field; $KA"
  kcap "${c[@]}" --message "not allowed here" --id nestjs-403-lab-forbidden-message$sfx --url $U/forbidden-message --scenario forbidden --notes "throw new ForbiddenException('not allowed here'): message, error, statusCode; $KA"
  kcap "${c[@]}" --message "database unavailable" --id nestjs-503-lab-http-exception$sfx --url $U/unavailable --scenario app-error --notes "throw new HttpException('database unavailable', 503): { statusCode, message }; $KA"
  kcap "${c[@]}" --message "Validation failed (numeric string is expected)" --id nestjs-400-lab-parse-int-pipe$sfx --url $U/items/abc --scenario validation --notes "ParseIntPipe on a non-numeric :id; $KA"
  local mjson="Expected double-quoted property name in JSON at position 13"
  [ "$plat" = fastify ] && mjson="Body is not valid JSON but content-type is set to 'application/json'"
  kcap "${c[@]}" --message "$mjson" --id nestjs-400-lab-malformed-json$sfx --url $U/json --method POST -H "Content-Type: application/json" --data '{"name": "x",}' --scenario malformed-json --notes "malformed JSON body: the platform's parser error re-worded by Nest's exception filter; $KA"
  local m413="request entity too large"
  [ "$plat" = fastify ] && m413="Request body is too large"
  kcap "${c[@]}" --message "$m413" --id nestjs-413-lab-body-too-large$sfx --url $U/json --method POST -H "Content-Type: application/json" --data "$BIG" --scenario body-too-large --notes "JSON body over the 100-byte limit; $KA"
}
run_nest express 19070
run_nest fastify 19071
