//! The literals client libraries print: Python `repr` strings and dicts (`{'Server': 'nginx'}`),
//! JavaScript strings as `util.inspect` and Chromium's console show them (`'<html>\r\n' +`), and
//! object literals (`{ status: 502, ok: false }`). Read in place, borrowing the input; what is
//! decoded goes into a `Builder` with its source range, so spans lead back to the paste.
//!
//! Invariants: never panics; every scan advances and stops at the end of the input, so the
//! readers are linear; nesting is followed by counting brackets, not by recursion, except
//! `to_json`, whose recursion is bounded by `MAX_DEPTH`.

use super::spans::Builder;
use crate::report::Span;

/// How deep `to_json` follows nested objects before writing the rest as a string.
const MAX_DEPTH: usize = 32;

/// A quoted string in the input: its span includes the quotes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Quoted {
    pub span: Span,
}

impl Quoted {
    /// The span of the content, inside the quotes.
    pub(crate) fn inner(self) -> Span {
        Span::new(
            (self.span.start + 1).min(self.span.end),
            self.span.end.saturating_sub(1).max(self.span.start),
        )
    }
}

/// The string literal starting at `at` (a `'` or `"`; a backtick too), ending on the same line.
pub(crate) fn quoted_at(input: &[u8], at: usize) -> Option<Quoted> {
    let quote = *input.get(at).filter(|q| matches!(q, b'\'' | b'"' | b'`'))?;
    let mut i = at + 1;
    while let Some(&b) = input.get(i) {
        match b {
            b'\\' => i += 2,
            b'\n' => return None,
            _ if b == quote => {
                return Some(Quoted {
                    span: Span::new(at, i + 1),
                })
            }
            _ => i += 1,
        }
    }
    None
}

/// One escape at `at` (the backslash): the code point it stands for and its length as written.
/// Python `repr` and JavaScript share these: `\n \r \t \b \f \v \0 \xHH \uHHHH \u{H…}
/// \UHHHHHHHH`, and a backslash before any other character stands for that character.
fn escape(input: &[u8], at: usize) -> (char, usize) {
    let hex = |from: usize, len: usize| -> Option<u32> {
        let digits = input.get(from..from + len)?;
        u32::try_from(crate::http::line::parse_hex(digits)?).ok()
    };
    let code = |v: Option<u32>| v.and_then(char::from_u32).unwrap_or('\u{fffd}');
    match input.get(at + 1) {
        Some(b'n') => ('\n', 2),
        Some(b'r') => ('\r', 2),
        Some(b't') => ('\t', 2),
        Some(b'b') => ('\u{8}', 2),
        Some(b'f') => ('\u{c}', 2),
        Some(b'v') => ('\u{b}', 2),
        Some(b'0') => ('\0', 2),
        Some(b'x') => (code(hex(at + 2, 2)), 4),
        Some(b'u') if input.get(at + 2) == Some(&b'{') => {
            let close = input
                .get(at + 3..)
                .and_then(|rest| rest.iter().take(8).position(|&b| b == b'}'));
            match close {
                Some(len) => (code(hex(at + 3, len)), len + 4),
                None => ('\u{fffd}', 2),
            }
        }
        Some(b'u') => (code(hex(at + 2, 4)), 6),
        Some(b'U') => (code(hex(at + 2, 8)), 10),
        Some(&other) if other.is_ascii() => (char::from(other), 2),
        // A backslash before a multi-byte character, or at the end: kept as written.
        _ => ('\\', 1),
    }
}

/// The decoded content of a string literal.
pub(crate) fn decode(input: &[u8], q: Quoted) -> String {
    let mut b = Builder::default();
    append(&mut b, input, q);
    crate::http::line::lossy_owned(&b.text)
}

/// Appends the decoded content of a string literal, each piece mapped to where it is written.
pub(crate) fn append(b: &mut Builder, input: &[u8], q: Quoted) {
    let inner = q.inner();
    let mut run = inner.start;
    let mut i = inner.start;
    while i < inner.end {
        if input.get(i) == Some(&b'\\') {
            b.copy(input, Span::new(run, i));
            let (c, len) = escape(input, i);
            let len = len.min(inner.end - i).max(1);
            let mut utf8 = [0u8; 4];
            b.mapped(c.encode_utf8(&mut utf8).as_bytes(), Span::new(i, i + len));
            i += len;
            run = i;
        } else {
            i += 1;
        }
    }
    b.copy(input, Span::new(run, inner.end));
}

