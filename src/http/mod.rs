//! Tolerant HTTP/1 reading: status line, headers (ordered, with byte ranges) and body framing.
//!
//! Invariant: reading never fails. Every function returns its best reading and pushes what it
//! found odd to the diagnostics; every loop advances, so time is linear in the input.

pub(crate) mod chunked;
pub(crate) mod headers;
pub(crate) mod line;
pub(crate) mod status_line;

use std::borrow::Cow;

use crate::search::memmem;

use crate::diagnostic::{Code, Diagnostics};
use crate::report::{ChunkedInfo, Framing, Header, Span, Status, Text};
use crate::status as status_table;
use headers::HeadEnd;
use line::{is_blank, is_space, line_at, skip_whitespace, EndingCount};

/// One response as read, before its body is classified.
pub struct RawResponse<'a> {
    pub span: Span,
    pub status: Status,
    pub headers: Vec<Header>,
    /// The body after de-chunking (borrowed from the input unless it was chunked).
    pub body: Cow<'a, [u8]>,
    pub body_span: Span,
    pub framing: Framing,
    pub declared_length: Option<u64>,
    pub chunked: Option<ChunkedInfo>,
}

/// Reads one response starting at `start`. `has_status_line` is false for a bare header block.
/// Returns the response and where the next response starts, if another follows.
pub fn read_response<'a>(
    input: &'a [u8],
    start: usize,
    indent: usize,
    has_status_line: bool,
    endings: &mut EndingCount,
    diags: &mut Diagnostics,
) -> (RawResponse<'a>, Option<usize>) {
    let known = has_status_line.then(|| (line_at(input, start), None));
    read_response_parsed(input, start, indent, known, endings, diags)
}

/// [`read_response`], `known` the status line at `start` and its parse when the caller has it
/// (`None`: a bare header block).
pub(crate) fn read_response_parsed<'a>(
    input: &'a [u8],
    start: usize,
    indent: usize,
    known: Option<(line::Line, Option<status_line::StatusLine>)>,
    endings: &mut EndingCount,
    diags: &mut Diagnostics,
) -> (RawResponse<'a>, Option<usize>) {
    let (status, headers_start) = if let Some((line, parsed)) = known {
        endings.add(line.ending);
        (
            read_status(input, line.start, line.end, parsed, diags),
            line.next,
        )
    } else {
        (Status::default(), start)
    };
    let head = headers::parse(input, headers_start, indent, endings, diags);
    let headers = head.headers;
    let status = if status.code.is_none() {
        status_from_pseudo_header(&headers).unwrap_or(status)
    } else {
        status
    };

    let body_start = match head.end {
        HeadEnd::BlankLine { body_start } | HeadEnd::BodyWithoutBlankLine { body_start } => {
            body_start
        }
        HeadEnd::NextResponse { at } => {
            let body = RawResponse::empty_body(Span::new(at, at), Framing::None);
            return (
                RawResponse {
                    span: Span::new(start, at),
                    status,
                    headers,
                    ..body
                },
                Some(at),
            );
        }
        HeadEnd::Eof => {
            diags.push(Code::HeadUnterminated, Span::new(input.len(), input.len()));
            input.len()
        }
    };

    let framed = frame_body(input, body_start, status.code, &headers, diags);
    let end = framed.next.unwrap_or(input.len());
    (
        RawResponse {
            span: Span::new(start, end),
            status,
            headers,
            body: framed.body,
            body_span: framed.span,
            framing: framed.framing,
            declared_length: framed.declared_length,
            chunked: framed.chunked,
        },
        framed.next,
    )
}

impl RawResponse<'_> {
    fn empty_body(span: Span, framing: Framing) -> Self {
        RawResponse {
            span,
            status: Status::default(),
            headers: Vec::new(),
            body: Cow::Borrowed(&[]),
            body_span: span,
            framing,
            declared_length: None,
            chunked: None,
        }
    }
}

