//! What single headers say: one entry per header (ids to quote, cache status, Proxy-Status,
//! timing, the path through proxies, authentication challenges), each with its source, and the
//! error types of RFC 9209's Proxy-Status. Read by src/explain/headers.rs.

use crate::pack::Packer;
use crate::unpack::Reader;

/// How a header's value is turned into a note.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Read {
    /// A request or trace id to quote to support.
    Id,
    /// A note, then the first `(value prefix, meaning)` whose prefix the value starts with
    /// (case-insensitive), when one does.
    Values(&'static [(&'static str, &'static str)]),
    /// `Age`: seconds the response spent in a cache.
    Age,
    /// RFC 9209 `Proxy-Status`.
    ProxyStatus,
    /// `Server-Timing` metrics.
    ServerTiming,
    /// `Via` hops.
    Via,
    /// `WWW-Authenticate` challenge (RFC 9110 section 11.6.1, RFC 6750 error codes).
    Challenge,
    /// The header's presence is the insight; the note says what it means.
    Present,
}

#[derive(Debug, PartialEq)]
pub struct HeaderEntry {
    pub name: &'static str,
    pub kind: &'static str,
    /// What the header is (prefix of the note).
    pub what: &'static str,
    pub read: Read,
    pub source: &'static str,
}

const CACHE_CF: &[(&str, &str)] = &[
    ("hit", "served from Cloudflare's cache; the origin was not asked"),
    ("miss", "not in Cloudflare's cache; fetched from the origin"),
    ("expired", "the cached copy had expired; fetched again from the origin"),
    ("stale", "a stale cached copy was served (the origin could not be reached or was revalidating)"),
    ("updating", "a stale copy was served while Cloudflare refreshes it"),
    ("revalidated", "the cached copy was revalidated with the origin"),
    ("bypass", "the cache was bypassed (the origin asked not to cache, or a rule said so)"),
    ("dynamic", "not eligible for caching: the request went to the origin"),
    ("none", "no cache lookup: the response was generated before the cache (a Worker, a redirect rule, an error)"),
    ("unknown", "no cache lookup: the response was generated before the cache"),
];

const CACHE_GENERIC: &[(&str, &str)] = &[
    (
        "error from cloudfront",
        "CloudFront generated this error itself; the body did not come from your origin's cache",
    ),
    ("hit from cloudfront", "served from CloudFront's cache"),
    (
        "refreshhit from cloudfront",
        "CloudFront revalidated its cached copy with the origin",
    ),
    (
        "miss from cloudfront",
        "CloudFront fetched it from the origin",
    ),
    (
        "redirect from cloudfront",
        "CloudFront redirected (HTTP to HTTPS) by its own rule",
    ),
    (
        "lambdageneratedresponse from cloudfront",
        "a Lambda@Edge function generated this response",
    ),
    (
        "functiongeneratedresponse from cloudfront",
        "a CloudFront Function generated this response",
    ),
    ("hit", "served from a cache on the path"),
    (
        "miss",
        "a cache on the path fetched it from the server behind it",
    ),
];

