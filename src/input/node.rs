//! What Node prints about a response, through `util.inspect` (`console.log(x)`, an uncaught
//! error): the global fetch's `Response { status: 502, statusText: 'Bad Gateway', headers:
//! Headers { … } }` (undici), node-fetch's `[Symbol(Response internals)]: { status, headers }`,
//! axios' `err.response` (`data: '<html>\r\n' + …`), `err.toJSON()` and an uncaught
//! `AxiosError`, and network failures (`TypeError: fetch failed` … `ECONNREFUSED`).
//!
//! Read line by line: `util.inspect` writes one property a line once an object does not fit on
//! one, so a line ending in `{` or `[` opens an object, a line starting with `}` or `]` closes
//! it, and `key: value` lines are its properties. The response is the object with a status
//! code and the most of a reason, headers and data.
//!
//! Invariant: one pass over the lines; objects are tracked on a stack, not by recursion.

use super::literal::{self, Quoted};
use super::meanings as m;
use super::printout::{code_at, request, Piece, Printout};
use super::Prepared;
use crate::http::line::{is_blank, line_at, trim};
use crate::report::{InputFormat, Span, TransportNote};

/// Network failures as Node and its clients name them; the first found wins. Source: Node.js
/// documentation, "Common system errors" (errors.md), undici's errors (UND_ERR_*), OpenSSL
/// verification codes as Node reports them.
const NETWORK_ERRORS: &[(&str, &str)] = &[
    ("ECONNREFUSED", m::REFUSED),
    ("ECONNRESET", m::RESET),
    ("socket hang up", m::EMPTY_REPLY),
    ("UND_ERR_SOCKET", m::EMPTY_REPLY),
    ("ETIMEDOUT", m::CONNECT_TIMEOUT),
    ("UND_ERR_CONNECT_TIMEOUT", m::CONNECT_TIMEOUT),
    ("UND_ERR_HEADERS_TIMEOUT", m::READ_TIMEOUT),
    ("ENOTFOUND", m::DNS),
    ("EAI_AGAIN", m::DNS),
    ("EHOSTUNREACH", m::NO_ROUTE),
    ("CERT_HAS_EXPIRED", m::CERT),
    ("DEPTH_ZERO_SELF_SIGNED_CERT", m::CERT),
    ("SELF_SIGNED_CERT_IN_CHAIN", m::CERT),
    ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", m::CERT),
    ("ERR_TLS_CERT_ALTNAME_INVALID", m::CERT),
    ("ECONNABORTED", m::TIMEOUT),
];

/// Marks of a Node printout, searched in its first 256 KB.
const MARKS: &[&str] = &[
    "AxiosError",
    "[AxiosHeaders]",
    "[Symbol(",
    "\nNode.js v",
    "node:internal/",
    "TypeError: fetch failed",
    // A stack frame: the error was printed, not a response.
    "\n    at ",
];

struct Frame {
    key: Option<Span>,
    parent: usize,
    /// The bracket that opened it, and the one that closed it.
    open: usize,
    close: Option<usize>,
}

struct Field {
    frame: usize,
    key: Span,
    value: Span,
}

struct Scan {
    frames: Vec<Frame>,
    fields: Vec<Field>,
    /// Per frame: its fields and its child frames, as indices.
    own_fields: Vec<Vec<usize>>,
    children: Vec<Vec<usize>>,
    /// Where the first object at the margin was closed: what follows was printed after it.
    after_object: Option<usize>,
}

/// Whether a key, bare or quoted, is `name`.
fn key_is(input: &[u8], key: Span, name: &str) -> bool {
    let text = input.get(key.start..key.end).unwrap_or_default();
    text == name.as_bytes()
        || (text.len() == name.len() + 2
            && matches!(text.first(), Some(b'\'' | b'"'))
            && text.get(1..=name.len()) == Some(name.as_bytes()))
}

