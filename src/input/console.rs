//! Chromium DevTools' "Copy console": each message after its source location (`(index):17`,
//! `app.js:12`), stack lines after it (`loadOrders @ (index):17`). The network error lines carry
//! the status the browser received (`GET http://x/orders 502 (Bad Gateway)`, `… net::ERR_FAILED
//! 503 (Service Unavailable)` when CORS hid it from the page, `… net::ERR_CONNECTION_REFUSED`
//! when nothing came); what the page logged carries the rest (`Response {type: 'basic', …,
//! status: 502, …}`, `504 'Gateway Time-out' '<html>\r\n…'`, an object preview of the JSON).

use super::literal;
use super::printout::{code_at, request, Piece, Printout};
use super::{har, request as req, Prepared};
use crate::http::line::{line_at, trim, Line};
use crate::report::{InputFormat, Span, TransportNote};

/// Chromium's console messages about a request the page made, and what they mean. Source:
/// Chromium's CORS error strings (services/network/public/cpp/cors/cors_error_status.cc,
/// third_party/blink/renderer/core/fetch) and the Fetch standard's network error.
const MESSAGES: &[(&str, &str)] = &[
    ("has been blocked by CORS policy", "The browser hid the response from the page: it had no Access-Control-Allow-Origin header for the page's origin. Error pages from proxies and load balancers rarely carry CORS headers, so a CORS error often hides a 502 or 503: the status on the network line is what came back."),
    ("Failed to fetch", "fetch() rejected: the request failed at the network level or the browser blocked the response (CORS); the network line says which."),
    ("Failed to load resource", "The browser received an error status for this resource."),
];

const RESPONDED: &[u8] = b"the server responded with a status of ";

const WHAT: &str = "Chromium's console (the network line and what the page logged)";

/// `(index):17  GET …`: where the message starts after its source location.
fn message_start(line: &[u8]) -> Option<usize> {
    let location = line.iter().position(|&b| b == b' ')?;
    let word = line.get(..location)?;
    let colon = word.iter().rposition(|&b| b == b':')?;
    let digits = word.get(colon + 1..)?;
    if colon == 0 || digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let spaces = line
        .get(location..)?
        .iter()
        .take_while(|&&b| b == b' ')
        .count();
    Some(location + spaces)
}

/// `GET http://x/orders net::ERR_FAILED 503 (Service Unavailable)`.
struct NetworkLine {
    method: String,
    url: String,
    error: Option<Span>,
    code: Option<(u16, Span)>,
    reason: Option<Span>,
}

fn network_line(input: &[u8], start: usize, end: usize) -> Option<NetworkLine> {
    let text = input.get(start..end)?;
    let mut words = text.split(|&b| b == b' ');
    let method = std::str::from_utf8(words.next()?).ok()?;
    let url = words.next()?;
    if !req::is_method(method) || !(url.starts_with(b"http") || url.starts_with(b"/")) {
        return None;
    }
    let mut at = start + method.len() + 1 + url.len();
    let mut found = NetworkLine {
        method: method.to_owned(),
        url: crate::http::line::lossy_owned(url),
        error: None,
        code: None,
        reason: None,
    };
    for word in words {
        let span = Span::new(at + 1, at + 1 + word.len());
        at = span.end;
        if word.starts_with(b"net::ERR_") {
            found.error = Some(span);
        } else if found.code.is_none() {
            found.code = code_at(input, span);
        }
    }
    if let Some((_, code)) = found.code {
        // `(Bad Gateway)` after the code, to the end of the line.
        let rest = input.get(code.end..end).unwrap_or_default();
        if rest.starts_with(b" (") && rest.ends_with(b")") {
            found.reason = Some(Span::new(code.end + 2, end - 1));
        }
    }
    Some(found)
}

pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    let mut lines: Vec<(Line, usize)> = Vec::new();
    let mut recognised = false;
    let mut pos = 0;
    while pos < input.len() {
        let line = line_at(input, pos);
        pos = line.next;
        let Some(start) = message_start(line.bytes(input)) else {
            continue;
        };
        let start = line.start + start;
        let message = input.get(start..line.end).unwrap_or_default();
        recognised |= network_line(input, start, line.end).is_some()
            || message.starts_with(b"Uncaught ")
            || message.starts_with("Response\u{a0}{".as_bytes())
            || MESSAGES
                .iter()
                .any(|(m, _)| crate::search::find_short_bytes(message, m.as_bytes()).is_some());
        lines.push((line, start));
    }
    if !recognised {
        return None;
    }
    let mut printout = Printout::new(InputFormat::DevtoolsConsole, WHAT);
    let mut logged: Option<(u16, Span)> = None;
    let mut logged_reason = None;
    for &(line, start) in &lines {
        let message = input.get(start..line.end).unwrap_or_default();
        if let Some(network) = network_line(input, start, line.end) {
            if let Some(error) = network.error {
                let name = crate::http::line::lossy_owned(
                    input.get(error.start..error.end).unwrap_or_default(),
                );
                printout.transport.push(TransportNote {
                    meaning: har::browser_error_meaning(&name),
                    // With a status, the response came: the error is the browser's (CORS).
                    error: network.code.is_none(),
                    message: name,
                    span: Some(error),
                });
            }
            if network.code.is_some() {
                printout.code = network.code;
                printout.reason = network.reason.map(Piece::Raw);
                printout.body.clear();
            }
            printout.request = Some(request(&network.method, &network.url));
            continue;
        }
        if let Some(at) = crate::search::memmem::find(message, RESPONDED) {
            // `Failed to load resource: the server responded with a status of 502 (Bad Gateway)`
            let code = start + at + RESPONDED.len();
            if let Some(found) = code_at(input, Span::new(code, code + 3)) {
                printout.code = Some(found);
                let reason = Span::new(code + 5, line.end.saturating_sub(1));
                let shown = input.get(code + 3..code + 5) == Some(b" (")
                    && input.get(line.end.saturating_sub(1)) == Some(&b')');
                printout.reason =
                    (shown && reason.start < reason.end).then_some(Piece::Raw(reason));
                printout.body.clear();
                continue;
            }
        }
        if let Some(&(_, meaning)) = MESSAGES
            .iter()
            .find(|(m, _)| crate::search::find_short_bytes(message, m.as_bytes()).is_some())
        {
            printout.transport.push(TransportNote {
                message: crate::http::line::lossy_owned(trim(message)),
                meaning: Some(meaning),
                error: true,
                span: Some(Span::new(start, line.end)),
            });
            continue;
        }
        logged_status(
            input,
            start,
            line.end,
            &mut logged,
            &mut logged_reason,
            &mut printout.body,
        );
    }
    if printout.code.is_none() {
        printout.code = logged;
        printout.reason = logged_reason;
    }
    Some(printout.prepare(input))
}

/// What the page logged: `Response {…, status: 502, …}`, `503 'Service Unavailable'` (with the
/// body text as a third value), or an object preview (the parsed JSON body).
fn logged_status(
    input: &[u8],
    start: usize,
    end: usize,
    code: &mut Option<(u16, Span)>,
    reason: &mut Option<Piece>,
    body: &mut Vec<Piece>,
) {
    let message = input.get(start..end).unwrap_or_default();
    if message.starts_with("Response\u{a0}{".as_bytes()) || message.starts_with(b"Response {") {
        let open = start + memchr::memchr(b'{', message).unwrap_or(0);
        let entries = literal::entries(input, open).unwrap_or_default();
        let status = literal::get(input, &entries, "status").and_then(|e| code_at(input, e.value));
        if status.is_some() {
            *code = status;
        }
        return;
    }
    if message.first() == Some(&b'{') || message.first() == Some(&b'[') {
        if literal::closing(input, start).is_some_and(|c| c + 1 == end) {
            *body = vec![Piece::Json(Span::new(start, end))];
        }
        return;
    }
    // `504 'Gateway Time-out' '<html>…'`
    let Some(status) = code_at(input, Span::new(start, start + 3)) else {
        return;
    };
    let Some(text) = literal::quoted_at(input, literal::skip_space(input, start + 3)) else {
        return;
    };
    *code = Some(status);
    *reason = Some(Piece::Quoted(text));
    if let Some(content) = literal::quoted_at(input, literal::skip_space(input, text.span.end)) {
        *body = vec![Piece::Quoted(content)];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_and_network_lines() {
        assert_eq!(
            message_start(b"(index):17  GET http://x 502 (Bad Gateway)"),
            Some(12)
        );
        assert_eq!(message_start(b"loadOrders @ (index):17"), None);
        let input = b"GET http://x/orders net::ERR_FAILED 503 (Service Unavailable)";
        let n = network_line(input, 0, input.len()).unwrap();
        assert_eq!(n.code.unwrap().0, 503);
        assert!(n.error.is_some());
        assert_eq!(
            &input[n.reason.unwrap().start..n.reason.unwrap().end],
            b"Service Unavailable"
        );
    }
}
