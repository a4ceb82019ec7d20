//! What single headers say about a response: ids to quote, cache status, Proxy-Status error
//! types, timing, the path through proxies, authentication challenges, CORS, rate limits and
//! Retry-After. One table entry per header, each with its source; values read by hand (no
//! regex, no date crate).

use crate::http::headers::{first, title_case};
use crate::http::line::parse_u64;
use crate::report::{
    name_text, Header, HeaderNote, Identifier, Insight, RateLimit, RetryAfter, Text,
};
use crate::search::join;
use resplain_tables::headers::{HeaderEntry, Read};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The table, in table order.
fn entries() -> &'static [HeaderEntry] {
    crate::knowledge::get().headers
}

fn proxy_status_errors() -> &'static [(&'static str, &'static str)] {
    crate::knowledge::get().proxy_status_errors
}

/// Looks `name` up in the table (case-insensitive): natively among the entries of its first
/// letter and length (the same result).
pub(crate) fn entry(name: &str) -> Option<&'static HeaderEntry> {
    if crate::FAST {
        // A name borrowed from the tables' spellings: its entry read by its place.
        if let Some(id) = crate::http::headers::spelling_id(name) {
            return by_spelling().get(id).and_then(|s| s.entry);
        }
        let (starts, list) = entry_index();
        let range = shape(name).and_then(|k| Some(*starts.get(k)?..*starts.get(k + 1)?));
        let same = range.and_then(|r| list.get(r)).unwrap_or_default();
        return same.iter().copied().find(|e| same_name(e.name, name));
    }
    entries().iter().find(|e| e.name.eq_ignore_ascii_case(name))
}

/// A name's first byte (lowercased, five bits) and length (up to 63): names equal in any case
/// share it.
fn shape(name: &str) -> Option<usize> {
    let first = name.as_bytes().first()?.to_ascii_lowercase();
    Some(usize::from(first & 31) * 64 + name.len().min(63))
}

/// The entries by [`shape`], each group in table order (where each group starts, then the
/// entries). Built once.
fn entry_index() -> &'static (Vec<usize>, Vec<&'static HeaderEntry>) {
    static INDEX: OnceLock<(Vec<usize>, Vec<&'static HeaderEntry>)> = OnceLock::new();
    INDEX.get_or_init(|| {
        // A counting sort: how many entries per shape, where each group starts, then each
        // entry in its group's next place.
        let mut starts = vec![0; 32 * 64 + 1];
        for e in entries() {
            if let Some(count) = shape(e.name).and_then(|k| starts.get_mut(k + 1)) {
                *count += 1;
            }
        }
        let mut total = 0;
        for start in &mut starts {
            total += *start;
            *start = total;
        }
        let mut next = starts.clone();
        let mut list = vec![None; total];
        for e in entries() {
            let at = shape(e.name).and_then(|k| next.get_mut(k));
            if let Some(slot) = at.and_then(|at| {
                *at += 1;
                list.get_mut(*at - 1)
            }) {
                *slot = Some(e);
            }
        }
        (starts, list.into_iter().flatten().collect())
    })
}

/// The notes as the native lookup reads them (built once): those naming one header by
/// [`shape`] (where each group starts, then the notes, each group in table order), and those
/// naming a prefix (`X-Amz-`) by their first byte, ASCII-lowercased, in table order. Each note
/// with its place in the table, its citation number and its name as responses usually spell it
/// (`Content-Type`), which a Report borrows.
struct NoteIndex {
    starts: Vec<usize>,
    exact: Vec<IndexedNote>,
    prefixes: Vec<Vec<IndexedNote>>,
}

struct IndexedNote {
    at: usize,
    note: &'static resplain_tables::headers::HeaderNote,
    title: &'static str,
    cite: Option<u16>,
}

fn note_index() -> &'static NoteIndex {
    static INDEX: OnceLock<NoteIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let notes = crate::knowledge::get().header_notes;
        let indexed =
            |at: usize, note: &'static resplain_tables::headers::HeaderNote| IndexedNote {
                at,
                note,
                title: title_case(note.name),
                cite: crate::knowledge::cite_or_text(note.source).0,
            };
        let mut starts = vec![0; 32 * 64 + 1];
        let mut prefixes: Vec<Vec<IndexedNote>> = Vec::new();
        prefixes.resize_with(256, Vec::new);
        for (at, n) in notes.iter().enumerate() {
            if n.name.ends_with('-') {
                let first = n.name.as_bytes().first().map(u8::to_ascii_lowercase);
                if let Some(list) = first.and_then(|b| prefixes.get_mut(usize::from(b))) {
                    list.push(indexed(at, n));
                }
            } else if let Some(count) = shape(n.name).and_then(|k| starts.get_mut(k + 1)) {
                *count += 1;
            }
        }
        let mut total = 0;
        for start in &mut starts {
            total += *start;
            *start = total;
        }
        let mut next = starts.clone();
        let mut exact: Vec<Option<IndexedNote>> = Vec::new();
        exact.resize_with(total, || None);
        for (at, n) in notes.iter().enumerate() {
            if n.name.ends_with('-') {
                continue;
            }
            let slot = shape(n.name).and_then(|k| next.get_mut(k));
            if let Some(slot) = slot.and_then(|s| {
                *s += 1;
                exact.get_mut(*s - 1)
            }) {
                *slot = Some(indexed(at, n));
            }
        }
        NoteIndex {
            starts,
            exact: exact.into_iter().flatten().collect(),
            prefixes,
        }
    })
}

