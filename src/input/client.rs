//! What an HTTP client in any language prints when a request gets an error status: an exception,
//! a warning or a log line that names the status — Java's `Server returned HTTP response code:
//! 502 for URL: …`, Ruby's `502 "Bad Gateway" (Net::HTTPFatalError)`, PHP's `HTTP request failed!
//! HTTP/1.1 502 Bad Gateway` and Guzzle's ``resulted in a `502 Bad Gateway` response``, Go's
//! `Status:502 Bad Gateway`, .NET's `502 (Bad Gateway)`. Read by what such messages share rather
//! than one format each, so clients no table lists are read too: a status code followed by its
//! own reason phrase, or preceded by words that announce one, on a line that shows it is a
//! client's (an exception's or error's class name, a client's own words). A server's page copied
//! as text says the same status (`Error 503 Service Unavailable`, Symfony's `The server returned
//! a "404 Not Found".`) with none of that, and stays a body: its text names its product.
//!
//! The status is the response's; the rest of the paste (the client's stack trace, its file
//! names) is the client's own text, not a body: a stack trace there says nothing about which
//! layer answered. A message that names no status but a connection failure (`java.net.
//! ConnectException: Connection refused`, Go's `dial tcp …: connect: connection refused`) says no
//! response came.

use super::printout::{code_at, Piece, Printout};
use super::Prepared;
use crate::http::line::{line_at, trim};
use crate::report::{InputFormat, Span};

/// Words a client writes just before a bare status code; the first seven are a client's own and
/// show the line is one. Sources: OpenJDK's `sun.net.www.protocol.http.HttpURLConnection` ("Server
/// returned HTTP response code: "), Ruby Faraday's `raise_error.rb` ("the server responded with
/// status "), libcurl's `CURLE_HTTP_RETURNED_ERROR` as PHP's `curl_error` gives it ("The requested
/// URL returned error: "), axios' `settle.js` ("Request failed with status code "), the registry
/// client of Docker, Podman and skopeo (distribution's and containers/image's "received
/// unexpected HTTP status: 502 Bad Gateway"), pnpm's error codes (`ERR_PNPM_FETCH_502`); and a
/// status line quoted within a line, whatever its reason phrase (PHP's `HTTP request failed!
/// HTTP/1.1 503 Backend fetch failed`), and the status errors of the API clients Stainless
/// generates (OpenAI's, Anthropic's: `openai.APIStatusError: Error code: 413`).
const CODE_AFTER: &[&[u8]] = &[
    b"response code: ",
    b"with status ",
    b"returned error: ",
    b"status code ",
    b"status code: ",
    b"unexpected HTTP status: ",
    b"ERR_PNPM_FETCH_",
    b"HTTP/1.1 ",
    b"HTTP/1.0 ",
    b"Error code: ",
];

/// How many of `CODE_AFTER` are a client's own words.
const CLIENT_WORDS: usize = 7;

/// Where pnpm's code is in `CODE_AFTER`: its reason is at the line's end (`pnpm_reason`).
const PNPM: usize = 6;

/// How far into the paste a message is looked for: it leads the exception or warning.
const SEARCH_LIMIT: usize = 64 * 1024;

/// A client's marks on a line, case as written, besides a class name (`from_client`): PHP's
/// warnings, Ruby's `Net::HTTP` objects (`#<Net::HTTPBadGateway 502 …>`) and errno exceptions
/// (`Errno::ECONNREFUSED`), Go's printed `http.Response` (`&{Status:502 …`) and dial errors,
/// Rust's OS errors and reqwest's status errors (`HTTP status server error (503 Service
/// Unavailable) for url (…)`: reqwest's `error.rs`; uv and other Rust tools print it as a cause),
/// PowerShell's cmdlets, .NET's messages (`HttpRequestException`'s "Response
/// status code does not indicate success: 502 (Bad Gateway).", `WebException`'s "The remote server
/// returned an error: (502) Bad Gateway.", also logged without their class names), npm's error
/// lines (npm-registry-fetch's "502 Bad Gateway - GET https://…" under `npm ERR!`, `npm error`
/// since npm 10).
const CLIENT_MARKS: &[&[u8]] = &[
    b"does not indicate success",
    b"npm ERR!",
    b"npm error",
    b"remote server returned an error",
    b"Warning",
    b"#<Net::HTTP",
    b"Errno::",
    b"&{Status:",
    b"dial tcp",
    b"(os error",
    b"HTTP status server error",
    b"HTTP status client error",
    b"Invoke-WebRequest",
    b"Invoke-RestMethod",
];

