//! Secrets a paste may hold — credentials, cookies, session ids, API keys in URLs, tokens in JSON
//! bodies — masked before anything is shown or exported. The bytes stay in the input; the Report
//! lists their ranges (`secrets`) so a display, a share link or an export can hide them too.
//!
//! Two readings meet here: the value of one header (`secret_ranges`, for the headers the HTTP
//! reader found), and a scan of the whole paste (`scan`): header lines wherever they appear (a
//! `curl -v` request, a printout), quoted members (`"accessToken": "…"`, `'Cookie': '…'`, HAR's
//! `{"name": "X-Api-Key", "value": "…"}`, JSON escaped inside a JSON string), URLs' user info and
//! secret query parameters. Every pass is linear: each search starts where the previous stopped
//! or looks a bounded distance ahead.

use memchr::memchr;

use crate::http::line::find_byte;

/// Header names whose values are credentials although no credential word is in them.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "apikey",
    "ocp-apim-subscription-key",
];

/// How the name of a credential ends, once lowercased without `-`, `_` and `.`:
/// `X-Shopify-Access-Token`, `X-Session-Token`, `accessToken`, `client_secret`, `sessionId`,
/// `X-Api-Key`, `x-amzn-remapped-authorization`.
const SECRET_ENDINGS: &[&str] = &[
    "token",
    "secret",
    "password",
    "passwd",
    "apikey",
    "sessionid",
    "authorization",
    "cookie",
];

/// Whether the name that ends `text` may end like a credential's: its last two letters, past
/// the separators the comparison skips (`token_`, `session-id`), end one of `SECRET_ENDINGS`
/// (and so of `SECRET_HEADERS`, a test says). Most names are ruled out so before they are read:
/// a page's `color: red;`, `text-align: center;`. Reads back over separators and two other
/// bytes: at most two colons' names read a run of separators. Inlined natively, where a page's
/// every colon asks.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn may_end_like_credential(text: &[u8]) -> bool {
    // The last byte's bit first, before the pair is built (its case is not in the bit).
    if let (true, [.., last]) = (FAST, text) {
        if !matches!(last, b'-' | b'_' | b'.') && !ends_a_word((*last).into(), ENDINGS_LAST) {
            return false;
        }
    }
    last_two_letters(text).is_some_and(|pair| {
        (!FAST || ends_a_word(pair >> 8, ENDINGS_LAST) && ends_a_word(pair & 0xff, ENDINGS_BEFORE))
            && SECRET_ENDINGS.iter().any(|e| ends_in(e, pair))
    })
}

/// Which bytes end one of `words`, by their 5 low bits (the same for both cases of a letter): a
/// name whose last letter's bit is not set ends none of them, ruled out before the words are
/// read (a page's every colon and `=` is asked).
#[allow(clippy::indexing_slicing)] // evaluated at compile time: an index out of range fails the build
const fn last_letters(words: &[&str]) -> u32 {
    let mut bits = 0;
    let mut i = 0;
    while i < words.len() {
        if let [.., last] = words[i].as_bytes() {
            bits |= 1 << (*last & 31);
        }
        i += 1;
    }
    bits
}

/// The last letters of `SECRET_ENDINGS` (`last_letters`).
const ENDINGS_LAST: u32 = last_letters(SECRET_ENDINGS);

/// Which bytes come before the last of one of `words`, by their 5 low bits (as `last_letters`).
#[allow(clippy::indexing_slicing)] // evaluated at compile time: an index out of range fails the build
const fn letters_before_last(words: &[&str]) -> u32 {
    let mut bits = 0;
    let mut i = 0;
    while i < words.len() {
        if let [.., before, _] = words[i].as_bytes() {
            bits |= 1 << (*before & 31);
        }
        i += 1;
    }
    bits
}

/// Their letters before the last (`letters_before_last`).
const ENDINGS_BEFORE: u32 = letters_before_last(SECRET_ENDINGS);

/// The same for the names of secret parameters: `SECRET_ENDINGS` and `SECRET_PARAMS`.
const PARAMS_LAST: u32 = ENDINGS_LAST | last_letters(SECRET_PARAMS);

/// And their letters before the last.
const PARAMS_BEFORE: u32 = ENDINGS_BEFORE | letters_before_last(SECRET_PARAMS);

/// Whether the byte `b` may end one of the words of `last` (from `last_letters`).
fn ends_a_word(b: u16, last: u32) -> bool {
    (last >> (b & 31)) & 1 == 1
}

/// The last two bytes of `text` past the separators the comparison skips, lowercased, as
/// `ends_in` compares them.
fn last_two_letters(text: &[u8]) -> Option<u16> {
    // Most names end in two letters: read at once.
    if let (true, [.., before, last]) = (FAST, text) {
        if !matches!(before, b'-' | b'_' | b'.') && !matches!(last, b'-' | b'_' | b'.') {
            return Some(u16::from_le_bytes([
                before.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            ]));
        }
    }
    let (mut pair, mut letters) = (0u16, 0);
    for &b in text.iter().rev() {
        if !matches!(b, b'-' | b'_' | b'.') {
            pair = pair << 8 | u16::from(b.to_ascii_lowercase());
            letters += 1;
            if letters == 2 {
                return Some(pair);
            }
        }
    }
    None
}

