//! `curl -v` output: `*` lines (curl's own notes), `>` lines (the request), `<` lines (the
//! response head), then the body as curl printed it. The response lines are stripped of their
//! prefix and joined with the body into the text the HTTP stages read; a span map leads back.

use crate::search::find_short_bytes;

use super::request;
use super::spans::SpanMap;
use super::Prepared;
use crate::http::headers::looks_like_header_line;
use crate::http::line::{line_at, trim, Ending};
use crate::report::{header_name, header_value, Header, InputFormat, Request, Span, TransportNote};

/// What curl's messages mean. Matched as substrings of a `*` line; the first match wins.
/// Source: curl's libcurl-errors(3) man page and lib/ source messages (strerror.c, connect.c,
/// transfer.c, http.c, vtls/openssl.c).
const CURL_MESSAGES: &[(&str, bool, &str)] = &[
    ("Empty reply from server", true, "The server closed the connection without sending any response (CURLE_GOT_NOTHING, 52): the process behind the port crashed, or a proxy or load balancer dropped the request."),
    ("Connection refused", true, "Nothing accepted the TCP connection (CURLE_COULDNT_CONNECT, 7): no process listens on that address and port, or a firewall rejected it."),
    ("Failed to connect", true, "curl could not open a TCP connection (CURLE_COULDNT_CONNECT, 7): check the host, the port and any firewall."),
    ("Could not resolve host", true, "The host name did not resolve (CURLE_COULDNT_RESOLVE_HOST, 6): a DNS problem or a typo in the URL."),
    ("Could not resolve proxy", true, "The proxy's host name did not resolve (CURLE_COULDNT_RESOLVE_PROXY, 5)."),
    ("Connection timed out", true, "The TCP connection was not accepted in time (CURLE_OPERATION_TIMEDOUT, 28): the host drops packets (firewall, security group) or is down."),
    ("Operation timed out", true, "The transfer did not finish in the time allowed (CURLE_OPERATION_TIMEDOUT, 28): the server was too slow to answer, or the network path drops packets."),
    ("Connection reset by peer", true, "The other side reset the TCP connection (CURLE_RECV_ERROR, 56): a crashed process, an idle timeout on a proxy, or a TLS/protocol mismatch."),
    ("Recv failure", true, "Receiving data failed (CURLE_RECV_ERROR, 56): the connection was broken while waiting for the response."),
    ("Send failure", true, "Sending the request failed (CURLE_SEND_ERROR, 55): the server closed the connection early."),
    ("SSL certificate problem", true, "The server's TLS certificate did not verify (CURLE_PEER_FAILED_VERIFICATION, 60): expired, self-signed, wrong host name or missing intermediate certificate."),
    ("certificate verify failed", true, "The server's TLS certificate did not verify (CURLE_PEER_FAILED_VERIFICATION, 60)."),
    ("no alternative certificate subject name matches", true, "The certificate is not valid for this host name (CURLE_PEER_FAILED_VERIFICATION, 60)."),
    ("SSL_ERROR_SYSCALL", true, "The TLS handshake broke off (CURLE_SSL_CONNECT_ERROR, 35): the server or a middlebox closed the connection, often because it does not speak TLS on that port or rejected the SNI."),
    ("SSL_connect", true, "The TLS handshake failed (CURLE_SSL_CONNECT_ERROR, 35)."),
    ("TLS connect error", true, "The TLS handshake failed (CURLE_SSL_CONNECT_ERROR, 35)."),
    ("wrong version number", true, "TLS was spoken to a server that answered in plain HTTP (or vice versa): the port or the scheme is wrong."),
    ("alert handshake failure", true, "The server refused the TLS handshake: no common protocol version or cipher, or a client certificate is required."),
    ("was not closed cleanly", true, "The HTTP/2 stream was reset before the response ended (CURLE_HTTP2_STREAM, 92): a proxy or the server gave up mid-response."),
    ("transfer closed with", true, "The connection closed before the whole body arrived (CURLE_PARTIAL_FILE, 18): the response is truncated; the server or a proxy died mid-transfer or hit a timeout."),
    ("Received HTTP/0.9 when not allowed", true, "The server did not answer in HTTP (CURLE_UNSUPPORTED_PROTOCOL, 1): something that is not an HTTP server listens on that port."),
    ("Proxy CONNECT aborted", true, "The proxy refused or broke the CONNECT tunnel."),
    ("CONNECT tunnel failed", true, "The proxy refused the CONNECT tunnel; its response says why."),
    ("Maximum (", true, "Too many redirects (CURLE_TOO_MANY_REDIRECTS, 47): the redirects loop."),
    ("The requested URL returned error", false, "curl --fail (-f) stops at a status of 400 or more and prints only this line (CURLE_HTTP_RETURNED_ERROR, 22); --fail-with-body keeps the body, -i shows the head."),
    ("Connected to ", false, "curl reached this host and address: the hop that was called."),
    ("Trying ", false, "The address curl tried to connect to."),
    ("ALPN: server accepted", false, "The protocol the server agreed to speak (h2, http/1.1)."),
    ("SSL connection using", false, "The TLS version and cipher agreed."),
    ("Issue another request to this URL", false, "curl follows a redirect (-L)."),
];

