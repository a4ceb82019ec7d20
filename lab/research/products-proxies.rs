//! Proposed fingerprint entries from the proxies capture lab (lab/recipes/{apache,modsecurity,
//! haproxy,varnish,squid,lighttpd,h2o,trafficserver,tinyproxy,nghttpx,caddy,nginx,privoxy,mitmproxy,
//! configurable-http-proxy}.sh; notes in
//! lab/notes/<product>.md). Written in the syntax of crates/tables/src/products/*.rs.
//!
//! Products that already have an entry get an `*_ADD` list: signals to APPEND to the existing
//! entry (nothing here removes or reweights an existing signal unless a comment says so). New
//! products get a full `Product` (Layer::Proxy, like their peers in proxies.rs).
//!
//! Every literal below was checked byte for byte against the captures in tests/fixtures (the
//! `*-lab-*` files named in each comment). Weights follow proxies.rs: a sentence or footer only the
//! product writes 0.85-0.95; a reason phrase of its own 0.5-0.85; layout/header combinations that
//! other stacks could produce 0.3-0.6.
//!
//! Not proposed: ModSecurity. A ModSecurity deny is rendered by the host server's own page for the
//! status and adds no header (modsecurity-403-lab-sqli-apache is byte-identical to
//! apache-403-lab-require-denied bar Date/port; modsecurity-403-lab-sqli-nginx is nginx's stock
//! 403). Nothing in the response names ModSecurity, so no signal can be honest; see
//! lab/notes/modsecurity.md. The 14 modsecurity-*-lab-* fixtures are labelled generator
//! "modsecurity" as the brief asked, and will read as apache/nginx.

// Validation (private build of the working tree of 2026-12-03 with everything below applied:
// the *_ADD lists appended to their entries, the new products added to proxies::ALL, STACKS_ADD
// appended to stacks::TABLE): over all 986 labelled fixtures, origin+generator right 557 -> 609
// (52 improved, 0 regressed). Over the 230 fixtures of this group: 156 -> 208. The 22 still
// wrong: 14 ModSecurity (no bytes of its own, see below), caddy-400/431 (Go net/http's parser
// answers), configurable-http-proxy-400 (Node's parser answer) and -503-...-head (Node head, no
// body), h2o-400 x2 (h2o's parser answer has no Server), h2o-405, varnish-400-lab-garbage-request
// (a bare "HTTP/1.1 400 Bad Request" with no header).

use crate::product::{generated, on_path, Layer, Matcher::*, Product, Signal};
use crate::stacks::Stack;

// ---------------------------------------------------------------------------------------------
// nginx: additions to NGINX (proxies.rs)
// ---------------------------------------------------------------------------------------------

const NGINX_LAB: &str =
    "captured locally from nginx 1.22.1 (Debian 1.22.1-9+deb12u11) (lab/recipes/nginx.sh); nginx src/http/ngx_http_header_filter_module.c (ngx_http_status_lines)";

/// Append to NGINX.signals.
pub const NGINX_ADD: &[Signal] = &[
    // nginx's own spelling of 503 (limit_req, limit_conn, return 503): nginx-503-lab-limit-req.
    // Apache/HAProxy/Varnish/Squid all say "Service Unavailable".
    generated(Reason("Service Temporarily Unavailable"), 0.45, NGINX_LAB),
    // 414 "Request-URI Too Large" (Apache says "Request-URI Too Long"): nginx-414-lab-uri-too-long.
    generated(Reason("Request-URI Too Large"), 0.35, NGINX_LAB),
    // (A header-only signal for nginx is not proposed: the working tree's NGINX_LENGTHS, built
    // from these captures, already names nginx from a built-in page's Content-Length;
    // nginx-502-lab-refused-head (157), nginx-503-lab-limit-req (197),
    // nginx-502-lab-refused-chrome (559) all fall in its lists.)
];

