//! Application frameworks and app servers: their own error pages, JSON error shapes and headers.
//!
//! Weights: a page or text only the framework writes is 0.8-0.98; a header the framework puts on
//! everything it sends is about 0.5-0.6; a JSON shape several frameworks share is 0.25-0.4 and
//! needs another signal. Headers that many products send (security headers, `Vary`) are
//! `on_path`: they strengthen a framework that already has evidence but never name one alone.
//! Frameworks built on another (NestJS on Express, DRF on Django, FastAPI on Starlette) carry
//! signals that outweigh their base's when their own shapes are present.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &EXPRESS,
    &NESTJS,
    &FASTIFY,
    &HAPI,
    &NEXTJS,
    &FASTAPI,
    &STARLETTE,
    &UVICORN,
    &GUNICORN,
    &FLASK,
    &DJANGO,
    &DJANGO_REST_FRAMEWORK,
    &RAILS,
    &SINATRA,
    &SPRING_BOOT,
    &ZIPKIN_ARMERIA,
    &TOMCAT,
    &JETTY,
    &ASPNET_CORE,
    &ASPNET,
    &GO_NET_HTTP,
    &GIN,
    &ECHO,
    &LARAVEL,
    &PHP,
    &PHOENIX,
    &ACTIX_WEB,
    &AXUM,
    &ROCKET,
    &KUBERNETES_APISERVER,
    &GRPC_GATEWAY,
    &WORDFENCE,
    &CONSUL,
    &CHI,
    &HYPER,
    &TOWER_HTTP,
    &WARP,
    &POEM,
    &SALVO,
    &INETS_HTTPD,
    &YAWS,
    &JDK_HTTPSERVER,
    &WEBRICK,
    &PUMA,
    &RACK,
    &THIN,
    &RACK_ATTACK,
    &MEDIAWIKI,
    &PASSENGER,
    &PHP_BUILTIN_SERVER,
    &PHP_FPM,
    &WORDPRESS,
    &SYMFONY,
    &SLIM,
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
    &WERKZEUG,
    &LITESTAR,
    &AIOHTTP,
    &TORNADO,
    &SANIC,
    &FALCON,
    &BOTTLE,
    &PYRAMID,
    &CHERRYPY,
    &QUART,
    &HYPERCORN,
    &WAITRESS,
    &UWSGI,
    &DAPHNE,
    &PYTHON_HTTP_SERVER,
    &WSGIREF,
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
        // Added from products-node.rs
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
        // Added from products-node.rs
    // Nest's unknown-route 404 (same body on Express and Fastify adapters): the message/error/
    // statusCode order is Nest's; finalhandler's is HTML and Fastify's own says 'Route GET:/x'.
    generated(All(&[Body("{\"message\":\"Cannot "), Body("\"error\":\"Not Found\",\"statusCode\":404}")]), 0.9, NEST_SRC),
    generated(Body("\"message\":\"Validation failed (numeric string is expected)\""), 0.9, "nestjs/nest packages/common/pipes/parse-int.pipe.ts; captured locally (nestjs-400-lab-parse-int-pipe, -fastify)"),
    // Platform errors re-wrapped as {statusCode, message} (no error key).
    generated(BodyIs("{\"statusCode\":413,\"message\":\"request entity too large\"}"), 0.85, NEST_SRC),
    generated(BodyIs("{\"statusCode\":413,\"message\":\"Request body is too large\"}"), 0.85, NEST_SRC),
],
};

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
        // Added from products-node.rs
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

const FASTIFY_404: &str =
    "fastify/fastify lib/fourOhFour.js (404 body { message: `Route ${method}:${url} not found`, error, statusCode })";

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
        // Added from products-node.rs
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
        // Added from products-node.rs
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

const FASTAPI: Product = Product {
    id: "fastapi",
    name: "FastAPI",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/detail"]),
            0.3,
            "fastapi/fastapi fastapi/exception_handlers.py (http_exception_handler: {\"detail\": exc.detail})",
        ),
        generated(
            JsonKeys(&["/detail/0/loc", "/detail/0/msg"]),
            0.9,
            "fastapi/fastapi fastapi/exception_handlers.py (request_validation_exception_handler: detail = errors())",
        ),
        generated(
            Body("{\"detail\":\"Not authenticated\"}"),
            0.8,
            "fastapi/fastapi fastapi/security/http.py, oauth2.py, api_key.py (detail 'Not authenticated')",
        ),
        generated(
            Body("{\"detail\":\"Not Found\"}"),
            0.5,
            "encode/starlette starlette/routing.py (HTTPException(404)) rendered by fastapi/exception_handlers.py",
        ),
        generated(
            Body("{\"detail\":\"Method Not Allowed\"}"),
            0.5,
            "encode/starlette starlette/routing.py (HTTPException(405)) rendered by fastapi/exception_handlers.py",
        ),
        on_path(
            HeaderIs("server", "uvicorn"),
            0.3,
            "encode/uvicorn uvicorn/config.py (server_header on: Server: uvicorn), the server FastAPI documents",
        ),
        // Added from products-python.rs
    generated(
        JsonIs("/detail/0/type", "json_invalid"),
        0.95,
        "captured locally from FastAPI 0.165.0 / Pydantic 2.14.4 (fastapi-422-lab-bad-json: malformed JSON is a 422, never a 400); fastapi/routing.py (RequestValidationError from the JSON decode error, type json_invalid)",
    ),
    // FastAPI's 500 is Starlette's (same bytes); with debug=True the traceback names FastAPI's
    // files, which is FastAPI's own mark over Starlette (REFINES fastapi -> starlette).
    generated(Body("/site-packages/fastapi/"), 0.75, "captured locally (fastapi-500-lab-exception-debug, -debug-plain): the traceback's file paths (fastapi/routing.py ...)"),
    // HEAD / curl -I of the routing errors: {"detail":"Not Found"} is 22 bytes, Method Not Allowed 31.
    generated(
        All(&[HeaderIs("server", "uvicorn"), HeaderIs("content-type", "application/json"), NamesInOrder(&["content-length", "content-type"]), HeaderIn("content-length", &["22", "31"])]),
        0.6,
        "captured locally (fastapi-404-lab-not-found-head; 5 hits, all fastapi); fastapi/exception_handlers.py (JSONResponse: content-length before content-type)",
    ),
    generated(
        All(&[Status(422, 422), JsonKeys(&["/detail/0/type", "/detail/0/loc", "/detail/0/msg", "/detail/0/input"])]),
        0.95,
        "captured locally (fastapi-422-lab-missing-field, -path-param); Pydantic v2 error dict keys type, loc, msg, input",
    ),
],
};

const STARLETTE: Product = Product {
    id: "starlette",
    name: "Starlette",
    layer: Layer::App,
    signals: &[
    // uvicorn's Server header shows the ASGI server, not which app wrote the response.
    on_path(
        HeaderIs("server", "uvicorn"),
        0.3,
        "encode/uvicorn uvicorn/config.py (Server: uvicorn); Starlette's PlainTextResponse errors (starlette/exceptions.py, middleware/errors.py)",
    ),
    generated(
        Body("<title>Starlette Debugger</title>"),
        0.98,
        "captured locally from Starlette 1.10.0 (starlette-500-lab-exception-debug, fastapi-500-lab-exception-debug); starlette/middleware/errors.py line 91",
    ),
    // PlainTextResponse: content-length then content-type, text/plain; charset=utf-8, the bare
    // phrase as body (starlette-404/405/403/500-lab-*, also under Hypercorn).
    // (Without the server condition actix-web's text errors match too: 8 hits.)
    generated(
        All(&[HeaderIs("server", "uvicorn"), NamesInOrder(&["content-length", "content-type"]), HeaderIs("content-type", "text/plain; charset=utf-8")]),
        0.6,
        "captured locally from Starlette 1.10.0 on uvicorn (lab/recipes/py-starlette.sh: 8 starlette hits, 2 fastapi: its 500 is Starlette's); starlette/middleware/exceptions.py line 69 (PlainTextResponse(exc.detail)), starlette/middleware/errors.py line 259",
    ),
    generated(
        All(&[HeaderPrefix("server", "hypercorn-"), NamesInOrder(&["content-length", "content-type"]), HeaderIs("content-type", "text/plain; charset=utf-8")]),
        0.6,
        "captured locally from Starlette 1.10.0 on Hypercorn 0.18.0 (starlette-404-lab-not-found-hypercorn, -500-)",
    ),
],
};

const UVICORN_SRC: &str = "captured locally from uvicorn 0.55.0 with httptools 0.9.0 and h11 0.16.0 (lab/recipes/py-uvicorn.sh, py-gunicorn.sh)";

const UVICORN: Product = Product {
    id: "uvicorn",
    name: "Uvicorn",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Invalid HTTP request received."),
            0.9,
            "encode/uvicorn uvicorn/protocols/http/httptools_impl.py and h11_impl.py (send_400_response)",
        ),
        on_path(
            HeaderIs("server", "uvicorn"),
            0.5,
            "encode/uvicorn uvicorn/config.py (server_header default on)",
        ),
        // Added from products-python.rs
    // uvicorn's own 500 (app raised before responding / returned nothing): content-type BEFORE
    // the framing header; Starlette's PlainTextResponse 500 has content-length before content-type.
    generated(
        All(&[NamesStart(&["date", "server", "content-type"]), BodyIs("Internal Server Error")]),
        0.85,
        "captured locally (uvicorn-500-lab-app-crash, -no-response, -app-crash-h11, -gunicorn); uvicorn/protocols/http/httptools_impl.py line 458, h11_impl.py line 445 (500 with only content-type set)",
    ),
    generated(
        All(&[HeaderIs("server", "uvicorn"), BodyIs("Service Unavailable"), Status(503, 503)]),
        0.85,
        "captured locally (uvicorn-503-lab-limit-concurrency); uvicorn/protocols/http/flow_control.py line 54 (service_unavailable)",
    ),
    // HEAD of the same 500: date, server, content-type, content-length: 21, connection.
    generated(
        All(&[NamesStart(&["date", "server", "content-type", "content-length"]), HeaderIs("content-length", "21"), Status(500, 500)]),
        0.75,
        UVICORN_SRC,
    ),
],
};

const GUNICORN: Product = Product {
    id: "gunicorn",
    name: "Gunicorn",
    layer: Layer::App,
    signals: &[
        generated(
            Body("</title>\n  </head>\n  <body>\n    <h1><p>"),
            0.9,
            "benoitc/gunicorn gunicorn/util.py (write_error HTML)",
        ),
        on_path(
            HeaderPrefix("server", "gunicorn"),
            0.5,
            "benoitc/gunicorn gunicorn/http/wsgi.py (default Server: gunicorn)",
        ),
        // Added from products-python.rs
    // write_error's head: exactly Connection, Content-Type: text/html, Content-Length (13 hits,
    // all gunicorn; also names the HEAD capture that has no body).
    generated(
        All(&[NamesStart(&["Connection", "Content-Type", "Content-Length"]), HeaderIs("content-type", "text/html"), Feature("no-server")]),
        0.85,
        "captured locally from gunicorn 27.0.1 sync worker (lab/recipes/py-gunicorn.sh, py-django.sh); gunicorn/util.py lines 376-382 (write_error: 'Connection: close', 'Content-Type: text/html', 'Content-Length')",
    ),
    generated(Body("Error parsing headers: &#x27;limit request headers fields"), 0.95, "captured locally (gunicorn-431-lab-header-too-large, -too-many-headers); gunicorn/http/errors.py (LimitRequestHeaders)"),
    generated(Body("Request Line is too large ("), 0.95, "captured locally (gunicorn-414-lab-request-line-too-long); gunicorn/http/errors.py (LimitRequestLine)"),
    generated(Body("Invalid HTTP Header: &#x27;"), 0.9, "captured locally (gunicorn-400-lab-duplicate-host, -chunked-and-length); gunicorn/http/errors.py (InvalidHeader)"),
    // gunicorn 27's own ASGI worker (-k asgi): three headers, text/plain, no Server.
    generated(
        All(&[NamesStart(&["Content-Type", "Content-Length", "Connection"]), HeaderIs("content-type", "text/plain"), Feature("no-server")]),
        0.7,
        "captured locally from gunicorn 27.0.1 -k asgi (gunicorn-500-lab-app-crash-asgi, -no-response-asgi, -400-, -431-); gunicorn/asgi/protocol.py line 2278 (_send_error_response)",
    ),
    generated(BodyIs("Request header field is too large"), 0.85, "captured locally (gunicorn-431-lab-header-too-large-asgi); gunicorn/asgi/protocol.py"),
],
};

const FLASK: Product = Product {
    id: "flask",
    name: "Flask (Werkzeug)",
    layer: Layer::App,
    signals: &[
        generated(
            Body("<!doctype html>\n<html lang=en>\n<title>"),
            0.9,
            "pallets/werkzeug src/werkzeug/exceptions.py (HTTPException.get_body)",
        ),
        generated(
            Body("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>"),
            0.85,
            "pallets/werkzeug werkzeug/exceptions.py before 2.1 (HTTPException.get_body)",
        ),
        generated(
            Body("The browser (or proxy) sent a request that this server could not understand."),
            0.9,
            "pallets/werkzeug src/werkzeug/exceptions.py (BadRequest.description)",
        ),
        generated(
            Body("If you entered the URL manually please check your spelling and try again."),
            0.9,
            "pallets/werkzeug src/werkzeug/exceptions.py (NotFound.description)",
        ),
        generated(
            Body("Either the server is overloaded or there is an error in the application."),
            0.9,
            "pallets/werkzeug src/werkzeug/exceptions.py (InternalServerError.description)",
        ),
        generated(
            Body("Werkzeug Debugger"),
            0.95,
            "pallets/werkzeug src/werkzeug/debug/tbtools.py (debugger page title)",
        ),
        generated(
            HeaderPrefix("server", "Werkzeug/"),
            0.5,
            "pallets/werkzeug src/werkzeug/serving.py (WSGIRequestHandler.server_version)",
        ),
        generated(Reason("BAD REQUEST"), 0.5, WERKZEUG_STATUS),
        generated(Reason("UNAUTHORIZED"), 0.5, WERKZEUG_STATUS),
        generated(Reason("FORBIDDEN"), 0.5, WERKZEUG_STATUS),
        generated(Reason("NOT FOUND"), 0.5, WERKZEUG_STATUS),
        generated(Reason("METHOD NOT ALLOWED"), 0.5, WERKZEUG_STATUS),
        generated(Reason("CONFLICT"), 0.5, WERKZEUG_STATUS),
        generated(Reason("UNSUPPORTED MEDIA TYPE"), 0.5, WERKZEUG_STATUS),
        generated(Reason("UNPROCESSABLE ENTITY"), 0.5, WERKZEUG_STATUS),
        generated(Reason("TOO MANY REQUESTS"), 0.5, WERKZEUG_STATUS),
        generated(Reason("INTERNAL SERVER ERROR"), 0.5, WERKZEUG_STATUS),
        generated(Reason("BAD GATEWAY"), 0.5, WERKZEUG_STATUS),
        generated(Reason("SERVICE UNAVAILABLE"), 0.5, WERKZEUG_STATUS),
        generated(Reason("GATEWAY TIMEOUT"), 0.5, WERKZEUG_STATUS),
        // Added from products-python.rs
    generated(Body("Did not attempt to load JSON data because the request Content-Type was not"), 0.95, "captured locally from Flask 3.1.3 / Werkzeug 3.1.9 (flask-415-lab-json-content-type-werkzeug); werkzeug/wrappers/request.py line 660"),
    generated(Body("<p>Failed to decode JSON object: "), 0.9, "captured locally (flask-400-lab-bad-json-werkzeug-debug: debug mode only); werkzeug/wrappers/request.py line 657"),
    generated(Body("The data value transmitted exceeds the capacity limit."), 0.9, "captured locally (flask-413-lab-body-too-large-werkzeug, -gunicorn, quart-413-lab-body-too-large); werkzeug/exceptions.py (RequestEntityTooLarge.description)"),
    generated(Body("The method is not allowed for the requested URL."), 0.9, "captured locally (flask-405-lab-method-werkzeug, quart-405-lab-method); werkzeug/exceptions.py (MethodNotAllowed.description)"),
    generated(Body("You don&#39;t have the permission to access the requested resource."), 0.9, "captured locally (flask-403-lab-abort-werkzeug, quart-403-lab-abort); werkzeug/exceptions.py (Forbidden.description)"),
    // The dev server's head: Server: Werkzeug/x Python/y first, Connection: close last (15 hits, all flask).
    generated(All(&[HeaderPrefix("server", "Werkzeug/"), NamesStart(&["Server", "Date"]), NamesEnd(&["Connection"])]), 0.5, "captured locally from the Werkzeug 3.1.9 dev server (lab/recipes/py-flask.sh)"),
],
};

