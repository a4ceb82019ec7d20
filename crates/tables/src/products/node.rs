//! Node.js: frameworks (Express, Fastify, Koa, hapi, NestJS, restify, Hono, h3), full-stack frameworks (Next.js, Nuxt, SvelteKit), dev and static servers (Vite, webpack-dev-server, serve, http-server, json-server) and Node's own http server.
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &EXPRESS,
    &NESTJS,
    &FASTIFY,
    &HAPI,
    &NEXTJS,
    &NODE_HTTP,
    &KOA,
    &RESTIFY,
    &HONO,
    &H3,
    &NUXT,
    &SVELTEKIT,
    &VITE,
    &WEBPACK_DEV_SERVER,
    &SERVE,
    &HTTP_SERVER,
    &JSON_SERVER,
];

/// ADDITIONS to EXPRESS (apps.rs). The existing signals were confirmed by every finalhandler
/// capture (express-*-lab-*-v4/-v5).
const FINALHANDLER: &str = "pillarjs/finalhandler index.js send() (Content-Security-Policy, X-Content-Type-Options, Content-Type, Content-Length set in this order) and createHtmlDocument; captured locally from express 4.22.3 (finalhandler 1.3.2) and 5.3.0 (finalhandler 2.1.1) (lab/recipes/node-express.sh: express-404-lab-not-found-v4/-v5 and every express-*-lab-* page)";

const EXPRESS: Product = Product {
    id: "express",
    name: "Express",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderIs("x-powered-by", "Express"),
            0.6,
            "expressjs/express lib/application.js (x-powered-by enabled by default)",
        ),
        generated(
            Body("<title>Error</title>\n</head>\n<body>\n<pre>"),
            0.7,
            "pillarjs/finalhandler index.js (createHtmlDocument)",
        ),
        generated(
            Body("<pre>Cannot "),
            0.6,
            "pillarjs/finalhandler index.js (404 message 'Cannot ' + method + ' ' + path)",
        ),
        on_path(
            HeaderIs("content-security-policy", "default-src 'none'"),
            0.4,
            "pillarjs/finalhandler index.js (send(): Content-Security-Policy default-src 'none')",
        ),
    // The exact finalhandler head order survives `app.disable('x-powered-by')`
    // (express-404-lab-not-found-no-powered-by-v4/-v5) and HEAD requests (express-404-lab-head-*).
    generated(NamesInOrder(&["Content-Security-Policy", "X-Content-Type-Options", "Content-Type", "Content-Length", "Date"]), 0.8, FINALHANDLER),
    // Development error page: err.stack escaped, newlines as <br>, indentation as ' &nbsp; &nbsp;'.
    generated(Body("<br> &nbsp; &nbsp;at "), 0.8, "pillarjs/finalhandler index.js createHtmlDocument (NEWLINE_REGEXP -> '<br>', DOUBLE_SPACE_REGEXP -> ' &nbsp;'); captured locally (express-500-lab-exception-development-v4/-v5, express-400-lab-malformed-json-development-*)"),
    // Express's weak ETag on res.send/res.json bodies: W/"<hex length>-<27 base64 chars>".
    on_path(HeaderPrefix("etag", "W/\""), 0.3, "jshttp/etag index.js (weak: 'W/\"' + len.toString(16) + '-' + sha1 base64 27 chars) via express/lib/utils.js; captured locally (express-500-lab-send-status-v4/-v5, express-500-lab-json-error-*, nestjs-* Express adapter)"),
],
};

// NOT EXPRESSIBLE YET: hapi's clientError listener answers exactly 'HTTP/1.1 400 Bad
// Request\r\n\r\n' (no header line at all, also for an oversized header where node says 431).
// NamesStart(&[]) matches any head, so "no headers" cannot be said; a Feature such as
// "no-headers" (the head is the status line alone) would let this be ~0.7 for hapi (from @hapi/hapi 21.4.13):
//   All(&[Status(400, 400), Feature("no-headers"), BodyIs("")])
// (hapi-400-lab-garbage-request, hapi-400-lab-header-too-large; lib/core.js badRequestResponse).
/// ADDITIONS to NESTJS (apps.rs).
const NEST_SRC: &str = "nestjs/nest packages/core/router/routes-resolver.ts (NotFoundException(`Cannot ${method} ${url}`) for both adapters) and packages/common/exceptions/http.exception.ts createBody; captured locally from @nestjs/core 11.2.10 on platform-express 11.2.10 and platform-fastify 11.2.8 (lab/recipes/node-nestjs.sh)";

