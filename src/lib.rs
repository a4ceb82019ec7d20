//! resplain: paste an HTTP response, learn which layer generated it and what to do.
//!
//! One entry point, [`inspect`], runs the stages in order — input → http → body → attribution →
//! explain — and returns a [`Report`]. It never panics and never fails: a malformed paste yields a
//! Report whose `diagnostics` say what was wrong with it. See ARCHITECTURE.md for the code map.

mod attribution;
mod body;
mod body_scan;
mod diagnostic;
mod explain;
mod http;
mod input;
mod json;
mod knowledge;
mod report;
#[cfg(any(target_arch = "wasm32", test))]
mod report_json;
mod search;
mod sort;
mod span;
mod status;
mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use input::Parts;
pub use report::*;
pub use text::{render as render_text, render_as, Style};

/// Whether the shortcuts that change no result are taken (gates, filings, a byte compared
/// before the whole, the unrolled scan): natively; the wasm module leaves them out for its size
/// (ARCHITECTURE: "a shortcut that changes no result"). A native build with it `false` gives
/// byte-identical outputs over every test paste.
const FAST: bool = cfg!(not(target_arch = "wasm32"));

/// The text of citation `n` (an evidence item's `cite`, an explanation's `cites`): where a
/// signal or an explanation comes from. Native builds carry the texts; the wasm module does not
/// (they travel as `citations.json` beside it, for pages to fetch when they show them), so there
/// it answers `None`.
pub fn citation(n: u16) -> Option<&'static str> {
    knowledge::citation(n)
}

/// The stages' entry points for the benches, the fuzz targets and the integration tests. Not the
/// API: it changes with the code.
#[doc(hidden)]
pub mod internals {
    pub use crate::body_scan::BodyScan;
    pub use crate::diagnostic::Diagnostics;
    pub use crate::explain::generators::entries as generator_entries;
    pub use crate::explain::{explain, Subject};
    pub use crate::http::{line::EndingCount, read_response};
    pub use crate::input::client::prepare as prepare_client;
    pub use crate::input::console::prepare as prepare_console;
    pub use crate::input::curl::{looks_verbose, prepare as prepare_curl};
    pub use crate::input::detect;
    pub use crate::input::har::parse as parse_har;
    pub use crate::input::node::prepare as prepare_node;
    pub use crate::input::python::prepare as prepare_python;
    pub use crate::input::raw::read as read_raw;
    pub use crate::input::request::{from_command, parse_request_line};
    pub use crate::input::terminal::prepare as prepare_terminal;
    pub use crate::input::trace::prepare as prepare_trace;
    pub use crate::input::wget::prepare as prepare_wget;
    pub use crate::input::Prepared;
    pub use crate::json::Json;
    pub use crate::status::{class_of, entries as status_entries, lookup as status_lookup};

    /// Whether every range of a reader's text leads to a range inside the input (the fuzz
    /// targets assert it for every reader).
    pub fn maps_inside(input_len: usize, prepared: &Prepared) -> bool {
        let Some(map) = &prepared.map else {
            return prepared.text.len() <= input_len;
        };
        let len = prepared.text.len();
        (0..=len).all(|at| {
            [
                crate::Span::new(at, at),
                crate::Span::new(0, at),
                crate::Span::new(at, len),
            ]
            .iter()
            .all(|&span| {
                let mapped = map.to_input(span);
                mapped.start <= mapped.end && mapped.end <= input_len
            })
        })
    }

    /// How many headers the header table explains.
    pub fn header_entry_count() -> usize {
        crate::knowledge::get().headers.len()
    }
}

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
/// assert_eq!(report.origin.generator.as_deref(), Some("nginx"));
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
    match input::detect(input) {
        input::Detected::Har(entries) => har_report(input, entries),
        input::Detected::Text(prepared) => text_report(input, prepared),
    }
}

/// Inspects a response given as parts (status, headers, body) rather than as text: what a client
/// library holds after a failed call. Spans index the rebuilt text in `reconstructed`.
///
/// ```
/// let parts = resplain::Parts {
///     status: 503,
///     status_text: "Service Unavailable".into(),
///     headers: vec![("content-type".into(), "application/json".into())],
///     body: br#"{"detail":"maintenance"}"#.to_vec(),
///     ..Default::default()
/// };
/// let report = resplain::inspect_parts(&parts);
/// assert_eq!(report.format, resplain::InputFormat::Parts);
/// assert_eq!(report.origin.kind, resplain::OriginKind::App);
/// ```
pub fn inspect_parts(parts: &input::Parts) -> Report {
    let text = parts.to_http();
    let request = parts.request();
    // A client's parts: its header names and order are its own, not the server's.
    let seen = Seen {
        body_hidden: false,
        head_as_sent: false,
    };
    let mut report = analyse(&text, request.as_ref(), seen, None);
    report.format = InputFormat::Parts;
    report.request = request;
    protect_secrets(&mut report, &text);
    report.reconstructed = Some(masked_text(&text, &report.secrets));
    report
}