/// The lines a client's failure message is looked for in: it comes first.
const FAILURE_LINES: usize = 20;

/// What printed the paste, for the `rebuilt-response` diagnostic.
const WHAT: &str = "a client's message naming the status";

/// A paste with no status line whose text names an error status (400 to 599) as a client prints
/// it. A paste that opens like markup or JSON is a body, whatever status its text names.
pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    if opens_as_document(input) {
        return None;
    }
    status_message(input, 0).or_else(|| failure(input))
}

/// Whether the paste opens like markup or JSON: a body, whatever its text names.
fn opens_as_document(input: &[u8]) -> bool {
    matches!(
        input.get(crate::http::line::skip_whitespace(input, 0)),
        None | Some(b'<' | b'{' | b'[')
    )
}

/// The status a client's message names, on the first line from `from` that names one
/// (`prepare` without the failures: the Node and Python readers ask it of an error printed
/// without its response, from the exception's line).
pub(crate) fn status_message(input: &[u8], from: usize) -> Option<Prepared<'_>> {
    if opens_as_document(input) {
        return None;
    }
    let text = input.get(..SEARCH_LIMIT).unwrap_or(input);
    let mut pos = from;
    while pos < text.len() {
        let line = line_at(text, pos);
        if let Some((code, reason)) = mention(text, line.start, line.end) {
            let mut printout = Printout::new(InputFormat::ClientMessage, WHAT);
            printout.code = Some(code);
            printout.reason = reason.map(Piece::Raw);
            printout.headers = go_header(text, line.start, line.end);
            if printout.headers.is_empty() {
                printout.headers = dumped_head(text, line.next);
            }
            if let Some(excerpt) = guzzle_excerpt(text, line.start, line.end, line.next) {
                printout.what = GUZZLE;
                printout.body.push(excerpt);
            }
            return Some(printout.prepare(input));
        }
        pos = line.next;
    }
    None
}

/// A client's message that no response came: a line among the first `FAILURE_LINES` that is a
/// client's (`from_client`) and names a known failure (`meanings::failure`), kept as a transport
/// note. A server's page that quotes a failure is not a client's: Envoy's `upstream connect error
/// or disconnect/reset before headers. … Connection refused`, mitmproxy's `[Errno 111] Connect
/// call failed`.
#[inline(never)]
fn failure(input: &[u8]) -> Option<Prepared<'_>> {
    let mut pos = 0;
    for _ in 0..FAILURE_LINES {
        let line = line_at(input, pos);
        let text = line.bytes(input);
        // The message leads its line; a line of a megabyte is looked at no further than that.
        let head = text.get(..512).unwrap_or(text);
        let marked = from_client(head);
        let indent = text.len() - text.trim_ascii_start().len();
        let span = Span::new(line.start + indent, line.start + indent + trim(text).len());
        if let Some(prepared) = marked
            .then(|| super::printout::failure(input, span, InputFormat::ClientMessage, WHAT))
            .flatten()
        {
            return Some(prepared);
        }
        if line.next >= input.len() {
            break;
        }
        pos = line.next;
    }
    None
}