const NESTJS: Product = Product {
    id: "nestjs",
    name: "NestJS",
    layer: Layer::App,
    signals: &[
        generated(
            Body(",\"statusCode\":"),
            0.55,
            "nestjs/nest packages/common/exceptions/http.exception.ts (createBody: { message, error, statusCode }, statusCode last)",
        ),
        generated(
            JsonKeys(&["/statusCode", "/message"]),
            0.2,
            "nestjs/nest packages/core/exceptions/base-exception-filter.ts ({ statusCode, message })",
        ),
        generated(
            Body("{\"statusCode\":500,\"message\":\"Internal server error\"}"),
            0.9,
            "nestjs/nest packages/core/exceptions/base-exception-filter.ts (MESSAGES.UNKNOWN_EXCEPTION_MESSAGE)",
        ),
        generated(
            Body("ThrottlerException: "),
            0.9,
            "nestjs/throttler src/throttler.exception.ts (throttlerMessage 'ThrottlerException: Too Many Requests')",
        ),
        generated(
            Body("{\"status\":\"error\",\"info\":"),
            0.85,
            "nestjs/terminus lib/health-check/health-check-executor.service.ts ({ status, info, error, details })",
        ),
        generated(
            Body("{\"status\":\"ok\",\"info\":"),
            0.85,
            "nestjs/terminus lib/health-check/health-check-executor.service.ts ({ status, info, error, details })",
        ),
    // Nest's unknown-route 404 (same body on Express and Fastify adapters): the message/error/
    // statusCode order is Nest's; finalhandler's is HTML and Fastify's own says 'Route GET:/x'.
    generated(All(&[Body("{\"message\":\"Cannot "), Body("\"error\":\"Not Found\",\"statusCode\":404}")]), 0.9, NEST_SRC),
    generated(Body("\"message\":\"Validation failed (numeric string is expected)\""), 0.9, "nestjs/nest packages/common/pipes/parse-int.pipe.ts; captured locally (nestjs-400-lab-parse-int-pipe, -fastify)"),
    // Platform errors re-wrapped as {statusCode, message} (no error key).
    generated(BodyIs("{\"statusCode\":413,\"message\":\"request entity too large\"}"), 0.85, NEST_SRC),
    generated(BodyIs("{\"statusCode\":413,\"message\":\"Request body is too large\"}"), 0.85, NEST_SRC),
],
};

const FASTIFY_404: &str =
    "fastify/fastify lib/fourOhFour.js (404 body { message: `Route ${method}:${url} not found`, error, statusCode })";