/// The status line `input[start..end]`, `parsed` already when the caller parsed it.
fn read_status(
    input: &[u8],
    start: usize,
    end: usize,
    parsed: Option<status_line::StatusLine>,
    diags: &mut Diagnostics,
) -> Status {
    let text = input.get(start..end).unwrap_or_default();
    let span = Span::new(start, end);
    let Some(parsed) = parsed.or_else(|| status_line::parse(text)) else {
        diags.push(Code::MalformedStatusLine, span);
        return Status {
            span: Some(span),
            ..Status::default()
        };
    };
    let version = text
        .get(parsed.version.0..parsed.version.1)
        .unwrap_or_default();
    let known_version = status_line::known_version(version);
    if known_version.is_none() {
        diags.push(Code::UnknownVersion, span);
    }
    let code = parsed.code;
    if !(100..=599).contains(&code) {
        diags.push(Code::StatusOutOfRange, span);
    }
    let standard_reason = status_table::lookup(code).map(|s| s.reason);
    // The registered phrase as written (most pastes) is the table's: nothing to copy or compare.
    let registered = |r: &[u8]| standard_reason.filter(|s| s.as_bytes() == r);
    let reason: Option<Text> =
        parsed
            .reason
            .and_then(|(s, e)| text.get(s..e))
            .map(|r| match registered(r) {
                Some(phrase) => Cow::Borrowed(phrase),
                None => Cow::Owned(crate::http::line::lossy_owned(r)),
            });
    if matches!(&reason, Some(Cow::Owned(r)) if crate::search::contains(r, "\u{fffd}")) {
        diags.push(Code::NonUtf8, span);
    }
    match &reason {
        None if version.starts_with(b"1") || version.starts_with(b"0") => {
            diags.push(Code::MissingReason, span);
        }
        None | Some(Cow::Borrowed(_)) => {}
        Some(reason) => check_reason(code, reason, span, diags),
    }
    Status {
        code: Some(code),
        reason,
        version: Some(known_version.map_or_else(
            || Cow::Owned(crate::http::line::lossy_owned(version)),
            Cow::Borrowed,
        )),
        standard_reason,
        span: Some(span),
    }
}

fn check_reason(code: u16, reason: &str, span: Span, diags: &mut Diagnostics) {
    if status_table::reason_matches(code, reason) {
        return;
    }
    // Built by pushes: `format!` cost more than the rest of the check.
    let mut detail = String::with_capacity(reason.len() + 48);
    detail.push('"');
    detail.push_str(reason);
    let kind = match status_table::code_for_reason(reason) {
        Some(other) if other != code => {
            detail.push_str("\" is the reason phrase of ");
            push_number(&mut detail, other);
            detail.push_str(", not ");
            push_number(&mut detail, code);
            Code::ReasonMismatch
        }
        _ => {
            let Some(entry) = status_table::lookup(code) else {
                return;
            };
            detail.push_str("\" where ");
            push_number(&mut detail, code);
            detail.push_str(" is registered as \"");
            detail.push_str(entry.reason);
            detail.push('"');
            Code::NonstandardReason
        }
    };
    diags.push_with(kind, span, detail);
}

/// `code` in decimal, without the formatter (here and for the explanation).
pub(crate) fn push_number(out: &mut String, code: u16) {
    // Natively, a status code's three digits at once (the same text).
    if crate::FAST && (100..1000).contains(&code) {
        for d in [code / 100, code / 10 % 10, code % 10] {
            out.push(char::from(b'0' + u8::try_from(d).unwrap_or(0)));
        }
        return;
    }
    let mut buffer = [0u8; 5];
    for &d in crate::status::digits(code, &mut buffer) {
        out.push(char::from(d));
    }
}

/// `:status: 502` from an HTTP/2 header dump with no status line.
// Out of line: only an HTTP/2 or HTTP/3 head printed without a status line comes here.
#[inline(never)]
fn status_from_pseudo_header(headers: &[Header]) -> Option<Status> {
    let header = headers::first(headers, ":status")?;
    let code = line::parse_u16(header.value.trim().as_bytes())?;
    Some(Status {
        code: Some(code),
        reason: None,
        version: Some(Cow::Borrowed("2")),
        standard_reason: status_table::lookup(code).map(|s| s.reason),
        span: Some(header.span),
    })
}

struct FramedBody<'a> {
    body: Cow<'a, [u8]>,
    span: Span,
    framing: Framing,
    declared_length: Option<u64>,
    chunked: Option<ChunkedInfo>,
    next: Option<usize>,
}

fn frame_body<'a>(
    input: &'a [u8],
    start: usize,
    code: Option<u16>,
    headers: &[Header],
    diags: &mut Diagnostics,
) -> FramedBody<'a> {
    let declared_length = content_length(headers, diags);
    let is_chunked = is_chunked(headers);
    if is_chunked && declared_length.is_some() {
        if let Some(h) = headers::first(headers, "content-length") {
            diags.push(Code::ContentLengthWithChunked, h.span);
        }
    }

    let bodyless = code.is_some_and(|c| (100..200).contains(&c) || c == 204 || c == 304);
    if bodyless {
        let next = find_next_response(input, start);
        let end = next.unwrap_or(input.len());
        let region = input.get(start..end).unwrap_or_default();
        if !is_blank(region) {
            diags.push(Code::UnexpectedBody, Span::new(start, end));
        }
        return FramedBody {
            body: Cow::Borrowed(&[]),
            span: Span::new(start, start),
            framing: Framing::None,
            declared_length,
            chunked: None,
            next,
        };
    }

    if is_chunked {
        return framed_chunked(input, start, diags);
    }

    if let Some(declared) = declared_length {
        return framed_by_length(input, start, declared, diags);
    }

    let (span, next) = delimited(input, start);
    FramedBody {
        body: Cow::Borrowed(input.get(span.start..span.end).unwrap_or_default()),
        span,
        framing: Framing::ToEnd,
        declared_length: None,
        chunked: None,
        next,
    }
}