pub const TABLE: &[HeaderEntry] = &[
    // Ids to quote.
    HeaderEntry { name: "cf-ray", kind: "id", what: "Cloudflare Ray ID; the suffix is the Cloudflare data center", read: Read::Id, source: "Cloudflare docs, Cloudflare HTTP headers (CF-Ray)" },
    HeaderEntry { name: "x-amz-cf-id", kind: "id", what: "CloudFront request id: AWS support finds the request with it", read: Read::Id, source: "Amazon CloudFront Developer Guide, headers CloudFront adds" },
    HeaderEntry { name: "x-amz-cf-pop", kind: "path", what: "CloudFront edge location that answered", read: Read::Present, source: "Amazon CloudFront Developer Guide, headers CloudFront adds" },
    HeaderEntry { name: "x-amzn-requestid", kind: "id", what: "AWS request id (API Gateway, Lambda URLs, AWS APIs)", read: Read::Id, source: "Amazon API Gateway Developer Guide, $context.requestId" },
    HeaderEntry { name: "x-amzn-request-id", kind: "id", what: "AWS request id", read: Read::Id, source: "AWS API reference, common response headers" },
    HeaderEntry { name: "x-amz-request-id", kind: "id", what: "Amazon S3 request id (quote it with x-amz-id-2)", read: Read::Id, source: "Amazon S3 API reference, common response headers" },
    HeaderEntry { name: "x-amz-id-2", kind: "id", what: "Amazon S3 extended request id", read: Read::Id, source: "Amazon S3 API reference, common response headers" },
    HeaderEntry { name: "x-amz-apigw-id", kind: "id", what: "API Gateway extended request id", read: Read::Id, source: "Amazon API Gateway Developer Guide, $context.extendedRequestId" },
    HeaderEntry { name: "x-amzn-trace-id", kind: "id", what: "AWS X-Ray trace id (load balancer, API Gateway): find the request in the access log or X-Ray", read: Read::Id, source: "Elastic Load Balancing, request tracing for your Application Load Balancer" },
    HeaderEntry { name: "x-request-id", kind: "id", what: "Request id set by a proxy or the app: search every layer's logs for it", read: Read::Id, source: "de-facto header (nginx $request_id, Heroku, Envoy, Rails)" },
    HeaderEntry { name: "request-id", kind: "id", what: "Request id (Stripe and others): quote it to the API's support", read: Read::Id, source: "Stripe API reference, request IDs" },
    HeaderEntry { name: "x-correlation-id", kind: "id", what: "Correlation id carried across services", read: Read::Id, source: "de-facto header" },
    HeaderEntry { name: "traceparent", kind: "id", what: "W3C trace context: the second field is the trace id", read: Read::Id, source: "W3C Trace Context, traceparent header" },
    HeaderEntry { name: "x-cloud-trace-context", kind: "id", what: "Google Cloud trace id (Cloud Logging and Cloud Trace)", read: Read::Id, source: "Google Cloud Trace docs, trace context" },
    HeaderEntry { name: "x-b3-traceid", kind: "id", what: "Zipkin B3 trace id", read: Read::Id, source: "openzipkin/b3-propagation" },
    HeaderEntry { name: "x-vercel-id", kind: "id", what: "Vercel request id (regions, then the id): search the function logs with it", read: Read::Id, source: "Vercel docs, request headers (x-vercel-id)" },
    HeaderEntry { name: "x-github-request-id", kind: "id", what: "GitHub request id: quote it to GitHub support", read: Read::Id, source: "GitHub REST API docs, troubleshooting" },
    HeaderEntry { name: "x-ms-request-id", kind: "id", what: "Azure request id", read: Read::Id, source: "Azure REST API reference, common headers" },
    HeaderEntry { name: "x-azure-ref", kind: "id", what: "Azure Front Door reference: Azure support traces the request with it", read: Read::Id, source: "Azure Front Door docs, protocol support for HTTP headers" },
    HeaderEntry { name: "x-msedge-ref", kind: "id", what: "Azure CDN / Front Door reference", read: Read::Id, source: "Azure Front Door docs, protocol support for HTTP headers" },
    HeaderEntry { name: "fly-request-id", kind: "id", what: "Fly.io request id", read: Read::Id, source: "Fly.io docs, request headers" },
    HeaderEntry { name: "rndr-id", kind: "id", what: "Render request id", read: Read::Id, source: "Render docs, request headers" },
    HeaderEntry { name: "x-served-by", kind: "path", what: "Fastly cache nodes that handled the request", read: Read::Id, source: "Fastly docs, X-Served-By" },
    HeaderEntry { name: "x-varnish", kind: "id", what: "Varnish transaction id(s): find the request in varnishlog with it", read: Read::Id, source: "Varnish docs, varnishlog" },
    HeaderEntry { name: "x-kong-request-id", kind: "id", what: "Kong request id", read: Read::Id, source: "Kong Gateway docs, request-id header" },
    HeaderEntry { name: "x-envoy-upstream-service-time", kind: "timing", what: "milliseconds the upstream took (Envoy): the request reached an upstream", read: Read::Present, source: "Envoy docs, HTTP header manipulation (x-envoy-upstream-service-time)" },
    HeaderEntry { name: "x-envoy-overloaded", kind: "platform", what: "Envoy's overload manager shed this request (the proxy is out of resources)", read: Read::Present, source: "Envoy docs, router filter (x-envoy-overloaded)" },
    HeaderEntry { name: "x-envoy-ratelimited", kind: "rate-limit", what: "Envoy's rate-limit filter refused this request", read: Read::Present, source: "Envoy docs, router filter (x-envoy-ratelimited)" },
    HeaderEntry { name: "x-envoy-response-flags", kind: "platform", what: "Envoy response flags for this request", read: Read::Present, source: "Envoy docs, access log response flags" },
    HeaderEntry { name: "x-vercel-error", kind: "platform", what: "Vercel's error code for this response", read: Read::Present, source: "Vercel docs, error codes" },
    HeaderEntry { name: "x-amzn-errortype", kind: "platform", what: "AWS error type (API Gateway names the failing step)", read: Read::Present, source: "Amazon API Gateway Developer Guide, gateway responses" },
    HeaderEntry { name: "x-squid-error", kind: "platform", what: "Squid's error code for this response", read: Read::Present, source: "Squid wiki, error pages" },
    HeaderEntry { name: "x-render-routing", kind: "platform", what: "Render's routing outcome", read: Read::Present, source: "Render docs" },
    // Caches.
    HeaderEntry { name: "cf-cache-status", kind: "cache", what: "Cloudflare cache status", read: Read::Values(CACHE_CF), source: "Cloudflare docs, cache responses (CF-Cache-Status)" },
    HeaderEntry { name: "x-cache", kind: "cache", what: "Cache status", read: Read::Values(CACHE_GENERIC), source: "Amazon CloudFront Developer Guide (X-Cache); Varnish/Fastly/Squid X-Cache convention" },
    HeaderEntry { name: "x-vercel-cache", kind: "cache", what: "Vercel cache status", read: Read::Values(&[("hit", "served from Vercel's cache"), ("miss", "not cached: the function or origin was called"), ("stale", "a stale copy was served while Vercel revalidates"), ("prerender", "served from a prerendered page")]), source: "Vercel docs, x-vercel-cache" },
    HeaderEntry { name: "age", kind: "cache", what: "Age", read: Read::Age, source: "RFC 9111 section 5.1" },
    // Diagnosis headers.
    HeaderEntry { name: "proxy-status", kind: "proxy-status", what: "Proxy-Status", read: Read::ProxyStatus, source: "RFC 9209 (The Proxy-Status HTTP Response Header Field)" },
    HeaderEntry { name: "server-timing", kind: "timing", what: "Server-Timing", read: Read::ServerTiming, source: "W3C Server Timing" },
    HeaderEntry { name: "via", kind: "path", what: "Via", read: Read::Via, source: "RFC 9110 section 7.6.3" },
    HeaderEntry { name: "www-authenticate", kind: "auth", what: "WWW-Authenticate", read: Read::Challenge, source: "RFC 9110 section 11.6.1; RFC 6750 section 3.1" },
    HeaderEntry { name: "proxy-authenticate", kind: "auth", what: "Proxy-Authenticate: a forward proxy wants credentials (Proxy-Authorization)", read: Read::Challenge, source: "RFC 9110 section 11.7.1" },
    HeaderEntry { name: "allow", kind: "platform", what: "methods this URL accepts", read: Read::Present, source: "RFC 9110 section 10.2.1" },
    HeaderEntry { name: "location", kind: "path", what: "where the redirect points", read: Read::Present, source: "RFC 9110 section 10.2.2" },
];

