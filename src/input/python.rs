//! What Python HTTP clients print. requests: `print(r.status_code, r.reason)` (`502 Bad
//! Gateway`), `print(r)` (`<Response [502]>`), `print(r.headers)` (a dict repr), and the
//! `HTTPError` / `ConnectionError` tracebacks. httpx: `<Response [503 Backend fetch failed]>`,
//! `Headers({…})`, `HTTPStatusError`. aiohttp: `<ClientResponse(url) [504 Gateway Time-out]>`
//! with `<CIMultiDictProxy(…)>`, `ClientResponseError`. Any other traceback is recognised as one,
//! so that its text is not taken for a response body.

use super::literal::{self, Quoted};
use super::printout::{code_at, failure, Piece, Printout};
use super::Prepared;
use crate::http::line::{is_blank, line_at, trim, Line};
use crate::report::{InputFormat, Span};

const TRACEBACK: &[u8] = b"Traceback (most recent call last):";

pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    traceback(input).or_else(|| printed(input))
}

/// The format a qualified exception name belongs to.
fn library(name: &[u8]) -> InputFormat {
    if name.starts_with(b"requests.") {
        InputFormat::PythonRequests
    } else if name.starts_with(b"httpx.") {
        InputFormat::Httpx
    } else if name.starts_with(b"aiohttp.") {
        InputFormat::Aiohttp
    } else {
        InputFormat::PythonTraceback
    }
}

/// A traceback: the exception line after the last `Traceback (most recent call last):`. The
/// paste starts with one (after a prompt and the command, at most): a page that quotes one in its
/// text (Django's technical 500 page as text) is a body. Or a client library's exception line
/// alone, as logs and issue threads quote it (`requests.exceptions.HTTPError: 502 Server Error:
/// …`): only those (their qualified names), so that other text naming an exception stays a body.
fn traceback(input: &[u8]) -> Option<Prepared<'_>> {
    let mut first = line_at(input, crate::http::line::skip_whitespace(input, 0));
    if super::terminal::prompt_command(first.bytes(input)).is_some() {
        first = line_at(input, first.next);
    }
    if first.bytes(input).trim_ascii_end() != TRACEBACK {
        return exception(input, first, false);
    }
    let mut pos = first.start;
    let mut after = None;
    while pos < input.len() {
        let line = line_at(input, pos);
        if line.bytes(input).trim_ascii_end() == TRACEBACK {
            after = Some(line.next);
        }
        pos = line.next;
    }
    let mut pos = after?;
    // Frames are indented; the first line at the margin is the exception.
    loop {
        if pos >= input.len() {
            return Some(Prepared::unreadable(
                input,
                InputFormat::PythonTraceback,
                "a Python traceback",
            ));
        }
        let line = line_at(input, pos);
        let text = line.bytes(input);
        if !text.is_empty() && !text.starts_with(b" ") && !text.starts_with(b"\t") {
            return exception(input, line, true);
        }
        pos = line.next;
    }
}

/// What an exception line (`name: message`) says: the status of an HTTP error, or why no
/// response came. A traceback that says neither is still one (unreadable); a line alone is read
/// only when a client library raised it.
fn exception(input: &[u8], line: Line, in_traceback: bool) -> Option<Prepared<'_>> {
    let text = line.bytes(input);
    let colon = crate::search::memmem::find(text, b": ").unwrap_or(text.len());
    let name = text.get(..colon).unwrap_or_default();
    let format = library(name);
    if !in_traceback && format == InputFormat::PythonTraceback && !name.starts_with(b"urllib.") {
        return None;
    }
    let message = Span::new((line.start + colon + 2).min(line.end), line.end);
    if let Some(printout) = http_error(input, name, message, format) {
        return Some(printout.prepare(input));
    }
    // Exceptions that say no response came (`ConnectionError: … [Errno 111] Connection refused`).
    let span = Span::new(line.start, line.end);
    if let Some(prepared) = failure(input, span, format, "a Python traceback") {
        return Some(prepared);
    }
    // Other clients' status errors (`openai.APIStatusError: Error code: 413`), read as any
    // client's message is.
    if let Some(prepared) = super::client::status_message(input, line.start) {
        return Some(prepared);
    }
    in_traceback.then(|| {
        Prepared::unreadable(
            input,
            format,
            "a Python traceback that shows no HTTP response",
        )
    })
}

