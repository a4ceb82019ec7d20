//! The serialisable model: the only thing the CLI, the wasm layer and the page see.
//!
//! Field names and shapes are a contract (DEVELOPERS.md): the top level describes the final
//! response of the paste; earlier responses go in `previous`. All byte ranges are offsets into
//! the original input bytes (UTF-8 bytes, not UTF-16 code units).

use std::borrow::Cow;

use serde::Serialize;

use crate::diagnostic::Diagnostic;

/// Explanation text: borrowed when it comes from the tables as is (most of it), owned when
/// composed for this response. A report then costs little more than what it says about the paste.
pub type Text = Cow<'static, str>;

pub use crate::span::Span;

/// A header's name: natively [`Text`], borrowed from the tables' spellings when it is written
/// so (`http::headers`); in the wasm module a `String`, as it copies every name (a borrowed
/// name's check at each use was 450 B of the module).
#[cfg(not(target_arch = "wasm32"))]
pub type HeaderName = Text;
/// A header's name (see the native definition).
#[cfg(target_arch = "wasm32")]
pub type HeaderName = String;

/// A header's value: natively [`Text`], borrowed from `http::headers`' common values when it is
/// one of them (most of a head's `close`, `text/html`); in the wasm module a `String`, as
/// [`HeaderName`].
#[cfg(not(target_arch = "wasm32"))]
pub type HeaderValue = Text;
/// A header's value (see the native definition).
#[cfg(target_arch = "wasm32")]
pub type HeaderValue = String;

/// `value` as a [`HeaderValue`].
#[allow(clippy::useless_conversion)] // the value itself in the wasm module
pub(crate) fn header_value(value: String) -> HeaderValue {
    value.into()
}

/// A copy of `value` as a `String`.
#[allow(clippy::useless_conversion)] // a clone in the wasm module
pub(crate) fn value_string(value: &HeaderValue) -> String {
    value.clone().into()
}

/// `name` as a [`HeaderName`].
#[allow(clippy::useless_conversion)] // the name itself in the wasm module
pub(crate) fn header_name(name: String) -> HeaderName {
    name.into()
}

/// A header's name as [`Text`].
#[allow(clippy::useless_conversion)] // the name itself natively
pub(crate) fn name_text(name: &HeaderName) -> Text {
    name.clone().into()
}

/// Everything resplain read and concluded from one paste.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// What the paste was: `raw`, `curl-verbose`, `har`, `headers-only`, `body-only`, `parts`,
    /// `empty`, or what a tool or a client printed (`wget`, `curl-trace`, `python-requests`,
    /// `axios`, `devtools-console`…; see `InputFormat`).
    pub format: InputFormat,
    /// Length in bytes of the text every range indexes: the input, or `reconstructed`.
    pub input_length: usize,
    /// When the response had to be rebuilt as HTTP text (from a HAR entry or from parts), that
    /// text: every span of this Report then indexes it instead of the input.
    pub reconstructed: Option<String>,
    /// The request, when the paste shows it (`curl -v`, an HTTP exchange, a HAR entry).
    pub request: Option<Request>,
    /// What the client itself reported about the connection (curl's `*` lines, a HAR entry's
    /// error): often the diagnosis when no response came back at all.
    pub transport: Vec<TransportNote>,
    /// Byte ranges of secret values (credentials, cookies, session ids, API keys, tokens in
    /// URLs and JSON) in the text the spans index, sorted and disjoint: what displays and exports
    /// must mask. Header values in this Report are already masked, and so is `reconstructed`.
    pub secrets: Vec<Span>,
    /// For a HAR file (whose spans index `reconstructed`), the secrets of the pasted file itself,
    /// as byte offsets into it, two per secret (`[start, end, start, end, …]`): what a copy or a
    /// share link of the paste must mask. Empty otherwise, where `secrets` index the paste.
    pub paste_secrets: Vec<usize>,
    /// The final response of the paste.
    #[serde(flatten)]
    pub response: Response,
    pub origin: Origin,
    pub explanation: Explanation,
    /// Parse problems and observations, in input order, each with a stable code.
    pub diagnostics: Vec<Diagnostic>,
    /// Earlier responses in the same paste (`100 Continue`, redirects, proxy `CONNECT`), oldest first.
    pub previous: Vec<Response>,
    /// For a HAR file: every entry, failing entries (status >= 400, or no response at all) first,
    /// each with its own Report (up to `input::har::MAX_INSPECTED` of them). The top level is the
    /// first of them.
    pub entries: Vec<Entry>,
}