// ---------------------------------------------------------------------------------------------
// Apache httpd: additions to APACHE (proxies.rs)
// ---------------------------------------------------------------------------------------------

const APACHE_LAB: &str =
    "captured locally from Apache 2.4.71 (Debian 2.4.71-1~deb12u1) (lab/recipes/apache.sh); apache/httpd modules/http/http_protocol.c (get_canned_error_string, ap_send_error_response)";

/// Append to APACHE.signals.
pub const APACHE_ADD: &[Signal] = &[
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
];

// ---------------------------------------------------------------------------------------------
// HAProxy: additions to HAPROXY (proxies.rs)
// ---------------------------------------------------------------------------------------------

const HAPROXY_LAB: &str =
    "captured locally from HAProxy 2.6.12 (Debian 2.6.12-1+deb12u4) (lab/recipes/haproxy.sh); haproxy/haproxy src/http.c (http_err_msgs)";

/// Append to HAPROXY.signals.
pub const HAPROXY_ADD: &[Signal] = &[
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
];

// ---------------------------------------------------------------------------------------------
// Varnish: additions to VARNISH (edge.rs)
// ---------------------------------------------------------------------------------------------

const VARNISH_LAB: &str =
    "captured locally from Varnish 7.1.1 (Debian 7.1.1-2+deb12u1) (lab/recipes/varnish.sh); varnish-cache bin/varnishd/builtin.vcl (vcl_builtin_synth, vcl_builtin_backend_error)";

/// Append to VARNISH.signals.
pub const VARNISH_ADD: &[Signal] = &[
    // return (fail) in VCL: varnish-503-lab-vcl-failed.
    generated(Reason("VCL failed"), 0.8, VARNISH_LAB),
    // `Server: Varnish` is set only on responses Varnish made (synth, backend error); a relayed
    // response keeps the backend's headers and gets no Server (varnish-500-lab-app-passthrough).
    // Catches the page-less backend error of a VCL that skips the built-in page
    // (varnish-503-lab-bare-backend-error: Content-Length 0).
    generated(HeaderIs("server", "Varnish"), 0.6, VARNISH_LAB),
];

// ---------------------------------------------------------------------------------------------
// Squid: additions to SQUID (proxies.rs)
// ---------------------------------------------------------------------------------------------

const SQUID_LAB: &str =
    "captured locally from Squid 5.7 (Debian 5.7-2+deb12u6) (lab/recipes/squid.sh); squid-cache/squid errors/templates/ERR_* and src/errorpage.cc";

/// Append to SQUID.signals. (Every squid-*-lab-* capture is already attributed right; these add
/// the pages' other fixed parts.)
pub const SQUID_ADD: &[Signal] = &[
    generated(Body("<p id=\"sysmsg\">The system returned: <i>"), 0.9, SQUID_LAB), // 9 captures (connect fail, read error/timeout)
    // Footer comment naming the error: "<!-- ERR_CONNECT_FAIL -->" (20 of 23; not HEAD/passthrough).
    generated(Body("<!-- ERR_"), 0.6, SQUID_LAB),
];

// ---------------------------------------------------------------------------------------------
// lighttpd: additions to LIGHTTPD (proxies.rs)
// ---------------------------------------------------------------------------------------------

const LIGHTTPD_LAB: &str =
    "captured locally from lighttpd 1.4.69 (Debian 1.4.69-1) (lab/recipes/lighttpd.sh); lighttpd/lighttpd1.4 src/response.c (http_response_static_errdoc)";

/// Append to LIGHTTPD.signals.
pub const LIGHTTPD_ADD: &[Signal] = &[
    // The page's html/head lines with lighttpd's 1- and 2-space indent: 16 of 18 captures (not
    // HEAD/passthrough), including server.tag = "" where no Server header names it.
    generated(Body("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title>"), 0.8, LIGHTTPD_LAB),
    // Header-only evidence (lighttpd-503-lab-refused-head): own pages are "text/html" without a
    // charset with Server: lighttpd.
    generated(All(&[HeaderPrefix("server", "lighttpd"), HeaderIs("content-type", "text/html"), Status(400, 599)]), 0.5, LIGHTTPD_LAB),
];