/// Whether `ending` ends with the two letters of `pair` (from `last_two_letters`).
fn ends_in(ending: &str, pair: u16) -> bool {
    matches!(ending.as_bytes(), [.., before, last] if pair == u16::from_le_bytes([*before, *last]))
}

/// Query parameters that are credentials besides those (`?key=`, `?sig=`, OAuth's `?code=`,
/// `X-Amz-Signature`, `X-Amz-Credential`).
const SECRET_PARAMS: &[&str] = &[
    "key",
    "auth",
    "pwd",
    "sig",
    "signature",
    "credential",
    "code",
];

// The shortcuts below (`ends_a_word`, two letters read at once) are taken natively, where
// every colon and `=` of a page asks.
use crate::FAST;

/// Secret ranges listed per value; past it the rest of the value is one range. A Cookie header of
/// 50,000 cookies then costs a thousand ranges, not fifty thousand (masking only grows).
const MAX_RANGES: usize = 1000;

/// Secret ranges a scan of a whole paste lists; past it the rest of the paste is one range.
pub(crate) const MAX_SCANNED: usize = 10_000;

/// How far after a `?`, `&`, `;`, `"` or line start a parameter's `=` is looked for: a name
/// longer than this is not one of a credential.
const LONGEST_PARAM: usize = 32;

/// How long a quoted key or a name in a HAR `name`/`value` pair may be.
const LONGEST_KEY: usize = 64;

pub(crate) const MASK: &str = "••••";

/// Whether `name`, lowercased and without `-`, `_` and `.`, ends with `ending` (lowercase).
fn ends_like(name: &[u8], ending: &str) -> bool {
    let mut at = name.len();
    for &e in ending.as_bytes().iter().rev() {
        loop {
            let Some(&b) = at.checked_sub(1).and_then(|i| name.get(i)) else {
                return false;
            };
            at -= 1;
            if !matches!(b, b'-' | b'_' | b'.') {
                if b.to_ascii_lowercase() != e {
                    return false;
                }
                break;
            }
        }
    }
    true
}

/// Whether a JSON key, a printed member or a header named `name` holds a credential.
fn secret_key(name: &[u8]) -> bool {
    // Only the endings with the same last two letters are read back (one, mostly none).
    last_two_letters(name).is_some_and(|pair| {
        SECRET_ENDINGS
            .iter()
            .any(|e| ends_in(e, pair) && ends_like(name, e))
    })
}

fn secret_param(name: &[u8]) -> bool {
    secret_key(name)
        || SECRET_PARAMS
            .iter()
            .any(|p| p.as_bytes().eq_ignore_ascii_case(name))
}

/// A header whose value is a credential: one of `SECRET_HEADERS`, or a hyphenated name that ends
/// like a credential's (`X-Session-Token`, `X-Api-Key`). A bare word (`Token: invalid` in a text
/// body) is not a header name here.
fn is_secret_header(name: &[u8]) -> bool {
    in_secret_headers(name) || (secret_key(name) && name.contains(&b'-'))
}

fn in_secret_headers(name: &[u8]) -> bool {
    SECRET_HEADERS
        .iter()
        .any(|h| h.as_bytes().eq_ignore_ascii_case(name))
}

/// Whether a header's value is one of the reader's common values (natively borrowed from its
/// table: `close`, `text/html`), none of which holds a secret, under a name no credential's
/// ends like: nothing to read (the wasm module reads it, for its size).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn plainly_common(header: &crate::report::Header) -> bool {
    crate::FAST
        && matches!(header.value, std::borrow::Cow::Borrowed(_))
        && !may_end_like_credential(header.name.as_bytes())
}

/// The wasm module's values are all owned: read.
#[cfg(target_arch = "wasm32")]
pub(crate) fn plainly_common(_: &crate::report::Header) -> bool {
    false
}

/// The byte ranges of `value` that are secret. Keeps what helps diagnosis visible: the auth
/// scheme, cookie names and attributes, URLs around their credentials and keys.
pub(crate) fn secret_ranges(name: &str, value: &str) -> Vec<(usize, usize)> {
    // Every secret header's name ends like a credential's (a test says so): most names are
    // ruled out by their last letters.
    if may_end_like_credential(name.as_bytes()) {
        if let Some(ranges) = header_ranges(name, value) {
            return ranges;
        }
    }
    // Most values hold neither a URL's `:/` nor a parameter's `=` (a Date's colons are not
    // followed by `/`): nothing to read.
    let bytes = value.as_bytes();
    let mut at = 0;
    loop {
        let Some(found) = bytes.get(at..).and_then(colon_or_equals) else {
            return Vec::new();
        };
        at += found + 1;
        if bytes.get(at - 1) == Some(&b'=') || bytes.get(at) == Some(&b'/') {
            break;
        }
    }
    let mut ranges = Vec::new();
    url_ranges(value.as_bytes(), &mut ranges);
    sort_by_start(&mut ranges);
    ranges
}