/// Lines from the start, and bytes, within which `curl -v` output shows a `< HTTP/` response
/// line, a `> ` request line or one of curl's connection notes (a long body on one line is not
/// searched through).
pub(super) const LINES: usize = 400;
pub(super) const HEAD: usize = 64 * 1024;

/// Whether the line at `at` of `head` (the paste's first `HEAD` bytes) is curl's response or
/// request line. `super::first_lines` asks it of the first `LINES` lines.
pub(super) fn marks_line(head: &[u8], at: usize) -> bool {
    let rest = head.get(at..).unwrap_or_default();
    rest.starts_with(b"< HTTP/")
        || (rest.starts_with(b"> ")
            && request::parse_request_line(line_at(head, at + 2).bytes(head)).is_some())
}

/// Whether one of curl's connection notes starts in `head[..end]`: they start a line, or follow
/// the progress meter on it. Found from their `*` (rare in a page), not one search per note.
pub(super) fn notes_before(head: &[u8], end: usize) -> bool {
    const NOTES: [&[u8]; 3] = [
        b"*   Trying ",
        b"* Connected to ",
        b"* Could not resolve host",
    ];
    let mut at = 0;
    while let Some(found) = head.get(at..end).and_then(|t| memchr::memchr(b'*', t)) {
        let star = at + found;
        let rest = head.get(star..).unwrap_or_default();
        if NOTES.iter().any(|n| rest.starts_with(n)) {
            return true;
        }
        at = star + 1;
    }
    false
}

/// Whether the paste looks like `curl -v` output (see `marks_line` and `notes_before`).
pub fn looks_verbose(input: &[u8]) -> bool {
    super::first_lines(input, false).curl
}

#[derive(PartialEq, Eq)]
enum State {
    Before,
    Head,
    Body,
}

