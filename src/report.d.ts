/** A half-open byte range `[start, end)` into the text the Report indexes (the input, or `reconstructed`). UTF-8 bytes, not UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export type InputFormat =
  | "raw"
  | "headers-only"
  | "body-only"
  | "empty"
  | "curl-verbose"
  | "har"
  | "exchange"
  | "parts"
  | "request-only"
  | "wget"
  | "curl-trace"
  | "curl-write-out"
  | "curl-error"
  | "python-requests"
  | "httpx"
  | "aiohttp"
  | "python-traceback"
  | "node-fetch"
  | "axios"
  | "node-inspect"
  | "devtools-console"
  | "status-and-body"
  | "client-message";

export type BodyKind = "html" | "json" | "problem-json" | "text" | "xml" | "empty" | "binary";
export type Framing = "none" | "content-length" | "chunked" | "chunked-already-decoded" | "to-end";
export type OriginKind = "proxy" | "app" | "unknown";
export type RetryAdvice = "yes" | "maybe" | "no" | "not-needed";
export type Severity = "info" | "warning" | "error";

/** Everything resplain read and concluded from one paste. The top level is the final response. */
export interface Report {
  format: InputFormat;
  /** Length in bytes of the text every span indexes: the input, or `reconstructed`. */
  input_length: number;
  /** The HTTP text rebuilt from a HAR entry or from parts; spans then index it. */
  reconstructed: string | null;
  /** The request, when the paste shows it. */
  request: ParsedRequest | null;
  /** What the client reported about the connection (curl's `*` lines, a HAR entry's error). */
  transport: TransportNote[];
  /** Byte ranges of secret values (credentials, cookies, session ids, API keys, tokens in URLs
   * and JSON) in the text the spans index, sorted and disjoint: what displays and exports must
   * mask. */
  secrets: Span[];
  /** A HAR file (whose spans index `reconstructed`): the secrets of the pasted file itself, as
   * byte offsets into it, two per secret (`[start, end, start, end, …]`): what a copy or share
   * link of the paste must mask. Empty otherwise, where `secrets` index the paste. */
  paste_secrets: number[];
  /** Where the final response sits. */
  span: Span;
  status: Status;
  /** Header fields in the order written, duplicates kept; secret values masked. */
  headers: Header[];
  body: Body;
  origin: Origin;
  explanation: Explanation;
  diagnostics: Diagnostic[];
  /** Earlier responses in the paste (100 Continue, redirects, CONNECT), oldest first. */
  previous: ParsedResponse[];
  /** HAR files: every entry, failing entries first, each with its own Report (the first 200). */
  entries: Entry[];
}

/** One HTTP response as read from the paste (the Rust `Response`). */
export interface ParsedResponse {
  span: Span;
  status: Status;
  headers: Header[];
  body: Body;
}

export interface Status {
  code: number | null;
  reason: string | null;
  version: string | null;
  standard_reason: string | null;
  span: Span | null;
}

export interface Header {
  name: string;
  value: string;
  span: Span;
}

export interface Body {
  kind: BodyKind;
  declared_kind: BodyKind | null;
  sniffed_kind: BodyKind;
  media_type: string | null;
  encoding: string | null;
  framing: Framing;
  span: Span;
  /** Length after de-chunking. */
  length: number;
  declared_length: number | null;
  chunked: ChunkedInfo | null;
}

export interface ChunkedInfo {
  chunks: number;
  extensions: string[];
  trailers: Header[];
  complete: boolean;
  /** Where each chunk's data sits, in order (at most 10,000): when their lengths add up to the
   * body's `length`, the body is these ranges joined. */
  data: Span[];
}

export interface Origin {
  kind: OriginKind;
  /** Product id (`nginx`, `cloudflare`, `aws-alb`, `express`, `unknown-app`…), null when unknown;
   * when `known` is false, named from the response's own Server header (`h2o`). */
  generator: string | null;
  generator_name: string | null;
  /** Whether the generator is a product of resplain's tables. */
  known: boolean;
  /** 0 to 1. */
  confidence: number;
  /** The verdict in one sentence, worded as sure as the evidence is. */
  verdict: string;
  /** Whether the verdict is stated as certain (a product's own marks at 0.8 or more); otherwise
   * it is worded as probable. */
  sure: boolean;
  /** `kind` when decided; otherwise the layer the evidence leans to (or `unknown`). */
  likely: OriginKind;
  /** How the verdict was reached. */
  basis: "fingerprint" | "server-token" | "layer-cues" | "none";
  /** The Server header's value, when there is one. */
  server: string | null;
  /** The HTTP stack the head's habits show, when recognised. */
  stack: StackSeen | null;
  /** The layer cues that matched, strongest first. */
  reasons: Reason[];
  evidence: Evidence[];
  /** The layers the response passed through, outermost first. */
  relays: Relay[];
}

export interface StackSeen {
  id: string;
  name: string;
  evidence: Evidence[];
}

export interface Reason {
  says: string;
  /** `proxy` or `app`. */
  toward: OriginKind;
  /** Log-odds: 0.4 a hint, 1 fair, 2 strong. */
  weight: number;
  span: Span;
  /** The cue's citation number (its text: `citations.json[cite]`), null for other reasons. */
  cite: number | null;
}

export interface Evidence {
  signal: string;
  product: string;
  /** True: the signal shows the product generated the response; false: it was on the path. */
  generated: boolean;
  weight: number;
  span: Span;
  /** Where the product is known to send this: a citation number. The texts ship beside the
   * module as `citations.json` (an array, index = cite), fetched when a page shows a source. */
  cite: number;
}