// ---------------------------------------------------------------------------------------------
// Caddy: additions to CADDY (gateways.rs)
// ---------------------------------------------------------------------------------------------

/// Append to CADDY.signals.
pub const CADDY_ADD: &[Signal] = &[
    // file_server's 404 is the same empty-body answer (caddy-404-lab-file-server); the existing
    // signal only covers 5xx.
    generated(
        All(&[HeaderIs("server", "Caddy"), Status(400, 499), BodyIs("")]),
        0.6,
        "captured locally from Caddy 2.6.2 (Debian 2.6.2-5) (lab/recipes/caddy.sh, caddy-404-lab-file-server); caddyserver/caddy modules/caddyhttp/fileserver/staticfiles.go (caddyhttp.Error(http.StatusNotFound, ...)) and modules/caddyhttp/server.go (status-only error response)",
    ),
    // Note: caddy-400-lab-garbage-request and caddy-431-lab-header-too-large are Go net/http's own
    // answers (src/net/http/server.go: "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain;
    // charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request"): any Go server sends them, so no
    // Caddy signal is proposed for them (they belong to go-net-http's bytes).
];

// ---------------------------------------------------------------------------------------------
// New: Apache Traffic Server
// ---------------------------------------------------------------------------------------------

const ATS_LAB: &str =
    "captured locally from Apache Traffic Server 9.2.9 (Debian trafficserver 9.2.5+ds-0+deb12u4) (lab/recipes/trafficserver.sh)";
const ATS_BODY: &str =
    "captured locally from Apache Traffic Server 9.2.9 (Debian trafficserver 9.2.5+ds-0+deb12u4) (lab/recipes/trafficserver.sh); apache/trafficserver configs/body_factory/default/* (the stock error templates: connect#failed_connect, timeout#inactivity, response#bad_response, connect#hangup, urlrouting#no_mapping, connect#dns_failed, access#denied, request#syntax_error)";
const ATS_REASONS: &str =
    "captured locally from Apache Traffic Server 9.2.9 (lab/recipes/trafficserver.sh); apache/trafficserver proxy/http/HttpTransact.cc (build_error_response(s, status, \"<reason>\", \"<template>\") calls)";

pub const APACHE_TRAFFIC_SERVER: Product = Product {
    id: "apache-traffic-server",
    name: "Apache Traffic Server",
    layer: Layer::Proxy,
    signals: &[
        // The body_factory frame shared by every template (11 of 13 captures; not HEAD/passthrough).
        generated(Body("<FONT FACE=\"Helvetica,Arial\"><B>\nDescription: "), 0.9, ATS_BODY),
        generated(Body("<BODY BGCOLOR=\"white\" FGCOLOR=\"black\">"), 0.8, ATS_BODY),
        // No remap rule (remap_required 1, the default): the classic ATS answer.
        generated(Reason("Not Found on Accelerator"), 0.95, ATS_REASONS), // apache-traffic-server-404-lab-no-remap
        generated(Body("<TITLE>Not Found on Accelerator</TITLE>"), 0.95, ATS_BODY),
        // Reason phrases naming the failure, ATS's own (useful on HEAD, where there is no body).
        generated(Reason("Cannot find server."), 0.85, ATS_REASONS), // -500-lab-dns-fail
        generated(Reason("Malformed Server Response Status"), 0.85, ATS_REASONS), // -502-lab-empty, -reset
        generated(Reason("Server Hangup"), 0.8, ATS_REASONS), // -502-lab-half
        generated(Reason("Invalid HTTP Response"), 0.7, ATS_REASONS), // -502-lab-garbage
        generated(Reason("Invalid HTTP Request"), 0.7, ATS_REASONS), // -400-lab-header-too-large, -garbage-request
        generated(Reason("Connection Timed Out"), 0.6, ATS_REASONS), // -504-lab-slow
        generated(All(&[Status(502, 502), Reason("Connection refused")]), 0.6, ATS_REASONS), // -502-lab-refused, -refused-head
        // Server: ATS/<version> on its own pages and on relayed responses when the origin sent no
        // Server (apache-traffic-server-500-lab-app-passthrough).
        on_path(HeaderPrefix("server", "ATS/"), 0.7, ATS_LAB),
    ],
};