impl Report {
    /// Moves every span through `f` (from the text the stages read to the input it came from).
    pub fn map_spans(&mut self, f: &dyn Fn(Span) -> Span) {
        self.response.map_spans(f);
        self.previous.iter_mut().for_each(|r| r.map_spans(f));
        for e in &mut self.origin.evidence {
            e.span = f(e.span);
        }
        for r in &mut self.origin.reasons {
            r.span = f(r.span);
        }
        if let Some(stack) = &mut self.origin.stack {
            for e in &mut stack.evidence {
                e.span = f(e.span);
            }
        }
        for id in &mut self.explanation.ids {
            id.span = f(id.span);
        }
        for insight in &mut self.explanation.insights {
            insight.span = f(insight.span);
        }
        if let Some(message) = &mut self.explanation.message {
            message.span = message.span.map(f);
        }
        if let Some(after) = &mut self.explanation.retry.after {
            after.span = f(after.span);
        }
        for d in &mut self.diagnostics {
            d.span = f(d.span);
        }
    }
}

impl Response {
    fn map_spans(&mut self, f: &dyn Fn(Span) -> Span) {
        self.span = f(self.span);
        self.status.span = self.status.span.map(f);
        for h in &mut self.headers {
            h.span = f(h.span);
            h.value_span = h.value_span.map(f);
        }
        self.body.span = f(self.body.span);
        if let Some(chunked) = &mut self.body.chunked {
            for t in &mut chunked.trailers {
                t.span = f(t.span);
            }
            for d in &mut chunked.data {
                *d = f(*d);
            }
        }
    }
}

/// The request that produced the response, as far as the paste shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    pub method: String,
    /// The target as written, or the full URL; credentials in it are masked.
    pub url: String,
    /// The Host header (or the URL's host): which hop was called.
    pub host: Option<String>,
    /// Whether the method is idempotent (RFC 9110 section 9.2.2): safe to retry.
    pub idempotent: bool,
    /// Request headers, secrets masked.
    pub headers: Vec<Header>,
    pub span: Option<Span>,
}

/// One line of what the client said about the connection.
#[derive(Debug, Clone, Serialize)]
pub struct TransportNote {
    /// As the client printed it (`Empty reply from server`).
    pub message: String,
    /// What it means, when the message is a known one.
    pub meaning: Option<&'static str>,
    /// True for a failure (connection refused, TLS error, empty reply), false for information.
    pub error: bool,
    pub span: Option<Span>,
}