/// What the tables say of a name spelled as they spell it.
struct Spelled {
    entry: Option<&'static HeaderEntry>,
    note: Option<&'static IndexedNote>,
}

/// By [`crate::http::headers::spelling_id`] (natively; built once): each spelling's entry and
/// note, so that a head's names borrowed from the spellings are not looked up again.
fn by_spelling() -> &'static [Spelled] {
    static SPELLED: OnceLock<Vec<Spelled>> = OnceLock::new();
    SPELLED.get_or_init(|| {
        let texts = &crate::http::headers::spellings().texts;
        let mut spelled = Vec::with_capacity(texts.len());
        for text in texts {
            // Looked up by their text: a copy has no place among the spellings.
            let text = String::from(*text);
            spelled.push(Spelled {
                entry: entry(&text),
                note: noted(&text),
            });
        }
        spelled
    })
}

/// `a.eq_ignore_ascii_case(b)` (natively only), eight bytes at a time: of four bytes or more,
/// each name read as two words of four that may overlap, lowercased together when ASCII.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if !crate::FAST || a.len() < 4 {
        return a.eq_ignore_ascii_case(b);
    }
    let word = |bytes: &[u8], at: usize| {
        let chunk = bytes.get(at..).and_then(|rest| rest.first_chunk::<4>());
        u64::from(chunk.map_or(0, |c| u32::from_le_bytes(*c)))
    };
    let last = a.len().saturating_sub(4);
    let mut at = 0;
    while at < a.len() {
        let from = (at + 4).min(last);
        let x = word(a, at) | (word(a, from) << 32);
        let y = word(b, at) | (word(b, from) << 32);
        if x != y {
            const HIGH: u64 = 0x8080_8080_8080_8080;
            // Bytes below 0x80: no carry crosses a byte, and each A-Z gets its 0x20.
            let lower = |w: u64| {
                w | ((w.wrapping_add(0x3f3f_3f3f_3f3f_3f3f)
                    & !w.wrapping_add(0x2525_2525_2525_2525)
                    & HIGH)
                    >> 2)
            };
            if (x | y) & HIGH != 0 {
                return a.eq_ignore_ascii_case(b);
            }
            if lower(x) != lower(y) {
                return false;
            }
        }
        at += 8;
    }
    true
}

/// The note for header `name` natively: the table's first naming it (the same result as reading
/// the table in order).
fn indexed_note(name: &str) -> Option<&'static IndexedNote> {
    if let Some(id) = crate::http::headers::spelling_id(name) {
        return by_spelling().get(id).and_then(|s| s.note);
    }
    noted(name)
}

/// [`indexed_note`] of a name that is not one of the spellings.
fn noted(name: &str) -> Option<&'static IndexedNote> {
    let index = note_index();
    let first = usize::from(name.as_bytes().first()?.to_ascii_lowercase());
    let range = shape(name).and_then(|k| Some(*index.starts.get(k)?..*index.starts.get(k + 1)?));
    let same = range.and_then(|r| index.exact.get(r)).unwrap_or_default();
    let exact = same.iter().find(|n| same_name(name, n.note.name));
    let prefixes = index.prefixes.get(first).map_or(&[][..], Vec::as_slice);
    let prefix = prefixes.iter().find(|p| {
        let len = p.note.name.len();
        // The prefix's closing `-` first: it rules most names out.
        name.as_bytes().get(len - 1) == Some(&b'-')
            && name.get(..len).is_some_and(|o| same_name(o, p.note.name))
    });
    match (exact, prefix) {
        (Some(e), Some(p)) => Some(if p.at < e.at { p } else { e }),
        (e, p) => e.or(p),
    }
}

/// Each header's entry in the table, in header order: looked up once for the notes, ids and
/// insights.
pub(crate) fn entries_of(headers: &[Header]) -> Vec<Option<&'static HeaderEntry>> {
    let mut known = Vec::with_capacity(headers.len());
    for h in headers {
        known.push(entry(&h.name));
    }
    known
}