const FASTIFY: Product = Product {
    id: "fastify",
    name: "Fastify",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/statusCode", "/error", "/message"]),
            0.3,
            "fastify/fastify lib/error-serializer.js (default error body { statusCode, code, error, message })",
        ),
        generated(
            Body("\"code\":\"FST_"),
            0.95,
            "fastify/fastify lib/errors.js (FST_ERR_* codes in the default error body)",
        ),
        generated(
            Body("{\"message\":\"Route GET:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("{\"message\":\"Route HEAD:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("{\"message\":\"Route POST:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("{\"message\":\"Route PUT:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("{\"message\":\"Route PATCH:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("{\"message\":\"Route DELETE:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("{\"message\":\"Route OPTIONS:/"),
            0.9,
            FASTIFY_404,
        ),
        generated(
            Body("Rate limit exceeded, retry in "),
            0.9,
            "fastify/fastify-rate-limit index.js (default errorResponseBuilder message)",
        ),
    // keepAliveTimeout default 72000 ms -> node writes `Keep-Alive: timeout=72` on EVERY reply of
    // a Fastify server, NestJS-on-Fastify's included (nestjs-*-fastify): on_path, so it shows
    // Fastify's server without claiming the body.
    on_path(HeaderIs("keep-alive", "timeout=72"), 0.75, "fastify/fastify lib/config-validator.js (keepAliveTimeout default 72000) applied in lib/server.js; every keep-alive fastify-*-lab-* capture"),
    // reply.send writes its own names lowercase before node's canonical Date.
    generated(All(&[NamesInOrder(&["content-type", "content-length", "Date"]), Feature("stack:node")]), 0.5, "fastify/fastify lib/reply.js (this[kReplyHeaders]['content-type'], 'content-length'); captured locally (fastify-404-lab-not-found-v4/-v5 and most fastify-*-lab-*)"),
    // defaultClientErrorHandler: raw socket write, canonical names, no Date.
    generated(BodyIs("{\"error\":\"Bad Request\",\"message\":\"Client Error\",\"statusCode\":400}"), 0.9, "fastify/fastify fastify.js defaultClientErrorHandler; captured locally (fastify-400-lab-garbage-request-v4/-v5; today resplain names NestJS for it)"),
    generated(Body("\"message\":\"Exceeded maximum allowed HTTP header size\""), 0.95, "fastify/fastify fastify.js defaultClientErrorHandler (431); captured locally (fastify-431-lab-header-too-large-v4/-v5)"),
    generated(Body("\"message\":\"Client Timeout\",\"statusCode\":408"), 0.9, "fastify/fastify fastify.js defaultClientErrorHandler (408 ERR_HTTP_REQUEST_TIMEOUT); source only"),
    generated(Body("Body is not valid JSON but content-type is set to 'application/json'"), 0.95, "fastify/fastify lib/errors.js FST_ERR_CTP_INVALID_JSON_BODY; captured locally (fastify-400-lab-malformed-json-v5, nestjs-400-lab-malformed-json-fastify)"),
    generated(Body("Body cannot be empty when content-type is set to 'application/json'"), 0.95, "fastify/fastify lib/errors.js FST_ERR_CTP_EMPTY_JSON_BODY; captured locally (fastify-400-lab-empty-json-v4/-v5)"),
    generated(Body("\"message\":\"Request body is too large\""), 0.8, "fastify/fastify lib/errors.js FST_ERR_CTP_BODY_TOO_LARGE; captured locally (fastify-413-lab-body-too-large-*, nestjs-413-lab-body-too-large-fastify)"),
    generated(Body("is not a valid url component"), 0.9, "fastify/fastify lib/errors.js FST_ERR_BAD_URL; captured locally (fastify-400-lab-bad-url-v4/-v5)"),
],
};

const HAPI: Product = Product {
    id: "hapi",
    name: "hapi",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/statusCode", "/error", "/message"]),
            0.28,
            "hapijs/boom lib/index.js (output.payload { statusCode, error, message })",
        ),
        on_path(
            HeaderIs("cache-control", "no-cache"),
            0.4,
            "hapijs/hapi lib/headers.js (cache-control no-cache unless the route sets caching; route cache.otherwise default)",
        ),
        generated(
            Body("{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Not Found\"}"),
            0.6,
            "hapijs/hapi lib/toolkit.js and lib/route.js (unmatched route: Boom.notFound() payload)",
        ),
        generated(
            Body("\"message\":\"An internal server error occurred\""),
            0.9,
            "hapijs/boom lib/index.js (badImplementation / internal: payload message hidden)",
        ),
        generated(
            Body("\"attributes\":{\"error\":"),
            0.6,
            "hapijs/boom lib/index.js (unauthorized(): payload.attributes)",
        ),
    generated(Body("\"message\":\"Invalid request payload JSON format\""), 0.95, "hapijs/subtext lib/index.js (Boom.badRequest('Invalid request payload JSON format')); captured locally (hapi-400-lab-malformed-json)"),
    generated(Body("\"message\":\"Invalid request payload input\""), 0.9, "hapijs/hapi lib/validation.js (failAction 'error' default message); captured locally (hapi-400-lab-validation)"),
    generated(Body("\"message\":\"Payload content length greater than maximum allowed: "), 0.95, "hapijs/subtext lib/index.js (Boom.entityTooLarge); captured locally (hapi-413-lab-body-too-large)"),
    generated(Body("\"error\":\"Request Entity Too Large\""), 0.5, "hapijs/boom lib/index.js (entityTooLarge uses the old RFC 2616 phrase while node's status line says Payload Too Large); captured locally (hapi-413-lab-body-too-large)"),
    generated(All(&[NamesStart(&["content-type", "cache-control", "content-length", "Date"]), HeaderIs("cache-control", "no-cache")]), 0.7, "hapijs/hapi lib/transmit.js + lib/headers.js (lowercase names; cache-control no-cache by default); captured locally (every keep-alive hapi-*-lab-* with a body)"),
],
};

/// ADDITIONS to NEXTJS (apps.rs).
const NEXT_SRC: &str = "captured locally from next 15.5.29 and 16.4.6 (lab/recipes/node-nextjs.sh)";

const NEXTJS: Product = Product {
    id: "nextjs",
    name: "Next.js",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderIs("x-powered-by", "Next.js"),
            0.6,
            "vercel/next.js packages/next/src/server/base-server.ts (poweredByHeader default true)",
        ),
        generated(
            Body("404: This page could not be found"),
            0.95,
            "vercel/next.js packages/next/src/pages/_error.tsx and client/components/not-found-error.tsx",
        ),
        generated(
            Body("Application error: a server-side exception has occurred"),
            0.95,
            "vercel/next.js packages/next/src/client/components/error-boundary.tsx (global error UI)",
        ),
        generated(
            Body("<div id=\"__next\">"),
            0.5,
            "vercel/next.js packages/next/src/pages/_document.tsx (pages-router root element)",
        ),
        on_path(
            Header("x-nextjs-cache"),
            0.5,
            "vercel/next.js packages/next/src/server/base-server.ts (x-nextjs-cache on ISR responses)",
        ),
    generated(HeaderPrefix("vary", "rsc, next-router-state-tree, next-router-prefetch"), 0.85, "vercel/next.js packages/next/src/client/components/app-router-headers.ts + server/base-server.ts setVaryHeader; captured locally (every nextjs-*-app-* and -dev- capture, incl. the empty route-handler 500s)"),
    generated(Body("<html id=\"__next_error__\">"), 0.95, "vercel/next.js packages/next/src/server/app-render/app-render.tsx (error document id '__next_error__'); captured locally (nextjs-500-lab-exception-app-v15/-v16, -dev-v15)"),
    generated(Body("class=\"next-error-h1\""), 0.9, "vercel/next.js packages/next/src/pages/_error.tsx (styles .next-error-h1); captured locally (nextjs-404-lab-not-found-pages-v15, nextjs-500-lab-exception-pages-v15)"),
    generated(Body("<script id=\"__NEXT_DATA__\" type=\"application/json\">"), 0.8, "vercel/next.js packages/next/src/pages/_document.tsx (NextScript __NEXT_DATA__); captured locally (pages router captures)"),
    on_path(Header("x-nextjs-prerender"), 0.6, NEXT_SRC),
    on_path(Header("x-nextjs-stale-time"), 0.6, NEXT_SRC),
    // The pages-router API resolver's 500: no X-Powered-By, no Content-Type, chunked
    // 'Internal Server Error'. Weak alone (any node handler could write it).
    generated(All(&[Status(500, 500), BodyIs("Internal Server Error"), NamesStart(&["Date", "Connection", "Keep-Alive", "Transfer-Encoding"])]), 0.3, "vercel/next.js packages/next/src/server/api-utils/node/api-resolver.ts (sendError(apiRes, 500, 'Internal Server Error')); captured locally (nextjs-500-lab-api-route-exception-pages-v15)"),
],
};

