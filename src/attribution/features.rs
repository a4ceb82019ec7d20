//! What any response shows, whoever wrote it: the observations the tables name with
//! `Matcher::Feature` (resplain_tables::product::FEATURES), computed once per response.
//!
//! Invariant: linear in the input; the body is read at most once per observation, and markup
//! only in its first `PAGE_LIMIT` bytes.

use super::Subject;
use crate::json::Json;
use crate::report::BodyKind;

/// Built-in status pages are small; a larger page is the application's (or a product's own).
const PAGE_LIMIT: usize = 2048;
/// Visible text a built-in page may carry besides the status: a server's name and version, one
/// sentence at most.
const PAGE_EXTRA: usize = 80;
/// One short line of text.
const SHORT_TEXT: usize = 160;

/// Every observation, by position in `resplain_tables::product::FEATURES` (but `stack:<id>`,
/// which `Features::stack` holds).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feature {
    EmptyBody,
    HeadOnly,
    GenericPage,
    ShortText,
    ErrorJson,
    ProblemJson,
    DebugPage,
    ReasonNonstandard,
    ServerUnknown,
    PoweredBy,
    Via,
    NoServer,
    NoDate,
    NoReason,
    NamesLowercase,
    Http2,
    Http11,
}

impl Feature {
    /// The feature a table names, or `None` for a name no code computes (the tables' test
    /// keeps every name known).
    pub(crate) fn named(name: &str) -> Option<Feature> {
        use Feature::*;
        // A table looked through, not a match: the match compiles to a comparison per name.
        const NAMES: [(&str, Feature); 17] = [
            ("empty-body", EmptyBody),
            ("head-only", HeadOnly),
            ("generic-page", GenericPage),
            ("short-text", ShortText),
            ("error-json", ErrorJson),
            ("problem-json", ProblemJson),
            ("debug-page", DebugPage),
            ("reason-nonstandard", ReasonNonstandard),
            ("server-unknown", ServerUnknown),
            ("powered-by", PoweredBy),
            ("via", Via),
            ("no-server", NoServer),
            ("no-date", NoDate),
            ("no-reason", NoReason),
            ("names-lowercase", NamesLowercase),
            ("http2", Http2),
            ("http1.1", Http11),
        ];
        NAMES.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
    }
}

/// The header names whose presence `Features::observe` asks about, in its order.
pub(crate) const NAMES: [&str; 4] = ["x-powered-by", "via", "server", "date"];

/// The observations of one response: a bit per `Feature`, and the stack recognised.
#[derive(Default)]
pub(crate) struct Features {
    bits: u32,
    /// Index into the stacks table of the stack recognised, when one is.
    pub(crate) stack: Option<usize>,
}

impl Features {
    /// A bit per `Feature` observed, by its position.
    pub(crate) fn bits(&self) -> u32 {
        self.bits
    }

    pub(crate) fn has(&self, feature: Feature) -> bool {
        self.bits & (1 << feature as u32) != 0
    }

    pub(crate) fn set(&mut self, feature: Feature, on: bool) {
        if on {
            self.bits |= 1 << feature as u32;
        }
    }

