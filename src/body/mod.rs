//! What the body is: declared by Content-Type, sniffed from the bytes, and the two reconciled.
//!
//! Invariant: classification never fails and never recurses on the input (JSON is validated by
//! `json::Json::is_valid`, whose nesting limit turns deep input into an error, not a stack
//! overflow).

use crate::diagnostic::{Code, Diagnostics};
use crate::http::headers;
use crate::report::{BodyKind, Header, Span, Text};

pub(crate) struct Classified {
    pub kind: BodyKind,
    pub declared_kind: Option<BodyKind>,
    pub sniffed_kind: BodyKind,
    pub media_type: Option<Text>,
    pub encoding: Option<String>,
}

/// Classifies `body` (already de-chunked); `span` locates it in the input for diagnostics.
pub(crate) fn classify(
    body: &[u8],
    span: Span,
    headers: &[Header],
    diags: &mut Diagnostics,
) -> Classified {
    let media_type = headers::first(headers, "content-type").map(|h| media_type(&h.value));
    let declared_kind = media_type.as_deref().map(kind_of_media_type);
    let declared_encoding = headers::first(headers, "content-encoding")
        .map(|h| h.value.trim().to_ascii_lowercase())
        .filter(|e| !e.is_empty() && e != "identity");
    let encoding_declared = declared_encoding.is_some();
    let encoding = declared_encoding.or_else(|| compression_magic(body).map(str::to_owned));

    let sniffed = sniff(body);
    if encoding.is_some() && sniffed.kind == BodyKind::Binary {
        diags.push(Code::CompressedBody, span);
    } else if sniffed.kind == BodyKind::Binary {
        diags.push(Code::BinaryBody, span);
    }
    if sniffed.utf16 {
        diags.push(Code::Utf16Text, span);
    }
    if sniffed.invalid_json
        && matches!(
            declared_kind,
            Some(BodyKind::Json | BodyKind::ProblemJson) | None
        )
    {
        diags.push(Code::InvalidJson, span);
    }

    let kind = reconcile(declared_kind, sniffed.kind, encoding.is_some());
    if let Some(declared) = declared_kind {
        // A declared Content-Encoding explains binary bytes; gzip magic without one does not.
        let mismatch = kind != declared
            && kind != BodyKind::Empty
            && !(encoding_declared && kind == BodyKind::Binary);
        if mismatch {
            diags.push_with(
                Code::ContentTypeMismatch,
                span,
                format!(
                    "Content-Type says {}, the body is {}",
                    declared.as_str(),
                    kind.as_str()
                ),
            );
        }
    }
    Classified {
        kind,
        declared_kind,
        sniffed_kind: sniffed.kind,
        media_type,
        encoding,
    }
}

/// The media types of most responses: natively borrowed rather than copied.
const COMMON: [&str; 3] = ["text/html", "application/json", "text/plain"];

/// `Text/HTML; charset=UTF-8` → `text/html`.
fn media_type(value: &str) -> Text {
    // Natively by memchr (`split` builds a searcher); the wasm module keeps `split`, for its size.
    let first = if crate::FAST {
        let end = crate::search::byte(value, b';').unwrap_or(value.len());
        value.get(..end).unwrap_or_default()
    } else {
        value.split(';').next().unwrap_or_default()
    };
    let first = first.trim();
    if crate::FAST {
        if let Some(&common) = COMMON.iter().find(|c| c.eq_ignore_ascii_case(first)) {
            return Text::Borrowed(common);
        }
    }
    Text::Owned(first.to_ascii_lowercase())
}

pub(crate) fn kind_of_media_type(media_type: &str) -> BodyKind {
    // Natively by memchr, as `media_type`.
    let slash = if crate::FAST {
        crate::search::byte(media_type, b'/')
            .and_then(|at| Some((media_type.get(..at)?, media_type.get(at + 1..)?)))
    } else {
        media_type.split_once('/')
    };
    let (top, sub) = slash.unwrap_or((media_type, ""));
    if sub == "problem+json" {
        BodyKind::ProblemJson
    } else if sub == "html" || sub == "xhtml+xml" {
        BodyKind::Html
    } else if crate::search::contains(sub, "json") {
        // application/json, text/json, vnd.…+json, AWS's application/x-amz-json-1.0.
        BodyKind::Json
    } else if sub == "xml" || sub.ends_with("+xml") {
        BodyKind::Xml
    } else if top == "text" || sub == "javascript" || sub == "x-www-form-urlencoded" {
        BodyKind::Text
    } else {
        BodyKind::Binary
    }
}