/// One entry of a HAR file.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Position in `log.entries` (0-based).
    pub index: usize,
    pub method: String,
    /// The URL, with credentials and API keys masked.
    pub url: String,
    /// 0 when no response was received.
    pub status: u16,
    pub failing: bool,
    /// The entry's own Report; `None` past the first `input::har::MAX_INSPECTED` entries
    /// (failing ones first), which are only listed.
    pub report: Option<Box<Report>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// One or more raw HTTP responses: status line, headers, body.
    Raw,
    /// Header lines with no status line.
    HeadersOnly,
    /// A body with no status line and no headers.
    BodyOnly,
    /// Nothing but whitespace.
    Empty,
    /// `curl -v` output: `*` info lines, `>` request lines, `<` response lines, then the body.
    CurlVerbose,
    /// A HAR file (`log.entries[]`), as exported by browsers' developer tools or HTTP Toolkit.
    Har,
    /// A request followed by its response (`http -v`, a proxy log).
    Exchange,
    /// Status, headers and body given separately (`inspectParts`, `inspectResponse`).
    Parts,
    /// Only a request: a `fetch(…)` call or a `curl` command as DevTools copies them, or a request
    /// head with no response after it.
    RequestOnly,
    /// `wget -S` / `--server-response`: the heads wget prints indented, redirects included, and
    /// the body when `--content-on-error -O -` wrote it.
    Wget,
    /// `curl --trace` (hex) or `--trace-ascii`: the bytes sent and received, rebuilt exactly.
    CurlTrace,
    /// `curl -w '%{http_code}'` output alone (`502`; `000` when nothing came back), or after a body.
    CurlWriteOut,
    /// curl's error line (`curl: (22) The requested URL returned error: 502`), after the body
    /// `--fail-with-body` printed, or alone.
    CurlError,
    /// Python requests: `print(r.status_code, r.reason)`, `print(r.headers)`, `print(r.text)`, or
    /// a `raise_for_status()` / `ConnectionError` traceback.
    PythonRequests,
    /// httpx: `<Response [503 …]>`, `Headers({…})`, or an `HTTPStatusError` traceback.
    Httpx,
    /// aiohttp: `<ClientResponse(…) [504 …]>` with its `<CIMultiDictProxy(…)>`, or a
    /// `ClientResponseError` traceback.
    Aiohttp,
    /// Another Python traceback.
    PythonTraceback,
    /// Node's `fetch` `Response` (undici) or node-fetch's, as `console.log` prints it, or
    /// `TypeError: fetch failed`.
    NodeFetch,
    /// axios: `err.toJSON()`, `err.response`, or an uncaught `AxiosError`.
    Axios,
    /// Another object or error as Node's `util.inspect` prints it.
    NodeInspect,
    /// Chromium DevTools' "Copy console": the network error lines (`GET url 502 (Bad Gateway)`)
    /// and what the page logged.
    DevtoolsConsole,
    /// A status and reason printed on their own line (`502 Bad Gateway`), then the body, as
    /// `console.log(r.status, r.statusText)` or `print(r.status_code, r.reason)` write them.
    StatusAndBody,
    /// A client's exception, warning or log line that names the status (Java's `Server returned
    /// HTTP response code: 502`, Ruby's `502 "Bad Gateway" (Net::HTTPFatalError)`, PHP's `HTTP
    /// request failed! HTTP/1.1 502 Bad Gateway`, .NET's `502 (Bad Gateway)`): the status alone.
    ClientMessage,
}

impl InputFormat {
    /// The name the Report gives it (`curl-verbose`).
    pub const fn as_str(self) -> &'static str {
        match self {
            InputFormat::Raw => "raw",
            InputFormat::HeadersOnly => "headers-only",
            InputFormat::BodyOnly => "body-only",
            InputFormat::Empty => "empty",
            InputFormat::CurlVerbose => "curl-verbose",
            InputFormat::Har => "har",
            InputFormat::Exchange => "exchange",
            InputFormat::Parts => "parts",
            InputFormat::RequestOnly => "request-only",
            InputFormat::Wget => "wget",
            InputFormat::CurlTrace => "curl-trace",
            InputFormat::CurlWriteOut => "curl-write-out",
            InputFormat::CurlError => "curl-error",
            InputFormat::PythonRequests => "python-requests",
            InputFormat::Httpx => "httpx",
            InputFormat::Aiohttp => "aiohttp",
            InputFormat::PythonTraceback => "python-traceback",
            InputFormat::NodeFetch => "node-fetch",
            InputFormat::Axios => "axios",
            InputFormat::NodeInspect => "node-inspect",
            InputFormat::DevtoolsConsole => "devtools-console",
            InputFormat::StatusAndBody => "status-and-body",
            InputFormat::ClientMessage => "client-message",
        }
    }
}

/// One HTTP response as read from the paste.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    /// Where this response sits in the input.
    pub span: Span,
    pub status: Status,
    /// Header fields in the order written, duplicates kept.
    pub headers: Vec<Header>,
    pub body: Body,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Status {
    /// The status code, or null when the paste has no status line.
    pub code: Option<u16>,
    /// The reason phrase as written; null when absent. Borrowed from the status table when it
    /// is the registered phrase.
    pub reason: Option<Text>,
    /// Protocol version as written after `HTTP/` (`1.1`, `2`, `3`); null when absent. Borrowed
    /// when it is a version that exists.
    pub version: Option<Text>,
    /// The registered reason phrase for the code, when the code is known.
    pub standard_reason: Option<&'static str>,
    /// The status line in the input.
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Header {
    pub name: HeaderName,
    pub value: HeaderValue,
    /// The header line(s) in the input, continuation lines included.
    pub span: Span,
    /// The value as written (after the colon and its spaces, to the end of the last line), where
    /// the paste shows it: secrets inside the value are located from it.
    #[serde(skip)]
    pub value_span: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Html,
    Json,
    ProblemJson,
    Text,
    Xml,
    Empty,
    Binary,
}

impl BodyKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            BodyKind::Html => "html",
            BodyKind::Json => "json",
            BodyKind::ProblemJson => "problem-json",
            BodyKind::Text => "text",
            BodyKind::Xml => "xml",
            BodyKind::Empty => "empty",
            BodyKind::Binary => "binary",
        }
    }
}

