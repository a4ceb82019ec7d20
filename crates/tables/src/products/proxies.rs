//! Self-hosted reverse proxies and web servers acting as proxies, and service-mesh sidecars.
//!
//! Products built on another product's code (OpenResty, Tengine and ingress-nginx on nginx; Istio on
//! Envoy) repeat the shared page markers at a slightly lower weight than the base product, so the
//! base product wins on the shared bytes alone and the derived product wins once its own marker
//! (footer, Server header) is also there.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &NGINX,
    &OPENRESTY,
    &TENGINE,
    &INGRESS_NGINX,
    &APACHE,
    &HAPROXY,
    &ENVOY,
    &ISTIO,
    &SQUID,
    &IIS,
    &LIGHTTPD,
    &LINKERD,
    &GO_HTTPUTIL_REVERSEPROXY,
    &APACHE_TRAFFIC_SERVER,
    &H2O,
    &NGHTTPX,
    &TINYPROXY,
    &PRIVOXY,
    &MITMPROXY,
    &CONFIGURABLE_HTTP_PROXY,
    &VITE_PROXY,
    &HTTP_PROXY_MIDDLEWARE,
    &HTTP_PROXY,
];

const NGINX_SPECIAL: &str =
    "nginx src/http/ngx_http_special_response.c (ngx_http_error_tail / ngx_http_error_full_tail, error page bodies); captured locally from Debian nginx 1.22.1-9+deb12u11 (proxy_pass to a refused/slow upstream, server_tokens on/off)";
const NGINX_49X: &str =
    "nginx src/http/ngx_http_special_response.c (ngx_http_error_494_page .. ngx_http_error_497_page: 400 pages with a second <center> line); captured locally from Debian nginx 1.22.1 (oversized header, plain HTTP to an ssl port, ssl_verify_client without a certificate)";
const NGINX_PADDING: &str =
    "nginx src/http/ngx_http_special_response.c (ngx_http_msie_padding, appended when msie_padding is on and the client is MSIE or Chrome); captured locally from Debian nginx 1.22.1 with a Chrome User-Agent";
const NGINX_50X: &str =
    "nginx docs/html/50x.html (the stock error_page 50x.html shipped in nginx's html directory)";
const NGINX_LENGTHS: &str =
    "nginx src/http/ngx_http_special_response.c: a built-in page is ngx_http_error_NNN_page (\"<html>\" CRLF \"<head><title>CODE TEXT</title></head>\" CRLF \"<body>\" CRLF — \"<body bgcolor=\\\"white\\\">\" before 1.17 — \"<center><h1>CODE TEXT</h1></center>\" CRLF) plus ngx_http_error_tail or _full_tail (\"<hr><center>nginx[/VERSION]</center>\" CRLF \"</body>\" CRLF \"</html>\" CRLF) plus, for MSIE and Chrome, ngx_http_msie_padding (402 bytes): its Content-Length is fixed per status; lengths checked against the lab captures of Debian nginx 1.22.1 (lab/recipes/nginx.sh: server_tokens on and off, Chrome padding) and Ubuntu's 1.14 (bgcolor)";
const NGINX_SERVER: &str =
    "nginx src/http/ngx_http_header_filter_module.c (ngx_http_server_string / ngx_http_server_full_string: nginx writes its own Server header on every response, replacing the upstream's)";

const NGINX_LAB: &str =
    "captured locally from nginx 1.22.1 (Debian 1.22.1-9+deb12u11) (lab/recipes/nginx.sh); nginx src/http/ngx_http_header_filter_module.c (ngx_http_status_lines)";