/// A body the head declares chunked: decoded, or kept as it is when the paste shows it already
/// decoded. Out of line: V8 compiles a wasm function when it is first called, and many pastes
/// are not chunked.
#[inline(never)]
fn framed_chunked<'a>(input: &'a [u8], start: usize, diags: &mut Diagnostics) -> FramedBody<'a> {
    // The chunked body cannot extend past the next response in the paste.
    let limit = find_next_response(input, start).unwrap_or(input.len());
    if let Some(decoded) = chunked::decode(input, start, limit, diags) {
        diags.push(Code::ChunkedDecoded, Span::new(start, decoded.end));
        let next = after_body(input, decoded.end, diags);
        return FramedBody {
            body: Cow::Owned(decoded.body),
            span: Span::new(start, decoded.end),
            framing: Framing::Chunked,
            declared_length: None,
            chunked: Some(decoded.info),
            next,
        };
    }
    let (span, next) = delimited(input, start);
    if !span.is_empty() {
        diags.push(Code::ChunkedAlreadyDecoded, span);
    }
    FramedBody {
        body: Cow::Borrowed(input.get(span.start..span.end).unwrap_or_default()),
        span,
        framing: Framing::ChunkedAlreadyDecoded,
        declared_length: None,
        chunked: None,
        next,
    }
}

fn framed_by_length<'a>(
    input: &'a [u8],
    start: usize,
    declared: u64,
    diags: &mut Diagnostics,
) -> FramedBody<'a> {
    let exact_end = usize::try_from(declared)
        .ok()
        .and_then(|n| start.checked_add(n))
        .filter(|&end| end <= input.len());
    // The usual case: exactly the declared bytes, then the end of the paste or the next response.
    if let Some(end) = exact_end {
        let after = skip_whitespace(input, end);
        let next_here = after < input.len() && starts_response(input, after);
        if after == input.len() || next_here {
            return FramedBody {
                body: Cow::Borrowed(input.get(start..end).unwrap_or_default()),
                span: Span::new(start, end),
                framing: Framing::ContentLength,
                declared_length: Some(declared),
                chunked: None,
                next: next_here.then_some(after),
            };
        }
    }
    let (span, next) = delimited(input, start);
    if span.is_empty() {
        diags.push(Code::HeadOnly, span);
    } else {
        body_not_as_declared(input, span, declared, diags);
    }
    FramedBody {
        body: Cow::Borrowed(input.get(span.start..span.end).unwrap_or_default()),
        span,
        framing: Framing::ContentLength,
        declared_length: Some(declared),
        chunked: None,
        next,
    }
}

/// A body whose length is not the declared one: said with both lengths. Out of line: most
/// pastes show the declared body or none.
#[inline(never)]
fn body_not_as_declared(input: &[u8], span: Span, declared: u64, diags: &mut Diagnostics) {
    let found = span.len() as u64;
    let detail = format!("Content-Length declares {declared} bytes, the paste has {found}");
    let body = input.get(span.start..span.end).unwrap_or_default();
    let line_breaks = memchr::memchr_iter(b'\n', body).count() as u64;
    let code = if found < declared && declared - found <= line_breaks {
        Code::CrlfConverted
    } else if found < declared {
        Code::BodyShorterThanDeclared
    } else {
        Code::BodyLongerThanDeclared
    };
    diags.push_with(code, span, detail);
}

/// A body with no usable length: up to the next response in the paste, or the end.
/// Line breaks just before a following response separate the two and are not body.
fn delimited(input: &[u8], start: usize) -> (Span, Option<usize>) {
    match find_next_response(input, start) {
        Some(next) => {
            let region = input.get(start..next).unwrap_or_default();
            let trailing = region
                .iter()
                .rev()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
            (Span::new(start, next - trailing), Some(next))
        }
        None => (Span::new(start, input.len()), None),
    }
}

/// After a body whose end is known: the next response, diagnosing anything else left over.
fn after_body(input: &[u8], end: usize, diags: &mut Diagnostics) -> Option<usize> {
    let next = find_next_response(input, end);
    let stop = next.unwrap_or(input.len());
    if !is_blank(input.get(end..stop).unwrap_or_default()) {
        diags.push(Code::TrailingData, Span::new(end, stop));
    }
    next
}

