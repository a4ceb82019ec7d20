//! Python: frameworks (Django, Django REST framework, Flask, FastAPI, Starlette, Litestar, aiohttp, Tornado, Sanic, Falcon, Bottle, Pyramid, CherryPy, Quart) and app servers (gunicorn, uvicorn, Hypercorn, waitress, uWSGI, daphne, Werkzeug's dev server, http.server, wsgiref).
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &FASTAPI,
    &STARLETTE,
    &UVICORN,
    &GUNICORN,
    &FLASK,
    &DJANGO,
    &DJANGO_REST_FRAMEWORK,
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

const WERKZEUG_STATUS: &str =
    "pallets/werkzeug src/werkzeug/sansio/response.py (_clean_status: reason phrase upper-cased)";

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
    generated(Body("Did not attempt to load JSON data because the request Content-Type was not"), 0.95, "captured locally from Flask 3.1.3 / Werkzeug 3.1.9 (flask-415-lab-json-content-type-werkzeug); werkzeug/wrappers/request.py line 660"),
    generated(Body("<p>Failed to decode JSON object: "), 0.9, "captured locally (flask-400-lab-bad-json-werkzeug-debug: debug mode only); werkzeug/wrappers/request.py line 657"),
    generated(Body("The data value transmitted exceeds the capacity limit."), 0.9, "captured locally (flask-413-lab-body-too-large-werkzeug, -gunicorn, quart-413-lab-body-too-large); werkzeug/exceptions.py (RequestEntityTooLarge.description)"),
    generated(Body("The method is not allowed for the requested URL."), 0.9, "captured locally (flask-405-lab-method-werkzeug, quart-405-lab-method); werkzeug/exceptions.py (MethodNotAllowed.description)"),
    generated(Body("You don&#39;t have the permission to access the requested resource."), 0.9, "captured locally (flask-403-lab-abort-werkzeug, quart-403-lab-abort); werkzeug/exceptions.py (Forbidden.description)"),
    // The dev server's head: Server: Werkzeug/x Python/y first, Connection: close last (15 hits, all flask).
    generated(All(&[HeaderPrefix("server", "Werkzeug/"), NamesStart(&["Server", "Date"]), NamesEnd(&["Connection"])]), 0.5, "captured locally from the Werkzeug 3.1.9 dev server (lab/recipes/py-flask.sh)"),
],
};

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
        // runserver answers HTTP/1.1 (its ServerHandler's http_version, its request handler's
        // protocol_version); wsgiref itself and the apps served on it (Bottle) answer HTTP/1.0.
        on_path(
            All(&[HeaderPrefix("server", "WSGIServer/"), Feature("http1.1")]),
            0.4,
            "django/django django/core/servers/basehttp.py (runserver on wsgiref: Server: WSGIServer/0.2; ServerHandler.http_version = \"1.1\", WSGIRequestHandler.protocol_version = \"HTTP/1.1\"); captured locally (every django-*-runserver capture is HTTP/1.1, every wsgiref-* and bottle-* one HTTP/1.0)",
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
    // runserver's own answers (http.server's page with Server: WSGIServer/0.2 Python/x), told
    // from wsgiref's identical page by the version: runserver answers HTTP/1.1, wsgiref HTTP/1.0.
    generated(
        All(&[HeaderPrefix("server", "WSGIServer/"), Feature("http1.1"), Body("<title>Error response</title>")]),
        0.55,
        "captured locally (django-400-lab-garbage-request-runserver, django-431-lab-header-too-large-runserver: HTTP/1.1; wsgiref-400-lab-garbage-request, the same page from wsgiref itself: HTTP/1.0); django/core/servers/basehttp.py (WSGIRequestHandler on wsgiref / http.server, protocol_version = \"HTTP/1.1\")",
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
            All(&[HeaderPrefix("server", "WSGIServer/"), Feature("http1.1")]),
            0.3,
            "django/django django/core/servers/basehttp.py (runserver on wsgiref, answering HTTP/1.1)",
        ),
        on_path(
            HeaderIs("cross-origin-opener-policy", "same-origin"),
            0.2,
            "django/django django/middleware/security.py (SECURE_CROSS_ORIGIN_OPENER_POLICY default)",
        ),
    generated(Body("Django REST framework</title>"), 0.95, "captured locally from DRF 3.18.3 (django-rest-framework-404-lab-not-found-browsable); rest_framework/templates/rest_framework/base.html line 15"),
    generated(Body("{\"detail\":\"Invalid username/password.\"}"), 0.9, "captured locally (django-rest-framework-401-lab-bad-credentials); rest_framework/authentication.py line 101"),
    generated(Body("{\"detail\":\"Request was throttled. Expected available in "), 0.95, "captured locally (django-rest-framework-429-lab-throttled); rest_framework/exceptions.py (Throttled.extra_detail_plural)"),
    // DRF adds Allow (with OPTIONS) to every APIView response; with Django's security headers
    // and a {"detail"} body it is DRF, not FastAPI.
    generated(All(&[JsonKeys(&["/detail"]), HeaderContains("allow", "OPTIONS"), HeaderIs("cross-origin-opener-policy", "same-origin")]), 0.8, "captured locally (every django-rest-framework-*-lab-* JSON error); rest_framework/views.py (finalize_response: Allow)"),
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
        // BaseHTTPRequestHandler's default server_version: a handler written on http.server
        // that names no server of its own (the tool captures' JSON app).
        on_path(HeaderPrefix("server", "BaseHTTP/"), 0.6, "python/cpython Lib/http/server.py (BaseHTTPRequestHandler.server_version 'BaseHTTP/' + __version__, sys_version 'Python/3.x'); captured locally (lab/recipes/tool-outputs.sh: the app behind the proxies, tests/inputs/*-app-503)"),
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
        // The server of Bottle's and other apps' `run()`; weaker than Django's, whose runserver
        // sends it too (over HTTP/1.1).
        on_path(
            HeaderPrefix("server", "WSGIServer/"),
            0.3,
            "Lib/wsgiref/simple_server.py (WSGIRequestHandler.server_version = \"WSGIServer/\" + __version__; ServerHandler answers HTTP/1.0); captured locally (bottle-*, wsgiref-*)",
        ),
        generated(
            All(&[HeaderPrefix("server", "WSGIServer/"), Body("<title>Error response</title>")]),
            0.5,
            "captured locally (wsgiref-400-lab-garbage-request; Django's runserver sends the same: django-400-lab-garbage-request-runserver); Lib/wsgiref/simple_server.py WSGIRequestHandler on http.server's send_error",
        ),
    ],
};