/// What a header is for, whatever its value: the headers table's "what it tells you" for the
/// headers `TABLE` has no entry for. A name ending in `-` is a prefix (`cf-`: any Cloudflare
/// header); the first entry naming a header applies, so a specific entry comes before its
/// prefix (a test checks it). One line each, for the person holding a failing response.
#[derive(Debug, PartialEq)]
pub struct HeaderNote {
    pub name: &'static str,
    pub note: &'static str,
    pub source: &'static str,
}

const fn note(name: &'static str, note: &'static str, source: &'static str) -> HeaderNote {
    HeaderNote { name, note, source }
}

#[rustfmt::skip]
pub const NOTES: &[HeaderNote] = &[
    note("server", "What wrote the head: often the outermost proxy, not the app", "RFC 9110 section 10.2.4"),
    note("date", "When the hop that generated the response wrote it", "RFC 9110 section 6.6.1"),
    note("content-type", "The body's type; a proxy's error page is HTML even on an API", "RFC 9110 section 8.3"),
    note("content-length", "Body length in bytes: a shorter body was cut off", "RFC 9110 section 8.6"),
    note("transfer-encoding", "How the body was framed on the wire", "RFC 9112 section 6.1"),
    note("content-encoding", "Compression of the body (gzip, br, zstd)", "RFC 9110 section 8.4"),
    note("connection", "Whether the connection stays open", "RFC 9110 section 7.6.1"),
    note("retry-after", "How long to wait before retrying", "RFC 9110 section 10.2.3"),
    note("cache-control", "Caching rules: no-store keeps an error out of caches", "RFC 9111 section 5.2"),
    note("vary", "Request headers caches key the response on", "RFC 9110 section 12.5.5"),
    note("set-cookie", "A cookie; its name may name the layer (AWSALB, __cf_bm)", "RFC 6265 section 4.1"),
    note("x-powered-by", "The app's framework or runtime", "de-facto header (Express app.disable('x-powered-by'), PHP expose_php)"),
    note("x-runtime", "Seconds the app took (Rack, Rails)", "rack lib/rack/runtime.rb"),
    note("access-control-", "CORS: who may read the response in a browser", "WHATWG Fetch, CORS protocol"),
    note("cf-mitigated", "Cloudflare answered with a challenge, not your origin", "Cloudflare docs, cf-mitigated header"),
    note("cf-", "Cloudflare was on the path", "Cloudflare docs, Cloudflare HTTP headers"),
    note("x-amz-", "An AWS service was on the path", "AWS API reference, common response headers"),
    note("x-amzn-", "An AWS service was on the path", "AWS API reference, common response headers"),
    note("x-envoy-", "Envoy (or a mesh on it) was on the path", "Envoy docs, HTTP header manipulation"),
    note("x-kong-upstream-latency", "Milliseconds the upstream took: Kong reached it", "Kong Gateway docs, latency headers"),
    note("x-kong-response-latency", "Kong answered itself: no upstream was called", "Kong Gateway docs, latency headers"),
    note("x-kong-", "Kong was on the path", "Kong Gateway docs, latency headers"),
    note("x-vercel-", "The request went through Vercel", "Vercel docs, response headers"),
    note("x-goog-", "A Google service was on the path", "Google Cloud docs, HTTP headers"),
    note("x-ms-", "An Azure service was on the path", "Azure REST API reference, common headers"),
    note("x-ratelimit-", "Rate-limit state: limit, remaining, reset", "GitHub REST API docs, rate limits"),
    note("ratelimit", "Rate-limit state (IETF RateLimit fields)", "draft-ietf-httpapi-ratelimit-headers"),
    note("ratelimit-", "Rate-limit state (IETF RateLimit fields)", "draft-ietf-httpapi-ratelimit-headers"),
    note("x-cache-status", "Cache result at a proxy (nginx $upstream_cache_status)", "nginx docs, ngx_http_upstream_module ($upstream_cache_status)"),
    note("grpc-status", "The gRPC status code of the call", "gRPC over HTTP/2 protocol"),
];

