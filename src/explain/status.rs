//! One entry per status code: the registered reason, other reasons products write, what it means
//! and whether a client may retry. Registered codes follow the IANA HTTP Status Code Registry
//! (RFC 9110 and the RFCs it lists); unofficial codes cite the product that uses them.

use crate::report::RetryAdvice::{self, Maybe, No, NotNeeded, Yes};

pub struct StatusEntry {
    pub code: u16,
    pub reason: &'static str,
    /// Other reason phrases real servers send for this code (older RFC names, product spellings).
    pub aliases: &'static [&'static str],
    pub meaning: &'static str,
    pub retry: RetryAdvice,
    /// Not in the IANA registry: used by one product or a family of them.
    pub unofficial: bool,
    pub source: &'static str,
}

const IANA: &str = "IANA HTTP Status Code Registry; RFC 9110 section 15";

macro_rules! entry {
    ($code:literal, $reason:literal, [$($alias:literal),*], $retry:ident, $meaning:literal) => {
        StatusEntry { code: $code, reason: $reason, aliases: &[$($alias),*], meaning: $meaning,
                      retry: $retry, unofficial: false, source: IANA }
    };
    ($code:literal, $reason:literal, [$($alias:literal),*], $retry:ident, $meaning:literal, unofficial: $source:literal) => {
        StatusEntry { code: $code, reason: $reason, aliases: &[$($alias),*], meaning: $meaning,
                      retry: $retry, unofficial: true, source: $source }
    };
}