/// Whether the paste is a Node printout: it starts as one (an object, the location line of an
/// uncaught error, an error's name) and shows a mark of Node within its first 256 KB. A page
/// that quotes a Node stack (Express' development error page) starts otherwise.
fn looks_like_node(input: &[u8]) -> bool {
    let head = input.get(..input.len().min(256 * 1024)).unwrap_or(input);
    let start = crate::http::line::skip_whitespace(head, 0);
    let mut first_line = line_at(head, start);
    if first_line.bytes(head).starts_with(b"> ") {
        // The REPL's prompt and what was typed at it (`> await fetch(url)`).
        first_line = line_at(head, first_line.next);
    }
    let first = trim(first_line.bytes(head));
    let name = first
        .split(|&b| b == b':' || b == b' ')
        .next()
        .unwrap_or_default();
    let starts = first.ends_with(b"{")
        || first.starts_with(b"node:")
        || first.starts_with(b"file:///")
        || first.starts_with(b"Uncaught ")
        || (name.ends_with(b"Error") && name.iter().all(u8::is_ascii_alphanumeric));
    starts
        && (MARKS
            .iter()
            .any(|m| crate::search::memmem::find(head, m.as_bytes()).is_some())
            || first == b"Response {"
            || crate::search::memmem::find(head, b"\n  status: ").is_some())
}