// ---------------------------------------------------------------------------------------------
// New: H2O
// ---------------------------------------------------------------------------------------------

const H2O_PROXY: &str =
    "captured locally from h2o 2.2.5 (Debian 2.2.5+dfsg2-7) (lab/recipes/h2o.sh); h2o/h2o lib/core/proxy.c (h2o_send_error_502(req, \"Gateway Error\", errstr, 0)) with the lib/common/http1client.c error strings as the body";
const H2O_OWN: &str =
    "captured locally from h2o 2.2.5 (Debian 2.2.5+dfsg2-7) (lab/recipes/h2o.sh); h2o/h2o lib/handler/file.c (h2o_send_error_404(req, \"File Not Found\", \"not found\", 0)), lib/core/proxy.c / lib/core/request.c (413 \"request entity is too large\")";

pub const H2O: Product = Product {
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
    ],
};

// ---------------------------------------------------------------------------------------------
// New: nghttpx
// ---------------------------------------------------------------------------------------------

const NGHTTPX_PAGE: &str =
    "captured locally from nghttpx nghttp2/1.52.0 (Debian nghttp2-proxy 1.52.0-1+deb12u3) (lab/recipes/nghttpx.sh); nghttp2/nghttp2 src/shrpx_http.cc (create_error_html: '<!DOCTYPE html><html lang=\"en\"><title>NNN Reason</title><body><h1>NNN Reason</h1><footer>' + server name + '</footer></body></html>')";

pub const NGHTTPX: Product = Product {
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
    ],
};

// ---------------------------------------------------------------------------------------------
// New: tinyproxy
// ---------------------------------------------------------------------------------------------

const TINYPROXY_PAGE: &str =
    "captured locally from tinyproxy 1.11.1 (Debian 1.11.1-2.1+deb12u1) (lab/recipes/tinyproxy.sh); tinyproxy/tinyproxy data/templates/default.html (Debian /usr/share/tinyproxy/default.html) and src/html-error.c (send_http_error_message)";
const TINYPROXY_REQS: &str =
    "captured locally from tinyproxy 1.11.1 (lab/recipes/tinyproxy.sh); tinyproxy/tinyproxy src/reqs.c (indicate_http_error(connptr, NNN, \"<cause>\", \"detail\", \"<detail>\", NULL) calls)";

pub const TINYPROXY: Product = Product {
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
    ],
};

// ---------------------------------------------------------------------------------------------
// New: Privoxy
// ---------------------------------------------------------------------------------------------

const PRIVOXY_CGI: &str =
    "captured locally from Privoxy 3.0.34 (Debian 3.0.34-1) (lab/recipes/privoxy.sh); privoxy src/cgi.c (template answers: fixed Last-Modified/Expires dates, title 'NNN - Reason (Privoxy@host)'), /etc/privoxy/templates/{connect-failed,connection-timeout,no-server-data,blocked}";
const PRIVOXY_JCC: &str =
    "captured locally from Privoxy 3.0.34 (lab/recipes/privoxy.sh); privoxy src/jcc.c (canned responses: INVALID_SERVER_HEADERS_RESPONSE, NO_SERVER_DATA_RESPONSE, CLIENT_HEADER_PARSING_ERROR_RESPONSE, ...)";