/// `'a' +⏎ 'b' + 'c'`: the pieces of a string `util.inspect` splits over lines, starting at `at`,
/// and where they end.
pub(crate) fn concatenation(input: &[u8], at: usize) -> Option<(Vec<Quoted>, usize)> {
    let mut pieces = vec![quoted_at(input, at)?];
    let mut end = pieces.last().map_or(at, |q| q.span.end);
    loop {
        let plus = skip_space(input, end);
        if input.get(plus) != Some(&b'+') {
            return Some((pieces, end));
        }
        let next = skip_space(input, plus + 1);
        match quoted_at(input, next) {
            Some(q) => {
                end = q.span.end;
                pieces.push(q);
            }
            None => return Some((pieces, end)),
        }
    }
}

/// The first byte at or after `at` that is not whitespace (line breaks and U+00A0, which
/// Chromium's console writes between a class name and its object, included).
pub(crate) fn skip_space(input: &[u8], mut at: usize) -> usize {
    loop {
        match input.get(at..) {
            Some([b' ' | b'\t' | b'\r' | b'\n', ..]) => at += 1,
            Some([0xc2, 0xa0, ..]) => at += 2,
            _ => return at,
        }
    }
}

/// The end of the value starting at `at`: a string, or anything up to the next `,` or closing
/// bracket at its own depth (brackets inside strings not counted). Stops at `limit`.
fn value_end(input: &[u8], at: usize, limit: usize) -> usize {
    let mut depth = 0usize;
    let mut i = at;
    while i < limit {
        let Some(&b) = input.get(i) else { break };
        match b {
            b'\'' | b'"' | b'`' => {
                if let Some(q) = quoted_at(input, i) {
                    i = q.span.end;
                    continue;
                }
            }
            b'{' | b'[' | b'(' => depth += 1,
            b'}' | b']' | b')' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return i,
            },
            b',' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    i.min(limit)
}

/// The bracket closing the one at `open`, or `None` when the input ends first.
pub(crate) fn closing(input: &[u8], open: usize) -> Option<usize> {
    let mut at = open + 1;
    loop {
        let end = value_end(input, at, input.len());
        match input.get(end) {
            Some(b'}' | b']' | b')') => return Some(end),
            // A comma between two entries.
            Some(_) => at = end + 1,
            None => return None,
        }
    }
}

/// One `key: value` of an object literal (`key` is `None` in an array, or for an entry written
/// without a key, such as Chromium's `…`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub key: Option<Span>,
    pub value: Span,
}

/// The entries between the bracket at `open` and the one closing it; `None` when it is not
/// closed. Keys are bare words, quoted strings or `[Symbol(…)]`.
pub(crate) fn entries(input: &[u8], open: usize) -> Option<Vec<Entry>> {
    let close = closing(input, open)?;
    let mut out = Vec::new();
    let mut at = skip_space(input, open + 1);
    while at < close {
        let start = at;
        let key_end = key_end(input, at, close);
        let (key, value_start) = match key_end {
            Some(end) => {
                let colon = skip_space(input, end);
                (Some(Span::new(start, end)), skip_space(input, colon + 1))
            }
            None => (None, start),
        };
        let end = value_end(input, value_start, close);
        out.push(Entry {
            key,
            value: Span::new(value_start, trim_end(input, value_start, end)),
        });
        // Past the comma (always at least one byte forward).
        at = skip_space(input, end.max(start) + 1);
    }
    Some(out)
}

/// A key at `at` followed by `:` (`status: 502`, `'content-type': 'x'`, `[Symbol(x)]: {`):
/// the key and where its value starts.
pub(crate) fn key_at(input: &[u8], at: usize, limit: usize) -> Option<(Span, usize)> {
    let end = key_end(input, at, limit)?;
    let colon = skip_space(input, end);
    Some((Span::new(at, end), skip_space(input, colon + 1).min(limit)))
}

/// Where the key starting at `at` ends, when a `:` follows it.
fn key_end(input: &[u8], at: usize, limit: usize) -> Option<usize> {
    let end = match input.get(at)? {
        b'\'' | b'"' => quoted_at(input, at)?.span.end,
        b'[' => closing(input, at)? + 1,
        _ => {
            at + input
                .get(at..limit)?
                .iter()
                .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'-'))
                .count()
        }
    };
    let colon = skip_space(input, end);
    (end > at && colon < limit && input.get(colon) == Some(&b':')).then_some(end)
}

fn trim_end(input: &[u8], start: usize, mut end: usize) -> usize {
    while end > start && input.get(end - 1).is_some_and(|b| b.is_ascii_whitespace()) {
        end -= 1;
    }
    end
}

/// A key as text: decoded when quoted, as written otherwise.
pub(crate) fn key_text(input: &[u8], key: Span) -> String {
    match quoted_at(input, key.start).filter(|q| q.span.end == key.end) {
        Some(q) => decode(input, q),
        None => crate::http::line::lossy_owned(input.get(key.start..key.end).unwrap_or_default()),
    }
}