/// Where the first `:` or `=` of `bytes` is: natively eight bytes at a time (a header value is
/// mostly shorter than memchr's vector loop needs).
fn colon_or_equals(bytes: &[u8]) -> Option<usize> {
    let wanted = |b: &u8| matches!(b, b':' | b'=');
    if !FAST || bytes.len() < 8 {
        return bytes.iter().position(wanted);
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    // 0x80 in the bytes of `x` that are zero: the lowest exactly (a borrow may set higher ones).
    let zeros = |x: u64| x.wrapping_sub(ONES) & !x & (ONES << 7);
    let mut at = 0;
    loop {
        // The last word overlaps the one before: its bytes already read hold neither.
        let from = at.min(bytes.len() - 8);
        let word = u64::from_le_bytes(*bytes.get(from..)?.first_chunk::<8>()?);
        let found = zeros(word ^ (ONES * u64::from(b':'))) | zeros(word ^ (ONES * u64::from(b'=')));
        if found != 0 {
            return Some(from + (found.trailing_zeros() / 8) as usize);
        }
        at = from + 8;
        if at >= bytes.len() {
            return None;
        }
    }
}

/// The secret ranges of a secret header's value; `None` for another header's.
fn header_ranges(name: &str, value: &str) -> Option<Vec<(usize, usize)>> {
    let whole = || vec![(0, value.len())];
    if name.eq_ignore_ascii_case("authorization")
        || name.eq_ignore_ascii_case("proxy-authorization")
    {
        return Some(match crate::search::byte(value, b' ') {
            Some(space) if space > 0 => {
                let credentials = value.get(space..).unwrap_or_default();
                let start = space + credentials.len() - credentials.trim_start().len();
                vec![(start, value.len())]
            }
            _ => whole(),
        });
    }
    // Cookie values, names kept; a value that is not `name=value` is masked whole.
    if name.eq_ignore_ascii_case("cookie") {
        let found = pairs(value, 0, value.len(), ';');
        return Some(if found.is_empty() && !value.is_empty() {
            whole()
        } else {
            found
        });
    }
    if name.eq_ignore_ascii_case("set-cookie") {
        let end = crate::search::byte(value, b';').unwrap_or(value.len());
        let found = pairs(value, 0, end, ';');
        return Some(if found.is_empty() && end > 0 {
            vec![(0, end)]
        } else {
            found
        });
    }
    is_secret_header(name.as_bytes()).then(|| {
        if value.is_empty() {
            Vec::new()
        } else {
            whole()
        }
    })
}

/// Ranges sorted by start, stable. One function: each closure given to `sort::by_key` is a new
/// instance of it.
fn sort_by_start(ranges: &mut [(usize, usize)]) {
    crate::sort::by_key(ranges, |&(start, _)| start as u64);
}

/// The values of `name=value` pairs in `text[start..end]`, pairs separated by `separator`.
fn pairs(text: &str, start: usize, end: usize, separator: char) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut at = start;
    for pair in text.get(start..end).unwrap_or_default().split(separator) {
        if let Some(eq) = crate::search::byte(pair, b'=') {
            let value_start = at + eq + 1;
            let value_end = at + pair.trim_end().len();
            if value_end > value_start {
                if ranges.len() == MAX_RANGES {
                    // The rest of the value, names and all, as one secret.
                    ranges.push((at, end));
                    break;
                }
                ranges.push((value_start, value_end));
            }
        }
        at += pair.len() + separator.len_utf8();
    }
    ranges
}

/// Passwords in URLs' user info and the values of secret query or form parameters, wherever
/// they appear in `text`.
fn url_ranges(bytes: &[u8], ranges: &mut Vec<(usize, usize)>) {
    let first = ranges.len();
    let mut search = 0;
    // Each `:` followed by `//` (a searcher for three bytes costs more to build than to run on
    // a page).
    while let Some(colon) = bytes.get(search..).and_then(|t| find_byte(b':', t)) {
        search = user_info(bytes, search + colon, ranges);
    }
    let listed = ranges.len() - first;
    params(bytes, ranges, listed);
}

/// At the colon at `found`, when `//` follows: the password of the URL's user info. Where the
/// search for the next such colon resumes.
fn user_info(bytes: &[u8], found: usize, ranges: &mut Vec<(usize, usize)>) -> usize {
    if bytes.get(found + 1..found + 3) != Some(b"//".as_slice()) {
        return found + 1;
    }
    let authority_start = found + 3;
    let authority_end = bytes
        .iter()
        .skip(authority_start)
        .position(|&b| {
            matches!(
                b,
                b'/' | b'?' | b'#' | b' ' | b'"' | b'\'' | b'>' | b',' | b'\n' | b'\r'
            )
        })
        .map_or(bytes.len(), |i| authority_start + i);
    let authority = bytes
        .get(authority_start..authority_end)
        .unwrap_or_default();
    if let Some(at) = memchr::memrchr(b'@', authority) {
        if let Some(colon) = authority.get(..at).and_then(|u| memchr(b':', u)) {
            ranges.push((authority_start + colon + 1, authority_start + at));
        }
    }
    authority_end.max(authority_start)
}

