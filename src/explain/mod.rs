//! What the response means: the status table, what the product that generated it means by it,
//! what its headers and body say, whether to retry, and the ids to quote.
//!
//! Knowledge lives in tables, each entry with its source: `status` (one entry per code),
//! `generators` (per product + code + body/header marker), `headers` (per header) and `body`
//! (per error shape). This module only combines what the tables say for one response.
//!
//! Invariant: always produces an explanation with a summary, whatever the input; a code no table
//! knows falls back to its class (`x00`, RFC 9110 section 15).
//!
//! Lists are built by loops rather than `collect()`: a collect over its own iterator type is a
//! function of its own in the wasm module (about 200 bytes each, measured).

pub(crate) mod body;
pub(crate) mod generators;
pub(crate) mod headers;

use crate::body_scan::BodyScan;
use crate::report::{
    BodyKind, ErrorMessage, Explanation, Header, Identifier, Origin, OriginKind, RateLimit, Retry,
    RetryAdvice, RetryAfter, Span, Status, Text,
};
use crate::status;
use generators::{GeneratorEntry, Matched};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// Everything `explain` reads about one response.
pub struct Subject<'a> {
    /// The text every span indexes.
    pub input: &'a [u8],
    pub status: &'a Status,
    pub headers: &'a [Header],
    /// The body, de-chunked.
    pub body: &'a [u8],
    pub body_kind: BodyKind,
    pub media_type: Option<&'a str>,
    pub body_span: Span,
    pub origin: &'a Origin,
    /// The request's method, when the paste shows the request (`curl -v`, a HAR entry).
    pub method: Option<&'a str>,
    /// The request's headers, when the paste shows the request (empty otherwise).
    pub request_headers: &'a [Header],
    /// The raw body's literals, page markers among them.
    pub body_scan: &'a BodyScan<'a>,
}

/// How many causes and checks an explanation lists at most.
const MAX_ITEMS: usize = 6;
/// Markers are looked for in this much of the body.
const HAYSTACK: usize = 64 * 1024;
/// The gateway statuses: a proxy's word for "the server behind me failed".
fn is_gateway(code: u16) -> bool {
    matches!(code, 502..=504)
}

/// One of the table's notes (crates/tables/src/status.rs `NOTES`), by key.
fn note(key: &str) -> Option<&'static resplain_tables::status::Note> {
    crate::knowledge::get()
        .status_notes
        .iter()
        .find(|n| n.key == key)
}