/// What each header is for (the notes table's first entry naming it: exactly, or by a prefix
/// ending in `-`), once per name, in header order. Headers the insights table reads are left to
/// their insight. `known`: [`entries_of`] the headers.
// Out of line: the module is smaller so (measured).
#[inline(never)]
pub(crate) fn notes(headers: &[Header], known: &[Option<&HeaderEntry>]) -> Vec<HeaderNote> {
    // At most one per header: natively sized once (the wasm module grows it, for its size).
    let mut out: Vec<HeaderNote> = if crate::FAST {
        Vec::with_capacity(headers.len())
    } else {
        Vec::new()
    };
    for (h, &known) in headers.iter().zip(known) {
        // A pseudo-header by its bare name.
        let (name, known, whole) = match h.name.strip_prefix(':') {
            Some(bare) => (bare, entry(bare), false),
            None => (&*h.name, known, true),
        };
        if known.is_some() {
            continue;
        }
        // Natively through the index (the same result); the wasm module reads the table.
        let found = if crate::FAST {
            indexed_note(name).map(|n| (n.note, n.title, n.cite))
        } else {
            crate::knowledge::get()
                .header_notes
                .iter()
                .find(|n| note_names(n.name, name))
                .map(|n| (n, n.name, crate::knowledge::cite_or_text(n.source).0))
        };
        let Some((n, title, cite)) = found else {
            continue;
        };
        // A name written before found this very note: names are compared only then.
        if out
            .iter()
            .any(|o| std::ptr::eq(o.note, n.note) && o.name.eq_ignore_ascii_case(name))
        {
            continue;
        }
        out.push(HeaderNote {
            // In the wasm module `title` is the table's name.
            name: whole
                .then(|| borrowed(&h.name))
                .flatten()
                .unwrap_or_else(|| as_written(name, [title, n.name])),
            note: n.note,
            cite,
        });
    }
    out
}

/// Whether the notes table's `note` names header `name`: the same name in any case, or its
/// opening when `note` ends in `-` (`X-Amz-`).
// Inlined natively into each search (called for every note a name's letter reaches).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn note_names(note: &str, name: &str) -> bool {
    name.eq_ignore_ascii_case(note)
        || (note.ends_with('-')
            && name
                .get(..note.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(note)))
}

/// A header's name borrowed already (natively, from the reader's spellings): the Report
/// borrows it as it is, the same text `as_written` would find by comparing.
#[cfg(not(target_arch = "wasm32"))]
fn borrowed(name: &crate::report::HeaderName) -> Option<Text> {
    match name {
        std::borrow::Cow::Borrowed(text) if crate::FAST => Some(Text::Borrowed(text)),
        _ => None,
    }
}

/// The wasm module's names are owned.
#[cfg(target_arch = "wasm32")]
fn borrowed(_: &crate::report::HeaderName) -> Option<Text> {
    None
}

/// `name` as a Report holds it: one of the table's `spellings` borrowed when it is written so,
/// else a copy.
fn as_written(name: &str, [usual, table]: [&'static str; 2]) -> Text {
    if name == usual {
        Text::Borrowed(usual)
    } else if name == table {
        Text::Borrowed(table)
    } else {
        Text::Owned(name.to_owned())
    }
}

/// `name` (a header's, known to the table as `e`), borrowing the table's spelling when it is
/// written so (natively: the wasm module copies it).
fn spelled(e: Option<&HeaderEntry>, name: &str) -> Text {
    if let (true, Some(e)) = (crate::FAST, e) {
        // The entry's place in the table, from its address.
        let at = (e as *const HeaderEntry as usize)
            .checked_sub(entries().as_ptr() as usize)
            .map(|offset| offset / std::mem::size_of::<HeaderEntry>());
        let title = at.and_then(|at| entry_titles().get(at)).copied();
        return as_written(name, [title.unwrap_or(e.name), e.name]);
    }
    Text::Owned(name.to_owned())
}

/// The entries' names as responses usually spell them, in table order (built once).
fn entry_titles() -> &'static [&'static str] {
    static TITLES: OnceLock<Vec<&'static str>> = OnceLock::new();
    TITLES.get_or_init(|| {
        let mut titles = Vec::with_capacity(entries().len());
        for e in entries() {
            titles.push(title_case(e.name));
        }
        titles
    })
}

/// Ids to quote to support, in header order. `known`: [`entries_of`] the headers.
pub(crate) fn ids(headers: &[Header], known: &[Option<&HeaderEntry>]) -> Vec<Identifier> {
    let mut ids = Vec::new();
    for (h, known) in headers.iter().zip(known) {
        if known.is_some_and(|e| matches!(e.read, Read::Id)) {
            ids.push(Identifier {
                name: spelled(*known, &h.name),
                value: crate::report::value_string(&h.value),
                span: h.span,
            });
        }
    }
    ids
}

/// What each known header says, in header order (ids included, with what they are). `known`:
/// [`entries_of`] the headers.
pub(crate) fn insights(
    headers: &[Header],
    known: &[Option<&HeaderEntry>],
    status: Option<u16>,
) -> Vec<Insight> {
    let mut out = Vec::new();
    for (h, known) in headers.iter().zip(known) {
        let Some(e) = known else { continue };
        let note = match e.read {
            Read::Id => Text::Borrowed(e.what),
            _ => read_value(e, h.value.trim()).into(),
        };
        let (cite, source) = crate::knowledge::cite_or_text(e.source);
        out.push(insight(
            h,
            spelled(Some(e), &h.name),
            e.kind,
            note,
            cite,
            source,
        ));
    }
    cors(headers, status, &mut out);
    out
}