/// The values of secret query or form parameters in `bytes`; `listed` ranges of this reading
/// of `bytes` (its URLs' passwords) count towards `MAX_RANGES`.
fn params(bytes: &[u8], ranges: &mut Vec<(usize, usize)>, mut listed: usize) {
    // `?key=…` / `&token=…` (and a form body's or a line's first `password=…`) anywhere, found
    // from their `=` (few in a page, where delimiters are many): the name before it must
    // follow a `?`, `&`, `"`, `;`, a line break or the text's start. One pass: a `?` inside a
    // secret value is part of it, so `?token=?token=…` stays linear.
    let mut value_end = 0;
    let mut search = 0;
    while let Some(found) = bytes.get(search..).and_then(|t| find_byte(b'=', t)) {
        let eq = search + found;
        search = eq + 1;
        // Most names are ruled out by their last letter before they are read: a credential's
        // name ends like one of `SECRET_ENDINGS` or is one of `SECRET_PARAMS`.
        // So are most of the others by the letter before (both are the name's last two letters
        // unless one is a separator; a name of one letter is no credential's).
        let before = |n: usize| eq.checked_sub(n).and_then(|at| bytes.get(at));
        match (before(2), before(1)) {
            (_, Some(&b))
                if FAST
                    && !matches!(b, b'-' | b'_' | b'.')
                    && !ends_a_word(b.into(), PARAMS_LAST) =>
            {
                continue;
            }
            (Some(&a), Some(&b))
                if FAST
                    && !matches!(a, b'-' | b'_' | b'.')
                    && !matches!(b, b'-' | b'_' | b'.')
                    && !ends_a_word(a.into(), PARAMS_BEFORE) =>
            {
                continue;
            }
            _ => {}
        }
        // Looking back no further than a parameter name's length keeps a run of a million
        // name bytes and `=` linear.
        let name_len = bytes
            .get(..eq)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(LONGEST_PARAM + 1)
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            .count();
        let name_start = eq - name_len;
        let delimited = match name_start.checked_sub(1) {
            None => true,
            Some(before) => {
                before >= value_end
                    && matches!(bytes.get(before), Some(b'?' | b'&' | b'"' | b';' | b'\n'))
            }
        };
        let name = bytes.get(name_start..eq).unwrap_or_default();
        if name_len == 0 || name_len > LONGEST_PARAM || !delimited || !secret_param(name) {
            continue;
        }
        let start = eq + 1;
        let end = bytes
            .iter()
            .skip(start)
            .position(|&b| {
                matches!(
                    b,
                    b'&' | b'#' | b' ' | b'"' | b'\'' | b'>' | b',' | b';' | b'\n' | b'\r' | b'\\'
                )
            })
            .map_or(bytes.len(), |j| start + j);
        if end > start {
            if listed == MAX_RANGES {
                ranges.push((start, bytes.len()));
                break;
            }
            ranges.push((start, end));
            listed += 1;
        }
        value_end = end;
        search = search.max(end);
    }
}

/// Every secret in a whole paste (or a rebuilt response), as sorted, merged byte ranges: header
/// lines wherever they are, quoted members and `name`/`value` pairs, URLs. At most
/// `MAX_SCANNED` ranges; the second value says the last one runs to the end because of it.
pub(crate) fn scan(text: &[u8]) -> (Vec<(usize, usize)>, bool) {
    let mut ranges = Vec::new();
    // Header lines and URLs are found from their colons: one search for both, each resuming
    // where it stopped as if it searched alone (`merge` sorts the ranges).
    let (mut url_from, mut urls) = (0, 0);
    let mut at = 0;
    while let Some(found) = text.get(at..).and_then(|t| find_byte(b':', t)) {
        let colon = at + found;
        at = colon + 1;
        header_line(text, colon, &mut ranges);
        // Most colons are not a URL's (`://`): looked at here, before a call.
        if colon >= url_from && text.get(colon + 1) == Some(&b'/') {
            let before = ranges.len();
            url_from = user_info(text, colon, &mut ranges);
            urls += ranges.len() - before;
        }
    }
    // Quoted members from their quotes, a search of their own: a member's value is skipped.
    let mut members = Members::default();
    while let Some(found) = text
        .get(members.next..)
        .and_then(|t| memchr::memchr2(b'"', b'\'', t))
    {
        members.quote(text, members.next + found, &mut ranges);
    }
    params(text, &mut ranges, urls);
    let mut merged = merge(ranges);
    let capped = merged.len() > MAX_SCANNED;
    if capped {
        merged.truncate(MAX_SCANNED);
        if let Some(last) = merged.last_mut() {
            last.1 = text.len();
        }
    }
    (merged, capped)
}