/// node's own answers to requests it cannot parse (no framework involved, and inherited by every
/// framework that installs no `clientError` listener: Express, Koa, NestJS-on-Express, Vite...).
/// Fastify and hapi install one and answer differently (their ADDITIONS below).
const NODE_HTTP: Product = Product {
    id: "node-http",
    name: "Node.js http server",
    layer: Layer::App,
    signals: &[
        // HTTP/1.1 request without Host: res.writeHead(400, ['Connection', 'close']); res.end()
        // -> Connection BEFORE Date (the only node head in that order), chunked, empty.
        generated(All(&[Status(400, 400), NamesStart(&["Connection", "Date", "Transfer-Encoding"]), BodyIs("")]), 0.75, "nodejs/node lib/_http_server.js parserOnIncoming (requireHostHeader); captured locally (node-http-400-lab-missing-host)"),
        // An Expect other than 100-continue: res.writeHead(417); res.end().
        generated(All(&[Status(417, 417), NamesStart(&["Date", "Connection"]), BodyIs("")]), 0.75, "nodejs/node lib/_http_server.js parserOnIncoming (no checkExpectation listener: 417); captured locally (node-http-417-lab-expectation-failed)"),
    ],
};

const KOA_SRC: &str = "koajs/koa lib/context.js (onerror: clears headers, type text/plain, body = err.expose ? err.message : statuses[status]) and lib/application.js respond() (no body -> the status text); captured locally from koa 3.3.0 and 2.16.4 (lab/recipes/node-koa.sh: koa-404-lab-not-found-v3/-v2, koa-500-lab-exception-v3/-v2, koa-403-lab-ctx-throw-v3, koa-413-lab-body-too-large-v3)";