/// A paste that is HTTP text, possibly wrapped (`curl -v`, `wget -S`, a request before the
/// response) or rebuilt from what a client printed.
fn text_report(input: &[u8], prepared: input::Prepared) -> Report {
    let seen = Seen {
        body_hidden: prepared.body_hidden,
        // A printout shows the head as the client library holds it (names lowercased, sorted).
        head_as_sent: !prepared
            .diagnostics
            .iter()
            .any(|d| d.code == Code::RebuiltResponse),
    };
    let mut report = analyse(
        &prepared.text,
        prepared.request.as_ref(),
        seen,
        prepared.first,
    );
    if let Some(format) = prepared.format {
        report.format = format;
    }
    drop_codes(&mut report.diagnostics, prepared.artifacts);
    if let Some(map) = &prepared.map {
        report.map_spans(&|span| map.to_input(span));
    }
    let rebuilt = prepared.text.is_empty() && prepared.format.is_some();
    if prepared.map.is_some() || rebuilt || prepared.format == Some(InputFormat::RequestOnly) {
        // The spans now index the input (a request-only paste's request span always did).
        report.input_length = input.len();
    }
    if rebuilt {
        // Nothing was read: what the reader says is the finding, not an empty paste.
        drop_codes(&mut report.diagnostics, &[Code::EmptyInput]);
    }
    if !prepared.diagnostics.is_empty() {
        report.diagnostics.extend(prepared.diagnostics);
        diagnostic::sort_by_start(&mut report.diagnostics);
    }
    report.request = prepared.request;
    report.transport = prepared.transport;
    note_missing_response(&mut report);
    if report.format == InputFormat::RequestOnly {
        note_request_only(&mut report);
    }
    if let Some(what) = prepared.unreadable {
        note_unreadable(&mut report, what);
    }
    note_not_http(&mut report);
    protect_secrets(&mut report, input);
    report
}

/// A paste with no status line, no headers and nothing any layer writes (no product's marks,
/// no layer cues, not a JSON or HTML body) is not a response: say so rather than explain it.
fn note_not_http(report: &mut Report) {
    let r = &report.response;
    let shapeless = matches!(r.body.kind, BodyKind::Text | BodyKind::Binary);
    if report.format != InputFormat::BodyOnly
        || !shapeless
        || report.origin.basis != "none"
        || !report.origin.evidence.is_empty()
        || report.request.is_some()
        || !report.transport.is_empty()
    {
        return;
    }
    report
        .diagnostics
        .push(Diagnostic::new(Code::NotHttp, r.body.span));
    diagnostic::sort_by_start(&mut report.diagnostics);
    "This is not an HTTP response".clone_into(&mut report.origin.verdict);
    report.explanation.summary =
        "Paste the response itself: curl -si URL prints it, the Network panel copies it, a HAR file holds it.".to_owned();
    report.explanation.message = None;
}

/// A paste recognisably a tool's output or a program's printout that held no readable response:
/// its text is not the application's, so the verdict stays unknown unless a product's own
/// fingerprint decided it (an nginx page inside a log is still nginx's).
#[inline(never)]
fn note_unreadable(report: &mut Report, what: &'static str) {
    if report.response.status.code.is_some() || report.transport.iter().any(|n| n.error) {
        return;
    }
    report.diagnostics.push(
        Diagnostic::new(
            Code::UnreadableTranscript,
            Span::new(0, report.input_length),
        )
        .with_detail(format!(
            "the paste looks like {what}, but no response could be read from it"
        )),
    );
    diagnostic::sort_by_start(&mut report.diagnostics);
    if report.origin.basis == "fingerprint" {
        return;
    }
    let origin = &mut report.origin;
    origin.kind = OriginKind::Unknown;
    origin.likely = OriginKind::Unknown;
    origin.generator = None;
    origin.generator_name = None;
    origin.known = false;
    origin.confidence = 0.0;
    origin.basis = "none";
    origin.reasons.clear();
    origin.verdict = format!(
        "The paste could not be read as a response: it looks like {what}, and no status line, headers or body could be taken from it"
    );
    report.explanation.summary = format!(
        "No response could be read from this paste ({what}): paste the response itself (curl -si URL, or the response in DevTools)."
    );
    report.explanation.message = None;
}