/// What a known header's value says (its own function: V8 compiles it only for a response
/// with such a header).
#[inline(never)]
fn read_value(e: &HeaderEntry, value: &str) -> String {
    match e.read {
        Read::Id => e.what.to_owned(),
        Read::Present => what_says(e.what, value),
            Read::Values(values) => {
                let lower = value.to_ascii_lowercase();
                match values.iter().find(|(prefix, _)| lower.starts_with(prefix)) {
                    Some((_, meaning)) => what_says(e.what, meaning),
                    None => what_says(e.what, value),
                }
            }
            Read::Age => match parse_u64(value.as_bytes()) {
                Some(0) => "Age 0: passed through a cache, fetched just now.".to_owned(),
                Some(secs) => format!(
                    "Age {secs}: served from a cache, stored {} ago: the server behind it may not have seen this request.",
                    duration(secs)
                ),
                None => format!("Age is not a number ({value})."),
            },
            Read::ProxyStatus => proxy_status(value),
            Read::ServerTiming => server_timing(value),
            Read::Via => {
                let mut hops: Vec<&str> = Vec::new();
                for hop in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    hops.push(hop);
                }
                format!(
                    "Via: passed through {} prox{} (nearest the server last): {}.",
                    hops.len(),
                    if hops.len() == 1 { "y" } else { "ies" },
                    join(hops.iter().copied(), " → ")
                )
            }
            Read::Challenge => challenge(e.what, value),
    }
}

/// `what: says.`, written at its final size (no formatter).
fn what_says(what: &str, says: &str) -> String {
    let mut out = String::with_capacity(what.len() + says.len() + 3);
    out.push_str(what);
    out.push_str(": ");
    out.push_str(says);
    out.push('.');
    out
}

const CORS_SOURCE: &str = "Fetch Standard, CORS protocol (Access-Control-Allow-Origin)";

/// CORS: what a browser does with this response's Access-Control-* headers.
fn cors(headers: &[Header], status: Option<u16>, out: &mut Vec<Insight>) {
    if let Some(origin) = first(headers, "access-control-allow-origin") {
        let credentials = first(headers, "access-control-allow-credentials");
        allowed_origin(origin, credentials, out);
        return;
    }
    let is_error = status.is_some_and(|c| c >= 400);
    let prefix = "access-control-";
    let other_cors = headers.iter().find(|h| {
        h.name
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    });
    if let (true, Some(h)) = (is_error, other_cors) {
        out.push(insight(
            h,
            name_text(&h.name),
            "cors",
            "Access-Control-* headers but no Access-Control-Allow-Origin: a browser blocks this response and reports a CORS error instead of this status.".into(),
            None,
            Some(CORS_SOURCE),
        ));
    }
}

/// Who may read the response, by its Access-Control-Allow-Origin (out of `cors`: V8 compiles it
/// only for a response that has the header).
#[inline(never)]
fn allowed_origin(origin: &Header, credentials: Option<&Header>, out: &mut Vec<Insight>) {
    if let Some(cred) = credentials {
        if origin.value.trim() == "*" && cred.value.trim().eq_ignore_ascii_case("true") {
            out.push(insight(
                origin,
                name_text(&origin.name),
                "cors",
                "Access-Control-Allow-Origin: * together with Allow-Credentials: true: browsers reject this pair for credentialed requests; echo the caller's origin instead.".into(),
                None,
                Some(CORS_SOURCE),
            ));
            return;
        }
    }
    let note = format!(
        "CORS: browsers let pages from {} read this response.",
        if origin.value.trim() == "*" {
            "any origin"
        } else {
            origin.value.trim()
        }
    );
    out.push(insight(
        origin,
        name_text(&origin.name),
        "cors",
        note.into(),
        None,
        Some(CORS_SOURCE),
    ));
}

/// An insight about header `h`. One function: each literal `Insight` copies the header's name
/// and value in place.
fn insight(
    h: &Header,
    header: Text,
    kind: &'static str,
    note: Text,
    cite: Option<u16>,
    source: Option<&'static str>,
) -> Insight {
    Insight {
        header,
        value: crate::report::value_string(&h.value),
        kind,
        note,
        span: h.span,
        cite,
        source,
    }
}

/// Whether the response has no Access-Control-Allow-Origin: for an error generated by a proxy, a
/// browser's fetch reports a CORS failure and hides the status.
pub(crate) fn lacks_cors(headers: &[Header]) -> bool {
    first(headers, "access-control-allow-origin").is_none()
}

/// Reads each `Proxy-Status` member: `proxy-name; error=type; details="…"; next-hop=…`.
fn proxy_status(value: &str) -> String {
    let mut parts = Vec::new();
    for member in split_outside_quotes(value, ',') {
        let mut params = split_outside_quotes(member, ';').into_iter();
        let name = crate::http::line::unquote(params.next().unwrap_or("").trim());
        let mut error = None;
        let mut details = None;
        let mut next_hop = None;
        let mut rcode = None;
        for p in params {
            let Some((k, v)) = param(p) else {
                continue;
            };
            match k.as_str() {
                "error" => error = Some(v),
                "details" => details = Some(v),
                "next-hop" => next_hop = Some(v),
                "received-status" => rcode = Some(v),
                _ => {}
            }
        }
        let mut text = format!("{name}: ");
        match error {
            Some(e) => {
                let meaning = proxy_status_errors()
                    .iter()
                    .find(|(t, _)| t.eq_ignore_ascii_case(e))
                    .map_or("an error type outside RFC 9209's list", |(_, m)| m);
                _ = write!(text, "error {e}: {meaning}");
            }
            None => match rcode {
                Some(c) => _ = write!(text, "forwarded the next hop's status {c}"),
                None => text.push_str("handled the request without an error"),
            },
        }
        if let Some(hop) = next_hop {
            _ = write!(text, " (next hop {hop})");
        }
        if let Some(d) = details {
            _ = write!(text, "; details: {d}");
        }
        parts.push(text);
    }
    format!(
        "Proxy-Status: {}.",
        join(parts.iter().map(String::as_str), " | ")
    )
}