    /// Everything but `ServerUnknown` (which needs the products' evidence) and the stack.
    /// `debug_scanned`: what the body scan found of the debug markers (see `debug_page`).
    /// `named`: whether the head has a header of each of `NAMES`, where the caller knows
    /// (natively, from the names' ids); the headers are searched for the others. `lowercase`:
    /// whether every name is lowercase, where the caller knows (natively).
    pub(crate) fn observe(
        subject: &Subject,
        json: Option<&Json>,
        debug_scanned: Option<u8>,
        named: [Option<bool>; NAMES.len()],
        lowercase: Option<bool>,
    ) -> Features {
        let mut f = Features::default();
        let body = crate::http::line::trim(subject.body);
        f.set(Feature::EmptyBody, body.is_empty() && !subject.body_missing);
        f.set(Feature::HeadOnly, subject.body_missing);
        f.set(
            Feature::GenericPage,
            subject.body_kind == BodyKind::Html && generic_page(subject, body),
        );
        f.set(
            Feature::ShortText,
            subject.body_kind == BodyKind::Text && short_text(body),
        );
        f.set(
            Feature::ProblemJson,
            subject.body_kind == BodyKind::ProblemJson,
        );
        f.set(Feature::ErrorJson, json.is_some_and(error_object));
        // A stack trace pasted with no status is text of unknown origin (a client's own exception
        // as often as a server's page): it speaks for the application only as a response's body.
        f.set(
            Feature::DebugPage,
            subject.code.is_some() && debug_page(body, debug_scanned),
        );
        f.set(
            Feature::ReasonNonstandard,
            match (subject.code, subject.reason) {
                // The registered phrase itself needs no lookup (`standard_reason` is code's).
                (Some(code), Some(reason)) if !reason.trim().is_empty() => {
                    subject.standard_reason != Some(reason)
                        && !crate::status::reason_matches(code, reason)
                }
                _ => false,
            },
        );
        let [powered_by, via, server, date] = named;
        let named = |known: Option<bool>, name: &str| match known {
            Some(known) if crate::FAST => known,
            _ => subject
                .headers
                .iter()
                .any(|h| h.name.eq_ignore_ascii_case(name)),
        };
        f.set(Feature::PoweredBy, named(powered_by, "x-powered-by"));
        f.set(Feature::Via, named(via, "via"));
        // What a head lacks, and its names' case, say something only of a head as it was sent.
        let sent = subject.head_as_sent;
        f.set(Feature::NoServer, sent && !named(server, "server"));
        let http2 = subject
            .version
            .is_some_and(|v| v.starts_with('2') || v.starts_with('3'));
        f.set(Feature::Http2, http2);
        f.set(Feature::Http11, subject.version == Some("1.1"));
        f.set(
            Feature::NoDate,
            sent && !http2 && subject.code.is_some() && !named(date, "date"),
        );
        f.set(
            Feature::NoReason,
            !http2
                && subject.code.is_some()
                && !subject.reason.is_some_and(|r| !r.trim().is_empty()),
        );
        f.set(
            Feature::NamesLowercase,
            sent && !http2
                && subject.headers.len() >= 2
                && match lowercase {
                    Some(lowercase) if crate::FAST => lowercase,
                    _ => subject
                        .headers
                        .iter()
                        .all(|h| !h.name.bytes().any(|b| b.is_ascii_uppercase())),
                },
        );
        f
    }
}

/// A JSON object with an error member at its top: what APIs answer errors with.
fn error_object(json: &Json) -> bool {
    const KEYS: &[&str] = &[
        "error",
        "errors",
        "message",
        "detail",
        "title",
        "fault",
        "msg",
        "error_message",
        "errorMessage",
        "error_description",
        "reason",
    ];
    matches!(json, Json::Object(_)) && KEYS.iter().any(|key| json.get(key).is_some())
}

// `short_text` and `generic_page` are out of `observe`: V8 compiles each only for a body of its
// kind.

/// One short line (two at most) of plain text.
#[inline(never)]
fn short_text(body: &[u8]) -> bool {
    !body.is_empty()
        && body.len() <= SHORT_TEXT
        && body.iter().filter(|&&b| b == b'\n').count() <= 1
}

/// Markers of a stack trace or a traceback, which only the failing program itself writes. The
/// attribution's body scan looks for them too (`matching`), so most bodies are not searched again.
pub(super) const DEBUG_MARKERS: [&str; 7] = [
    "Traceback (most recent call last)",
    "Stack trace:",
    "Exception in thread",
    "\tat java.",
    "\n    at ",
    "goroutine ",
    "stack backtrace:",
];
/// How much of a body is searched for them.
pub(super) const DEBUG_HEAD: usize = 64 * 1024;

/// Whether the trimmed `body` has a debug marker in its first `DEBUG_HEAD` bytes. `scanned`, when
/// the body scan read these very bytes (untrimmed, whole): a bit per marker it found there. A
/// marker the scan did not find is not in the trimmed body either; one found, if it starts or ends
/// with whitespace, may lie partly in what trimming drops, so it is searched for again.
fn debug_page(body: &[u8], scanned: Option<u8>) -> bool {
    let head = body.get(..body.len().min(DEBUG_HEAD)).unwrap_or(body);
    // Searched here only for a body the scan did not read (de-chunked, or larger than the
    // head), or a marker the scan found at an edge trimming may have cut.
    let found_in_head = |i: usize| {
        let marker = DEBUG_MARKERS.get(i).map_or(&b""[..], |m| m.as_bytes());
        crate::search::find_sized(head, marker).is_some()
    };
    (0..DEBUG_MARKERS.len()).any(|i| match scanned {
        None => found_in_head(i),
        Some(bits) if bits & 1 << i == 0 => false,
        Some(_) => {
            let edge = |b: Option<&u8>| b.is_some_and(u8::is_ascii_whitespace);
            let marker = DEBUG_MARKERS.get(i).map_or(&b""[..], |m| m.as_bytes());
            !(edge(marker.first()) || edge(marker.last())) || found_in_head(i)
        }
    })
}