/// `requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: http://…`,
/// `httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'http://…'`,
/// `aiohttp.client_exceptions.ClientResponseError: 502, message='Bad Gateway', url='http://…'`,
/// `urllib.error.HTTPError: HTTP Error 502: Bad Gateway`.
fn http_error(input: &[u8], name: &[u8], message: Span, format: InputFormat) -> Option<Printout> {
    let text = input.get(message.start..message.end)?;
    let at = |needle: &[u8]| crate::search::memmem::find(text, needle).map(|i| message.start + i);
    let mut printout = Printout::new(format, "the exception a Python client raised");
    let url;
    match name.rsplit(|&b| b == b'.').next()? {
        b"HTTPError" if format == InputFormat::PythonRequests => {
            // `502 Server Error: Bad Gateway for url: http://…`
            printout.code = Some(code_at(input, Span::new(message.start, message.start + 3))?);
            let reason_start = at(b"Error: ")? + 7;
            let for_url = at(b" for url: ")?;
            printout.reason = Some(Piece::Raw(Span::new(
                reason_start,
                for_url.max(reason_start),
            )));
            url = Some(Span::new(for_url + 10, message.end));
        }
        b"HTTPError" => {
            // urllib: `HTTP Error 502: Bad Gateway`
            let code = at(b"HTTP Error ")? + 11;
            printout.code = Some(code_at(input, Span::new(code, code + 3))?);
            printout.reason = Some(Piece::Raw(Span::new(
                (code + 5).min(message.end),
                message.end,
            )));
            url = None;
        }
        b"HTTPStatusError" => {
            // `Server error '503 Service Unavailable' for url 'http://…'`
            let quoted = literal::quoted_at(input, at(b"'")?)?;
            let inner = quoted.inner();
            printout.code = Some(code_at(input, Span::new(inner.start, inner.start + 3))?);
            printout.reason = Some(Piece::Raw(Span::new(
                (inner.start + 4).min(inner.end),
                inner.end,
            )));
            url = literal::quoted_at(input, at(b"for url '")? + 8).map(Quoted::inner);
        }
        b"ClientResponseError" => {
            // `502, message='Bad Gateway', url='http://…'` (or `url=URL('http://…')`)
            printout.code = Some(code_at(input, Span::new(message.start, message.start + 3))?);
            let reason = literal::quoted_at(input, at(b"message=")? + 8)?;
            printout.reason = Some(Piece::Quoted(reason));
            url = at(b"url=")
                .and_then(|u| {
                    let q = if input.get(u + 4..u + 8) == Some(b"URL(") {
                        u + 8
                    } else {
                        u + 4
                    };
                    literal::quoted_at(input, q)
                })
                .map(Quoted::inner);
        }
        _ => return None,
    }
    printout.url =
        url.map(|u| crate::http::line::lossy_owned(input.get(u.start..u.end).unwrap_or_default()));
    Some(printout)
}

/// The status line forms: `502 Bad Gateway`, `<Response [502]>`, `<Response [503 Backend fetch
/// failed]>`, `<ClientResponse(url) [504 Gateway Time-out]>`.
struct StatusForm {
    format: Option<InputFormat>,
    code: (u16, Span),
    reason: Option<Span>,
    url: Option<Span>,
}

fn status_form(input: &[u8], line: Line) -> Option<StatusForm> {
    let text = line.bytes(input);
    let bracket = |start: usize| -> Option<(usize, usize)> {
        let open = start + crate::search::memmem::find(text.get(start..)?, b" [")? + 2;
        let close = open + crate::search::memmem::find(text.get(open..)?, b"]>")?;
        (line.start + close + 2 == line.end
            || text.get(close + 2..).is_some_and(|r| trim(r).is_empty()))
        .then_some((open, close))
    };
    let (format, url, inner) = if text.starts_with(b"<Response [") {
        (None, None, bracket(0)?)
    } else if let Some(rest) = text
        .get(16..)
        .filter(|_| text.starts_with(b"<ClientResponse("))
    {
        let close = crate::search::memmem::find(rest, b") [")? + 16;
        let url = Span::new(line.start + 16, line.start + close);
        (Some(InputFormat::Aiohttp), Some(url), bracket(close)?)
    } else {
        // `502 Bad Gateway`
        (None, None, (0, text.trim_ascii_end().len()))
    };
    let (open, close) = inner;
    let code = code_at(input, Span::new(line.start + open, line.start + open + 3))?;
    let reason = (close > open + 4 && text.get(open + 3) == Some(&b' '))
        .then(|| Span::new(line.start + open + 4, line.start + close));
    if close == open + 3 || reason.is_some() {
        let format = format.or(match (text.first(), reason) {
            (Some(b'<'), Some(_)) => Some(InputFormat::Httpx),
            (Some(b'<'), None) => Some(InputFormat::PythonRequests),
            _ => None,
        });
        return Some(StatusForm {
            format,
            code,
            reason,
            url,
        });
    }
    None
}

/// The header forms: a dict repr `{'Server': 'nginx'}` (requests' CaseInsensitiveDict prints as
/// one), `Headers({…})` (httpx), `<CIMultiDictProxy('Server': 'nginx')>` (aiohttp): the bracket
/// that opens the entries.
fn headers_form(text: &[u8]) -> Option<(usize, Option<InputFormat>)> {
    // Python writes keys in single quotes (double only around a key holding one): `{"` is JSON.
    if text.starts_with(b"{'") {
        Some((0, Some(InputFormat::PythonRequests)))
    } else if text.starts_with(b"Headers({") {
        Some((8, Some(InputFormat::Httpx)))
    } else if text.starts_with(b"<CIMultiDictProxy(") {
        Some((17, Some(InputFormat::Aiohttp)))
    } else {
        None
    }
}

