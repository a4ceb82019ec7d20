//! resplain: paste an HTTP response, learn which layer generated it and what to do.
//!
//! One entry point, [`inspect`], runs the stages in order — input → http → body → attribution →
//! explain — and returns a [`Report`]. It never panics and never fails: a malformed paste yields a
//! Report whose `diagnostics` say what was wrong with it. See ARCHITECTURE.md for the code map.

pub mod attribution;
pub mod body;
pub mod diagnostic;
pub mod explain;
pub mod http;
pub mod input;
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use report::*;

use std::borrow::Cow;

use diagnostic::Diagnostics;
use http::RawResponse;

/// Reads a pasted response (or several) and explains the final one.
///
/// ```
/// let paste = b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n\
///     <html><body><center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center></body></html>";
/// let report = resplain::inspect(paste);
/// assert_eq!(report.response.status.code, Some(502));
/// assert_eq!(report.response.body.kind, resplain::BodyKind::Html);
/// assert_eq!(report.origin.kind, resplain::OriginKind::Proxy);
/// assert_eq!(report.origin.generator, Some("nginx"));
/// ```
///
/// Whatever the input, a Report comes back; what was wrong with the paste is in `diagnostics`:
///
/// ```
/// let report = resplain::inspect(b"\x00\x01 not http at all");
/// assert_eq!(report.response.status.code, None);
/// assert_eq!(report.origin.kind, resplain::OriginKind::Unknown);
/// ```
pub fn inspect(input: &[u8]) -> Report {
    let mut diags = Diagnostics::default();
    let paste = input::read(input, &mut diags);
    let mut raws = paste.responses;
    // `input::read` always yields at least one response; the fallback keeps this total.
    let last = raws.pop();
    let previous: Vec<Response> = raws
        .into_iter()
        .map(|raw| classify(raw, &mut diags).0)
        .collect();
    let (response, body) = match last {
        Some(raw) => classify(raw, &mut diags),
        None => (empty_response(input.len()), Cow::Borrowed(&[][..])),
    };

    let origin = attribution::attribute(&attribution::Subject {
        input,
        code: response.status.code,
        reason: response.status.reason.as_deref(),
        status_span: response.status.span,
        headers: &response.headers,
        body_span: response.body.span,
        body: &body,
        body_kind: response.body.kind,
    });
    let explanation = explain::explain(&response.status, &response.headers, &origin);
    Report {
        format: paste.format,
        input_length: input.len(),
        response,
        origin,
        explanation,
        diagnostics: diags.into_sorted(),
        previous,
    }
}

/// Classifies the body and builds the response model; hands back the de-chunked body.
fn classify<'a>(raw: RawResponse<'a>, diags: &mut Diagnostics) -> (Response, Cow<'a, [u8]>) {
    let classified = body::classify(&raw.body, raw.body_span, &raw.headers, diags);
    let response = Response {
        span: raw.span,
        status: raw.status,
        headers: raw.headers,
        body: Body {
            kind: classified.kind,
            declared_kind: classified.declared_kind,
            sniffed_kind: classified.sniffed_kind,
            media_type: classified.media_type,
            encoding: classified.encoding,
            framing: raw.framing,
            span: raw.body_span,
            length: raw.body.len(),
            declared_length: raw.declared_length,
            chunked: raw.chunked,
        },
    };
    (response, raw.body)
}

fn empty_response(at: usize) -> Response {
    Response {
        span: Span::new(at, at),
        status: Status::default(),
        headers: Vec::new(),
        body: Body {
            kind: BodyKind::Empty,
            declared_kind: None,
            sniffed_kind: BodyKind::Empty,
            media_type: None,
            encoding: None,
            framing: Framing::ToEnd,
            span: Span::new(at, at),
            length: 0,
            declared_length: None,
            chunked: None,
        },
    }
}