/// The error type of the first `Proxy-Status` member that has one.
pub(crate) fn proxy_status_error(headers: &[Header]) -> Option<(&'static str, &'static str)> {
    for h in headers {
        if !h.name.eq_ignore_ascii_case("proxy-status") {
            continue;
        }
        if let Some(known) = error_type(&h.value) {
            return Some(known);
        }
    }
    None
}

/// The first error type of RFC 9209's list in a Proxy-Status value (out of `proxy_status_error`:
/// V8 compiles it only for a response that has the header).
#[inline(never)]
fn error_type(value: &str) -> Option<(&'static str, &'static str)> {
    for member in split_outside_quotes(value, ',') {
        for p in split_outside_quotes(member, ';') {
            let Some((k, v)) = param(p) else {
                continue;
            };
            if k != "error" {
                continue;
            }
            if let Some(&known) = proxy_status_errors()
                .iter()
                .find(|(t, _)| t.eq_ignore_ascii_case(v))
            {
                return Some(known);
            }
        }
    }
    None
}

fn server_timing(value: &str) -> String {
    let mut metrics = Vec::new();
    for metric in split_outside_quotes(value, ',') {
        let mut params = split_outside_quotes(metric, ';').into_iter();
        let name = params.next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let mut dur = None;
        let mut desc = None;
        for p in params {
            if let Some((k, v)) = param(p) {
                match k.as_str() {
                    "dur" => dur = Some(v),
                    "desc" => desc = Some(v),
                    _ => {}
                }
            }
        }
        let label = desc.unwrap_or(name);
        metrics.push(match dur {
            Some(d) => format!("{label} {d} ms"),
            None => label.to_owned(),
        });
    }
    format!(
        "Server-Timing: {} (where the time went on the server).",
        join(metrics.iter().map(String::as_str), ", ")
    )
}

/// `Bearer realm="api", error="invalid_token", error_description="The token expired"`.
fn challenge(what: &str, value: &str) -> String {
    let scheme =
        crate::http::line::trim_end_of(value.split_whitespace().next().unwrap_or(""), b",");
    let mut realm = None;
    let mut error = None;
    let mut description = None;
    for p in split_outside_quotes(value.get(scheme.len()..).unwrap_or(""), ',') {
        if let Some((k, v)) = param(p) {
            match k.as_str() {
                "realm" => realm = Some(v),
                "error" => error = Some(v),
                "error_description" => description = Some(v),
                _ => {}
            }
        }
    }
    let mut note = format!("{what}: authenticate with the {scheme} scheme");
    if let Some(r) = realm {
        _ = write!(note, " (realm \"{r}\")");
    }
    if let Some(e) = error {
        let meaning = match e {
            "invalid_request" => "the request is malformed (missing or duplicated parameter)",
            "invalid_token" => "the token is expired, revoked, malformed or for another audience",
            "insufficient_scope" => "the token lacks a scope this resource needs",
            _ => "see the error description",
        };
        _ = write!(note, "; error {e}: {meaning}");
    } else if scheme.eq_ignore_ascii_case("bearer") {
        note.push_str("; no error code: the request carried no token at all");
    }
    if let Some(d) = description {
        _ = write!(note, " ({d})");
    }
    note.push('.');
    note
}

/// A `key=value` parameter: the key trimmed and ASCII-lowercased, the value trimmed and
/// without its quotes. One function for every header read here.
fn param(p: &str) -> Option<(String, &str)> {
    let (k, v) = p.split_once('=')?;
    Some((
        k.trim().to_ascii_lowercase(),
        crate::http::line::unquote(v.trim()),
    ))
}

/// Splits on `sep` outside double quotes.
fn split_outside_quotes(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' && quoted {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push(s.get(start..i).unwrap_or(""));
            start = i + c.len_utf8();
        }
    }
    out.push(s.get(start..).unwrap_or(""));
    out
}

/// `90 s`, `5 min`, `2 h 5 min`, `3 d`.
pub(crate) fn duration(secs: u64) -> String {
    match secs {
        0..=119 => format!("{secs} s"),
        120..=7199 => format!("{} min", secs / 60),
        7200..=172_799 => {
            let minutes = (secs % 3600) / 60;
            if minutes == 0 {
                format!("{} h", secs / 3600)
            } else {
                format!("{} h {minutes} min", secs / 3600)
            }
        }
        _ => format!("{} d", secs / 86_400),
    }
}

// ---------------------------------------------------------------------------------------------
// Retry-After and HTTP-dates.

/// `Retry-After` read: seconds, or an HTTP-date counted from the response's `Date` (there is no
/// clock here: the paste's own Date is the only "now" we have).
pub(crate) fn retry_after(headers: &[Header]) -> Option<(RetryAfter, Option<u64>)> {
    let h = first(headers, "retry-after")?;
    Some(read_retry_after(h, headers))
}