fn reconcile(declared: Option<BodyKind>, sniffed: BodyKind, encoded: bool) -> BodyKind {
    use BodyKind::*;
    match (declared, sniffed) {
        (_, Empty) => Empty,
        (_, Binary) => Binary,
        // A compressed body whose bytes we cannot recognise is still compressed.
        (Some(_), _) if encoded => Binary,
        (None, s) => s,
        (Some(d), s) if d == s => d,
        (Some(ProblemJson), Json) => ProblemJson,
        // Plain-looking text under a markup type is still that markup (an HTML fragment, say).
        (Some(Html), Text | Xml) => Html,
        (Some(Xml), Text) => Xml,
        // Anything declared binary that is clearly text: believe the bytes.
        (Some(_), s) => s,
    }
}

struct Sniffed {
    kind: BodyKind,
    invalid_json: bool,
    utf16: bool,
}

/// How far into the body markup is looked for (error pages put their markers early).
const SNIFF_WINDOW: usize = 4096;

fn sniff(body: &[u8]) -> Sniffed {
    let mut result = Sniffed {
        kind: BodyKind::Text,
        invalid_json: false,
        utf16: false,
    };
    let start = body.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let trimmed = body.get(start..).unwrap_or_default();
    let Some(&first) = trimmed.first() else {
        result.kind = BodyKind::Empty;
        return result;
    };
    if trimmed.starts_with(&[0xff, 0xfe])
        || trimmed.starts_with(&[0xfe, 0xff])
        || looks_utf16_without_bom(body)
    {
        result.utf16 = true;
        return result;
    }
    if compression_magic(trimmed).is_some() || looks_binary(trimmed) {
        result.kind = BodyKind::Binary;
        return result;
    }
    let trimmed = trimmed.strip_prefix(b"\xef\xbb\xbf").unwrap_or(trimmed);
    match first {
        b'{' | b'[' => {
            if crate::json::Json::is_valid(trimmed) {
                result.kind = BodyKind::Json;
            } else {
                result.invalid_json = true;
            }
        }
        b'<' => {
            let window = trimmed.get(..SNIFF_WINDOW).unwrap_or(trimmed);
            let prolog = window
                .get(..5)
                .is_some_and(|start| start.eq_ignore_ascii_case(b"<?xml"));
            // An XML document may hold elements named like HTML's (`<code>`, `<title>`): after
            // an XML prolog only a document-level HTML marker makes it a page (XHTML).
            let markers = if prolog {
                STRONG_HTML_MARKERS
            } else {
                HTML_MARKERS
            };
            if has_marker(window, markers) {
                result.kind = BodyKind::Html;
            } else if prolog || window.get(1).is_some_and(|b| b.is_ascii_alphabetic()) {
                result.kind = BodyKind::Xml;
            }
        }
        _ => {
            let window = trimmed.get(..SNIFF_WINDOW).unwrap_or(trimmed);
            // PHP warnings and similar start with text and continue in markup.
            if has_marker(window, STRONG_HTML_MARKERS) {
                result.kind = BodyKind::Html;
            }
        }
    }
    result
}

/// Whether one of `markers` (lowercase, each starting with `<`) is at a `<` of the window,
/// compared ASCII-case-insensitively: no lowercased copy, and linear (the sets are small).
fn has_marker(window: &[u8], markers: &[&str]) -> bool {
    memchr::memchr_iter(b'<', window).any(|at| {
        let rest = window.get(at..).unwrap_or_default();
        markers.iter().any(|marker| {
            rest.get(..marker.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(marker.as_bytes()))
        })
    })
}

/// Tags that only HTML has (an XML document could have `<title>`, but not with these). Lowercase.
const HTML_MARKERS: &[&str] = &[
    "<!doctype html",
    "<html",
    "<head>",
    "<head ",
    "<body",
    "<title>",
    "<h1",
    "<h2",
    "<center>",
    "<p>",
    "<div",
    "<br",
    "<hr",
    "<pre>",
    "<span",
    "<table",
    "<meta ",
    "<a href",
    "<b>",
    "<strong>",
];

const STRONG_HTML_MARKERS: &[&str] = &["<!doctype html", "<html", "<body", "<br />", "<br>"];

/// gzip, zstd and zlib have magic bytes; brotli has none and is only known from Content-Encoding.
pub(crate) fn compression_magic(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0x1f, 0x8b, ..] => Some("gzip"),
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Some("zstd"),
        [0x78, second @ (0x01 | 0x5e | 0x9c | 0xda), ..]
            if (0x7800u16 | u16::from(*second)) % 31 == 0 =>
        {
            Some("deflate")
        }
        _ => None,
    }
}