const WERKZEUG_STATUS: &str =
    "pallets/werkzeug src/werkzeug/sansio/response.py (_clean_status: reason phrase upper-cased)";

const DJANGO: Product = Product {
    id: "django",
    name: "Django",
    layer: Layer::App,
    signals: &[
        generated(
            Body("The requested resource was not found on this server."),
            0.9,
            "django/django django/views/defaults.py (page_not_found, ERROR_PAGE_TEMPLATE)",
        ),
        generated(
            Body("<h1>Server Error (500)</h1><p></p>"),
            0.9,
            "django/django django/views/defaults.py (server_error)",
        ),
        generated(
            Body("<h1>Bad Request (400)</h1><p></p>"),
            0.9,
            "django/django django/views/defaults.py (bad_request)",
        ),
        generated(
            Body("<h1>403 Forbidden</h1><p></p>"),
            0.85,
            "django/django django/views/defaults.py (permission_denied)",
        ),
        generated(
            Body("because you have <code>DEBUG = True</code>"),
            0.98,
            "django/django django/views/templates/technical_404.html and technical_500.html",
        ),
        generated(
            Body("CSRF verification failed. Request aborted."),
            0.95,
            "django/django django/views/csrf.py (csrf_failure)",
        ),
        on_path(
            HeaderPrefix("server", "WSGIServer/"),
            0.4,
            "django/django django/core/servers/basehttp.py (runserver on wsgiref: Server: WSGIServer/0.2)",
        ),
        on_path(
            HeaderIs("cross-origin-opener-policy", "same-origin"),
            0.2,
            "django/django django/middleware/security.py (SECURE_CROSS_ORIGIN_OPENER_POLICY default)",
        ),
        on_path(
            HeaderIs("referrer-policy", "same-origin"),
            0.2,
            "django/django django/middleware/security.py (SECURE_REFERRER_POLICY default)",
        ),
        on_path(
            HeaderIs("x-frame-options", "DENY"),
            0.2,
            "django/django django/middleware/clickjacking.py (X_FRAME_OPTIONS default DENY)",
        ),
        // Added from products-python.rs
    generated(Body("You may need to add &#x27;"), 0.95, "captured locally from Django 6.1.3 DEBUG=True (django-400-lab-disallowed-host-debug: 'Invalid HTTP_HOST header: ... You may need to add ... to ALLOWED_HOSTS.'); django/http/request.py (get_host, DisallowedHost)"),
    generated(Body("\nDjango Version: "), 0.95, "captured locally (django-500-lab-exception-debug-plain: technical_500.txt as text/plain for non-HTML clients); django/views/templates/technical_500.txt"),
    generated(Body("<h1>Forbidden <span>(403)</span></h1>"), 0.95, "captured locally (django-403-lab-csrf-gunicorn, -debug); django/views/templates/csrf_403.html"),
    generated(Body("More information is available with DEBUG=True."), 0.95, "captured locally (django-403-lab-csrf-gunicorn); django/views/templates/csrf_403.html"),
    // SecurityMiddleware's three defaults together: every Django response (22 of 22 captures
    // but the DisallowedHost ones with DEBUG on). On-path, not generated: a relayed app's too.
    on_path(
        All(&[HeaderIs("x-content-type-options", "nosniff"), HeaderIs("referrer-policy", "same-origin"), HeaderIs("cross-origin-opener-policy", "same-origin")]),
        0.6,
        "captured locally from Django 6.1.3 (lab/recipes/py-django.sh, py-drf.sh, py-daphne.sh); django/middleware/security.py (SECURE_CONTENT_TYPE_NOSNIFF, SECURE_REFERRER_POLICY, SECURE_CROSS_ORIGIN_OPENER_POLICY defaults)",
    ),
    // The production pages without their body (HEAD, curl -I): ERROR_PAGE_TEMPLATE's lengths
    // (404 179, 500 145, 400 143, 403 135) with the security headers.
    generated(
        All(&[HeaderIs("cross-origin-opener-policy", "same-origin"), HeaderIs("content-type", "text/html; charset=utf-8"), HeaderIn("content-length", &["179", "145", "143", "135"])]),
        0.8,
        "captured locally (django-404-lab-not-found-gunicorn-head); django/views/defaults.py line 16 (ERROR_PAGE_TEMPLATE)",
    ),
    // require_POST / http_method_not_allowed: 405 with an empty body and Django's headers
    // (today gunicorn is named: django-405-lab-method-gunicorn).
    generated(
        All(&[Status(405, 405), BodyIs(""), HeaderIs("content-length", "0"), HeaderIs("x-frame-options", "DENY"), HeaderIs("cross-origin-opener-policy", "same-origin")]),
        0.85,
        "captured locally (django-405-lab-method-gunicorn); django/http/response.py (HttpResponseNotAllowed: empty content, Allow)",
    ),
    // runserver's own answers (http.server's page with Server: WSGIServer/0.2 Python/x): Django's
    // dev server is far more common in pastes than bare wsgiref.
    generated(
        All(&[HeaderPrefix("server", "WSGIServer/"), Body("<title>Error response</title>")]),
        0.55,
        "captured locally (django-400-lab-garbage-request-runserver, django-431-lab-header-too-large-runserver); django/core/servers/basehttp.py (WSGIRequestHandler on wsgiref / http.server)",
    ),
],
};

const DJANGO_REST_FRAMEWORK: Product = Product {
    id: "django-rest-framework",
    name: "Django REST framework",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/detail"]),
            0.25,
            "encode/django-rest-framework rest_framework/views.py (exception_handler: {'detail': ...})",
        ),
        generated(
            Body("Authentication credentials were not provided."),
            0.95,
            "encode/django-rest-framework rest_framework/exceptions.py (NotAuthenticated)",
        ),
        generated(
            Body("Incorrect authentication credentials."),
            0.9,
            "encode/django-rest-framework rest_framework/exceptions.py (AuthenticationFailed)",
        ),
        generated(
            Body("You do not have permission to perform this action."),
            0.9,
            "encode/django-rest-framework rest_framework/exceptions.py (PermissionDenied)",
        ),
        generated(
            Body("Request was throttled."),
            0.95,
            "encode/django-rest-framework rest_framework/exceptions.py (Throttled)",
        ),
        generated(
            Body("Unsupported media type \\\""),
            0.9,
            "encode/django-rest-framework rest_framework/exceptions.py (UnsupportedMediaType)",
        ),
        generated(
            Body("{\"detail\":\"Method \\\""),
            0.85,
            "encode/django-rest-framework rest_framework/exceptions.py (MethodNotAllowed 'Method \"{method}\" not allowed.')",
        ),
        generated(
            Body("{\"detail\":\"Not found.\"}"),
            0.6,
            "encode/django-rest-framework rest_framework/exceptions.py (NotFound default_detail)",
        ),
        generated(
            Body("JSON parse error - "),
            0.9,
            "encode/django-rest-framework rest_framework/parsers.py (JSONParser ParseError)",
        ),
        generated(
            Body("Could not satisfy the request Accept header."),
            0.9,
            "encode/django-rest-framework rest_framework/exceptions.py (NotAcceptable)",
        ),
        generated(
            Body("[\"This field is required.\"]"),
            0.6,
            "encode/django-rest-framework rest_framework/fields.py (Field.default_error_messages['required'])",
        ),
        generated(
            Body("Given token not valid for any token type"),
            0.9,
            "jazzband/djangorestframework-simplejwt rest_framework_simplejwt/authentication.py",
        ),
        on_path(
            HeaderIs("vary", "Accept"),
            0.5,
            "encode/django-rest-framework rest_framework/views.py (finalize_response: patch_vary_headers Accept)",
        ),
        on_path(
            HeaderIs("vary", "Accept, Cookie"),
            0.5,
            "encode/django-rest-framework rest_framework/views.py (Vary Accept, plus Cookie from session middleware)",
        ),
        on_path(
            HeaderContains("allow", "OPTIONS"),
            0.3,
            "encode/django-rest-framework rest_framework/views.py (finalize_response: Allow = allowed_methods)",
        ),
        on_path(
            HeaderPrefix("server", "WSGIServer/"),
            0.3,
            "django/django django/core/servers/basehttp.py (runserver on wsgiref)",
        ),
        on_path(
            HeaderIs("cross-origin-opener-policy", "same-origin"),
            0.2,
            "django/django django/middleware/security.py (SECURE_CROSS_ORIGIN_OPENER_POLICY default)",
        ),
        // Added from products-python.rs
    generated(Body("Django REST framework</title>"), 0.95, "captured locally from DRF 3.18.3 (django-rest-framework-404-lab-not-found-browsable); rest_framework/templates/rest_framework/base.html line 15"),
    generated(Body("{\"detail\":\"Invalid username/password.\"}"), 0.9, "captured locally (django-rest-framework-401-lab-bad-credentials); rest_framework/authentication.py line 101"),
    generated(Body("{\"detail\":\"Request was throttled. Expected available in "), 0.95, "captured locally (django-rest-framework-429-lab-throttled); rest_framework/exceptions.py (Throttled.extra_detail_plural)"),
    // DRF adds Allow (with OPTIONS) to every APIView response; with Django's security headers
    // and a {"detail"} body it is DRF, not FastAPI.
    generated(All(&[JsonKeys(&["/detail"]), HeaderContains("allow", "OPTIONS"), HeaderIs("cross-origin-opener-policy", "same-origin")]), 0.8, "captured locally (every django-rest-framework-*-lab-* JSON error); rest_framework/views.py (finalize_response: Allow)"),
],
};

const RAILS: Product = Product {
    id: "rails",
    name: "Ruby on Rails",
    layer: Layer::App,
    signals: &[
        generated(
            Body("rails-default-error-page"),
            0.98,
            "rails/rails railties/lib/rails/generators/rails/app/templates/public/404.html (and 422.html, 500.html)",
        ),
        generated(
            Body("The page you were looking for doesn"),
            0.9,
            "rails/rails railties/lib/rails/generators/rails/app/templates/public/404.html",
        ),
        generated(
            Body("The change you wanted was rejected"),
            0.9,
            "rails/rails railties/lib/rails/generators/rails/app/templates/public/422.html",
        ),
        generated(
            Body("Action Controller: Exception caught"),
            0.95,
            "rails/rails actionpack/lib/action_dispatch/middleware/templates/rescues/layout.erb",
        ),
        generated(
            Header("x-runtime"),
            0.5,
            "rack/rack lib/rack/runtime.rb (X-Runtime), in the Rails default middleware stack",
        ),
        generated(
            JsonKeys(&["/status", "/error"]),
            0.35,
            "rails/rails actionpack/lib/action_dispatch/middleware/public_exceptions.rb ({ status:, error: })",
        ),
        on_path(
            HeaderIs("cache-control", "max-age=0, private, must-revalidate"),
            0.3,
            "rails/rails actionpack/lib/action_dispatch/http/cache.rb (DEFAULT_CACHE_CONTROL)",
        ),
        // Added from jvm.rs
    // HostAuthorization's page (rails-403-lab-blocked-host) — already caught by the layout title,
    // but this sentence is the one users search for.
    generated(
        Body("<h1>Blocked host: "),
        0.95,
        "captured locally from Rails 6.1.7.10 (Debian ruby-rails) (lab/recipes/ruby-rails.sh); rails/rails actionpack/lib/action_dispatch/middleware/templates/rescues/blocked_host.html.erb",
    ),
    // ActionDispatch::RequestId + Rack::Runtime together on every Rails response (all rails-*-lab-*
    // except the Blocked host page).
    generated(
        All(&[Header("x-request-id"), Header("x-runtime")]),
        0.6,
        "captured locally from Rails 6.1.7.10 (lab/recipes/ruby-rails.sh); rails/rails actionpack/lib/action_dispatch/middleware/request_id.rb, rack/rack lib/rack/runtime.rb",
    ),
],
};

// ---------------------------------------------------------------------------------------------
// Sinatra: one change and additions to SINATRA (apps.rs)
// ---------------------------------------------------------------------------------------------
const SINATRA_LAB: &str = "captured locally from Sinatra 3.0.5 (Debian ruby-sinatra 3.0.5-3+deb12u1) (lab/recipes/ruby-sinatra.sh)";

