//! Which format is this paste? Raw HTTP text, `curl -v` output, `curl --trace`, `wget -S`, a
//! request followed by its response, a HAR file, or what a client library, a program or the
//! browser console printed about a response — detected from the bytes, with no option to set.
//! Every format ends up as HTTP text for the `http` stage, with a span map back to the input
//! when the two differ.
//!
//! Invariant: detection never fails; anything unrecognised is read as raw text.

pub(crate) mod client;
pub(crate) mod console;
pub(crate) mod curl;
pub(crate) mod har;
pub(crate) mod literal;
mod meanings;
pub(crate) mod node;
pub(crate) mod printout;
pub(crate) mod python;
pub(crate) mod raw;
pub(crate) mod request;
pub(crate) mod secrets;
mod spans;
pub(crate) mod terminal;
pub(crate) mod trace;
pub(crate) mod wget;

use std::borrow::Cow;
use std::fmt::Write as _;

pub(crate) use raw::read_after;
pub(crate) use spans::SpanMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::http::line::{line_at, trim, Line};
use crate::http::status_line::{self, StatusLine};
use crate::report::{InputFormat, Request, Span, TransportNote};

/// The text the HTTP stages read, and what the input format itself told.
pub struct Prepared<'a> {
    /// The format, when the paste's wrapping decided it; `None` leaves it to the raw reader
    /// (raw, headers-only, body-only, empty).
    pub format: Option<InputFormat>,
    pub text: Cow<'a, [u8]>,
    /// From `text` offsets to input offsets; `None` when `text` is the input itself.
    pub map: Option<SpanMap>,
    pub request: Option<Request>,
    pub transport: Vec<TransportNote>,
    /// What the format's reader found, with spans into the input.
    pub diagnostics: Vec<Diagnostic>,
    /// Codes the stages would raise about the text as rebuilt rather than about the response.
    pub artifacts: &'static [Code],
    /// The paste is recognisably this (`a Python traceback`), but no response could be read
    /// from it: the text is the input, read as raw text.
    pub unreadable: Option<&'static str>,
    /// The format does not show the final response's body (a client printed only its status and
    /// headers): an empty body in `text` is unknown, not empty.
    pub body_hidden: bool,
    /// The text's first line, when it is a status line at the first byte (natively): read
    /// once, here, not again by the raw reader.
    pub(crate) first: Option<(Line, StatusLine)>,
}

impl<'a> Prepared<'a> {
    // Not inlined: a dozen readers build one, and each inlined copy stores every field.
    #[inline(never)]
    pub(crate) fn new(format: Option<InputFormat>, text: Cow<'a, [u8]>) -> Self {
        Prepared {
            format,
            text,
            map: None,
            request: None,
            transport: Vec::new(),
            diagnostics: Vec::new(),
            artifacts: &[],
            unreadable: None,
            body_hidden: false,
            first: None,
        }
    }

    /// The input itself, read as raw text, for a paste recognised as `format` from which no
    /// response could be unwrapped.
    #[inline(never)]
    pub(crate) fn unreadable(
        input: &'a [u8],
        format: InputFormat,
        what: &'static str,
    ) -> Prepared<'a> {
        Prepared {
            unreadable: Some(what),
            ..Prepared::new(Some(format), Cow::Borrowed(input))
        }
    }
}

// Not boxed: `inspect` moves it once, cheaper than an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Detected<'a> {
    Har(Vec<har::HarEntry>),
    Text(Prepared<'a>),
}

/// A reader of one format: the prepared text when the paste is in it.
type Reader = for<'a> fn(&'a [u8]) -> Option<Prepared<'a>>;