export interface Relay {
  product: string;
  name: string;
  kind: OriginKind;
  /** The layer the product works at. */
  layer: Layer;
}

/** `edge`: CDNs; `gateway`: load balancers, API gateways, platforms' routers; `proxy`: reverse
 * proxies and sidecars; `app`: frameworks and app servers. */
export type Layer = "edge" | "gateway" | "proxy" | "app";

export interface Explanation {
  summary: string;
  meaning: string;
  causes: string[];
  checks: string[];
  retry: Retry;
  ids: Identifier[];
  /** informational, success, redirection, client-error, server-error; null without a status. */
  class: "informational" | "success" | "redirection" | "client-error" | "server-error" | null;
  /** What this response shows the problem is not. */
  ruled_out: string[];
  /** The error message the body carries, read by shape rules. */
  message: ErrorMessage | null;
  /** What individual headers say (ids, cache, Proxy-Status, timing, auth, CORS). */
  insights: Insight[];
  /** Where the facts used come from: the tables' citation numbers (see Evidence.cite)… */
  cites: number[];
  /** …and the sources written in the code (error-body shapes, RFCs), as text. */
  sources: string[];
  /** What each header of the response is for, in general, once per name. */
  header_notes: HeaderNote[];
}

export interface ErrorMessage {
  text: string;
  /** rfc9457, graphql, json-api, fastapi-detail, tomcat-html, plain-text… */
  shape: string;
  code: string | null;
  span: Span | null;
}

export interface Insight {
  header: string;
  value: string;
  kind: "id" | "cache" | "proxy-status" | "timing" | "path" | "auth" | "cors" | "rate-limit" | "platform";
  note: string;
  span: Span;
  /** A table entry's citation number, or a source written in the code as text. */
  cite: number | null;
  source: string | null;
}

export interface HeaderNote {
  /** The header name, as the response first writes it. */
  name: string;
  note: string;
  /** Where the note comes from: a citation number (see Evidence.cite). */
  cite: number | null;
}

export interface Retry {
  advice: RetryAdvice;
  detail: string;
  /** Seconds to wait: Retry-After in seconds, or its HTTP-date counted from the response's Date. */
  after_seconds: number | null;
  after: RetryAfter | null;
  /** Whether the request's method is idempotent, when the paste shows the request. */
  idempotent: boolean | null;
  rate_limit: RateLimit | null;
}

export interface RetryAfter {
  raw: string;
  /** The HTTP-date normalised to IMF-fixdate, when given as a date. */
  date: string | null;
  span: Span;
}

export interface RateLimit {
  limit: string | null;
  remaining: string | null;
  reset: string | null;
  reset_seconds: number | null;
  policy: string | null;
}

export interface Identifier {
  name: string;
  value: string;
  span: Span;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  detail?: string;
  span: Span;
}

export type DiagnosticCode =
  | "empty-input"
  | "leading-whitespace"
  | "indented-paste"
  | "no-status-line"
  | "body-only"
  | "bare-lf"
  | "mixed-line-endings"
  | "unknown-version"
  | "status-out-of-range"
  | "missing-reason"
  | "reason-mismatch"
  | "nonstandard-reason"
  | "malformed-status-line"
  | "obs-fold"
  | "header-without-colon"
  | "invalid-header-name"
  | "space-before-colon"
  | "non-utf8"
  | "missing-blank-line"
  | "head-unterminated"
  | "invalid-content-length"
  | "conflicting-content-length"
  | "content-length-with-chunked"
  | "body-shorter-than-declared"
  | "crlf-converted"
  | "body-longer-than-declared"
  | "head-only"
  | "chunked-already-decoded"
  | "chunked-decoded"
  | "chunked-truncated"
  | "malformed-chunk"
  | "unexpected-body"
  | "trailing-data"
  | "compressed-body"
  | "binary-body"
  | "utf16-text"
  | "content-type-mismatch"
  | "invalid-json"
  | "nul-bytes"
  | "more-not-listed"
  | "no-response"
  | "request-only"
  | "har-no-entries"
  | "too-many-headers"
  | "too-many-responses"
  | "har-entries-not-inspected"
  | "rebuilt-response"
  | "text-before-response"
  | "text-after-response"
  | "unreadable-transcript"
  | "har-body-missing"
  | "too-many-secrets"
  | "not-http";

/** The request, as far as the paste shows it (the Rust `Request`). */
export interface ParsedRequest {
  method: string;
  /** Credentials and API keys masked. */
  url: string;
  host: string | null;
  /** RFC 9110 section 9.2.2: safe to retry. */
  idempotent: boolean;
  headers: Header[];
  span: Span | null;
}

export interface TransportNote {
  message: string;
  meaning: string | null;
  error: boolean;
  span: Span | null;
}

export interface Entry {
  index: number;
  method: string;
  url: string;
  /** 0 when no response was received. */
  status: number;
  failing: boolean;
  /** The entry's own Report; null past the first 200 entries (failing ones first), which are
   * only listed. */
  report: Report | null;
}

/** A response held as parts, for `inspectParts`. */
export interface ResponseParts {
  status: number;
  statusText?: string;
  /** A `Headers`, a `Map`, an array of `[name, value]` pairs, or a plain object. */
  headers?: Headers | Map<string, string> | Array<[string, string]> | Record<string, string | string[]>;
  /** Text, bytes, or a parsed JSON value (sent back to JSON). */
  body?: string | Uint8Array | ArrayBuffer | unknown;
  url?: string;
  method?: string;
}