/// A status line, headers, then the body, as the client's objects print.
fn printed(input: &[u8]) -> Option<Prepared<'_>> {
    let first = line_at(input, crate::http::line::skip_whitespace(input, 0));
    let status = status_form(input, first);
    let headers_line = if status.is_some() {
        line_at(input, first.next)
    } else {
        first
    };
    let headers = headers_form(headers_line.bytes(input));
    // A bare `502 Bad Gateway` is Python only with a dict after it.
    let format = match (&status, headers) {
        (Some(s), Some((_, f))) => s.format.or(f),
        (Some(s), None) => s.format,
        (None, Some((_, f))) => f,
        (None, None) => None,
    }?;
    let mut printout = Printout::new(
        format,
        match format {
            InputFormat::Httpx => "httpx's Response and Headers as printed",
            InputFormat::Aiohttp => "aiohttp's ClientResponse as printed",
            _ => "Python requests' status, reason and headers as printed",
        },
    );
    let mut body_start = first.next;
    if let Some(s) = &status {
        printout.code = Some(s.code);
        printout.reason = s.reason.map(Piece::Raw);
        printout.url = s
            .url
            .map(|u| crate::http::line::lossy_owned(input.get(u.start..u.end).unwrap_or_default()));
    }
    if let Some((open, _)) = headers {
        let entries = literal::entries(input, headers_line.start + open)?;
        for entry in entries {
            let (Some(key), Some(value)) = (entry.key, literal::string(input, entry.value)) else {
                continue;
            };
            let name = literal::quoted_at(input, key.start).map_or(Piece::Raw(key), Piece::Quoted);
            printout.headers.push((name, Piece::Quoted(value)));
        }
        body_start = headers_line.next;
        // aiohttp's repr ends with a line break of its own: print() adds a blank line.
        if format == InputFormat::Aiohttp && is_blank(line_at(input, body_start).bytes(input)) {
            body_start = line_at(input, body_start).next;
        }
    }
    if !is_blank(input.get(body_start..).unwrap_or_default()) {
        printout
            .body
            .push(super::printout::printed_body(input, body_start));
    }
    Some(printout.prepare(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_forms() {
        let input = b"<ClientResponse(http://x/slow) [504 Gateway Time-out]>\n";
        let s = status_form(input, line_at(input, 0)).unwrap();
        assert_eq!(s.code.0, 504);
        assert_eq!(s.format, Some(InputFormat::Aiohttp));
        assert_eq!(
            &input[s.url.unwrap().start..s.url.unwrap().end],
            b"http://x/slow"
        );
        let input = b"<Response [502]>";
        assert_eq!(
            status_form(input, line_at(input, 0)).unwrap().format,
            Some(InputFormat::PythonRequests)
        );
        let input = b"502 Bad Gateway\n";
        let s = status_form(input, line_at(input, 0)).unwrap();
        assert_eq!((s.code.0, s.format), (502, None));
        assert!(status_form(b"<html>", line_at(b"<html>", 0)).is_none());
    }

    /// The exception line of a real traceback, quoted alone (as logs and issue threads do), says
    /// what the whole traceback says; another exception's line alone is not a Python printout.
    #[test]
    fn an_exception_line_alone() {
        let captures: [&[u8]; 5] = [
            include_bytes!("../../tests/inputs/requests-raise-nginx-502.txt"),
            include_bytes!("../../tests/inputs/requests-connection-error-refused.txt"),
            include_bytes!("../../tests/inputs/httpx-raise-nginx-504.txt"),
            include_bytes!("../../tests/inputs/aiohttp-raise-nginx-502.txt"),
            include_bytes!("../../tests/inputs/requests-raise-haproxy-redirect-503.txt"),
        ];
        for capture in captures {
            let line = capture
                .split(|&b| b == b'\n')
                .rfind(|l| {
                    [&b"requests."[..], b"httpx.", b"aiohttp."]
                        .iter()
                        .any(|p| l.starts_with(p))
                })
                .unwrap();
            let (whole, alone) = (crate::inspect(capture), crate::inspect(line));
            let status =
                |r: &crate::Report| (r.response.status.code, r.response.status.reason.clone());
            assert_eq!(status(&alone), status(&whole));
            assert_eq!(alone.transport.len(), whole.transport.len());
            assert_eq!(alone.format, whole.format);
        }
        assert!(prepare(b"urllib.error.HTTPError: HTTP Error 502: Bad Gateway").is_some());
        assert!(prepare(b"ValueError: 502 is not a port").is_none());
    }
}