pub fn detect(input: &[u8]) -> Detected<'_> {
    if let Some(entries) = har::parse(input) {
        return Detected::Har(entries);
    }
    let mut lines = first_lines(input, true);
    if lines.trace {
        if let Some(prepared) = trace::read(input) {
            return Detected::Text(prepared);
        }
        lines = first_lines(input, false);
    }
    if lines.curl {
        return Detected::Text(curl::prepare(input));
    }
    if let Some(prepared) = lines.wget.then(|| wget::read(input)).flatten() {
        return Detected::Text(prepared);
    }
    // A paste that starts with a status line is a response, whatever its body quotes (a stack
    // trace, a traceback, console output): the printout readers are not asked, nor the request
    // readers (its first word is no method, `fetch(` or `curl`).
    let start = crate::http::line::skip_whitespace(input, 0);
    let line = line_at(input, start);
    let first = line.bytes(input);
    let parses = |line: &[u8]| status_line::parse(line).is_some();
    // Natively, a paste whose first byte starts a status line is handed to the terminal reader
    // as such, without its search for one (the same result); read as it is, its first line
    // goes with it.
    let leading = if FAST && start == 0 {
        status_line::parse(first)
    } else {
        None
    };
    if let Some(parsed) = leading {
        return Detected::Text(terminal::after_leading_response(input).unwrap_or_else(|| {
            Prepared {
                first: Some((line, parsed)),
                ..Prepared::new(None, Cow::Borrowed(input))
            }
        }));
    }
    let starts_response = parses(trim(first));
    let readers: [(Reader, bool); 7] = [
        (exchange, false),
        (console::prepare, false),
        (python::prepare, false),
        (node::prepare, false),
        (terminal::prepare, true),
        (client::prepare, false),
        (request_only, false),
    ];
    let prepared = readers
        .iter()
        .filter(|(_, always)| *always || !starts_response)
        .find_map(|(read, _)| read(input));
    Detected::Text(prepared.unwrap_or_else(|| Prepared::new(None, Cow::Borrowed(input))))
}

/// Which of the formats recognised by their first lines the paste may be in: one pass over
/// those lines for all three (each reader's own check walked them again).
#[derive(Default)]
pub(crate) struct FirstLines {
    /// A line of `curl --trace` within `trace::LINES`.
    pub(crate) trace: bool,
    /// A line of `curl -v` within `curl::LINES` and `curl::HEAD`.
    pub(crate) curl: bool,
    /// A line of `wget -S` within `wget::LINES`.
    pub(crate) wget: bool,
}

/// `FirstLines` of a paste; with `stop_at_trace`, only `trace` is sure once it is found (the
/// trace reader is tried first).
pub(crate) fn first_lines(input: &[u8], stop_at_trace: bool) -> FirstLines {
    let mut lines = Walk {
        input,
        head: input.get(..curl::HEAD).unwrap_or(input),
        stop_at_trace,
        found: FirstLines::default(),
        window_end: input.len().min(curl::HEAD),
        index: 0,
        index_limit: trace::LINES,
        byte_limit: input.len(),
    };
    let mut at = 0;
    if lines.visit(0) {
        while let Some(found) = input.get(at..).and_then(crate::http::line::find_line_end) {
            at += found + 1;
            if !lines.visit(at) {
                break;
            }
        }
    }
    let mut found = lines.found;
    found.curl = found.curl || curl::notes_before(lines.head, lines.window_end);
    found
}

// Natively (`crate::FAST`), `visit` also rules out by `may_mark` the lines whose first byte may
// start a reader's line (a page's `<div>`), without the call.
use crate::FAST;

/// The walk of `first_lines`: each line start, with its index, handed to `visit`.
struct Walk<'a> {
    input: &'a [u8],
    head: &'a [u8],
    stop_at_trace: bool,
    found: FirstLines,
    /// Where curl's window ends: after the last of its lines within `head`.
    window_end: usize,
    /// The index of the line `visit` is given next.
    index: usize,
    /// Below these (line index, start) the walk goes on, and a line whose first byte starts no
    /// reader's line needs nothing done: most lines (`visit_any` sets them).
    index_limit: usize,
    byte_limit: usize,
}

