//! HAR files (`log.entries[]`), as Chrome, Firefox and HTTP Toolkit export them: each entry's
//! response is rebuilt as HTTP text and inspected on its own.
//! Format: W3C Web Performance WG "HTTP Archive (HAR) format" draft, and the `_error` field
//! Chrome adds for requests that got no response.

use crate::json::Json;
use std::fmt::Write as _;

use super::request;
use crate::report::{header_name, header_value, Header, Request, Span, TransportNote};

/// One entry, ready to be inspected.
pub struct HarEntry {
    pub index: usize,
    pub request: Request,
    /// 0 when no response came back (blocked, refused, aborted).
    pub status: u16,
    /// Whether the entry gets a Report of its own (see `MAX_INSPECTED`); when not, its response
    /// text and request headers were not kept.
    pub inspect: bool,
    /// The response rebuilt as HTTP/1-style text; empty when there was no response.
    pub text: Vec<u8>,
    /// The entry has a response whose body the HAR does not carry (a sanitized export, a body
    /// the browser did not keep): what the body would show is unknown.
    pub body_missing: bool,
    pub transport: Vec<TransportNote>,
}

/// Entries inspected one by one, failing ones first (then the others, in file order). A page
/// load makes a few hundred requests; past this the entries are listed (method, URL, status)
/// without a Report, so a HAR of 50,000 entries costs the Report no more than one of 200.
pub(crate) const MAX_INSPECTED: usize = 200;

/// Whether the input is a HAR file; `None` when it is not JSON with `log.entries`.
pub fn parse(input: &[u8]) -> Option<Vec<HarEntry>> {
    let start = input.iter().position(|b| !b.is_ascii_whitespace())?;
    if input.get(start) != Some(&b'{') {
        return None;
    }
    let window = input.get(start..(start + 4096).min(input.len()))?;
    crate::search::memmem::find(window, b"\"log\"")?;
    // Entry by entry: the whole file as one JSON tree would take several times its size. Up to
    // `MAX_INSPECTED` failing and as many other entries are built whole while the file is read;
    // which of the others are inspected is known at its end.
    let mut entries: Vec<HarEntry> = Vec::new();
    let (mut failing_seen, mut others_seen) = (0, 0);
    let mut read = |json: Json| {
        let entry = read_entry(entries.len(), &json, &mut |is_failing| {
            let count = if is_failing {
                &mut failing_seen
            } else {
                &mut others_seen
            };
            *count += 1;
            *count <= MAX_INSPECTED
        });
        entries.push(entry);
    };
    if !Json::for_each_at(input, &["log", "entries"], &mut read) {
        return None;
    }
    let mut room = MAX_INSPECTED.saturating_sub(failing_seen);
    for entry in entries.iter_mut().filter(|e| !e.failing() && e.inspect) {
        match room.checked_sub(1) {
            Some(left) => room = left,
            None => entry.list_only(),
        }
    }
    Some(entries)
}

impl HarEntry {
    /// No response, or an error status: what a HAR is usually pasted for.
    pub fn failing(&self) -> bool {
        failing(self.status)
    }

    /// Keeps what the entry's line in the list needs (method, URL, status), drops the rest.
    fn list_only(&mut self) {
        self.inspect = false;
        self.text = Vec::new();
        self.request.headers = Vec::new();
    }
}

fn failing(status: u16) -> bool {
    status == 0 || status >= 400
}

/// One entry. `keep(failing)` says whether it may be inspected; when not, its request headers
/// and response text are not built (only its line in the list is).
fn read_entry(index: usize, entry: &Json, keep: &mut dyn FnMut(bool) -> bool) -> HarEntry {
    let response = entry.get("response");
    let status = response
        .and_then(|r| r.get("status"))
        .and_then(Json::as_u64)
        .and_then(|s| u16::try_from(s).ok())
        .unwrap_or(0);
    let inspect = keep(failing(status));

    let req = entry.get("request");
    let method = str_at(req, "method").unwrap_or("GET").to_owned();
    let url = str_at(req, "url").unwrap_or_default();
    let request_headers = if inspect { headers_of(req) } else { Vec::new() };
    let request = request::build(method, url, request_headers, None);
    let mut transport = Vec::new();
    // Chrome writes `_error`, Playwright `_failureText`.
    let error = str_at(response, "_error")
        .or_else(|| str_at(response, "_failureText"))
        .or_else(|| str_at(Some(entry), "_error"));
    if let Some(error) = error.filter(|e| !e.is_empty()) {
        transport.push(TransportNote {
            meaning: browser_error_meaning(error),
            error: true,
            message: error.to_owned(),
            span: None,
        });
    }
    if status == 0 && transport.is_empty() {
        // Firefox records a failed request with status 0 and no error field.
        transport.push(TransportNote {
            meaning: Some("The browser recorded the request with no response: it failed (refused, reset, blocked by CORS or an extension) or was cancelled; the browser's console says which."),
            error: true,
            message: "status 0: no response recorded".to_owned(),
            span: None,
        });
    }
    let text = if status == 0 || !inspect {
        Vec::new()
    } else {
        rebuild(response, status)
    };
    HarEntry {
        index,
        request,
        status,
        inspect,
        body_missing: status != 0 && body_missing(response, status, error.is_some()),
        text,
        transport,
    }
}

