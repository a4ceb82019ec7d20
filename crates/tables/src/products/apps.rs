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
];

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
    ],
};

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
    ],
};

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
        generated(
            HeaderIs("server", "uvicorn"),
            0.4,
            "encode/uvicorn uvicorn/config.py (server_header on: Server: uvicorn), the server FastAPI documents",
        ),
    ],
};

const STARLETTE: Product = Product {
    id: "starlette",
    name: "Starlette",
    layer: Layer::App,
    signals: &[generated(
        HeaderIs("server", "uvicorn"),
        0.5,
        "encode/uvicorn uvicorn/config.py (Server: uvicorn); Starlette's PlainTextResponse errors (starlette/exceptions.py, middleware/errors.py)",
    )],
};

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
    ],
};

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
        generated(
            HeaderIs("x-cascade", "pass"),
            0.6,
            "sinatra/sinatra lib/sinatra/base.rb (route_missing: X-Cascade: pass)",
        ),
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
    ],
};

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
    ],
};

const GIN: Product = Product {
    id: "gin",
    name: "Gin",
    layer: Layer::App,
    signals: &[
        generated(
            Body("404 page not found"),
            0.5,
            "gin-gonic/gin gin.go (default404Body, written with Content-Type text/plain and no newline)",
        ),
        generated(
            Body("405 method not allowed"),
            0.9,
            "gin-gonic/gin gin.go (default405Body)",
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
    ],
};

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