impl Walk<'_> {
    /// The line starting at `start`; whether the walk goes on.
    #[inline]
    fn visit(&mut self, start: usize) -> bool {
        if self.index < self.index_limit
            && start < self.byte_limit
            && (!matches!(
                self.input.get(start),
                Some(b'=' | b'H' | b'<' | b'>' | b'-' | b'0'..=b'9')
            ) || (FAST && !may_mark(self.input.get(start..).unwrap_or_default())))
        {
            self.index += 1;
            return true;
        }
        self.visit_any(start)
    }

    #[inline(never)]
    fn visit_any(&mut self, start: usize) -> bool {
        let index = self.index;
        self.index += 1;
        if index == curl::LINES && start <= self.head.len() {
            self.window_end = start;
        }
        let in_curl = index < curl::LINES && start < self.head.len();
        if start >= self.input.len() || (index >= trace::LINES && (self.found.curl || !in_curl)) {
            return false;
        }
        if may_mark(self.input.get(start..).unwrap_or_default()) {
            let text = line_at(self.input, start).bytes(self.input);
            if index < trace::LINES && trace::marks_line(text) {
                self.found.trace = true;
                if self.stop_at_trace {
                    return false;
                }
            }
            self.found.wget |= index < wget::LINES && wget::marks_line(text);
            self.found.curl = self.found.curl || (in_curl && curl::marks_line(self.head, start));
        }
        // Where the lines after this one are sure to go on (see above).
        (self.index_limit, self.byte_limit) = if self.index < trace::LINES {
            (trace::LINES, self.input.len())
        } else if self.found.curl {
            (0, 0)
        } else {
            (curl::LINES, self.head.len())
        };
        true
    }
}

/// Whether a line (`rest` starts it) may be one `trace`, `wget` or `curl` marks: by its first
/// bytes, which most lines of a response fail (the readers' own checks read the line).
fn may_mark(rest: &[u8]) -> bool {
    matches!(
        rest,
        [b'=', ..]
            // wget's `HTTP request sent`, not a status line.
            | [b'H', b'T', b'T', b'P', b' ', ..]
            | [b'<', b'=' | b' ', ..]
            | [b'>', b' ', ..]
            | [b'-', b'-', ..]
            | [b'0'..=b'9', _, b':', ..]
    )
}

/// A request pasted as code (`fetch(…)`, a `curl` command), with no response.
fn request_only(input: &[u8]) -> Option<Prepared<'_>> {
    let request = request::from_command(input)?;
    Some(Prepared {
        request: Some(request),
        ..Prepared::new(Some(InputFormat::RequestOnly), Cow::Borrowed(&[]))
    })
}

/// A request (`GET /x HTTP/1.1` and its headers, as `http -v` or a proxy log prints it) followed
/// by the response: the request is read, the response starts at the first status line after it.
fn exchange(input: &[u8]) -> Option<Prepared<'_>> {
    let start = input.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = request::read_head(input, start)?;
    let pos = head.next;
    let response = crate::http::find_next_response(input, pos).unwrap_or(input.len());
    let format = if response >= input.len() {
        InputFormat::RequestOnly
    } else {
        InputFormat::Exchange
    };
    let mut map = SpanMap::default();
    map.push(0, response, input.len() - response);
    Some(Prepared {
        map: Some(map),
        request: Some(request::build(
            head.method,
            &head.target,
            head.headers,
            Some(Span::new(start, head.end)),
        )),
        ..Prepared::new(
            Some(format),
            Cow::Borrowed(input.get(response..).unwrap_or_default()),
        )
    })
}

/// A response given as separate parts by a client library (fetch, axios, node's http): rebuilt as
/// HTTP/1.1 text for the stages. Header values are taken as given; the body as bytes.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    pub status: u16,
    pub status_text: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The request's URL and method, when the caller knows them.
    pub url: Option<String>,
    pub method: Option<String>,
}