/// Whether the response had a body the HAR does not carry: no `content.text`, a status that
/// allows a body, not `Content-Length: 0`, and a sign there was one (a size, a declared length,
/// Firefox's "Response bodies are not included." comment, or the browser's error on a response
/// it received, such as a CORS rejection).
fn body_missing(response: Option<&Json>, status: u16, error: bool) -> bool {
    let content = response.and_then(|r| r.get("content"));
    if str_at(content, "text").is_some()
        || (100..200).contains(&status)
        || status == 204
        || status == 304
    {
        return false;
    }
    let declared = headers_of(response)
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-length"))
        .and_then(|h| crate::http::line::parse_u64(h.value.trim().as_bytes()));
    let size = content
        .and_then(|c| c.get("size"))
        .and_then(Json::as_u64)
        .unwrap_or(0);
    declared != Some(0)
        && (size > 0
            || declared.is_some_and(|d| d > 0)
            || str_at(content, "comment").is_some()
            || error)
}

fn str_at<'a>(value: Option<&'a Json>, key: &str) -> Option<&'a str> {
    value?.get(key)?.as_str()
}

fn headers_of(value: Option<&Json>) -> Vec<Header> {
    // A loop, not `filter_map(…).collect()`: each collect is an instance of its own.
    let mut out = Vec::new();
    let headers = value
        .and_then(|v| v.get("headers"))
        .and_then(Json::as_array)
        .unwrap_or_default();
    for h in headers {
        if let (Some(name), Some(value)) = (str_at(Some(h), "name"), str_at(Some(h), "value")) {
            out.push(Header {
                name: header_name(name.to_owned()),
                value: header_value(value.to_owned()),
                span: Span::default(),
                value_span: None,
            });
        }
    }
    out
}

/// `HTTP/1.1 502 Bad Gateway`, headers, blank line, body (base64-decoded when so encoded).
fn rebuild(response: Option<&Json>, status: u16) -> Vec<u8> {
    let version = match str_at(response, "httpVersion")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("h2" | "http/2" | "http/2.0") => "HTTP/2",
        Some("h3" | "http/3" | "http/3.0") => "HTTP/3",
        Some("http/1.0") => "HTTP/1.0",
        _ => "HTTP/1.1",
    };
    let reason = str_at(response, "statusText").unwrap_or_default();
    let mut text = format!("{version} {} {reason}", u32::from(status))
        .trim_end()
        .to_owned();
    text.push_str("\r\n");
    for header in headers_of(response) {
        // HTTP/2 pseudo-headers are not part of an HTTP/1-style head.
        if header.name.starts_with(':') {
            continue;
        }
        _ = write!(text, "{}: {}\r\n", header.name, header.value);
    }
    text.push_str("\r\n");
    let mut bytes = text.into_bytes();
    let content = response.and_then(|r| r.get("content"));
    if let Some(body) = str_at(content, "text") {
        if str_at(content, "encoding") == Some("base64") {
            bytes.extend(decode_base64(body));
        } else {
            bytes.extend_from_slice(body.as_bytes());
        }
    }
    bytes
}

/// Standard base64 (RFC 4648), skipping whitespace and stopping at padding or a bad byte.
fn decode_base64(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut buffer = 0u32;
    let mut bits = 0;
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => break,
        };
        buffer = (buffer << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xff).unwrap_or(0));
            buffer &= (1 << bits) - 1;
        }
    }
    out
}

/// Chrome's network error names (net/base/net_error_list.h).
pub(crate) fn browser_error_meaning(error: &str) -> Option<&'static str> {
    const ERRORS: &[(&str, &str)] = &[
        ("ERR_CONNECTION_REFUSED", "Nothing accepted the connection: no server listens on that address and port, or a firewall rejected it."),
        ("ERR_CONNECTION_RESET", "The connection was reset: the server or a proxy dropped it."),
        ("ERR_CONNECTION_CLOSED", "The server closed the connection without a response."),
        ("ERR_EMPTY_RESPONSE", "The server closed the connection without sending any response."),
        ("ERR_CONNECTION_TIMED_OUT", "The connection attempt timed out: the host drops packets or is down."),
        ("ERR_TIMED_OUT", "The request timed out."),
        ("ERR_NAME_NOT_RESOLVED", "The host name did not resolve (DNS)."),
        ("ERR_CERT_", "The server's TLS certificate was rejected."),
        ("ERR_SSL_PROTOCOL_ERROR", "The TLS handshake failed: the server may not speak TLS on that port."),
        ("ERR_BLOCKED_BY_CLIENT", "An extension in the browser (an ad blocker) blocked the request."),
        ("ERR_BLOCKED_BY_RESPONSE", "The browser blocked the response (CORP/COEP/X-Frame-Options)."),
        ("ERR_FAILED", "The request failed in the browser; for cross-origin calls this is often a CORS rejection (see the console)."),
        ("ERR_ABORTED", "The request was cancelled (navigation away, or aborted by the page)."),
        ("ERR_INTERNET_DISCONNECTED", "The browser was offline."),
        ("ERR_HTTP2_PROTOCOL_ERROR", "The HTTP/2 stream was reset: a proxy or the server broke the response off."),
        ("ERR_INCOMPLETE_CHUNKED_ENCODING", "The chunked body ended early: the response was cut off."),
        ("ERR_CONTENT_LENGTH_MISMATCH", "The body was shorter than Content-Length: the response was cut off."),
    ];
    ERRORS
        .iter()
        .find(|(name, _)| crate::search::find_short(error, name).is_some())
        .map(|&(_, meaning)| meaning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64() {
        assert_eq!(decode_base64("aGVsbG8gd29ybGQ="), b"hello world");
        assert_eq!(decode_base64("e30="), b"{}");
    }
}
