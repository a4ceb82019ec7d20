//! Header lines: tolerant reading of the field block that follows a status line (or stands alone).

use std::borrow::Cow;
use std::sync::OnceLock;

use super::line::{is_blank, is_space, line_at, trim, EndingCount};
use super::status_line;
use crate::diagnostic::{Code, Diagnostics};
use crate::report::{header_name, header_value, Header, HeaderName, HeaderValue, Span};
use crate::search::ids::Ids;

/// Where and why the header block ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeadEnd {
    /// A blank line; the body starts after it.
    BlankLine { body_start: usize },
    /// A line that is clearly body (`<html>`, `{`) with no blank line before it.
    BodyWithoutBlankLine { body_start: usize },
    /// A new status line with no blank line before it.
    NextResponse { at: usize },
    /// The input ended inside the header block.
    Eof,
}

pub(crate) struct Head {
    pub headers: Vec<Header>,
    pub end: HeadEnd,
}

/// Header lines kept per response. Servers stop far below this (nginx and Apache refuse about a
/// hundred, Node.js two thousand by default); past it the lines are skipped, not stored, so a
/// paste of a million header lines costs the Report nothing (as httparse bounds its header array).
pub(crate) const MAX_HEADERS: usize = 1000;

/// Reads header lines from `pos` until a blank line. `indent` is how far the paste is indented
/// (the status line's indentation), removed from each line before it is read. Lines past
/// `MAX_HEADERS` are read for where the head ends, and otherwise skipped.
pub(crate) fn parse(
    input: &[u8],
    mut pos: usize,
    indent: usize,
    endings: &mut EndingCount,
    diags: &mut Diagnostics,
) -> Head {
    // Room for a typical head's headers at once, rather than grown by doubling.
    let mut headers: Vec<Header> = Vec::with_capacity(8);
    let mut checked = (0, "");
    loop {
        if pos >= input.len() {
            return Head {
                headers,
                end: HeadEnd::Eof,
            };
        }
        let line = line_at(input, pos);
        let raw = line.bytes(input);
        let stripped = raw
            .iter()
            .take(indent)
            .take_while(|&&b| is_space(b))
            .count();
        if stripped > 0 && !diags.has(Code::IndentedPaste) && !is_blank(raw) {
            diags.push(
                Code::IndentedPaste,
                Span::new(line.start, line.start + stripped),
            );
        }
        let text_start = line.start + stripped;
        let text = raw.get(stripped..).unwrap_or_default();

        if is_blank(text) {
            endings.add(line.ending);
            return Head {
                headers,
                end: HeadEnd::BlankLine {
                    body_start: line.next,
                },
            };
        }
        // Only a line starting with `H` can be a status line (most are not asked).
        if matches!(text.first(), Some(b'H' | b'h')) && status_line::parse(text).is_some() {
            diags.push(Code::MissingBlankLine, Span::new(line.start, line.end));
            return Head {
                headers,
                end: HeadEnd::NextResponse { at: text_start },
            };
        }
        endings.add(line.ending);
        let span = Span::new(line.start, line.end);
        // Past the limit a line is still read for where the head ends, but not kept.
        let full = headers.len() >= MAX_HEADERS;
        if super::line::find_byte(0, text).is_some() {
            diags.push(Code::NulBytes, span);
        }

        // obs-fold: a continuation of the previous field's value.
        if text.first().copied().is_some_and(is_space) {
            if full {
                pos = line.next;
                continue;
            }
            if let Some(previous) = headers.last_mut() {
                diags.push(Code::ObsFold, span);
                let continuation = lossy(trim(text), span, diags);
                if !continuation.is_empty() {
                    let value = value_mut(&mut previous.value);
                    if !value.is_empty() {
                        value.push(' ');
                    }
                    value.push_str(&continuation);
                }
                previous.span.end = line.end;
                if let Some(value) = previous.value_span.as_mut() {
                    value.end = line.end;
                }
                pos = line.next;
                continue;
            }
        }

        // HTTP/2 pseudo-headers (`:status: 502`) keep their leading colon in the name.
        let name_from = usize::from(text.first() == Some(&b':'));
        let colon = text
            .get(name_from..)
            .and_then(|rest| super::line::find_byte(b':', rest))
            .map(|i| i + name_from);
        match colon {
            Some(colon) => {
                let raw_name = text.get(..colon).unwrap_or_default();
                let name = trim(raw_name);
                if name.len() != raw_name.len() {
                    diags.push(Code::SpaceBeforeColon, span);
                }
                // The tables' spelling, when the name is written so (natively): a token.
                let known = spelling(name);
                // A pseudo-header's leading colon is allowed.
                let token = name.strip_prefix(b":").unwrap_or(name);
                if known.is_none() && (!token.iter().all(|&b| token_byte(b)) || name.is_empty()) {
                    diags.push(Code::InvalidHeaderName, span);
                }
                let after_colon = text.get(colon + 1..).unwrap_or_default();
                let value = trim(after_colon);
                let value_start = text_start
                    + colon
                    + 1
                    + after_colon
                        .iter()
                        .take_while(|&&b| b == b' ' || b == b'\t')
                        .count();
                if full {
                    skipped(span, diags);
                    pos = line.next;
                    continue;
                }
                // Natively only: the wasm module reads each part on its own (the same result),
                // for its size.
                let valid = if cfg!(target_arch = "wasm32") {
                    None
                } else {
                    utf8_line(input, text_start, line.end, &mut checked)
                };
                let name = match known {
                    Some(known) => HeaderName::from(known),
                    None => header_name(field(valid, text, name, span, diags).into_owned()),
                };
                headers.push(Header {
                    name,
                    value: common_value(value).unwrap_or_else(|| {
                        header_value(field(valid, text, value, span, diags).into_owned())
                    }),
                    span,
                    value_span: (value_start < line.end).then(|| Span::new(value_start, line.end)),
                });
            }
            None if looks_like_body(text) => {
                diags.push(Code::MissingBlankLine, span);
                return Head {
                    headers,
                    end: HeadEnd::BodyWithoutBlankLine {
                        body_start: line.start,
                    },
                };
            }
            None => {
                diags.push(Code::HeaderWithoutColon, span);
                if full {
                    skipped(span, diags);
                    pos = line.next;
                    continue;
                }
                headers.push(Header {
                    name: header_name(lossy(trim(text), span, diags).into_owned()),
                    value: HeaderValue::default(),
                    span,
                    value_span: None,
                });
            }
        }
        pos = line.next;
    }
}