pub const PRIVOXY: Product = Product {
    id: "privoxy",
    name: "Privoxy",
    layer: Layer::Proxy,
    signals: &[
        // Every template answer (7 of 11 captures, HEAD included) carries these fixed dates.
        generated(HeaderIs("last-modified", "Wed, 08 Jun 1955 12:00:00 GMT"), 0.9, PRIVOXY_CGI),
        generated(HeaderIs("expires", "Sat, 17 Jun 2000 12:00:00 GMT"), 0.85, PRIVOXY_CGI),
        generated(Body("(Privoxy@"), 0.9, PRIVOXY_CGI), // <title>503 - Connect failed (Privoxy@localhost)</title>
        generated(Body("//config.privoxy.org/"), 0.85, PRIVOXY_CGI),
        generated(Reason("Request blocked by Privoxy"), 0.95, PRIVOXY_CGI), // privoxy-403-lab-blocked
        generated(Reason("No data received from server or forwarder"), 0.9, PRIVOXY_JCC), // -502-lab-no-server-data, -reset
        generated(Reason("Server or forwarder response invalid"), 0.9, PRIVOXY_JCC), // -502-lab-garbage
        generated(Reason("Invalid header received from client"), 0.85, PRIVOXY_JCC), // -400-lab-garbage-request, -origin-form
        generated(All(&[Status(503, 503), Reason("Connect failed")]), 0.6, PRIVOXY_CGI), // -503-lab-connect-failed, -connect-refused
        generated(All(&[Status(504, 504), Reason("Connection timeout")]), 0.5, PRIVOXY_CGI), // -504-lab-timeout
        generated(BodyIs("Bad response. The server or forwarder response doesn't look like HTTP."), 0.9, PRIVOXY_JCC),
        generated(BodyIs("Invalid header received from client."), 0.8, PRIVOXY_JCC),
    ],
};

// ---------------------------------------------------------------------------------------------
// New: mitmproxy
// ---------------------------------------------------------------------------------------------

const MITMPROXY_ERR: &str =
    "captured locally from mitmproxy 8.1.1 (Debian 8.1.1-2) (lab/recipes/mitmproxy.sh); mitmproxy/proxy/layers/http/_http1.py (make_error_response: Server=version.MITMPROXY, Connection=close, Content-Type=text/html; body from format_error)";

pub const MITMPROXY: Product = Product {
    id: "mitmproxy",
    name: "mitmproxy",
    layer: Layer::Proxy,
    signals: &[
        // "Server: mitmproxy 8.1.1" (a space, not a slash) only on mitmproxy's own answers; a
        // relayed response is left as the origin sent it (mitmproxy-500-lab-app-passthrough-debian).
        generated(HeaderPrefix("server", "mitmproxy "), 0.85, MITMPROXY_ERR),
        generated(Body("Connection killed: Request destination unknown."), 0.9, MITMPROXY_ERR), // mitmproxy-502-lab-origin-form-debian
        generated(Body("unexpected server response: b&#x27;"), 0.85, MITMPROXY_ERR), // mitmproxy-502-lab-garbage-debian, -half-debian
        generated(Body("Bad HTTP request line: b&#x27;"), 0.85, MITMPROXY_ERR), // mitmproxy-400-lab-garbage-request-debian
        // The page frame with its 4-space indent (9 of 10): weak alone.
        generated(Body("<html>\n<head>\n    <title>"), 0.35, MITMPROXY_ERR),
    ],
};

// ---------------------------------------------------------------------------------------------
// New: configurable-http-proxy (JupyterHub's proxy)
// ---------------------------------------------------------------------------------------------

const CHP_PAGES: &str =
    "captured locally from configurable-http-proxy 4.5.3 (Debian node-configurable-http-proxy 4.5.3+~cs15.2.4-3) (lab/recipes/configurable-http-proxy.sh); jupyterhub/configurable-http-proxy lib/error/503.html, lib/error/404.html and lib/configproxy.js (handleProxyError)";