const SINATRA: Product = Product {
    id: "sinatra",
    name: "Sinatra",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Sinatra doesn"),
            0.95,
            "sinatra/sinatra lib/sinatra/base.rb (development not_found page 'Sinatra doesn’t know this ditty.')",
        ),
        // Rack::URLMap and Rack::Files send it too (rack/rack lib/rack/urlmap.rb,
        // lib/rack/files.rb): it shows a Rack app on the path, not Sinatra.
        on_path(
            HeaderIs("x-cascade", "pass"),
            0.3,
            "sinatra/sinatra lib/sinatra/base.rb (route_missing: X-Cascade: pass)",
        ),
        // Added from jvm.rs
    // Production 404 (sinatra-404-lab-not-found-{puma,thin,webrick}): base.rb route_missing / the
    // not_found body `<h1>Not Found</h1>` with X-Cascade: pass.
    generated(
        All(&[BodyIs("<h1>Not Found</h1>"), HeaderIs("x-cascade", "pass")]),
        0.9,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra lib/sinatra/base.rb (handle_exception!: body \"<h1>#{not_found? ? 'Not Found' : 'Bad Request'}</h1>\")",
    ),
    // Production 500 (sinatra-500-lab-exception-*, sinatra-500-lab-json-parse-puma): the default
    // `error ::Exception` block, with rack-protection's headers.
    generated(
        All(&[BodyIs("<h1>Internal Server Error</h1>"), HeaderIs("x-frame-options", "SAMEORIGIN")]),
        0.9,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra lib/sinatra/base.rb (error ::Exception do ... '<h1>Internal Server Error</h1>')",
    ),
    // rack-protection's default header pair with Sinatra's charset spelling (every sinatra capture
    // but the development exception pages): banner-less evidence, e.g. sinatra-403-lab-halt-puma.
    on_path(
        All(&[
            HeaderIs("content-type", "text/html;charset=utf-8"),
            HeaderIs("x-xss-protection", "1; mode=block"),
            HeaderIs("x-frame-options", "SAMEORIGIN"),
        ]),
        0.5,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra rack-protection/lib/rack/protection/xss_header.rb, frame_options.rb",
    ),
    // Development exception page (sinatra-500-lab-show-exceptions, -json-parse-development).
    generated(
        Body("enabled the <code>show_exceptions</code> setting."),
        0.97,
        "captured locally from Sinatra 3.0.5 (lab/recipes/ruby-sinatra.sh); sinatra/sinatra lib/sinatra/show_exceptions.rb (TEMPLATE, p#explanation)",
    ),
    // Its plain-text variant (curl; sinatra-500-lab-show-exceptions-text): the backtrace runs
    // through Sinatra's base.rb.
    generated(Body("/lib/sinatra/base.rb:"), 0.7, SINATRA_LAB),
],
};

const SPRING_BOOT: Product = Product {
    id: "spring-boot",
    name: "Spring Boot",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Whitelabel Error Page"),
            0.98,
            "spring-projects/spring-boot ErrorMvcAutoConfiguration.java (StaticView, the Whitelabel error page)",
        ),
        generated(
            JsonKeys(&["/timestamp", "/status", "/error", "/path"]),
            0.85,
            "spring-projects/spring-boot DefaultErrorAttributes.java (timestamp, status, error, path)",
        ),
        generated(
            HeaderPrefix("content-type", "application/vnd.spring-boot.actuator"),
            0.9,
            "spring-projects/spring-boot spring-boot-actuator ApiVersion.java (actuator media types)",
        ),
        generated(
            Body("No static resource "),
            0.8,
            "spring-projects/spring-framework NoResourceFoundException.java ('No static resource ' + path)",
        ),
        on_path(
            HeaderContains("vary", "Access-Control-Request-Method"),
            0.5,
            "spring-projects/spring-framework DefaultCorsProcessor.java (Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers)",
        ),
    ],
};

const ZIPKIN_ARMERIA: Product = Product {
    id: "zipkin-armeria",
    name: "Zipkin server (Armeria)",
    layer: Layer::App,
    signals: &[generated(
        JsonKeys(&["/status", "/zipkin/status"]),
        0.9,
        "openzipkin/zipkin zipkin-server ZipkinHealthController.java (/health: {status, zipkin: {status, details}})",
    )],
};

const TOMCAT: Product = Product {
    id: "tomcat",
    name: "Apache Tomcat",
    layer: Layer::App,
    signals: &[
        generated(
            Body("h1, h2, h3, b {color:white;background-color:#525D76;}"),
            0.95,
            "apache/tomcat java/org/apache/catalina/util/TomcatCSS.java (ErrorReportValve page style)",
        ),
        generated(
            Body("H1 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;"),
            0.9,
            "apache/tomcat 7.0 java/org/apache/catalina/util/TomcatCSS.java (older ErrorReportValve style)",
        ),
        generated(
            Body("<p><b>Type</b> Status Report</p>"),
            0.9,
            "apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java",
        ),
        generated(
            Body("<p><b>Type</b> Exception Report</p>"),
            0.9,
            "apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java",
        ),
        generated(
            Body("<h3>Apache Tomcat/"),
            0.9,
            "apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java (server info footer)",
        ),
        // Added from jvm.rs
    // NOTE: the `coyote` stack (stacks.rs, e811309) already scores the header order and the
    // charset spelling; the next two are for Tomcat-the-product when Feature("stack:coyote") is
    // not enough on its own (a HEAD, tomcat-404-lab-head). Drop them if the stack suffices.
    // Header-only evidence (HEAD, tomcat-404-lab-head; also every ErrorReportValve page):
    // `Content-Type: text/html;charset=utf-8` (no space) with `Content-Language: en` — the valve
    // sets the response locale. Plus the reason-less status line that only Tomcat 8.5+ sends.
    generated(
        All(&[
            HeaderIs("content-type", "text/html;charset=utf-8"),
            HeaderIs("content-language", "en"),
        ]),
        0.7,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java (setContentType(\"text/html\"), setCharacterEncoding(\"utf-8\"), response locale)",
    ),
    generated(
        All(&[Reason(""), HeaderIs("content-language", "en")]),
        0.6,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); apache/tomcat java/org/apache/coyote/http11/Http11OutputBuffer.java (no reason phrase since 8.5)",
    ),
    // The title survives showReport=false/showServerInfo=false (tomcat-404-lab-no-context-hardened).
    generated(
        Body("<title>HTTP Status "),
        0.8,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); catalina.jar org/apache/catalina/valves/LocalStrings.properties (errorReportValve.statusHeader=HTTP Status {0} \\u2013 {1})",
    ),
    // Coyote's request-line rejection, rendered as an Exception Report (tomcat-400-lab-invalid-target).
    generated(
        Body("The valid characters are defined in RFC 7230 and RFC 3986"),
        0.9,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); tomcat-coyote.jar org/apache/coyote/http11/LocalStrings.properties (iib.invalidRequestTarget)",
    ),
    // The Manager app's 401/403 pages (tomcat-401-lab-manager-unauthorized,
    // tomcat-403-lab-manager-forbidden): the most common Tomcat pages on the public internet.
    generated(
        Body("<tt>conf/tomcat-users.xml</tt>"),
        0.95,
        "captured locally from Tomcat 10.1.60 Manager (Debian tomcat10-admin) (lab/recipes/java-tomcat.sh); apache/tomcat webapps/manager/WEB-INF/jsp/401.jsp, 403.jsp",
    ),
    generated(
        HeaderIs("www-authenticate", "Basic realm=\"Tomcat Manager Application\""),
        0.95,
        "captured locally from Tomcat 10.1.60 Manager (lab/recipes/java-tomcat.sh); apache/tomcat webapps/manager/WEB-INF/web.xml (login-config realm-name)",
    ),
    // HttpServlet's own 501 (tomcat-501-lab-unknown-method; Jakarta servlet-api LocalStrings).
    generated(
        Body("is not implemented by this Servlet for this URI"),
        0.85,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); servlet-api.jar jakarta/servlet/http/LocalStrings.properties (http.method_not_implemented)",
    ),
],
};

// ---------------------------------------------------------------------------------------------
// Jetty: additions to JETTY (apps.rs)
// ---------------------------------------------------------------------------------------------
const JETTY_LAB: &str = "captured locally from Jetty 9.4.57.v20241219 (Debian libjetty9-java 9.4.57-1.1~deb12u1) (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server";

const JETTY: Product = Product {
    id: "jetty",
    name: "Eclipse Jetty",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Powered by Jetty://"),
            0.95,
            "eclipse/jetty.project jetty-util Jetty.java (POWERED_BY) in ErrorHandler.writeErrorPage",
        ),
        generated(
            Body("<h2>HTTP ERROR"),
            0.85,
            "eclipse/jetty.project jetty-server ErrorHandler.java (writeErrorPageMessage)",
        ),
        generated(
            Body("<tr><th>URI:</th><td>"),
            0.8,
            "eclipse/jetty.project jetty-server ErrorHandler.java (htmlRow URI)",
        ),
        generated(
            JsonKeys(&["/servlet", "/message", "/url", "/status"]),
            0.9,
            "eclipse/jetty.project jetty-server ErrorHandler.java (writeErrorJson)",
        ),
        generated(
            HeaderPrefix("server", "Jetty("),
            0.6,
            "eclipse/jetty.project jetty-server HttpConfiguration (sendServerVersion: Server: Jetty(<version>))",
        ),
        // Added from jvm.rs
    // Parser-level errors (400/414/431): `<h1>Bad Message 400</h1><pre>reason: ...</pre>`
    // (jetty-400-lab-garbage-request, jetty-431-lab-header-too-large, jetty-414-lab-uri-too-long);
    // ErrorHandler.badMessageError.
    generated(Body("<h1>Bad Message "), 0.9, JETTY_LAB),
    // DefaultHandler's no-context page (jetty-404-lab-root-context-list); its footer is
    // "Powered by Eclipse Jetty:// Server", which the existing "Powered by Jetty://" misses.
    generated(
        Body("No context on this server matched or handled this request."),
        0.95,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/DefaultHandler.java",
    ),
    generated(
        Body("Powered by Eclipse Jetty:// Server"),
        0.95,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/DefaultHandler.java",
    ),
    // Header on every ErrorHandler page (no spaces after the commas): all jetty-*-lab-* HTML/JSON
    // error captures. Header-only evidence when Server is hidden.
    generated(
        HeaderIs("cache-control", "must-revalidate,no-cache,no-store"),
        0.65,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/ErrorHandler.java (handle: Cache-Control must-revalidate,no-cache,no-store)",
    ),
    // Jetty's reason phrase for 500 (jetty-500-lab-exception); others say "Internal Server Error".
    generated(Reason("Server Error"), 0.4, JETTY_LAB),
],
};

const ASPNET_CORE: Product = Product {
    id: "aspnet-core",
    name: "ASP.NET Core",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderIs("server", "Kestrel"),
            0.6,
            "dotnet/aspnetcore src/Servers/Kestrel (Server: Kestrel unless AddServerHeader is off)",
        ),
        generated(
            JsonKeys(&["/type", "/title", "/status", "/traceId"]),
            0.9,
            "dotnet/aspnetcore src/Mvc/Mvc.Core/src/Infrastructure/DefaultProblemDetailsFactory.cs (traceId extension)",
        ),
        generated(
            Body("\"traceId\":\"00-"),
            0.7,
            "dotnet/aspnetcore src/Http/Http.Extensions/src/ProblemDetailsDefaults.cs (traceId = Activity.Current.Id, W3C format)",
        ),
        generated(
            Body("https://tools.ietf.org/html/rfc7231#section-6."),
            0.6,
            "dotnet/aspnetcore src/Mvc/Mvc.Core/src/ApiBehaviorOptionsSetup.cs (ClientErrorMapping links)",
        ),
        generated(
            Body("https://tools.ietf.org/html/rfc9110#section-15."),
            0.6,
            "dotnet/aspnetcore src/Http/Http.Extensions/src/ProblemDetailsDefaults.cs (Defaults links)",
        ),
        generated(
            Body("One or more validation errors occurred."),
            0.95,
            "dotnet/aspnetcore src/Http/Http.Abstractions/src/ProblemDetails/HttpValidationProblemDetails.cs (Title)",
        ),
    ],
};

const ASPNET: Product = Product {
    id: "aspnet",
    name: "ASP.NET (Framework)",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Server Error in '/"),
            0.95,
            "ASP.NET Framework System.Web error page (\"Server Error in '/' Application.\", the yellow screen)",
        ),
        generated(
            Header("x-aspnet-version"),
            0.7,
            "ASP.NET Framework System.Web HttpRuntime (X-AspNet-Version unless enableVersionHeader=false)",
        ),
        generated(
            Header("x-aspnetmvc-version"),
            0.7,
            "aspnet/AspNetWebStack src/System.Web.Mvc/MvcHandler.cs (X-AspNetMvc-Version)",
        ),
        on_path(
            HeaderIs("x-powered-by", "ASP.NET"),
            0.4,
            "IIS default custom header X-Powered-By: ASP.NET (applicationHost.config)",
        ),
    ],
};

const GO_NET_HTTP: Product = Product {
    id: "go-net-http",
    name: "Go net/http",
    layer: Layer::App,
    signals: &[
        generated(
            Body("404 page not found\n"),
            0.65,
            "golang/go src/net/http/server.go (NotFound: Error(w, \"404 page not found\", 404), Error appends newline)",
        ),
        generated(
            Body("Client sent an HTTP request to an HTTPS server.\n"),
            0.9,
            "golang/go src/net/http/server.go (conn.serve, plain HTTP on a TLS listener)",
        ),
        generated(
            Body("http: request body too large"),
            0.7,
            "golang/go src/net/http/request.go (MaxBytesReader error text)",
        ),
        on_path(
            HeaderIs("x-content-type-options", "nosniff"),
            0.3,
            "golang/go src/net/http/server.go (Error sets X-Content-Type-Options: nosniff)",
        ),
        // Added from products-go-rust.rs
    generated(
        BodyIs("<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>"),
        0.85,
        "captured locally from Go net/http go1.19.8 and go1.22.10 (lab/recipes/go-net-http.sh, go-net-http-503-lab-timeout-handler, -go122; also echo's Timeout middleware, echo-503-lab-timeout-middleware); golang/go src/net/http/server.go (timeoutHandler.errorBody default)",
    ),
    generated(
        All(&[BodyIs("404 page not found"), HeaderIs("content-type", "text/plain; charset=utf-8")]),
        0.7,
        "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-404-lab-not-found; also under chi and gorilla/mux); golang/go src/net/http/server.go (NotFound via Error: charset=utf-8 + nosniff + trailing newline). Tells it from gin's 'Content-Type: text/plain' 404.",
    ),
    generated(
        All(&[Status(405, 405), BodyIs("Method Not Allowed"), HeaderIs("x-content-type-options", "nosniff")]),
        0.75,
        "captured locally from Go net/http go1.22.10 (lab/recipes/go-net-http.sh, go-net-http-405-lab-mux-method-go122: 'Allow: GET, HEAD' + http.Error body); golang/go src/net/http/server.go (ServeMux 1.22 method patterns)",
    ),
    // The existing `Body("Client sent an HTTP request to an HTTPS server.\n")` is confirmed byte for
    // byte by go-net-http-400-lab-http-to-https (HTTP/1.0, no headers at all). The existing
    // `Body("404 page not found\n")` 0.65 and `Body("http: request body too large")` 0.7 are
    // confirmed by go-net-http-404-lab-not-found and go-net-http-413-lab-max-bytes-reader.
],
};

const GIN: Product = Product {
    id: "gin",
    name: "Gin",
    layer: Layer::App,
    signals: &[
        generated(
            Body("405 method not allowed"),
            0.9,
            "gin-gonic/gin gin.go (default405Body)",
        ),
        // Added from products-go-rust.rs
    generated(
        All(&[BodyIs("404 page not found"), HeaderIs("content-type", "text/plain")]),
        0.85,
        "captured locally from gin 1.8.1 (Debian golang-github-gin-gonic-gin-dev 1.8.1-1, go1.19.8; lab/recipes/go-gin.sh, gin-404-lab-not-found); gin-gonic/gin gin.go (default404Body, serveError sets Content-Type mimePlain = text/plain)",
    ),
    generated(
        All(&[BodyIs("405 method not allowed"), HeaderIs("content-type", "text/plain")]),
        0.95,
        "captured locally from gin 1.8.1 (lab/recipes/go-gin.sh, gin-405-lab-method-not-allowed, HandleMethodNotAllowed on); gin-gonic/gin gin.go (default405Body)",
    ),
    generated(
        Body("Error:Field validation for '"),
        0.5,
        "captured locally from gin 1.8.1 (lab/recipes/go-gin.sh, gin-400-lab-should-bind-json-validation: binding:\"required\" through go-playground/validator v10, the usual gin idiom c.JSON(400, gin.H{\"error\": err.Error()})); go-playground/validator v10 errors.go (fieldError.Error 'Key: '%s' Error:Field validation for '%s' failed on the '%s' tag')",
    ),
],
};

