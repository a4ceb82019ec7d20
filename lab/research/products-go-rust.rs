//! PROPOSED fingerprint entries: Go and Rust HTTP servers/frameworks and two Erlang web servers
//! (research task NAME=gorust). Every signal below was seen in bytes captured locally by the lab
//! recipes named in its source (fixtures `tests/fixtures/*-lab-*`), and where the product's source
//! was on disk (Debian's golang-*-dev sources, cargo's unpacked crates) the emitting file is cited.
//! lab/notes/<product>.md has the full header dumps, orders and the reasoning per trait.
//!
//! Layout: first the NEW products (same syntax as crates/tables/src/products/*.rs, ready to move
//! into apps.rs / proxies.rs), then ADDITIONS to products that already exist, as `*_ADDITIONS`
//! slices to append to the existing entry's `signals`, and CORRECTIONS as comments.
//!
//! Limits of the matcher language met here (traits in the notes that cannot be expressed):
//! - header ORDER (Go: sorted handler headers, then Date, Content-Length; actix: content-length
//!   first; hyper: date last) and header-name CASE (hyper/actix all lowercase, Go canonical);
//! - ABSENCE of a header (Go's server-level 400 has no Date; Go sends no Server);
//! - value case: `HeaderIs` compares case-insensitively, so echo's `charset=UTF-8` and gin's
//!   `charset=utf-8` cannot be told apart;
//! - `inets`'s `Connection:close` without a space.
//!   A matcher for "header absent" and one for "header order" would make the banner-less Go and
//!   Rust stacks recognisable (see the notes); not proposed here because it changes src/.
//!
//! Suggested `products::REFINES` pairs (the refining product sends the base product's bytes):
//!   ("chi", "go-net-http")          chi's 404 is http.NotFound, its 429 is http.Error
//!   ("gorilla-mux", "go-net-http")  gorilla/mux's 404 is http.NotFoundHandler
//!   ("echo", "go-net-http")         echo's Timeout middleware is http.TimeoutHandler's page
//!   ("axum", "hyper"), ("poem", "hyper"), ("salvo", "hyper"), ("warp", "hyper"),
//!   ("rocket", "hyper")             hyper answers malformed requests before the framework runs
//!   ("tower-http", "axum")          tower-http layers are almost always used under axum
//!
//! gorilla/mux gets no entry: it writes nothing of its own (404 = net/http's, 405 and the
//! handlers.RecoveryHandler 500 are empty `WriteHeader` answers shared with chi and gin).

use crate::product::{generated, on_path, Layer, Matcher::*, Product, Signal};

/// Every NEW product in this file.
pub(super) const ALL: &[&Product] = &[
    &GO_HTTPUTIL_REVERSEPROXY,
    &CHI,
    &HYPER,
    &TOWER_HTTP,
    &WARP,
    &POEM,
    &SALVO,
    &INETS_HTTPD,
    &YAWS,
];

// ---------------------------------------------------------------------------------------------
// NEW products
// ---------------------------------------------------------------------------------------------

/// Layer::Proxy: httputil.ReverseProxy is the proxy in front of many Go-built gateways.
pub const GO_HTTPUTIL_REVERSEPROXY: Product = Product {
    id: "go-httputil-reverseproxy",
    name: "Go httputil.ReverseProxy",
    layer: Layer::Proxy,
    signals: &[
        // Weak on purpose: any server doing WriteHeader(502) looks the same. The full banner-less
        // shape is {Date, Content-Length: 0} and nothing else (no Server, no Content-Type).
        generated(
            All(&[Status(502, 502), BodyIs(""), HeaderIs("content-length", "0")]),
            0.3,
            "captured locally from Go net/http/httputil.ReverseProxy go1.19.8 (lab/recipes/go-net-http.sh: refused, timeout, garbage, empty, reset, half head, header too big all give this one 502); golang/go src/net/http/httputil/reverseproxy.go (defaultErrorHandler: logf + rw.WriteHeader(http.StatusBadGateway))",
        ),
    ],
};