/// How many bytes `utf8_line` validates at once: a typical head's lines in one call.
const UTF8_WINDOW: usize = 256;

/// `input[start..end]`, a line, as text when it is UTF-8: sliced from `checked`, the text
/// validated last (from where, and what of it is UTF-8), which is validated anew from `start`
/// (`UTF8_WINDOW` bytes, or the line) when it does not hold the line. One validation serves the
/// lines of a typical head, where each call costs more than its bytes; a window starts at a line
/// the one before did not hold whole, so no byte is validated more than twice (three times
/// before a byte that is not UTF-8, whose window's valid part is validated again to slice it),
/// and at most a window's bytes beyond the head.
fn utf8_line<'a>(
    input: &'a [u8],
    start: usize,
    end: usize,
    checked: &mut (usize, &'a str),
) -> Option<&'a str> {
    if start < checked.0 || end > checked.0 + checked.1.len() {
        let bytes = input
            .get(start..input.len().min(end.max(start + UTF8_WINDOW)))
            .unwrap_or_default();
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(bytes.get(..e.valid_up_to()).unwrap_or_default())
                .unwrap_or_default(),
        };
        *checked = (start, text);
    }
    checked.1.get(start - checked.0..end - checked.0)
}

/// A name or value (`part` of the line `line`) as text: from the line, validated as a whole
/// (`text`, when it is UTF-8: one validation rather than one per part), else as `lossy` reads it
/// (saying when it is not UTF-8).
fn field<'a>(
    text: Option<&'a str>,
    line: &'a [u8],
    part: &'a [u8],
    span: Span,
    diags: &mut Diagnostics,
) -> Cow<'a, str> {
    // Where `part` starts in the line, from the addresses (both are the paste's).
    let at = (part.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
    match text.and_then(|t| t.get(at..at + part.len())) {
        Some(text) => Cow::Borrowed(text),
        None => lossy(part, span, diags),
    }
}

