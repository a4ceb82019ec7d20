//! Diagnostics: what the reading found odd, each with a stable code, a static message and a range.
//!
//! Codes are part of the output contract: tests and tools match on them, so a code is never
//! renamed, only added.

use serde::Serialize;

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// An observation about the paste, not a problem with it.
    Info,
    /// Something a correct response would not do, read anyway.
    Warning,
    /// The paste could only be partly read.
    Error,
}

macro_rules! codes {
    ($( $variant:ident = $code:literal, $severity:ident, $message:literal; )*) => {
        /// Every diagnostic resplain can emit.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Code { $( $variant, )* }

        impl Code {
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];
            /// The stable kebab-case identifier.
            pub const fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $code, )* }
            }
            pub const fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }
            pub const fn message(self) -> &'static str {
                match self { $( Code::$variant => $message, )* }
            }
        }
    };
}

codes! {
    EmptyInput = "empty-input", Info, "the paste is empty";
    LeadingWhitespace = "leading-whitespace", Info, "blank lines or spaces before the response were skipped";
    IndentedPaste = "indented-paste", Info, "every line of the paste is indented; the indentation was removed";
    NoStatusLine = "no-status-line", Info, "no status line: the paste starts with headers";
    BodyOnly = "body-only", Info, "no status line and no headers: only the body was pasted";
    BareLf = "bare-lf", Info, "lines end in a bare LF instead of CRLF";
    MixedLineEndings = "mixed-line-endings", Warning, "lines end in a mix of CRLF and bare LF";
    UnknownVersion = "unknown-version", Warning, "the HTTP version is not one that exists";
    StatusOutOfRange = "status-out-of-range", Warning, "the status code is outside 100-599";
    MissingReason = "missing-reason", Info, "the status line has no reason phrase";
    ReasonMismatch = "reason-mismatch", Warning, "the reason phrase belongs to a different status code";
    NonstandardReason = "nonstandard-reason", Info, "the reason phrase differs from the registered one";
    MalformedStatusLine = "malformed-status-line", Warning, "the status line is malformed";
    ObsFold = "obs-fold", Warning, "a header value continues on an indented line (obsolete line folding); joined with a space";
    HeaderWithoutColon = "header-without-colon", Warning, "a header line has no colon; kept as a name with an empty value";
    InvalidHeaderName = "invalid-header-name", Warning, "a header name contains characters not allowed in a field name";
    SpaceBeforeColon = "space-before-colon", Warning, "whitespace between a header name and its colon";
    NonUtf8 = "non-utf8", Warning, "bytes that are not UTF-8 were replaced with U+FFFD for display";
    MissingBlankLine = "missing-blank-line", Warning, "the body starts without the blank line that ends the headers";
    HeadUnterminated = "head-unterminated", Info, "the paste ends inside the headers (no blank line after them)";
    InvalidContentLength = "invalid-content-length", Warning, "Content-Length is not a valid number";
    ConflictingContentLength = "conflicting-content-length", Warning, "several different Content-Length values";
    ContentLengthWithChunked = "content-length-with-chunked", Warning, "both Content-Length and Transfer-Encoding: chunked; chunked wins";
    BodyShorterThanDeclared = "body-shorter-than-declared", Warning, "the body is shorter than Content-Length says: the response was cut off (or the paste was)";
    CrlfConverted = "crlf-converted", Info, "the body is shorter than Content-Length by no more than its line count: the paste turned CRLF into LF, the response was not cut off";
    BodyLongerThanDeclared = "body-longer-than-declared", Warning, "the body is longer than Content-Length says";
    HeadOnly = "head-only", Info, "a body is declared but none was pasted (a HEAD response, `curl -I`, or copied headers)";
    ChunkedAlreadyDecoded = "chunked-already-decoded", Info, "Transfer-Encoding: chunked is declared but the body is already de-chunked (as `curl -i` prints it)";
    ChunkedDecoded = "chunked-decoded", Info, "the body was still chunked in the paste and was decoded";
    ChunkedTruncated = "chunked-truncated", Warning, "the chunked body ends before its last chunk: the response was cut off (or the paste was)";
    MalformedChunk = "malformed-chunk", Warning, "a chunk's size does not match its data; the rest is kept as it is";
    UnexpectedBody = "unexpected-body", Warning, "content after a response whose status allows no body";
    TrailingData = "trailing-data", Warning, "content after the end of a response that is not another response";
    CompressedBody = "compressed-body", Info, "the body is compressed; its bytes were not decoded";
    BinaryBody = "binary-body", Info, "the body is binary data";
    Utf16Text = "utf16-text", Warning, "the text is UTF-16, not UTF-8";
    ContentTypeMismatch = "content-type-mismatch", Warning, "Content-Type declares one kind of body but the bytes are another";
    InvalidJson = "invalid-json", Warning, "the body is declared or looks like JSON but does not parse";
    NulBytes = "nul-bytes", Warning, "a header line contains NUL bytes";
    MoreNotListed = "more-not-listed", Info, "more diagnostics of one kind than are worth listing";
    NoResponse = "no-response", Error, "no response came back: the client reports why";
    RequestOnly = "request-only", Info, "only a request was pasted: paste the response that came back (curl -si URL, or the response in DevTools) to explain it";
    HarNoEntries = "har-no-entries", Info, "the HAR file has no entries";
    TooManyHeaders = "too-many-headers", Warning, "more header lines than any server sends; the ones past the limit were skipped";
    TooManyResponses = "too-many-responses", Info, "more responses than a redirect chain has; the middle ones were skipped (the first ones and the last are reported)";
    HarEntriesNotInspected = "har-entries-not-inspected", Info, "more HAR entries than are worth inspecting one by one; the rest are listed without a report";
    RebuiltResponse = "rebuilt-response", Info, "the response was rebuilt from what a client printed about it (status, headers, body as shown), not read from its raw bytes";
    TextBeforeResponse = "text-before-response", Info, "lines before the response (a shell prompt, the command, log lines) were set aside; the command is kept as a note";
    TextAfterResponse = "text-after-response", Info, "lines a tool printed after the response (curl -w output, curl's error line, the next shell prompt) were set aside";
    UnreadableTranscript = "unreadable-transcript", Warning, "the paste is a tool's output or a program's printout, but no response could be read from it";
    HarBodyMissing = "har-body-missing", Info, "the HAR entry carries no body text (a sanitized export, or the browser did not keep it): the verdict rests on the head";
    TooManySecrets = "too-many-secrets", Info, "too many secrets to list: the rest of the paste is masked whole";
    NotHttp = "not-http", Warning, "not an HTTP response: no status line, no headers, nothing a server writes";
}

