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
    ],
};

const HAPROXY_ERRORS: &str =
    "haproxy/haproxy src/http.c (http_err_msgs: the built-in error responses); captured locally from Debian haproxy 2.6.12-1+deb12u4 (refused/slow/garbage/closing server, empty backend, http-request deny/auth, timeout http-request)";

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

const LIGHTTPD: Product = Product {
    id: "lighttpd",
    name: "lighttpd",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>"), 0.5, LIGHTTPD_PAGE),
        generated(Body("         \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"), 0.5, LIGHTTPD_PAGE),
        // lighttpd keeps a proxied upstream's Server header; its own marks what it served.
        on_path(HeaderPrefix("server", "lighttpd"), 0.6, "lighttpd server.tag default 'lighttpd/<version>'; Debian lighttpd 1.4.69 capture (mod_proxy keeps the upstream's Server header)"),
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

// ---------------------------------------------------------------------------------------------
// NEW products
// ---------------------------------------------------------------------------------------------
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
