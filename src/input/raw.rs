//! Raw HTTP text: one or more responses, a bare header block, a body alone, or nothing.
//!
//! Invariant: every input yields at least one response (possibly with no status and an empty
//! body); the loop over responses always advances, so a paste of many responses is read in one
//! linear pass.

use crate::diagnostic::{Code, Diagnostics};
use crate::http::headers::looks_like_header_line;
use crate::http::line::{is_space, line_at, skip_whitespace, EndingCount, Line};
use crate::http::status_line::{self, StatusLine};
use crate::http::{read_response, read_response_parsed, RawResponse};
use crate::report::{Framing, InputFormat, Span, Status};

pub struct Paste<'a> {
    pub format: InputFormat,
    /// The responses before the final one, oldest first (mostly none: no allocation).
    pub previous: Vec<RawResponse<'a>>,
    pub last: RawResponse<'a>,
}

/// Header names common enough that one alone starts a header block (`Server: nginx`), where a
/// single `Word: text` line might as well be prose.
const COMMON_HEADERS: &[&str] = &[
    "server",
    "date",
    "content-type",
    "content-length",
    "connection",
    "cache-control",
    "location",
    "via",
    "set-cookie",
    "transfer-encoding",
    "x-powered-by",
    ":status",
];

/// Earlier responses kept besides the final one: more than a redirect chain has (curl follows at
/// most 50 redirects by default). Past it the middle of the paste is read but not kept, so a log
/// of a million responses costs the Report no more than a hundred.
pub(crate) const MAX_PREVIOUS: usize = 100;

pub fn read<'a>(input: &'a [u8], diags: &mut Diagnostics) -> Paste<'a> {
    read_after(input, None, diags)
}

/// [`read`], `first` the paste's first line when the caller found it a status line at its
/// first byte (`detect` natively): not read again.
pub(crate) fn read_after<'a>(
    input: &'a [u8],
    first: Option<(Line, StatusLine)>,
    diags: &mut Diagnostics,
) -> Paste<'a> {
    let bom = if input.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    let start = skip_whitespace(input, bom);
    if start >= input.len() {
        diags.push(Code::EmptyInput, Span::new(0, input.len()));
        return Paste {
            format: InputFormat::Empty,
            previous: Vec::new(),
            last: body_only(input, Span::new(input.len(), input.len())),
        };
    }
    if start > bom {
        diags.push(Code::LeadingWhitespace, Span::new(bom, start));
    }
    // How far the first line is indented: the same indentation is removed from the lines after it.
    let line_start = input
        .get(..start)
        .and_then(|before| before.iter().rposition(|&b| b == b'\n'))
        .map_or(bom, |i| i + 1);
    let indent = start - line_start;
    // Natively only: the wasm module's detection hands none (without it, the module is smaller).
    let first = first.filter(|_| crate::FAST).or_else(|| {
        let line = line_at(input, start);
        Some((line, status_line::parse(line.bytes(input))?))
    });

    let mut endings = EndingCount::default();
    let paste = if let Some(first) = first {
        let mut previous: Vec<RawResponse> = Vec::new();
        // The responses skipped so far: how many, and where they lie.
        let mut skipped: Option<(usize, Span)> = None;
        let mut at = start;
        // The first status line is read already.
        let mut known = Some((first.0, Some(first.1)));
        let last = loop {
            let status = known.take().unwrap_or_else(|| (line_at(input, at), None));
            let (response, next) =
                read_response_parsed(input, at, indent, Some(status), &mut endings, diags);
            match next {
                // `next` is always past `at`: a response spans at least its status line.
                Some(next) if next > at => at = next,
                _ => break response,
            }
            if previous.len() < MAX_PREVIOUS {
                previous.push(response);
            } else {
                let (count, span) = skipped.get_or_insert((0, response.span));
                *count += 1;
                span.end = response.span.end;
            }
        };
        if let Some((count, span)) = skipped {
            diags.push_with(
                Code::TooManyResponses,
                span,
                format!("{count} responses after the first {MAX_PREVIOUS} were skipped"),
            );
        }
        Paste {
            format: InputFormat::Raw,
            previous,
            last,
        }
    } else if starts_header_block(input, start) {
        diags.push(Code::NoStatusLine, Span::new(start, start));
        let (response, _) = read_response(input, start, indent, false, &mut endings, diags);
        Paste {
            format: InputFormat::HeadersOnly,
            previous: Vec::new(),
            last: response,
        }
    } else {
        diags.push(Code::BodyOnly, Span::new(start, input.len()));
        Paste {
            format: InputFormat::BodyOnly,
            previous: Vec::new(),
            last: body_only(input, Span::new(start, input.len())),
        }
    };
    if endings.crlf == 0 && endings.lf > 0 {
        diags.push(Code::BareLf, Span::new(start, start));
    } else if endings.crlf > 0 && endings.lf > 0 {
        diags.push_with(
            Code::MixedLineEndings,
            Span::new(start, start),
            format!(
                "{} CRLF and {} bare LF line endings in the headers",
                endings.crlf, endings.lf
            ),
        );
    }
    paste
}

/// A header block: a common header name on the first line, or two header-like lines in a row.
fn starts_header_block(input: &[u8], start: usize) -> bool {
    let first = line_at(input, start);
    let text = first.bytes(input);
    if !looks_like_header_line(text) {
        return false;
    }
    let name_end = text
        .iter()
        .skip(1)
        .position(|&b| b == b':')
        .map_or(0, |i| i + 1);
    let name = text.get(..name_end).unwrap_or_default();
    if COMMON_HEADERS
        .iter()
        .any(|h| h.as_bytes().eq_ignore_ascii_case(name))
    {
        return true;
    }
    let second = line_at(input, first.next).bytes(input);
    let second = second
        .get(second.iter().take_while(|&&b| is_space(b)).count()..)
        .unwrap_or_default();
    looks_like_header_line(second)
}

fn body_only(input: &[u8], span: Span) -> RawResponse<'_> {
    RawResponse {
        span,
        status: Status::default(),
        headers: Vec::new(),
        body: std::borrow::Cow::Borrowed(input.get(span.start..span.end).unwrap_or_default()),
        body_span: span,
        framing: Framing::ToEnd,
        declared_length: None,
        chunked: None,
    }
}