/// Sorted by code (a test checks it), so lookup is a binary search.
pub static STATUS_CODES: &[StatusEntry] = &[
    entry!(100, "Continue", [], NotNeeded, "The server accepted the request head; the client should send the body."),
    entry!(101, "Switching Protocols", [], NotNeeded, "The server is switching to the protocol the client asked for (WebSocket, h2c)."),
    entry!(102, "Processing", [], NotNeeded, "WebDAV: the request is still being processed (RFC 2518)."),
    entry!(103, "Early Hints", [], NotNeeded, "Headers sent ahead of the final response so the client can preload (RFC 8297)."),
    entry!(104, "Upload Resumption Supported", [], NotNeeded, "The server supports resumable uploads for this request (draft-ietf-httpbis-resumable-upload)."),
    entry!(200, "OK", [], NotNeeded, "The request succeeded."),
    entry!(201, "Created", [], NotNeeded, "The request succeeded and created a resource."),
    entry!(202, "Accepted", [], NotNeeded, "The request was accepted for processing, which has not finished."),
    entry!(203, "Non-Authoritative Information", [], NotNeeded, "Success, but a transforming proxy changed the payload."),
    entry!(204, "No Content", [], NotNeeded, "Success, with no body."),
    entry!(205, "Reset Content", [], NotNeeded, "Success; the client should reset the form or view that sent the request."),
    entry!(206, "Partial Content", [], NotNeeded, "The server sent the requested byte range."),
    entry!(207, "Multi-Status", [], NotNeeded, "WebDAV: the body holds a status for each of several resources (RFC 4918)."),
    entry!(208, "Already Reported", [], NotNeeded, "WebDAV: members already listed earlier in the response (RFC 5842)."),
    entry!(218, "This is fine", [], No, "Apache's ProxyErrorOverride sends it when an upstream error must pass through unchanged.", unofficial: "Apache httpd mod_proxy (ProxyErrorOverride)"),
    entry!(226, "IM Used", [], NotNeeded, "The response is the result of instance manipulations (delta encoding, RFC 3229)."),
    entry!(300, "Multiple Choices", [], NotNeeded, "Several representations exist; the client should choose one."),
    entry!(301, "Moved Permanently", [], NotNeeded, "The resource has a new permanent URL (Location); clients may switch POST to GET."),
    entry!(302, "Found", ["Moved Temporarily"], NotNeeded, "The resource is temporarily at another URL (Location)."),
    entry!(303, "See Other", [], NotNeeded, "Fetch the result from another URL with GET (Location)."),
    entry!(304, "Not Modified", [], NotNeeded, "The cached copy is still valid; no body is sent."),
    entry!(305, "Use Proxy", [], No, "Deprecated: the resource must be accessed through a proxy."),
    entry!(306, "(Unused)", ["Switch Proxy"], No, "Reserved; no longer used."),
    entry!(307, "Temporary Redirect", [], NotNeeded, "The resource is temporarily at another URL; repeat the same method there."),
    entry!(308, "Permanent Redirect", [], NotNeeded, "The resource moved permanently; repeat the same method at the new URL."),
    entry!(400, "Bad Request", [], No, "The server could not or would not process the request because of something it sees as a client error (malformed syntax, invalid framing, bad input)."),
    entry!(401, "Unauthorized", [], No, "The request lacks valid authentication credentials; WWW-Authenticate says how to authenticate."),
    entry!(402, "Payment Required", [], No, "Reserved by HTTP; APIs use it for billing problems (a declined card, an unpaid plan)."),
    entry!(403, "Forbidden", [], No, "The server understood the request but refuses it; new credentials will not help unless they carry more rights."),
    entry!(404, "Not Found", [], No, "Nothing was found at this URL (or the server hides that it exists)."),
    entry!(405, "Method Not Allowed", ["Not Allowed"], No, "The URL exists but does not accept this method; Allow lists the ones it does."),
    entry!(406, "Not Acceptable", [], No, "No representation matches the request's Accept headers."),
    entry!(407, "Proxy Authentication Required", [], No, "A proxy between client and server requires authentication (Proxy-Authenticate)."),
    entry!(408, "Request Timeout", ["Request Time-out"], Yes, "The server gave up waiting for the client to finish sending the request."),
    entry!(409, "Conflict", [], No, "The request conflicts with the current state of the resource."),
    entry!(410, "Gone", [], No, "The resource was here and has been removed for good."),
    entry!(411, "Length Required", [], No, "The server requires a Content-Length header."),
    entry!(412, "Precondition Failed", [], No, "A condition in the request headers (If-Match, If-Unmodified-Since) was false."),
    entry!(413, "Content Too Large", ["Payload Too Large", "Request Entity Too Large"], No, "The request body is larger than the server is willing to accept."),
    entry!(414, "URI Too Long", ["Request-URI Too Long", "Request-URI Too Large"], No, "The URL is longer than the server will read."),
    entry!(415, "Unsupported Media Type", [], No, "The request body's Content-Type (or encoding) is not one this endpoint accepts."),
    entry!(416, "Range Not Satisfiable", ["Requested Range Not Satisfiable"], No, "The requested byte range lies outside the resource."),
    entry!(417, "Expectation Failed", [], No, "The server cannot meet the request's Expect header."),
    entry!(418, "(Unused)", ["I'm a teapot", "I'm a Teapot"], No, "Reserved (RFC 9110); known from the RFC 2324 April Fools' joke, used by some servers to refuse requests."),
    entry!(419, "Page Expired", [], No, "Laravel: the CSRF token is missing or expired.", unofficial: "Laravel framework (TokenMismatchException)"),
    entry!(420, "Enhance Your Calm", ["Method Failure"], Maybe, "Rate limited (Twitter's old API), or a Spring method failure.", unofficial: "Twitter API v1; Spring Framework"),
    entry!(421, "Misdirected Request", [], No, "The request reached a server that cannot answer for this host (often a reused HTTP/2 or TLS connection)."),
    entry!(422, "Unprocessable Content", ["Unprocessable Entity"], No, "The body is well-formed but its content is invalid (validation failed)."),
    entry!(423, "Locked", [], Maybe, "WebDAV: the resource is locked."),
    entry!(424, "Failed Dependency", [], No, "WebDAV: the request failed because a request it depends on failed."),
    entry!(425, "Too Early", [], Yes, "The server will not process a request that might be replayed (TLS early data)."),
    entry!(426, "Upgrade Required", [], No, "The server requires a different protocol; Upgrade says which."),
    entry!(428, "Precondition Required", [], No, "The server requires a conditional request (If-Match) to avoid lost updates."),
    entry!(429, "Too Many Requests", [], Yes, "The client sent too many requests in a given time (rate limited)."),
    entry!(430, "Request Header Fields Too Large", [], Maybe, "Shopify: too many requests, or a request rejected by its security rules.", unofficial: "Shopify"),
    entry!(431, "Request Header Fields Too Large", [], No, "The request's headers (often cookies) are too large."),
    entry!(440, "Login Time-out", [], No, "IIS: the session expired; log in again.", unofficial: "Microsoft IIS"),
    entry!(444, "No Response", ["Connection Closed Without Response"], No, "nginx closed the connection without sending anything (`return 444`); it only shows in nginx's logs.", unofficial: "nginx ngx_http_request.h (NGX_HTTP_CLOSE)"),
    entry!(449, "Retry With", [], No, "IIS: the request should be retried after doing the appropriate action.", unofficial: "Microsoft IIS"),
    entry!(450, "Blocked by Windows Parental Controls", [], No, "Windows parental controls blocked access to this page.", unofficial: "Microsoft"),
    entry!(451, "Unavailable For Legal Reasons", [], No, "The resource is blocked for legal reasons (RFC 7725)."),
    entry!(460, "", [], Maybe, "AWS load balancer: the client closed the connection before the load balancer's idle timeout; it only shows in the access logs.", unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(463, "", [], No, "AWS load balancer: X-Forwarded-For carried more than 30 IP addresses.", unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(464, "", [], No, "AWS load balancer: the request's protocol does not match the target group's protocol version (HTTP/1.1 vs gRPC/HTTP/2).", unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(494, "Request Header Too Large", [], No, "nginx: a request header is larger than large_client_header_buffers allows.", unofficial: "nginx ngx_http_special_response.c"),
    entry!(495, "SSL Certificate Error", [], No, "nginx: the client certificate failed verification.", unofficial: "nginx ngx_http_special_response.c"),
    entry!(496, "SSL Certificate Required", [], No, "nginx: a client certificate is required and none was sent.", unofficial: "nginx ngx_http_special_response.c"),
    entry!(497, "HTTP Request Sent to HTTPS Port", [], No, "nginx: plain HTTP was sent to a port that expects TLS.", unofficial: "nginx ngx_http_special_response.c"),
    entry!(498, "Invalid Token", [], No, "Esri ArcGIS: the token is expired or invalid.", unofficial: "Esri ArcGIS REST API"),
    entry!(499, "Client Closed Request", [], Maybe, "nginx: the client closed the connection before nginx answered; it only shows in nginx's logs.", unofficial: "nginx ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)"),
    entry!(500, "Internal Server Error", [], Maybe, "The server met an unexpected condition that kept it from fulfilling the request."),
    entry!(501, "Not Implemented", [], No, "The server does not support the functionality (often the method) the request needs."),
    entry!(502, "Bad Gateway", [], Yes, "A gateway or proxy got an invalid response, or none at all, from the server behind it."),
    entry!(503, "Service Unavailable", ["Service Temporarily Unavailable"], Yes, "The server cannot handle the request right now (overloaded, in maintenance, or with nothing healthy behind it)."),
    entry!(504, "Gateway Timeout", ["Gateway Time-out", "Gateway Time-Out"], Yes, "A gateway or proxy did not get a response in time from the server behind it."),
    entry!(505, "HTTP Version Not Supported", [], No, "The server does not support the request's HTTP version."),
    entry!(506, "Variant Also Negotiates", [], No, "Content negotiation is misconfigured on the server (RFC 2295)."),
    entry!(507, "Insufficient Storage", [], Maybe, "WebDAV: the server has no room to store what the request needs."),
    entry!(508, "Loop Detected", [], No, "WebDAV: the server found an infinite loop while processing the request (RFC 5842)."),
    entry!(509, "Bandwidth Limit Exceeded", [], Maybe, "The hosting account exceeded its bandwidth allowance (cPanel, Apache bw modules).", unofficial: "cPanel / Apache mod_bw"),
    entry!(510, "Not Extended", [], No, "Obsoleted: further extensions to the request are required (RFC 2774)."),
    entry!(511, "Network Authentication Required", [], No, "The network (a captive portal) requires you to log in before you get access."),
    entry!(520, "Web Server Returned an Unknown Error", ["Origin Error", "Unknown Error"], Yes, "Cloudflare: the origin answered with something empty, unknown or unexpected (reset connection, oversized headers, empty reply).", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(521, "Web Server Is Down", ["Origin Down"], Yes, "Cloudflare: the origin refused the TCP connection.", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(522, "Connection Timed Out", ["Origin Connection Time-out"], Yes, "Cloudflare: the TCP connection to the origin timed out.", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(523, "Origin Is Unreachable", [], Yes, "Cloudflare: it could not route to the origin (DNS or network).", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(524, "A Timeout Occurred", ["Origin Time-out"], Maybe, "Cloudflare: connected to the origin but got no HTTP response in time (100 s by default).", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(525, "SSL Handshake Failed", [], No, "Cloudflare: the TLS handshake with the origin failed.", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(526, "Invalid SSL Certificate", [], No, "Cloudflare: the origin's certificate failed validation (Full strict mode).", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(527, "Railgun Error", ["Railgun Listener to Origin Error"], Yes, "Cloudflare: the Railgun connection to the origin failed (Railgun is retired).", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(529, "Site is overloaded", ["Overloaded"], Yes, "The service is overloaded (Qualys, Anthropic's API and others use it).", unofficial: "Qualys SSL Labs API; Anthropic API errors"),
    entry!(530, "", ["Site is frozen", "Origin DNS Error"], Maybe, "Cloudflare: sent with a 1xxx error page (the body has the real error code); Pantheon: the site is frozen.", unofficial: "Cloudflare docs, Troubleshooting Cloudflare 5XX errors"),
    entry!(561, "Unauthorized", [], No, "AWS load balancer: the identity provider rejected the user during ALB authentication.", unofficial: "AWS Elastic Load Balancing, Troubleshoot your Application Load Balancers"),
    entry!(598, "Network read timeout error", [], Yes, "Some proxies (Microsoft's among them) use it for a read timeout behind them.", unofficial: "Microsoft HTTP proxy conventions"),
    entry!(599, "Network Connect Timeout Error", ["Network connect timeout error"], Yes, "Some proxies use it for a connect timeout behind them.", unofficial: "Microsoft HTTP proxy conventions"),
];

pub fn lookup(code: u16) -> Option<&'static StatusEntry> {
    STATUS_CODES
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .and_then(|i| STATUS_CODES.get(i))
}

/// `x00` of the code's class, for codes no table knows (RFC 9110 section 15).
pub fn class_entry(code: u16) -> Option<&'static StatusEntry> {
    lookup(code / 100 * 100)
}

fn normalized(reason: &str) -> impl Iterator<Item = char> + '_ {
    reason
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

fn same_reason(a: &str, b: &str) -> bool {
    normalized(a).eq(normalized(b))
}

/// Whether `reason` is the registered phrase of `code` or one real servers use for it.
pub fn reason_matches(code: u16, reason: &str) -> bool {
    match lookup(code) {
        Some(e) => {
            same_reason(e.reason, reason) || e.aliases.iter().any(|a| same_reason(a, reason))
        }
        // Unknown codes have no phrase to disagree with.
        None => true,
    }
}

/// The registered code whose phrase (or a known variant) is `reason`, if exactly one matches.
pub fn code_for_reason(reason: &str) -> Option<u16> {
    let mut found = STATUS_CODES.iter().filter(|e| {
        !e.unofficial
            && (same_reason(e.reason, reason) || e.aliases.iter().any(|a| same_reason(a, reason)))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(STATUS_CODES.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn reasons() {
        assert!(reason_matches(504, "Gateway Time-out"));
        assert!(reason_matches(503, "Service Temporarily Unavailable"));
        assert!(!reason_matches(200, "Not Found"));
        assert_eq!(code_for_reason("not found"), Some(404));
        assert_eq!(code_for_reason("Something else"), None);
    }
}