// `explain` and `retry` kept out of line: the module is smaller so (measured).
#[inline(never)]
pub fn explain(s: &Subject) -> Explanation {
    // The body's text, read once for its message and its ids.
    let page = body::prefix(s.body);
    let reading = body::read(
        s.body,
        page,
        s.body_kind,
        s.media_type,
        s.input,
        s.body_span,
        s.body_scan,
    );
    let named_by_page = s
        .status
        .code
        .is_none()
        .then(|| page_status(&reading))
        .flatten();
    let code = s.status.code.or(named_by_page);
    let entry = code.and_then(status::lookup_or_class);
    // Natively, a head's haystack (its reason phrase) on the stack.
    let mut small = [0u8; 64];
    let owned;
    let small_one = match crate::FAST {
        true => small_haystack(&mut small, s.body, s.status.reason.as_deref()),
        false => None,
    };
    let haystack = match small_one {
        Some(h) => h,
        None => {
            owned = haystack(s.body, s.status.reason.as_deref());
            owned.as_slice()
        }
    };
    let matched = generators::matching(
        s.origin.generator.as_deref(),
        &s.origin.relays,
        code,
        haystack,
        s.headers,
    );
    let primary = matched.first().copied();
    let proxy_error = headers::proxy_status_error(s.headers);
    let strong = s.origin.sure;
    // Who generated it is asserted only on strong evidence; a product's own marker in the body
    // or headers shows the condition itself.
    let name = s.origin.generator_name.as_deref();
    let gateway = code.is_some_and(is_gateway);
    let server_error = code.is_some_and(|c| c >= 500);
    let is_error = code.is_some_and(|c| c >= 400);
    let error_in_success = code.is_some_and(|c| (200..300).contains(&c)) && reading.error_flag;
    // A message worth searching for: not a stock page's text.
    let specific_message = reading.message.as_ref().filter(|_| !reading.generic());
    let app_said = s.origin.kind == OriginKind::App;

    // Sized for what most responses get: none grows.
    // Where the facts come from, each cited once, in the order used.
    // Natively sized once (the wasm module grows it, for its size).
    let mut sources = Sources {
        cites: if crate::FAST {
            Vec::with_capacity(4)
        } else {
            Vec::new()
        },
        texts: Vec::new(),
    };
    let mut causes: Vec<Text> = Vec::with_capacity(MAX_ITEMS);
    let mut checks: Vec<Text> = Vec::with_capacity(MAX_ITEMS + 1);
    let mut ruled_out: Vec<Text> = Vec::new();

    if error_in_success {
        if let Some(n) = note("body-error") {
            causes.push(Text::Borrowed(n.text));
            sources.push(n.source);
        }
    }
    if let Some((kind, meaning)) = proxy_error {
        causes.push(format!("Proxy-Status says {kind}: {meaning}.").into());
        sources.push("RFC 9209 (Proxy-Status)");
    }
    if let Some(m) = specific_message {
        if s.origin.kind != OriginKind::Proxy && (server_error || error_in_success) {
            checks.push(
                format!(
                    "Search the application's logs and code for the message \"{}\".",
                    short(&m.text, 120)
                )
                .into(),
            );
        }
    }
    for (i, m) in matched.iter().take(3).enumerate() {
        let g = m.entry;
        // A second entry adds what it knows only when its own marker shows it too (a Heroku
        // code in a pasted router line beside Heroku's error page), for the same product and
        // code: an entry that matched by product and code alone says less than the first.
        if i > 0 && !(m.marked && related(g, primary.map(|p| p.entry))) {
            continue;
        }
        let cause = crate::http::line::trim_end_of(g.cause, b".");
        let mut line = String::with_capacity(g.title.len() + cause.len() + 6);
        line.push_str(g.title);
        line.push_str(" — ");
        line.push_str(cause);
        line.push('.');
        causes.push(line.into());
        push_all(&mut causes, g.causes);
        push_all(&mut checks, g.checks);
        // What the entry rules out holds when its marker shows the condition, or when the
        // product surely generated the response.
        if m.marked || strong {
            if g.reached_app == Some(false) {
                if let Some(n) = note("not-reached") {
                    ruled_out.push(Text::Borrowed(n.text));
                }
            }
            push_all(&mut ruled_out, g.not);
        }
        sources.push(g.source);
    }

    // The status table's causes and checks, unless a product entry said something specific.
    let generic = primary.is_none();
    let proxy_said = s.origin.kind == OriginKind::Proxy;
    match (app_said, code) {
        // The body's error is the finding; the success status's own causes do not apply.
        _ if error_in_success => {}
        (true, Some(c)) if generic && is_gateway(c) => app_gateway(
            c,
            strong,
            entry,
            &mut causes,
            &mut checks,
            &mut ruled_out,
            &mut sources,
        ),
        (true, Some(c)) if generic && c >= 500 && strong => {
            checks.push(
                "Read the application's logs at this time for the exception or stack trace.".into(),
            );
            if let Some(e) = entry {
                push_all(&mut causes, e.causes);
            }
        }
        // A proxy's own 500: the status table's causes are about applications.
        (false, Some(500)) if generic && proxy_said => {
            if let Some(n) = note("proxy-500") {
                causes.push(Text::Borrowed(n.text));
                sources.push(n.source);
            }
            checks.push(
                "Look in the proxy's own logs for this request (a managed service's request logs, or its status page)."
                    .into(),
            );
        }
        _ if generic => {
            if let Some(e) = entry {
                push_all(&mut causes, e.causes);
                push_all(&mut checks, e.checks);
            }
        }
        _ => {}
    }
    if let Some(e) = entry {
        // Natively read once per entry.
        match crate::FAST.then(|| facts(e)).flatten() {
            Some(f) => sources.add(f.source),
            None => sources.push(e.source),
        }
    }
    if error_in_success {
        checks.push("Handle errors in the body as well as the status code.".into());
    }
    if proxy_said && is_error && headers::lacks_cors(s.headers) {
        let who = name.filter(|_| strong).unwrap_or("the proxy");
        // Written piece by piece, at its final size: no formatter.
        let mut line = String::with_capacity(180);
        line.push_str("If a browser reports a CORS error for this call, it is a side effect: ");
        line.push_str(who);
        line.push_str("'s error response carries no Access-Control-Allow-Origin. Fix the ");
        if let Some(c) = code {
            crate::http::push_number(&mut line, c);
        }
        line.push_str(" first.");
        checks.push(line.into());
    }
    if let Some(source) = reading
        .message
        .as_ref()
        .and_then(|m| body::source_of(m.shape))
    {
        sources.push(source);
    }
    // Natively, a list that is the status entry's own, known to keep every item, is left as is.
    let [causes_kept, checks_kept] = match (crate::FAST, entry) {
        (true, Some(e)) => facts(e).map_or([false; 2], |f| f.kept),
        _ => [false; 2],
    };
    if !(causes_kept && entry.is_some_and(|e| is_list(&causes, e.causes))) {
        dedupe(&mut causes, MAX_ITEMS);
    }
    if !(checks_kept && entry.is_some_and(|e| is_list(&checks, e.checks))) {
        dedupe(&mut checks, MAX_ITEMS);
    }
    dedupe(&mut ruled_out, usize::MAX);
    if gateway {
        // How a client should read any gateway status: after the list, so it always shows.
        let asked_json = crate::http::headers::first(s.request_headers, "accept")
            .is_some_and(|h| crate::search::contains(&h.value.to_ascii_lowercase(), "json"));
        let html = matches!(s.body_kind, BodyKind::Html);
        if let Some(n) = note("json") {
            // Said first when the request asked for JSON and a page came back.
            match note("json-asked").filter(|_| asked_json && html) {
                Some(asked) => checks.push(format!("{} {}", asked.text, n.text).into()),
                None => checks.push(Text::Borrowed(n.text)),
            }
            sources.push(n.source);
        }
        if let Some(n) = note("not-client") {
            ruled_out.push(Text::Borrowed(n.text));
        }
    }

    let meaning = match entry {
        Some(e) => Text::Borrowed(e.meaning),
        None => Text::Borrowed("No status code was found in the paste."),
    };
    let summary = summary(
        s,
        code,
        entry,
        primary,
        specific_message,
        error_in_success,
        &meaning,
    );
    let retry = retry(s, code, entry.map(|e| e.retry), primary, error_in_success);
    // Each header's entry, looked up once: natively on the stack for a head of up to 16.
    let mut on_stack = [None; 16];
    let on_heap;
    let known: &[Option<&resplain_tables::headers::HeaderEntry>] =
        match on_stack.get_mut(..s.headers.len()) {
            Some(slots) if crate::FAST => {
                for (slot, h) in slots.iter_mut().zip(s.headers) {
                    *slot = headers::entry(&h.name);
                }
                slots
            }
            _ => {
                on_heap = headers::entries_of(s.headers);
                &on_heap
            }
        };
    let mut ids = headers::ids(s.headers, known);
    // A page with no text (a head) has no ids: natively not read.
    if !(crate::FAST && page.is_empty()) {
        for (label, value, span) in body::ids(page, s.input, s.body_span) {
            push_body_id(&mut ids, label, value, span.unwrap_or(s.body_span));
        }
    }
    Explanation {
        summary,
        meaning,
        causes,
        checks,
        retry,
        ids,
        class: code.and_then(status::class_of).map(|c| c.id),
        ruled_out,
        message: reading.message,
        insights: headers::insights(s.headers, known, code),
        cites: sources.cites,
        sources: sources.texts,
        header_notes: headers::notes(s.headers, known),
    }
}

