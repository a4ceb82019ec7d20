//! A response as a client printed it — a status and reason, headers as a dict or an object, the
//! body as text or a string literal — rebuilt as HTTP/1.1 text for the stages, the way `Parts`
//! is, except that every piece keeps the range of the paste it was read from, so evidence
//! highlights land on the pasted bytes.

use std::borrow::Cow;

use super::literal::{self, Quoted};
use super::spans::Builder;
use super::Prepared;
use crate::diagnostic::{Code, Diagnostic};
use crate::report::{InputFormat, Request, Span, TransportNote};

/// One piece of the paste that becomes part of the rebuilt text.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    /// Bytes as they are in the paste (a body printed as text).
    Raw(Span),
    /// A string literal, decoded (`'<html>\r\n'`).
    Quoted(Quoted),
    /// An object literal written back as JSON (a body a client had already parsed).
    Json(Span),
}

impl Piece {
    fn append(&self, b: &mut Builder, input: &[u8]) {
        match *self {
            Piece::Raw(span) => b.copy(input, span),
            Piece::Quoted(q) => literal::append(b, input, q),
            Piece::Json(span) => literal::to_json(b, input, span, 0),
        }
    }

    /// The text of the piece, decoded, with the range it stands for.
    pub(crate) fn text(&self, input: &[u8]) -> (String, Span) {
        let mut b = Builder::default();
        self.append(&mut b, input);
        let span = match *self {
            Piece::Raw(span) | Piece::Json(span) => span,
            Piece::Quoted(q) => q.inner(),
        };
        (crate::http::line::lossy_owned(&b.text), span)
    }
}