/// The first error status the line `start..end` names, with its reason phrase when it has one:
/// `502 Bad Gateway`, `502 "Bad Gateway"`, `502 (Bad Gateway)`, `(502) Bad Gateway`, or a bare
/// code after `CODE_AFTER`'s words; on a line that is a client's (`from_client`, or a client's
/// own words before the code). A code at the start of the line is a page's own text (`400 Bad
/// Request` from Go's net/http), not a client's message about it; so is a line of markup.
fn mention(input: &[u8], start: usize, end: usize) -> Option<((u16, Span), Option<Span>)> {
    let line = input.get(start..end)?;
    let indent = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
    // A line of markup is a page's (`<title>502 Bad Gateway</title>`), pasted after other text.
    if line.get(indent) == Some(&b'<') {
        return None;
    }
    let mut at = indent + 1;
    let mut client = None;
    while at + 3 <= line.len() {
        let digits = line.get(at..at + 3)?;
        let before = line.get(at - 1).copied().unwrap_or(b' ');
        let after = line.get(at + 3).copied().unwrap_or(b' ');
        if matches!(digits.first(), Some(b'4' | b'5'))
            && digits.iter().all(u8::is_ascii_digit)
            && !before.is_ascii_alphanumeric()
            && !after.is_ascii_alphanumeric()
            && before != b'.'
        {
            let code = code_at(input, Span::new(start + at, start + at + 3))?;
            // What opens the reason: `502 Bad…`, `502 "Bad…`, `502 (Bad…`, `(502) Bad…`.
            let rest = line.get(at + 3..).unwrap_or_default();
            let opening = match rest {
                [b')', b' ', ..] if before == b'(' => 2,
                [b' ', b'"' | b'\'' | b'(' | b'`', ..] => 2,
                [b' ', ..] => 1,
                _ => 0,
            };
            let reason = (opening > 0)
                .then(|| reason_length(code.0, rest.get(opening..).unwrap_or_default()))
                .flatten()
                .map(|length| {
                    let from = start + at + 3 + opening;
                    Span::new(from, from + length)
                });
            let announced = CODE_AFTER
                .iter()
                .position(|words| line.get(..at).is_some_and(|head| head.ends_with(words)));
            // Whether the line is a client's is asked only of a line that names a code.
            let by_client = announced.is_some_and(|i| i < CLIENT_WORDS)
                || *client.get_or_insert_with(|| from_client(line));
            // A quoted status line's reason is whatever the server wrote, to the line's end or
            // the closing quote (PHP's `HTTP/1.1 503 Backend fetch failed`: Varnish's own); so
            // is one in parentheses after the code (got's `status code 503 (Backend fetch
            // failed)`, .NET's `502 (Bad Gateway)`), to the closing one.
            let quoted_line = announced.is_some_and(|i| i >= CLIENT_WORDS) && opening == 1;
            let in_parentheses = rest.starts_with(b" (");
            let reason = reason.or_else(|| {
                if announced == Some(PNPM) {
                    return pnpm_reason(rest, start + at + 3);
                }
                let text = rest.get(opening..)?;
                let length = if quoted_line {
                    text.iter().position(|&b| b == b'"').unwrap_or(text.len())
                } else if in_parentheses {
                    let length = text.iter().position(|&b| b == b')')?;
                    // Ruby ends an uncaught exception's line with its class in parentheses
                    // (`status 503 (Faraday::ServerError)`): a class name, not a reason.
                    if is_class_name(text.get(..length)?) {
                        return None;
                    }
                    length
                } else {
                    return None;
                };
                let from = start + at + 3 + opening;
                (length > 0).then(|| Span::new(from, from + length))
            });
            if by_client && (reason.is_some() || announced.is_some()) {
                return Some((code, reason));
            }
        }
        at += 1;
    }
    None
}

/// The reason phrase on pnpm's line after its code, as its `FetchError` writes it (pnpm's
/// `network/fetching-types`): `ERR_PNPM_FETCH_503  GET <url>: Backend fetch failed - 503`, what
/// the server sent, between the URL's `: ` and the repeated code. `rest` follows the code and
/// starts at `from` in the input.
fn pnpm_reason(rest: &[u8], from: usize) -> Option<Span> {
    let colon = crate::search::memmem::find(rest, b": ")? + 2;
    let after = rest.get(colon..)?;
    let lead = after.len() - after.trim_ascii_start().len();
    let text = after.get(lead..)?.trim_ascii_end();
    // ` - 503` ends the line; the reason may hold a dash of its own.
    let length = text.len().checked_sub(6)?;
    let ending = text.get(length..)?;
    let is_code = ending.starts_with(b" - ") && ending.iter().skip(3).all(u8::is_ascii_digit);
    let start = from + colon + lead;
    (is_code && length > 0).then(|| Span::new(start, start + length))
}