/// UTF-16 text with no byte-order mark, as ASCII-range text encodes: in the first kilobyte, at
/// least 8 code units, one byte of each pair always NUL and the other never a control byte.
fn looks_utf16_without_bom(bytes: &[u8]) -> bool {
    let window = bytes.get(..1024).unwrap_or(bytes);
    let units = window.len() / 2;
    if units < 8 {
        return false;
    }
    let pairs = || {
        window
            .chunks_exact(2)
            .filter_map(|p| p.first().zip(p.get(1)))
    };
    let text = |b: u8| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r');
    let little_endian = pairs().all(|(&lo, &hi)| hi == 0 && text(lo));
    let big_endian = pairs().all(|(&hi, &lo)| hi == 0 && text(lo));
    little_endian || big_endian
}

/// NUL bytes or a high share of control bytes in the first kilobyte.
fn looks_binary(bytes: &[u8]) -> bool {
    let window = bytes.get(..1024).unwrap_or(bytes);
    if memchr::memchr(0, window).is_some() {
        return true;
    }
    // Natively, bytes below 0x20 first, counted in byte-wide sums that compile to vector
    // compares: a text's are mostly its line breaks, too few for the control bytes among them
    // to matter. (The wasm module, built without SIMD, counts once: smaller.)
    #[cfg(not(target_arch = "wasm32"))]
    {
        let below_space: usize = window
            .chunks(128)
            .map(|chunk| {
                usize::from(
                    chunk
                        .iter()
                        .fold(0u8, |n, &b| n.wrapping_add(u8::from(b < 0x20))),
                )
            })
            .sum();
        if below_space * 10 <= window.len() {
            return false;
        }
    }
    let control = window
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    control * 10 > window.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `has_marker` only looks at `<` and compares with lowercase markers.
    #[test]
    fn markers_start_with_a_tag_and_are_lowercase() {
        for marker in HTML_MARKERS.iter().chain(STRONG_HTML_MARKERS) {
            assert!(marker.starts_with('<'), "{marker}");
            assert_eq!(marker.to_ascii_lowercase(), *marker);
        }
        assert!(has_marker(b"text <BR> more", STRONG_HTML_MARKERS));
        assert!(!has_marker(b"a < b <b", HTML_MARKERS));
    }

    #[test]
    fn media_types() {
        assert_eq!(
            kind_of_media_type("application/problem+json"),
            BodyKind::ProblemJson
        );
        assert_eq!(
            kind_of_media_type("application/x-amz-json-1.0"),
            BodyKind::Json
        );
        assert_eq!(
            kind_of_media_type("application/vnd.spring-boot.actuator.v3+json"),
            BodyKind::Json
        );
        assert_eq!(kind_of_media_type("text/html"), BodyKind::Html);
        assert_eq!(kind_of_media_type("text/plain"), BodyKind::Text);
        assert_eq!(kind_of_media_type("application/soap+xml"), BodyKind::Xml);
        assert_eq!(kind_of_media_type("image/png"), BodyKind::Binary);
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"  \r\n").kind, BodyKind::Empty);
        assert_eq!(sniff(b"{\"a\":1}").kind, BodyKind::Json);
        assert!(sniff(b"{\"a\":").invalid_json);
        assert_eq!(sniff(b"<html><body>hi</body></html>").kind, BodyKind::Html);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><Error/>").kind,
            BodyKind::Xml
        );
        assert_eq!(sniff(b"\x1f\x8b\x08\x00").kind, BodyKind::Binary);
        assert_eq!(sniff(b"upstream connect error").kind, BodyKind::Text);
        assert_eq!(sniff(b"<HTML><BODY>Hi</BODY></HTML>").kind, BodyKind::Html);
        assert_eq!(sniff(b"<?XML version=\"1.0\"?><x/>").kind, BodyKind::Xml);
        // salvo's XML error: elements named like HTML's inside an XML document.
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><Data><code>404</code><name>Not Found</name></Data>")
                .kind,
            BodyKind::Xml
        );
        assert_eq!(sniff(b"Warning: x in y<BR />").kind, BodyKind::Html);
        assert!(sniff(b"E\0r\0r\0o\0r\0:\0 \0x\0").utf16);
        assert!(sniff(b"\0E\0r\0r\0o\0r\0:\0 \0x").utf16);
        assert!(!sniff(b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0").utf16);
    }

    #[test]
    fn markers_are_lowercase() {
        for marker in HTML_MARKERS.iter().chain(STRONG_HTML_MARKERS) {
            assert_eq!(*marker, marker.to_ascii_lowercase());
        }
    }
}