const KOA_ROUTER: &str = "koajs/router lib/router.js allowedMethods() (405 Method Not Allowed / 501 Not Implemented with Allow set first); captured locally from @koa/router 15.7.0 (lab/recipes/node-koa.sh: koa-405-lab-method-not-allowed-v3, koa-501-lab-unknown-method-v3)";

const KOA: Product = Product {
    id: "koa",
    name: "Koa",
    layer: Layer::App,
    signals: &[
        // Koa adds no header of its own. Its default text replies have exactly this head:
        // Content-Type: text/plain; charset=utf-8, Content-Length, then node's tail; the body is
        // node's status text. Express's res.sendStatus adds X-Powered-By and an ETag, so the
        // exact name sequence excludes it.
        generated(All(&[NamesStart(&["Content-Type", "Content-Length", "Date", "Connection"]), HeaderIs("content-type", "text/plain; charset=utf-8"), BodyIs("Not Found"), Status(404, 404)]), 0.6, KOA_SRC),
        generated(All(&[NamesStart(&["Content-Type", "Content-Length", "Date", "Connection"]), HeaderIs("content-type", "text/plain; charset=utf-8"), BodyIs("Internal Server Error"), Status(500, 500)]), 0.55, KOA_SRC),
        generated(All(&[NamesStart(&["Content-Type", "Content-Length", "Date", "Connection"]), HeaderIs("content-type", "text/plain; charset=utf-8"), BodyIs("request entity too large"), Status(413, 413)]), 0.7, "koa-bodyparser / co-body / raw-body PayloadTooLargeError (expose: true) through koa lib/context.js onerror; captured locally (koa-413-lab-body-too-large-v3)"),
        // Any short exposed message (ctx.throw(403, 'msg'), koa-bodyparser's 'Bad Request') in
        // the same head: weaker.
        generated(All(&[NamesStart(&["Content-Type", "Content-Length", "Date", "Connection"]), HeaderIs("content-type", "text/plain; charset=utf-8"), Feature("short-text"), Status(400, 599)]), 0.45, KOA_SRC),
        generated(All(&[NamesStart(&["Allow", "Content-Type", "Content-Length", "Date"]), BodyIs("Method Not Allowed"), Status(405, 405)]), 0.65, KOA_ROUTER),
        generated(All(&[NamesStart(&["Allow", "Content-Type", "Content-Length", "Date"]), BodyIs("Not Implemented"), Status(501, 501)]), 0.65, KOA_ROUTER),
    ],
};

const RESTIFY_SRV: &str = "restify/node-restify lib/server.js (res.setHeader('Server', self.name), name defaults to 'restify'); captured locally from restify 11.1.0 (lab/recipes/node-restify.sh: every restify-*-lab-* fixture)";

const RESTIFY_ERR: &str = "restify/errors lib/baseClasses/HttpError.js toJSON ({code, message}, code = constructor name without 'Error') and restify lib/router.js ('%s does not exist', '%s is not allowed'); captured locally from restify 11.1.0 / restify-errors 8.1.0 (restify-404-lab-not-found, restify-405-lab-method-not-allowed, restify-500-lab-next-error, restify-400-lab-malformed-json, restify-413-lab-body-too-large)";

const RESTIFY: Product = Product {
    id: "restify",
    name: "restify",
    layer: Layer::App,
    signals: &[
        // restify's Server header is on everything it sends, the app's own replies included.
        generated(HeaderIs("server", "restify"), 0.8, RESTIFY_SRV),
        generated(JsonIs("/code", "ResourceNotFound"), 0.9, RESTIFY_ERR),
        generated(JsonIs("/code", "MethodNotAllowed"), 0.8, RESTIFY_ERR),
        generated(JsonIs("/code", "InvalidContent"), 0.85, RESTIFY_ERR),
        generated(JsonIs("/code", "PayloadTooLarge"), 0.8, RESTIFY_ERR),
        generated(All(&[JsonIs("/code", "Internal"), JsonKeys(&["/message"])]), 0.7, RESTIFY_ERR),
        generated(Body(" does not exist\"}"), 0.5, RESTIFY_ERR),
        generated(Body("\"message\":\"Request body size exceeds "), 0.9, "restify lib/plugins/bodyReader.js (PayloadTooLargeError 'Request body size exceeds %s'); captured locally (restify-413-lab-body-too-large)"),
    ],
};