/// A Retry-After header read (out of `retry_after`: V8 compiles it only for a response that has
/// one).
#[inline(never)]
fn read_retry_after(h: &Header, headers: &[Header]) -> (RetryAfter, Option<u64>) {
    let raw = h.value.trim();
    if let Some(secs) = parse_u64(raw.as_bytes()) {
        return (
            RetryAfter {
                raw: raw.to_owned(),
                date: None,
                span: h.span,
            },
            Some(secs),
        );
    }
    let when = parse_http_date(raw);
    let now = first(headers, "date").and_then(|d| parse_http_date(d.value.trim()));
    let seconds = match (when, now) {
        (Some(w), Some(n)) => Some(w.saturating_sub(n)),
        _ => None,
    };
    (
        RetryAfter {
            raw: raw.to_owned(),
            date: when.map(format_imf),
            span: h.span,
        },
        seconds,
    )
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// Parses the three HTTP-date forms of RFC 9110 section 5.6.7 (IMF-fixdate, RFC 850, asctime)
/// into seconds since the Unix epoch. Lenient on the day name and on spacing.
pub(crate) fn parse_http_date(s: &str) -> Option<u64> {
    // Drop the day name ("Sun," / "Sunday," / "Sun").
    let rest = match s.split_once(',') {
        Some((_, r)) => r,
        None => s.split_once(' ').map_or(s, |(_, r)| r),
    };
    let mut tokens: Vec<&str> = Vec::new();
    for token in rest.split([' ', '-']).filter(|t| !t.is_empty()) {
        tokens.push(token);
    }
    let (day, month, year, time) = match tokens.as_slice() {
        // IMF-fixdate "06 Nov 1994 08:49:37 GMT", RFC 850 "06-Nov-94 08:49:37 GMT".
        [d, m, y, t, ..] if d.bytes().all(|b| b.is_ascii_digit()) => (*d, *m, *y, *t),
        // asctime "Nov  6 08:49:37 1994".
        [m, d, t, y, ..] => (*d, *m, *y, *t),
        _ => return None,
    };
    let day = parse_u64(day.as_bytes())?;
    let month_lower = month.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| month_lower.starts_with(m))? as u64 + 1;
    let mut year = parse_u64(year.as_bytes())?;
    if year < 100 {
        // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
        year += if year < 70 { 2000 } else { 1900 };
    }
    let mut hms = time.split(':').map(|p| parse_u64(p.as_bytes()));
    let (h, m, sec) = (hms.next()??, hms.next()??, hms.next()??);
    if !(1..=31).contains(&day) || h > 23 || m > 59 || sec > 60 || !(1970..=9999).contains(&year) {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + sec)
}

/// Days since 1970-01-01 (Howard Hinnant's days_from_civil, for years >= 1970).
fn days_from_civil(y: u64, m: u64, d: u64) -> u64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe).saturating_sub(719_468)
}

/// Seconds since the epoch → `Sun, 06 Nov 1994 08:49:37 GMT`.
pub(crate) fn format_imf(t: u64) -> String {
    let days = t / 86_400;
    let secs = t % 86_400;
    // civil_from_days
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    let month = MONTHS
        .get(usize::try_from(m).unwrap_or(0).saturating_sub(1))
        .unwrap_or(&"jan");
    let mut month_name = month.to_string();
    if let Some(first) = month_name.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    let weekday = DAYS.get((days % 7) as usize).unwrap_or(&"Thu");
    format!(
        "{weekday}, {d:02} {month_name} {y} {:02}:{:02}:{:02} GMT",
        secs / 3600,
        (secs % 3600) / 60,
        secs % 60
    )
}

// ---------------------------------------------------------------------------------------------
// Rate limits.

/// Rate-limit state from `RateLimit` (draft-ietf-httpapi-ratelimit-headers, structured form
/// `"policy";r=0;t=30`), `RateLimit-Limit/Remaining/Reset/Policy` (earlier drafts) and the
/// de-facto `X-RateLimit-*` / `X-Rate-Limit-*` family (GitHub, Twitter, OpenAI…).
pub(crate) fn rate_limit(headers: &[Header]) -> Option<RateLimit> {
    let mut rl = RateLimit::default();
    let mut found = false;
    for h in headers {
        let name = &*h.name;
        // Only names that start like the family's are read (no lowercase copy of every name).
        // Natively `x-` and then `r` too (`x-ratelimit-…`, `x-rate-limit-…`).
        let opens = match crate::FAST {
            true => matches!(
                name.as_bytes(),
                [b'r' | b'R', ..] | [b'x' | b'X', b'-', b'r' | b'R', ..]
            ),
            false => matches!(name.as_bytes().first(), Some(b'r' | b'R' | b'x' | b'X')),
        };
        if !opens {
            continue;
        }
        found |= rate_limit_field(h, &mut rl);
    }
    if !found {
        return None;
    }
    Some(reset_in(rl, headers))
}

// The reading of a rate-limit header and of its reset are out of `rate_limit`: V8 compiles them
// only for a response with a header that could be one.