// The branches below are functions of their own, out of `explain`: V8 compiles a wasm function
// when it is first called, so a typical response, which takes none of them, does not compile them.

/// The application's own gateway status (502, 503, 504), no product entry saying more.
#[inline(never)]
fn app_gateway(
    c: u16,
    strong: bool,
    entry: Option<&status::StatusEntry>,
    causes: &mut Vec<Text>,
    checks: &mut Vec<Text>,
    ruled_out: &mut Vec<Text>,
    sources: &mut Sources,
) {
    let key = if c == 503 { "app-503" } else { "app-gateway" };
    if let Some(n) = note(key) {
        if strong {
            causes.push(sentence(n.text).into());
            if let Some(not) = note("not-proxy") {
                ruled_out.push(Text::Borrowed(not.text));
            }
        } else {
            // Not sure the application generated it: say so, and keep the causes of
            // every layer.
            causes.push(format!("Probably {}.", n.text).into());
            if let Some(e) = entry {
                push_all(causes, e.causes);
            }
        }
        sources.push(n.source);
    }
    checks
        .push("Look at the application's logs and at the dependency it names in the body.".into());
    if !strong {
        if let Some(e) = entry {
            push_all(checks, e.checks);
        }
    }
}

/// The sources of an explanation: the tables' citations by number, the others as text, each
/// once, in the order first used (no list of them all is kept).
struct Sources {
    cites: Vec<u16>,
    texts: Vec<&'static str>,
}

impl Sources {
    fn push(&mut self, source: &'static str) {
        self.add(crate::knowledge::cite_or_text(source));
    }

    /// A source read as [`crate::knowledge::cite_or_text`] reads it.
    fn add(&mut self, source: (Option<u16>, Option<&'static str>)) {
        match source {
            (Some(n), _) if !self.cites.contains(&n) => self.cites.push(n),
            (None, Some(text)) if !self.texts.contains(&text) => self.texts.push(text),
            _ => {}
        }
    }
}

/// An id the body shows, unless a header's id already holds it.
#[inline(never)]
fn push_body_id(ids: &mut Vec<Identifier>, label: &'static str, value: String, span: Span) {
    if ids
        .iter()
        .any(|id| crate::search::contains(&id.value, &value))
    {
        return;
    }
    ids.push(Identifier {
        name: Text::Borrowed(label),
        value,
        // Where the id is written, or the body when it is written with escapes.
        span,
    });
}

/// Whether a less specific entry belongs with the primary one (same product family and code).
#[inline(never)]
fn related(g: &GeneratorEntry, primary: Option<&GeneratorEntry>) -> bool {
    let Some(p) = primary else { return false };
    let same_product = g.generators.is_empty()
        || p.generators.is_empty()
        || g.generators.iter().any(|x| p.generators.contains(x));
    let same_code = g.codes.is_empty() || p.codes.is_empty() || g.codes == p.codes;
    same_product && same_code
}

/// [`haystack`] written into `buffer` when the body is empty and the reason fits.
fn small_haystack<'b>(
    buffer: &'b mut [u8; 64],
    body: &[u8],
    reason: Option<&str>,
) -> Option<&'b [u8]> {
    if !body.is_empty() {
        return None;
    }
    let text = match reason {
        Some(r) => {
            let (newline, rest) = buffer.split_first_mut()?;
            *newline = b'\n';
            rest.get_mut(..r.len())?.copy_from_slice(r.as_bytes());
            buffer.get_mut(..r.len() + 1)?
        }
        None => buffer.get_mut(..0)?,
    };
    text.make_ascii_lowercase();
    Some(text)
}

