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
}

impl Feature {
    /// The feature a table names, or `None` for a name no code computes (the tables' test
    /// keeps every name known).
    pub(crate) fn named(name: &str) -> Option<Feature> {
        use Feature::*;
        // A table looked through, not a match: the match compiles to a comparison per name.
        const NAMES: [(&str, Feature); 16] = [
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
        ];
        NAMES.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
    }
}

/// The observations of one response: a bit per `Feature`, and the stack recognised.
#[derive(Default)]
pub(crate) struct Features {
    bits: u32,
    /// Index into the stacks table of the stack recognised, when one is.
    pub(crate) stack: Option<usize>,
}

impl Features {
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
    pub(crate) fn observe(
        subject: &Subject,
        json: Option<&Json>,
        debug_scanned: Option<u8>,
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
                (Some(code), Some(reason)) if !reason.trim().is_empty() => {
                    !crate::status::reason_matches(code, reason)
                }
                _ => false,
            },
        );
        let named = |name: &str| {
            subject
                .headers
                .iter()
                .any(|h| h.name.eq_ignore_ascii_case(name))
        };
        f.set(Feature::PoweredBy, named("x-powered-by"));
        f.set(Feature::Via, named("via"));
        // What a head lacks, and its names' case, say something only of a head as it was sent.
        let sent = subject.head_as_sent;
        f.set(Feature::NoServer, sent && !named("server"));
        let http2 = subject
            .version
            .is_some_and(|v| v.starts_with('2') || v.starts_with('3'));
        f.set(Feature::Http2, http2);
        f.set(
            Feature::NoDate,
            sent && !http2 && subject.code.is_some() && !named("date"),
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
                && subject
                    .headers
                    .iter()
                    .all(|h| !h.name.bytes().any(|b| b.is_ascii_uppercase())),
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
    // Searchers built once: building one costs more than searching a page with it.
    static FINDERS: std::sync::OnceLock<Vec<crate::search::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let finders = || {
        FINDERS.get_or_init(|| {
            let mut finders = Vec::new();
            for m in DEBUG_MARKERS {
                finders.push(crate::search::memmem::Finder::new(m.as_bytes()));
            }
            finders
        })
    };
    let head = body.get(..body.len().min(DEBUG_HEAD)).unwrap_or(body);
    let found_in_head = |i: usize| finders().get(i).is_some_and(|f| f.find(head).is_some());
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
/// built-in page, which says nothing an application would. Read word by word, without building
/// the text: the code's digits and the reason's words are the status, the rest is counted.
#[inline(never)]
fn generic_page(subject: &Subject, body: &[u8]) -> bool {
    let (Some(code), Ok(html)) = (subject.code, std::str::from_utf8(body)) else {
        return false;
    };
    if body.len() > PAGE_LIMIT {
        return false;
    }
    let digits = format!("{}", u32::from(code));
    // The words of the reason phrases (a dozen at most), on the stack.
    let mut reason_words = [""; 32];
    let mut words = 0;
    for (slot, word) in reason_words.iter_mut().zip(
        [subject.reason, subject.standard_reason]
            .into_iter()
            .flatten()
            .flat_map(str::split_whitespace),
    ) {
        *slot = word;
        words += 1;
    }
    let reason_words = reason_words.get(..words).unwrap_or_default();
    let (mut said, mut extra) = (false, 0usize);
    for_each_text(html, |text| {
        for word in text.split_whitespace() {
            if extra > PAGE_EXTRA {
                // Too much text for a built-in page: the rest need not be read.
                return false;
            }
            let word = word.trim_matches(|c: char| c.is_ascii_punctuation() && c != '/');
            if word == digits || reason_words.iter().any(|r| r.eq_ignore_ascii_case(word)) {
                said = true;
            } else {
                extra += word.len();
            }
        }
        extra <= PAGE_EXTRA
    });
    said && extra <= PAGE_EXTRA
}

/// Calls `visit` with each run of text between the tags of `html`, skipping comments, scripts
/// and styles, until it returns false. Linear: every search starts where the previous one ended.
fn for_each_text(html: &str, mut visit: impl FnMut(&str) -> bool) {
    let mut rest = html;
    while let Some(lt) = crate::search::byte(rest, b'<') {
        if !visit(rest.get(..lt).unwrap_or_default()) {
            return;
        }
        let tag = rest.get(lt..).unwrap_or_default();
        let opens = |name: &str| {
            tag.get(..name.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
        };
        // Only a tag starting `<!` or `<s` can be a comment, a script or a style.
        let second = tag.as_bytes().get(1).map_or(0, u8::to_ascii_lowercase);
        let end = if second == b'!' && opens("<!--") {
            crate::search::find(tag, "-->").map(|i| i + 3)
        } else if second == b's' && (opens("<script") || opens("<style")) {
            // The element ends at its closing tag, whatever it holds.
            let close = if opens("<script") {
                "</script"
            } else {
                "</style"
            };
            find_ignore_ascii_case(tag, close)
                .and_then(|i| crate::search::byte(tag.get(i..)?, b'>').map(|j| i + j + 1))
        } else {
            crate::search::byte(tag, b'>').map(|i| i + 1)
        };
        rest = end.and_then(|end| tag.get(end..)).unwrap_or_default();
    }
    visit(rest);
}

/// The first `</script` or `</style` in `html`, in any case, found at its `<`s: the page is not
/// copied lowercased to be searched.
fn find_ignore_ascii_case(html: &str, lower_close: &str) -> Option<usize> {
    let bytes = html.as_bytes();
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
    fn text_between_tags_skips_markup() {
        let mut words = Vec::new();
        for_each_text(
            "<html><head><title>502 Bad Gateway</title><style>b{}</style></head><body><!-- x --><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
            |text| {
                words.extend(text.split_whitespace().map(str::to_owned));
                true
            },
        );
        let words = crate::search::join(words.iter().map(String::as_str), " ");
        assert_eq!(words, "502 Bad Gateway 502 Bad Gateway nginx");
    }
}
