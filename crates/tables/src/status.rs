//! One entry per status code: the registered reason, other reasons products write, what it means
//! and whether a client may retry. Registered codes follow the IANA HTTP Status Code Registry
//! (RFC 9110 and the RFCs it lists); unofficial codes cite the product that uses them.

use crate::pack::Packer;
use crate::unpack::Reader;
use crate::RetryAdvice::{self, Maybe, No, NotNeeded, Yes};

#[derive(Debug, PartialEq)]
pub struct StatusEntry {
    pub code: u16,
    pub reason: &'static str,
    /// Other reason phrases real servers send for this code (older RFC names, product spellings).
    pub aliases: &'static [&'static str],
    pub meaning: &'static str,
    pub retry: RetryAdvice,
    /// Typical causes, most common first (our wording; facts from `source`).
    pub causes: &'static [&'static str],
    /// What to look at, in the order to look at it.
    pub checks: &'static [&'static str],
    /// Not in the IANA registry: used by one product or a family of them.
    pub unofficial: bool,
    pub source: &'static str,
}

const IANA: &str = "IANA HTTP Status Code Registry; RFC 9110 section 15";

macro_rules! entry {
    ($code:literal, $reason:literal, [$($alias:literal),*], $retry:ident, $meaning:literal,
     [$($cause:literal),*], [$($check:literal),*]) => {
        StatusEntry { code: $code, reason: $reason, aliases: &[$($alias),*], meaning: $meaning,
                      retry: $retry, causes: &[$($cause),*], checks: &[$($check),*],
                      unofficial: false, source: IANA }
    };
    ($code:literal, $reason:literal, [$($alias:literal),*], $retry:ident, $meaning:literal,
     [$($cause:literal),*], [$($check:literal),*], unofficial: $source:literal) => {
        StatusEntry { code: $code, reason: $reason, aliases: &[$($alias),*], meaning: $meaning,
                      retry: $retry, causes: &[$($cause),*], checks: &[$($check),*],
                      unofficial: true, source: $source }
    };
}