/// A HAR file: every entry inspected on its own (up to `har::MAX_INSPECTED`), failing entries
/// first; the top level is the first of them (inspected a second time rather than cloned: one
/// entry costs less than the code and memory of copying a Report).
// Out of `inspect`, as are the notes below for pastes other than a response: V8 compiles a wasm
// function when it is first called, so a pasted response does not compile them.
#[inline(never)]
fn har_report(input: &[u8], entries: Vec<input::har::HarEntry>) -> Report {
    let top_index = entries
        .iter()
        .position(input::har::HarEntry::failing)
        .unwrap_or(0);
    let listed_only = entries.iter().filter(|e| !e.inspect).count();
    let total = entries.len();
    let mut top = None;
    let mut reports: Vec<Entry> = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        if i == top_index {
            top = Some(har_entry_report(
                &entry.text,
                entry.request.clone(),
                entry.transport.clone(),
                entry.body_missing,
            ));
        }
        let failing = entry.failing();
        let (method, url) = (entry.request.method.clone(), entry.request.url.clone());
        let report = entry
            .inspect
            .then(|| {
                har_entry_report(
                    &entry.text,
                    entry.request,
                    entry.transport,
                    entry.body_missing,
                )
            })
            .map(Box::new);
        reports.push(Entry {
            index: entry.index,
            method,
            url,
            status: entry.status,
            failing,
            report,
        });
    }
    // Stable: failing entries first, each group in the order of the file.
    crate::sort::by_key(&mut reports, |e| u64::from(!e.failing));
    let mut top = top.unwrap_or_else(|| {
        let mut report = analyse(b"", None, Seen::default(), None);
        report.format = InputFormat::Har;
        report.diagnostics = vec![Diagnostic::new(Code::HarNoEntries, Span::default())];
        report
    });
    if listed_only > 0 {
        top.diagnostics.push(
            Diagnostic::new(Code::HarEntriesNotInspected, Span::default()).with_detail(format!(
                "{} of {total} entries inspected; the other {listed_only} are listed only",
                total - listed_only
            )),
        );
        diagnostic::sort_by_start(&mut top.diagnostics);
    }
    top.entries = reports;
    // The file itself, as a share link or a copy of the paste carries it.
    let (secrets, capped) = input::secrets::scan(input);
    for (start, end) in secrets {
        top.paste_secrets.push(start);
        top.paste_secrets.push(end);
    }
    if capped {
        note_too_many_secrets(&mut top.diagnostics);
    }
    top
}

fn har_entry_report(
    text: &[u8],
    request: Request,
    transport: Vec<TransportNote>,
    body_missing: bool,
) -> Report {
    let seen = Seen {
        body_hidden: body_missing,
        head_as_sent: true,
    };
    let mut report = analyse(text, Some(&request), seen, None);
    report.format = InputFormat::Har;
    if body_missing {
        let at = report.response.body.span;
        report
            .diagnostics
            .push(Diagnostic::new(Code::HarBodyMissing, at));
        diagnostic::sort_by_start(&mut report.diagnostics);
    }
    report.transport = transport;
    report.request = Some(request);
    note_missing_response(&mut report);
    protect_secrets(&mut report, text);
    report.reconstructed = Some(masked_text(text, &report.secrets));
    report
}

/// What the format of a paste shows of the response as it was sent.
#[derive(Default, Clone, Copy)]
struct Seen {
    /// The format does not show the final body: an empty one is unknown, not empty.
    body_hidden: bool,
    /// The head is as the server wrote it (names' case and order are evidence); false for a
    /// client's printout or parts, which hold the headers their own way.
    head_as_sent: bool,
}