pub fn prepare(input: &[u8]) -> Prepared<'static> {
    let mut text = Vec::with_capacity(input.len());
    let mut map = SpanMap::default();
    let mut transport = Vec::new();
    let mut request: Option<Request> = None;
    let mut pending_request: Option<(String, String, Vec<Header>, Span)> = None;
    let mut state = State::Before;
    let mut body = BodySoFar::default();
    let mut append = |text: &mut Vec<u8>, from: usize, to: usize| {
        let bytes = input.get(from..to).unwrap_or_default();
        map.push(text.len(), from, bytes.len());
        text.extend_from_slice(bytes);
    };

    let mut pos = 0;
    while pos < input.len() {
        let line = line_at(input, pos);
        let bytes = line.bytes(input);
        let with_ending = line.next;
        pos = line.next;

        if let Some(note) = bytes.strip_prefix(b"*") {
            let body_line = state == State::Body && body.holds(note);
            if !body_line && (note.is_empty() || note.first() == Some(&b' ')) {
                // Not an end of the body: curl writes notes to stderr and the body to stdout, so
                // in a pasted terminal the two interleave.
                transport.push(note_for(trim(note), Span::new(line.start, line.end)));
                continue;
            }
        }
        if bytes.starts_with(b"curl: (") {
            // curl's final error line, e.g. `curl: (52) Empty reply from server`.
            let message = bytes.get(6..).unwrap_or_default();
            transport.push(note_for(trim(message), Span::new(line.start + 6, line.end)));
            continue;
        }
        if is_progress_meter(bytes) {
            // The progress meter redraws itself with CR; a note may follow on the same line.
            if let Some(at) = find_short_bytes(bytes, b"* ") {
                let note = bytes.get(at + 1..).unwrap_or_default();
                transport.push(note_for(trim(note), Span::new(line.start + at, line.end)));
            }
            continue;
        }
        if bytes.starts_with(b"{ [") || bytes.starts_with(b"} [") {
            continue;
        }
        if let Some(rest) = strip_prefix_marker(bytes, b'>') {
            let rest_start = line.end - rest.len();
            if let Some((method, target)) = request::parse_request_line(rest) {
                finish_request(&mut pending_request, &mut request);
                pending_request =
                    Some((method, target, Vec::new(), Span::new(line.start, line.end)));
            } else if let Some((_, _, headers, span)) = pending_request.as_mut() {
                if let Some((name, value)) = split_header(rest) {
                    headers.push(Header {
                        name: header_name(name),
                        value: header_value(value),
                        span: Span::new(rest_start, line.end),
                        value_span: None,
                    });
                }
                span.end = line.end;
            }
            continue;
        }
        if let Some(rest) = strip_prefix_marker(bytes, b'<') {
            finish_request(&mut pending_request, &mut request);
            let rest_start = line.end - rest.len();
            // Keep the line ending so the head reads as written.
            append(&mut text, rest_start, with_ending);
            if line.ending == Ending::Eof {
                text.extend_from_slice(b"\r\n");
            }
            state = if trim(rest).is_empty() {
                State::Body
            } else {
                body.head_line(rest);
                State::Head
            };
            continue;
        }
        match state {
            State::Body => {
                body.line(bytes.len(), line.ending);
                // curl's notes go to stderr and can land on the body's last line when the body
                // does not end in a newline: `</html>* Connection #0 to host x left intact`.
                match find_trailing_note(bytes) {
                    Some(at) => {
                        append(&mut text, line.start, line.start + at);
                        let note = bytes.get(at + 1..).unwrap_or_default();
                        transport.push(note_for(trim(note), Span::new(line.start + at, line.end)));
                    }
                    None => append(&mut text, line.start, with_ending),
                }
            }
            State::Head => {
                // A pasted head that lost its `< ` prefixes on some lines.
                if looks_like_header_line(bytes) {
                    append(&mut text, line.start, with_ending);
                }
            }
            State::Before => {}
        }
    }
    finish_request(&mut pending_request, &mut request);
    Prepared {
        map: Some(map),
        request,
        transport,
        ..Prepared::new(
            Some(InputFormat::CurlVerbose),
            std::borrow::Cow::Owned(text),
        )
    }
}

/// How much of the body the paste has shown, against the Content-Length of its head: a line
/// that starts with `* ` inside the declared length is body (Squid's error page CSS has `* {`).
#[derive(Default)]
struct BodySoFar {
    declared: Option<u64>,
    bytes: u64,
    /// Lines that ended in a bare LF: each may have been a CRLF the paste converted.
    lf_lines: u64,
}

impl BodySoFar {
    fn head_line(&mut self, line: &[u8]) {
        if line.starts_with(b"HTTP/") {
            // A new response: its own head and body.
            *self = BodySoFar::default();
        } else if let Some((name, value)) = split_header(line) {
            if name.eq_ignore_ascii_case("content-length") {
                self.declared = crate::http::line::parse_u64(value.trim().as_bytes());
            }
        }
    }

    fn line(&mut self, len: usize, ending: Ending) {
        let ending_len = match ending {
            Ending::CrLf => 2,
            Ending::Lf => 1,
            Ending::Eof => 0,
        };
        self.bytes += (len + ending_len) as u64;
        self.lf_lines += u64::from(ending == Ending::Lf);
    }

    /// Whether a `*` line (`note` is what follows the star) is a line of the body. curl's notes
    /// are sentences (`* Connection #0 to host x left intact`); a star followed by anything
    /// else (`* {`, `*/`) is body, and so is any line while the declared length is not yet
    /// reached, unless it is one of the notes curl writes when a transfer ends.
    fn holds(&self, note: &[u8]) -> bool {
        let sentence =
            note.first() == Some(&b' ') && note.get(1).is_some_and(u8::is_ascii_alphanumeric);
        if !sentence {
            return true;
        }
        let unfinished = self
            .declared
            .is_some_and(|declared| self.bytes + self.lf_lines < declared);
        unfinished && !ends_transfer(trim(note))
    }
}

/// curl's notes that end a transfer (the connection kept or closed, or an error).
fn ends_transfer(note: &[u8]) -> bool {
    const ENDINGS: &[&[u8]] = &[
        b"Connection #",
        b"Closing connection",
        b"shutting down connection",
    ];
    ENDINGS.iter().any(|e| note.starts_with(e))
        || CURL_MESSAGES
            .iter()
            .any(|&(needle, error, _)| error && find_short_bytes(note, needle.as_bytes()).is_some())
}

