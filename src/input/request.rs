//! Request lines and headers, where a paste shows them (`GET /path HTTP/1.1`, `> Host: …`).

use super::secrets::{mask_header_value, mask_url};
use crate::http::line::{is_space, trim};
use crate::report::{Header, Request, Span};

/// Methods RFC 9110 section 9.2.2 defines as idempotent (plus WebDAV's, which follow the rule).
const IDEMPOTENT: &[&str] = &[
    "GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "COPY", "MOVE",
];

const METHODS: &[&str] = &[
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "CONNECT",
    "OPTIONS",
    "TRACE",
    "PATCH",
    "PROPFIND",
    "PROPPATCH",
    "MKCOL",
    "COPY",
    "MOVE",
    "LOCK",
    "UNLOCK",
    "SEARCH",
    "QUERY",
    "PURGE",
];

pub fn is_idempotent(method: &str) -> bool {
    IDEMPOTENT.iter().any(|m| m.eq_ignore_ascii_case(method))
}

/// `GET /path HTTP/1.1` → (method, target). Needs a known method and an `HTTP/` version.
pub fn parse_request_line(line: &[u8]) -> Option<(String, String)> {
    let line = trim(line);
    let mut parts = line.split(|&b| is_space(b)).filter(|p| !p.is_empty());
    let method = std::str::from_utf8(parts.next()?).ok()?;
    let target = parts.next()?;
    let version = parts.next()?;
    let known = METHODS.contains(&method);
    (known && version.starts_with(b"HTTP/") && parts.next().is_none()).then(|| {
        (
            method.to_owned(),
            String::from_utf8_lossy(target).into_owned(),
        )
    })
}

/// Builds the Request from its line and header lines; secrets are masked.
pub fn build(method: String, target: &str, headers: Vec<Header>, span: Option<Span>) -> Request {
    let host = headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("host") || h.name == ":authority")
        .map(|h| h.value.clone())
        .or_else(|| host_of(target));
    Request {
        idempotent: is_idempotent(&method),
        method,
        url: mask_url(target),
        host,
        headers: headers.into_iter().map(mask).collect(),
        span,
    }
}

/// The header with its value masked when it holds a secret.
pub fn mask(mut header: Header) -> Header {
    if let Some(masked) = mask_header_value(&header.name, &header.value) {
        header.value = masked;
    }
    header
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    (!host.is_empty()).then(|| host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines() {
        assert_eq!(
            parse_request_line(b"GET /api/v1 HTTP/1.1"),
            Some(("GET".into(), "/api/v1".into()))
        );
        assert_eq!(
            parse_request_line(b"POST https://x.test/ HTTP/2"),
            Some(("POST".into(), "https://x.test/".into()))
        );
        assert_eq!(parse_request_line(b"HTTP/1.1 200 OK"), None);
        assert_eq!(parse_request_line(b"Server: nginx"), None);
        assert!(is_idempotent("PUT") && !is_idempotent("POST"));
        assert_eq!(
            host_of("https://u:p@api.test:8443/x"),
            Some("api.test:8443".into())
        );
    }
}