/// How the body's end was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// The status forbids a body (1xx, 204, 304, a CONNECT tunnel).
    None,
    ContentLength,
    /// `Transfer-Encoding: chunked` with the chunk framing still in the paste; decoded here.
    Chunked,
    /// `Transfer-Encoding: chunked` declared, but the body was already de-chunked (as `curl -i` shows it).
    ChunkedAlreadyDecoded,
    /// No length information: the body runs to the next response or the end of the paste.
    ToEnd,
}

impl Framing {
    /// The name the Report gives it (`content-length`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Framing::None => "none",
            Framing::ContentLength => "content-length",
            Framing::Chunked => "chunked",
            Framing::ChunkedAlreadyDecoded => "chunked-already-decoded",
            Framing::ToEnd => "to-end",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Body {
    /// What the body is, from Content-Type and the bytes themselves.
    pub kind: BodyKind,
    /// The kind the Content-Type header declares, if any.
    pub declared_kind: Option<BodyKind>,
    /// The kind the bytes look like.
    pub sniffed_kind: BodyKind,
    /// The media type from Content-Type, lowercased, without parameters.
    pub media_type: Option<Text>,
    /// Content-Encoding as declared (gzip, br, …), or the compression the bytes show.
    pub encoding: Option<String>,
    pub framing: Framing,
    /// The body bytes in the input (for a still-chunked body: the whole chunked region).
    pub span: Span,
    /// Length of the body after de-chunking.
    pub length: usize,
    /// Content-Length as declared, when it parses.
    pub declared_length: Option<u64>,
    /// Present when the body was still chunked in the paste.
    pub chunked: Option<ChunkedInfo>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ChunkedInfo {
    /// Number of data chunks (the final zero-size chunk not counted).
    pub chunks: usize,
    /// Chunk extensions as written (`;name=value`), in order.
    pub extensions: Vec<String>,
    /// Trailer fields after the last chunk.
    pub trailers: Vec<Header>,
    /// False when the paste ends before the zero-size chunk.
    pub complete: bool,
    /// Where each chunk's data sits, in order (at most `MAX_CHUNK_SPANS`, and a malformed
    /// chunk's rest as written): when their lengths add up to the body's `length`, the body is
    /// these ranges joined.
    pub data: Vec<Span>,
}

/// Chunk data ranges a Report lists; a body of more chunks is shown as written.
pub const MAX_CHUNK_SPANS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginKind {
    /// A proxy, load balancer, CDN, API gateway or hosting platform generated the response.
    Proxy,
    /// The application (or its framework / app server) generated it.
    App,
    /// The evidence is too weak to say.
    Unknown,
}

impl OriginKind {
    /// The name the Report gives it (`proxy`).
    pub const fn as_str(self) -> &'static str {
        match self {
            OriginKind::Proxy => "proxy",
            OriginKind::App => "app",
            OriginKind::Unknown => "unknown",
        }
    }
}

/// Who generated the final response, and the evidence for it.
#[derive(Debug, Clone, Serialize)]
pub struct Origin {
    pub kind: OriginKind,
    /// Product id (`nginx`, `cloudflare`, `express`, `unknown-app`…), null when unknown. When
    /// `known` is false it is named from the response's own Server header (`h2o`).
    pub generator: Option<Text>,
    /// Human name of the generator (`nginx`, `Cloudflare`, `AWS Application Load Balancer`).
    pub generator_name: Option<Text>,
    /// Whether the generator is a product of resplain's tables (false for one named only by its
    /// Server header, and for `unknown-app`).
    pub known: bool,
    /// 0 to 1 (written with three decimals).
    #[serde(serialize_with = "three_decimals")]
    pub confidence: f32,
    /// The verdict in one sentence, as sure as the evidence: "Generated by nginx (proxy) — not
    /// your app", "Probably a proxy: …", "Not enough to tell which layer…".
    pub verdict: String,
    /// Whether the verdict is stated as certain ("Generated by nginx…"): a product's own marks at
    /// 0.8 or more. Otherwise it is worded as probable, and so is anything said of the generator.
    pub sure: bool,
    /// The layer the evidence leans to: `kind` when it is decided, else the likelier layer (or
    /// `unknown` when nothing leans).
    pub likely: OriginKind,
    /// How the verdict was reached: `fingerprint` (a product's own marks), `server-token` (a
    /// server the tables do not know, by its Server header, with the layer cues), `layer-cues`
    /// (what any response shows about its layer) or `none` (too little to decide).
    pub basis: &'static str,
    /// The Server header's value, when there is one.
    pub server: Option<String>,
    /// The HTTP stack the head's habits show (header order and case), when recognised.
    pub stack: Option<StackSeen>,
    /// The layer cues that matched, strongest first: why the layer is what it is.
    pub reasons: Vec<Reason>,
    pub evidence: Vec<Evidence>,
    /// Every layer the response shows it passed through, outermost (closest to the client) first.
    pub relays: Vec<Relay>,
}

/// An HTTP stack recognised from the head's habits.
#[derive(Debug, Clone, Serialize)]
pub struct StackSeen {
    pub id: &'static str,
    pub name: &'static str,
    /// What matched; `product` is the stack's id.
    pub evidence: Vec<Evidence>,
}

/// One layer cue that matched.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    /// What it shows, in words.
    pub says: Text,
    /// The layer it points to: `proxy` or `app`.
    pub toward: OriginKind,
    /// Log-odds: 0.4 a hint, 1 fair, 2 strong (written with three decimals).
    #[serde(serialize_with = "three_decimals")]
    pub weight: f32,
    pub span: Span,
    /// The cue's citation: its number in the citations (`resplain::citation`, the package's
    /// `citations.json`); null for a reason that is not a table entry.
    pub cite: Option<u16>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// What was matched, in words (`Server: nginx`, `body contains "<center>nginx</center>"`).
    pub signal: String,
    /// The product it points to.
    pub product: &'static str,
    /// True when the signal shows the product generated the response, false when it only shows the
    /// product was on the path.
    pub generated: bool,
    /// Written with three decimals.
    #[serde(serialize_with = "three_decimals")]
    pub weight: f32,
    /// The matched bytes in the input.
    pub span: Span,
    /// Where we know the product sends this from: the number of its citation
    /// (`resplain::citation(n)`; the wasm package ships the texts as `citations.json`, fetched
    /// only when a page shows them).
    pub cite: u16,
}