/// The stages over HTTP text: input → http → body → attribution → explain. `request` is the
/// request when the paste shows it (its method decides retry advice, its Accept header whether
/// an HTML error page answered a JSON call). `first` is the text's first line when the
/// detection read it as a status line (`Prepared::first`).
fn analyse(
    text: &[u8],
    request: Option<&Request>,
    seen: Seen,
    first: Option<(http::line::Line, http::status_line::StatusLine)>,
) -> Report {
    let mut diags = Diagnostics::for_paste();
    let paste = input::read_after(text, first, &mut diags);
    let mut previous: Vec<Response> = Vec::new();
    for raw in paste.previous {
        previous.push(classify(raw, &mut diags).0);
    }
    let (response, body) = classify(paste.last, &mut diags);

    // Read once for the literals attribution and explanation look for.
    let raw_body = text
        .get(response.body.span.start..response.body.span.end)
        .unwrap_or_default();
    let body_scan = body_scan::BodyScan::of(raw_body);
    let origin = attribution::attribute(
        &attribution::Subject {
            code: response.status.code,
            reason: response.status.reason.as_deref(),
            standard_reason: response.status.standard_reason,
            version: response.status.version.as_deref(),
            status_span: response.status.span,
            headers: &response.headers,
            body_span: response.body.span,
            body: &body,
            body_kind: response.body.kind,
            body_missing: body.is_empty()
                && (seen.body_hidden || response.body.declared_length.is_some_and(|l| l > 0)),
            head_as_sent: seen.head_as_sent,
        },
        &body_scan,
    );
    let explanation = explain::explain(&explain::Subject {
        input: text,
        status: &response.status,
        headers: &response.headers,
        body: &body,
        body_kind: response.body.kind,
        media_type: response.body.media_type.as_deref(),
        body_span: response.body.span,
        origin: &origin,
        method: request.map(|r| r.method.as_str()),
        request_headers: request.map_or(&[][..], |r| r.headers.as_slice()),
        body_scan: &body_scan,
    });
    // Sorted before the Report is built: a call among its fields had the response and the
    // origin copied twice.
    let diagnostics = diags.into_sorted();
    Report {
        format: paste.format,
        input_length: text.len(),
        reconstructed: None,
        request: None,
        transport: Vec::new(),
        secrets: Vec::new(),
        paste_secrets: Vec::new(),
        response,
        origin,
        explanation,
        diagnostics,
        previous,
        entries: Vec::new(),
    }
}

/// The diagnostics of these codes taken back. One function: each closure given to `retain` is
/// an instance of its own.
fn drop_codes(diagnostics: &mut Vec<Diagnostic>, codes: &[Code]) {
    diagnostics.retain(|d| !codes.contains(&d.code));
}

/// When the client says why no response came back (`curl: Empty reply from server`, a HAR
/// entry's `net::ERR_CONNECTION_REFUSED`), that is the finding, not an empty paste.
fn note_missing_response(report: &mut Report) {
    let failed = report.transport.iter().find(|n| n.error);
    if report.response.status.code.is_none() {
        if let Some(note) = failed {
            no_response(note, &mut report.explanation, &mut report.diagnostics);
        }
    }
}

/// The client's failure as the explanation (out of `note_missing_response`: V8 compiles it only
/// for a paste whose request failed).
#[inline(never)]
fn no_response(
    note: &TransportNote,
    explanation: &mut Explanation,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let meaning = note
        .meaning
        .unwrap_or("the client could not complete the request");
    explanation.summary = format!("No response came back ({}): {meaning}", note.message);
    explanation.causes = vec![meaning.into()];
    drop_codes(diagnostics, &[Code::EmptyInput]);
    let span = note.span.unwrap_or_default();
    diagnostics.push(Diagnostic::new(Code::NoResponse, span).with_detail(note.message.clone()));
    diagnostic::sort_by_start(diagnostics);
}

/// Only a request was pasted: say so, and what to paste instead.
#[inline(never)]
fn note_request_only(report: &mut Report) {
    drop_codes(&mut report.diagnostics, &[Code::EmptyInput]);
    let span = report
        .request
        .as_ref()
        .and_then(|r| r.span)
        .unwrap_or_default();
    report
        .diagnostics
        .push(Diagnostic::new(Code::RequestOnly, span));
    if let Some(request) = &report.request {
        report.explanation.summary = format!(
            "This is a request ({} {}), not a response: paste what came back (`curl -si URL`, or the response in DevTools) to learn who answered and why.",
            request.method, request.url
        );
    }
}

/// Lists every secret of `text` (the text the spans index) in `secrets` — what a scan of the
/// whole text finds: header lines wherever they are, JSON members, HAR name/value pairs, URLs —
/// and masks secret header values everywhere in the Report.
fn protect_secrets(report: &mut Report, text: &[u8]) {
    let (secrets, capped) = input::secrets::scan(text);
    let headers = report
        .previous
        .iter_mut()
        .flat_map(|r| r.headers.iter_mut())
        .chain(report.response.headers.iter_mut())
        .chain(report.request.iter_mut().flat_map(|r| r.headers.iter_mut()));
    for header in headers {
        if input::secrets::plainly_common(header) {
            continue;
        }
        let ranges = input::secrets::secret_ranges(&header.name, &header.value);
        if ranges.is_empty() {
            continue;
        }
        mask_header(header, &ranges, &mut report.origin, &mut report.explanation);
    }
    // A loop, not `into_iter().map(…).collect()`: each collect is an instance of its own.
    let mut spans = Vec::with_capacity(secrets.len());
    for (start, end) in secrets {
        spans.push(Span::new(start, end));
    }
    report.secrets = spans;
    if capped {
        note_too_many_secrets(&mut report.diagnostics);
    }
}