/// What printed a body excerpt, for the `rebuilt-response` diagnostic.
const GUZZLE: &str = "Guzzle's message (the body's first 120 bytes at most)";

/// The body excerpt Guzzle puts after its message (`RequestException::create`, and
/// `Message::bodySummary` of guzzlehttp/psr7): the message line ends ``resulted in a `502 Bad
/// Gateway` response:``, then come the body's first 120 bytes, ` (truncated...)` when there were
/// more, and a line break. A shorter body ends where PHP's ` in /file.php:113`, Laravel's
/// ` {"exception":…}` or a stack trace follows it. Enough for a page's opening lines.
// Not inlined: Guzzle's messages are rare; `status_message` has several callers.
#[inline(never)]
fn guzzle_excerpt(input: &[u8], start: usize, end: usize, next: usize) -> Option<Piece> {
    if !input
        .get(start..end)?
        .trim_ascii_end()
        .ends_with(b"` response:")
    {
        return None;
    }
    let rest = input.get(next..)?;
    // The 120 bytes, ` (truncated...)` and the line break.
    let window = rest.get(..136).unwrap_or(rest);
    let mut length = crate::search::memmem::find(window, b" (truncated...)");
    if length.is_none() {
        // Not cut: 120 bytes at most, then the line break before what follows the message.
        let mut pos = 0;
        while let Some(rel) = window
            .get(pos..)
            .and_then(|w| crate::http::line::find_byte(b'\n', w))
        {
            let after = window.get(pos + rel + 1..).unwrap_or_default();
            if after.starts_with(b" in ") || after.starts_with(b" {") || after.starts_with(b"Stack")
            {
                length = Some(pos + rel);
                break;
            }
            pos += rel + 1;
        }
        if window.len() < 121 {
            length = length.or(Some(window.trim_ascii_end().len()));
        }
    }
    length
        .filter(|&l| l > 0)
        .map(|l| Piece::Raw(Span::new(next, next + l)))
}

/// The header map of Go's `http.Response` as `%+v` prints it on the status's line: `Header:map[
/// Content-Length:[157] Date:[Thu, 03 Dec 2026 16:07:40 GMT] Server:[nginx/1.22.1]]`, each name
/// then its values in brackets (fmt's `%v` of a `map[string][]string`, keys sorted). Several
/// values print space-separated, as one value with spaces does: each bracket is read as one value.
fn go_header(input: &[u8], start: usize, end: usize) -> Vec<(Piece, Piece)> {
    const MAP: &[u8] = b" Header:map[";
    let mut headers = Vec::new();
    let line = input.get(start..end).unwrap_or_default();
    let Some(open) = crate::search::memmem::find(line, MAP) else {
        return headers;
    };
    let mut at = start + open + MAP.len();
    // Each entry is `Name:[values]`; the map ends at its own `]`.
    while let Some(rest) = input.get(at..end) {
        let Some(colon) = crate::search::memmem::find(rest, b":[") else {
            break;
        };
        let name = rest.get(..colon).unwrap_or_default();
        let values = at + colon + 2;
        let Some(close) = input
            .get(values..end)
            .and_then(|v| crate::http::line::find_byte(b']', v))
        else {
            break;
        };
        if !is_header_name(name) {
            break;
        }
        headers.push((
            Piece::Raw(Span::new(at, at + colon)),
            Piece::Raw(Span::new(values, values + close)),
        ));
        at = values + close + 1;
        match input.get(at) {
            Some(b' ') => at += 1,
            _ => break,
        }
    }
    headers
}