const ECHO: Product = Product {
    id: "echo",
    name: "Echo",
    layer: Layer::App,
    signals: &[
        generated(
            Body("{\"message\":\"Not Found\"}\n"),
            0.6,
            "labstack/echo echo.go (DefaultHTTPErrorHandler + ErrNotFound; json.go encoder appends newline)",
        ),
        generated(
            Body("{\"message\":\"Method Not Allowed\"}\n"),
            0.6,
            "labstack/echo echo.go (ErrMethodNotAllowed via DefaultHTTPErrorHandler)",
        ),
        generated(
            Body("{\"message\":\"Internal Server Error\"}\n"),
            0.5,
            "labstack/echo echo.go (DefaultHTTPErrorHandler hides non-HTTPError errors)",
        ),
        generated(
            Body("{\"message\":\"Unauthorized\"}\n"),
            0.5,
            "labstack/echo echo.go (ErrUnauthorized via DefaultHTTPErrorHandler)",
        ),
        generated(
            Body("\"message\":\"missing or malformed jwt\""),
            0.9,
            "labstack/echo middleware/jwt.go (ErrJWTMissing)",
        ),
        // Added from products-go-rust.rs
    generated(
        Body("{\"message\":\"missing or malformed jwt\"}"),
        0.9,
        "captured locally from echo 4.2.1 (Debian golang-github-labstack-echo-dev 4.2.1-3, go1.19.8; lab/recipes/go-echo.sh, echo-400-lab-jwt-missing); labstack/echo middleware/jwt.go (ErrJWTMissing; echo-jwt keeps the text)",
    ),
    generated(
        Body("{\"message\":\"invalid or expired jwt\"}"),
        0.9,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-401-lab-jwt-invalid); labstack/echo middleware/jwt.go (ErrJWTInvalid)",
    ),
    generated(
        Body("{\"message\":\"missing key in request header\"}"),
        0.85,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-400-lab-key-auth-missing); labstack/echo middleware/key_auth.go",
    ),
    generated(
        Body("{\"message\":\"invalid csrf token\"}"),
        0.7,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-403-lab-csrf-invalid); labstack/echo middleware/csrf.go",
    ),
    generated(
        Body("{\"message\":\"rate limit exceeded\"}"),
        0.7,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-429-lab-rate-limit); labstack/echo middleware/rate_limiter.go (ErrRateLimitExceeded)",
    ),
    generated(
        Body("{\"message\":\"Request Entity Too Large\"}\n"),
        0.7,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-413-lab-body-limit); labstack/echo middleware/body_limit.go (echo.ErrStatusRequestEntityTooLarge via DefaultHTTPErrorHandler)",
    ),
    generated(
        Body("Unmarshal type error: expected="),
        0.9,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-400-lab-bind-type-error); labstack/echo bind.go (DefaultBinder: 'Unmarshal type error: expected=%v, got=%v, field=%v, offset=%v')",
    ),
    generated(
        Body("Syntax error: offset="),
        0.85,
        "labstack/echo bind.go (DefaultBinder: 'Syntax error: offset=%v, error=%v' for *json.SyntaxError; the sibling of the captured echo-400-lab-bind-type-error)",
    ),
    generated(
        Body("\"error\": \"code=4"),
        0.85,
        "captured locally from echo 4.2.1 with e.Debug = true (lab/recipes/go-echo.sh, echo-404-lab-not-found-debug: pretty JSON with \"error\": \"code=404, message=Not Found\"); labstack/echo echo.go (HTTPError.Error 'code=%d, message=%v'; DefaultHTTPErrorHandler adds error in Debug, context.go indents in Debug)",
    ),
    on_path(
        HeaderIs("www-authenticate", "basic realm=Restricted"),
        0.6,
        "captured locally from echo 4.2.1 (lab/recipes/go-echo.sh, echo-401-lab-basic-auth: lowercase 'basic', unquoted default realm); labstack/echo middleware/basic_auth.go (defaultRealm = \"Restricted\")",
    ),
],
};

// ---------------------------------------------------------------------------------------------
// Laravel: additions to LARAVEL (apps.rs)
// ---------------------------------------------------------------------------------------------
const LARAVEL_LAB: &str = "captured locally from Laravel 8.83.26 (Debian php-laravel-framework 8.83.26+dfsg-2) (lab/recipes/php-laravel.sh)";

const LARAVEL: Product = Product {
    id: "laravel",
    name: "Laravel",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/message", "/errors"]),
            0.3,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (invalidJson: message, errors)",
        ),
        generated(
            Body(" more error)"),
            0.75,
            "laravel/framework src/Illuminate/Validation/ValidationException.php (summarize: '(and :count more error)')",
        ),
        generated(
            Body(" more errors)"),
            0.75,
            "laravel/framework src/Illuminate/Validation/ValidationException.php (summarize: '(and :count more errors)')",
        ),
        generated(
            Body("\"message\":\"The given data was invalid.\""),
            0.9,
            "laravel/framework 5.5-8.x src/Illuminate/Validation/ValidationException.php",
        ),
        generated(
            Body("{\"message\":\"Unauthenticated.\"}"),
            0.85,
            "laravel/framework src/Illuminate/Auth/AuthenticationException.php (default message)",
        ),
        generated(
            Body("{\"message\":\"Server Error\"}"),
            0.7,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, debug off)",
        ),
        generated(
            Body("CSRF token mismatch."),
            0.9,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException -> 419)",
        ),
        generated(
            Body("No query results for model ["),
            0.95,
            "laravel/framework src/Illuminate/Database/Eloquent/ModelNotFoundException.php",
        ),
        generated(
            Body("\"message\":\"Too Many Attempts.\""),
            0.9,
            "laravel/framework src/Illuminate/Http/Exceptions/ThrottleRequestsException.php",
        ),
        generated(
            JsonKeys(&["/message", "/exception", "/file", "/line", "/trace"]),
            0.9,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, debug on)",
        ),
        generated(
            HeaderContains("set-cookie", "laravel_session="),
            0.7,
            "laravel/laravel config/session.php (cookie name Str::slug(APP_NAME).'_session', laravel_session by default)",
        ),
        // Added from jvm.rs
    // The framework's error views, minimal layout (laravel-404-lab-not-found, -500-lab-server-error,
    // -503-lab-abort); 7.x-8.x. Laravel 9+ renamed the classes; these are for 6-8.
    generated(
        Body("text-lg text-gray-500 border-r border-gray-400 tracking-wider"),
        0.95,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework 8.x src/Illuminate/Foundation/Exceptions/views/minimal.blade.php",
    ),
    generated(
        Body("ml-4 text-lg text-gray-500 uppercase tracking-wider"),
        0.9,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework 8.x src/Illuminate/Foundation/Exceptions/views/minimal.blade.php",
    ),
    // JSON errors are pretty-printed in 8.x (`{\n    "message": "Server Error"\n}`), which the
    // existing Body("{\"message\":\"Server Error\"}") does not match (laravel-500-lab-server-error-json).
    generated(
        All(&[JsonIs("/message", "Server Error"), HeaderIs("cache-control", "no-cache, private")]),
        0.85,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, prepareJsonResponse JSON_PRETTY_PRINT)",
    ),
    // The router's 404 as JSON has an empty message (laravel-404-lab-not-found-json).
    generated(
        All(&[JsonIs("/message", ""), HeaderIs("cache-control", "no-cache, private")]),
        0.75,
        LARAVEL_LAB,
    ),
    // Lowercase `date` after `Cache-Control` on Laravel's HTML error responses
    // (laravel-404-lab-not-found, -500-lab-server-error, -503-lab-abort, -405-lab-wrong-method,
    // -500-lab-exception-debug); Symfony alone writes `Date` (symfony-*-lab-*).
    generated(NamesInOrder(&["Cache-Control", "date"]), 0.6, LARAVEL_LAB),
    // Debug HTML without Ignition is Symfony's exception page; the trace names Illuminate's
    // classes (laravel-500-lab-exception-debug), which outweighs the Symfony markers.
    generated(Body("Illuminate\\Routing\\"), 0.97, LARAVEL_LAB),
],
};

const PHP: Product = Product {
    id: "php",
    name: "PHP",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("x-powered-by", "PHP/"),
            0.55,
            "php/php-src main/SAPI.c (X-Powered-By: PHP/<version> when expose_php is on)",
        ),
        generated(
            Body("<b>Fatal error</b>:  "),
            0.9,
            "php/php-src main/main.c (php_error_cb, html_errors format '%s<br />\\n<b>%s</b>:  %s in <b>%s</b> on line <b>%d</b>')",
        ),
        generated(
            Body("<b>Parse error</b>:  "),
            0.9,
            "php/php-src main/main.c (php_error_cb, html_errors format)",
        ),
        generated(
            Body("</b> on line <b>"),
            0.8,
            "php/php-src main/main.c (php_error_cb, html_errors format)",
        ),
        generated(
            Body("PHP Fatal error:  "),
            0.85,
            "php/php-src main/main.c (php_error_cb, plain-text format 'PHP %s:  %s in %s on line %d')",
        ),
        on_path(
            HeaderContains("set-cookie", "PHPSESSID="),
            0.4,
            "php/php-src ext/session/session.c (session.name default PHPSESSID)",
        ),
        // Added from jvm.rs
    // PHP's SAPI default header is spelled `Content-type` (lowercase t) and follows X-Powered-By;
    // it survives where the web server passes names through (php -S: php-200-lab-*-display-on,
    // php-500-lab-*-display-off; Slim keeps the spelling too). nginx and Apache rewrite it.
    generated(
        NamesInOrder(&["X-Powered-By", "Content-type"]),
        0.6,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src main/SAPI.c (sapi_send_headers default 'Content-type: %s')",
    ),
    // PHP's default Content-type header name spelling is lost (names are case-insensitive), but
    // the empty-500 pattern is not: display_errors off gives an empty 500 with X-Powered-By
    // (php-500-lab-fatal-display-off, php-500-lab-fatal-mod-php, php-500-lab-fatal-fpm-*).
    generated(
        All(&[Status(500, 500), BodyIs(""), HeaderPrefix("x-powered-by", "PHP/")]),
        0.8,
        "captured locally from PHP 8.2.36 (Debian php8.2) (lab/recipes/php-builtin.sh, php-mod-php.sh, php-fpm-nginx.sh); php/php-src main/main.c (php_error_cb: 500 on a fatal error, display_errors off)",
    ),
    // Memory / time limit fatals with display_errors on (php-200-lab-memory-display-on,
    // php-200-lab-timeout-display-on).
    generated(
        Body("</b>:  Allowed memory size of "),
        0.9,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src Zend/zend_alloc.c (zend_mm_safe_error 'Allowed memory size of %zu bytes exhausted')",
    ),
    generated(
        Body("</b>:  Maximum execution time of "),
        0.9,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src Zend/zend_execute_API.c (zend_timeout 'Maximum execution time of %d second%s exceeded')",
    ),
],
};

const PHOENIX: Product = Product {
    id: "phoenix",
    name: "Phoenix",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/errors/detail"]),
            0.8,
            "phoenixframework/phoenix priv/templates/phx.gen.json and phx.new error_json.ex (%{errors: %{detail: ...}})",
        ),
        generated(
            Body("Phoenix.Router.NoRouteError"),
            0.95,
            "phoenixframework/phoenix lib/phoenix/router.ex (NoRouteError, shown on the debug page)",
        ),
        generated(
            Body("no route found for "),
            0.7,
            "phoenixframework/phoenix lib/phoenix/router.ex (NoRouteError message 'no route found for GET /x (Router)')",
        ),
        on_path(
            HeaderIs("cache-control", "max-age=0, private, must-revalidate"),
            0.3,
            "elixir-plug/plug lib/plug/conn.ex (default resp_headers cache-control)",
        ),
    ],
};

const ACTIX_WEB: Product = Product {
    id: "actix-web",
    name: "Actix Web",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Json deserialize error: "),
            0.9,
            "actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::Deserialize)",
        ),
        generated(
            Body("Content type error"),
            0.6,
            "actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::ContentType)",
        ),
        generated(
            Body("Query deserialize error: "),
            0.9,
            "actix/actix-web actix-web/src/error/mod.rs (QueryPayloadError::Deserialize)",
        ),
        generated(
            Body("can not parse \""),
            0.6,
            "actix/actix-web actix-router/src/de.rs (path segment parse error, 404 via PathError)",
        ),
        generated(
            Body("is larger than allowed (limit: "),
            0.8,
            "actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::OverflowKnownLength)",
        ),
        // Added from products-go-rust.rs
    generated(
        All(&[Status(415, 415), BodyIs("Content type error.")]),
        0.8,
        "captured locally from actix-web 4.18.1 (lab/recipes/rust-actix-web.sh, actix-web-415-lab-form-content-type: web::Form with a JSON content-type; note the period, the Json variant has none and is 400); actix/actix-web actix-web/src/error/mod.rs (UrlencodedError::ContentType)",
    ),
    generated(
        Body("JSON payload ("),
        0.85,
        "captured locally from actix-web 4.18.1 (lab/recipes/rust-actix-web.sh, actix-web-413-lab-json-limit 'JSON payload (43 bytes) is larger than allowed (limit: 10 bytes).'); actix/actix-web actix-web/src/error/mod.rs (JsonPayloadError::OverflowKnownLength)",
    ),
    // CORRECTION (comment only): the existing `Body("Content type error")` 0.6 also matches the
    // Form 415 variant; fine as is. Existing Json/Query/path signals are confirmed by
    // actix-web-400-lab-json-syntax, -json-missing-field, -query, actix-web-404-lab-path.
],
};