/// The lowercase text markers are looked for in: the body's prefix and the reason phrase.
fn haystack(body: &[u8], reason: Option<&str>) -> Vec<u8> {
    let cut = body.get(..HAYSTACK).unwrap_or(body);
    // Sized for the reason too: growing it would copy the body again.
    let mut text = Vec::with_capacity(cut.len() + reason.map_or(0, |r| r.len() + 1));
    text.extend_from_slice(cut);
    if let Some(r) = reason {
        text.push(b'\n');
        text.extend_from_slice(r.as_bytes());
    }
    // Markers are ASCII: the bytes, ASCII-lowercased, are enough (no UTF-8 decoding).
    text.make_ascii_lowercase();
    text
}

/// The first sentence of a meaning (the rest contrasts it with neighbouring codes).
fn first_sentence(text: &str) -> &str {
    crate::http::line::trim_end_of(
        crate::search::find_short(text, ". ")
            .and_then(|at| text.get(..at))
            .unwrap_or(text),
        b".",
    )
}

/// The status a page names when the paste has no status line (nginx's page pasted alone: its
/// message is `502 Bad Gateway`): a code followed by its registered reason phrase or a known
/// variant, nothing else. The Report's status stays empty; the explanation says where it came from.
// Not inlined: a paste without a status line is rare, and V8 compiles a function at first call.
#[inline(never)]
fn page_status(reading: &body::BodyReading) -> Option<u16> {
    let text = reading.message.as_ref()?.text.trim();
    let code = crate::http::line::parse_u16(text.as_bytes().get(..3)?)?;
    let reason = text.get(3..)?.strip_prefix(' ')?;
    ((400..600).contains(&code)
        && status::lookup(code).is_some()
        && status::reason_matches(code, reason))
    .then_some(code)
}

fn summary(
    s: &Subject,
    code: Option<u16>,
    entry: Option<&status::StatusEntry>,
    primary: Option<Matched>,
    specific_message: Option<&ErrorMessage>,
    error_in_success: bool,
    meaning: &str,
) -> String {
    let name = s.origin.generator_name.as_deref();
    let strong = s.origin.sure;
    // Only where it is said: a proxy's summary of its status does not quote the body.
    let said = s.status.code.is_none() || error_in_success || s.origin.kind != OriginKind::Proxy;
    let message = specific_message
        .filter(|_| said)
        .map(|m| short(&m.text, 160));
    let Some(code) = code else {
        return match message {
            Some(m) => format!("No status line in the paste; the body says \"{m}\"."),
            None => "No status line in the paste, so there is no status to explain.".to_owned(),
        };
    };
    let reason = s
        .status
        .standard_reason
        .or(entry.map(|e| e.reason).filter(|r| !r.is_empty()))
        .or(s.status.reason.as_deref())
        .unwrap_or("");
    // Written piece by piece into one string: `{code} {reason}`, trimmed, then the rest.
    let mut out = String::with_capacity(256);
    if s.status.code.is_none() {
        out.push_str("No status line in the paste; the page names its status. ");
    }
    crate::http::push_number(&mut out, code);
    out.push(' ');
    out.push_str(reason);
    out.truncate(out.trim_end().len());
    // The meaning's first sentence as the summary goes on with it: natively prepared once per
    // status entry.
    let prepared = match (crate::FAST, entry) {
        (true, Some(e)) => facts(e).map(|f| f.meaning.as_str()),
        _ => None,
    };
    let meaning = match prepared {
        Some(_) => "",
        None => first_sentence(meaning),
    };
    if error_in_success {
        out.push_str(", but the body reports an error");
        if let Some(m) = &message {
            out.push_str(": ");
            quoted(&mut out, m);
        }
        out.push('.');
        return out;
    }
    let why = |out: &mut String| push_why(out, primary, name, prepared, meaning);
    match s.origin.kind {
        OriginKind::Proxy => {
            let who = name.unwrap_or("a proxy");
            // A platform's page about the application's own failure (a function that threw)
            // is generated by the platform, but the fault is the application's.
            let app_failed = primary.and_then(|m| m.entry.reached_app) == Some(true);
            out.push_str(if strong {
                " generated by "
            } else {
                ", probably generated by "
            });
            out.push_str(who);
            out.push_str(match (strong, app_failed) {
                (true, true) => " — ",
                (true, false) => ", not by your application — ",
                (false, _) => " rather than your application — ",
            });
            why(&mut out);
        }
        OriginKind::App => {
            out.push_str(if strong {
                " generated by the application"
            } else {
                " probably generated by the application"
            });
            if let Some(n) = name {
                out.push_str(" (");
                out.push_str(n);
                out.push(')');
            }
            match (primary, &message) {
                (None, Some(m)) if code >= 400 => {
                    out.push_str(", which says: ");
                    quoted(&mut out, m);
                }
                _ => {
                    out.push_str(" — ");
                    why(&mut out);
                }
            }
        }
        OriginKind::Unknown => {
            out.push_str(" — ");
            match (primary, &message) {
                // A vendor's own marker names the layer even when attribution could not.
                (Some(_), _) => why(&mut out),
                (None, Some(m)) if code >= 400 => {
                    out.push_str("the body says ");
                    quoted(&mut out, m);
                    out.push_str(" (the paste does not show which layer generated it)");
                }
                _ => {
                    push_meaning(&mut out, prepared, meaning);
                    out.push_str(" (the paste does not show which layer generated it)");
                }
            }
        }
    }
    out.push('.');
    out
}