/// `name` as one of [`spellings`], natively, when it is written so (most names of a head): a
/// Report borrows it rather than a copy.
fn spelling(name: &[u8]) -> Option<&'static str> {
    if !crate::FAST {
        return None;
    }
    let spellings = spellings();
    let id = spellings.ids.get(name)?;
    spellings.texts.get(id).copied()
}

/// The place among [`spellings`] of a name borrowed from them (natively; `None` for another
/// name): found from its address, so that the stages reading names index arrays by it rather
/// than look the name up again.
pub(crate) fn spelling_id(name: &str) -> Option<usize> {
    if !crate::FAST {
        return None;
    }
    let spellings = spellings();
    let offset = (name.as_ptr() as usize).checked_sub(spellings.buffer.as_ptr() as usize)?;
    let id = usize::from(*spellings.id_at.get(offset)?);
    // The same address and length: the same text.
    let text = spellings.texts.get(id)?;
    (text.as_ptr() == name.as_ptr() && text.len() == name.len()).then_some(id)
}

/// The header names the tables know (the header and note tables', not the notes' prefixes such
/// as `x-amz-`), as the tables spell them and as responses usually do (`Content-Type`),
/// numbered once. Natively only.
pub(crate) struct Spellings {
    ids: Ids,
    /// By id, each in `buffer`.
    pub(crate) texts: Vec<&'static str>,
    /// Every spelling, one after another (leaked: built once).
    buffer: &'static str,
    /// By offset in `buffer`: the id of the spelling starting there (`u16::MAX` elsewhere).
    id_at: Vec<u16>,
}

pub(crate) fn spellings() -> &'static Spellings {
    static SPELLINGS: OnceLock<Spellings> = OnceLock::new();
    SPELLINGS.get_or_init(|| {
        let tables = crate::knowledge::get();
        let names = tables.headers.iter().map(|e| e.name);
        let notes = tables.header_notes.iter().map(|n| n.name);
        let mut ids = Ids::default();
        let mut listed = Vec::new();
        for name in names.chain(notes.filter(|n| !n.ends_with('-'))) {
            for spelling in [name, title_case(name)] {
                if ids.id(spelling.as_bytes()) == listed.len() {
                    listed.push(spelling);
                }
            }
        }
        let buffer: &'static str = listed.concat().leak();
        let mut id_at = vec![u16::MAX; buffer.len()];
        let mut texts = Vec::with_capacity(listed.len());
        let mut at = 0;
        for (id, spelling) in listed.iter().enumerate() {
            if let Some(slot) = id_at.get_mut(at) {
                *slot = u16::try_from(id).unwrap_or(u16::MAX);
            }
            texts.push(buffer.get(at..at + spelling.len()).unwrap_or_default());
            at += spelling.len();
        }
        Spellings {
            ids,
            texts,
            buffer,
            id_at,
        }
    })
}

/// `content-type` → `Content-Type` (leaked: built once per name, here and for the explanation's
/// notes).
pub(crate) fn title_case(name: &str) -> &'static str {
    let mut title = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        title.push(if upper { c.to_ascii_uppercase() } else { c });
        upper = c == '-';
    }
    title.leak()
}

/// `value` as one of the values of most heads' headers (`close`, `text/html`), natively, when it
/// is written so: a Report borrows it rather than a copy. A `match`: the length picks the few
/// to compare.
fn common_value(value: &[u8]) -> Option<HeaderValue> {
    if !crate::FAST {
        return None;
    }
    let common = match value {
        b"close" => "close",
        b"keep-alive" => "keep-alive",
        b"text/html" => "text/html",
        b"timeout=5" => "timeout=5",
        b"text/html; charset=utf-8" => "text/html; charset=utf-8",
        b"text/plain; charset=utf-8" => "text/plain; charset=utf-8",
        b"application/json" => "application/json",
        b"nosniff" => "nosniff",
        b"0" => "0",
        b"application/json; charset=utf-8" => "application/json; charset=utf-8",
        b"text/html; charset=UTF-8" => "text/html; charset=UTF-8",
        b"same-origin" => "same-origin",
        b"no-cache" => "no-cache",
        b"text/html;charset=utf-8" => "text/html;charset=utf-8",
        b"Express" => "Express",
        b"chunked" => "chunked",
        b"text/plain" => "text/plain",
        b"DENY" => "DENY",
        b"SAMEORIGIN" => "SAMEORIGIN",
        b"uvicorn" => "uvicorn",
        b"gunicorn" => "gunicorn",
        b"nginx" => "nginx",
        b"en" => "en",
        b"default-src 'none'" => "default-src 'none'",
        b"text/html; charset=iso-8859-1" => "text/html; charset=iso-8859-1",
        b"application/json; charset=UTF-8" => "application/json; charset=UTF-8",
        b"no-cache, private" => "no-cache, private",
        b"no-store" => "no-store",
        b"Accept-Encoding" => "Accept-Encoding",
        b"Accept" => "Accept",
        b"Origin" => "Origin",
        b"waitress" => "waitress",
        b"Varnish" => "Varnish",
        b"1" => "1",
        _ => return None,
    };
    Some(HeaderValue::from(common))
}