const AXUM: Product = Product {
    id: "axum",
    name: "axum",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Failed to parse the request body as JSON: "),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (JsonSyntaxError)",
        ),
        generated(
            Body("Failed to deserialize the JSON body into the target type: "),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (JsonDataError)",
        ),
        generated(
            Body("Expected request with `Content-Type: application/json`"),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (MissingJsonContentType)",
        ),
        generated(
            Body("Form requests must have `Content-Type: application/x-www-form-urlencoded`"),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (InvalidFormContentType)",
        ),
        generated(
            Body("Failed to deserialize query string: "),
            0.95,
            "tokio-rs/axum axum/src/extract/rejection.rs (FailedToDeserializeQueryString)",
        ),
        generated(
            Body("Invalid URL: "),
            0.6,
            "tokio-rs/axum axum/src/extract/path/mod.rs (FailedToDeserializePathParams body 'Invalid URL: ...')",
        ),
        generated(
            Body("Missing request extension: "),
            0.9,
            "tokio-rs/axum axum/src/extract/rejection.rs (MissingExtension)",
        ),
        // Added from products-go-rust.rs
    generated(
        Body("Failed to buffer the request body: "),
        0.95,
        "captured locally from axum 0.8.9 (lab/recipes/rust-axum.sh, axum-413-lab-body-limit 'Failed to buffer the request body: length limit exceeded'); tokio-rs/axum axum-core/src/extract/rejection.rs (FailedToBufferBody / LengthLimitError)",
    ),
    generated(
        Body("Invalid URL: Cannot parse `"),
        0.85,
        "captured locally from axum 0.8.9 (lab/recipes/rust-axum.sh, axum-400-lab-path: 'Invalid URL: Cannot parse `abc` to a `u32`'); tokio-rs/axum axum/src/extract/path/mod.rs (ErrorKind::ParseError Display)",
    ),
    generated(
        All(&[Status(405, 405), HeaderIs("allow", "GET,HEAD"), BodyIs("")]),
        0.5,
        "captured locally from axum 0.8.9 (lab/recipes/rust-axum.sh, axum-405-lab-method-not-allowed: 'allow: GET,HEAD' without a space, empty body); tokio-rs/axum axum/src/routing/method_routing.rs (AllowHeader joined with ',')",
    ),
    // The existing JsonSyntaxError / JsonDataError / MissingJsonContentType / InvalidFormContentType
    // / FailedToDeserializeQueryString signals are confirmed by axum-400-lab-json-syntax,
    // axum-422-lab-json-data, axum-415-lab-json-content-type, axum-415-lab-form-content-type,
    // axum-400-lab-query.
],
};

const ROCKET: Product = Product {
    id: "rocket",
    name: "Rocket",
    layer: Layer::App,
    signals: &[
        generated(
            Body("<small>Rocket</small>"),
            0.95,
            "rwf2/Rocket core/lib/src/catcher/catcher.rs (html_error_template)",
        ),
        generated(
            JsonKeys(&["/error/code", "/error/reason", "/error/description"]),
            0.85,
            "rwf2/Rocket core/lib/src/catcher/catcher.rs (json_error_template)",
        ),
        generated(
            HeaderIs("server", "Rocket"),
            0.6,
            "rwf2/Rocket core/lib/src/config/ident.rs (default ident 'Rocket' sent as Server)",
        ),
        // Added from products-go-rust.rs
    generated(
        HeaderIs("permissions-policy", "interest-cohort=()"),
        0.6,
        "captured locally from Rocket 0.5.2 (lab/recipes/rust-rocket.sh, every rocket-*-lab-* fixture except the hyper-level garbage 400); rwf2/Rocket core/lib/src/shield/policy.rs (Shield default Permission policy: interest-cohort=())",
    ),
    generated(
        Body("<div role=\"contentinfo\" align=\"center\">"),
        0.7,
        "captured locally from Rocket 0.5.2 (lab/recipes/rust-rocket.sh, rocket-404-lab-not-found, rocket-500-lab-panic); rwf2/Rocket core/lib/src/catcher/catcher.rs (html_error_template)",
    ),
    generated(
        Body("The request was well-formed but was unable to be followed due to semantic errors."),
        0.5,
        "captured locally from Rocket 0.5.2 (lab/recipes/rust-rocket.sh, rocket-422-lab-param-parse, rocket-422-lab-json-data); rwf2/Rocket core/lib/src/catcher/catcher.rs (default_handler descriptions)",
    ),
    // The existing `<small>Rocket</small>`, JSON `/error/code,/error/reason,/error/description`
    // and `Server: Rocket` signals are confirmed by rocket-404-lab-not-found,
    // rocket-404-lab-not-found-json and every Rocket-generated capture (header `server: Rocket`,
    // lowercase name from hyper).
],
};

const KUBERNETES_APISERVER: Product = Product {
    id: "kubernetes-apiserver",
    name: "Kubernetes API server",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/kind", "/apiVersion", "/metadata", "/status", "/code"]),
            0.6,
            "kubernetes/apimachinery pkg/apis/meta/v1/types.go (Status: kind, apiVersion, metadata, status, message, reason, details, code)",
        ),
        generated(
            JsonIs("/kind", "Status"),
            0.6,
            "kubernetes/apimachinery pkg/apis/meta/v1/types.go (Status kind)",
        ),
        generated(
            Header("x-kubernetes-pf-flowschema-uid"),
            0.9,
            "kubernetes/apiserver pkg/server/filters/priority-and-fairness.go (X-Kubernetes-PF-FlowSchema-UID)",
        ),
        generated(
            Header("x-kubernetes-pf-prioritylevel-uid"),
            0.9,
            "kubernetes/apiserver pkg/server/filters/priority-and-fairness.go (X-Kubernetes-PF-PriorityLevel-UID)",
        ),
        generated(
            Header("audit-id"),
            0.6,
            "kubernetes/apiserver pkg/endpoints/filters/with_auditid.go (Audit-ID response header)",
        ),
        // Added from products-gateways.rs
    generated(JsonIs("/status", "Failure"), 0.5, "kubernetes/apimachinery metav1.Status (status: Failure on errors); corpus k8s-apiserver-404-status"),
    generated(Header("audit-id"), 0.5, "kubernetes/apiserver pkg/endpoints/filters/audit_init.go (Audit-ID response header); corpus k8s-apiserver-404-status"),
],
};

const GRPC_GATEWAY: Product = Product {
    id: "grpc-gateway",
    name: "gRPC-Gateway",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/error", "/message", "/code"]),
            0.5,
            "grpc-ecosystem/grpc-gateway v1 runtime/errors.go (errorBody { error, code, message, details })",
        ),
        generated(
            JsonKeys(&["/code", "/message", "/details"]),
            0.55,
            "grpc-ecosystem/grpc-gateway v2 runtime/errors.go (DefaultHTTPErrorHandler marshals google.rpc.Status)",
        ),
        generated(
            JsonKeys(&["/details/0/@type"]),
            0.6,
            "grpc-ecosystem/grpc-gateway v2 runtime/errors.go (google.rpc.Status details as Any with @type)",
        ),
        generated(
            Header("grpc-metadata-content-type"),
            0.85,
            "grpc-ecosystem/grpc-gateway runtime/handler.go (gRPC header metadata forwarded as Grpc-Metadata-*)",
        ),
    ],
};

/// WordPress plugin: runs inside the site's own PHP, so its block is the application's answer.
const WORDFENCE: Product = Product {
    id: "wordfence",
    name: "Wordfence (WordPress firewall plugin)",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Generated by Wordfence"),
            0.95,
            "identYwaf data.json@009b16a7 'wordfence'; awesome-waf README; tool-derived",
        ),
        generated(
            Body("This response was generated by Wordfence"),
            0.97,
            "identYwaf data.json@009b16a7 'wordfence'; awesome-waf README; tool-derived",
        ),
        generated(
            Body("Your access to this site has been limited"),
            0.75,
            "awesome-waf README (Wordfence block page text); tool-derived",
        ),
        generated(
            Body("A potentially unsafe operation has been detected in your request to this site"),
            0.85,
            "awesome-waf README (Wordfence WAF block); tool-derived",
        ),
    ],
};

const CONSUL: Product = Product {
    id: "consul",
    name: "HashiCorp Consul HTTP API",
    layer: Layer::App,
    signals: &[
        on_path(
            Header("x-consul-index"),
            0.8,
            "Consul docs, HTTP API blocking queries (X-Consul-Index on responses)",
        ),
        on_path(
            Header("x-consul-knownleader"),
            0.8,
            "Consul docs, HTTP API consistency modes (X-Consul-KnownLeader, X-Consul-LastContact)",
        ),
        on_path(
            Header("x-consul-default-acl-policy"),
            0.85,
            "Consul docs, HTTP API (X-Consul-Default-ACL-Policy)",
        ),
        generated(
            Body("ACL not found"),
            0.6,
            "hashicorp/consul acl errors ('ACL not found', text/plain 403)",
        ),
    ],
};

const CHI: Product = Product {
    id: "chi",
    name: "chi",
    layer: Layer::App,
    signals: &[
        generated(
            BodyIs("Server capacity exceeded."),
            0.85,
            "captured locally from chi 5.0.7 (Debian golang-github-go-chi-chi-dev 5.0.7-1, go1.19.8; lab/recipes/go-chi.sh, chi-429-lab-throttle); go-chi/chi middleware/throttle.go (errCapacityExceeded, written with http.Error 429)",
        ),
        generated(
            BodyIs("Timed out while waiting for a pending request to complete."),
            0.9,
            "go-chi/chi middleware/throttle.go (errTimedOut, http.Error 429); same file as the captured errCapacityExceeded (lab/recipes/go-chi.sh)",
        ),
        generated(
            BodyIs("Context was canceled."),
            0.6,
            "go-chi/chi middleware/throttle.go (errContextCanceled, http.Error 429)",
        ),
    ],
};

/// hyper's own answers to malformed requests: empty bodies, so weak alone.
const HYPER: Product = Product {
    id: "hyper",
    name: "hyper",
    layer: Layer::App,
    signals: &[
        generated(
            All(&[Status(431, 431), BodyIs(""), HeaderIs("content-length", "0")]),
            0.35,
            "captured locally from hyper 1.12.0 under axum 0.8.9 (lab/recipes/rust-axum.sh, hyper-431-lab-header-too-large) and hyper 0.14.32 under warp 0.3.7 (lab/recipes/rust-warp.sh); hyperium/hyper src/proto/h1/role.rs (Server::on_error: Parse::TooLarge -> 431, empty body)",
        ),
        generated(
            All(&[Status(400, 400), BodyIs(""), HeaderIs("content-length", "0"), HeaderIs("connection", "close")]),
            0.2,
            "captured locally from hyper 1.12.0 under axum 0.8.9 and Rocket 0.5.2 (lab/recipes/rust-axum.sh, rust-rocket.sh: garbage request line); hyperium/hyper src/proto/h1/role.rs (Server::on_error: Parse errors -> 400)",
        ),
    ],
};

const TOWER_HTTP: Product = Product {
    id: "tower-http",
    name: "tower-http",
    layer: Layer::App,
    signals: &[
        generated(
            BodyIs("Service panicked"),
            0.9,
            "captured locally from tower-http 0.6.11 under axum 0.8.9 (lab/recipes/rust-axum.sh, tower-http-500-lab-catch-panic); tower-rs/tower-http src/catch_panic.rs (DefaultResponseForPanic: 500 text/plain 'Service panicked')",
        ),
    ],
};

const WARP: Product = Product {
    id: "warp",
    name: "warp",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Request body deserialize error: "),
            0.95,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-400-lab-json-syntax, -json-missing-field); seanmonstar/warp src/filters/body.rs (BodyDeserializeError Display)",
        ),
        generated(
            BodyIs("HTTP method not allowed"),
            0.85,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh: warp-405-lab-unknown-path, an unknown path answered 405 when filters of several methods are combined); seanmonstar/warp src/reject.rs (MethodNotAllowed)",
        ),
        generated(
            BodyIs("The request's content-type is not supported"),
            0.9,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-415-lab-json-content-type); seanmonstar/warp src/reject.rs (UnsupportedMediaType)",
        ),
        generated(
            BodyIs("A content-length header is required"),
            0.9,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-411-lab-length-required); seanmonstar/warp src/reject.rs (LengthRequired)",
        ),
        generated(
            Body("Missing request header \""),
            0.85,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-400-lab-missing-header); seanmonstar/warp src/reject.rs (MissingHeader Display 'Missing request header {:?}')",
        ),
        generated(
            BodyIs("Invalid query string"),
            0.7,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-400-lab-query); seanmonstar/warp src/reject.rs (InvalidQuery)",
        ),
        generated(
            BodyIs("The request payload is too large"),
            0.75,
            "captured locally from warp 0.3.7 (lab/recipes/rust-warp.sh, warp-413-lab-content-length-limit); seanmonstar/warp src/reject.rs (PayloadTooLarge: 'The request payload is too large')",
        ),
    ],
};

const POEM: Product = Product {
    id: "poem",
    name: "poem",
    layer: Layer::App,
    signals: &[
        generated(
            Body("invalid content type `"),
            0.9,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-415-lab-json-content-type); poem-web/poem poem/src/error.rs (ParseJsonError::InvalidContentType 'invalid content type `{0}`, expect: `application/json`')",
        ),
        generated(
            BodyIs("invalid path params"),
            0.9,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-400-lab-path); poem-web/poem poem/src/error.rs (ParsePathError)",
        ),
        generated(
            All(&[Status(404, 404), BodyIs("not found"), HeaderIs("content-type", "text/plain; charset=utf-8"), Feature("stack:hyper")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-404-lab-not-found); poem-web/poem poem/src/error.rs (NotFoundError 'not found')",
        ),
        generated(
            All(&[Status(405, 405), BodyIs("method not allowed"), Feature("stack:hyper")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-405-lab-method-not-allowed); poem-web/poem poem/src/error.rs (MethodNotAllowedError 'method not allowed')",
        ),
        generated(
            All(&[Status(400, 400), Body("parse error: "), HeaderIs("content-type", "text/plain; charset=utf-8")]),
            0.5,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-400-lab-json-syntax, -json-missing-field); poem-web/poem poem/src/error.rs (ParseJsonError::Parse 'parse error: {0}')",
        ),
        generated(
            All(&[Status(413, 413), BodyIs("payload too large"), Feature("stack:hyper")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-413-lab-size-limit); poem-web/poem poem/src/error.rs (ReadBodyError::PayloadTooLarge 'payload too large', raised under middleware::SizeLimit)",
        ),
    ],
};