/// `"m"`, quoted.
fn quoted(out: &mut String, m: &str) {
    out.push('"');
    out.push_str(m);
    out.push('"');
}

/// Why the status came back: a vendor's code seen in the paste names itself (its title leads the
/// reason), a product entry's cause, or the status's meaning.
fn push_why(
    out: &mut String,
    primary: Option<Matched>,
    name: Option<&str>,
    prepared: Option<&str>,
    meaning: &str,
) {
    match primary {
        Some(m) if m.marked && m.entry.generators.is_empty() => {
            out.push_str(m.entry.title);
            out.push_str(": ");
            out.push_str(m.entry.cause);
        }
        Some(m) => push_named(out, m.entry.cause, name),
        None => push_meaning(out, prepared, meaning),
    }
}

/// The status's meaning as the summary goes on with it: `prepared` for its entry natively, else
/// its first sentence (`meaning`) as [`push_lower_first`] writes it.
fn push_meaning(out: &mut String, prepared: Option<&str>, meaning: &str) {
    match prepared {
        Some(p) => out.push_str(p),
        None => push_lower_first(out, meaning),
    }
}

#[inline(never)]
fn retry(
    s: &Subject,
    code: Option<u16>,
    from_table: Option<RetryAdvice>,
    primary: Option<Matched>,
    error_in_success: bool,
) -> Retry {
    let primary = primary.map(|m| m.entry);
    let mut advice = primary
        .and_then(|g| g.retry)
        .or(from_table)
        .unwrap_or(RetryAdvice::Maybe);
    let after = headers::retry_after(s.headers);
    let rate_limit = headers::rate_limit(s.headers);
    let method = s.method.map(|m| m.trim().to_ascii_uppercase());
    let idempotent = method
        .as_deref()
        .map(|m| matches!(m, "GET" | "HEAD" | "OPTIONS" | "TRACE" | "PUT" | "DELETE"));
    let reached = primary.and_then(|g| g.reached_app);
    // What the method adds, each sentence after a space: written after the rest of the detail.
    let mut notes = String::new();

    // A used-up rate limit decides, whatever the status (GitHub answers 403 with it): the
    // provider says when to come back.
    let used_up = rate_limit
        .as_ref()
        .and_then(|rl| rl.remaining.as_deref())
        .is_some_and(|r| r.trim() == "0");
    let limited = used_up && code.is_some_and(|c| c >= 400);
    if limited {
        advice = RetryAdvice::Yes;
    }
    if error_in_success {
        advice = RetryAdvice::Maybe;
    }
    // The advice the detail is worded for, before a caveat about the method lowers it.
    let worded = advice;

    if let (Some(m), Some(false)) = (&method, idempotent) {
        if matches!(advice, RetryAdvice::Yes | RetryAdvice::Maybe) && !limited {
            if reached == Some(false) {
                notes.push(' ');
                notes.push_str(m);
                notes.push_str(" is not idempotent, but this request never reached the application, so sending it again is safe.");
            } else {
                advice = RetryAdvice::Maybe;
                notes.push(' ');
                notes.push_str(m);
                notes.push_str(" is not idempotent (RFC 9110 section 9.2.2): the first attempt may have taken effect, so retry only with an idempotency key or after checking that it did not.");
            }
        }
    } else if let (Some(m), Some(true)) = (&method, idempotent) {
        if matches!(advice, RetryAdvice::Yes | RetryAdvice::Maybe) {
            notes.push(' ');
            notes.push_str(m);
            notes.push_str(" is idempotent, so repeating it is safe.");
        }
    } else if method.is_none()
        && code.is_some_and(|c| matches!(c, 502 | 504))
        && reached != Some(false)
        && advice == RetryAdvice::Yes
    {
        // The method is unknown and the request may have reached the application.
        advice = RetryAdvice::Maybe;
        notes.push_str(" Safe for idempotent requests (GET, HEAD, PUT, DELETE); a POST or PATCH may have reached the application and taken effect: retry only with an idempotency key or after checking that it did not.");
    }

    // The table's sentence, borrowed: composed only when something follows it.
    let base: &'static str = if error_in_success {
        note("body-error").map_or("", |n| n.text)
    } else if limited {
        "The rate limit is used up: retry after it resets, not before (early attempts are refused and may count)."
    } else {
        match worded {
            RetryAdvice::Yes => "Retry with exponential backoff and jitter (about 1 s, 2 s, 4 s…), a few times at most: the condition is usually temporary.",
            RetryAdvice::Maybe => "A retry may succeed: repeat only requests safe to repeat, back off exponentially, stop after two or three attempts.",
            RetryAdvice::No => "Retrying the same request will get the same answer: change the request or the configuration first.",
            RetryAdvice::NotNeeded => "Not an error: nothing to retry.",
        }
    };
    // What follows the sentence.
    let mut detail = String::new();
    let mut after_seconds = None;
    let mut after_value = None;
    if let Some((a, seconds)) = after {
        after_seconds = seconds;
        write_retry_after(&mut detail, &a, seconds);
        after_value = Some(a);
    }
    if let Some(rl) = &rate_limit {
        write_rate_limit(&mut detail, rl, limited);
    }
    if (code == Some(429) || limited)
        && after_seconds.is_none()
        && rate_limit.as_ref().and_then(|r| r.reset_seconds).is_none()
    {
        detail.push_str(
            " No Retry-After or reset time given: start around 1 s and double each attempt.",
        );
    }
    let detail = if detail.is_empty() && notes.is_empty() {
        Text::Borrowed(base)
    } else {
        let mut full = String::with_capacity(base.len() + detail.len() + notes.len());
        full.push_str(base);
        full.push_str(&detail);
        full.push_str(&notes);
        full.into()
    };
    Retry {
        advice,
        detail,
        after_seconds,
        after: after_value,
        idempotent,
        rate_limit,
    }
}