/// The head a PHP program dumps after the warning, `$http_response_header` as `var_dump` writes
/// it (`string(15) "Server: Varnish"`) or `print_r` (`[2] => Server: Varnish`): one header per
/// line, in the lines after the status's (its status line is skipped: the warning named it).
fn dumped_head(input: &[u8], from: usize) -> Vec<(Piece, Piece)> {
    let mut headers = Vec::new();
    let mut pos = from;
    for _ in 0..200 {
        if pos >= input.len() {
            break;
        }
        let line = line_at(input, pos);
        pos = line.next;
        let text = line.bytes(input);
        // Where the header's text starts and ends within the line.
        let inner = if let Some(open) = text
            .starts_with(b"  string(")
            .then(|| crate::http::line::find_byte(b'"', text))
            .flatten()
        {
            (open + 1, text.len() - usize::from(text.ends_with(b"\"")))
        } else if let Some(arrow) = crate::search::memmem::find(text, b"] => ") {
            (arrow + 5, text.len())
        } else {
            continue;
        };
        let header = text.get(inner.0..inner.1).unwrap_or_default();
        let Some(colon) = crate::search::memmem::find(header, b": ") else {
            continue;
        };
        let name = header.get(..colon).unwrap_or_default();
        if !is_header_name(name) {
            continue;
        }
        let start = line.start + inner.0;
        headers.push((
            Piece::Raw(Span::new(start, start + colon)),
            Piece::Raw(Span::new(start + colon + 2, line.start + inner.1)),
        ));
    }
    headers
}