const NGINX: Product = Product {
    id: "nginx",
    name: "nginx",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<hr><center>nginx</center>"), 0.95, NGINX_SPECIAL),
        generated(Body("<hr><center>nginx/"), 0.95, NGINX_SPECIAL),
        generated(Body("Faithfully yours, nginx."), 0.9, NGINX_50X),
        generated(Body("Sorry, the page you are looking for is currently unavailable."), 0.85, NGINX_50X),
        // The page layout nginx and the products built on it share; their footers tell them apart.
        generated(Body("<center><h1>"), 0.35, NGINX_SPECIAL),
        // 494-497 pages: their second line is nginx's, but the forks print it too.
        generated(Body("<center>Request Header Or Cookie Too Large</center>"), 0.6, NGINX_49X),
        generated(Body("<center>The SSL certificate error</center>"), 0.6, NGINX_49X),
        generated(Body("<center>No required SSL certificate was sent</center>"), 0.6, NGINX_49X),
        generated(Body("<center>The plain HTTP request was sent to HTTPS port</center>"), 0.6, NGINX_49X),
        generated(Body("<!-- a padding to disable MSIE and Chrome friendly error page -->"), 0.5, NGINX_PADDING),
        generated(Reason("Gateway Time-out"), 0.2, "nginx src/http/ngx_http_header_filter_module.c (ngx_http_status_lines: \"504 Gateway Time-out\")"),
        // When the paste has no body, a built-in page's exact length still names nginx.
        generated(All(&[Status(400, 400), HeaderIn("content-length", &["150", "157", "166", "173", "552", "559", "568", "575"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(401, 401), HeaderIn("content-length", &["172", "179", "188", "195", "574", "581", "590", "597"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(403, 403), HeaderIn("content-length", &["146", "153", "162", "169", "548", "555", "564", "571"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(404, 404), HeaderIn("content-length", &["146", "153", "162", "169", "548", "555", "564", "571"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(405, 405), HeaderIn("content-length", &["150", "157", "166", "173", "552", "559", "568", "575"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(408, 408), HeaderIn("content-length", &["160", "167", "176", "183", "562", "569", "578", "585"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(413, 413), HeaderIn("content-length", &["176", "183", "192", "199", "578", "585", "594", "601"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(414, 414), HeaderIn("content-length", &["170", "177", "186", "193", "572", "579", "588", "595"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(429, 429), HeaderIn("content-length", &["162", "169", "178", "185", "564", "571", "580", "587"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(500, 500), HeaderIn("content-length", &["170", "177", "186", "193", "572", "579", "588", "595"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(502, 502), HeaderIn("content-length", &["150", "157", "166", "173", "552", "559", "568", "575"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(503, 503), HeaderIn("content-length", &["190", "197", "206", "213", "592", "599", "608", "615"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        generated(All(&[Status(504, 504), HeaderIn("content-length", &["160", "167", "176", "183", "562", "569", "578", "585"]), HeaderPrefix("content-type", "text/html"), Feature("head-only")]), 0.6, NGINX_LENGTHS),
        on_path(HeaderPrefix("server", "nginx"), 0.6, NGINX_SERVER),
    // nginx's own spelling of 503 (limit_req, limit_conn, return 503): nginx-503-lab-limit-req.
    // Apache/HAProxy/Varnish/Squid all say "Service Unavailable".
    generated(Reason("Service Temporarily Unavailable"), 0.45, NGINX_LAB),
    // 414 "Request-URI Too Large" (Apache says "Request-URI Too Long"): nginx-414-lab-uri-too-long.
    generated(Reason("Request-URI Too Large"), 0.35, NGINX_LAB),
    // (A header-only signal for nginx is not proposed: the working tree's NGINX_LENGTHS, built
    // from these captures, already names nginx from a built-in page's Content-Length;
    // nginx-502-lab-refused-head (157), nginx-503-lab-limit-req (197),
    // nginx-502-lab-refused-chrome (559) all fall in its lists.)
],
};

const OPENRESTY: Product = Product {
    id: "openresty",
    name: "OpenResty",
    layer: Layer::Proxy,
    signals: &[
        generated(
            Body("<hr><center>openresty"),
            0.95,
            "openresty patches to ngx_http_special_response.c (footer names openresty)",
        ),
        generated(
            Body("<hr><center>OpenResty"),
            0.9,
            "OpenResty Edge error pages (footer names OpenResty Edge)",
        ),
        on_path(
            HeaderPrefix("server", "openresty"),
            0.6,
            "openresty nginx build (Server: openresty)",
        ),
        on_path(
            HeaderPrefix("server", "OpenResty Edge"),
            0.6,
            "OpenResty Edge (Server: OpenResty Edge N)",
        ),
    ],
};

const TENGINE: Product = Product {
    id: "tengine",
    name: "Tengine",
    layer: Layer::Proxy,
    signals: &[
        generated(
            Body("Powered by Tengine"),
            0.95,
            "alibaba/tengine src/http/ngx_http_special_response.c (ngx_http_error_powered_by)",
        ),
        generated(
            Body("<hr/>Powered by Tengine"),
            0.95,
            "alibaba/tengine src/http/ngx_http_special_response.c",
        ),
        on_path(
            HeaderPrefix("server", "tengine"),
            0.6,
            "alibaba/tengine (Server: Tengine)",
        ),
    ],
};

const INGRESS_HSTS: &str =
    "kubernetes/ingress-nginx docs/user-guide/nginx-configuration/configmap.md (hsts-max-age default 15724800, hsts-include-subdomains default true) and rootfs/etc/nginx/template/nginx.tmpl (more_set_headers \"Strict-Transport-Security: ...\" on every HTTPS response, its own pages included)";

const INGRESS_NGINX: Product = Product {
    id: "ingress-nginx",
    name: "Kubernetes ingress-nginx",
    layer: Layer::Proxy,
    signals: &[
        generated(
            Body("default backend - 404"),
            0.95,
            "kubernetes/ingress-nginx test/e2e/defaultbackend (const defaultBackend = \"default backend - 404\": the body of the default-http-backend 404-server image); curl -i capture in kubernetes/ingress-nginx#3888",
        ),
        // The controller's own 404/503 pages are nginx's (server_tokens off): they come out as
        // nginx's evidence, and the HSTS header the controller adds names ingress-nginx
        // (`products::REFINES`).
        on_path(HeaderIs("strict-transport-security", "max-age=15724800; includeSubDomains"), 0.8, INGRESS_HSTS),
        on_path(HeaderIs("server", "nginx"), 0.6, NGINX_SERVER),
    ],
};

const APACHE_CANNED: &str =
    "apache/httpd modules/http/http_protocol.c (get_canned_error_string, ap_send_error_response); captured locally from Debian apache2 2.4.71-1~deb12u1 (mod_proxy_http to a refused/slow upstream, Require all denied, missing file)";
const APACHE_PROXY: &str =
    "apache/httpd modules/proxy/proxy_util.c (ap_proxyerror: '502 Proxy Error' page, 'The proxy server could not handle the request', 'Reason: <strong>...'); captured locally from Debian apache2 2.4.71 (ProxyPass to an upstream that times out / closes the connection)";

const APACHE_LAB: &str =
    "captured locally from Apache 2.4.71 (Debian 2.4.71-1~deb12u1) (lab/recipes/apache.sh); apache/httpd modules/http/http_protocol.c (get_canned_error_string, ap_send_error_response)";

const APACHE: Product = Product {
    id: "apache",
    name: "Apache HTTP Server",
    layer: Layer::Proxy,
    signals: &[
        generated(
            Body("<address>Apache"),
            0.9,
            "apache/httpd server/core.c (ap_psignature: '<address>' + server banner + ' Server at ' host ' Port ' port '</address>', ServerSignature On, the Debian/Ubuntu default)",
        ),
        generated(Body("<h1>Proxy Error</h1>"), 0.9, APACHE_PROXY),
        generated(Body("The proxy server could not handle the request"), 0.95, APACHE_PROXY),
        generated(Body("response from an upstream server.<br />"), 0.85, APACHE_CANNED),
        generated(Body("<p>Reason: <strong>"), 0.8, APACHE_PROXY),
        generated(Reason("Proxy Error"), 0.6, APACHE_PROXY),
        generated(Body("The server is temporarily unable to service your"), 0.75, APACHE_CANNED),
        generated(Body("The gateway did not receive a timely response"), 0.8, APACHE_CANNED),
        generated(Body("More information about this error may be available"), 0.8, APACHE_CANNED),
        generated(Body("error was encountered while trying to use an ErrorDocument"), 0.9, APACHE_CANNED),
        generated(Body("Your browser sent a request that this server could not understand."), 0.7, APACHE_CANNED),
        generated(Body("You don't have permission to access "), 0.6, APACHE_CANNED),
        generated(Body("was not found on this server.</p>"), 0.6, APACHE_CANNED),
        // Apache keeps the upstream's Server header when proxying, so its own Server header marks
        // responses it served itself (its pages, static files, mod_php apps).
        on_path(HeaderPrefix("server", "Apache"), 0.5, "apache/httpd server/core.c (ap_get_server_banner, ServerTokens); mod_proxy keeps the upstream's Server header (Debian apache2 capture)"),
    // The canned page frame; survives ServerSignature Off (apache-404-lab-not-found-prod,
    // apache-503-lab-refused-prod), where "<address>Apache" is gone. 24 of 26 apache-*-lab-*
    // captures (the two others are HEAD and a relayed app error).
    generated(Body("\"http://www.w3.org/TR/html4/strict.dtd\">\n<html><head>\n<title>"), 0.7, APACHE_LAB),
    // Per-status canned sentences not yet in the table, each one capture.
    generated(Body("Size of a request header field exceeds server limit."), 0.85, APACHE_LAB), // apache-400-lab-header-too-large
    generated(Body("Server timeout waiting for the HTTP request from the client."), 0.85, APACHE_LAB), // apache-408-lab-request-timeout
    generated(Body("The requested URL's length exceeds the capacity"), 0.85, APACHE_LAB), // apache-414-lab-uri-too-long
    generated(Body("The requested resource does not allow request data with"), 0.85, APACHE_LAB), // apache-413-lab-body-too-large
    generated(Body(" is not allowed for this URL.</p>"), 0.7, APACHE_LAB), // apache-405-lab-put-static, -trace-disabled
    generated(Body("The server encountered an internal error or\nmisconfiguration and was unable to complete"), 0.85, APACHE_LAB), // apache-500-lab-rewrite-loop
    // The 502 text carries CRLFs inside an otherwise LF page (every apache-502-lab-* capture).
    generated(Body("The proxy server received an invalid\r\nresponse from an upstream server.<br />"), 0.9, APACHE_LAB),
    // Header-only evidence: Apache's canned pages are "text/html; charset=iso-8859-1" (with a
    // space; Jetty writes "text/html;charset=iso-8859-1"). apache-503-lab-refused-head and
    // modsecurity-403-lab-sqli-head-apache are otherwise unattributed.
    generated(
        All(&[HeaderIs("content-type", "text/html; charset=iso-8859-1"), Status(400, 599)]),
        0.5,
        "captured locally from Apache 2.4.71 (lab/recipes/apache.sh, apache-503-lab-refused-head); apache/httpd modules/http/http_protocol.c (ap_send_error_response: r->content_type = \"text/html; charset=iso-8859-1\")",
    ),
    // Correction to the APACHE on_path comment: with an upstream that sends no Server header,
    // mod_proxy's response carries Apache's own (apache-500-lab-app-passthrough); it keeps an
    // upstream's Server when there is one. The signal itself is right.
],
};

const HAPROXY_ERRORS: &str =
    "haproxy/haproxy src/http.c (http_err_msgs: the built-in error responses); captured locally from Debian haproxy 2.6.12-1+deb12u4 (refused/slow/garbage/closing server, empty backend, http-request deny/auth, timeout http-request)";

const HAPROXY_LAB: &str =
    "captured locally from HAProxy 2.6.12 (Debian 2.6.12-1+deb12u4) (lab/recipes/haproxy.sh); haproxy/haproxy src/http.c (http_err_msgs)";

const HAPROXY_STACK: &str = "captured locally from HAProxy 2.6.12 (lab/recipes/haproxy.sh); haproxy/haproxy src/http.c (http_err_msgs raw \"Content-length\"/\"Cache-Control\" copied by src/mux_h1.c h1_send_error) and the HTX path that stores names lowercase";

const HAPROXY: Product = Product {
    id: "haproxy",
    name: "HAProxy",
    layer: Layer::Proxy,
    signals: &[
        generated(
            Body("No server is available to handle this request."),
            0.95,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("The server didn't respond in time."),
            0.95,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("The server returned an invalid or incomplete response."),
            0.95,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("Your browser didn't send a complete request in time."),
            0.95,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("Request forbidden by administrative rules."),
            0.9,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("You need a valid user and password to access this content."),
            0.9,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("Request sent to a non-authoritative server."),
            0.9,
            HAPROXY_ERRORS,
        ),
        generated(Body("Your browser sent early data."), 0.9, HAPROXY_ERRORS),
        generated(
            Body("The request entity exceeds the maximum allowed."),
            0.85,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("The server cannot process the contained instructions."),
            0.8,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("Your browser sent an invalid request."),
            0.8,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("You have sent too many requests in a given amount of time."),
            0.7,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("The resource is no longer available and will not be available again."),
            0.7,
            HAPROXY_ERRORS,
        ),
        generated(
            Body("An internal server error occurred."),
            0.6,
            HAPROXY_ERRORS,
        ),
        // The page frame every built-in message shares: "<html><body><h1>NNN Reason</h1>\nText\n</body></html>".
        generated(Body("<html><body><h1>"), 0.3, HAPROXY_ERRORS),
        // HAProxy spells the 400 reason with a lowercase r ("400 Bad request").
        generated(Reason("Bad request"), 0.4, HAPROXY_ERRORS),
    // The 501 sentence starts with a stray dot in HAProxy's source: haproxy-501-lab-deny-status.
    generated(Body(".The server does not support the functionality required to fulfill the request."), 0.95, HAPROXY_LAB),
    generated(Body("A request was made of a resource using a request method not supported by that resource"), 0.85, HAPROXY_LAB), // haproxy-405-lab-deny-status
    generated(Body("<h1>404 Not Found</h1>\nThe resource could not be found."), 0.85, HAPROXY_LAB), // haproxy-404-lab-deny-status
    // "408 Request Time-out" (haproxy-408-lab-request-timeout); nginx's status line has the same
    // spelling but nginx closes instead of answering 408.
    generated(Reason("Request Time-out"), 0.3, HAPROXY_LAB),
    // Header-only evidence (HEAD, haproxy-503-lab-refused-head): each built-in reply has a fixed
    // Content-Length (http_err_msgs), with `cache-control: no-cache`. Lengths measured on the
    // captures: 400=90, 401=112, 403=93, 404=83, 405=146, 408=110, 410=114, 413=106, 429=117,
    // 500=97, 501=136, 502=107, 503=107, 504=92 (the same in src/http.c's "Content-length: N").
    generated(All(&[Status(400, 400), HeaderIs("content-length", "90"), HeaderIs("cache-control", "no-cache")]), 0.7, HAPROXY_LAB),
    generated(All(&[Status(403, 403), HeaderIs("content-length", "93"), HeaderIs("cache-control", "no-cache")]), 0.7, HAPROXY_LAB),
    generated(All(&[Status(408, 408), HeaderIs("content-length", "110"), HeaderIs("cache-control", "no-cache")]), 0.7, HAPROXY_LAB),
    generated(All(&[Status(500, 500), HeaderIs("content-length", "97"), HeaderIs("cache-control", "no-cache")]), 0.7, HAPROXY_LAB),
    generated(All(&[Status(502, 503), HeaderIs("content-length", "107"), HeaderIs("cache-control", "no-cache")]), 0.75, HAPROXY_LAB),
    generated(All(&[Status(504, 504), HeaderIs("content-length", "92"), HeaderIs("cache-control", "no-cache")]), 0.75, HAPROXY_LAB),
    // The head of its own answers: names, case and order (lab captures, measured over every fixture).
    // Stream-level replies and relayed responses, all lowercase, no Date: 18 hits, all haproxy.
            generated(NamesEnd(&["content-length", "cache-control", "content-type", "connection"]), 0.9, HAPROXY_STACK),
            // H1-mux replies keep http_err_msgs' raw spelling "Content-length": 5 hits, all haproxy.
            generated(NamesInOrder(&["Content-length", "Cache-Control", "Connection", "Content-Type"]), 0.95, HAPROXY_STACK),
],
};

const ENVOY_ROUTER: &str =
    "envoyproxy/envoy source/common/router/router.cc (sendLocalReply bodies of the router filter)";

const ENVOY: Product = Product {
    id: "envoy",
    name: "Envoy",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("upstream connect error or disconnect/reset before headers"), 0.95, "envoyproxy/envoy source/common/router/router.cc (local reply body for upstream reset); captures istio/istio#20475, knative-extensions/net-contour#237"),
        generated(Body("upstream request timeout"), 0.9, "envoyproxy/envoy source/common/router/router.cc (local reply body for upstream timeout); capture istio/old_issues_repo#116"),
        generated(Body("no healthy upstream"), 0.8, "envoyproxy/envoy source/common/router/router.cc (local reply when the cluster has no healthy host)"),
        generated(Body("upstream max stream duration reached"), 0.9, ENVOY_ROUTER),
        generated(Body("envoy overloaded"), 0.9, "envoyproxy/envoy source/common/http/conn_manager_impl.cc (overload manager stop_accepting_requests: 503 \"envoy overloaded\")"),
        generated(Body("local_rate_limited"), 0.85, "envoyproxy/envoy source/extensions/filters/http/local_ratelimit (429 local reply body \"local_rate_limited\")"),
        generated(Body("RBAC: access denied"), 0.9, "envoyproxy/envoy source/extensions/filters/http/rbac/rbac_filter.cc (403 local reply \"RBAC: access denied\")"),
        generated(Body("Jwt is missing"), 0.85, "envoyproxy/envoy source/extensions/filters/http/jwt_authn (401 local reply with the verification status text)"),
        generated(Body("Jwt verification fails"), 0.85, "envoyproxy/envoy source/extensions/filters/http/jwt_authn (401 local reply with the verification status text)"),
        generated(Header("x-envoy-overloaded"), 0.6, "envoyproxy/envoy docs, HTTP router filter: x-envoy-overloaded is set on the 503 Envoy sends when overloaded"),
        generated(Header("x-envoy-ratelimited"), 0.6, "envoyproxy/envoy docs, HTTP router filter / rate limit filter: x-envoy-ratelimited on the 429 Envoy sends"),
        on_path(HeaderIs("server", "envoy"), 0.6, "envoyproxy/envoy (server_name defaults to envoy, and server_header_transformation OVERWRITE replaces the upstream's)"),
        on_path(Header("x-envoy-upstream-service-time"), 0.5, "envoyproxy/envoy docs, HTTP router filter headers (set when an upstream answered)"),
    ],
};

const ISTIO_PROXY: &str =
    "istio/istio pilot networking config (the istio-proxy HTTP connection manager is given server_name istio-envoy); curl -i captures istio/istio#35334, istio/istio#31637 (server: istio-envoy on the sidecar/gateway local reply)";

/// Istio's proxy is Envoy: the same local replies, told apart by `server: istio-envoy`.
/// Sources for the replies: istio.io docs (Authorization and Authentication policy tasks),
/// kubeflow/kubeflow#3975, and the captures cited in `ISTIO_PROXY`.
const ISTIO: Product = Product {
    id: "istio",
    name: "Istio (Envoy sidecar / gateway)",
    layer: Layer::Proxy,
    signals: &[
        // Its local replies are Envoy's (RBAC denials from AuthorizationPolicy, jwt_authn 401s from
        // RequestAuthentication): they come out as Envoy's evidence, and `server: istio-envoy`
        // names Istio (`products::REFINES`).
        on_path(HeaderIs("server", "istio-envoy"), 0.8, ISTIO_PROXY),
        on_path(Header("x-envoy-decorator-operation"), 0.5, "istio.io docs / Envoy tracing decorator: Istio sets a decorator on every route, and the proxy returns x-envoy-decorator-operation on responses"),
    ],
};

const SQUID_PAGES: &str =
    "squid-cache/squid errors/templates/ERR_* and errors/errorpage.css; captured locally from Debian squid 5.7-2+deb12u6 (forward proxy to a refused port: ERR_CONNECT_FAIL 111; denied dstdomain: ERR_ACCESS_DENIED; accel mode to a refused peer: ERR_READ_ERROR)";

const SQUID_LAB: &str =
    "captured locally from Squid 5.7 (Debian 5.7-2+deb12u6) (lab/recipes/squid.sh); squid-cache/squid errors/templates/ERR_* and src/errorpage.cc";

const SQUID: Product = Product {
    id: "squid",
    name: "Squid",
    layer: Layer::Proxy,
    signals: &[
        generated(Header("x-squid-error"), 0.9, "squid-cache/squid src/errorpage.cc (X-Squid-Error: ERR_* errno on every error page Squid builds); Debian squid 5.7 capture"),
        generated(Body("Stylesheet for Squid Error pages"), 0.95, SQUID_PAGES),
        generated(Body("The Squid Software Foundation"), 0.85, SQUID_PAGES),
        generated(Body("<body id=ERR_"), 0.9, SQUID_PAGES),
        generated(Body("Your cache administrator is"), 0.85, SQUID_PAGES),
        generated(Body("The requested URL could not be retrieved"), 0.7, SQUID_PAGES),
        // Squid keeps the origin's Server header on relayed responses; squid/x marks its own.
        generated(HeaderPrefix("server", "squid"), 0.6, "squid-cache/squid src/errorpage.cc (Server: squid/<version> on Squid's own replies); Debian squid 5.7 capture"),
        on_path(HeaderContains("via", "(squid"), 0.6, "squid-cache/squid src/client_side_reply.cc (Via: 1.1 <visible_hostname> (squid/<version>) on relayed responses)"),
        on_path(Header("x-cache-lookup"), 0.4, "squid-cache/squid src/client_side_reply.cc (X-Cache-Lookup: HIT/MISS from <host>:<port>)"),
    generated(Body("<p id=\"sysmsg\">The system returned: <i>"), 0.9, SQUID_LAB), // 9 captures (connect fail, read error/timeout)
    // Footer comment naming the error: "<!-- ERR_CONNECT_FAIL -->" (20 of 23; not HEAD/passthrough).
    generated(Body("<!-- ERR_"), 0.6, SQUID_LAB),
    // The head of its own answers: names, case and order (lab captures, measured over every fixture).
    generated(NamesInOrder(&["Server", "Mime-Version", "Date", "Content-Type", "Content-Length", "X-Squid-Error"]), 0.95, SQUID_LAB), // 25 hits, squid
],
};

const IIS_CUSTERR: &str =
    "IIS custom error pages (%SystemDrive%\\inetpub\\custerr\\<lang>\\NNN.htm: '<div id=\"header\"><h1>Server Error</h1></div>' frame); public captures in Ekultek/WhatWaf#1349 (IIS 10.0 404), aaronpowell/httpstatus#129 and MiKTeX/miktex#418 (ARR 502)";
const IIS_ARR: &str =
    "IIS Application Request Routing 502 page ('502 - Web server received an invalid response while acting as a gateway or proxy server.'); Microsoft Learn, Troubleshoot 502 errors in ARR (502.3 / 502.4); captures aspnet/KestrelHttpServer#1908, MiKTeX/miktex#418";

const IIS: Product = Product {
    id: "iis",
    name: "Microsoft IIS",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<div id=\"header\"><h1>Server Error</h1></div>"), 0.9, IIS_CUSTERR),
        generated(Body("Web server received an invalid response while acting as a gateway or proxy server."), 0.95, IIS_ARR),
        generated(Body("When the Web server (while acting as a gateway or proxy) contacted the upstream content server"), 0.95, IIS_ARR),
        generated(Body(" Detailed Error - "), 0.85, "IIS detailed error page (<title>IIS 10.0 Detailed Error - 502.3 - Bad Gateway</title>); Microsoft Learn, HDInsight Ambari Hive view troubleshooting (IIS 8.5 Detailed Error - 502.3 - Bad Gateway); Ekultek/WhatWaf#1367"),
        generated(Body("The page cannot be displayed because an internal server error has occurred."), 0.85, "IIS plain-text 500 body sent when detailed errors are off and the module failed (errorMode DetailedLocalOnly); dotnet/corefx#26652"),
        // HTTP.sys pages; ASP.NET Core's HostFiltering middleware copies the 400 one, so they are weak alone.
        generated(Body("<hr><p>HTTP Error "), 0.45, "Windows HTTP.sys error pages (<h2>Bad Request - Invalid Hostname</h2><hr><p>HTTP Error 400. The request hostname is invalid.</p>, HTTP Error 503. The service is unavailable.)"),
        generated(HeaderPrefix("server", "Microsoft-HTTPAPI/"), 0.6, "Windows HTTP.sys answers requests no IIS site takes with Server: Microsoft-HTTPAPI/2.0"),
        on_path(HeaderPrefix("server", "Microsoft-IIS"), 0.6, "IIS sets Server: Microsoft-IIS/<version> on every response it serves or relays through ARR (wappalyzer/wappalyzer#1213)"),
        on_path(HeaderPrefix("x-powered-by", "ARR/"), 0.5, "IIS Application Request Routing adds X-Powered-By: ARR/<version> to relayed responses"),
    ],
};

const LIGHTTPD_PAGE: &str =
    "lighttpd1.4 core default error document (XML declaration + XHTML 1.0 Transitional page with <h1>NNN Reason</h1>); captured locally from Debian lighttpd 1.4.69-1 (mod_proxy to a refused/garbage upstream, url.access-deny, missing file)";

const LIGHTTPD_LAB: &str =
    "captured locally from lighttpd 1.4.69 (Debian 1.4.69-1) (lab/recipes/lighttpd.sh); lighttpd/lighttpd1.4 src/response.c (http_response_static_errdoc)";

const LIGHTTPD: Product = Product {
    id: "lighttpd",
    name: "lighttpd",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>"), 0.5, LIGHTTPD_PAGE),
        generated(Body("         \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"), 0.5, LIGHTTPD_PAGE),
        // lighttpd keeps a proxied upstream's Server header; its own marks what it served.
        on_path(HeaderPrefix("server", "lighttpd"), 0.6, "lighttpd server.tag default 'lighttpd/<version>'; Debian lighttpd 1.4.69 capture (mod_proxy keeps the upstream's Server header)"),
    // The page's html/head lines with lighttpd's 1- and 2-space indent: 16 of 18 captures (not
    // HEAD/passthrough), including server.tag = "" where no Server header names it.
    generated(Body("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title>"), 0.8, LIGHTTPD_LAB),
    // Header-only evidence (lighttpd-503-lab-refused-head): own pages are "text/html" without a
    // charset with Server: lighttpd.
    generated(All(&[HeaderPrefix("server", "lighttpd"), HeaderIs("content-type", "text/html"), Status(400, 599)]), 0.5, LIGHTTPD_LAB),
],
};

const LINKERD: Product = Product {
    id: "linkerd",
    name: "Linkerd (linkerd2-proxy)",
    layer: Layer::Proxy,
    signals: &[
        generated(Header("l5d-proxy-error"), 0.95, "linkerd/linkerd2-proxy linkerd/app/core/src/errors.rs (L5D_PROXY_ERROR = \"l5d-proxy-error\" on synthetic responses); curl -v 403 (find_string id 20569174901, fixture linkerd-403-unauthorized-route), 504 fail-fast (ids 60681445562, 56110001541), 502 (id 60937127071)"),
        generated(HeaderIs("l5d-proxy-connection", "close"), 0.85, "linkerd/linkerd2-proxy errors.rs (L5D_PROXY_CONNECTION); 504 pastes find_string ids 60681445562, 56110001541"),
        generated(Body("unauthorized request on route"), 0.85, "linkerd2-proxy authorization policy denial text (header value; some versions also in the body)"),
    ],
};

/// Layer::Proxy: httputil.ReverseProxy is the proxy in front of many Go-built gateways.
const GO_HTTPUTIL_REVERSEPROXY: Product = Product {
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

const ATS_BODY: &str =
    "captured locally from Apache Traffic Server 9.2.9 (Debian trafficserver 9.2.5+ds-0+deb12u4) (lab/recipes/trafficserver.sh); apache/trafficserver configs/body_factory/default/* (the stock error templates: connect#failed_connect, timeout#inactivity, response#bad_response, connect#hangup, urlrouting#no_mapping, connect#dns_failed, access#denied, request#syntax_error)";

const ATS_REASONS: &str =
    "captured locally from Apache Traffic Server 9.2.9 (lab/recipes/trafficserver.sh); apache/trafficserver proxy/http/HttpTransact.cc (build_error_response(s, status, \"<reason>\", \"<template>\") calls)";

const ATS_LAB: &str =
    "captured locally from Apache Traffic Server 9.2.9 (Debian trafficserver 9.2.5+ds-0+deb12u4) (lab/recipes/trafficserver.sh)";

const APACHE_TRAFFIC_SERVER: Product = Product {
    id: "apache-traffic-server",
    name: "Apache Traffic Server",
    layer: Layer::Proxy,
    signals: &[
        // The body_factory frame shared by every template (11 of 13 captures; not HEAD/passthrough).
        generated(
            Body("<FONT FACE=\"Helvetica,Arial\"><B>\nDescription: "),
            0.9,
            ATS_BODY,
        ),
        generated(
            Body("<BODY BGCOLOR=\"white\" FGCOLOR=\"black\">"),
            0.8,
            ATS_BODY,
        ),
        // No remap rule (remap_required 1, the default): the classic ATS answer.
        generated(Reason("Not Found on Accelerator"), 0.95, ATS_REASONS), // apache-traffic-server-404-lab-no-remap
        generated(
            Body("<TITLE>Not Found on Accelerator</TITLE>"),
            0.95,
            ATS_BODY,
        ),
        // Reason phrases naming the failure, ATS's own (useful on HEAD, where there is no body).
        generated(Reason("Cannot find server."), 0.85, ATS_REASONS), // -500-lab-dns-fail
        generated(
            Reason("Malformed Server Response Status"),
            0.85,
            ATS_REASONS,
        ), // -502-lab-empty, -reset
        generated(Reason("Server Hangup"), 0.8, ATS_REASONS),        // -502-lab-half
        generated(Reason("Invalid HTTP Response"), 0.7, ATS_REASONS), // -502-lab-garbage
        generated(Reason("Invalid HTTP Request"), 0.7, ATS_REASONS), // -400-lab-header-too-large, -garbage-request
        generated(Reason("Connection Timed Out"), 0.6, ATS_REASONS), // -504-lab-slow
        generated(
            All(&[Status(502, 502), Reason("Connection refused")]),
            0.6,
            ATS_REASONS,
        ), // -502-lab-refused, -refused-head
        // Server: ATS/<version> on its own pages and on relayed responses when the origin sent no
        // Server (apache-traffic-server-500-lab-app-passthrough).
        on_path(HeaderPrefix("server", "ATS/"), 0.7, ATS_LAB),
        // The head of its own answers: names, case and order (lab captures, measured over every fixture).
        generated(
            NamesInOrder(&[
                "Date",
                "Connection",
                "Server",
                "Cache-Control",
                "Content-Type",
                "Content-Language",
                "Content-Length",
            ]),
            0.9,
            ATS_BODY,
        ), // 11 hits, ATS
    ],
};

const H2O_PROXY: &str =
    "captured locally from h2o 2.2.5 (Debian 2.2.5+dfsg2-7) (lab/recipes/h2o.sh); h2o/h2o lib/core/proxy.c (h2o_send_error_502(req, \"Gateway Error\", errstr, 0)) with the lib/common/http1client.c error strings as the body";

const H2O_OWN: &str =
    "captured locally from h2o 2.2.5 (Debian 2.2.5+dfsg2-7) (lab/recipes/h2o.sh); h2o/h2o lib/handler/file.c (h2o_send_error_404(req, \"File Not Found\", \"not found\", 0)), lib/core/proxy.c / lib/core/request.c (413 \"request entity is too large\")";

const H2O: Product = Product {
    id: "h2o",
    name: "H2O",
    layer: Layer::Proxy,
    signals: &[
        // Every proxy failure is "502 Gateway Error" (h2o 2.2 has no 504): h2o-502-lab-*.
        generated(Reason("Gateway Error"), 0.75, H2O_PROXY),
        generated(All(&[Status(502, 502), BodyIs("connection failed")]), 0.85, H2O_PROXY), // h2o-502-lab-refused
        generated(All(&[Status(502, 502), BodyIs("I/O timeout")]), 0.85, H2O_PROXY), // h2o-502-lab-slow
        generated(All(&[Status(502, 502), BodyIs("failed to parse the response")]), 0.85, H2O_PROXY), // h2o-502-lab-garbage
        generated(All(&[Status(502, 502), BodyIs("I/O error (head)")]), 0.9, H2O_PROXY), // h2o-502-lab-empty, -reset, -half
        generated(Reason("File Not Found"), 0.5, H2O_OWN), // h2o-404-lab-not-found
        generated(All(&[Status(413, 413), BodyIs("request entity is too large")]), 0.75, H2O_OWN), // h2o-413-lab-body-too-large
        // Own pages mix canonical and lowercase names: "Server: h2o/2.2.5" then
        // "content-type: text/plain; charset=utf-8". Header names are matched case-insensitively,
        // so only the Server header can be used: h2o sets it on everything it serves or relays.
        on_path(HeaderPrefix("server", "h2o"), 0.65, "captured locally from h2o 2.2.5 (lab/recipes/h2o.sh; h2o-500-lab-app-passthrough: Server: h2o/2.2.5 added to a relayed response); h2o/h2o lib/core/config.c (server-name default \"h2o/<version>\")"),
        // Option, NOT tried on the private build: the h2o stack (STACKS_ADD below) matches only
        // h2o's own answers (the lowercase content-type after Server), so
        // `generated(Feature("stack:h2o"), 0.7, H2O_OWN)` would also name h2o on its 405
        // (h2o-405-lab-post-static, body "method not allowed"), the one h2o answer left unnamed.
    // The head of its own answers: names, case and order (lab captures, measured over every fixture).
    generated(NamesInOrder(&["Date", "Connection", "Content-Length", "Server", "content-type"]), 0.95, H2O_PROXY),
],
};

const NGHTTPX_PAGE: &str =
    "captured locally from nghttpx nghttp2/1.52.0 (Debian nghttp2-proxy 1.52.0-1+deb12u3) (lab/recipes/nghttpx.sh); nghttp2/nghttp2 src/shrpx_http.cc (create_error_html: '<!DOCTYPE html><html lang=\"en\"><title>NNN Reason</title><body><h1>NNN Reason</h1><footer>' + server name + '</footer></body></html>')";

const NGHTTPX: Product = Product {
    id: "nghttpx",
    name: "nghttpx (nghttp2 proxy)",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<footer>nghttpx</footer>"), 0.95, NGHTTPX_PAGE), // 11 of 12 nghttpx-*-lab-* captures
        // The same one-line page with a custom --server-name.
        generated(Body("</h1><footer>"), 0.6, NGHTTPX_PAGE),
        // nghttpx rewrites Server on relayed responses too (--no-server-rewrite to keep the
        // backend's) and adds Via: nghttpx-500-lab-app-passthrough.
        on_path(HeaderIs("server", "nghttpx"), 0.7, "captured locally from nghttpx 1.52.0 (lab/recipes/nghttpx.sh); nghttp2/nghttp2 src/shrpx_config.cc (server_name default \"nghttpx\"), src/shrpx_https_upstream.cc (Server rewritten unless --no-server-rewrite)"),
        on_path(HeaderIs("via", "1.1 nghttpx"), 0.6, "captured locally from nghttpx 1.52.0 (lab/recipes/nghttpx.sh, nghttpx-500-lab-app-passthrough); nghttp2/nghttp2 src/shrpx_http.cc (create_via_header_value, unless --no-via)"),
    // The head of its own answers: names, case and order (lab captures, measured over every fixture).
    generated(NamesInOrder(&["Server", "Content-Length", "Date", "Content-Type", "Connection"]), 0.85, NGHTTPX_PAGE),
],
};

const TINYPROXY_PAGE: &str =
    "captured locally from tinyproxy 1.11.1 (Debian 1.11.1-2.1+deb12u1) (lab/recipes/tinyproxy.sh); tinyproxy/tinyproxy data/templates/default.html (Debian /usr/share/tinyproxy/default.html) and src/html-error.c (send_http_error_message)";

const TINYPROXY_REQS: &str =
    "captured locally from tinyproxy 1.11.1 (lab/recipes/tinyproxy.sh); tinyproxy/tinyproxy src/reqs.c (indicate_http_error(connptr, NNN, \"<cause>\", \"detail\", \"<detail>\", NULL) calls)";

const TINYPROXY: Product = Product {
    id: "tinyproxy",
    name: "tinyproxy",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("Generated by <a href=\"https://tinyproxy.github.io/\">tinyproxy</a> version"), 0.95, TINYPROXY_PAGE), // 10 of 13
        generated(Body("<p><em>Generated by tinyproxy version"), 0.95, "captured locally from tinyproxy 1.11.1 (lab/recipes/tinyproxy.sh, tinyproxy-500-lab-refused-builtin: no DefaultErrorFile); tinyproxy/tinyproxy src/html-error.c (the built-in fallback page)"),
        generated(Body("Tinyproxy was unable to connect to the remote web server."), 0.95, TINYPROXY_REQS),
        generated(Body("Tinyproxy was unable to retrieve and process headers from the remote web server."), 0.95, TINYPROXY_REQS),
        generated(Body("You tried to connect to the machine the proxy is running on"), 0.85, TINYPROXY_REQS),
        generated(Body("The CONNECT method not allowed with the port you tried to use."), 0.85, TINYPROXY_REQS),
        generated(Body("No mapping found for requested url"), 0.7, TINYPROXY_REQS),
        generated(Body("The request you made has been filtered"), 0.7, TINYPROXY_REQS),
        // The reason phrase is the error's cause (src/reqs.c): useful with HEAD.
        generated(Reason("Could not retrieve all the headers"), 0.85, TINYPROXY_REQS), // tinyproxy-503-lab-garbage
        generated(Reason("Unable to connect"), 0.6, TINYPROXY_REQS), // tinyproxy-500-lab-refused
        generated(Reason("Access violation"), 0.6, TINYPROXY_REQS), // tinyproxy-403-lab-connect-port
        generated(Reason("Filtered"), 0.6, TINYPROXY_REQS), // tinyproxy-403-lab-filtered
        // Server: tinyproxy/<v> only on its own pages: relayed responses get a Via first and no
        // Server (tinyproxy-500-lab-app-passthrough).
        generated(HeaderPrefix("server", "tinyproxy/"), 0.7, TINYPROXY_PAGE),
        on_path(HeaderContains("via", "(tinyproxy/"), 0.6, "captured locally from tinyproxy 1.11.1 (lab/recipes/tinyproxy.sh, tinyproxy-500-lab-app-passthrough: 'Via: 1.1 tinyproxy (tinyproxy/1.11.1)'); tinyproxy/tinyproxy src/reqs.c (write_via_header)"),
    // The head of its own answers: names, case and order (lab captures, measured over every fixture).
    generated(NamesEnd(&["Server", "Content-Type", "Connection"]), 0.5, TINYPROXY_PAGE),
],
};

const PRIVOXY_CGI: &str =
    "captured locally from Privoxy 3.0.34 (Debian 3.0.34-1) (lab/recipes/privoxy.sh); privoxy src/cgi.c (template answers: fixed Last-Modified/Expires dates, title 'NNN - Reason (Privoxy@host)'), /etc/privoxy/templates/{connect-failed,connection-timeout,no-server-data,blocked}";

const PRIVOXY_JCC: &str =
    "captured locally from Privoxy 3.0.34 (lab/recipes/privoxy.sh); privoxy src/jcc.c (canned responses: INVALID_SERVER_HEADERS_RESPONSE, NO_SERVER_DATA_RESPONSE, CLIENT_HEADER_PARSING_ERROR_RESPONSE, ...)";

const PRIVOXY: Product = Product {
    id: "privoxy",
    name: "Privoxy",
    layer: Layer::Proxy,
    signals: &[
        // Every template answer (7 of 11 captures, HEAD included) carries these fixed dates.
        generated(
            HeaderIs("last-modified", "Wed, 08 Jun 1955 12:00:00 GMT"),
            0.9,
            PRIVOXY_CGI,
        ),
        generated(
            HeaderIs("expires", "Sat, 17 Jun 2000 12:00:00 GMT"),
            0.85,
            PRIVOXY_CGI,
        ),
        generated(Body("(Privoxy@"), 0.9, PRIVOXY_CGI), // <title>503 - Connect failed (Privoxy@localhost)</title>
        generated(Body("//config.privoxy.org/"), 0.85, PRIVOXY_CGI),
        generated(Reason("Request blocked by Privoxy"), 0.95, PRIVOXY_CGI), // privoxy-403-lab-blocked
        generated(
            Reason("No data received from server or forwarder"),
            0.9,
            PRIVOXY_JCC,
        ), // -502-lab-no-server-data, -reset
        generated(
            Reason("Server or forwarder response invalid"),
            0.9,
            PRIVOXY_JCC,
        ), // -502-lab-garbage
        generated(
            Reason("Invalid header received from client"),
            0.85,
            PRIVOXY_JCC,
        ), // -400-lab-garbage-request, -origin-form
        generated(
            All(&[Status(503, 503), Reason("Connect failed")]),
            0.6,
            PRIVOXY_CGI,
        ), // -503-lab-connect-failed, -connect-refused
        generated(
            All(&[Status(504, 504), Reason("Connection timeout")]),
            0.5,
            PRIVOXY_CGI,
        ), // -504-lab-timeout
        generated(
            BodyIs("Bad response. The server or forwarder response doesn't look like HTTP."),
            0.9,
            PRIVOXY_JCC,
        ),
        generated(
            BodyIs("Invalid header received from client."),
            0.8,
            PRIVOXY_JCC,
        ),
        // The head of its own answers: names, case and order (lab captures, measured over every fixture).
        generated(
            NamesInOrder(&[
                "Content-Type",
                "Cache-Control",
                "Date",
                "Last-Modified",
                "Expires",
                "Pragma",
                "Connection",
            ]),
            0.95,
            PRIVOXY_CGI,
        ),
    ],
};

const MITMPROXY_ERR: &str =
    "captured locally from mitmproxy 8.1.1 (Debian 8.1.1-2) (lab/recipes/mitmproxy.sh); mitmproxy/proxy/layers/http/_http1.py (make_error_response: Server=version.MITMPROXY, Connection=close, Content-Type=text/html; body from format_error)";

const MITMPROXY: Product = Product {
    id: "mitmproxy",
    name: "mitmproxy",
    layer: Layer::Proxy,
    signals: &[
        // "Server: mitmproxy 8.1.1" (a space, not a slash) only on mitmproxy's own answers; a
        // relayed response is left as the origin sent it (mitmproxy-500-lab-app-passthrough-debian).
        generated(HeaderPrefix("server", "mitmproxy "), 0.85, MITMPROXY_ERR),
        generated(
            Body("Connection killed: Request destination unknown."),
            0.9,
            MITMPROXY_ERR,
        ), // mitmproxy-502-lab-origin-form-debian
        generated(
            Body("unexpected server response: b&#x27;"),
            0.85,
            MITMPROXY_ERR,
        ), // mitmproxy-502-lab-garbage-debian, -half-debian
        generated(Body("Bad HTTP request line: b&#x27;"), 0.85, MITMPROXY_ERR), // mitmproxy-400-lab-garbage-request-debian
        // The page frame with its 4-space indent (9 of 10): weak alone.
        generated(Body("<html>\n<head>\n    <title>"), 0.35, MITMPROXY_ERR),
        // The head of its own answers: names, case and order (lab captures, measured over every fixture).
        generated(
            NamesEnd(&["Server", "Connection", "Content-Type", "content-length"]),
            0.95,
            MITMPROXY_ERR,
        ),
    generated(
        Body("<p>server closed connection</p>"),
        0.85,
        "captured locally from mitmproxy 12.3.1 reverse mode (mitmproxy-502-lab-empty, -reset); mitmproxy/proxy/layers/http/_http1.py line 455",
    ),
    generated(
        Body("Connect call failed (&#x27;"),
        0.6,
        "captured locally (mitmproxy-502-lab-refused: '[Errno 111] Connect call failed (&#x27;127.0.0.1&#x27;, 18430)'): Python asyncio's connect error text in mitmproxy's format_error (mitmproxy/proxy/layers/http/_base.py line 43)",
    ),
],
};

const CHP_PAGES: &str =
    "captured locally from configurable-http-proxy 4.5.3 (Debian node-configurable-http-proxy 4.5.3+~cs15.2.4-3) (lab/recipes/configurable-http-proxy.sh); jupyterhub/configurable-http-proxy lib/error/503.html, lib/error/404.html and lib/configproxy.js (handleProxyError)";

const CONFIGURABLE_HTTP_PROXY: Product = Product {
    id: "configurable-http-proxy",
    name: "configurable-http-proxy (JupyterHub)",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<p>configurable-http-proxy</p>"), 0.95, CHP_PAGES), // 7 of 10 (not HEAD, passthrough, Node's 400)
        generated(Body("503: Proxy Target Missing"), 0.95, CHP_PAGES), // every proxy failure: refused, timeout, garbage, empty, reset, half
        generated(Body("No service is registered at this URL"), 0.9, CHP_PAGES), // -404-lab-no-route
    ],
};

const HPM_SRC: &str = "chimurai/http-proxy-middleware v3 src/plugins/default/error-response-plugin.ts + src/status-code.ts (v2: src/_handlers.ts defaultErrorHandler): res.writeHead(/HPE_INVALID/ ? 502 : ECONNRESET|ENOTFOUND|ECONNREFUSED|ETIMEDOUT ? 504 : 500); res.end(`Error occurred while trying to proxy: ${host}${req.url}`); captured locally from http-proxy-middleware 3.0.5 and 2.0.9 in express 4.22.3, and inside webpack-dev-server 5.2.7 (lab/recipes/node-proxies.sh, lab/recipes/node-dev-servers.sh: http-proxy-middleware-50x-lab-*)";

const HTTP_PROXY_MIDDLEWARE: Product = Product {
    id: "http-proxy-middleware",
    name: "http-proxy-middleware",
    layer: Layer::Proxy,
    signals: &[
        generated(
            Body("Error occurred while trying to proxy: "),
            0.95,
            HPM_SRC,
        ),
        // HEAD: no body; the head is the Express app's X-Powered-By then node's tail, no
        // Content-Type (writeHead without headers). Weak alone.
        generated(
            All(&[
                Status(502, 504),
                HeaderIs("x-powered-by", "Express"),
                Feature("head-only"),
                NamesEnd(&["Date", "Connection", "Keep-Alive"]),
            ]),
            0.3,
            HPM_SRC,
        ),
    ],
};

const HTTP_PROXY: Product = Product {
    id: "http-proxy",
    name: "http-proxy (node-http-proxy)",
    layer: Layer::Proxy,
    signals: &[
        // http-proxy writes no error response itself (no listener -> the process throws); this
        // is the README's example handler, copied verbatim into many deployments.
        generated(Body("Something went wrong. And we are reporting a custom error message."), 0.9, "http-party/node-http-proxy README.md 'Listening for proxy events' (proxy.on('error') example: 500 text/plain); captured locally from http-proxy 1.18.1 (lab/recipes/node-proxies.sh: http-proxy-500-lab-refused, -garbage, -slow)"),
    ],
};

/// The Vite dev server's `server.proxy` (a proxy in front of the backend the front end calls):
/// a layer of its own, apart from the dev server's pages (apps.rs VITE).
const VITE_PROXY: Product = Product {
    id: "vite-proxy",
    name: "Vite dev server proxy",
    layer: Layer::Proxy,
    signals: &[
        // server.proxy error handler: res.writeHead(500, {'Content-Type': 'text/plain'}).end()
        generated(All(&[Status(500, 500), NamesStart(&["Vary", "Content-Type", "Date"]), HeaderIs("vary", "Origin"), HeaderIs("content-type", "text/plain"), BodyIs("")]), 0.85, "vitejs/vite middlewares/proxy.ts (proxy.on('error'): logs 'http proxy error', res.writeHead(500, {'Content-Type': 'text/plain'}).end()); captured locally from Vite 6.4 and 7.3 (lab/recipes/node-dev-servers.sh: vite-500-lab-proxy-refused-v6/-v7, vite-500-lab-proxy-garbage-v6/-v7)"),
    ],
};