/// What a client printed about one response.
#[derive(Debug)]
pub(crate) struct Printout {
    pub format: InputFormat,
    /// What printed it, in words, for the diagnostic (`Python requests' print(r.headers)`).
    pub what: &'static str,
    pub code: Option<(u16, Span)>,
    pub reason: Option<Piece>,
    /// Name and value.
    pub headers: Vec<(Piece, Piece)>,
    /// The body as printed, in pieces; empty when the printout does not show it.
    pub body: Vec<Piece>,
    /// The URL the response came from, when the printout shows it and not the method (the
    /// request itself is then not known).
    pub url: Option<String>,
    pub request: Option<Request>,
    pub transport: Vec<TransportNote>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Codes the stages raise about the rebuilt text rather than about the response: a client that
/// does not print the reason phrase, and a body printed as decoded text (its length says nothing
/// about Content-Length: the client decompressed and decoded it, the terminal turned its CRLFs
/// into LFs).
const ARTIFACTS: &[Code] = &[
    Code::MissingReason,
    Code::CrlfConverted,
    Code::BodyShorterThanDeclared,
    Code::BodyLongerThanDeclared,
];

impl Printout {
    // Not inlined: each inlined copy stores every field.
    #[inline(never)]
    pub(crate) fn new(format: InputFormat, what: &'static str) -> Self {
        Printout {
            format,
            what,
            code: None,
            reason: None,
            headers: Vec::new(),
            body: Vec::new(),
            url: None,
            request: None,
            transport: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// The rebuilt text and its map; a printout with neither status nor headers shows no
    /// response (what the client said about the failure is in `transport`).
    pub(crate) fn prepare(self, input: &[u8]) -> Prepared<'_> {
        let Printout {
            format,
            what,
            code,
            reason,
            headers,
            body,
            url,
            request,
            transport,
            mut diagnostics,
        } = self;
        let failed = transport.iter().any(|n| n.error);
        let mut prepared = Prepared::new(Some(format), Cow::Borrowed(&[]));
        if code.is_none() && headers.is_empty() {
            if !failed {
                // Read as raw text: a product's own page inside the printout still counts.
                prepared = Prepared::unreadable(input, format, what);
            }
            prepared.request = request;
            prepared.transport = transport;
            prepared.diagnostics = diagnostics;
            return prepared;
        }
        let mut b = Builder::default();
        // What the printout showed, in words (`status, reason, headers, body`).
        let mut shown = String::new();
        if let Some((code, span)) = code {
            b.added(b"HTTP/1.1 ", span.start);
            b.mapped(format!("{}", u32::from(code)).as_bytes(), span);
            shown.push_str(", status");
            if let Some(reason) = &reason {
                let (text, span) = reason.text(input);
                b.added(b" ", span.start);
                b.mapped(one_line(&text).as_bytes(), span);
                shown.push_str(", reason");
            }
            b.added(b"\r\n", span.end);
        }
        for (name, value) in &headers {
            let (name, name_span) = name.text(input);
            let (value, value_span) = value.text(input);
            b.mapped(one_line(&name).as_bytes(), name_span);
            b.added(b": ", name_span.end);
            b.mapped(one_line(&value).as_bytes(), value_span);
            b.added(b"\r\n", value_span.end);
        }
        if !headers.is_empty() {
            shown.push_str(", headers");
        }
        let at = b.map.to_input(Span::new(b.len(), b.len())).end;
        b.added(b"\r\n", at);
        for piece in &body {
            piece.append(&mut b, input);
        }
        if !body.is_empty() {
            shown.push_str(", body");
        }
        let span = code.map_or(Span::default(), |(_, s)| s);
        let from = url.map(|u| format!(" (for {u})")).unwrap_or_default();
        diagnostics.push(Diagnostic::new(Code::RebuiltResponse, span).with_detail(format!(
            "from {what}{from}: {} as printed, rebuilt as HTTP/1.1 text (the version and the raw bytes are not in the paste)",
            shown.get(2..).unwrap_or_default()
        )));
        prepared.text = Cow::Owned(b.text);
        prepared.map = Some(b.map);
        prepared.request = request;
        prepared.transport = transport;
        prepared.diagnostics = diagnostics;
        prepared.artifacts = ARTIFACTS;
        prepared.body_hidden = body.is_empty();
        prepared
    }
}

/// A client's report that no response came: the line at `line` names a connection failure
/// (`meanings::failure`, within its first kilobyte: a line of a megabyte is read no further), kept
/// as a transport note. None when it names none.
pub(crate) fn failure<'a>(
    input: &'a [u8],
    line: Span,
    format: InputFormat,
    what: &'static str,
) -> Option<Prepared<'a>> {
    let text = input.get(line.start..line.end)?;
    let meaning = super::meanings::failure(text.get(..1024).unwrap_or(text))?;
    let mut printout = Printout::new(format, what);
    printout.transport.push(TransportNote {
        message: crate::http::line::lossy_owned(text),
        meaning: Some(meaning),
        error: true,
        span: Some(line),
    });
    Some(printout.prepare(input))
}

/// A header value or reason phrase cannot hold a line break; one that does would forge a line.
fn one_line(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b == b'\r' || b == b'\n') {
        // The same as `Parts::to_http`'s, one function for both.
        Cow::Owned(crate::search::line_breaks_to_spaces(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// A body printed by `print()` or `console.log()` to the end of the paste: without the line
/// break the printing added after it.
pub(crate) fn printed_body(input: &[u8], start: usize) -> Piece {
    let end = match input {
        [.., b'\r', b'\n'] => input.len() - 2,
        [.., b'\n'] => input.len() - 1,
        _ => input.len(),
    };
    Piece::Raw(Span::new(start, end.max(start)))
}

/// A status code as written at `span` (`502`), when it is one.
pub(crate) fn code_at(input: &[u8], span: Span) -> Option<(u16, Span)> {
    let text = input.get(span.start..span.end)?;
    let code = crate::http::line::parse_u16(text)?;
    (text.len() == 3 && (100..=599).contains(&code)).then_some((code, span))
}

/// The URL of a printout as the request it answered, when the method is known.
pub(crate) fn request(method: &str, url: &str) -> Request {
    super::request::build(method.to_ascii_uppercase(), url, Vec::new(), None)
}