impl Severity {
    /// The name the Report gives it (`warning`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

crate::report::serialize_by_name!(Code, Severity);

#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: &'static str,
    /// Specifics for this occurrence (`declared 120 bytes, found 80`), when there are any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub span: Span,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: code.message(),
            detail: None,
            span,
        }
    }

    pub fn with_detail(mut self, detail: String) -> Self {
        self.detail = Some(detail);
        self
    }
}

/// How many diagnostics of one code are listed; past that they are only counted, so a paste of a
/// million odd lines gets a short report.
const PER_CODE_LIMIT: usize = 100;
// Counted per code in a byte.
const _: () = assert!(PER_CODE_LIMIT < u8::MAX as usize);

/// Collects diagnostics while the stages run.
#[derive(Debug)]
pub struct Diagnostics {
    listed: Vec<Diagnostic>,
    /// Per code (its place in `Code::ALL`): how many were pushed, up to one past the limit.
    counts: [u8; Code::ALL.len()],
    /// The codes pushed past the limit: how many in all, and where the last one was.
    over: Vec<(Code, usize, Span)>,
}

impl Default for Diagnostics {
    fn default() -> Self {
        Diagnostics {
            listed: Vec::new(),
            counts: [0; Code::ALL.len()],
            over: Vec::new(),
        }
    }
}