const HONO_SRC: &str = "honojs/hono src/hono-base.ts (notFoundHandler: c.text('404 Not Found', 404); errorHandler: c.text('Internal Server Error', 500)) and src/context.ts (text/plain; charset=UTF-8); captured locally from hono 4.13.19 on @hono/node-server 1.19.19 (lab/recipes/node-h3-hono.sh: hono-404-lab-not-found, hono-404-lab-wrong-method, hono-500-lab-exception)";

const HONO: Product = Product {
    id: "hono",
    name: "Hono",
    layer: Layer::App,
    signals: &[
        generated(All(&[Status(404, 404), BodyIs("404 Not Found"), HeaderIs("content-type", "text/plain; charset=UTF-8")]), 0.85, HONO_SRC),
        // NOT proposed: Hono's 500 ('Internal Server Error', text/plain; charset=UTF-8) has the
        // same names, order and body as Koa's; header values compare case-insensitively, so the
        // uppercase UTF-8 cannot tell them apart (a private test named Hono for Koa's 500s).
        // HTTPException.getResponse(): a Web Response, so a lowercase name and no space.
        generated(All(&[HeaderIs("content-type", "text/plain;charset=UTF-8"), Feature("stack:node")]), 0.3, "honojs/hono src/http-exception.ts getResponse() (new Response(message)); captured locally (hono-403-lab-http-exception)"),
    ],
};

const H3_V1: &str = "unjs/h3 v1 src/app.ts (404 createError statusMessage `Cannot find any path matching ${path}.`) and src/error.ts sendError (JSON.stringify({statusCode, statusMessage, stack: [], data}, undefined, 2); res.statusMessage = statusMessage); captured locally from h3 1.15.11 (lab/recipes/node-h3-hono.sh: h3-404-lab-not-found-v1, h3-500-lab-exception-v1, h3-403-lab-create-error-v1, h3-400-lab-malformed-json-v1)";

const H3_V2: &str = "h3js/h3 v2 src/response.ts (404 message `Cannot find any route matching [${method}] ${url}`) and src/h3.ts (non-HTTPError throws -> {status: 500, unhandled: true, message: 'HTTPError'}); captured locally from h3 2.0.8 / srvx 1.0.8 (h3-404-lab-not-found-v2, h3-500-lab-exception-v2, h3-403-lab-create-error-v2)";

const H3: Product = Product {
    id: "h3",
    name: "h3 (unjs)",
    layer: Layer::App,
    signals: &[
        generated(
            Body("\"statusMessage\": \"Cannot find any path matching "),
            0.9,
            H3_V1,
        ),
        generated(
            All(&[
                JsonKeys(&["/statusCode", "/stack"]),
                Body("  \"stack\": []"),
            ]),
            0.75,
            H3_V1,
        ),
        generated(
            Body("\"message\":\"Cannot find any route matching ["),
            0.9,
            H3_V2,
        ),
        generated(
            Body("{\"status\":500,\"unhandled\":true,\"message\":\"HTTPError\"}"),
            0.9,
            H3_V2,
        ),
        generated(
            All(&[
                JsonKeys(&["/status", "/statusText", "/message"]),
                HeaderIs("content-type", "application/json;charset=UTF-8"),
            ]),
            0.6,
            H3_V2,
        ),
    ],
};

const NUXT_HTML: &str = "nuxt/nuxt packages/nitro-server runtime/handlers/renderer ('x-powered-by': 'Nuxt') and the error-404 / error-500 templates (title '<status> - <message> | Nuxt'); captured locally from nuxt 3.21.11 (nuxt-404-lab-not-found, nuxt-500-lab-exception, nuxt-404-lab-head)";

const NUXT_JSON: &str = "nitrojs/nitro src/runtime/internal/error/prod.ts (JSON error: content-type, x-content-type-options, x-frame-options DENY, referrer-policy no-referrer, content-security-policy \"script-src 'none'; frame-ancestors 'none';\", cache-control no-cache; body {error: true, url, statusCode, statusMessage, message: 'Server Error' when sensitive, data}); captured locally from nuxt 3.21.11 / nitropack 2.13.6 (lab/recipes/node-nuxt.sh: nuxt-404-lab-not-found-json, nuxt-404-lab-api-missing, nuxt-500-lab-api-exception, nuxt-403-lab-create-error)";