/// Sorted by start, overlapping and touching ranges joined, empty ones dropped.
pub(crate) fn merge(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    sort_by_start(&mut ranges);
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        if end <= start {
            continue;
        }
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// The line whose name ends before the colon at `colon`, when it is a `Name: value` line whose
/// name is a secret header's, after a `>`/`<` marker or indentation (`curl -v`, `wget -S`,
/// HTTPie, a printed object's `authorization: 'Bearer …',`). A member name that is a
/// credential's (`accessToken: '…'`) counts when its value is quoted. The name is read
/// backwards only when it ends like a credential's, so the lines of a page (CSS's
/// `color: red;`) cost a look at their last letters.
fn header_line(text: &[u8], colon: usize, ranges: &mut Vec<(usize, usize)>) {
    let before = text.get(..colon).unwrap_or_default();
    let mut name_end = colon;
    while let Some(b' ' | b'\t') = name_end.checked_sub(1).and_then(|at| text.get(at)) {
        name_end -= 1;
    }
    // Most names (a page's `color: red;`) are ruled out by their last letters, before reading
    // them.
    if !may_end_like_credential(text.get(..name_end).unwrap_or_default()) {
        return;
    }
    let name_len = before
        .get(..name_end)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(LONGEST_KEY + 1)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        .count();
    if name_len == 0 || name_len > LONGEST_KEY {
        return;
    }
    let name_start = name_end - name_len;
    let name = text.get(name_start..name_end).unwrap_or_default();
    // Natively, `is_secret_header` with the name's `secret_key` read once.
    let key = FAST && secret_key(name);
    let secret_header = if FAST {
        (key && name.contains(&b'-')) || in_secret_headers(name)
    } else {
        is_secret_header(name)
    };
    if !secret_header && !key && (FAST || !secret_key(name)) {
        return;
    }
    // Only a marker or indentation may come before the name on its line.
    let indented = before
        .get(..name_start)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|b| !matches!(b, b' ' | b'\t' | b'>' | b'<'))
        .map_or(true, |&b| b == b'\n');
    if !indented {
        return;
    }
    let line_end =
        memchr(b'\n', text.get(colon..).unwrap_or_default()).map_or(text.len(), |i| colon + i);
    let lead = text
        .get(colon + 1..line_end)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let mut from = colon + 1 + lead;
    let mut to = line_end;
    while to > from && matches!(text.get(to - 1), Some(b' ' | b'\t' | b'\r' | b',')) {
        to -= 1;
    }
    // A printed member: `'Bearer …'` without its quotes.
    let quote = text
        .get(from)
        .copied()
        .filter(|q| from < line_end && matches!(q, b'\'' | b'"'));
    if let Some(q) = quote {
        if to > from + 1 && text.get(to - 1) == Some(&q) {
            from += 1;
            to -= 1;
        }
    }
    if !(secret_header || quote.is_some()) {
        return;
    }
    let value = text.get(from..to).unwrap_or_default();
    match (std::str::from_utf8(name), std::str::from_utf8(value)) {
        (Ok(name), Ok(value)) if secret_header => {
            push_shifted(ranges, &secret_ranges(name, value), from);
        }
        _ => ranges.push((from, to)),
    }
}

/// A quote in the paste: plain (`"`, `'`), or escaped once inside a JSON string (`\"`, as a HAR
/// file holds a JSON body).
#[derive(Clone, Copy, PartialEq)]
struct Quote {
    byte: u8,
    escaped: bool,
}

impl Quote {
    /// How many bytes the quote takes (`"` or `\"`).
    fn len(self) -> usize {
        1 + usize::from(self.escaped)
    }

    /// Whether the quote at `at` (the quote byte) closes a string opened by this one.
    fn closes(self, text: &[u8], at: usize) -> bool {
        if text.get(at) != Some(&self.byte) {
            return false;
        }
        let slashes = backslashes_before(text, at);
        if self.escaped {
            slashes % 4 == 1
        } else {
            slashes % 2 == 0
        }
    }
}

fn backslashes_before(text: &[u8], at: usize) -> usize {
    let mut n = 0;
    while n < at && text.get(at - n - 1) == Some(&b'\\') {
        n += 1;
    }
    n
}

/// The quote at `at` (its quote byte), if it opens a string of either kind.
fn quote_at(text: &[u8], at: usize) -> Option<Quote> {
    let byte = *text.get(at)?;
    let slashes = backslashes_before(text, at);
    if slashes % 2 == 0 {
        Some(Quote {
            byte,
            escaped: false,
        })
    } else if byte == b'"' && slashes % 4 == 1 {
        Some(Quote {
            byte,
            escaped: true,
        })
    } else {
        None
    }
}

/// What the next `"value"` member holds, after a `"name"` that says it (and where that name
/// ended): a secret header's value (`Authorization`: its scheme kept), a secret parameter's, or
/// a cookie's (`None`).
type Pending<'a> = Option<(Option<&'a str>, usize)>;

/// Quoted members whose key is a credential's (`"accessToken": "…"`, `'Cookie': '…'`,
/// `\"client_secret\":\"…\"` inside a HAR's body text), and HAR's `{"name": …, "value": …}`
/// pairs of secret headers, parameters and every cookie: read quote by quote.
#[derive(Default)]
struct Members<'a> {
    /// Where the next quote is read: a member's value is skipped.
    next: usize,
    pending: Pending<'a>,
    /// A HAR `cookies` array runs to this offset: every value in it is a secret. The `]` found
    /// last is kept: a later array ends there too unless it starts past it (`"cookies": [`
    /// repeated then costs one search, not one per array).
    cookies_end: usize,
    bracket: Option<usize>,
}