// What a Retry-After and rate-limit headers add to the retry advice: functions of their own, which
// V8 compiles only for a response that has them (see `app_gateway`).

/// What the Retry-After header asks.
#[inline(never)]
fn write_retry_after(detail: &mut String, a: &RetryAfter, seconds: Option<u64>) {
    match (&a.date, seconds) {
        (None, Some(secs)) => {
            _ = write!(
                detail,
                " The server asks to wait {} before retrying (Retry-After: {}).",
                headers::duration(secs),
                a.raw
            )
        }
        (Some(date), Some(secs)) => {
            _ = write!(detail,
            " The server asks to wait until {date}, {} after this response's Date (Retry-After).",
            headers::duration(secs)
        )
        }
        (Some(date), None) => {
            _ = write!(
                detail,
                " The server asks to wait until {date} (Retry-After)."
            )
        }
        (None, None) => {
            _ = write!(
                detail,
                " Retry-After is neither seconds nor an HTTP-date: \"{}\".",
                a.raw
            )
        }
    }
}

/// What the rate-limit headers say.
#[inline(never)]
fn write_rate_limit(detail: &mut String, rl: &RateLimit, limited: bool) {
    // The parts, each after `, ` but the first: written in place, no list of strings.
    let mut parts = String::new();
    if let Some(r) = &rl.remaining {
        parts.push_str(r);
        if let Some(l) = &rl.limit {
            parts.push_str(" of ");
            parts.push_str(l);
        }
        parts.push_str(" requests left");
    }
    let reset = match (rl.reset_seconds, &rl.reset) {
        (Some(secs), _) => Some(("the window resets in ", headers::duration(secs))),
        (None, Some(reset)) if limited => Some(("the reset header says ", reset.clone())),
        _ => None,
    };
    if let Some((words, when)) = reset {
        if !parts.is_empty() {
            parts.push_str(", ");
        }
        parts.push_str(words);
        parts.push_str(&when);
    }
    if !parts.is_empty() {
        detail.push_str(" Rate limit: ");
        detail.push_str(&parts);
        detail.push('.');
    }
}