impl Diagnostics {
    /// Natively, room for a typical paste's diagnostics at once rather than grown from empty
    /// (the wasm module grows them, for its size).
    pub fn for_paste() -> Self {
        if !crate::FAST {
            return Diagnostics::default();
        }
        Diagnostics {
            listed: Vec::with_capacity(4),
            ..Diagnostics::default()
        }
    }

    pub fn push(&mut self, code: Code, span: Span) {
        self.push_detail(code, span, None);
    }

    pub fn push_with(&mut self, code: Code, span: Span, detail: String) {
        self.push_detail(code, span, Some(detail));
    }

    fn push_detail(&mut self, code: Code, span: Span, detail: Option<String>) {
        match self.counts.get_mut(code as usize) {
            Some(count) if usize::from(*count) < PER_CODE_LIMIT => {
                *count += 1;
                self.listed.push(Diagnostic {
                    code,
                    severity: code.severity(),
                    message: code.message(),
                    detail,
                    span,
                });
            }
            _ => self.push_over(code, span),
        }
    }

    /// One more of a code past the limit: counted only.
    #[inline(never)]
    fn push_over(&mut self, code: Code, span: Span) {
        match self.over.iter_mut().find(|(c, _, _)| *c == code) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 = span;
            }
            None => self.over.push((code, PER_CODE_LIMIT + 1, span)),
        }
    }

    pub fn has(&self, code: Code) -> bool {
        self.counts.get(code as usize).is_some_and(|&n| n > 0)
    }

    /// In input order (stable for equal starts, so the order of discovery is kept), with one
    /// `more-not-listed` per code that went past the limit.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        if !self.over.is_empty() {
            self.note_over();
        }
        sort_by_start(&mut self.listed);
        self.listed
    }

    /// A `more-not-listed` for each code past the limit, in the order each was first pushed (as
    /// its first diagnostic is listed).
    #[inline(never)]
    fn note_over(&mut self) {
        let mut at = 0;
        while let Some(code) = self.listed.get(at).map(|d| d.code) {
            at += 1;
            let Some(place) = self.over.iter().position(|(c, _, _)| *c == code) else {
                continue;
            };
            let (_, count, last) = self.over.swap_remove(place);
            self.listed.push(Diagnostic {
                code: Code::MoreNotListed,
                severity: Severity::Info,
                message: Code::MoreNotListed.message(),
                detail: Some(format!(
                    "{} more \"{}\" not listed",
                    count - PER_CODE_LIMIT,
                    code.as_str()
                )),
                span: last,
            });
        }
    }
}

/// Diagnostics in the order of their spans, stable. One function: each closure given to
/// `sort::by_key` is an instance of its own.
pub(crate) fn sort_by_start(list: &mut [Diagnostic]) {
    crate::sort::by_key(list, |d| d.span.start as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Past the limit a code is counted, not listed: one `more-not-listed` per such code, in
    /// the order the codes were first pushed, with the count and the last span.
    #[test]
    fn codes_past_the_limit_are_counted() {
        let mut diags = Diagnostics::for_paste();
        diags.push(Code::NonUtf8, Span::new(0, 1));
        for i in 0..150 {
            diags.push(Code::ObsFold, Span::new(i, i + 1));
            diags.push(Code::NulBytes, Span::new(i, i + 1));
        }
        for i in 0..120 {
            diags.push(Code::NonUtf8, Span::new(i + 1, i + 2));
        }
        assert!(diags.has(Code::ObsFold) && !diags.has(Code::BareLf));
        let sorted = diags.into_sorted();
        let more: Vec<_> = sorted
            .iter()
            .filter(|d| d.code == Code::MoreNotListed)
            .map(|d| (d.detail.clone().unwrap(), d.span))
            .collect();
        assert_eq!(
            more,
            [
                (
                    "21 more \"non-utf8\" not listed".to_owned(),
                    Span::new(120, 121)
                ),
                (
                    "50 more \"obs-fold\" not listed".to_owned(),
                    Span::new(149, 150)
                ),
                (
                    "50 more \"nul-bytes\" not listed".to_owned(),
                    Span::new(149, 150)
                ),
            ]
        );
        assert_eq!(sorted.len(), 303);
    }
}
