//! Request lines and headers, where a paste shows them (`GET /path HTTP/1.1`, `> Host: …`).

use super::secrets::{mask_header_value, mask_url};
use crate::http::line::{line_at, lossy_owned, trim, Words};
use crate::json::Json;
use crate::report::{header_name, header_value, Header, HeaderName, Request, Span};

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

pub(crate) fn is_idempotent(method: &str) -> bool {
    IDEMPOTENT.iter().any(|m| m.eq_ignore_ascii_case(method))
}

/// Whether `method` is one of the methods a paste shows (uppercase, as sent).
pub(crate) fn is_method(method: &str) -> bool {
    METHODS.contains(&method)
}

/// `GET /path HTTP/1.1` → (method, target). Needs a known method and an `HTTP/` version.
pub fn parse_request_line(line: &[u8]) -> Option<(String, String)> {
    let line = trim(line);
    let mut parts = Words(line);
    let method = std::str::from_utf8(parts.next()?).ok()?;
    let target = parts.next()?;
    let version = parts.next()?;
    let known = METHODS.contains(&method);
    (known && version.starts_with(b"HTTP/") && parts.next().is_none())
        .then(|| (method.to_owned(), crate::http::line::lossy_owned(target)))
}

/// A request head as sent: the request line, then its header lines up to a blank line.
pub(crate) struct Head {
    pub(crate) method: String,
    pub(crate) target: String,
    /// Each with the span of its line in the text read.
    pub(crate) headers: Vec<Header>,
    /// Where the head's last line ends, and where the line after it starts.
    pub(crate) end: usize,
    pub(crate) next: usize,
}

/// The request head whose request line starts at `start` in `text` (`http -v` output, the bytes
/// `curl --trace` sent); lines without a colon are skipped.
pub(crate) fn read_head(text: &[u8], start: usize) -> Option<Head> {
    let first = line_at(text, start);
    let (method, target) = parse_request_line(first.bytes(text))?;
    let mut headers = Vec::new();
    let (mut end, mut pos) = (first.end, first.next);
    while pos < text.len() {
        let line = line_at(text, pos);
        let content = trim(line.bytes(text));
        if content.is_empty() {
            break;
        }
        if let Some(colon) = memchr::memchr(b':', content) {
            headers.push(Header {
                name: header_name(lossy_owned(trim(content.get(..colon).unwrap_or_default()))),
                value: header_value(lossy_owned(trim(
                    content.get(colon + 1..).unwrap_or_default(),
                ))),
                span: Span::new(line.start, line.end),
                value_span: None,
            });
        }
        end = line.end;
        pos = line.next;
    }
    Some(Head {
        method,
        target,
        headers,
        end,
        next: pos,
    })
}

/// Builds the Request from its line and header lines; secrets are masked.
pub(crate) fn build(
    method: String,
    target: &str,
    mut headers: Vec<Header>,
    span: Option<Span>,
) -> Request {
    let host = headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("host") || h.name == ":authority")
        .map(|h| crate::report::value_string(&h.value))
        .or_else(|| host_of(target));
    Request {
        idempotent: is_idempotent(&method),
        method,
        url: mask_url(target),
        host,
        headers: {
            // In place, not `into_iter().map(mask).collect()`: each collect is an instance.
            for header in &mut headers {
                if let Some(masked) = mask_header_value(&header.name, &header.value) {
                    header.value = header_value(masked);
                }
            }
            headers
        },
        span,
    }
}

/// A request pasted as code: `fetch("url", {method, headers})` (DevTools' "Copy as fetch") or a
/// `curl` command ("Copy as cURL"). The response is what resplain needs; this at least shows
/// what was asked.
pub fn from_command(input: &[u8]) -> Option<Request> {
    let command = trim(input);
    // Ruled out by its first bytes before the whole paste is checked as UTF-8.
    let call = command.strip_prefix(b"await ").unwrap_or(command);
    if !(call.starts_with(b"fetch(") || call.starts_with(b"curl ")) {
        return None;
    }
    let text = std::str::from_utf8(command).ok()?;
    let text = text.strip_prefix("await ").unwrap_or(text);
    if let Some(args) = text.strip_prefix("fetch(") {
        return from_fetch(args);
    }
    let args = text.strip_prefix("curl ")?;
    from_curl(args)
}