#[derive(Debug, Clone, Serialize)]
pub struct Relay {
    pub product: &'static str,
    pub name: &'static str,
    pub kind: OriginKind,
    /// The layer the product works at: `edge` (CDNs), `gateway` (load balancers, API gateways,
    /// platforms' routers), `proxy` (reverse proxies, sidecars) or `app`.
    #[serde(serialize_with = "layer_id")]
    pub layer: Layer,
}

pub use resplain_tables::product::Layer;

fn layer_id<S: serde::Serializer>(layer: &Layer, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(layer.as_str())
}

#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// One sentence a person reads first.
    pub summary: String,
    /// What the status code means in general.
    pub meaning: Text,
    /// Likely causes, most likely first.
    pub causes: Vec<Text>,
    /// What to check, in the order to check it.
    pub checks: Vec<Text>,
    pub retry: Retry,
    /// Identifiers to quote to support.
    pub ids: Vec<Identifier>,
    /// The status class: `informational`, `success`, `redirection`, `client-error`,
    /// `server-error`, or null without a status code.
    pub class: Option<&'static str>,
    /// What this response shows the problem is not (a 524 is not a Cloudflare outage).
    pub ruled_out: Vec<Text>,
    /// The error message the body carries (an app's JSON error, a framework's error page).
    pub message: Option<ErrorMessage>,
    /// What individual headers tell (ids, cache status, Proxy-Status, timing, auth, CORS).
    pub insights: Vec<Insight>,
    /// Where the facts used here come from: the tables' citations by number (as `cite`), and
    /// the sources written in the code (error-body shapes, RFCs) as text.
    pub cites: Vec<u16>,
    pub sources: Vec<&'static str>,
    /// What each header of the response is for, in general, once per name (in the order the
    /// headers come): the headers table's "what it tells you".
    pub header_notes: Vec<HeaderNote>,
}