/// An HTML page whose visible text is the status (code, reason) and little else: a server's
/// built-in page, which says nothing an application would. Read word by word over the bytes,
/// without building the text: the code's digits and the reason's words are the status, the rest
/// is counted. A page that is not UTF-8 is none; it is validated only once the words say yes
/// (most pages say no within their first hundred bytes of text).
#[inline(never)]
fn generic_page(subject: &Subject, body: &[u8]) -> bool {
    let Some(code) = subject.code else {
        return false;
    };
    if body.len() > PAGE_LIMIT {
        return false;
    }
    // The code's decimal digits, on the stack.
    let mut buffer = [0u8; 5];
    let digits = crate::status::digits(code, &mut buffer);
    // The words of the reason phrases (a dozen at most), on the stack: the registered phrase's
    // natively only when the response's differs (most send it; the wasm module splits both, for
    // its size).
    let same = crate::FAST && subject.reason == subject.standard_reason;
    let standard = if same { None } else { subject.standard_reason };
    let mut reason_words = [""; 32];
    let mut words = 0;
    for (slot, word) in reason_words.iter_mut().zip(
        [subject.reason, standard]
            .into_iter()
            .flatten()
            .flat_map(str::split_whitespace),
    ) {
        *slot = word;
        words += 1;
    }
    let reason_words = reason_words.get(..words).unwrap_or_default();
    let (mut said, mut extra) = (false, 0usize);
    // One pass over the bytes: words end at whitespace (Unicode's, as `str::split_whitespace`
    // splits) and at tags, which are skipped (comments, scripts and styles whole).
    let mut at = 0;
    while let Some(&b) = body.get(at) {
        if b == b'<' {
            at = tag_end(body, at).unwrap_or(body.len());
            continue;
        }
        if is_ascii_space(b) {
            at += 1;
            continue;
        }
        if !b.is_ascii() {
            match char_at(body, at) {
                // Not UTF-8: no page of this kind.
                None => return false,
                Some((c, width)) if c.is_whitespace() => {
                    at += width;
                    continue;
                }
                Some(_) => {}
            }
        }
        // A word: to the next whitespace, tag or the end.
        let from = at;
        loop {
            let rest = body.get(at..).unwrap_or_default();
            at += rest
                .iter()
                .position(|&b| !b.is_ascii() || b == b'<' || is_ascii_space(b))
                .unwrap_or(rest.len());
            match body.get(at) {
                Some(b) if !b.is_ascii() => match char_at(body, at) {
                    None => return false,
                    Some((c, _)) if c.is_whitespace() => break,
                    Some((_, width)) => at += width,
                },
                _ => break,
            }
        }
        // Too much text for a built-in page: the rest need not be read.
        if extra > PAGE_EXTRA {
            return false;
        }
        let word = trim_punctuation(body.get(from..at).unwrap_or_default());
        if word == digits
            || reason_words
                .iter()
                .any(|r| r.as_bytes().eq_ignore_ascii_case(word))
        {
            said = true;
        } else {
            extra += word.len();
        }
    }
    said && extra <= PAGE_EXTRA && std::str::from_utf8(body).is_ok()
}

/// `char::is_whitespace` of an ASCII byte: tab, LF, VT, FF, CR, space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The character starting at `at` and its length in bytes; None where the bytes are not UTF-8.
fn char_at(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let width = match *bytes.get(at)? {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    };
    let c = std::str::from_utf8(bytes.get(at..at + width)?).ok()?;
    Some((c.chars().next()?, width))
}