/// Out of line: V8 compiles a wasm function when it is first called (see `from_command`).
#[inline(never)]
fn from_fetch(args: &str) -> Option<Request> {
    let (url, rest) = string_literal(args.trim_start())?;
    let options = rest
        .trim_start()
        .strip_prefix(',')
        .and_then(|rest| Json::parse_prefix(rest.as_bytes()))
        .map_or(Json::Null, |(options, _)| options);
    let method = options
        .get("method")
        .and_then(|m| m.as_str())
        .unwrap_or("GET")
        .to_ascii_uppercase();
    let mut headers = Vec::new();
    for (name, value) in options
        .get("headers")
        .and_then(|h| h.as_object())
        .unwrap_or_default()
    {
        if let Some(value) = value.as_str() {
            headers.push(Header {
                name: header_name(name.to_string()),
                value: header_value(value.to_owned()),
                span: Span::default(),
                value_span: None,
            });
        }
    }
    Some(build(method, &url, headers, None))
}

/// `curl 'https://x' -X POST -H 'a: b' --data-raw '…'`, as DevTools copies it.
/// Out of line: V8 compiles a wasm function when it is first called (see `from_command`).
#[inline(never)]
fn from_curl(args: &str) -> Option<Request> {
    let words = shell_words(args);
    let mut url = None;
    let mut method = None;
    let mut headers = Vec::new();
    let mut has_body = false;
    let mut words = words.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "-X" | "--request" => method = words.next().cloned(),
            "-H" | "--header" => {
                if let Some((name, value)) = words.next().and_then(|h| h.split_once(':')) {
                    headers.push(Header {
                        name: header_name(name.trim().to_owned()),
                        value: header_value(value.trim().to_owned()),
                        span: Span::default(),
                        value_span: None,
                    });
                }
            }
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-urlencode" | "--json" => {
                has_body = true;
                words.next();
            }
            "-b" | "--cookie" => {
                if let Some(cookie) = words.next() {
                    headers.push(Header {
                        name: HeaderName::from("Cookie"),
                        value: header_value(cookie.clone()),
                        span: Span::default(),
                        value_span: None,
                    });
                }
            }
            "-u" | "--user" | "-A" | "--user-agent" | "-e" | "--referer" | "-o" | "--output" => {
                words.next();
            }
            w if !w.starts_with('-') && url.is_none() => url = Some(w.to_owned()),
            _ => {}
        }
    }
    let method = method.unwrap_or_else(|| if has_body { "POST" } else { "GET" }.to_owned());
    Some(build(method.to_ascii_uppercase(), &url?, headers, None))
}

/// A JS string literal at the start: `"…"`, `'…'` or a template literal without substitutions.
fn string_literal(text: &str) -> Option<(String, &str)> {
    let quote = text
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let body = text.get(1..)?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    out.push(escaped);
                }
            }
            c if c == quote => return Some((out, body.get(i + 1..)?)),
            c => out.push(c),
        }
    }
    None
}

/// Splits a shell command line into words: single and double quotes, backslash escapes and
/// line continuations, as a POSIX shell would for the simple commands DevTools writes.
fn shell_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    word.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                word.push(escaped);
                            }
                        }
                        c => word.push(c),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') | Some('\r') | None => {}
                Some(escaped) => {
                    in_word = true;
                    word.push(escaped);
                }
            },
            '$' if chars.peek() == Some(&'\'') => in_word = true,
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn host_of(url: &str) -> Option<String> {
    let rest = crate::search::split_once(url, "://")?.1;
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let host = crate::http::line::after_last(rest.get(..end)?, b'@');
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

    #[test]
    fn requests_pasted_as_code() {
        let r = from_command(br#"fetch("https://api.test/v1/orders?key=abc", {"headers": {"authorization": "Bearer x"}, "body": "{}", "method": "POST"});"#).unwrap();
        assert_eq!(
            (r.method.as_str(), r.url.as_str()),
            ("POST", "https://api.test/v1/orders?key=••••")
        );
        assert_eq!(r.headers[0].value, "Bearer ••••");
        let r = from_command(b"curl 'https://api.test/v1' \\\n  -H 'accept: application/json' \\\n  --data-raw '{\"a\":1}'").unwrap();
        assert_eq!(
            (r.method.as_str(), r.url.as_str()),
            ("POST", "https://api.test/v1")
        );
        assert_eq!(r.headers[0].name, "accept");
        assert!(from_command(b"HTTP/1.1 200 OK").is_none());
    }
}