/// Reads header `h` into `rl` if it is one of the family; whether it was.
#[inline(never)]
fn rate_limit_field(h: &Header, rl: &mut RateLimit) -> bool {
    let name = &*h.name;
    // Borrowed: copied only into the fields it fills (a 1 MB Cookie is not copied).
    let value = h.value.trim();
    let past = |prefix: &str| {
        name.get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(prefix))
            .and_then(|_| name.get(prefix.len()..))
    };
    let field = past("ratelimit-")
        .or_else(|| past("x-ratelimit-"))
        .or_else(|| past("x-rate-limit-"))
        .map(str::to_ascii_lowercase);
    let name = if name.eq_ignore_ascii_case("ratelimit") {
        "ratelimit"
    } else if name.eq_ignore_ascii_case("ratelimit-policy") {
        "ratelimit-policy"
    } else {
        ""
    };
    match (name, field.as_deref()) {
        ("ratelimit", _) => {
            for p in split_outside_quotes(value, ';') {
                match p.trim().split_once('=') {
                    Some(("r", v)) => rl.remaining = Some(v.to_owned()),
                    Some(("t", v)) => rl.reset = Some(v.to_owned()),
                    _ => {}
                }
            }
            true
        }
        ("ratelimit-policy", _) => {
            rl.policy = Some(value.to_owned());
            true
        }
        (_, Some(f)) => {
            // The first of each field wins (OpenAI sends -requests and -tokens variants).
            let slot = match f {
                "limit" | "limit-requests" => &mut rl.limit,
                "remaining" | "remaining-requests" => &mut rl.remaining,
                "reset" | "reset-requests" => &mut rl.reset,
                _ => return false,
            };
            if slot.is_none() {
                *slot = Some(value.to_owned());
            }
            true
        }
        _ => false,
    }
}

/// The seconds until the limit resets, from its reset header and the response's Date.
#[inline(never)]
fn reset_in(mut rl: RateLimit, headers: &[Header]) -> RateLimit {
    let now = first(headers, "date").and_then(|d| parse_http_date(d.value.trim()));
    rl.reset_seconds = rl.reset.as_deref().and_then(|r| reset_seconds(r, now));
    rl
}

/// A reset value as seconds from now: delta seconds, an epoch time (anchored by `Date`), or a
/// duration like OpenAI's `6m0s` / `1s` / `20ms`.
fn reset_seconds(reset: &str, now: Option<u64>) -> Option<u64> {
    let reset = reset.trim();
    if let Some(n) = parse_u64(reset.as_bytes()) {
        // Epoch seconds are > 1e9; deltas are small.
        return if n > 1_000_000_000 {
            now.map(|now| n.saturating_sub(now))
        } else {
            Some(n)
        };
    }
    // Plain decimal seconds (`1.5`).
    if let Some(thousandths) = thousandths(reset) {
        return (thousandths < 1_000_000_000_000).then(|| thousandths.div_ceil(1000));
    }
    // Go-style durations: 1h2m3s, 6m0s, 1.5s, 20ms. Summed in microseconds.
    let mut total: u64 = 0;
    let mut rest = reset;
    while !rest.is_empty() {
        let digits = rest
            .bytes()
            .position(|b| !b.is_ascii_digit() && b != b'.')
            .unwrap_or(rest.len());
        // `digits` ends on an ASCII byte, so both halves exist; `get` keeps the panic path out.
        let (number, after) = (
            rest.get(..digits).unwrap_or(rest),
            rest.get(digits..).unwrap_or(""),
        );
        let value = thousandths(number)?;
        let (millis_per_unit, after) = if let Some(after) = after.strip_prefix("ms") {
            (1, after)
        } else if let Some(after) = after.strip_prefix('h') {
            (3_600_000, after)
        } else if let Some(after) = after.strip_prefix('m') {
            (60_000, after)
        } else if let Some(after) = after.strip_prefix('s') {
            (1000, after)
        } else {
            return None;
        };
        total = total.saturating_add(value.saturating_mul(millis_per_unit));
        rest = after;
    }
    (total > 0 || reset.starts_with('0')).then(|| total.div_ceil(1_000_000))
}