pub const CONFIGURABLE_HTTP_PROXY: Product = Product {
    id: "configurable-http-proxy",
    name: "configurable-http-proxy (JupyterHub)",
    layer: Layer::Proxy,
    signals: &[
        generated(Body("<p>configurable-http-proxy</p>"), 0.95, CHP_PAGES), // 7 of 10 (not HEAD, passthrough, Node's 400)
        generated(Body("503: Proxy Target Missing"), 0.95, CHP_PAGES), // every proxy failure: refused, timeout, garbage, empty, reset, half
        generated(Body("No service is registered at this URL"), 0.9, CHP_PAGES), // -404-lab-no-route
    ],
};

// ---------------------------------------------------------------------------------------------
// Proposed additions to crates/tables/src/stacks.rs TABLE: the proxies' own HTTP stacks
// ---------------------------------------------------------------------------------------------
//
// Measured with NamesInOrder/NamesEnd semantics (exact case) over ALL tests/fixtures/*.http
// (every agent's captures plus the older fixtures) on 2026-12-03; "hits" below are all of the
// fixtures that match, so a signature that hits another product is marked. Not proposed:
// nginx's order (Server, Date, Content-Type, Content-Length, Connection) also matches Werkzeug
// (flask-*) and Squid; "Connection, Content-Type" as the end matches too many stacks.
// `lean`: these stacks serve the proxy layer; Apache and lighttpd also serve apps (mod_php,
// FastCGI), so their lean is weaker.
//
// Only signatures of the proxy's OWN answers are proposed. A signature that also matches the
// head of a RELAYED response (Squid's "X-Cache, X-Cache-Lookup, Via, Connection" ending,
// Varnish's "X-Varnish, Age, Via", ATS's "Age, Date, Connection, Server") leans a relayed app
// error to the proxy layer: tried on a private build, squid-500-lab-app-passthrough,
// squid-500-lab-accel-app-passthrough, varnish-500-lab-app-passthrough and
// apache-traffic-server-500-lab-app-passthrough went from app/unknown-app to unknown. Relay
// marks belong in the products' on_path signals (they are there already).

const APACHE_STACK: &str = "captured locally from Apache 2.4.71 (lab/recipes/apache.sh, modsecurity.sh); apache/httpd modules/http/http_filters.c (basic_http_header: Date then Server first) and modules/http/http_protocol.c (ap_send_error_response: Content-Type set last)";
const HAPROXY_STACK: &str = "captured locally from HAProxy 2.6.12 (lab/recipes/haproxy.sh); haproxy/haproxy src/http.c (http_err_msgs raw \"Content-length\"/\"Cache-Control\" copied by src/mux_h1.c h1_send_error) and the HTX path that stores names lowercase";
const LIGHTTPD_STACK: &str = "captured locally from lighttpd 1.4.69 (lab/recipes/lighttpd.sh); lighttpd/lighttpd1.4 src/http-header-glue.c / src/response.c (Date and Server appended after the response's own headers)";