impl<'a> Members<'a> {
    /// The quote at `q`, the first at or after `next`.
    fn quote(&mut self, text: &'a [u8], q: usize, ranges: &mut Vec<(usize, usize)>) {
        self.next = q + 1;
        let Some(quote) = quote_at(text, q) else {
            return;
        };
        // The key: a short run of name bytes, then the same quote.
        let key_start = q + 1;
        let key_len = text
            .get(key_start..)
            .unwrap_or_default()
            .iter()
            .take(LONGEST_KEY + 1)
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            .count();
        let key_end = key_start + key_len;
        let close = key_end + usize::from(quote.escaped);
        if key_len == 0 || key_len > LONGEST_KEY || !quote.closes(text, close) {
            return;
        }
        let key = text.get(key_start..key_end).unwrap_or_default();
        let mut j = close + 1;
        j += spaces(text, j);
        if text.get(j) != Some(&b':') {
            return;
        }
        j += 1;
        j += spaces(text, j);
        if key == b"cookies" && text.get(j) == Some(&b'[') {
            let end = match self.bracket {
                Some(at) if at >= j => at,
                _ => memchr(b']', text.get(j..).unwrap_or_default()).map_or(text.len(), |e| j + e),
            };
            self.bracket = Some(end);
            self.cookies_end = end;
            self.next = j;
            return;
        }
        let opening = j + usize::from(quote.escaped);
        let escape_ok = !quote.escaped || text.get(j) == Some(&b'\\');
        if !escape_ok || quote_at(text, opening) != Some(quote) {
            self.next = j;
            return;
        }
        let is_name = key == b"name";
        let is_value = key == b"value";
        if !is_name && !is_value && !secret_key(key) {
            // Another member: its value may hold members of its own (escaped JSON), read on.
            // Its end is not looked for: a value with none on its line reads as no key either.
            self.next = opening;
            return;
        }
        let value_start = opening + 1;
        let Some(value_end) = string_end(text, value_start, quote) else {
            // No end on this line: not a string member; what was read is skipped.
            self.next = value_start;
            return;
        };
        let value = text.get(value_start..value_end).unwrap_or_default();
        let at = |(s, e): (usize, usize)| (value_start + s, value_start + e);
        let in_cookies = q < self.cookies_end;
        if is_name {
            self.pending = match std::str::from_utf8(value) {
                _ if in_cookies => Some((None, value_end)),
                Ok(name) if is_secret_header(name.as_bytes()) || secret_param(value) => {
                    Some((Some(name), value_end))
                }
                _ => None,
            };
        } else if is_value {
            let named = self
                .pending
                .take()
                .filter(|&(_, after)| value_start.saturating_sub(after) < 512);
            match (named, std::str::from_utf8(value)) {
                (Some((Some(name), _)), Ok(value)) if is_secret_header(name.as_bytes()) => {
                    push_shifted(ranges, &secret_ranges(name, value), value_start);
                }
                (Some(_), _) => ranges.push(at((0, value.len()))),
                (None, _) if in_cookies => ranges.push(at((0, value.len()))),
                _ => {}
            }
        } else {
            match (std::str::from_utf8(key), std::str::from_utf8(value)) {
                (Ok(name), Ok(value)) if is_secret_header(name.as_bytes()) => {
                    push_shifted(ranges, &secret_ranges(name, value), value_start);
                }
                _ => ranges.push(at((0, value.len()))),
            }
        }
        self.next = value_end + quote.len();
    }
}

/// Appends `found`, ranges within a value, as ranges of the paste (the value starts at `offset`).
/// A loop, not `extend(map(…))`: each closure made an instance of `extend`.
fn push_shifted(ranges: &mut Vec<(usize, usize)>, found: &[(usize, usize)], offset: usize) {
    for &(start, end) in found {
        ranges.push((offset + start, offset + end));
    }
}

fn spaces(text: &[u8], at: usize) -> usize {
    let mut n = 0;
    while matches!(text.get(at + n), Some(b' ' | b'\t')) {
        n += 1;
    }
    n
}

/// Where the string opened by `quote` before `from` ends (its closing quote, or the backslash of
/// an escaped one), on the same line. A plain quote of an escaped string's enclosing string
/// ends the search too.
fn string_end(text: &[u8], from: usize, quote: Quote) -> Option<usize> {
    let mut at = from;
    loop {
        let found = at
            + text
                .get(at..)?
                .iter()
                .position(|&b| b == quote.byte || b == b'\n')?;
        if text.get(found) == Some(&b'\n') {
            return None;
        }
        if quote.closes(text, found) {
            return Some(found - usize::from(quote.escaped));
        }
        if quote.escaped && backslashes_before(text, found) % 2 == 0 {
            return None;
        }
        at = found + 1;
    }
}