/// Whether a status line starts at `pos` (possibly after spaces).
fn starts_response(input: &[u8], pos: usize) -> bool {
    let line = line_at(input, pos);
    let text = line.bytes(input);
    let indent = text.iter().take_while(|&&b| is_space(b)).count();
    status_line::parse(text.get(indent..).unwrap_or_default()).is_some()
}

/// The start of the next status line at or after `from` that begins a line (spaces before it
/// allowed). Linear: each candidate is looked at once.
pub(crate) fn find_next_response(input: &[u8], from: usize) -> Option<usize> {
    let haystack = input.get(from..)?;
    // Too short for a status line (a head's end, mostly): no searcher built.
    if haystack.len() < 5 {
        return None;
    }
    for offset in memmem::find_iter(haystack, b"HTTP/") {
        let at = from + offset;
        let before = input.get(..at).unwrap_or_default();
        let line_start = at - before.iter().rev().take_while(|&&b| is_space(b)).count();
        let begins_line =
            at == from || line_start == 0 || input.get(line_start - 1) == Some(&b'\n');
        if begins_line && status_line::parse(line_at(input, at).bytes(input)).is_some() {
            return Some(at);
        }
    }
    None
}

fn content_length(headers: &[Header], diags: &mut Diagnostics) -> Option<u64> {
    let mut found: Option<u64> = None;
    for header in headers::values(headers, "content-length") {
        // Whether the count `part` agrees with the ones before (said when not).
        let mut take = |part: &str| {
            let parsed = (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| line::parse_u64(part.as_bytes()))
                .flatten();
            match (parsed, found) {
                (None, _) => {
                    diags.push_with(
                        Code::InvalidContentLength,
                        header.span,
                        format!("\"{part}\" is not a byte count"),
                    );
                    false
                }
                (Some(n), Some(previous)) if n != previous => {
                    diags.push_with(
                        Code::ConflictingContentLength,
                        header.span,
                        format!("{previous} and {n}"),
                    );
                    false
                }
                (Some(n), _) => {
                    found = Some(n);
                    true
                }
            }
        };
        let value: &str = &header.value;
        // Natively, a value of digits alone (most) is its one part: not split and trimmed.
        if crate::FAST && !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            if !take(value) {
                return None;
            }
            continue;
        }
        // `Content-Length: 42, 42` (a list of equal values) is allowed by RFC 9110.
        for part in value.split(',') {
            if !take(part.trim()) {
                return None;
            }
        }
    }
    found
}

fn is_chunked(headers: &[Header]) -> bool {
    // The last coding of the last Transfer-Encoding header (a loop: `filter_map(…).last()` was
    // an instance of its own).
    let mut last = None;
    for h in headers::values(headers, "transfer-encoding") {
        last = Some(line::after_last(&h.value, b','));
    }
    last.is_some_and(|coding| coding.trim().eq_ignore_ascii_case("chunked"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `content_length` reads what splitting and trimming every value reads, digits alone
    /// taken at once or not: the same count, the same diagnostics.
    #[test]
    fn counts_read_as_split() {
        let reference = |values: &[&str]| {
            let mut found = None;
            for value in values {
                for part in value.split(',') {
                    let part = part.trim();
                    let parsed = (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                        .then(|| part.parse::<u64>().ok())
                        .flatten();
                    match (parsed, found) {
                        (None, _) => {
                            return (None, Some(format!("\"{part}\" is not a byte count")))
                        }
                        (Some(n), Some(p)) if n != p => {
                            return (None, Some(format!("{p} and {n}")))
                        }
                        (Some(n), _) => found = Some(n),
                    }
                }
            }
            (found, None)
        };
        let cases: [&[&str]; 9] = [
            &["18"],
            &["0"],
            &["42, 42"],
            &[" 7"],
            &["99999999999999999999999"],
            &["12a"],
            &[""],
            &["1,2"],
            &["5", "6"],
        ];
        for values in cases {
            let headers: Vec<Header> = values
                .iter()
                .map(|v| Header {
                    name: crate::report::header_name("Content-Length".to_owned()),
                    value: crate::report::header_value((*v).to_owned()),
                    span: Span::default(),
                    value_span: None,
                })
                .collect();
            let mut diags = Diagnostics::default();
            let count = content_length(&headers, &mut diags);
            let detail = diags.into_sorted().pop().and_then(|d| d.detail);
            assert_eq!((count, detail), reference(values), "{values:?}");
        }
    }

    /// `push_number` writes what the formatter writes, three digits at once or not.
    #[test]
    fn numbers_are_written_as_formatted() {
        let mut out = String::new();
        for n in 0..=u16::MAX {
            out.clear();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