const SALVO: Product = Product {
    id: "salvo",
    name: "Salvo",
    layer: Layer::App,
    signals: &[
        generated(
            Body("<a href=\"https://salvo.rs\" target=\"_blank\">salvo</a>"),
            0.98,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-404-lab-not-found and every HTML catcher page); salvo-rs/salvo crates/core/src/catcher.rs (SALVO_LINK footer of the default Catcher's HTML)",
        ),
        generated(
            JsonKeys(&["/error/code", "/error/name", "/error/brief"]),
            0.85,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-404-lab-not-found-json, salvo-500-lab-status-error-json); salvo-rs/salvo crates/core/src/catcher.rs (status_error_json: {\"error\":{\"code\",\"name\",\"brief\"}})",
        ),
        generated(
            Body("</code><name>"),
            0.7,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-404-lab-not-found-xml: <Data><code>404</code><name>Not Found</name><brief>...); salvo-rs/salvo crates/core/src/catcher.rs (status_error_xml)",
        ),
        generated(
            Body("parse http data failed"),
            0.9,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-400-lab-json-syntax); salvo-rs/salvo crates/core/src/http/errors/parse_error.rs (StatusError::bad_request().brief(\"parse http data failed\"))",
        ),
        generated(
            Body("panic occurred on server"),
            0.9,
            "captured locally from salvo 1.1.0 (lab/recipes/rust-salvo.sh, salvo-500-lab-catch-panic); salvo-rs/salvo crates/extra/src/catch_panic.rs",
        ),
    ],
};

const INETS_HTTPD: Product = Product {
    id: "inets-httpd",
    name: "Erlang/OTP inets httpd",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("server", "inets/"),
            0.95,
            "captured locally from inets 8.2.2 (OTP 25, Debian erlang-inets 1:25.2.3+dfsg-1+deb12u4; lab/recipes/erlang-inets.sh, every inets-httpd-*-lab-* fixture); erlang/otp lib/inets/src/http_server/httpd_util.erl (server_tokens default -> \"inets/<vsn>\")",
        ),
        generated(
            Reason("Object Not Found"),
            0.7,
            "captured locally from inets 8.2.2 (lab/recipes/erlang-inets.sh, inets-httpd-404-lab-not-found: 'HTTP/1.1 404 Object Not Found'); erlang/otp lib/inets/src/http_server/httpd_util.erl (reason_phrase(404))",
        ),
        generated(
            Body("</BODY>\n      </HTML>"),
            0.85,
            "captured locally from inets 8.2.2 (lab/recipes/erlang-inets.sh: the indented upper-case template of every error page); erlang/otp lib/inets/src/http_server/httpd_util.erl (message/3 page template)",
        ),
        generated(
            Body("unreasonably long"),
            0.8,
            "captured locally from inets 8.2.2 (lab/recipes/erlang-inets.sh, inets-httpd-413-lab-header-too-large 'Entity: Headers unreasonably long', inets-httpd-414-lab-uri-too-long 'Message URI unreasonably long.'); erlang/otp lib/inets/src/http_server/httpd_request.erl (parse_headers: {size_error, Max, 413, \"Headers unreasonably long\"}; parse_uri: \"URI unreasonably long\")",
        ),
    ],
};