impl Parts {
    /// `HTTP/1.1 502 Bad Gateway`, the headers, a blank line, the body.
    pub fn to_http(&self) -> Vec<u8> {
        let mut head = format!("HTTP/1.1 {} {}", u32::from(self.status), self.status_text)
            .trim_end()
            .to_owned();
        head.push_str("\r\n");
        for (name, value) in &self.headers {
            // A header value cannot hold a line break; one that does would forge a header.
            let value = crate::search::line_breaks_to_spaces(value);
            _ = write!(head, "{name}: {value}\r\n");
        }
        head.push_str("\r\n");
        let mut text = head.into_bytes();
        text.extend_from_slice(&self.body);
        text
    }

    pub fn request(&self) -> Option<Request> {
        let url = self.url.as_deref()?;
        let method = self.method.clone().unwrap_or_else(|| "GET".to_owned());
        Some(request::build(method, url, Vec::new(), None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The readers' checks as they were, one walk or search each: `first_lines` must agree.
    fn reference(input: &[u8]) -> (bool, bool, bool) {
        let walk = |lines: usize, marks: &dyn Fn(&[u8]) -> bool| {
            let mut pos = 0;
            for _ in 0..lines {
                if pos >= input.len() {
                    break;
                }
                let line = line_at(input, pos);
                if marks(line.bytes(input)) {
                    return true;
                }
                pos = line.next;
            }
            false
        };
        let trace = walk(trace::LINES, &trace::marks_line);
        let wget = walk(wget::LINES, &wget::marks_line);
        let head = input.get(..curl::HEAD).unwrap_or(input);
        let window_end = memchr::memchr_iter(b'\n', head)
            .nth(curl::LINES - 1)
            .map_or(head.len(), |i| i + 1);
        let curl = (0..window_end).any(|at| {
            let rest = head.get(at..).unwrap_or_default();
            let line_start = at == 0 || head.get(at - 1) == Some(&b'\n');
            (line_start && curl::marks_line(head, at))
                || [
                    &b"*   Trying "[..],
                    b"* Connected to ",
                    b"* Could not resolve host",
                ]
                .iter()
                .any(|n| rest.starts_with(n))
        });
        (trace, curl, wget)
    }

    #[test]
    fn first_lines_agree_with_each_readers_check() {
        let long = [b'y'; 100];
        let pieces: [&[u8]; 17] = [
            b"\n",
            b"\r\n",
            b"< HTTP/1.1 200 OK",
            b"> GET / HTTP/1.1",
            b"> ",
            b"*   Trying 1.2.3.4",
            b"* Could not resolve host",
            b"=> Send header, 12 bytes (0xc)",
            b"== Info: x",
            b"01:02:03.456789 <= Recv header, 3 bytes",
            b"--2024-01-01 10:00:00--  http://x/",
            b"HTTP request sent, awaiting response... ",
            b"HTTP/1.1 502 Bad Gateway",
            b"<html> body = text",
            b"  indented - line",
            b"--",
            &long,
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut seen = [0; 3];
        for round in 0..3000 {
            let mut input = Vec::new();
            let lines = [3, 60, 120, 450][round % 4];
            for _ in 0..lines {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly plain lines, so each mark shows up at every distance from the start.
                let piece = if seed % 23 == 0 {
                    pieces[(seed >> 8) as usize % pieces.len()]
                } else {
                    [pieces[13], pieces[14], &long][(seed >> 8) as usize % 3]
                };
                input.extend_from_slice(piece);
                if seed % 3 != 0 {
                    input.push(b'\n');
                }
            }
            if round % 50 == 0 {
                // A long line: curl's window then ends at its 64 KB.
                input.splice(0..0, vec![b'x'; curl::HEAD - 10]);
            }
            let found = first_lines(&input, false);
            assert_eq!(
                (found.trace, found.curl, found.wget),
                reference(&input),
                "round {round}"
            );
            for (n, flag) in seen.iter_mut().zip([found.trace, found.curl, found.wget]) {
                *n += usize::from(flag);
            }
        }
        // Each answer both ways, often.
        assert!(seen.iter().all(|&n| n > 300 && n < 2700), "{seen:?}");
    }
}