/// curl's progress meter: its two heading lines and its rows of numbers and times.
fn is_progress_meter(line: &[u8]) -> bool {
    if find_short_bytes(line, b"% Total    % Received").is_some()
        || find_short_bytes(line, b"Dload  Upload").is_some()
    {
        return true;
    }
    let before_note = match find_short_bytes(line, b"* ") {
        Some(at) => line.get(..at).unwrap_or_default(),
        None => line,
    };
    let mut fields = 0;
    for field in before_note
        .split(|&b| b == b' ' || b == b'\r' || b == b'\t')
        .filter(|f| !f.is_empty())
    {
        let numeric = field.iter().all(|&b| {
            b.is_ascii_digit() || matches!(b, b'.' | b':' | b'-' | b'k' | b'M' | b'G' | b'T')
        });
        if !numeric {
            return false;
        }
        fields += 1;
    }
    fields >= 6
}

/// `> GET / HTTP/1.1` → `GET / HTTP/1.1`; a bare `>` or `< ` is an empty line.
fn strip_prefix_marker(line: &[u8], marker: u8) -> Option<&[u8]> {
    match line {
        [m] if *m == marker => Some(&[]),
        [m, b' ' | b'\t', rest @ ..] if *m == marker => Some(rest),
        [m, b'\r'] if *m == marker => Some(&[]),
        _ => None,
    }
}

fn split_header(line: &[u8]) -> Option<(String, String)> {
    let from = usize::from(line.first() == Some(&b':'));
    let colon = line.get(from..)?.iter().position(|&b| b == b':')? + from;
    let name = trim(line.get(..colon)?);
    let value = trim(line.get(colon + 1..)?);
    (!name.is_empty()).then(|| {
        (
            crate::http::line::lossy_owned(name),
            crate::http::line::lossy_owned(value),
        )
    })
}

fn finish_request(
    pending: &mut Option<(String, String, Vec<Header>, Span)>,
    done: &mut Option<Request>,
) {
    if let Some((method, target, headers, span)) = pending.take() {
        *done = Some(request::build(method, &target, headers, Some(span)));
    }
}

/// Where a curl note starts inside a body line, if one does.
fn find_trailing_note(line: &[u8]) -> Option<usize> {
    const NOTES: &[&[u8]] = &[
        b"* Connection #",
        b"* Closing connection",
        b"* shutting down connection",
    ];
    NOTES
        .iter()
        .filter_map(|note| find_short_bytes(line, note))
        .filter(|&at| at > 0)
        .min()
}

pub(crate) fn note_for(message: &[u8], span: Span) -> TransportNote {
    let message = crate::http::line::lossy_owned(message);
    let known = CURL_MESSAGES
        .iter()
        .find(|(needle, _, _)| crate::search::find_short(&message, needle).is_some());
    TransportNote {
        meaning: known.map(|&(_, _, meaning)| meaning),
        error: known.is_some_and(|&(_, error, _)| error),
        message,
        span: Some(span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::memmem;

    /// `curl -v` output of a real Squid error page: its CSS has lines that start with `* `
    /// (`* {`), which are body bytes, not curl notes.
    fn squid_transcript() -> (Vec<u8>, usize) {
        let response = include_bytes!("../../tests/fixtures/squid-503-err-connect-fail.http");
        let split = memmem::find(response, b"\r\n\r\n").unwrap() + 4;
        let (head, body) = response.split_at(split);
        let mut text =
            b"*   Trying 127.0.0.1:3128...\n> GET http://x.test/ HTTP/1.1\n> Host: x.test\n>\n"
                .to_vec();
        for line in head.split_inclusive(|&b| b == b'\n') {
            text.extend_from_slice(b"< ");
            text.extend_from_slice(line);
        }
        text.extend_from_slice(body);
        text.extend_from_slice(b"\n* Connection #0 to host 127.0.0.1 left intact\n");
        (text, body.len())
    }

    #[test]
    fn body_lines_that_start_with_a_star_are_body() {
        let (text, body_len) = squid_transcript();
        let prepared = prepare(&text);
        let report = crate::inspect(&text);
        assert_eq!(report.response.body.length, body_len);
        assert!(report
            .diagnostics
            .iter()
            .all(|d| d.code != crate::Code::CrlfConverted));
        assert!(memmem::find(&prepared.text, b"\n* {\n").is_some());
        // curl's own note after the body is still a note.
        assert!(prepared
            .transport
            .iter()
            .any(|n| n.message.starts_with("Connection #0")));
    }
}