/// Whether a line opens more brackets than it closes (strings not counted), and the position
/// of the last bracket it opens.
fn opens(input: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut depth = 0isize;
    let mut last = None;
    let mut i = from;
    while i < to {
        match input.get(i) {
            Some(b'\'' | b'"' | b'`') => {
                if let Some(q) = literal::quoted_at(input, i) {
                    i = q.span.end;
                    continue;
                }
            }
            Some(b'{' | b'[') => {
                depth += 1;
                last = Some(i);
            }
            Some(b'}' | b']') => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    (depth > 0).then_some(last).flatten()
}

fn scan(input: &[u8]) -> Scan {
    let mut frames = vec![Frame {
        key: None,
        parent: 0,
        open: 0,
        close: None,
    }];
    let mut fields = Vec::new();
    let mut stack = vec![0usize];
    let mut after_object = None;
    let mut pos = 0;
    while pos < input.len() {
        let line = line_at(input, pos);
        pos = line.next;
        let text = line.bytes(input);
        let indent = text.iter().take_while(|&&b| b == b' ').count();
        let start = line.start + indent;
        let top = stack.last().copied().unwrap_or(0);
        if matches!(text.get(indent), Some(b'}' | b']')) {
            if stack.len() > 1 {
                stack.pop();
                if let Some(frame) = frames.get_mut(top) {
                    frame.close = Some(start);
                }
                if stack.len() == 1 && after_object.is_none() {
                    after_object = Some(line.next);
                }
            }
            continue;
        }
        let (key, value) = match literal::key_at(input, start, line.end) {
            Some((key, value)) => (Some(key), value),
            None => (None, start),
        };
        if matches!(input.get(value), Some(b'\'' | b'"' | b'`')) {
            if let (Some(key), Some((_, end))) = (key, literal::concatenation(input, value)) {
                fields.push(Field {
                    frame: top,
                    key,
                    value: Span::new(value, end),
                });
                // A string split over lines ends on a later line.
                pos = line_at(input, line_at_start(input, end)).next.max(pos);
                continue;
            }
        }
        if let Some(open) = opens(input, value, line.end) {
            frames.push(Frame {
                key,
                parent: top,
                open,
                close: None,
            });
            stack.push(frames.len() - 1);
            continue;
        }
        if let Some(key) = key {
            let end = line.end - usize::from(text.last() == Some(&b','));
            fields.push(Field {
                frame: top,
                key,
                value: Span::new(value, end.max(value)),
            });
        }
    }
    // Built, not `vec![x; n]`: that clones a Vec, whose Clone is code of its own.
    let lists = || -> Vec<Vec<usize>> {
        std::iter::repeat_with(Vec::new)
            .take(frames.len())
            .collect()
    };
    let (mut own_fields, mut children) = (lists(), lists());
    for (i, field) in fields.iter().enumerate() {
        if let Some(list) = own_fields.get_mut(field.frame) {
            list.push(i);
        }
    }
    for (i, frame) in frames.iter().enumerate().skip(1) {
        if let Some(list) = children.get_mut(frame.parent) {
            list.push(i);
        }
    }
    Scan {
        frames,
        fields,
        own_fields,
        children,
        after_object,
    }
}

/// The start of the line holding `at`.
fn line_at_start(input: &[u8], at: usize) -> usize {
    input
        .get(..at)
        .and_then(|before| before.iter().rposition(|&b| b == b'\n'))
        .map_or(0, |i| i + 1)
}

impl Scan {
    fn field(&self, input: &[u8], frame: usize, names: &[&str]) -> Option<&Field> {
        self.own_fields
            .get(frame)?
            .iter()
            .filter_map(|&i| self.fields.get(i))
            .find(|f| names.iter().any(|n| key_is(input, f.key, n)))
    }

    fn child(&self, input: &[u8], frame: usize, name: &str) -> Option<usize> {
        self.children.get(frame)?.iter().copied().find(|&i| {
            self.frames
                .get(i)
                .and_then(|f| f.key)
                .is_some_and(|k| key_is(input, k, name))
        })
    }

    fn string(&self, input: &[u8], frame: usize, names: &[&str]) -> Option<Quoted> {
        self.field(input, frame, names)
            .and_then(|f| literal::string(input, f.value))
    }

    /// The response: an object with a status code, and the most of a reason, headers and data.
    fn response(&self, input: &[u8]) -> Option<(usize, (u16, Span))> {
        let mut best: Option<(usize, usize, (u16, Span))> = None;
        for frame in 1..self.frames.len() {
            let Some(code) = self
                .field(input, frame, &["status", "statusCode"])
                .and_then(|f| code_at(input, f.value))
            else {
                continue;
            };
            let score = usize::from(
                self.field(input, frame, &["statusText", "statusMessage"])
                    .is_some(),
            ) + usize::from(self.headers(input, frame).is_some())
                + usize::from(
                    self.field(input, frame, &["data"]).is_some()
                        || self.child(input, frame, "data").is_some(),
                );
            if best.as_ref().map_or(true, |&(s, _, _)| score > s) {
                best = Some((score, frame, code));
            }
        }
        best.map(|(_, frame, code)| (frame, code))
    }

    /// The response's headers: an object printed over lines, or on the `headers:` line.
    fn headers(&self, input: &[u8], frame: usize) -> Option<Vec<(Span, Span)>> {
        // Loops, not `collect()`: each collect is an instance of its own.
        let mut out = Vec::new();
        if let Some(child) = self.child(input, frame, "headers") {
            for &i in self.own_fields.get(child)? {
                if let Some(f) = self.fields.get(i) {
                    out.push((f.key, f.value));
                }
            }
            return Some(out);
        }
        if let Some(map) = self
            .child(input, frame, "headersList")
            .and_then(|list| self.child(input, list, "[Symbol(headers map)]"))
        {
            return self.header_map(input, map);
        }
        let field = self.field(input, frame, &["headers"])?;
        let value = input.get(field.value.start..field.value.end)?;
        let open = field.value.start + memchr::memchr(b'{', value)?;
        for e in literal::entries(input, open)? {
            if let Some(key) = e.key {
                out.push((key, e.value));
            }
        }
        Some(out)
    }

    /// undici's own header list, printed with a Response's state (ky's `HTTPError` shows it): a
    /// line each, `'server' => { name: 'server', value: 'nginx/1.22.1' },`.
    fn header_map(&self, input: &[u8], map: usize) -> Option<Vec<(Span, Span)>> {
        let frame = self.frames.get(map)?;
        let end = frame.close?;
        let mut out = Vec::new();
        let mut pos = line_at(input, frame.open).next;
        while pos < end {
            let line = line_at(input, pos);
            pos = line.next;
            let text = line.bytes(input);
            let indent = text.len() - text.trim_ascii_start().len();
            let name = literal::quoted_at(input, line.start + indent);
            let value = crate::search::memmem::find(text, b"value: ")
                .and_then(|at| literal::quoted_at(input, line.start + at + 7));
            if let (Some(name), Some(value)) = (name, value) {
                out.push((name.span, value.span));
            }
        }
        Some(out)
    }
}

pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    if !looks_like_node(input) {
        return None;
    }
    let has = |m: &[u8]| crate::search::memmem::find(input, m).is_some();
    let format = if has(b"AxiosError") || has(b"[AxiosHeaders]") {
        InputFormat::Axios
    } else if has(b"[Symbol(Response internals)]")
        || has(b"TypeError: fetch failed")
        || has(b"headers: Headers {")
    {
        InputFormat::NodeFetch
    } else {
        InputFormat::NodeInspect
    };
    let what = match format {
        InputFormat::Axios => "axios' error or response object as Node printed it",
        InputFormat::NodeFetch => "a fetch Response as Node printed it",
        _ => "an object as Node printed it",
    };
    let scan = scan(input);
    let mut printout = Printout::new(format, what);
    let Some((frame, code)) = scan.response(input) else {
        // An error printed without its response (got's `HTTPError`, whose response is not
        // enumerable; a stack logged alone) still names the status in its message line, which
        // outweighs error codes named anywhere (got prints its retry list of them).
        if let Some(prepared) = super::client::status_message(input, 0) {
            return Some(prepared);
        }
        if let Some(note) = network_error(input) {
            printout.transport.push(note);
            return Some(printout.prepare(input));
        }
        return Some(Prepared::unreadable(input, format, what));
    };
    printout.code = Some(code);
    printout.reason = scan
        .string(input, frame, &["statusText", "statusMessage"])
        .map(Piece::Quoted);
    for (name, value) in scan.headers(input, frame).unwrap_or_default() {
        let name = literal::quoted_at(input, name.start).map_or(Piece::Raw(name), Piece::Quoted);
        match literal::string(input, value) {
            Some(q) => printout.headers.push((name, Piece::Quoted(q))),
            // `'set-cookie': [ 'a=1', 'b=2' ]`
            None if input.get(value.start) == Some(&b'[') => {
                for e in literal::entries(input, value.start).unwrap_or_default() {
                    if let Some(q) = literal::string(input, e.value) {
                        printout.headers.push((name.clone(), Piece::Quoted(q)));
                    }
                }
            }
            None => {}
        }
    }
    printout.body = body(&scan, input, frame);
    let url = scan.string(input, frame, &["url", "responseUrl"]);
    let config = scan.child(input, frame, "config").or_else(|| {
        scan.frames
            .get(frame)
            .and_then(|f| scan.child(input, f.parent, "config"))
    });
    let method = config.and_then(|c| scan.string(input, c, &["method"]));
    let url = url.or_else(|| config.and_then(|c| scan.string(input, c, &["url"])));
    let url = url
        .map(|q| literal::decode(input, q))
        .filter(|u| !u.is_empty());
    match (method, url) {
        (Some(m), Some(u)) => printout.request = Some(request(&literal::decode(input, m), &u)),
        (None, Some(u)) => printout.url = Some(u),
        _ => {}
    }
    Some(printout.prepare(input))
}

/// The body: `data` as a string or an object (axios), or what was printed after the object
/// (`console.log(await res.text())` after `console.log(res)`).
fn body(scan: &Scan, input: &[u8], frame: usize) -> Vec<Piece> {
    if let Some(field) = scan.field(input, frame, &["data"]) {
        if let Some((pieces, _)) = literal::concatenation(input, field.value.start) {
            let mut body = Vec::with_capacity(pieces.len());
            for q in pieces {
                body.push(Piece::Quoted(q));
            }
            return body;
        }
    }
    if let Some(data) = scan
        .child(input, frame, "data")
        .and_then(|c| scan.frames.get(c))
    {
        if let Some(close) = data.close {
            return vec![Piece::Json(Span::new(data.open, close + 1))];
        }
    }
    let Some(after) = scan.after_object else {
        return Vec::new();
    };
    // Node's last words after an uncaught error are not the body.
    let end = crate::search::memmem::find(input.get(after..).unwrap_or_default(), b"\nNode.js v")
        .map_or(input.len(), |i| after + i);
    let rest = input.get(after..end).unwrap_or_default();
    if is_blank(rest) || crate::search::memmem::find(rest, b"Node.js v") == Some(0) {
        return Vec::new();
    }
    vec![super::printout::printed_body(
        input.get(..end).unwrap_or_default(),
        after,
    )]
}

fn network_error(input: &[u8]) -> Option<TransportNote> {
    NETWORK_ERRORS.iter().find_map(|&(needle, meaning)| {
        let at = crate::search::memmem::find(input, needle.as_bytes())?;
        let start = line_at_start(input, at);
        let line = line_at(input, start);
        let text = trim(line.bytes(input));
        let offset = line.bytes(input).len() - line.bytes(input).trim_ascii_start().len();
        Some(TransportNote {
            message: crate::http::line::lossy_owned(text),
            meaning: Some(meaning),
            error: true,
            span: Some(Span::new(
                line.start + offset,
                line.start + offset + text.len(),
            )),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_objects_and_split_strings() {
        let input = b"{\n  status: 502,\n  statusText: 'Bad Gateway',\n  headers: Object [AxiosHeaders] {\n    server: 'nginx',\n    'content-type': 'text/html'\n  },\n  config: {\n    method: 'get',\n    url: 'http://x/orders'\n  },\n  data: '<html>\\r\\n' +\n    '</html>\\r\\n',\n  duration: 11\n}\n";
        let scan = scan(input);
        let (frame, code) = scan.response(input).unwrap();
        assert_eq!(code.0, 502);
        assert_eq!(scan.headers(input, frame).unwrap().len(), 2);
        assert_eq!(body(&scan, input, frame).len(), 2);
        let prepared = prepare(input).unwrap_or_else(|| panic!("not read"));
        assert_eq!(prepared.request.unwrap().url, "http://x/orders");
    }

    /// ky's uncaught `HTTPError` prints the Response's state: the status and undici's header
    /// list (lines as in tests/inputs/ky-uncaught-nginx-502.txt).
    #[test]
    fn undici_header_map() {
        let input = b"HTTPError: Request failed with status code 502 Bad Gateway: GET http://x/
    at f (file:///a/Ky.js:61:29) {
  response: Response {
    [Symbol(state)]: {
      status: 502,
      statusText: 'Bad Gateway',
      headersList: HeadersList {
        cookies: null,
        [Symbol(headers map)]: Map(2) {
          'server' => { name: 'server', value: 'nginx/1.22.1' },
          'content-length' => { name: 'content-length', value: '157' }
        },
        [Symbol(headers map sorted)]: null
      }
    }
  }
}
";
        let scan = scan(input);
        let (frame, code) = scan.response(input).unwrap();
        assert_eq!(code.0, 502);
        let headers = scan.headers(input, frame).unwrap();
        let text = |s: Span| std::str::from_utf8(&input[s.start..s.end]).unwrap();
        assert_eq!(text(headers[0].0), "'server'");
        assert_eq!(text(headers[0].1), "'nginx/1.22.1'");
        assert_eq!(headers.len(), 2);
    }

    /// got's `HTTPError` prints no response (it is not enumerable), and its options list error
    /// codes it retries on: the message's status is read, not a failure.
    #[test]
    fn an_error_without_its_response_gives_its_message_status() {
        let input = b"HTTPError: Request failed with status code 502 (Bad Gateway): GET http://x/
    at Request.<anonymous> (file:///a/index.js:98:42) {
  code: 'ERR_NON_2XX_3XX_RESPONSE',
  options: Options {
    retry: {
      errorCodes: [
        'ETIMEDOUT',
        'ECONNREFUSED'
      ]
    }
  }
}
";
        let report = crate::inspect(input);
        assert_eq!(report.response.status.code, Some(502));
        assert_eq!(
            report.response.status.reason.as_deref(),
            Some("Bad Gateway")
        );
        assert!(report.transport.is_empty());
    }
}

#[cfg(test)]
mod unreadable_tests {
    /// A Node error printed with a product's page in it but no status: the paste is not a
    /// response, yet nginx's own page still names nginx (the verdict rests on its fingerprint).
    #[test]
    fn a_printout_without_a_response_is_unknown_unless_a_product_shows() {
        let report = crate::inspect(b"TypeError: boom\n    at run (file:///srv/a.js:3:9)\n");
        assert_eq!(report.format, crate::InputFormat::NodeInspect);
        assert_eq!(report.origin.kind, crate::OriginKind::Unknown);
        assert!(report
            .diagnostics
            .iter()
            .any(|d| d.code == crate::Code::UnreadableTranscript));

        let page = include_bytes!("../../tests/fixtures/nginx-502-default.http");
        let body = &page[crate::search::memmem::find(page, b"\r\n\r\n").unwrap() + 4..];
        let mut paste =
            b"Error: upstream said no\n    at run (file:///srv/a.js:3:9) {\n  body: `".to_vec();
        paste.extend_from_slice(body);
        paste.extend_from_slice(b"`\n}\n");
        let report = crate::inspect(&paste);
        assert_eq!(report.origin.basis, "fingerprint");
        assert_eq!(report.origin.generator.as_deref(), Some("nginx"));
    }
}