/// Table texts appended to a list. One function: each `extend` over its own `map` closure is an
/// instance of its own.
fn push_all(list: &mut Vec<Text>, texts: &[&'static str]) {
    for &text in texts {
        list.push(Text::Borrowed(text));
    }
}

/// `it could not…` → `Envoy could not…` when the product's name is known.
fn push_named(out: &mut String, clause: &str, name: Option<&str>) {
    match (clause.strip_prefix("it "), name) {
        (Some(rest), Some(n)) => {
            out.push_str(n);
            out.push(' ');
            out.push_str(rest);
        }
        _ => out.push_str(clause),
    }
}

/// Capitalises and ends a clause as a sentence.
fn sentence(clause: &str) -> String {
    // ASCII case only: the tables are ASCII, and Unicode case tables would cost 25 KB of wasm.
    let mut out = String::with_capacity(clause.len() + 1);
    out.push_str(clause);
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// Words whose capital stays at the start of a clause.
const PROPER: &[&str] = &[
    "Cloudflare",
    "Laravel",
    "Shopify",
    "Windows",
    "Esri",
    "Microsoft",
    "Apache",
    "Twitter",
    "Spring",
];

/// Lowercases the first letter unless the first word is a name (`AWS`, `WebDAV`, `Cloudflare:`).
fn push_lower_first(out: &mut String, text: &str) {
    let first_word = first_word(text);
    let bare = crate::http::line::trim_end_of(first_word, b":,");
    let bare = bare.strip_suffix("'s").unwrap_or(bare);
    let keep = first_word.ends_with(':')
        || bare.chars().skip(1).any(|c| c.is_ascii_uppercase())
        || PROPER.contains(&bare);
    let from = out.len();
    out.push_str(text);
    if !keep {
        if let Some(first) = out.get_mut(from..from + 1) {
            first.make_ascii_lowercase();
        }
    }
}

/// `text`'s first word (split at whitespace): natively by its bytes when it opens with ASCII
/// other than whitespace, up to ASCII whitespace (the same word: no other character is
/// whitespace there).
fn first_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    let ascii_word = |b: &u8| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ');
    if crate::FAST && bytes.first().is_some_and(ascii_word) {
        let end = bytes
            .iter()
            .position(|b| !ascii_word(b))
            .unwrap_or(bytes.len());
        if bytes.get(end).map_or(true, u8::is_ascii) {
            return text.get(..end).unwrap_or(text);
        }
    }
    text.split_whitespace().next().unwrap_or("")
}

/// `text` on one line, cut to `max` characters: borrowed when it already is.
fn short(text: &str, max: usize) -> Cow<'_, str> {
    match join_words(Cow::Borrowed(text), false) {
        // No more bytes than `max`, so no more characters: nothing to cut.
        joined if joined.len() <= max => joined,
        joined => Cow::Owned(body::cut(joined.into_owned(), max)),
    }
}