/// RFC 9209 error types, with what each means for the request.
pub const PROXY_STATUS_ERRORS: &[(&str, &str)] = &[
    (
        "dns_timeout",
        "the proxy's DNS lookup of the next hop timed out",
    ),
    (
        "dns_error",
        "the proxy's DNS lookup of the next hop failed (NXDOMAIN, SERVFAIL)",
    ),
    (
        "destination_not_found",
        "the proxy has no destination configured for this request",
    ),
    (
        "destination_unavailable",
        "the proxy considers every destination unavailable (health checks, circuit breaker)",
    ),
    (
        "destination_ip_prohibited",
        "the proxy is not allowed to connect to the destination's address",
    ),
    (
        "destination_ip_unroutable",
        "the proxy cannot route to the destination's address",
    ),
    (
        "connection_refused",
        "the next hop refused the connection: nothing is listening there",
    ),
    (
        "connection_terminated",
        "the next hop closed the connection before a complete response",
    ),
    ("connection_timeout", "connecting to the next hop timed out"),
    (
        "connection_read_timeout",
        "the next hop did not send data in time",
    ),
    (
        "connection_write_timeout",
        "the proxy could not write the request to the next hop in time",
    ),
    (
        "connection_limit_reached",
        "the proxy hit its limit of connections to the next hop",
    ),
    ("tls_protocol_error", "TLS with the next hop failed"),
    (
        "tls_certificate_error",
        "the next hop's TLS certificate failed verification",
    ),
    ("tls_alert_received", "the next hop sent a TLS alert"),
    (
        "http_request_error",
        "the proxy found the client's request malformed",
    ),
    (
        "http_request_denied",
        "the proxy's policy refused the request",
    ),
    (
        "http_response_incomplete",
        "the next hop's response was cut short",
    ),
    (
        "http_response_header_section_size",
        "the next hop's response headers were too large for the proxy",
    ),
    (
        "http_response_header_size",
        "one of the next hop's response headers was too large for the proxy",
    ),
    (
        "http_response_body_size",
        "the next hop's response body was too large for the proxy",
    ),
    (
        "http_response_trailer_section_size",
        "the next hop's trailers were too large",
    ),
    (
        "http_response_trailer_size",
        "one of the next hop's trailers was too large",
    ),
    (
        "http_response_transfer_coding",
        "the next hop's transfer coding could not be decoded",
    ),
    (
        "http_response_content_coding",
        "the next hop's content coding could not be decoded",
    ),
    (
        "http_response_timeout",
        "the next hop did not send a complete response in time",
    ),
    (
        "http_upgrade_failed",
        "the protocol upgrade (WebSocket) failed",
    ),
    (
        "http_protocol_error",
        "the next hop's response was not valid HTTP",
    ),
    (
        "proxy_internal_response",
        "the proxy generated this response itself",
    ),
    ("proxy_internal_error", "the proxy failed internally"),
    ("proxy_configuration_error", "the proxy is misconfigured"),
    (
        "proxy_loop_detected",
        "the request looped back through the same proxy",
    ),
];

