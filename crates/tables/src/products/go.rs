//! Go: net/http and the frameworks on it (gin, echo, chi), and Go services whose errors people paste (Kubernetes API server, grpc-gateway, Consul).
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &GO_NET_HTTP,
    &GIN,
    &ECHO,
    &KUBERNETES_APISERVER,
    &GRPC_GATEWAY,
    &CONSUL,
    &CHI,
];

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
            // Keys many APIs use (Fastify's errors too): a mark, not a name.
            0.35,
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