pub const CHI: Product = Product {
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
pub const HYPER: Product = Product {
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

pub const TOWER_HTTP: Product = Product {
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

pub const WARP: Product = Product {
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

pub const POEM: Product = Product {
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
            All(&[Status(404, 404), BodyIs("not found"), HeaderIs("content-type", "text/plain; charset=utf-8")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-404-lab-not-found); poem-web/poem poem/src/error.rs (NotFoundError 'not found')",
        ),
        generated(
            All(&[Status(405, 405), BodyIs("method not allowed")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-405-lab-method-not-allowed); poem-web/poem poem/src/error.rs (MethodNotAllowedError 'method not allowed')",
        ),
        generated(
            All(&[Status(400, 400), Body("parse error: "), HeaderIs("content-type", "text/plain; charset=utf-8")]),
            0.5,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-400-lab-json-syntax, -json-missing-field); poem-web/poem poem/src/error.rs (ParseJsonError::Parse 'parse error: {0}')",
        ),
        generated(
            All(&[Status(413, 413), BodyIs("payload too large")]),
            0.6,
            "captured locally from poem 3.1.12 (lab/recipes/rust-poem.sh, poem-413-lab-size-limit); poem-web/poem poem/src/error.rs (ReadBodyError::PayloadTooLarge 'payload too large', raised under middleware::SizeLimit)",
        ),
    ],
};

pub const SALVO: Product = Product {
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

pub const INETS_HTTPD: Product = Product {
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

pub const YAWS: Product = Product {
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
// ADDITIONS to existing entries (append to the entry's `signals`)
// ---------------------------------------------------------------------------------------------

/// go-net-http: the server's own answers (conn.serve) put the reason in the status line.
pub const GO_NET_HTTP_ADDITIONS: &[Signal] = &[
    generated(
        Reason("Bad Request: missing required Host header"),
        0.95,
        "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-400-lab-missing-host); golang/go src/net/http/server.go (conn.serve: statusError written as 'HTTP/1.1 400 Bad Request: <text>'; readRequest badRequestError)",
    ),
    generated(
        Reason("Bad Request: invalid header name"),
        0.95,
        "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-400-lab-invalid-header-name); golang/go src/net/http/server.go (readRequest badRequestError(\"invalid header name\"))",
    ),
    generated(
        Reason("Bad Request: invalid header value"),
        0.95,
        "golang/go src/net/http/server.go (readRequest badRequestError(\"invalid header value\"), same path as the captured go-net-http-400-lab-invalid-header-name)",
    ),
    generated(
        Reason("Bad Request: malformed Host header"),
        0.95,
        "golang/go src/net/http/server.go (readRequest badRequestError(\"malformed Host header\"), same path as the captured go-net-http-400-lab-missing-host)",
    ),
    generated(
        All(&[Status(501, 501), BodyIs("Unsupported transfer encoding")]),
        0.9,
        "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-501-lab-unsupported-transfer-encoding); golang/go src/net/http/server.go (conn.serve isUnsupportedTEError)",
    ),
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
    generated(
        All(&[Status(400, 400), BodyIs("400 Bad Request"), HeaderIs("content-type", "text/plain; charset=utf-8"), HeaderIs("connection", "close")]),
        0.55,
        "captured locally from Go net/http go1.19.8 and go1.22.10 (lab/recipes/go-net-http.sh, go-net-http-400-lab-garbage-request-line: status line, Content-Type, Connection: close and nothing else, no Date); golang/go src/net/http/server.go (conn.serve publicErr)",
    ),
    generated(
        All(&[Status(431, 431), BodyIs("431 Request Header Fields Too Large")]),
        0.75,
        "captured locally from Go net/http go1.19.8 (lab/recipes/go-net-http.sh, go-net-http-431-lab-header-too-large); golang/go src/net/http/server.go (conn.serve errTooLarge)",
    ),
    // The existing `Body("Client sent an HTTP request to an HTTPS server.\n")` is confirmed byte for
    // byte by go-net-http-400-lab-http-to-https (HTTP/1.0, no headers at all). The existing
    // `Body("404 page not found\n")` 0.65 and `Body("http: request body too large")` 0.7 are
    // confirmed by go-net-http-404-lab-not-found and go-net-http-413-lab-max-bytes-reader.
];

/// gin. CORRECTION: the existing `Body("404 page not found")` 0.5 also matches net/http's own
/// 404 (`404 page not found\n` contains it), so chi/gorilla/plain-Go 404s score for gin. Replace
/// it with the first signal below (gin's 404 is `Content-Type: text/plain` without charset and
/// no trailing newline, 18 bytes).
pub const GIN_ADDITIONS: &[Signal] = &[
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
];

/// echo: middleware texts and the debug-mode HTTPError rendering.
pub const ECHO_ADDITIONS: &[Signal] = &[
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
];

/// axum additions.
pub const AXUM_ADDITIONS: &[Signal] = &[
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
];

/// actix-web additions.
pub const ACTIX_WEB_ADDITIONS: &[Signal] = &[
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
];

/// rocket additions: the default Shield header and the catcher page's footer block.
pub const ROCKET_ADDITIONS: &[Signal] = &[
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
];

// gin, echo, chi and gorilla/mux run on net/http: their server-level 400/431/501 answers are
// go-net-http's and are labelled generator `go-net-http` in the notes (not captured again under
// each framework). Phoenix/Plug/Cowboy: not packaged in Debian 12 and hex.pm is unreachable, so no
// captures; the existing PHOENIX entry is untouched.