/// Writes `TABLE` and `PROXY_STATUS_ERRORS` for `crate::knowledge`.
pub(crate) fn pack(p: &mut Packer) {
    p.uint(TABLE.len());
    for e in TABLE {
        p.str(e.name);
        p.str(e.kind);
        p.str(e.what);
        match e.read {
            Read::Id => p.byte(0),
            Read::Values(values) => {
                p.byte(1);
                p.pairs(values);
            }
            Read::Age => p.byte(2),
            Read::ProxyStatus => p.byte(3),
            Read::ServerTiming => p.byte(4),
            Read::Via => p.byte(5),
            Read::Challenge => p.byte(6),
            Read::Present => p.byte(7),
        }
        p.cite(e.source);
    }
    p.pairs(PROXY_STATUS_ERRORS);
    p.uint(NOTES.len());
    for n in NOTES {
        p.str(n.name);
        p.str(n.note);
        p.cite(n.source);
    }
}

/// Reads back one entry of `NOTES` written by [`pack`].
pub(crate) fn read_note(r: &mut Reader) -> HeaderNote {
    HeaderNote {
        name: r.str(),
        note: r.str(),
        source: r.cite(),
    }
}

/// Reads back one entry written by [`pack`] (the Proxy-Status error list after them is read
/// with `Reader::pairs`, then the notes with [`read_note`]).
pub(crate) fn read(r: &mut Reader) -> HeaderEntry {
    HeaderEntry {
        name: r.str(),
        kind: r.str(),
        what: r.str(),
        read: match r.byte() {
            0 => Read::Id,
            1 => Read::Values(r.pairs()),
            2 => Read::Age,
            3 => Read::ProxyStatus,
            4 => Read::ServerTiming,
            5 => Read::Via,
            6 => Read::Challenge,
            _ => Read::Present,
        },
        source: r.cite(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A note's header is named by the first entry that names it: no prefix comes before an
    /// entry it covers, and no name is written twice.
    #[test]
    fn specific_notes_come_before_their_prefix() {
        for (i, earlier) in NOTES.iter().enumerate() {
            assert_eq!(earlier.name, earlier.name.to_ascii_lowercase());
            for later in NOTES.iter().skip(i + 1) {
                assert_ne!(earlier.name, later.name);
                let covers = earlier.name.ends_with('-') && later.name.starts_with(earlier.name);
                assert!(
                    !covers,
                    "{} comes before {}, which it covers",
                    earlier.name, later.name
                );
            }
            assert!(
                !TABLE.iter().any(|e| e.name == earlier.name),
                "{} is in TABLE: its insight says it",
                earlier.name
            );
        }
    }
}