/// Append to stacks::TABLE.
pub const STACKS_ADD: &[Stack] = &[
    Stack {
        id: "apache-httpd",
        name: "Apache httpd",
        lean: Some((Layer::Proxy, 0.4)),
        signals: &[
            // 43 hits: apache 26, modsecurity-on-apache 6, and apps Apache served (php 4,
            // wordpress 3, passenger 3, 1 unknown): all written by httpd.
            generated(NamesInOrder(&["Date", "Server", "Content-Length", "Connection", "Content-Type"]), 0.8, APACHE_STACK),
            // Apache's canned page: Content-Type comes LAST (39 hits, all httpd).
            generated(NamesEnd(&["Content-Length", "Connection", "Content-Type"]), 0.8, APACHE_STACK),
            generated(HeaderIs("content-type", "text/html; charset=iso-8859-1"), 0.5, APACHE_STACK),
        ],
    },
    Stack {
        id: "haproxy",
        name: "HAProxy",
        lean: Some((Layer::Proxy, 1.5)),
        signals: &[
            // Stream-level replies and relayed responses, all lowercase, no Date: 18 hits, all haproxy.
            generated(NamesEnd(&["content-length", "cache-control", "content-type", "connection"]), 0.9, HAPROXY_STACK),
            // H1-mux replies keep http_err_msgs' raw spelling "Content-length": 5 hits, all haproxy.
            generated(NamesInOrder(&["Content-length", "Cache-Control", "Connection", "Content-Type"]), 0.95, HAPROXY_STACK),
        ],
    },
    Stack {
        id: "lighttpd",
        name: "lighttpd",
        lean: Some((Layer::Proxy, 0.5)),
        signals: &[
            // Date and Server last: 16 hits, all lighttpd.
            generated(NamesEnd(&["Content-Length", "Connection", "Date", "Server"]), 0.85, LIGHTTPD_STACK),
            // server.tag = "": 2 hits, lighttpd.
            generated(NamesEnd(&["Content-Type", "Content-Length", "Connection", "Date"]), 0.6, LIGHTTPD_STACK),
        ],
    },
    Stack {
        id: "varnish",
        name: "Varnish",
        lean: Some((Layer::Proxy, 1.5)),
        // Varnish's own answers only (Server: Varnish is never on a relayed response): 15 hits,
        // all varnish (backend errors, synth, the page-less backend error, HEAD).
        signals: &[generated(NamesInOrder(&["Date", "Server", "X-Varnish"]), 0.85, VARNISH_LAB)],
    },
    Stack {
        id: "squid",
        name: "Squid",
        lean: Some((Layer::Proxy, 1.5)),
        signals: &[
            generated(NamesInOrder(&["Server", "Mime-Version", "Date", "Content-Type", "Content-Length", "X-Squid-Error"]), 0.95, SQUID_LAB), // 25 hits, squid
        ],
    },
    Stack {
        id: "trafficserver",
        name: "Apache Traffic Server",
        lean: Some((Layer::Proxy, 1.5)),
        signals: &[
            generated(NamesInOrder(&["Date", "Connection", "Server", "Cache-Control", "Content-Type", "Content-Language", "Content-Length"]), 0.9, ATS_BODY), // 11 hits, ATS
        ],
    },
    Stack {
        id: "h2o",
        name: "H2O",
        lean: Some((Layer::Proxy, 1.0)),
        // Canonical names then a lowercase "content-type": 10 hits, all h2o.
        signals: &[generated(NamesInOrder(&["Date", "Connection", "Content-Length", "Server", "content-type"]), 0.95, H2O_PROXY)],
    },
    Stack {
        id: "nghttpx",
        name: "nghttpx",
        lean: Some((Layer::Proxy, 1.5)),
        signals: &[generated(NamesInOrder(&["Server", "Content-Length", "Date", "Content-Type", "Connection"]), 0.85, NGHTTPX_PAGE)], // 11 hits, nghttpx
    },
    Stack {
        id: "mitmproxy",
        name: "mitmproxy",
        lean: Some((Layer::Proxy, 1.5)),
        signals: &[generated(NamesEnd(&["Server", "Connection", "Content-Type", "content-length"]), 0.95, MITMPROXY_ERR)], // 9 hits, mitmproxy
    },
    Stack {
        id: "privoxy",
        name: "Privoxy",
        lean: Some((Layer::Proxy, 1.5)),
        signals: &[generated(NamesInOrder(&["Content-Type", "Cache-Control", "Date", "Last-Modified", "Expires", "Pragma", "Connection"]), 0.95, PRIVOXY_CGI)], // 7 hits, privoxy
    },
    Stack {
        id: "tinyproxy",
        name: "tinyproxy",
        lean: Some((Layer::Proxy, 1.5)),
        // Own pages: Server, Content-Type, Connection and nothing else (11 hits, tinyproxy); a
        // short head, so weak alone.
        signals: &[generated(NamesEnd(&["Server", "Content-Type", "Connection"]), 0.5, TINYPROXY_PAGE)],
    },
];