const NUXT: Product = Product {
    id: "nuxt",
    name: "Nuxt (Nitro)",
    layer: Layer::App,
    signals: &[
        generated(HeaderIs("x-powered-by", "Nuxt"), 0.9, NUXT_HTML),
        generated(Body(" | Nuxt</title>"), 0.9, NUXT_HTML),
        // Must outweigh hapi (JsonKeys statusCode/error/message + cache-control: no-cache), which
        // is what resplain names for these bodies today.
        generated(All(&[Body("{\n  \"error\": true,\n  \"url\": \""), JsonKeys(&["/statusCode", "/statusMessage", "/message"])]), 0.9, NUXT_JSON),
        generated(HeaderIs("content-security-policy", "script-src 'none'; frame-ancestors 'none';"), 0.8, NUXT_JSON),
        generated(Body("\"statusMessage\": \"Page not found: "), 0.85, "nuxt/nuxt packages/nuxt/src/pages/runtime/plugins/router.ts (createError statusMessage `Page not found: ${path}`); captured locally (nuxt-404-lab-api-missing)"),
        generated(Reason("Server Error"), 0.4, NUXT_JSON),
    ],
};

const KIT_PAGE: &str = "sveltejs/kit packages/kit/src/runtime/server/page/render.js ('x-sveltekit-page': 'true', modulepreload link header, __sveltekit_<hash> hydration script); captured locally from @sveltejs/kit 2.70.4 + adapter-node 5.5.7 (lab/recipes/node-sveltekit.sh: sveltekit-404-lab-not-found, sveltekit-500-lab-exception, sveltekit-404-lab-head)";

const KIT_ERR: &str = "sveltejs/kit packages/kit/src/utils/error.js (unexpected errors -> 'Internal Error') and runtime/server/endpoint.js (JSON {message}); captured locally (sveltekit-500-lab-endpoint-exception, sveltekit-403-lab-error-helper)";

const SVELTEKIT: Product = Product {
    id: "sveltekit",
    name: "SvelteKit",
    layer: Layer::App,
    signals: &[
        generated(HeaderIs("x-sveltekit-page", "true"), 0.9, KIT_PAGE),
        generated(Body("__sveltekit_"), 0.85, KIT_PAGE),
        generated(HeaderContains("link", "/_app/immutable/"), 0.6, KIT_PAGE),
        generated(Body("form submissions are forbidden"), 0.95, "sveltejs/kit packages/kit/src/runtime/server/respond.js (CSRF: `Cross-site ${method} form submissions are forbidden`); captured locally (sveltekit-403-lab-csrf)"),
        generated(All(&[BodyIs("{\"message\":\"Internal Error\"}"), Status(500, 500)]), 0.8, KIT_ERR),
        // Endpoint errors: json() writes content-length BEFORE content-type, both lowercase, and
        // the body is {message} only.
        generated(All(&[NamesStart(&["content-length", "content-type", "Date"]), HeaderIs("content-type", "application/json"), JsonKeys(&["/message"])]), 0.6, KIT_ERR),
        generated(All(&[Status(405, 405), Body(" method not allowed"), Header("allow")]), 0.6, "sveltejs/kit packages/kit/src/runtime/server/utils.js method_not_allowed (`${method} method not allowed`, allow header); captured locally (sveltekit-405-lab-method-not-allowed)"),
    ],
};

const VITE_SRC: &str = "vitejs/vite packages/vite/src/node/server/middlewares/*.ts; captured locally from vite 6.4.6 and 7.3.8 dev servers (lab/recipes/node-dev-servers.sh)";

const VITE: Product = Product {
    id: "vite",
    name: "Vite dev server",
    // The dev server's own pages; its `server.proxy` errors are VITE_PROXY's (proxies.rs).
    layer: Layer::App,
    signals: &[
        generated(Body("is outside of Vite serving allow list"), 0.97, "vitejs/vite middlewares/static.ts (fs.allow 403 '<h1>403 Restricted</h1>'); captured locally (vite-403-lab-fs-deny-v6/-v7)"),
        generated(Body("to `server.allowedHosts` in vite.config.js"), 0.97, "vitejs/vite middlewares/hostCheck.ts (Blocked request. This host (...) is not allowed.); captured locally (vite-403-lab-host-not-allowed-v6/-v7)"),
        generated(Body("import(\"/@vite/client\")"), 0.85, "vitejs/vite middlewares/error.ts (error document importing ErrorOverlay from /@vite/client); captured locally (vite-500-lab-transform-error-v6/-v7)"),
        // vite404Middleware: res.statusCode = 404; res.end() after the cors middleware.
        generated(All(&[Status(404, 404), NamesStart(&["Vary", "Date", "Connection"]), HeaderIs("vary", "Origin"), HeaderIs("content-length", "0")]), 0.7, "vitejs/vite middlewares/notFound.ts (vite404Middleware); captured locally (vite-404-lab-not-found-v6/-v7)"),
        // The dev server's cors middleware puts `Vary: Origin` first on every reply.
        on_path(All(&[NamesStart(&["Vary"]), HeaderIs("vary", "Origin"), Feature("stack:node")]), 0.5, VITE_SRC),
    ],
};