/// A header name as the printed heads write it: letters, digits and hyphens.
fn is_header_name(name: &[u8]) -> bool {
    !name.is_empty() && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Whether a line shows it is a client's: a class name ending in `Exception` or `Error` (a letter
/// before it: `java.io.IOException`, `Net::HTTPFatalError`, `Faraday::ServerError`,
/// `HttpRequestException`), or one of `CLIENT_MARKS`. A page's text says `Error 503`, `Internal
/// Server Error` or `Syntax error`: no class name.
fn from_client(line: &[u8]) -> bool {
    let class = (1..line.len()).any(|at| {
        let rest = line.get(at..).unwrap_or_default();
        (rest.starts_with(b"Exception") || rest.starts_with(b"Error"))
            && line.get(at - 1).is_some_and(u8::is_ascii_alphabetic)
    });
    class
        || CLIENT_MARKS
            .iter()
            .any(|mark| crate::search::find_short_bytes(line, mark).is_some())
}

/// Whether a word is a class name: `Faraday::ServerError`, `HTTPError`, `java.io.IOException`.
fn is_class_name(word: &[u8]) -> bool {
    !word.contains(&b' ')
        && (crate::search::find_short_bytes(word, b"::").is_some()
            || word.ends_with(b"Error")
            || word.ends_with(b"Exception"))
}

/// How many bytes of `text` are `code`'s reason phrase (registered, or a variant servers send):
/// the longest run of its first words that is one (`Gateway Time-out readbody=true` → 16).
#[inline(never)]
fn reason_length(code: u16, text: &[u8]) -> Option<usize> {
    crate::status::lookup(code)?;
    let mut found = None;
    for (at, last) in text.iter().enumerate().take(40) {
        let next = text.get(at + 1).copied().unwrap_or(b' ');
        if last.is_ascii_alphanumeric() && !next.is_ascii_alphanumeric() {
            let words = crate::http::line::lossy(text.get(..=at).unwrap_or_default());
            if crate::status::reason_matches(code, &words) {
                found = Some(at + 1);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Option<(u16, Option<&str>)> {
        let (code, reason) = mention(line.as_bytes(), 0, line.len())?;
        Some((code.0, reason.and_then(|r| line.get(r.start..r.end))))
    }

    #[test]
    fn mentions() {
        assert_eq!(
            found(
                "java.io.IOException: Server returned HTTP response code: 502 for URL: http://x/"
            ),
            Some((502, None))
        );
        assert_eq!(
            found("in `error!': 502 \"Bad Gateway\" (Net::HTTPFatalError)"),
            Some((502, Some("Bad Gateway")))
        );
        assert_eq!(
            found("#<Net::HTTPGatewayTimeOut 504 Gateway Time-out readbody=true>"),
            Some((504, Some("Gateway Time-out")))
        );
        assert_eq!(
            found("Response status code does not indicate success: 503 (Service Unavailable)."),
            Some((503, Some("Service Unavailable")))
        );
        assert_eq!(
            found("The remote server returned an error: (502) Bad Gateway."),
            Some((502, Some("Bad Gateway")))
        );
        assert_eq!(
            found("&{Status:502 Bad Gateway StatusCode:502"),
            Some((502, Some("Bad Gateway")))
        );
        // As pasted in spring-cloud/spring-cloud-openfeign#828 and cloudfoundry-community/autosleep#162.
        assert_eq!(
            found(
                "feign.FeignException$BadGateway: [502 Bad Gateway] during [POST] to [http://x/]"
            ),
            Some((502, Some("Bad Gateway")))
        );
        assert_eq!(
            found("OUT Caused by: org.springframework.web.client.HttpServerErrorException: 502 Bad Gateway"),
            Some((502, Some("Bad Gateway")))
        );
        // reqwest's status error as uv prints it, under `Caused by:`.
        assert_eq!(
            found("  Caused by: HTTP status server error (503 Service Unavailable) for url (https://x/)"),
            Some((503, Some("Service Unavailable")))
        );
        // got's message keeps the reason as the server sent it, in parentheses; Ruby's
        // parentheses after a message hold the exception's class (Faraday).
        assert_eq!(
            found("HTTPError: Request failed with status code 503 (Backend fetch failed): GET http://x/"),
            Some((503, Some("Backend fetch failed")))
        );
        assert_eq!(
            found("`on_complete': the server responded with status 503 (Faraday::ServerError)"),
            Some((503, None))
        );
        assert_eq!(
            found("AxiosError: Request failed with status code 502"),
            Some((502, None))
        );
        // Docker's and skopeo's registry client, npm (as pasted in issue threads), pnpm (as in
        // tests/inputs/pnpm-add-varnish-503.txt); npm's error code is not a status.
        assert_eq!(
            found("Error response from daemon: received unexpected HTTP status: 502 Bad Gateway"),
            Some((502, Some("Bad Gateway")))
        );
        assert_eq!(
            found("npm ERR! 502 Bad Gateway - GET https://registry.npmjs.org/x"),
            Some((502, Some("Bad Gateway")))
        );
        assert_eq!(
            found(" ERR_PNPM_FETCH_503  GET http://x/: Backend fetch failed - 503"),
            Some((503, Some("Backend fetch failed")))
        );
        assert_eq!(
            found(" ERR_PNPM_FETCH_502  GET https://registry.npmjs.org/x: Bad Gateway - 502"),
            Some((502, Some("Bad Gateway")))
        );
        assert_eq!(
            found(" ERR_PNPM_FETCH_503  GET http://x/: - 503"),
            Some((503, None))
        );
        assert_eq!(found("npm error code E502"), None);
        // OpenAI's and Anthropic's Python clients (tests/inputs/openai-python-*).
        assert_eq!(
            found("openai.APIStatusError: Error code: 413"),
            Some((413, None))
        );
        // A page's own first words, a size, a version, a port, a success: none is a message.
        assert_eq!(found("400 Bad Request"), None);
        assert_eq!(found(" <title>502 Bad Gateway</title>"), None);
        assert_eq!(found("  400 Bad Request  "), None);
        assert_eq!(
            found("x.HTTPError 404 Not Found  "),
            Some((404, Some("Not Found")))
        );
        assert_eq!(found("  GET /x 502 157 \"-\""), None);
        assert_eq!(found("nginx/1.502 Bad Gateway"), None);
        assert_eq!(found("listening on 127.0.0.1:4040"), None);
        assert_eq!(found("got 200 OK"), None);
        assert_eq!(found("got 502 Bad Gatewayish"), None);
        // A page's text, copied: no class name, no client's words.
        assert_eq!(found("Error 404 Not Found"), None);
        assert_eq!(found("The server returned a \"404 Not Found\"."), None);
        assert_eq!(
            found("HTTPError: 404 Not Found"),
            Some((404, Some("Not Found")))
        );
    }

    #[test]
    fn failures() {
        let refused = |paste: &str| {
            prepare(paste.as_bytes())
                .and_then(|p| p.transport.first().and_then(|n| n.meaning))
                .is_some_and(|m| m == crate::input::meanings::REFUSED)
        };
        assert!(refused(
            "Exception in thread \"main\" java.net.ConnectException: Connection refused\n\tat x\n"
        ));
        assert!(refused(
            "2026/12/03 16:13:29 Get \"http://x/\": dial tcp 127.0.0.1:1: connect: connection refused\n"
        ));
        // A proxy's own page quoting the failure is a body, not a client's message.
        assert!(prepare(b"upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: Connection refused").is_none());
    }

    #[test]
    fn go_headers() {
        let line = b"&{Status:502 Bad Gateway StatusCode:502 Header:map[Content-Length:[157] Date:[Thu, 03 Dec 2026 16:07:40 GMT] Server:[nginx/1.22.1]] Body:0xc0000da300 Trailer:map[]}";
        let pairs: Vec<(String, String)> = go_header(line, 0, line.len())
            .iter()
            .map(|(name, value)| (name.text(line).0, value.text(line).0))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Content-Length", "157"),
                ("Date", "Thu, 03 Dec 2026 16:07:40 GMT"),
                ("Server", "nginx/1.22.1")
            ]
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
        assert!(go_header(b"no map here", 0, 11).is_empty());
    }

    #[test]
    fn dumped_heads() {
        let dump = b"array(3) {\n  [0]=>\n  string(33) \"HTTP/1.1 503 Backend fetch failed\"\n  [1]=>\n  string(15) \"Server: Varnish\"\n}\nArray\n(\n    [0] => HTTP/1.1 503 Backend fetch failed\n    [1] => Via: 1.1 varnish (Varnish/7.1)\n)\n";
        let pairs: Vec<(String, String)> = dumped_head(dump, 0)
            .iter()
            .map(|(name, value)| (name.text(dump).0, value.text(dump).0))
            .collect();
        assert_eq!(
            pairs,
            [("Server", "Varnish"), ("Via", "1.1 varnish (Varnish/7.1)")]
                .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
        let warning = "PHP Warning:  file_get_contents(http://x/): Failed to open stream: HTTP request failed! HTTP/1.1 503 Backend fetch failed";
        assert_eq!(found(warning), Some((503, Some("Backend fetch failed"))));
    }

    #[test]
    fn guzzle_excerpts() {
        let excerpt = |paste: &str| {
            let line = line_at(paste.as_bytes(), 0);
            let piece = guzzle_excerpt(paste.as_bytes(), line.start, line.end, line.next)?;
            Some(piece.text(paste.as_bytes()).0)
        };
        let message =
            "Server error: `GET http://x/orders` resulted in a `502 Bad Gateway` response:\n";
        // Truncated (tests/inputs/php-guzzle-nginx-502.txt), short then PHP's ` in`, Laravel's
        // context after a short body, and a body with no excerpt.
        let page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>ngin";
        assert_eq!(
            excerpt(&format!("{message}{page} (truncated...)\n in /x.php:113")).as_deref(),
            Some(page)
        );
        assert_eq!(
            excerpt(&format!(
                "{message}upstream timed out\n in /x.php:113\nStack trace:"
            ))
            .as_deref(),
            Some("upstream timed out")
        );
        assert_eq!(
            excerpt(&format!(
                "{message}{{\"error\":\"busy\"}}\n {{\"exception\":\"[object] …\"}}"
            ))
            .as_deref(),
            Some("{\"error\":\"busy\"}")
        );
        assert_eq!(excerpt(message), None);
        assert_eq!(excerpt("Server error: `GET http://x/` resulted in a `502 Bad Gateway` response\n in /x.php"), None);
    }
}