/// `text` with each range (sorted, as `secret_ranges` gives them) replaced by the mask.
pub(crate) fn apply(text: &str, ranges: &[(usize, usize)]) -> String {
    // Ranges that start inside an earlier one are skipped, here and when copying. Sized
    // exactly: a header of 100,000 cookies is masked without a doubling buffer.
    let (mut removed, mut kept, mut at) = (0, 0, 0);
    for &(start, end) in ranges {
        if start >= at {
            removed += end.saturating_sub(start);
            kept += 1;
            at = end;
        }
    }
    let mut out = String::with_capacity((text.len() + kept * MASK.len()).saturating_sub(removed));
    let mut at = 0;
    for &(start, end) in ranges {
        if start < at {
            continue;
        }
        out.push_str(text.get(at..start).unwrap_or_default());
        out.push_str(MASK);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// The value with its secret parts masked, or `None` when it holds no secret.
pub(crate) fn mask_header_value(name: &str, value: &str) -> Option<String> {
    let ranges = secret_ranges(name, value);
    (!ranges.is_empty()).then(|| apply(value, &ranges))
}

/// The URL with user info passwords and secret query values masked.
pub(crate) fn mask_url(url: &str) -> String {
    let mut ranges = Vec::new();
    url_ranges(url.as_bytes(), &mut ranges);
    apply(url, &merge(ranges))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Eight bytes at a time finds what a byte-by-byte search finds: every length to 40, the
    /// byte at every place, bytes that differ from the wanted ones by one bit or a borrow.
    #[test]
    fn colon_or_equals_reads_as_bytes_do() {
        let fillers = [b'a', b';', b'<', b'9', b'>', 0, 0x80, 0xba, 0xbd, 0x01];
        for len in 0..40 {
            for filler in fillers {
                for wanted in [b':', b'='] {
                    for at in 0..=len {
                        let mut bytes = vec![filler; len];
                        if let Some(b) = bytes.get_mut(at) {
                            *b = wanted;
                        }
                        let expected = bytes.iter().position(|b| matches!(b, b':' | b'='));
                        assert_eq!(colon_or_equals(&bytes), expected, "{bytes:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn secret_headers_end_like_credentials() {
        for name in SECRET_HEADERS {
            assert!(may_end_like_credential(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn masks_headers_keeping_what_helps() {
        assert_eq!(
            mask_header_value("Authorization", "Bearer eyJhbGciOi.x.y").as_deref(),
            Some("Bearer ••••")
        );
        assert_eq!(
            mask_header_value("Cookie", "sid=abc; theme=dark").as_deref(),
            Some("sid=••••; theme=••••")
        );
        assert_eq!(
            mask_header_value("Set-Cookie", "sid=abc; Path=/; HttpOnly").as_deref(),
            Some("sid=••••; Path=/; HttpOnly")
        );
        assert_eq!(mask_header_value("Server", "nginx"), None);
        assert_eq!(
            mask_header_value("Location", "https://u:pw@h.test/x?api_key=k&page=2").as_deref(),
            Some("https://u:••••@h.test/x?api_key=••••&page=2")
        );
        assert_eq!(secret_ranges("Authorization", "Bearer abc"), vec![(7, 10)]);
    }

    #[test]
    fn credential_names_by_how_they_end() {
        for name in [
            "X-Shopify-Access-Token",
            "X-Session-Token",
            "X-Api-Key",
            "x-goog-api-key",
            "X-Amz-Security-Token",
            "Private-Token",
            "X-CSRF-Token",
            "X-Session-Id",
            "Ocp-Apim-Subscription-Key",
            "apikey",
        ] {
            assert!(is_secret_header(name.as_bytes()), "{name}");
            assert_eq!(
                mask_header_value(name, "v4lue").as_deref(),
                Some(MASK),
                "{name}"
            );
        }
        for name in [
            "Server",
            "X-Request-Id",
            "Content-Security-Policy",
            "Token",
            "Sec-WebSocket-Key",
        ] {
            assert!(!is_secret_header(name.as_bytes()), "{name}");
        }
        for key in [
            "accessToken",
            "access_token",
            "client_secret",
            "sessionId",
            "refresh-token",
            "password",
        ] {
            assert!(secret_key(key.as_bytes()), "{key}");
        }
        for key in [
            "token_type",
            "expires_in",
            "code",
            "message",
            "session_count",
        ] {
            assert!(!secret_key(key.as_bytes()), "{key}");
        }
    }

    #[test]
    fn ranges_are_bounded_per_value() {
        let cookies = "a=1; ".repeat(MAX_RANGES + 50);
        let ranges = secret_ranges("Cookie", &cookies);
        assert_eq!(ranges.len(), MAX_RANGES + 1);
        let last = ranges[MAX_RANGES];
        assert_eq!(last, (5 * MAX_RANGES - 1, cookies.len()));
        let url = "https://h.test/?".to_owned() + &"token=x&".repeat(MAX_RANGES + 50);
        let ranges = secret_ranges("Location", &url);
        assert_eq!(ranges.len(), MAX_RANGES + 1);
        assert_eq!(ranges[MAX_RANGES].1, url.len());
        // A `?` inside a value belongs to it.
        assert_eq!(mask_url("/x?token=a?key=b&page=2"), "/x?token=••••&page=2");
    }

    /// The filters by last letters (`ends_a_word`) let every credential's name through, in
    /// either case (an ending after a prefix too).
    #[test]
    fn letter_filters_keep_every_secret_name() {
        let endings = SECRET_ENDINGS
            .iter()
            .flat_map(|w| [w.to_string(), format!("x_{w}")]);
        for name in endings.chain(SECRET_PARAMS.iter().map(|w| w.to_string())) {
            for name in [name.clone(), name.to_uppercase()] {
                let url = mask_url(&format!("/x?{name}=v&page=2"));
                assert_eq!(url, format!("/x?{name}={MASK}&page=2"));
                assert_eq!(masked(&format!("{name}=v")), format!("{name}=*"));
            }
        }
        for word in SECRET_ENDINGS {
            assert!(
                may_end_like_credential(format!("X-{word}").as_bytes()),
                "{word}"
            );
            let line = format!("  x-{word}: 'v'");
            assert_eq!(masked(&line), format!("  x-{word}: '*'"));
        }
    }

    #[test]
    fn masks_urls() {
        assert_eq!(
            mask_url("https://api.test/v1/x?api_key=s3cret&page=2#top"),
            "https://api.test/v1/x?api_key=••••&page=2#top"
        );
        assert_eq!(
            mask_url("https://bob:hunter2@host.test/path"),
            "https://bob:••••@host.test/path"
        );
        assert_eq!(
            mask_url("/cb?code=abc&state=x&sessionid=s1"),
            "/cb?code=••••&state=x&sessionid=••••"
        );
        assert_eq!(mask_url("/plain/path"), "/plain/path");
    }

    /// The paste with every scanned range replaced by `*`.
    fn masked(text: &str) -> String {
        let (ranges, _) = scan(text.as_bytes());
        let mut bytes = text.as_bytes().to_vec();
        for (start, end) in ranges {
            bytes[start..end].fill(b'*');
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn scans_header_lines_anywhere() {
        let paste = "> GET /x HTTP/1.1\r\n> Authorization: Bearer abc.def\r\n> X-Shopify-Access-Token: shpat_1\r\n\
                     < HTTP/1.1 401 Unauthorized\r\n< Set-Cookie: sid=s3; Path=/\r\n  x-session-token: 'tok',\r\n\
                     Token: invalid\r\n  accessToken: 'at1',\r\n";
        assert_eq!(
            masked(paste),
            "> GET /x HTTP/1.1\r\n> Authorization: Bearer *******\r\n> X-Shopify-Access-Token: *******\r\n\
             < HTTP/1.1 401 Unauthorized\r\n< Set-Cookie: sid=**; Path=/\r\n  x-session-token: '***',\r\n\
             Token: invalid\r\n  accessToken: '***',\r\n"
        );
    }

    #[test]
    fn scans_json_members_plain_and_escaped() {
        assert_eq!(
            masked(
                r#"{"accessToken":"a1", "token_type":"Bearer", "sessionId" : "s1", "client_secret":"c\"s", "n":2}"#
            ),
            r#"{"accessToken":"**", "token_type":"Bearer", "sessionId" : "**", "client_secret":"****", "n":2}"#
        );
        // A JSON body inside a HAR's JSON string, and a Python dict's repr.
        assert_eq!(
            masked(r#""text": "{\"access_token\":\"at\\\"x\",\"message\":\"no\"}""#),
            r#""text": "{\"access_token\":\"*******\",\"message\":\"no\"}""#
        );
        assert_eq!(
            masked("{'Authorization': 'Bearer xyz', 'Accept': '*/*'}"),
            "{'Authorization': 'Bearer ***', 'Accept': '*/*'}"
        );
    }

    #[test]
    fn scans_har_name_value_pairs_and_cookies() {
        let har = r#"{"headers": [{"name": "X-Session-Token", "value": "st1"}, {"name": "Authorization", "value": "Basic dXM="}, {"name": "Accept", "value": "x"}],
            "queryString": [{"name": "api_key", "value": "k1"}],
            "cookies": [{"name": "theme", "value": "dark"}, {"name": "sid", "value": "s2"}], "url": "https://u:pw@h.test/?token=t9"}"#;
        assert_eq!(
            masked(har),
            r#"{"headers": [{"name": "X-Session-Token", "value": "***"}, {"name": "Authorization", "value": "Basic ****"}, {"name": "Accept", "value": "x"}],
            "queryString": [{"name": "api_key", "value": "**"}],
            "cookies": [{"name": "theme", "value": "****"}, {"name": "sid", "value": "**"}], "url": "https://u:**@h.test/?token=**"}"#
        );
    }

    #[test]
    fn scans_form_bodies() {
        assert_eq!(
            masked("grant_type=x&client_secret=cs1\nclient_id=a"),
            "grant_type=x&client_secret=***\nclient_id=a"
        );
        assert_eq!(
            masked("password=hunter2&user=bob"),
            "password=*******&user=bob"
        );
    }

    #[test]
    fn the_scan_is_bounded() {
        let text = "\"token\":\"x\",".repeat(MAX_SCANNED + 10);
        let (ranges, capped) = scan(text.as_bytes());
        assert!(capped);
        assert_eq!(ranges.len(), MAX_SCANNED);
        assert_eq!(ranges.last().unwrap().1, text.len());
    }

    /// Pastes built to make a scanner look far ahead from every position: each must stay one
    /// pass (a quadratic scan takes minutes over a megabyte).
    #[test]
    fn scans_stay_linear() {
        for unit in [
            "a.",
            "\"",
            "\"token\":\"",
            "\\\"token\\\":\\\"",
            "'",
            "\\",
            "http://a:",
            "&token=",
            "\"name\": \"Cookie\", ",
            "Authorization: ",
            "\n",
            "{\"cookies\": [",
        ] {
            let text = unit.repeat((1 << 20) / unit.len());
            let started = std::time::Instant::now();
            scan(text.as_bytes());
            assert!(
                started.elapsed().as_secs() < 5,
                "{unit:?} took {:?}",
                started.elapsed()
            );
        }
    }
}