const YAWS: Product = Product {
    id: "yaws",
    name: "Yaws",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("server", "Yaws"),
            0.95,
            "captured locally from Yaws 2.1.1 (Debian yaws 2.1.1+dfsg-2; lab/recipes/erlang-yaws.sh, 'Server: Yaws 2.1.1' on every fixture); erlyaws/yaws src/yaws.erl (server header from the version)",
        ),
        generated(
            Body("<address> Yaws "),
            0.95,
            "captured locally from Yaws 2.1.1 (lab/recipes/erlang-yaws.sh, yaws-404-lab-not-found: '<address> Yaws 2.1.1 Server at lab:21210 </address>'); erlyaws/yaws src/yaws_404.erl (out404 / not_found_body: Apache-style page with yaws:address/2)",
        ),
        generated(
            Body("Internal error, yaws code crashed"),
            0.98,
            "captured locally from Yaws 2.1.1 (lab/recipes/erlang-yaws.sh, yaws-500-lab-yaws-page-crash); erlyaws/yaws src/yaws_server.erl (handle_crash) and the errormod_crash default's crashmsg/3 ({h2, [], \"Internal error, yaws code crashed\"})",
        ),
        generated(
            Body("<h1>401 authentication needed</h1>"),
            0.85,
            "captured locally from Yaws 2.1.1 (lab/recipes/erlang-yaws.sh, yaws-401-lab-auth-required); erlyaws/yaws src/yaws_server.erl",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// JDK built-in HTTP server (new)
// ---------------------------------------------------------------------------------------------
const JDK_LAB: &str = "captured locally from OpenJDK 17.0.15 com.sun.net.httpserver (lab/recipes/java-jdk-httpserver.sh); openjdk/jdk src/jdk.httpserver/share/classes/sun/net/httpserver/ServerImpl.java (Exchange.reject)";

const JDK_HTTPSERVER: Product = Product {
    id: "jdk-httpserver",
    name: "JDK HttpServer (com.sun.net.httpserver)",
    layer: Layer::App,
    signals: &[
        // jdk-httpserver-404-lab-no-context, jdk-httpserver-404-lab-head (the body comes even to HEAD).
        generated(
            BodyIs("<h1>404 Not Found</h1>No context found for request"),
            0.98,
            JDK_LAB,
        ),
        generated(Body("No context found for request"), 0.9, JDK_LAB),
        // jdk-httpserver-400-lab-bad-request-line / -bad-header / -bad-content-length.
        generated(
            Body("<h1>400 Bad Request</h1>Bad request line"),
            0.9,
            JDK_LAB,
        ),
        generated(
            Body("Header key contains illegal characters"),
            0.85,
            JDK_LAB,
        ),
        generated(
            BodyIs("<h1>400 Bad Request</h1>NumberFormatException thrown"),
            0.9,
            JDK_LAB,
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// WEBrick (new)
// ---------------------------------------------------------------------------------------------
const WEBRICK_LAB: &str = "captured locally from WEBrick 1.8.1 on Ruby 3.1.2 (Debian ruby-webrick 1.8.1-1) (lab/recipes/ruby-webrick.sh)";

const WEBRICK: Product = Product {
    id: "webrick",
    name: "WEBrick",
    layer: Layer::App,
    signals: &[
        // The ADDRESS footer of every WEBrick error page (webrick-*-lab-*).
        generated(
            Body("<ADDRESS>\n     WEBrick/"),
            0.95,
            "captured locally from WEBrick 1.8.1 (lab/recipes/ruby-webrick.sh); ruby/webrick lib/webrick/httpresponse.rb (set_error, the error page template)",
        ),
        // Server on everything WEBrick serves, Rack apps included (webrick-404-lab-head,
        // rack-404-lab-urlmap-webrick). Sinatra/Rack signals outweigh it on their own pages.
        generated(
            HeaderPrefix("server", "WEBrick/"),
            0.55,
            "captured locally from WEBrick 1.8.1 (lab/recipes/ruby-webrick.sh); ruby/webrick lib/webrick/httpserver.rb (ServerSoftware: WEBrick/<version> (Ruby/<version>/<date>))",
        ),
        generated(
            Body("unsupported method `"),
            0.85,
            "captured locally from WEBrick 1.8.1 (webrick-405-lab-post); ruby/webrick lib/webrick/httpservlet/abstract.rb",
        ),
        generated(
            Body("bad Request-Line `"),
            0.9,
            "captured locally from WEBrick 1.8.1 (webrick-400-lab-garbage-request); ruby/webrick lib/webrick/httprequest.rb",
        ),
        // Reason phrase of WEBrick's 414 (webrick-414-lab-uri-too-long). nginx also says
        // "Request-URI Too Large" (products-proxies.rs gives it 0.35): kept low.
        generated(Reason("Request-URI Too Large"), 0.3, WEBRICK_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// Puma (new)
// ---------------------------------------------------------------------------------------------
const PUMA: Product = Product {
    id: "puma",
    name: "Puma",
    layer: Layer::App,
    signals: &[
        // puma-500-lab-lowlevel-error (RACK_ENV production).
        generated(
            BodyIs("An unhandled lowlevel error occurred. The application logs may have details."),
            0.97,
            "captured locally from Puma 5.6.5 (Debian puma 5.6.5-3+deb12u2) (lab/recipes/ruby-puma.sh); puma/puma lib/puma/server.rb (lowlevel_error)",
        ),
        // puma-500-lab-lowlevel-error-development.
        generated(
            Body("Puma caught this error: "),
            0.97,
            "captured locally from Puma 5.6.5 (lab/recipes/ruby-puma.sh); puma/puma lib/puma/server.rb (lowlevel_error, development)",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Rack middleware (new)
// ---------------------------------------------------------------------------------------------
const RACK: Product = Product {
    id: "rack",
    name: "Rack",
    layer: Layer::App,
    signals: &[
        // Rack::URLMap's 404 (rack-404-lab-urlmap and its -thin/-unicorn/-webrick/-head twins):
        // text/plain "Not Found: <path>" with X-Cascade: pass.
        generated(
            All(&[HeaderIs("x-cascade", "pass"), HeaderIs("content-type", "text/plain"), Body("Not Found: /")]),
            0.85,
            "captured locally from Rack 2.2.22 (Debian ruby-rack) (lab/recipes/ruby-puma.sh); rack/rack lib/rack/urlmap.rb (call: [404, {Content-Type text/plain, X-Cascade pass}, [\"Not Found: #{path}\"]])",
        ),
        // Header-only form of the same (HEAD: rack-404-lab-urlmap-head).
        generated(
            All(&[HeaderIs("x-cascade", "pass"), HeaderIs("content-type", "text/plain")]),
            0.5,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-puma.sh); rack/rack lib/rack/urlmap.rb, lib/rack/files.rb",
        ),
        // Rack::Files (rack-404-lab-files, rack-405-lab-files-post).
        generated(
            All(&[HeaderIs("x-cascade", "pass"), Body("File not found: /")]),
            0.85,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-puma.sh); rack/rack lib/rack/files.rb (fail(404, \"File not found: #{path_info}\"))",
        ),
        // Rack::ShowExceptions (rack-500-lab-show-exceptions, rack-500-lab-lint-error).
        generated(
            Body("You're seeing this error because you use <code>Rack::ShowExceptions</code>."),
            0.97,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-rack.sh); rack/rack lib/rack/show_exceptions.rb (TEMPLATE)",
        ),
        // Rack::Lint failures as shown by ShowExceptions (rack-500-lab-lint-error).
        generated(
            Body("Rack::Lint::LintError"),
            0.9,
            "captured locally from Rack 2.2.22 (lab/recipes/ruby-rack.sh); rack/rack lib/rack/lint.rb (LintError)",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Thin (new)
// ---------------------------------------------------------------------------------------------
const THIN_LAB: &str = "captured locally from Thin 1.8.1 (Debian thin 1.8.1-2) (lab/recipes/ruby-thin.sh); macournoyer/thin lib/thin/response.rb (ERROR, BAD_REQUEST)";

const THIN: Product = Product {
    id: "thin",
    name: "Thin",
    layer: Layer::App,
    signals: &[
        // thin-500-lab-app-exception: lowercase "server error".
        generated(All(&[HeaderIs("server", "thin"), BodyIs("Internal server error")]), 0.97, THIN_LAB),
        generated(BodyIs("Internal server error"), 0.6, THIN_LAB),
        // thin-400-lab-garbage-request, thin-400-lab-header-too-large.
        generated(All(&[HeaderIs("server", "thin"), BodyIs("Bad Request")]), 0.95, THIN_LAB),
        // Server: thin on everything Thin serves (sinatra-*-thin, rack-404-lab-urlmap-thin).
        generated(
            HeaderIs("server", "thin"),
            0.55,
            "captured locally from Thin 1.8.1 (lab/recipes/ruby-thin.sh); macournoyer/thin lib/thin/response.rb (SERVER = 'thin')",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Rack::Attack (new)
// ---------------------------------------------------------------------------------------------
const RACK_ATTACK_LAB: &str = "captured locally from Rack::Attack 6.6.1 (Debian ruby-rack-attack 6.6.1-1) on Puma 5.6.5 (lab/recipes/ruby-rack-attack.sh); rack/rack-attack lib/rack/attack/configuration.rb (DEFAULT_BLOCKLISTED_RESPONDER, DEFAULT_THROTTLED_RESPONDER)";

const RACK_ATTACK: Product = Product {
    id: "rack-attack",
    name: "Rack::Attack",
    layer: Layer::App,
    signals: &[
        // rack-attack-429-lab-throttled.
        generated(
            All(&[Status(429, 429), BodyIs("Retry later")]),
            0.95,
            RACK_ATTACK_LAB,
        ),
        // rack-attack-403-lab-blocklisted: "Forbidden\n" alone is generic; the lowercase
        // content-type written before the server's capitalised names is Rack::Attack's.
        generated(
            All(&[
                Status(403, 403),
                BodyIs("Forbidden"),
                NamesInOrder(&["content-type", "Content-Length"]),
            ]),
            0.8,
            RACK_ATTACK_LAB,
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// MediaWiki (new)
// ---------------------------------------------------------------------------------------------
const MEDIAWIKI: Product = Product {
    id: "mediawiki",
    name: "MediaWiki",
    layer: Layer::App,
    signals: &[
        // mediawiki-500-lab-db-down(-api): the i18n message dberr-problems.
        generated(
            Body("<h1>Sorry! This site is experiencing technical difficulties.</h1>"),
            0.95,
            "captured locally from MediaWiki 1.39.17 (Debian mediawiki) (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/exception/MWExceptionRenderer.php, languages/i18n/en.json (dberr-problems)",
        ),
        generated(
            Header("mediawiki-api-error"),
            0.97,
            "captured locally from MediaWiki 1.39.17 (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/api/ApiMain.php (MediaWiki-API-Error header)",
        ),
        // mediawiki-200-lab-not-installed.
        generated(
            Body("<p>LocalSettings.php not found.</p>"),
            0.95,
            "captured locally from MediaWiki 1.39.17 (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/templates/NoLocalSettings.mustache",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Phusion Passenger (new)
// ---------------------------------------------------------------------------------------------
const PASSENGER_LAB: &str = "captured locally from Passenger 6.0.17 (Debian libapache2-mod-passenger 6.0.17+ds-1) in Apache 2.4.71 (lab/recipes/ruby-passenger.sh)";

const PASSENGER: Product = Product {
    id: "passenger",
    name: "Phusion Passenger",
    layer: Layer::App,
    signals: &[
        // passenger-500-lab-app-boot-failed-{development,production} (title of both pages).
        generated(
            Body("Web application could not be started"),
            0.95,
            "captured locally from Passenger 6.0.17 (lab/recipes/ruby-passenger.sh); phusion/passenger resources/templates/error_renderer/ (with_details, without_details/src/index.html.template)",
        ),
        generated(
            Body("<b>Phusion Passenger(R)</b></a>&reg;, the smart application server built by"),
            0.95,
            "captured locally from Passenger 6.0.17 (lab/recipes/ruby-passenger.sh); phusion/passenger resources/templates/error_renderer/without_details/src/index.html.template (footer)",
        ),
        // passenger-502-lab-request-exception (the app raised inside a request).
        generated(
            BodyIs("<h1>Incomplete response received from application</h1>"),
            0.95,
            "captured locally from Passenger 6.0.17 (lab/recipes/ruby-passenger.sh); phusion/passenger src/agent/Core/Controller (string in PassengerAgent)",
        ),
        // On every app response Passenger relays (unknown-app-404-lab-passenger-passthrough).
        on_path(
            HeaderPrefix("x-powered-by", "Phusion Passenger"),
            0.6,
            PASSENGER_LAB,
        ),
        // Passenger's own pages: lowercase cache-control, then Content-Length and a CGI-style
        // Status header (passenger-500-lab-app-boot-failed-*, passenger-502-lab-request-exception).
        generated(NamesInOrder(&["cache-control", "Content-Length", "Status"]), 0.85, PASSENGER_LAB),
        generated(
            All(&[HeaderIs("cache-control", "no-cache, no-store, must-revalidate"), Header("status")]),
            0.6,
            PASSENGER_LAB,
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// PHP built-in web server, php -S (new)
// ---------------------------------------------------------------------------------------------
const PHPCLI_LAB: &str = "captured locally from PHP 8.2.36 built-in server (Debian php8.2-cli) (lab/recipes/php-builtin.sh); php/php-src sapi/cli/php_cli_server.c";

const PHP_BUILTIN_SERVER: Product = Product {
    id: "php-builtin-server",
    name: "PHP built-in web server (php -S)",
    layer: Layer::App,
    signals: &[
        // php-builtin-404-lab-not-found (strings in /usr/bin/php8.2).
        generated(
            Body("</code> was not found on this server.</p>"),
            0.9,
            PHPCLI_LAB,
        ),
        generated(Body("<code class=\"url\">"), 0.85, PHPCLI_LAB),
        // The cli-server echoes the request's Host as a response header, first, on everything it
        // sends (php-builtin-404-lab-head has nothing else to go on). Weight kept below the
        // frameworks' own page markers: a Symfony/Slim/Laravel page under php -S stays theirs.
        generated(Header("host"), 0.45, PHPCLI_LAB),
        // The same habit with its exact order and case: `Host`, `Date`, `Connection` first
        // (append_essential_headers), on every php-builtin/symfony/slim/laravel capture.
        generated(
            NamesInOrder(&["Host", "Date", "Connection"]),
            0.45,
            PHPCLI_LAB,
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// PHP-FPM (new)
// ---------------------------------------------------------------------------------------------
const FPM_LAB: &str = "captured locally from PHP-FPM 8.2.36 (Debian php8.2-fpm) behind nginx 1.22.1 and Apache 2.4.71 (lab/recipes/php-fpm-nginx.sh, php-fpm-apache.sh); php/php-src sapi/fpm/fpm/fpm_main.c";

const PHP_FPM: Product = Product {
    id: "php-fpm",
    name: "PHP-FPM",
    layer: Layer::App,
    signals: &[
        // php-fpm-404-lab-file-not-found-{nginx,apache}: 'File not found.' (log: Primary script unknown).
        generated(
            All(&[
                BodyIs("File not found."),
                HeaderPrefix("x-powered-by", "PHP/"),
            ]),
            0.97,
            FPM_LAB,
        ),
        generated(BodyIs("File not found."), 0.8, FPM_LAB),
        // php-fpm-403-lab-access-denied-nginx: outside security.limit_extensions.
        generated(
            All(&[
                BodyIs("Access denied."),
                HeaderPrefix("x-powered-by", "PHP/"),
            ]),
            0.95,
            FPM_LAB,
        ),
        generated(BodyIs("Access denied."), 0.5, FPM_LAB),
    ],
};

const WORDPRESS: Product = Product {
    id: "wordpress",
    name: "WordPress",
    layer: Layer::App,
    signals: &[
        // wordpress-500-lab-db-connection(-debug).
        generated(
            Body("<h1>Error establishing a database connection</h1>"),
            0.97,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (dead_db), src/wp-includes/class-wpdb.php (db_connect)",
        ),
        // Every wp_die() page.
        generated(
            Body("<div class=\"wp-die-message\">"),
            0.95,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (_default_wp_die_handler)",
        ),
        generated(
            Body("<body id=\"error-page\">"),
            0.8,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (_default_wp_die_handler)",
        ),
        // wp_get_nocache_headers(): WordPress's fixed Expires date, on wp_die pages and every
        // no-cache WordPress response.
        generated(
            HeaderIs("expires", "Wed, 11 Jan 1984 05:00:00 GMT"),
            0.85,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (wp_get_nocache_headers)",
        ),
        // Debian's packaged wp-config.php without a host config (wordpress-404-lab-debian-no-config).
        generated(
            Body("could be found. <br/> Ensure one of them exists, is readable by the webserver and contains the right password/username."),
            0.95,
            "captured locally from Debian wordpress 6.1.9+dfsg1-0+deb12u1 (lab/recipes/php-wordpress.sh); Debian /usr/share/wordpress/wp-config.php",
        ),
    ],
};

// ---------------------------------------------------------------------------------------------
// Symfony (new)
// ---------------------------------------------------------------------------------------------
const SF_LAB: &str = "captured locally from Symfony 5.4.53 HttpKernel/ErrorHandler (Debian php-symfony-*) (lab/recipes/php-symfony.sh)";

const SYMFONY: Product = Product {
    id: "symfony",
    name: "Symfony",
    layer: Layer::App,
    signals: &[
        // symfony-{404,405,500,400}-lab-* (APP_DEBUG=0); also Laravel's fallback for statuses
        // without a view (laravel-405-lab-wrong-method: labelled laravel, reads as symfony).
        generated(
            Body("<h1>Oops! An Error Occurred</h1>"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/error.html.php",
        ),
        generated(
            Body("<h2>The server returned a \""),
            0.85,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/error.html.php",
        ),
        // Debug page (symfony-*-lab-*-debug).
        generated(
            Body(" Symfony Exception</h1>"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/exception_full.html.php",
        ),
        // Debug headers (symfony-*-lab-*-debug), URL-encoded message and file:line.
        generated(
            Header("x-debug-exception"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/ErrorRenderer/HtmlErrorRenderer.php (X-Debug-Exception, X-Debug-Exception-File)",
        ),
        // HttpFoundation's default Cache-Control on every Symfony (and Laravel) response.
        on_path(
            HeaderIs("cache-control", "no-cache, private"),
            0.35,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/HttpFoundation/ResponseHeaderBag.php (computeCacheControlValue)",
        ),
        // Router messages as HTML-escaped in the debug page (symfony-404-lab-no-route-debug, -405-).
        generated(Body("No route found for &quot;"), 0.85, SF_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// Slim 3 (new)
// ---------------------------------------------------------------------------------------------
const SLIM: Product = Product {
    id: "slim",
    name: "Slim Framework",
    layer: Layer::App,
    signals: &[
        // slim-500-lab-error, slim-500-lab-error-details.
        generated(
            Body("<title>Slim Application Error</title>"),
            0.97,
            "captured locally from Slim 3.12 (Debian php-slim 3.12.4-1) (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/Error.php",
        ),
        // slim-500-lab-error-json, slim-500-lab-error-details-json.
        generated(
            JsonIs("/message", "Slim Application Error"),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/Error.php (renderJsonErrorMessage)",
        ),
        // slim-404-lab-not-found.
        generated(
            Body("The page you are looking for could not be found. Check the address bar"),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotFound.php",
        ),
        // slim-405-lab-not-allowed (HTML and JSON).
        generated(
            Body("Method not allowed. Must be one of: "),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotAllowed.php",
        ),
        // slim-404-lab-not-found-json: short and generic, so low.
        generated(
            BodyIs("{\"message\":\"Not found\"}"),
            0.5,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotFound.php (renderJsonNotFoundOutput)",
        ),
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

/// The Werkzeug dev server's own answers (the request never reached Flask): http.server's page
/// with Werkzeug's Server header. Werkzeug's HTTPException pages stay with FLASK.
const WERKZEUG: Product = Product {
    id: "werkzeug",
    name: "Werkzeug dev server",
    layer: Layer::App,
    signals: &[
        generated(
            All(&[HeaderPrefix("server", "Werkzeug/"), Body("<title>Error response</title>")]),
            0.9,
            "captured locally from Werkzeug 3.1.9 dev server (lab/recipes/py-flask.sh: werkzeug-400-lab-garbage-request, werkzeug-431-lab-header-too-large); werkzeug/serving.py line 816 (Server 'Werkzeug/{version}') on http.server's send_error page",
        ),
    ],
};

const LITESTAR_SRC: &str =
    "captured locally from Litestar 2.25.0 on uvicorn 0.55.0 (lab/recipes/py-litestar.sh)";

const LITESTAR: Product = Product {
    id: "litestar",
    name: "Litestar",
    layer: Layer::App,
    signals: &[
        // {"status_code":404,"detail":"Not Found"}: every litestar-*-lab-* JSON error (10 of 11).
        generated(
            JsonKeys(&["/status_code", "/detail"]),
            0.85,
            "captured locally from Litestar 2.25.0 on uvicorn 0.55.0 (lab/recipes/py-litestar.sh: litestar-404-lab-not-found, -405-, -400-, -403-, -413-, -500-); litestar/exceptions/responses/__init__.py (ExceptionResponseContent: status_code, detail, headers, extra)",
        ),
        generated(
            Body("\"detail\":\"Validation failed for "),
            0.9,
            "captured locally (litestar-400-lab-validation); litestar/_signature/model.py line 138 (ValidationException(detail=f\"Validation failed for {method} {path}\", extra=client_errors))",
        ),
        // debug=True tracebacks (HTML and text) name the package's files.
        generated(Body("/site-packages/litestar/"), 0.75, "captured locally (litestar-500-lab-exception-debug, -debug-plain): the traceback's file paths"),
        generated(
            Body("<title>Litestar exception page</title>"),
            0.98,
            "captured locally (litestar-500-lab-exception-debug); litestar/exceptions/responses/templates/body.html line 9",
        ),
        // Litestar writes content-type before content-length (Starlette/FastAPI the reverse).
        generated(
            All(&[HeaderIs("server", "uvicorn"), NamesInOrder(&["server", "content-type", "content-length"]), HeaderIs("content-type", "application/json")]),
            0.5,
            LITESTAR_SRC,
        ),
    ],
};

const AIOHTTP_SRC: &str = "captured locally from aiohttp 3.14.5 (lab/recipes/py-aiohttp.sh)";

const AIOHTTP: Product = Product {
    id: "aiohttp",
    name: "aiohttp",
    layer: Layer::App,
    signals: &[
        // "Server: Python/3.13 aiohttp/3.14.5" on every response of the server (11 of 11).
        generated(
            HeaderContains("server", " aiohttp/"),
            0.7,
            "captured locally from aiohttp 3.14.5 (lab/recipes/py-aiohttp.sh, all aiohttp-*-lab-*); aiohttp/http.py line 72 (SERVER_SOFTWARE = 'Python/{0[0]}.{0[1]} aiohttp/{1}')",
        ),
        generated(
            Body("Server got itself in trouble"),
            0.95,
            "captured locally (aiohttp-500-lab-exception, -bad-json, -exception-html); aiohttp/web_protocol.py line 850 (RequestHandler.handle_error: HTTPStatus.INTERNAL_SERVER_ERROR.description)",
        ),
        generated(BodyIs("404: Not Found"), 0.6, "captured locally (aiohttp-404-lab-not-found); aiohttp/web_exceptions.py line 117 (text = f\"{status}: {reason}\")"),
        generated(BodyIs("405: Method Not Allowed"), 0.6, "captured locally (aiohttp-405-lab-method); aiohttp/web_exceptions.py line 117"),
        generated(BodyIs("403: Forbidden"), 0.55, "captured locally (aiohttp-403-lab-forbidden); aiohttp/web_exceptions.py line 117"),
        generated(
            Body("Maximum request body size "),
            0.9,
            "captured locally (aiohttp-413-lab-body-too-large: 'Maximum request body size 1024 exceeded.'); aiohttp/web_exceptions.py line 319 (HTTPRequestEntityTooLarge)",
        ),
        generated(
            Body("Got more than 8190 bytes when reading"),
            0.85,
            "captured locally (aiohttp-400-lab-header-too-large, answered HTTP/1.0 400); aiohttp/http_parser.py (LineTooLong, max_field_size 8190)",
        ),
        generated(Body("Invalid method encountered:"), 0.6, "captured locally (aiohttp-400-lab-garbage-request: the parser message as a HTTP/1.0 400 body)"),
        generated(NamesEnd(&["Content-Length", "Date", "Server", "Connection"]), 0.6, AIOHTTP_SRC), // 9 hits, all aiohttp
    ],
};

const TORNADO_WEB: &str = "captured locally from Tornado 6.6.1 (lab/recipes/py-tornado.sh); tornado/web.py line 1404 (RequestHandler.write_error: '<html><title>%(code)d: %(message)s</title><body>%(code)d: %(message)s</body></html>')";

const TORNADO: Product = Product {
    id: "tornado",
    name: "Tornado",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("server", "TornadoServer/"),
            0.6,
            "captured locally from Tornado 6.6.1 (all tornado-*-lab-* but the bare 400s); tornado/web.py line 324 (RequestHandler.clear: Server 'TornadoServer/%s')",
        ),
        generated(Body("<html><title>404: Not Found</title><body>404: Not Found</body></html>"), 0.95, TORNADO_WEB),
        generated(Body("<html><title>405: Method Not Allowed</title><body>"), 0.95, TORNADO_WEB),
        generated(Body("<html><title>403: Forbidden</title><body>"), 0.95, TORNADO_WEB),
        generated(Body("<html><title>400: Bad Request</title><body>"), 0.95, TORNADO_WEB),
        generated(Body("<html><title>500: Internal Server Error</title><body>"), 0.95, TORNADO_WEB),
        generated(Body("<html><title>503: Service Unavailable</title><body>"), 0.95, TORNADO_WEB),
        // Server, Content-Type, Date first (7 hits, all tornado).
        generated(NamesStart(&["Server", "Content-Type", "Date"]), 0.55, "captured locally from Tornado 6.6.1 (lab/recipes/py-tornado.sh)"),
    ],
};

const SANIC_PAGES: &str = "captured locally from Sanic 25.12.1 (lab/recipes/py-sanic.sh); sanic/errorpages.py (HTMLRenderer line 137, TextRenderer line 157 with title f\"⚠️ {super().title}\" line 185, JSONRenderer line 232)";

const SANIC: Product = Product {
    id: "sanic",
    name: "Sanic",
    layer: Layer::App,
    signals: &[
        generated(
            Body("cannot handle your request</title>"),
            0.95,
            "captured locally (sanic-404-lab-not-found-html, sanic-500-lab-exception-html, -debug); sanic/pages/error.py line 42 (TITLE = f\"Application {name} cannot handle your request\")",
        ),
        // Text format: "⚠️ 404 — Not Found\n==================\n..." (warning sign + em dash).
        generated(Body("⚠️ 4"), 0.85, SANIC_PAGES),
        generated(Body("⚠️ 5"), 0.85, SANIC_PAGES),
        generated(JsonKeys(&["/description", "/status", "/message"]), 0.8, SANIC_PAGES), // sanic-404-lab-not-found-json, sanic-400-lab-bad-json
        generated(
            Body("The application encountered an unexpected error and could not continue."),
            0.95,
            "captured locally (sanic-500-lab-exception, -html); sanic/errorpages.py line 44",
        ),
        generated(Body("Request body exceeds the size limit"), 0.9, "captured locally (sanic-413-lab-body-too-large); sanic/http/http1.py line 572"),
        generated(Body("Request header exceeds the size limit"), 0.9, "captured locally (sanic-413-lab-header-too-large); sanic/http/http1.py line 196"),
        generated(Body("Failed when parsing body as json"), 0.9, "captured locally (sanic-400-lab-bad-json); sanic/request/types.py line 579"),
        generated(Body(" not allowed for URL /"), 0.85, "captured locally (sanic-405-lab-method: 'Method GET not allowed for URL /items'); sanic-routing's MethodNotAllowed via sanic/router.py"),
        // No Server and no Date; the head ends content-length, connection, content-type (14 hits,
        // all sanic; actix-web starts the same way but ends with `date`, HAProxy's pages put
        // cache-control in between; Sanic's debug responses add `alt-svc` before content-type).
        generated(NamesEnd(&["content-length", "connection", "content-type"]), 0.7, SANIC_PAGES),
    ],
};

const FALCON_SRC: &str = "captured locally from Falcon 4.4.0 on gunicorn 27.0.1 (lab/recipes/py-falcon.sh); falcon/http_error.py line 187 (to_dict: obj['title']) serialized by falcon/app_helpers.py line 284 (default_serialize_error, json.dumps spacing)";

const FALCON: Product = Product {
    id: "falcon",
    name: "Falcon",
    layer: Layer::App,
    signals: &[
        generated(BodyIs("{\"title\": \"404 Not Found\"}"), 0.9, FALCON_SRC),
        generated(BodyIs("{\"title\": \"405 Method Not Allowed\"}"), 0.9, FALCON_SRC),
        generated(BodyIs("{\"title\": \"500 Internal Server Error\"}"), 0.9, FALCON_SRC),
        // Any Falcon HTTPError: the title first, json.dumps' ": " spacing (8 of 8 non-empty).
        generated(Body("{\"title\": \""), 0.6, FALCON_SRC),
        generated(Body("Could not parse JSON body - "), 0.9, "captured locally (falcon-400-lab-bad-json); falcon/errors.py line 2617 (MediaMalformedError)"),
        generated(Body("Could not parse an empty JSON body"), 0.9, "captured locally (falcon-400-lab-empty-json); falcon/errors.py line 2563 (MediaNotFoundError)"),
        // Falcon's own headers are lowercase behind gunicorn's canonical Server/Date/Connection.
        generated(
            All(&[NamesStart(&["Server", "Date", "Connection"]), NamesInOrder(&["vary", "content-length"]), HeaderIs("vary", "Accept")]),
            0.7,
            FALCON_SRC,
        ),
    ],
};

const BOTTLE_PAGE: &str = "captured locally from Bottle 0.13.4 on wsgiref (lab/recipes/py-bottle.sh); bottle.py line 4560 (ERROR_PAGE_TEMPLATE)";

const BOTTLE: Product = Product {
    id: "bottle",
    name: "Bottle",
    layer: Layer::App,
    signals: &[
        generated(Body("<p>Sorry, the requested URL <tt>"), 0.95, BOTTLE_PAGE),
        generated(Body("caused an error:</p>"), 0.9, BOTTLE_PAGE),
        generated(Body("<title>Error: "), 0.5, BOTTLE_PAGE),
        generated(Body("<pre>Not found: &#039;/"), 0.9, "captured locally (bottle-404-lab-not-found); bottle.py line 499 (HTTPError(404, 'Not found: ' + repr(path)))"),
    ],
};

const PYRAMID_EXC: &str = "captured locally from Pyramid 2.1 under waitress 3.0.2 (lab/recipes/py-pyramid.sh); pyramid/httpexceptions.py (HTTPException: body_template_obj line 191, html_template_obj line 202, JSON via _json_formatter line 245)";

const PYRAMID: Product = Product {
    id: "pyramid",
    name: "Pyramid",
    layer: Layer::App,
    signals: &[
        generated(
            Body("The resource could not be found.<br/><br/>"),
            0.9,
            PYRAMID_EXC,
        ),
        generated(
            Body("Access was denied to this resource.<br/><br/>"),
            0.9,
            PYRAMID_EXC,
        ),
        generated(
            Body("404 Not Found\n\nThe resource could not be found.\n"),
            0.85,
            PYRAMID_EXC,
        ),
        generated(
            Body("\", \"code\": \"404 Not Found\", \"title\": \"Not Found\"}"),
            0.9,
            PYRAMID_EXC,
        ),
        generated(JsonKeys(&["/message", "/code", "/title"]), 0.5, PYRAMID_EXC),
        generated(
            Body("predicate mismatch for view "),
            0.95,
            "captured locally (pyramid-404-lab-method-mismatch); pyramid/config/views.py line 192",
        ),
    ],
};

const CHERRYPY_PAGE: &str = "captured locally from CherryPy 18.10.0 (lab/recipes/py-cherrypy.sh); cherrypy/_cperror.py line 442 (_HTTPErrorTemplate)";

const CHEROOT: &str = "captured locally from Cheroot 11.1.2 under CherryPy 18.10.0 (lab/recipes/py-cherrypy.sh); cheroot/server.py (simple_response)";

const CHERRYPY: Product = Product {
    id: "cherrypy",
    name: "CherryPy (Cheroot)",
    layer: Layer::App,
    signals: &[
        generated(Body("Powered by <a href=\"http://www.cherrypy.dev\">CherryPy"), 0.98, CHERRYPY_PAGE),
        generated(Body("<div id=\"powered_by\">"), 0.9, CHERRYPY_PAGE),
        generated(Body("<pre id=\"traceback\">"), 0.7, CHERRYPY_PAGE),
        generated(HeaderPrefix("server", "CherryPy/"), 0.6, "captured locally (every cherrypy-*-lab-* page answered by CherryPy); cherrypy/_cprequest.py (response.headers Server 'CherryPy/<version>')"),
        generated(Body("The path &#x27;/"), 0.4, CHERRYPY_PAGE),
        generated(Body("The path '/"), 0.6, CHERRYPY_PAGE),
        generated(Body("Malformed Request-Line"), 0.9, "captured locally (cherrypy-400-lab-garbage-request: 'Malformed Request-Line: bad protocol'); cheroot/server.py lines 807-825"),
        generated(Body("sent with the request exceed"), 0.9, "captured locally (cherrypy-413-lab-body-too-large 'The entity sent with the request exceeds the maximum allowed bytes.', cherrypy-413-lab-header-too-large 'The headers sent with the request exceed ...'); cheroot/server.py"),
        // Not proposed: Content-Type "text/html;charset=utf-8" alone (Tomcat and Nuxt send it too;
        // it named CherryPy for nuxt-404-lab-not-found in a trial build).
        generated(NamesStart(&["Content-Type", "Server", "Date"]), 0.45, CHERRYPY_PAGE), // 8 cherrypy, 10 webrick
        // Cheroot's simple_response: Content-Length, Content-Type: text/plain, nothing else.
        generated(All(&[NamesStart(&["Content-Length", "Content-Type"]), HeaderIs("content-type", "text/plain"), Feature("no-server")]), 0.6, CHEROOT),
    ],
};

const QUART_SRC: &str = "captured locally from Quart 0.22.0 (Werkzeug 3.1.9) on Hypercorn 0.18.0 (lab/recipes/py-quart.sh); Werkzeug's HTTPException.get_body (werkzeug/exceptions.py line 110) served by an ASGI server";

/// Quart sends Werkzeug's pages, like Flask; its own mark is an ASGI server under them (Flask is
/// WSGI: gunicorn, waitress, uWSGI, the Werkzeug dev server).
const QUART: Product = Product {
    id: "quart",
    name: "Quart",
    layer: Layer::App,
    signals: &[
        generated(All(&[Body("<!doctype html>\n<html lang=en>\n<title>"), HeaderPrefix("server", "hypercorn-")]), 0.85, QUART_SRC),
        generated(All(&[Body("<!doctype html>\n<html lang=en>\n<title>"), HeaderIs("server", "uvicorn")]), 0.8, QUART_SRC),
        // HEAD / curl -I: Werkzeug's page lengths (404 207, 405 153, 400 167, 403 213, 413 171,
        // 500 265) under Hypercorn (7 hits, all quart).
        generated(
            All(&[HeaderPrefix("server", "hypercorn-"), HeaderIs("content-type", "text/html; charset=utf-8"), HeaderIn("content-length", &["207", "153", "167", "213", "171", "265"])]),
            0.75,
            QUART_SRC,
        ),
        generated(
            Body("<style>\npre {\n  margin: 0;\n}\n\n.traceback, .locals {"),
            0.9,
            "captured locally (quart-500-lab-exception-debug); quart/debug.py lines 10 and 59 (TEMPLATE: <style> ... <h1>{{ name }} <span>{{ value }}</span></h1>)",
        ),
    ],
};

const HYPERCORN_SRC: &str = "captured locally from Hypercorn 0.18.0 (lab/recipes/py-hypercorn.sh); hypercorn/protocol/h11.py line 257 (_send_error_response: content-length 0, connection close, no body; h11.Response without reason) and hypercorn/config.py line 290 (server 'hypercorn-{protocol}')";

const HYPERCORN: Product = Product {
    id: "hypercorn",
    name: "Hypercorn",
    layer: Layer::App,
    signals: &[
        // Its own 400/431/500: empty body, content-length 0 (5 of 5 hypercorn-*-lab-*).
        generated(
            All(&[
                HeaderPrefix("server", "hypercorn-"),
                HeaderIs("content-length", "0"),
                BodyIs(""),
                Status(400, 599),
            ]),
            0.9,
            HYPERCORN_SRC,
        ),
        on_path(HeaderPrefix("server", "hypercorn-"), 0.5, HYPERCORN_SRC),
    ],
};

const WAITRESS_SRC: &str = "captured locally from waitress 3.0.2 (lab/recipes/py-waitress.sh, py-pyramid.sh); waitress/utilities.py lines 255-270 (Error.to_response: '{reason}\\r\\n\\r\\n{body}\\r\\n\\r\\n(generated by waitress)')";

const WAITRESS: Product = Product {
    id: "waitress",
    name: "waitress",
    layer: Layer::App,
    signals: &[
        generated(Body("(generated by waitress)"), 0.98, WAITRESS_SRC),
        generated(Body("The server encountered an unexpected internal server error"), 0.9, "captured locally (waitress-500-lab-app-crash, -exception-pyramid); waitress/channel.py line 443"),
        generated(Body("exceeds max_header of "), 0.9, "captured locally (waitress-431-lab-header-too-large); waitress/parser.py line 119"),
        generated(Body("exceeds max_body of "), 0.9, "captured locally (waitress-413-lab-body-too-large); waitress/parser.py line 179"),
        // HEAD: no body in the paste, but the head is waitress's own.
        generated(All(&[HeaderIs("server", "waitress"), HeaderIs("content-type", "text/plain; charset=utf-8"), HeaderIn("content-length", &["110", "63", "88", "67", "79"])]), 0.8, WAITRESS_SRC),
        on_path(HeaderIs("server", "waitress"), 0.5, "captured locally (flask-*-waitress, pyramid-*): waitress/task.py (Server: waitress on every response)"),
    ],
};

const UWSGI_SRC: &str = "captured locally from uWSGI 2.0.31 --http (lab/recipes/py-uwsgi.sh: uwsgi-500-lab-no-app); uWSGI core/errors.c lines 24-28 (uwsgi_500: '500 Internal Server Error', body 'Internal Server Error', no Content-Length)";

const UWSGI: Product = Product {
    id: "uwsgi",
    name: "uWSGI",
    layer: Layer::App,
    signals: &[generated(
        All(&[
            NamesStart(&["Connection", "Content-Type"]),
            HeaderIs("content-type", "text/plain"),
            BodyIs("Internal Server Error"),
            Feature("no-server"),
        ]),
        0.6,
        UWSGI_SRC,
    )],
};

const DAPHNE_SRC: &str = "captured locally from daphne 4.2.3 (Twisted 26.10.0) (lab/recipes/py-daphne.sh); daphne/http_protocol.py line 26 (error_template with <footer>Daphne</footer>), lines 308 and 321 (basic_error 500 / 503)";

const DAPHNE: Product = Product {
    id: "daphne",
    name: "daphne",
    layer: Layer::App,
    signals: &[
        generated(Body("<footer>Daphne</footer>"), 0.98, DAPHNE_SRC),
        generated(
            Body("Application failed to respond within time limit."),
            0.95,
            DAPHNE_SRC,
        ),
        generated(
            Body("<p>Exception inside application.</p>"),
            0.9,
            DAPHNE_SRC,
        ),
        // HEAD of its error page: exactly Connection, Content-Type, Server: daphne (no Date, no
        // length: the page is chunked) (3 hits, all daphne).
        generated(
            All(&[
                NamesStart(&["Connection", "Content-Type", "Server"]),
                HeaderIs("server", "daphne"),
                Status(500, 503),
            ]),
            0.8,
            DAPHNE_SRC,
        ),
        on_path(
            HeaderIs("server", "daphne"),
            0.5,
            "captured locally (django-404-lab-not-found-daphne: Server: daphne last, no Date)",
        ),
    ],
};

const STDLIB_SEND_ERROR: &str = "python/cpython Lib/http/server.py 3.13.0 (BaseHTTPRequestHandler.send_error: DEFAULT_ERROR_MESSAGE '<title>Error response</title>' ... 'Error code explanation:', DEFAULT_ERROR_CONTENT_TYPE 'text/html;charset=utf-8', the message as reason phrase)";

const PYTHON_HTTP_SERVER: Product = Product {
    id: "python-http-server",
    name: "Python http.server",
    layer: Layer::App,
    signals: &[
        generated(HeaderPrefix("server", "SimpleHTTP/"), 0.85, "captured locally from CPython 3.13.0 python -m http.server (lab/recipes/py-stdlib.sh); Lib/http/server.py line 659 (SimpleHTTPRequestHandler.server_version 'SimpleHTTP/0.6')"),
        // The page every BaseHTTPRequestHandler server sends (http.server, wsgiref, Django's
        // runserver, the Werkzeug dev server): those with their own Server name refine it.
        generated(Body("<p>Error code explanation: "), 0.8, STDLIB_SEND_ERROR),
        generated(Body("<title>Error response</title>"), 0.6, STDLIB_SEND_ERROR),
        generated(Reason("File not found"), 0.7, STDLIB_SEND_ERROR),
        generated(Reason("Line too long"), 0.7, STDLIB_SEND_ERROR),
        generated(Reason("Too many headers"), 0.7, STDLIB_SEND_ERROR),
        generated(All(&[HeaderIs("content-type", "text/html;charset=utf-8"), NamesStart(&["Server", "Date", "Connection", "Content-Type", "Content-Length"])]), 0.75, STDLIB_SEND_ERROR),
    ],
};

const WSGIREF: Product = Product {
    id: "wsgiref",
    name: "Python wsgiref",
    layer: Layer::App,
    signals: &[
        generated(
            BodyIs("A server error occurred.  Please contact the administrator."),
            0.95,
            "captured locally from CPython 3.13.0 wsgiref.simple_server (lab/recipes/py-stdlib.sh: wsgiref-500-lab-app-crash); Lib/wsgiref/handlers.py (BaseHandler.error_body)",
        ),
        generated(
            All(&[HeaderPrefix("server", "WSGIServer/"), HeaderIs("content-type", "text/plain"), HeaderIs("content-length", "59"), Status(500, 500)]),
            0.85,
            "captured locally (wsgiref-500-lab-app-crash-head); Lib/wsgiref/handlers.py (error_headers [('Content-Type','text/plain')], error_body 59 bytes)",
        ),
        generated(
            All(&[HeaderPrefix("server", "WSGIServer/"), Body("<title>Error response</title>")]),
            0.5,
            "captured locally (wsgiref-400-lab-garbage-request; Django's runserver sends the same: django-400-lab-garbage-request-runserver); Lib/wsgiref/simple_server.py WSGIRequestHandler on http.server's send_error",
        ),
    ],
};