/// `word` without the ASCII punctuation (but `/`) around it: `(404)` → `404`.
fn trim_punctuation(word: &[u8]) -> &[u8] {
    // `u8::is_ascii_punctuation` but `/`, as ranges (LLVM vectorises the method per byte).
    let cut = |b: &u8| matches!(b, b'!'..=b'.' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~');
    let start = word.iter().position(|b| !cut(b)).unwrap_or(word.len());
    let end = word.iter().rposition(|b| !cut(b)).map_or(start, |i| i + 1);
    word.get(start..end).unwrap_or_default()
}

/// Where the tag starting at `lt` in `html` ends: after its `>`, or for a comment, a script or a
/// style, after the comment or the element's closing tag. None when it does not end.
fn tag_end(html: &[u8], lt: usize) -> Option<usize> {
    let tag = html.get(lt..)?;
    let opens = |name: &str| {
        tag.get(..name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
    };
    // Only a tag starting `<!` or `<s` can be a comment, a script or a style.
    let second = tag.get(1).map_or(0, u8::to_ascii_lowercase);
    let end = if second == b'!' && opens("<!--") {
        crate::search::find_short_bytes(tag, b"-->").map(|i| i + 3)
    } else if second == b's' && (opens("<script") || opens("<style")) {
        // The element ends at its closing tag, whatever it holds.
        let close = if opens("<script") {
            "</script"
        } else {
            "</style"
        };
        find_ignore_ascii_case(tag, close)
            .and_then(|i| memchr::memchr(b'>', tag.get(i..)?).map(|j| i + j + 1))
    } else {
        memchr::memchr(b'>', tag).map(|i| i + 1)
    };
    end.map(|end| lt + end)
}

/// The first `</script` or `</style` in `html`, in any case, found at its `<`s: the page is not
/// copied lowercased to be searched.
fn find_ignore_ascii_case(bytes: &[u8], lower_close: &str) -> Option<usize> {
    memchr::memchr_iter(b'<', bytes).find(|&at| {
        bytes
            .get(at..at + lower_close.len())
            .is_some_and(|tag| tag.eq_ignore_ascii_case(lower_close.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_markers_found_by_the_scan_agree_with_a_search() {
        let bodies: [&[u8]; 7] = [
            b"goroutine 1 [running]:",
            b"panic\n\ngoroutine \n",
            b"\n    at Object.<anonymous> (/app/index.js:1:1)",
            b"Error: boom\n    at ",
            b"\tat java.lang.Thread.run(Thread.java:750)",
            b"Traceback (most recent call last):\n  File",
            b"<p>Not Found</p>",
        ];
        for raw in bodies {
            // What the body scan reports: each marker anywhere in the untrimmed body.
            let mut bits = 0u8;
            for (i, m) in DEBUG_MARKERS.iter().enumerate() {
                if raw.windows(m.len()).any(|w| w == m.as_bytes()) {
                    bits |= 1 << i;
                }
            }
            let body = crate::http::line::trim(raw);
            assert_eq!(
                debug_page(body, Some(bits)),
                debug_page(body, None),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn words_are_trimmed_of_ascii_punctuation_but_slashes() {
        for b in 0..=u8::MAX {
            let cut = b.is_ascii_punctuation() && b != b'/';
            assert_eq!(trim_punctuation(&[b, b'x', b]).len() == 1, cut, "{b}");
        }
    }

    #[test]
    fn built_in_pages_are_told_from_others() {
        let page = |code: u16, reason: &str, body: &str| {
            let subject = Subject {
                code: Some(code),
                reason: Some(reason),
                standard_reason: crate::status::lookup(code).map(|s| s.reason),
                version: Some("1.1"),
                status_span: None,
                headers: &[],
                body_span: crate::report::Span::default(),
                body: body.as_bytes(),
                body_kind: BodyKind::Html,
                body_missing: false,
                head_as_sent: true,
            };
            generic_page(&subject, body.as_bytes())
        };
        let nginx = "<html><head><title>502 Bad Gateway</title><style>b{}</style></head><body><!-- x --><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        assert!(page(502, "Bad Gateway", nginx));
        assert!(!page(404, "Not Found", nginx), "another status");
        assert!(page(
            503,
            "Service Unavailable",
            "<h1>(503)\u{a0}Service\u{2003}Unavailable</h1>"
        ));
        // Scripts are skipped; no-break spaces split words as spaces do.
        assert!(page(
            503,
            "Service Unavailable",
            "<h1>503</h1><script>x y z</script>\u{a0}a\u{a0}b"
        ));
        let long = "<h1>404</h1><p>The page you were looking for doesn't exist. You may have mistyped the address or the page may have moved.</p>";
        assert!(!page(404, "Not Found", long));
        let mut invalid = b"<h1>404 Not Found</h1>".to_vec();
        invalid.push(0xff);
        let subject_body = invalid.clone();
        assert!(!generic_page(
            &Subject {
                code: Some(404),
                reason: Some("Not Found"),
                standard_reason: Some("Not Found"),
                version: None,
                status_span: None,
                headers: &[],
                body_span: crate::report::Span::default(),
                body: &subject_body,
                body_kind: BodyKind::Html,
                body_missing: false,
                head_as_sent: true,
            },
            &invalid
        ));
    }
}