/// The entry with this key.
pub(crate) fn get<'e>(input: &[u8], entries: &'e [Entry], key: &str) -> Option<&'e Entry> {
    entries
        .iter()
        .find(|e| e.key.is_some_and(|k| key_text(input, k) == key))
}

/// A value as a string literal.
pub(crate) fn string(input: &[u8], value: Span) -> Option<Quoted> {
    quoted_at(input, value.start).filter(|q| q.span.end == value.end)
}

/// Writes a printed object or array literal as JSON: keys quoted, strings re-escaped, numbers
/// and `true`/`false`/`null` as written. What JSON cannot hold (`undefined`, `[Function]`,
/// `[Object]` where the printer stopped descending) is written as a string of its text;
/// entries without a key (Chromium's `…`) are left out.
pub(crate) fn to_json(b: &mut Builder, input: &[u8], value: Span, depth: usize) {
    let text = input.get(value.start..value.end).unwrap_or_default();
    let first = text.first().copied();
    if let Some(q) = string(input, value) {
        json_string(b, &decode(input, q), value);
        return;
    }
    let container = matches!(first, Some(b'{' | b'['))
        && closing(input, value.start).is_some_and(|c| c + 1 == value.end);
    let object = first == Some(b'{');
    // `[Function: x]`, `[Object: null prototype]`: a bracket that holds a name, not an array.
    let entries = container
        .then(|| entries(input, value.start))
        .flatten()
        .filter(|e| depth < MAX_DEPTH && (object || e.iter().all(|e| e.key.is_none())));
    if let Some(entries) = entries {
        b.added(if object { b"{" } else { b"[" }, value.start);
        let mut written = 0;
        for entry in entries {
            if entry.value.is_empty() || (object && entry.key.is_none()) {
                continue;
            }
            if input.get(entry.value.start..entry.value.end) == Some("…".as_bytes()) {
                continue;
            }
            if written > 0 {
                b.added(b", ", entry.value.start);
            }
            if let Some(key) = entry.key.filter(|_| object) {
                json_string(b, &key_text(input, key), key);
                b.added(b": ", key.end);
            }
            to_json(b, input, entry.value, depth + 1);
            written += 1;
        }
        b.added(
            if object { b"}" } else { b"]" },
            value.end.saturating_sub(1),
        );
        return;
    }
    let literal = matches!(text, b"true" | b"false" | b"null")
        || (!text.is_empty()
            && text
                .iter()
                .all(|&b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'e' | b'E' | b'+'))
            && text.iter().any(u8::is_ascii_digit));
    if literal {
        b.copy(input, value);
    } else {
        json_string(b, &crate::http::line::lossy(text), value);
    }
}

fn json_string(b: &mut Builder, text: &str, from: Span) {
    let mut out = String::with_capacity(text.len() + 2);
    crate::json::write_string(&mut out, text);
    b.mapped(out.as_bytes(), from);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_decode_with_their_escapes() {
        let input = br#"x '<html>\r\n\x3C!-- it\'s -->' y"#;
        let q = quoted_at(input, 2).unwrap();
        assert_eq!(decode(input, q), "<html>\r\n<!-- it's -->");
        assert!(quoted_at(b"'open\n'", 0).is_none());
        let input = b"data: '<html>\\r\\n' +\n    '</html>\\r\\n',\n";
        let (pieces, end) = concatenation(input, 6).unwrap();
        assert_eq!(pieces.len(), 2);
        assert_eq!(input.get(end), Some(&b','));
    }

    #[test]
    fn python_and_javascript_objects() {
        let input = b"{'Server': 'nginx', 'Content-Length': '157'}";
        let e = entries(input, 0).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(key_text(input, e[1].key.unwrap()), "Content-Length");
        assert_eq!(decode(input, string(input, e[1].value).unwrap()), "157");
        let input =
            "Response\u{a0}{type: 'basic', url: 'http://x/a,b', status: 502, ok: false,\u{a0}…}";
        let input = input.as_bytes();
        let open = input.iter().position(|&b| b == b'{').unwrap();
        let e = entries(input, open).unwrap();
        let status = get(input, &e, "status").unwrap().value;
        assert_eq!(&input[status.start..status.end], b"502");
        assert_eq!(e.len(), 5);
        assert!(e[4].key.is_none());
    }

    #[test]
    fn objects_become_json() {
        let input = b"{error: 'maintenance', retry_after: 30, tags: [ 'a', \"b\" ], f: [Function: x], \xe2\x80\xa6}";
        let mut b = Builder::default();
        to_json(&mut b, input, Span::new(0, input.len()), 0);
        assert_eq!(
            String::from_utf8(b.text).unwrap(),
            r#"{"error": "maintenance", "retry_after": 30, "tags": ["a", "b"], "f": "[Function: x]"}"#
        );
    }
}