/// A header's value, to append a continuation line to.
fn value_mut(value: &mut HeaderValue) -> &mut String {
    #[cfg(not(target_arch = "wasm32"))]
    return value.to_mut();
    #[cfg(target_arch = "wasm32")]
    return value;
}

/// A header line past `MAX_HEADERS`: said once, at the first one.
fn skipped(span: Span, diags: &mut Diagnostics) {
    if !diags.has(Code::TooManyHeaders) {
        diags.push(Code::TooManyHeaders, span);
    }
}

/// Whether a line can start a header block: a field name, a colon, and no space inside the name.
pub(crate) fn looks_like_header_line(line: &[u8]) -> bool {
    let name_from = usize::from(line.first() == Some(&b':'));
    let Some(colon) = line
        .get(name_from..)
        .and_then(|rest| memchr::memchr(b':', rest))
        .map(|i| i + name_from)
    else {
        return false;
    };
    let name = line.get(name_from..colon).unwrap_or_default();
    !name.is_empty() && name.iter().all(|&b| is_token_char(b))
}

fn looks_like_body(text: &[u8]) -> bool {
    matches!(trim(text).first(), Some(b'<' | b'{' | b'['))
}

/// `is_token_char`, natively from a table of the 256 bytes (a load rather than a shift per byte
/// of every name); the wasm module keeps to the bits, for its size.
fn token_byte(b: u8) -> bool {
    #[allow(clippy::indexing_slicing)] // evaluated at compile time: an index out of range fails the build
    static TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0u8;
        loop {
            table[b as usize] = is_token_char(b);
            if b == u8::MAX {
                break table;
            }
            b += 1;
        }
    };
    if cfg!(target_arch = "wasm32") {
        is_token_char(b)
    } else {
        TABLE.get(usize::from(b)).copied().unwrap_or(false)
    }
}

/// RFC 9110 `tchar`: a look-up in a table of the 128 ASCII bytes, as bits (a header name's
/// every byte is checked).
pub(crate) const fn is_token_char(b: u8) -> bool {
    const TCHAR: u128 = {
        let mut bits = 0u128;
        let mut b = 0u8;
        while b < 128 {
            if b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'!' | b'#'
                        | b'$'
                        | b'%'
                        | b'&'
                        | b'\''
                        | b'*'
                        | b'+'
                        | b'-'
                        | b'.'
                        | b'^'
                        | b'_'
                        | b'`'
                        | b'|'
                        | b'~'
                )
            {
                bits |= 1 << b;
            }
            b += 1;
        }
        bits
    };
    // One 64-bit half: a shift of the 128-bit word costs several instructions per byte.
    #[allow(clippy::cast_possible_truncation)] // each half on purpose
    let half = if b < 64 {
        TCHAR as u64
    } else {
        (TCHAR >> 64) as u64
    };
    b < 128 && (half >> (b & 63)) & 1 == 1
}

/// UTF-8 text for display; non-UTF-8 bytes are replaced and diagnosed once per line.
fn lossy<'a>(bytes: &'a [u8], span: Span, diags: &mut Diagnostics) -> Cow<'a, str> {
    let text = super::line::lossy(bytes);
    if matches!(text, Cow::Owned(_)) {
        diags.push(Code::NonUtf8, span);
    }
    text
}