/// Sorted by code (a test checks it), so lookup is a binary search.
pub const TABLE: &[StatusEntry] = &[
    entry!(100, "Continue", [], NotNeeded, "The server accepted the request head; the client should send the body.", [], ["Nothing to fix: the final status comes after this one in the same exchange."]),
    entry!(101, "Switching Protocols", [], NotNeeded, "The server is switching to the protocol the client asked for (WebSocket, h2c).", [], ["Nothing to fix: the connection now speaks the new protocol."]),
    entry!(102, "Processing", [], NotNeeded, "WebDAV: the request is still being processed (RFC 2518).", [], ["Wait for the final status."]),
    entry!(103, "Early Hints", [], NotNeeded, "Headers sent ahead of the final response so the client can preload (RFC 8297).", [], ["Wait for the final status that follows."]),
    entry!(104, "Upload Resumption Supported", [], NotNeeded, "The server supports resumable uploads for this request (draft-ietf-httpbis-resumable-upload).", [], ["Wait for the final status."]),
    entry!(200, "OK", [], NotNeeded, "The request succeeded.", [], ["If something still failed, read the body: some APIs put errors inside a 200 (GraphQL `errors`, `{\"ok\": false}`)."]),
    entry!(201, "Created", [], NotNeeded, "The request succeeded and created a resource.", [], ["Location, when present, names the new resource."]),
    entry!(202, "Accepted", [], NotNeeded, "The request was accepted for processing, which has not finished.", [], ["Poll the status URL the API gives, or wait for its callback."]),
    entry!(203, "Non-Authoritative Information", [], NotNeeded, "Success, but a transforming proxy changed the payload.", [], ["Compare with the origin's own response if content looks altered."]),
    entry!(204, "No Content", [], NotNeeded, "Success, with no body.", [], ["A client that expects a body must accept an empty one here."]),
    entry!(205, "Reset Content", [], NotNeeded, "Success; the client should reset the form or view that sent the request.", [], ["Nothing to fix."]),
    entry!(206, "Partial Content", [], NotNeeded, "The server sent the requested byte range.", [], ["Content-Range says which bytes came back."]),
    entry!(207, "Multi-Status", [], NotNeeded, "WebDAV: the body holds a status for each of several resources (RFC 4918).", [], ["Read the per-resource statuses in the XML body."]),
    entry!(208, "Already Reported", [], NotNeeded, "WebDAV: members already listed earlier in the response (RFC 5842).", [], ["Nothing to fix."]),
    entry!(218, "This is fine", [], No, "Apache's ProxyErrorOverride sends it when an upstream error must pass through unchanged.", [], ["Read the body: it is the upstream's own error."], unofficial: "Apache httpd mod_proxy (ProxyErrorOverride)"),
    entry!(226, "IM Used", [], NotNeeded, "The response is the result of instance manipulations (delta encoding, RFC 3229).", [], ["Nothing to fix."]),
    entry!(300, "Multiple Choices", [], NotNeeded, "Several representations exist; the client should choose one.", [], ["Pick one of the listed alternatives."]),
    entry!(301, "Moved Permanently", [], NotNeeded, "The resource has a new permanent URL (Location); clients may switch POST to GET.", [], ["Update the URL to Location; use 308 if the method must be kept."]),
    entry!(302, "Found", ["Moved Temporarily"], NotNeeded, "The resource is temporarily at another URL (Location).", [], ["Follow Location; if it points to a login page, the request lacked a session or token."]),
    entry!(303, "See Other", [], NotNeeded, "Fetch the result from another URL with GET (Location).", [], ["GET the Location URL."]),
    entry!(304, "Not Modified", [], NotNeeded, "The cached copy is still valid; no body is sent.", [], ["Nothing to fix; if content looks stale, check ETag and Cache-Control."]),
    entry!(305, "Use Proxy", [], No, "Deprecated: the resource must be accessed through a proxy.", [], ["Nothing a client should follow; fix the server."]),
    entry!(306, "(Unused)", ["Switch Proxy"], No, "Reserved; no longer used.", [], ["Check what software sent it."]),
    entry!(307, "Temporary Redirect", [], NotNeeded, "The resource is temporarily at another URL; repeat the same method there.", [], ["Follow Location with the same method."]),
    entry!(308, "Permanent Redirect", [], NotNeeded, "The resource moved permanently; repeat the same method at the new URL.", [], ["Update the URL to Location."]),
    entry!(400, "Bad Request", [], No, "The server could not or would not process the request because of something it sees as a client error (malformed syntax, invalid framing, bad input).", ["Malformed syntax: invalid JSON, a bad query parameter, a missing required field.", "Oversized or malformed headers or cookies (proxies often answer 400 for these).", "Invalid framing: a Content-Length that does not match the body, bad chunked encoding."], ["Read the body: most servers say which part of the request they rejected.", "Compare the request (URL, headers, body, Content-Type) with the API's documentation.", "If a proxy sent it, check header and cookie sizes against its limits."]),
    entry!(401, "Unauthorized", [], No, "The request lacks valid authentication credentials; WWW-Authenticate says how to authenticate.", ["No credentials were sent, or the token or password is wrong or expired.", "The Authorization header was dropped on the way (a redirect, a proxy)."], ["Read WWW-Authenticate: it names the scheme and often the error (invalid_token, expired).", "Check the token's expiry and audience, and that the header reaches the server."]),
    entry!(402, "Payment Required", [], No, "Reserved by HTTP; APIs use it for billing problems (a declined card, an unpaid plan).", ["The account's plan, quota or payment method does not allow the request (a declined card, an exhausted quota)."], ["Read the body for the billing error and check the account's billing page."]),
    entry!(403, "Forbidden", [], No, "The server understood the request but refuses it; new credentials will not help unless they carry more rights.", ["The credentials are valid but lack the permission (scope, role, IAM policy).", "A WAF, IP allow-list, geo block or bot protection refused the request.", "File-system permissions or a deny rule on the web server."], ["Find who refused: an app error body, or a WAF/CDN page with a reference id.", "Check the caller's roles or scopes for this resource.", "If a WAF blocked it, quote the request id to whoever runs it."]),
    entry!(404, "Not Found", [], No, "Nothing was found at this URL (or the server hides that it exists).", ["The path is wrong (typo, missing prefix or version, trailing slash).", "The route is not registered in this deployment, or the request reached the wrong host or virtual host.", "The resource id does not exist (or you may not see it)."], ["Check the exact URL, including base path and API version.", "Check which layer answered: a proxy 404 means no route matched before the app; an app 404 means the route or record is missing."]),
    entry!(405, "Method Not Allowed", ["Not Allowed"], No, "The URL exists but does not accept this method; Allow lists the ones it does.", ["The route exists but not for this method (POST to a static file, PUT where only GET is routed)."], ["Read the Allow header for the accepted methods.", "Check that the request was not turned into a GET by a redirect."]),
    entry!(406, "Not Acceptable", [], No, "No representation matches the request's Accept headers.", ["The Accept header asks for a type the endpoint cannot produce."], ["Send `Accept: application/json` (or `*/*`)."]),
    entry!(407, "Proxy Authentication Required", [], No, "A proxy between client and server requires authentication (Proxy-Authenticate).", ["A forward proxy requires credentials (corporate proxy)."], ["Configure the proxy credentials in the client (Proxy-Authorization)."]),
    entry!(408, "Request Timeout", ["Request Time-out"], Yes, "The server gave up waiting for the client to finish sending the request.", ["The client was too slow sending the request (slow network, a stalled upload).", "An idle keep-alive connection was closed by the server's timeout."], ["Retry; if it persists, check upload speed and the server's request timeout."]),
    entry!(409, "Conflict", [], No, "The request conflicts with the current state of the resource.", ["The resource changed meanwhile, already exists, or is in a state that forbids this action."], ["Read the body for the conflicting state; fetch the current resource and retry with fresh data."]),
    entry!(410, "Gone", [], No, "The resource was here and has been removed for good.", ["The resource was deleted on purpose and will not come back."], ["Remove the reference; look for a replacement endpoint."]),
    entry!(411, "Length Required", [], No, "The server requires a Content-Length header.", ["The request had a body but no Content-Length (a chunked upload to a server that refuses it)."], ["Send Content-Length."]),
    entry!(412, "Precondition Failed", [], No, "A condition in the request headers (If-Match, If-Unmodified-Since) was false.", ["The resource changed since the client read it (ETag mismatch)."], ["Fetch the resource again for a fresh ETag, then repeat the change."]),
    entry!(413, "Content Too Large", ["Payload Too Large", "Request Entity Too Large"], No, "The request body is larger than the server is willing to accept.", ["The upload exceeds a size limit on some layer (nginx client_max_body_size defaults to 1 MB; platforms have their own caps)."], ["Find which layer answered and raise its limit, or upload in parts."]),
    entry!(414, "URI Too Long", ["Request-URI Too Long", "Request-URI Too Large"], No, "The URL is longer than the server will read.", ["The URL (usually the query string) exceeds a layer's limit."], ["Move large parameters into a POST body."]),
    entry!(415, "Unsupported Media Type", [], No, "The request body's Content-Type (or encoding) is not one this endpoint accepts.", ["Wrong or missing Content-Type, or a Content-Encoding the server does not accept."], ["Send the Content-Type the endpoint expects (application/json, multipart/form-data)."]),
    entry!(416, "Range Not Satisfiable", ["Requested Range Not Satisfiable"], No, "The requested byte range lies outside the resource.", ["The Range asked for bytes past the end of the resource (often a resumed download of a changed file)."], ["Check Content-Range for the real size and restart the download."]),
    entry!(417, "Expectation Failed", [], No, "The server cannot meet the request's Expect header.", ["The server does not support `Expect: 100-continue`."], ["Send the request without the Expect header."]),
    entry!(418, "(Unused)", ["I'm a teapot", "I'm a Teapot"], No, "Reserved (RFC 9110); known from the RFC 2324 April Fools' joke, used by some servers to refuse requests.", ["The server uses 418 as a joke or as a deliberate refusal (bot blocking)."], ["Read the body; the service may be blocking automated clients."]),
    entry!(419, "Page Expired", [], No, "Laravel: the CSRF token is missing or expired.", ["A missing or expired CSRF token."], ["Reload the page to get a fresh token; for APIs, exempt the route from CSRF or send X-CSRF-TOKEN / X-XSRF-TOKEN."], unofficial: "Laravel framework (TokenMismatchException)"),
    entry!(420, "Enhance Your Calm", ["Method Failure"], Maybe, "Rate limited (Twitter's old API), or a Spring method failure.", ["Rate limiting, or a Spring method failure."], ["Slow down; read the body for the limit."], unofficial: "Twitter API v1; Spring Framework"),
    entry!(421, "Misdirected Request", [], No, "The request reached a server that cannot answer for this host (often a reused HTTP/2 or TLS connection).", ["A reused HTTP/2 connection (same IP and certificate) was sent a request for a host the server does not serve on it.", "TLS SNI and Host differ."], ["Check the certificate and virtual-host setup of the server; retrying on a new connection usually works."]),
    entry!(422, "Unprocessable Content", ["Unprocessable Entity"], No, "The body is well-formed but its content is invalid (validation failed).", ["Validation failed: a missing field, a wrong type, a value out of range."], ["Read the body: it usually lists each invalid field."]),
    entry!(423, "Locked", [], Maybe, "WebDAV: the resource is locked.", ["A WebDAV lock held by another client."], ["Wait for the lock to be released, or remove the stale lock."]),
    entry!(424, "Failed Dependency", [], No, "WebDAV: the request failed because a request it depends on failed.", ["A WebDAV request failed because another action it depended on failed."], ["Fix the failed dependency listed in the body."]),
    entry!(425, "Too Early", [], Yes, "The server will not process a request that might be replayed (TLS early data).", ["The request arrived in TLS early data (0-RTT) and the server will not risk a replay."], ["Retry: the client repeats it after the handshake completes."]),
    entry!(426, "Upgrade Required", [], No, "The server requires a different protocol; Upgrade says which.", ["The server requires another protocol (TLS, HTTP/2, WebSocket)."], ["Read Upgrade and switch protocol."]),
    entry!(428, "Precondition Required", [], No, "The server requires a conditional request (If-Match) to avoid lost updates.", ["The API requires If-Match to protect against lost updates."], ["Fetch the resource's ETag and send it in If-Match."]),
    entry!(429, "Too Many Requests", [], Yes, "The client sent too many requests in a given time (rate limited).", ["The client exceeded a rate limit or quota (per key, per IP, per account).", "Bursts of parallel requests, or a retry loop without backoff."], ["Read Retry-After and the RateLimit / X-RateLimit headers for when to try again.", "Throttle the client, and retry with exponential backoff and jitter."]),
    entry!(430, "Request Header Fields Too Large", [], Maybe, "Shopify: too many requests, or a request rejected by its security rules.", ["Too many requests, or a security rule."], ["Slow down; Shopify's docs list the limits."], unofficial: "Shopify"),
    entry!(431, "Request Header Fields Too Large", [], No, "The request's headers (often cookies) are too large.", ["Too many or too large cookies, or a very large Authorization token."], ["Clear the domain's cookies or shrink the token; raise the server's header limit if you run it."]),
    entry!(440, "Login Time-out", [], No, "IIS: the session expired; log in again.", ["An expired session."], ["Log in again."], unofficial: "Microsoft IIS"),
    entry!(444, "No Response", ["Connection Closed Without Response"], No, "nginx closed the connection without answering (return 444); it shows in nginx's logs only.", ["An nginx rule dropped the request (a blocked bot, an unknown host)."], ["Look for return 444 in the nginx config."], unofficial: "nginx ngx_http_request.h (NGX_HTTP_CLOSE)"),
    entry!(449, "Retry With", [], No, "IIS: the request should be retried after doing the appropriate action.", ["Missing information."], ["Read the body for what to add."], unofficial: "Microsoft IIS"),
    entry!(450, "Blocked by Windows Parental Controls", [], No, "Windows parental controls blocked access to this page.", ["Parental controls."], ["Change the parental-control settings on this machine."], unofficial: "Microsoft"),
    entry!(451, "Unavailable For Legal Reasons", [], No, "The resource is blocked for legal reasons (RFC 7725).", ["The resource is blocked in this jurisdiction or by a legal demand."], ["Read the body or the Link header (rel=blocked-by) for who ordered it."]),
    entry!(460, "", [], Maybe, "AWS load balancer: the client closed the connection before the idle timeout; it shows in access logs only.", ["The client's timeout is shorter than the target's work."], ["Compare the client's timeout with the access log's processing times."], unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(463, "", [], No, "AWS load balancer: X-Forwarded-For carried more than 30 addresses.", ["A proxy loop, or a client appending to X-Forwarded-For."], ["Look for a loop between proxies."], unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(464, "", [], No, "AWS load balancer: the request's protocol does not match the target group's protocol version.", ["HTTP/1.1 to a gRPC or HTTP/2 target group, or the reverse."], ["Match the target group's protocol version to the clients."], unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(494, "Request Header Too Large", [], No, "nginx: a request header is larger than large_client_header_buffers allows.", ["An oversized header or cookie."], ["Shrink the cookies or token, or raise large_client_header_buffers (nginx shows this as a 400 page)."], unofficial: "nginx ngx_http_special_response.c"),
    entry!(495, "SSL Certificate Error", [], No, "nginx: the client certificate failed verification.", ["A bad client certificate."], ["Check the certificate against ssl_client_certificate / ssl_trusted_certificate."], unofficial: "nginx ngx_http_special_response.c"),
    entry!(496, "SSL Certificate Required", [], No, "nginx: a client certificate is required and none was sent.", ["No client certificate."], ["Configure the client certificate."], unofficial: "nginx ngx_http_special_response.c"),
    entry!(497, "HTTP Request Sent to HTTPS Port", [], No, "nginx: plain HTTP was sent to a port that expects TLS.", ["Plain HTTP to a TLS port."], ["Use https:// for this port, or fix the proxy's upstream scheme."], unofficial: "nginx ngx_http_special_response.c"),
    entry!(498, "Invalid Token", [], No, "Esri ArcGIS: the token is expired or invalid.", ["An expired or invalid token."], ["Generate a new token."], unofficial: "Esri ArcGIS REST API"),
    entry!(499, "Client Closed Request", [], Maybe, "nginx: the client closed the connection before nginx answered; it shows in nginx's logs only.", ["The client gave up first (a timeout, a navigation), often on a slow upstream."], ["Compare the client's timeout with $upstream_response_time in the access log."], unofficial: "nginx ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)"),
    entry!(500, "Internal Server Error", [], Maybe, "The server met an unexpected condition that kept it from fulfilling the request.", ["An unhandled exception or a bug in the application.", "A misconfiguration (missing environment variable, failed database connection) surfacing as an exception."], ["Read the application's logs at this time for the stack trace; quote the request id to find it.", "Check recent deployments and configuration changes."]),
    entry!(501, "Not Implemented", [], No, "The server does not support the functionality (often the method) the request needs.", ["The method or feature is not implemented by this server (PATCH on an old server, a missing handler)."], ["Use a method the server supports."]),
    entry!(502, "Bad Gateway", [], Yes, "A gateway or proxy got an invalid response, or none, from the server behind it (refused, reset, not valid HTTP). A 503 would mean it had nothing to send the request to; a 504, that the server was reached but too slow.", ["Application server: down, crashed, or listening on another port or interface, so the connection is refused or reset.", "Application server: closed a keep-alive connection the proxy reused (its idle timeout shorter than the proxy's), or sent invalid or oversized headers.", "Proxy or load balancer: the wrong address, port or scheme (HTTP to a TLS port, HTTP/1 to an HTTP/2-only backend), or failing TLS to the backend.", "Network: a firewall or security group between them resets the connection."], ["Read the proxy's error log for this request: it names the upstream and the failure.", "From the proxy's host, request the upstream on the address the proxy uses.", "Keep the upstream's keep-alive timeout longer than the proxy's.", "Check the upstream's logs and restarts (crashes, out-of-memory kills)."]),
    entry!(503, "Service Unavailable", ["Service Temporarily Unavailable"], Yes, "The server cannot handle the request right now: nothing healthy to send it to, overloaded, or in maintenance. A 502 would mean the server behind answered badly; a 504, too slowly.", ["Proxy or load balancer: no healthy or registered backend (failing health checks, scaled to zero), or a tripped circuit breaker or connection limit.", "Application: overloaded, rate-limiting or in maintenance, and saying so.", "Platform: a deploy, restart or scale-down left no instance ready."], ["Check health checks and registered targets or pods.", "Read Retry-After, if present: it says when to come back.", "Check for a deploy, scale-down or maintenance at this time."]),
    entry!(504, "Gateway Timeout", ["Gateway Time-out", "Gateway Time-Out"], Yes, "A gateway or proxy did not get a response in time from the server behind it. A 502 would mean a bad answer or none; a 503, nothing to send the request to.", ["Application server: got the request but was too slow (a slow query, a lock, another service, a long job).", "Proxy or load balancer: its timeout is shorter than the work (nginx and AWS ALB default to 60 s, Cloudflare to 100 s).", "Network: no connection in time (a firewall dropping packets, an unreachable host)."], ["Compare how long the upstream took with the proxy's timeout.", "Look at the upstream's slow requests and dependencies (database, APIs).", "Move long work to a background job and poll for the result."]),
    entry!(505, "HTTP Version Not Supported", [], No, "The server does not support the request's HTTP version.", ["The server does not speak the request's HTTP version (HTTP/2 to an HTTP/1.0-only server, a malformed request line)."], ["Force HTTP/1.1 in the client."]),
    entry!(506, "Variant Also Negotiates", [], No, "Content negotiation is misconfigured on the server (RFC 2295).", ["Transparent content negotiation is misconfigured on the server."], ["Fix the server's variant configuration."]),
    entry!(507, "Insufficient Storage", [], Maybe, "WebDAV: the server has no room to store what the request needs.", ["The server's disk or quota is full."], ["Free space or raise the quota."]),
    entry!(508, "Loop Detected", [], No, "WebDAV: the server found an infinite loop while processing the request (RFC 5842).", ["A loop: bindings, redirects or proxies pointing back at themselves."], ["Look for the loop in the server or proxy configuration."]),
    entry!(509, "Bandwidth Limit Exceeded", [], Maybe, "The hosting account exceeded its bandwidth allowance (cPanel, Apache bw modules).", ["A used-up bandwidth allowance."], ["Check the hosting control panel's bandwidth usage; it resets with the billing period."], unofficial: "cPanel / Apache mod_bw"),
    entry!(510, "Not Extended", [], No, "Obsoleted: further extensions to the request are required (RFC 2774).", ["The server requires an HTTP extension the request did not declare."], ["Read the body for the required extension."]),
    entry!(511, "Network Authentication Required", [], No, "The network (a captive portal) requires you to log in before you get access.", ["A captive portal (hotel, airport, corporate Wi-Fi) intercepted the request."], ["Log in to the network through a browser."]),
    entry!(520, "Web Server Returned an Unknown Error", ["Origin Error", "Unknown Error"], Yes, "Cloudflare: the origin answered with something empty, unknown or unexpected.", ["The origin reset the connection, replied empty, or sent headers over Cloudflare's limit."], ["Read the origin's error log at this time."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(521, "Web Server Is Down", ["Origin Down"], Yes, "Cloudflare: the origin refused the connection.", ["The web server is down, or refuses Cloudflare's IP ranges."], ["Check the web server runs and allows Cloudflare's ranges."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(522, "Connection Timed Out", ["Origin Connection Time-out"], Yes, "Cloudflare: the TCP connection to the origin timed out.", ["A firewall dropping packets, an overloaded origin, or a wrong origin IP."], ["Check the origin IP, firewall and load."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(523, "Origin Is Unreachable", [], Yes, "Cloudflare: no route to the origin.", ["A wrong DNS record, a network problem, or a stopped Tunnel."], ["Check the DNS records and the Tunnel."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(524, "A Timeout Occurred", ["Origin Time-out"], Maybe, "Cloudflare: connected to the origin but got no response within 100 s.", ["A slow request on the origin."], ["Find the slow request in the origin's logs."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(525, "SSL Handshake Failed", [], No, "Cloudflare: the TLS handshake with the origin failed.", ["No certificate or SNI on 443, or no common cipher."], ["Check the origin's TLS setup and the zone's SSL mode."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(526, "Invalid SSL Certificate", [], No, "Cloudflare: the origin's certificate failed validation (Full strict mode).", ["An expired, self-signed or mismatched origin certificate."], ["Install a valid certificate, or change the SSL mode."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(527, "Railgun Error", ["Railgun Listener to Origin Error"], Yes, "Cloudflare: the Railgun connection to the origin failed (Railgun is retired).", ["The Railgun connection to the origin failed."], ["Remove Railgun from the setup."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(529, "Site is overloaded", ["Overloaded"], Yes, "The service is overloaded (Qualys, Anthropic's API and others use it).", ["An overloaded service."], ["Retry later with exponential backoff."], unofficial: "Qualys SSL Labs API; Anthropic API errors"),
    entry!(530, "", ["Site is frozen", "Origin DNS Error"], Maybe, "Cloudflare: sent with a 1xxx error in the body; Pantheon: the site is frozen.", ["A Cloudflare 1xxx error (often 1016 or 1033)."], ["Look the page's 1xxx code up in Cloudflare's docs."], unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(561, "Unauthorized", [], No, "AWS load balancer: the identity provider rejected the user during authentication.", ["The IdP returned an error to the authenticate action."], ["Check the authenticate action and the IdP's logs."], unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(598, "Network read timeout error", [], Yes, "Some proxies (Microsoft's among them) use it for a read timeout behind them.", ["A read timeout behind a proxy."], ["Check the upstream's response time and the proxy's read timeout."], unofficial: "Microsoft HTTP proxy conventions"),
    entry!(599, "Network Connect Timeout Error", ["Network connect timeout error"], Yes, "Some proxies use it for a connect timeout behind them.", ["A connect timeout behind a proxy."], ["Check that the upstream is reachable from the proxy (firewall, DNS)."], unofficial: "Microsoft HTTP proxy conventions"),
];

/// A sentence the explanation adds whatever the product: what any gateway status implies, how a
/// client should read it. Looked up by key.
#[derive(Debug, PartialEq)]
pub struct Note {
    pub key: &'static str,
    pub text: &'static str,
    pub source: &'static str,
}

/// Sentences for the gateway statuses (502, 503, 504) and for errors a body reports.
pub const NOTES: &[Note] = &[
    Note { key: "app-gateway", text: "the application itself answered with a gateway status: it reports that something it depends on (a database, another API) failed or was too slow", source: "RFC 9110 sections 15.6.3 to 15.6.5" },
    Note { key: "app-503", text: "the application itself says it cannot serve right now: overloaded, in maintenance, or missing something it depends on (a database, another service)", source: "RFC 9110 section 15.6.4" },
    Note { key: "proxy-500", text: "The proxy failed while handling the request itself (its configuration, a script or plugin, a subrequest), before or instead of calling the application: an application's own 500 would come with the application's body.", source: "RFC 9110 section 15.6.1" },
    Note { key: "not-reached", text: "Not your application: the request never reached it.", source: "RFC 9110 section 15" },
    Note { key: "not-proxy", text: "Not a proxy or load balancer failure: the application generated this response.", source: "RFC 9110 sections 15.6.3 to 15.6.5" },
    Note { key: "not-client", text: "Usually not your request's fault: a 502, 503 or 504 reports a failure between a gateway and the server behind it, so the same request can succeed once that is fixed.", source: "RFC 9110 sections 15.6.3 to 15.6.5" },
    Note { key: "json", text: "Client code: don't assume JSON on a 502, 503 or 504, since a proxy answers with its own HTML page. Check Content-Type before parsing: const type = res.headers.get('content-type') || ''; const body = type.includes('json') ? await res.json() : await res.text();", source: "Fetch Standard (Body.json() rejects on a body that is not JSON)" },
    Note { key: "json-asked", text: "The request asked for JSON but got an HTML page: a proxy answered, not your API, and parsing it as JSON fails (\"Unexpected token '<'\"), hiding this status.", source: "Fetch Standard (Body.json() rejects on a body that is not JSON)" },
    Note { key: "body-error", text: "The body reports an error although the status is a success: treat the request as failed. A retry helps only if the error is temporary (a timeout, a lock, a rate limit); a bug or invalid input fails again.", source: "GraphQL spec section 7.1.2; PHP display_errors" },
];

/// Writes `TABLE` and `NOTES` for `crate::knowledge`.
pub(crate) fn pack(p: &mut Packer) {
    p.uint(NOTES.len());
    for n in NOTES {
        p.str(n.key);
        p.str(n.text);
        p.cite(n.source);
    }
    p.uint(TABLE.len());
    for e in TABLE {
        p.uint(usize::from(e.code));
        p.str(e.reason);
        p.strs(e.aliases);
        p.str(e.meaning);
        p.retry(Some(e.retry));
        p.strs(e.causes);
        p.strs(e.checks);
        p.bool(e.unofficial);
        p.cite(e.source);
    }
}

/// Reads back one note written by [`pack`].
pub(crate) fn read_note(r: &mut Reader) -> Note {
    Note {
        key: r.str(),
        text: r.str(),
        source: r.cite(),
    }
}

/// Reads back one entry written by [`pack`].
pub(crate) fn read(r: &mut Reader) -> StatusEntry {
    StatusEntry {
        code: r.u16(),
        reason: r.str(),
        aliases: r.strs(),
        meaning: r.str(),
        retry: r.retry().unwrap_or(RetryAdvice::No),
        causes: r.strs(),
        checks: r.strs(),
        unofficial: r.bool(),
        source: r.cite(),
    }
}