const WEBPACK_DEV_SERVER: Product = Product {
    id: "webpack-dev-server",
    name: "webpack-dev-server",
    layer: Layer::App,
    signals: &[
        generated(All(&[Status(403, 403), BodyIs("Invalid Host header")]), 0.9, "webpack/webpack-dev-server lib/Server.js (host check: res.end('Invalid Host header')); captured locally from webpack-dev-server 5.2.7 (lab/recipes/node-dev-servers.sh: webpack-dev-server-403-lab-invalid-host)"),
        on_path(All(&[HeaderIs("cross-origin-resource-policy", "same-origin"), HeaderIs("x-powered-by", "Express")]), 0.6, "webpack/webpack-dev-server lib/Server.js (res.setHeader('Cross-Origin-Resource-Policy', 'same-origin') in its Express middleware chain); captured locally (express-404-lab-not-found-webpack-dev-server, http-proxy-middleware-504-lab-refused-webpack-dev-server, webpack-dev-server-500-lab-app-passthrough)"),
    ],
};

const SERVE: Product = Product {
    id: "serve",
    name: "serve (vercel/serve-handler)",
    layer: Layer::App,
    signals: &[
        generated(Body("The requested path could not be found"), 0.9, "vercel/serve-handler src/index.js sendError (code 'not_found', message 'The requested path could not be found') and src/error.js template; captured locally from serve 14.2.7 / serve-handler 6.1.7 (lab/recipes/node-static.sh: serve-404-lab-not-found, serve-404-lab-not-found-json, serve-404-lab-not-found-any)"),
        generated(All(&[JsonIs("/error/code", "not_found"), JsonKeys(&["/error/message"])]), 0.5, "vercel/serve-handler src/index.js sendError (JSON form for Accept: application/json); captured locally (serve-404-lab-not-found-json)"),
    ],
};

const HTTP_SERVER: Product = Product {
    id: "http-server",
    name: "http-server (npm)",
    layer: Layer::App,
    signals: &[
        // `accept-ranges: bytes` first, lowercase (union writes the name as given), on an empty
        // 404/405 with node's tail.
        generated(All(&[NamesStart(&["accept-ranges", "Date", "Connection"]), Status(404, 405), BodyIs("")]), 0.75, "http-party/http-server lib/http-server.js (headers['Accept-Ranges'] = 'bytes') and lib/core/status-handlers.js (404/405 -> next(), no body inside union); captured locally from http-server 14.1.1 (lab/recipes/node-static.sh: http-server-404-lab-not-found, http-server-405-lab-post, http-server-404-lab-head)"),
    ],
};

const JSON_SERVER_SRC: &str = "typicode/json-server v0 src/server/defaults.js (Cache-Control: no-cache, Pragma: no-cache, Expires: -1, cors credentials) and src/server/router/plural.js / index.js (404 res.locals.data = {}); captured locally from json-server 0.17.4 (lab/recipes/node-static.sh: json-server-404-lab-no-resource, json-server-404-lab-no-item, json-server-404-lab-head)";

const JSON_SERVER: Product = Product {
    id: "json-server",
    name: "json-server",
    layer: Layer::App,
    signals: &[
        generated(
            All(&[
                Status(404, 404),
                BodyIs("{}"),
                HeaderIs("expires", "-1"),
                HeaderIs("pragma", "no-cache"),
            ]),
            0.85,
            JSON_SERVER_SRC,
        ),
        on_path(
            All(&[
                HeaderIs("expires", "-1"),
                HeaderIs("pragma", "no-cache"),
                HeaderIs("access-control-allow-credentials", "true"),
                HeaderIs("x-powered-by", "Express"),
            ]),
            0.6,
            JSON_SERVER_SRC,
        ),
    ],
};