/// All values of the header `name` (ASCII case-insensitive), in order.
pub(crate) fn values<'h>(
    headers: &'h [Header],
    name: &'h str,
) -> impl Iterator<Item = &'h Header> + 'h {
    headers
        .iter()
        .filter(move |h| h.name.eq_ignore_ascii_case(name))
}

/// The first value of the header `name`.
pub(crate) fn first<'h>(headers: &'h [Header], name: &str) -> Option<&'h Header> {
    headers.iter().find(|h| h.name.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every common value is borrowed, and none holds a secret under a name no credential's
    /// ends like (`secrets::plainly_common` skips them).
    #[test]
    fn common_values_hold_no_secret() {
        for value in [
            "close",
            "keep-alive",
            "text/html",
            "timeout=5",
            "text/html; charset=utf-8",
            "text/plain; charset=utf-8",
            "application/json",
            "nosniff",
            "0",
            "application/json; charset=utf-8",
            "text/html; charset=UTF-8",
            "same-origin",
            "no-cache",
            "text/html;charset=utf-8",
            "Express",
            "chunked",
            "text/plain",
            "DENY",
            "SAMEORIGIN",
            "uvicorn",
            "gunicorn",
            "nginx",
            "en",
            "default-src 'none'",
            "text/html; charset=iso-8859-1",
            "application/json; charset=UTF-8",
            "no-cache, private",
            "no-store",
            "Accept-Encoding",
            "Accept",
            "Origin",
            "waitress",
            "Varnish",
            "1",
        ] {
            assert!(common_value(value.as_bytes()).is_some(), "{value}");
            assert!(
                crate::input::secrets::secret_ranges("X-Any", value).is_empty(),
                "{value}"
            );
        }
    }

    /// Each spelling is found by its address, a copy of it is not, and a name the reader
    /// borrows is one of them.
    #[test]
    fn spellings_are_found_by_address() {
        let texts = &spellings().texts;
        for (id, text) in texts.iter().enumerate() {
            assert_eq!(spelling_id(text), Some(id), "{text}");
            assert_eq!(spelling_id(&String::from(*text)), None, "{text}");
            assert_eq!(text.get(1..).and_then(spelling_id), None, "{text}");
            let borrowed = spelling(text.as_bytes()).unwrap_or_default();
            assert_eq!(spelling_id(borrowed), Some(id), "{text}");
        }
    }

    /// The spellings a name is borrowed from are tokens (their names skip the check).
    #[test]
    fn spellings_are_tokens() {
        for spelling in &spellings().texts {
            assert!(
                !spelling.is_empty() && spelling.bytes().all(is_token_char),
                "{spelling}"
            );
        }
    }

    /// Names and values read through `utf8_line`'s windows are what each line's own validation
    /// gives: lines that are not UTF-8, characters across a window's end, lines longer than one.
    #[test]
    fn windows_read_as_each_line_alone() {
        let pieces: [&[u8]; 6] = [
            b"X-A: plain",
            "X-\u{e9}: caf\u{e9} \u{2603}".as_bytes(),
            b"X-Bad: \xff\xfe end",
            b"X-Cut: \xe2\x98",
            b"",
            b"Long: ",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..500 {
            let mut input = b"HTTP/1.1 200 OK\r\n".to_vec();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let piece = pieces[(seed >> 8) as usize % pieces.len()];
                if piece.is_empty() {
                    continue;
                }
                input.extend_from_slice(piece);
                if piece == b"Long: " {
                    input.extend(std::iter::repeat(b'\xc3').take((seed >> 20) as usize % 300));
                    input
                        .extend_from_slice("\u{e9}".repeat((seed >> 30) as usize % 200).as_bytes());
                }
                input.extend_from_slice(b"\r\n");
            }
            input.extend_from_slice(b"\r\nbody");
            let head = parse(
                &input,
                17,
                0,
                &mut EndingCount::default(),
                &mut Diagnostics::default(),
            );
            for header in head.headers {
                let line = &input[header.span.start..header.span.end];
                let colon = line.iter().position(|&b| b == b':').unwrap();
                let name = String::from_utf8_lossy(trim(&line[..colon]));
                let value = String::from_utf8_lossy(trim(&line[colon + 1..]));
                assert_eq!((&*header.name, &*header.value), (&*name, &*value));
            }
        }
    }
}