/// Masks a header holding a secret, and its quotes in the report (out of `protect_secrets`: V8
/// compiles it only for a paste with a secret header).
#[inline(never)]
fn mask_header(
    header: &mut Header,
    ranges: &[(usize, usize)],
    origin: &mut Origin,
    explanation: &mut Explanation,
) {
    let masked = input::secrets::apply(&header.value, ranges);
    // Evidence quotes the header line it matched, an insight or an id its value: the masked
    // one instead.
    for evidence in origin.evidence.iter_mut() {
        if evidence.span == header.span {
            evidence.signal = format!("{}: {masked}", header.name);
        }
    }
    for insight in explanation.insights.iter_mut() {
        if insight.span == header.span && !header.value.is_empty() {
            insight.note = crate::search::replace(&insight.note, &header.value, &masked).into();
            insight.value = masked.clone();
        }
    }
    for id in explanation.ids.iter_mut() {
        if id.span == header.span {
            id.value = masked.clone();
        }
    }
    header.value = crate::report::header_value(masked);
}

/// The scan stopped listing secrets (`secrets::MAX_SCANNED`): said first, as it concerns the
/// whole paste.
fn note_too_many_secrets(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.push(Diagnostic::new(Code::TooManySecrets, Span::default()));
    diagnostic::sort_by_start(diagnostics);
}

/// Rebuilt text as the Report shows it: every secret byte replaced by `*`, so the byte length,
/// and with it every span, stays the same.
fn masked_text(text: &[u8], secrets: &[Span]) -> String {
    let mut bytes = text.to_vec();
    for secret in secrets {
        if let Some(range) = bytes.get_mut(secret.start..secret.end) {
            range.fill(b'*');
        }
    }
    crate::http::line::lossy(&bytes).into_owned()
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

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // a test: the standard library's search
mod tests {
    /// The first line `detect` hands over (natively) gives the Report reading it again gives.
    #[test]
    fn the_first_line_handed_over_reads_as_read_again() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut handed = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let input = std::fs::read(entry.unwrap().path()).unwrap();
            let crate::input::Detected::Text(prepared) = crate::input::detect(&input) else {
                continue;
            };
            let Some(first) = prepared.first else {
                continue;
            };
            handed += 1;
            let seen = super::Seen::default();
            let with = super::analyse(&prepared.text, None, seen, Some(first));
            let without = super::analyse(&prepared.text, None, seen, None);
            assert_eq!(
                serde_json::to_string(&with).unwrap(),
                serde_json::to_string(&without).unwrap()
            );
        }
        assert!(handed > 100, "{handed}");
    }

    /// Every kind of secret, in a head, a URL and a JSON body: none survives anywhere in the
    /// Report (header values, insights, evidence, the rebuilt text), and every one is listed.
    #[test]
    fn no_secret_survives_in_the_report() {
        let secrets = [
            "eyJhbGciOiJIUzI1NiJ9.c2Vj",
            "s3cr3t-cookie",
            "alb-secret",
            "shpat_0123",
            "sess-tok-9",
            "hunter2pw",
            "sk_live_1",
            "at-json-5",
            "sid-json-4",
            "cs-oauth-7",
        ];
        let body = format!(
            "{{\"accessToken\":\"{}\",\"sessionId\":\"{}\",\"client_secret\":\"{}\",\"message\":\"expired\"}}",
            secrets[7], secrets[8], secrets[9]
        );
        let paste = format!(
            "HTTP/1.1 302 Found\r\nServer: nginx\r\nAuthorization: Bearer {}\r\nCookie: session={}\r\n\
             Set-Cookie: AWSALB={}; Path=/\r\nX-Shopify-Access-Token: {}\r\nX-Session-Token: {}\r\n\
             Location: https://admin:{}@api.test/v1?api_key={}&page=2\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            secrets[0],
            secrets[1],
            secrets[2],
            secrets[3],
            secrets[4],
            secrets[5],
            secrets[6],
            body.len()
        );
        let report = crate::inspect(paste.as_bytes());
        let json = serde_json::to_string(&report).unwrap();
        for secret in secrets {
            assert!(!json.contains(secret), "{secret} in the Report");
            let at = paste.find(secret).unwrap();
            assert!(
                report
                    .secrets
                    .iter()
                    .any(|s| s.start <= at && at + secret.len() <= s.end),
                "{secret} is not listed"
            );
        }
    }
}