/// The human message extracted from an error body.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorMessage {
    pub text: String,
    /// Which error shape it was read from (`rfc9457`, `graphql`, `fastapi-detail`, `tomcat-html`…).
    pub shape: &'static str,
    /// A machine-readable error code next to the message (`FST_ERR_CTP_INVALID_JSON_BODY`,
    /// `card_declined`, `UNAVAILABLE`), when the shape has one.
    pub code: Option<String>,
    /// The message in the input, when it appears there as written.
    pub span: Option<Span>,
}

/// What one header says about this response.
#[derive(Debug, Clone, Serialize)]
pub struct Insight {
    /// The header name as written.
    pub header: Text,
    pub value: String,
    /// `id`, `cache`, `proxy-status`, `timing`, `path`, `auth`, `cors`, `rate-limit`, `platform`.
    pub kind: &'static str,
    /// What it means here, in words.
    pub note: Text,
    pub span: Span,
    /// Where this reading comes from: a table entry's citation number, or a source written in
    /// the code.
    pub cite: Option<u16>,
    pub source: Option<&'static str>,
}

/// What a header is for, whatever its value.
#[derive(Debug, Clone, Serialize)]
pub struct HeaderNote {
    /// The header name, as the response first writes it.
    pub name: Text,
    pub note: &'static str,
    /// Where the note comes from: a citation number (see `Evidence::cite`).
    pub cite: Option<u16>,
}

pub use resplain_tables::RetryAdvice;

/// A weight or a confidence in thousandths, as the Report's JSON writes it: three decimals are
/// all these numbers mean, and a sum such as `0.70000005` reads as noise. NaN counts as 0.
pub(crate) fn thousandths(value: f32) -> i32 {
    // Saturating and in range: the values are confidences and log-odds, a few units at most.
    #[allow(clippy::cast_possible_truncation)]
    let k = (value.clamp(-1000.0, 1000.0) * 1000.0).round() as i32;
    k
}

/// The f32 nearest `thousandths / 1000`, which serde_json writes as that decimal.
pub(crate) fn three_decimals<S: serde::Serializer>(
    value: &f32,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // Exact: |thousandths| <= 1,000,000 < 2^24.
    #[allow(clippy::cast_precision_loss)]
    let k = thousandths(*value) as f32;
    serializer.serialize_f32(k / 1000.0)
}

/// The enums serialise as their names: `as_str`, the one list of them, which the wasm module's
/// JSON writer (`report_json`) writes too.
macro_rules! serialize_by_name {
    ($($ty:ty),*) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    )*};
}
pub(crate) use serialize_by_name;

serialize_by_name!(InputFormat, BodyKind, Framing, OriginKind);

fn advice_id<S: serde::Serializer>(advice: &RetryAdvice, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(advice.id())
}

#[derive(Debug, Clone, Serialize)]
pub struct Retry {
    #[serde(serialize_with = "advice_id")]
    pub advice: RetryAdvice,
    pub detail: Text,
    /// Seconds to wait from `Retry-After`: given as seconds, or an HTTP-date counted from the
    /// response's `Date`.
    pub after_seconds: Option<u64>,
    /// `Retry-After` as sent, when present.
    pub after: Option<RetryAfter>,
    /// Whether the request's method is idempotent (RFC 9110 section 9.2.2), when the method is
    /// known.
    pub idempotent: Option<bool>,
    /// Rate-limit state from `RateLimit`, `RateLimit-*` or `X-RateLimit-*` headers.
    pub rate_limit: Option<RateLimit>,
}

/// The `Retry-After` header as sent and as read.
#[derive(Debug, Clone, Serialize)]
pub struct RetryAfter {
    pub raw: String,
    /// The HTTP-date normalised to IMF-fixdate, when given as a date.
    pub date: Option<String>,
    pub span: Span,
}

/// Rate-limit state as the response states it; values as sent.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RateLimit {
    pub limit: Option<String>,
    pub remaining: Option<String>,
    pub reset: Option<String>,
    /// Seconds until the window resets, when `reset` reads as seconds or as an epoch time
    /// that the response's `Date` anchors.
    pub reset_seconds: Option<u64>,
    pub policy: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Identifier {
    /// The header it came from.
    pub name: Text,
    pub value: String,
    pub span: Span,
}