/// `text`'s words joined by single spaces; `tight`: none after `(` or before `)`, `.` or `,`.
/// Built at its final size: never longer than `text`; `text` itself when it is already joined
/// (natively).
pub(crate) fn join_words(text: Cow<'_, str>, tight: bool) -> Cow<'_, str> {
    // Natively only: the wasm module joins every text (the same result), for its size.
    let trimmed = text.trim();
    if crate::FAST && single_spaced(trimmed) {
        if trimmed.len() == text.len() {
            return text;
        }
        return match text {
            Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
            Cow::Owned(text) => Cow::Owned(text.trim().to_owned()),
        };
    }
    let mut joined = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let close = tight
            && (joined.ends_with('(')
                || matches!(word.as_bytes().first(), Some(b')' | b'.' | b',')));
        if !joined.is_empty() && !close {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    Cow::Owned(joined)
}

/// Whether `text` is already its words joined as [`join_words`] joins them: printable ASCII, no
/// space at either end, none doubled, none before `)`, `.` or `,`, none after `(`. One pass
/// with no branch per byte, where splitting into words decodes every character.
fn single_spaced(text: &str) -> bool {
    let mut odd = text.starts_with(' ') || text.ends_with(' ');
    let mut prev = b'x';
    for &b in text.as_bytes() {
        let space_then = prev == b' ' && matches!(b, b' ' | b')' | b'.' | b',');
        odd |= !(0x20..0x7f).contains(&b) | space_then | (prev == b'(' && b == b' ');
        prev = b;
    }
    !odd
}

/// What the explanation reads of a status entry, natively prepared once per entry.
struct Facts {
    /// Whether [`dedupe`] keeps the whole of the entry's causes, and of its checks, each list
    /// alone.
    kept: [bool; 2],
    /// Its meaning's first sentence as a summary goes on with it ([`push_lower_first`]).
    meaning: String,
    /// Its source, as [`crate::knowledge::cite_or_text`] reads it.
    source: (Option<u16>, Option<&'static str>),
}

/// The [`Facts`] of status entry `e` (built once for every entry; native only).
fn facts(e: &status::StatusEntry) -> Option<&'static Facts> {
    static FACTS: OnceLock<Vec<Facts>> = OnceLock::new();
    let facts = FACTS.get_or_init(|| {
        let whole = |list: &[&'static str]| {
            let mut items = Vec::with_capacity(list.len());
            push_all(&mut items, list);
            dedupe(&mut items, MAX_ITEMS);
            items.len() == list.len()
        };
        let mut facts = Vec::new();
        for e in status::entries() {
            let mut meaning = String::new();
            push_lower_first(&mut meaning, first_sentence(e.meaning));
            facts.push(Facts {
                kept: [whole(e.causes), whole(e.checks)],
                meaning,
                source: crate::knowledge::cite_or_text(e.source),
            });
        }
        facts
    });
    // The entry's place in the table, from its address.
    let at = (e as *const status::StatusEntry as usize)
        .checked_sub(status::entries().as_ptr() as usize)
        .map(|offset| offset / std::mem::size_of::<status::StatusEntry>());
    at.and_then(|at| facts.get(at))
}

/// Whether `items` are the table's `list` itself, item by item.
fn is_list(items: &[Text], list: &[&'static str]) -> bool {
    items.len() == list.len()
        && items
            .iter()
            .zip(list)
            .all(|(item, l)| matches!(item, Cow::Borrowed(b) if std::ptr::eq(*b, *l)))
}

/// Drops repeats, including near-repeats from overlapping entries: two items that open with the
/// same six words ("Read the origin web server's error log …") say the same thing; the first,
/// from the most specific entry, stays. At most `keep` items stay: the later ones are not read.
/// Openings are compared byte by byte, so two items apart from their first bytes cost a few
/// comparisons, and nothing is allocated.
fn dedupe(items: &mut Vec<Text>, keep: usize) {
    // The items kept move to the front, in order.
    let mut kept = 0;
    for i in 0..items.len() {
        if kept == keep {
            break;
        }
        let (Some(item), Some(earlier)) = (items.get(i), items.get(..kept)) else {
            break;
        };
        if !earlier.iter().any(|e| same_opening(e, item)) {
            // A slice pattern, not `swap`: no panic path (its location would be in the module).
            if let Some([first, .., last]) = items.get_mut(kept..=i) {
                std::mem::swap(first, last);
            }
            kept += 1;
        }
    }
    items.truncate(kept);
}

fn same_opening(a: &str, b: &str) -> bool {
    if crate::FAST && differ_early(a.as_bytes(), b.as_bytes()) {
        return false;
    }
    let (mut a, mut b) = (opening(a), opening(b));
    loop {
        let byte = a.next();
        if byte != b.next() {
            return false;
        }
        if byte.is_none() {
            return true;
        }
    }
}

/// Whether the openings of `a` and `b` surely differ, read from the raw bytes (natively only:
/// the same answer as [`Opening`], which the wasm module always runs). Up to their first
/// difference, ASCII and within six words, the two openings are the same; where two letters or
/// digits differ there, so do the openings.
fn differ_early(a: &[u8], b: &[u8]) -> bool {
    let mut spaces = 0;
    for (&x, &y) in a.iter().zip(b) {
        if !x.is_ascii() || spaces >= 6 {
            return false;
        }
        if !x.eq_ignore_ascii_case(&y) {
            return x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric();
        }
        spaces += usize::from(matches!(x, b'\t'..=b'\r' | b' '));
    }
    false
}

fn opening(text: &str) -> Opening<'_> {
    Opening {
        text,
        at: 0,
        words: 0,
        in_word: false,
    }
}

/// An item's opening, byte by byte: its first six words, ASCII-lowercased, without ASCII
/// punctuation, each followed by a space. Only a non-ASCII character is decoded (to tell
/// whitespace).
struct Opening<'a> {
    text: &'a str,
    at: usize,
    words: u8,
    in_word: bool,
}

impl Iterator for Opening<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        while self.words < 6 {
            let Some(&b) = self.text.as_bytes().get(self.at) else {
                self.words = 6;
                return self.in_word.then_some(b' ');
            };
            // A separator's length; 0 for a byte of a word.
            let space = match b {
                b'\t'..=b'\r' | b' ' => 1,
                0xc0.. => self
                    .text
                    .get(self.at..)
                    .and_then(|t| t.chars().next())
                    .filter(|c| c.is_whitespace())
                    .map_or(0, char::len_utf8),
                _ => 0,
            };
            if space > 0 {
                self.at += space;
                if std::mem::take(&mut self.in_word) {
                    self.words += 1;
                    return Some(b' ');
                }
                continue;
            }
            self.at += 1;
            self.in_word = true;
            if b.is_ascii_alphanumeric() || !b.is_ascii() {
                return Some(b.to_ascii_lowercase());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The raw-byte shortcut never contradicts the openings compared byte by byte.
    #[test]
    fn differ_early_agrees_with_the_openings() {
        let texts = [
            "The path is wrong (typo).",
            "The route is not registered.",
            "the PATH is wrong, again",
            "Check the exact URL, including base path.",
            "Check which layer answered: a proxy 404 means…",
            "Read the origin web server's error log for this time.",
            "Read the origin web server's error log, then the proxy's.",
            "Read  the origin\tweb server's error log now",
            "a b c d e f g",
            "a b c d e f h",
            "Über die Seite",
            "Über das Haus",
            "",
            "x",
            "x-y",
            "xy",
        ];
        for a in texts {
            for b in texts {
                let slow = opening(a).eq(opening(b));
                if differ_early(a.as_bytes(), b.as_bytes()) {
                    assert!(!slow, "{a:?} and {b:?}");
                }
                assert_eq!(same_opening(a, b), slow, "{a:?} and {b:?}");
            }
        }
    }
}