/// A decimal number (`12`, `1.5`, `.25`) in thousandths, rounded up past the third decimal. No
/// floating point: its parser would bring 10 KB of tables into the wasm.
fn thousandths(number: &str) -> Option<u64> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        parse_u64(whole.as_bytes())?
    };
    let mut value = whole.checked_mul(1000)?;
    for (i, digit) in fraction.bytes().enumerate() {
        let digit = u64::from(digit - b'0');
        match i {
            0 => value += digit * 100,
            1 => value += digit * 10,
            2 => value += digit,
            _ if digit > 0 => return Some(value + 1),
            _ => {}
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A note on a name borrowed from the spellings carries the text comparing would give.
    #[test]
    fn borrowed_names_noted_as_written() {
        for text in &crate::http::headers::spellings().texts {
            let header = |name: crate::report::HeaderName| Header {
                name,
                value: crate::report::header_value(String::new()),
                span: crate::report::Span::default(),
                value_span: None,
            };
            let borrowed = [header(crate::report::HeaderName::from(*text))];
            let owned = [header(crate::report::header_name((*text).to_owned()))];
            let noted = |h: &[Header]| {
                let known = [entry(&h[0].name)];
                notes(h, &known)
                    .iter()
                    .map(|n| n.name.to_string())
                    .collect::<Vec<_>>()
            };
            assert_eq!(noted(&borrowed), noted(&owned), "{text}");
        }
    }

    /// The index by first letter finds what the whole tables give.
    /// The word-wise comparison agrees with the standard one, case, length and bytes apart.
    #[test]
    fn same_name_is_eq_ignore_ascii_case() {
        let texts = [
            "",
            "a",
            "A",
            "ab",
            "x-y",
            "X-Y",
            "date",
            "DATE",
            "Dat\u{e9}",
            "dat\u{c9}",
            "server",
            "Server",
            "servex",
            "content-type",
            "Content-Type",
            "content-typf",
            "Content-Typ[",
            "content-typ{",
            "x-request-id-long",
            "X-REQUEST-ID-LONG",
            "x-request-id-lonG",
            "x-request-id-loNh",
            "@[`{",
            "`{@[",
            "caf\u{e9}-au-lait",
            "CAF\u{e9}-AU-LAIT",
            "caf\u{c9}-au-lait",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(same_name(a, b), a.eq_ignore_ascii_case(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_index_finds_what_the_tables_give() {
        let table = crate::knowledge::get().header_notes;
        let mut names: Vec<String> = Vec::new();
        for name in entries()
            .iter()
            .map(|e| e.name)
            .chain(table.iter().map(|n| n.name))
        {
            names.push(name.to_owned());
            names.push(name.to_ascii_uppercase());
            names.push(format!("{name}x"));
        }
        names.extend(["", "é-x", "X-Unknown", "1"].map(String::from));
        for name in &names {
            let linear = entries().iter().find(|e| e.name.eq_ignore_ascii_case(name));
            assert_eq!(
                entry(name).map(|e| e.name),
                linear.map(|e| e.name),
                "{name}"
            );
            let header = Header {
                name: crate::report::header_name(name.clone()),
                value: crate::report::header_value(String::new()),
                span: crate::Span::default(),
                value_span: None,
            };
            let noted = notes(std::slice::from_ref(&header), &[None]);
            let linear = table.iter().find(|n| note_names(n.name, name));
            assert_eq!(
                noted.first().map(|n| n.note),
                linear.map(|n| n.note),
                "{name}"
            );
        }
    }

    /// Names borrowed from the tables' spellings are read by their place: the same entry and
    /// note as the tables give.
    #[test]
    fn spelled_names_find_what_the_tables_give() {
        let table = crate::knowledge::get().header_notes;
        for &name in &crate::http::headers::spellings().texts {
            let linear = entries().iter().find(|e| e.name.eq_ignore_ascii_case(name));
            assert_eq!(
                entry(name).map(|e| e.name),
                linear.map(|e| e.name),
                "{name}"
            );
            let linear = table.iter().find(|n| note_names(n.name, name));
            assert_eq!(
                indexed_note(name).map(|n| n.note.name),
                linear.map(|n| n.name),
                "{name}"
            );
        }
    }

    #[test]
    fn http_dates() {
        let t = 784_111_777; // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(t));
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), Some(t));
        assert_eq!(parse_http_date("Sun Nov  6 08:49:37 1994"), Some(t));
        assert_eq!(format_imf(t), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(
            parse_http_date("Fri, 31 Dec 1999 23:59:59 GMT"),
            Some(946_684_799)
        );
        assert_eq!(format_imf(946_684_799), "Fri, 31 Dec 1999 23:59:59 GMT");
        assert_eq!(
            parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT"),
            Some(1_709_164_800)
        );
        assert_eq!(parse_http_date("not a date"), None);
        assert_eq!(parse_http_date("Sun, 99 Nov 1994 08:49:37 GMT"), None);
        assert_eq!(parse_http_date(""), None);
    }

    #[test]
    fn resets() {
        assert_eq!(reset_seconds("30", None), Some(30));
        assert_eq!(reset_seconds("6m0s", None), Some(360));
        assert_eq!(reset_seconds("20ms", None), Some(1));
        assert_eq!(reset_seconds("1.5", None), Some(2));
        assert_eq!(reset_seconds("1700000060", Some(1_700_000_000)), Some(60));
        assert_eq!(reset_seconds("1700000060", None), None);
        assert_eq!(reset_seconds("soon", None), None);
        assert_eq!(reset_seconds("1h2m3.5s", None), Some(3724));
        assert_eq!(reset_seconds("0s", None), Some(0));
        assert_eq!(reset_seconds("", None), None);
        assert_eq!(reset_seconds("ms", None), None);
        assert_eq!(thousandths("1.0001"), Some(1001));
        assert_eq!(thousandths(".25"), Some(250));
        assert_eq!(thousandths("."), None);
        assert_eq!(thousandths("1e3"), None);
    }

    #[test]
    fn quoted_split() {
        assert_eq!(
            split_outside_quotes(r#"a; details="x, y; z", b"#, ','),
            vec![r#"a; details="x, y; z""#, " b"]
        );
    }
}
