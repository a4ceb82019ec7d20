//! Line reading over the raw input: CRLF, bare LF, or a mix, with offsets kept.

use memchr::memchr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    CrLf,
    Lf,
    /// The input ended without a line break.
    Eof,
}

/// One line of the input: `[start, end)` without its terminator; `next` is where the next line starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
    pub ending: Ending,
}

impl Line {
    pub(crate) fn bytes<'a>(&self, input: &'a [u8]) -> &'a [u8] {
        input.get(self.start..self.end).unwrap_or_default()
    }
}

/// The bytes as text, each invalid sequence replaced by U+FFFD as `String::from_utf8_lossy`
/// does (its `error_len` is the maximal invalid subpart). Built on `str::from_utf8` alone, which
/// has a fast path for ASCII and is in the module anyway: `from_utf8_lossy` and its `Utf8Chunks`
/// are 1 KB of wasm.
pub(crate) fn lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let mut rest = match std::str::from_utf8(bytes) {
        Ok(text) => return std::borrow::Cow::Borrowed(text),
        Err(_) => bytes,
    };
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return std::borrow::Cow::Owned(out);
            }
            Err(e) => {
                let valid = rest.get(..e.valid_up_to()).unwrap_or_default();
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                out.push('\u{fffd}');
                let skip = e.error_len().map_or(rest.len(), |n| e.valid_up_to() + n);
                rest = rest.get(skip..).unwrap_or_default();
            }
        }
    }
}

/// `lossy` as an owned String: one call at each of the two dozen places that keep the text.
pub(crate) fn lossy_owned(bytes: &[u8]) -> String {
    lossy(bytes).into_owned()
}

/// Where the first `needle` of `bytes` is: `memchr` for the searches that find their byte a few
/// dozen bytes on (a line's end, the next colon of a page). Natively memchr's SSE2 searcher,
/// called directly: `memchr`'s dispatch (to AVX2 where the CPU has it) costs more than such a
/// search.
#[cfg(target_arch = "x86_64")]
pub(crate) fn find_byte(needle: u8, bytes: &[u8]) -> Option<usize> {
    match memchr::arch::x86_64::sse2::memchr::One::new(needle) {
        Some(searcher) => searcher.find(bytes),
        None => memchr(needle, bytes),
    }
}

/// Where the first `needle` of `bytes` is.
#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn find_byte(needle: u8, bytes: &[u8]) -> Option<usize> {
    memchr(needle, bytes)
}

/// Where the first `\n` of `bytes` is, for a line that is likely short: the first 64 bytes are
/// searched on their own, 16 at a time, which costs a short line less than memchr's loop over
/// 64-byte blocks (a page's lines mostly fit: 32 left half of a stylesheet's to a second search,
/// 128 was slower on every page measured).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn find_line_end(bytes: &[u8]) -> Option<usize> {
    match bytes.get(..64) {
        Some(head) => {
            find_byte(b'\n', head).or_else(|| find_byte(b'\n', bytes.get(64..)?).map(|i| i + 64))
        }
        None => find_byte(b'\n', bytes),
    }
}

/// Where the first `\n` of `bytes` is.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
pub(crate) fn find_line_end(bytes: &[u8]) -> Option<usize> {
    memchr(b'\n', bytes)
}

/// The line starting at `pos` (which must be at most `input.len()`).
pub(crate) fn line_at(input: &[u8], pos: usize) -> Line {
    let rest = input.get(pos..).unwrap_or_default();
    match find_line_end(rest) {
        Some(i) => {
            let nl = pos + i;
            let crlf = nl > pos && input.get(nl - 1) == Some(&b'\r');
            Line {
                start: pos,
                end: if crlf { nl - 1 } else { nl },
                next: nl + 1,
                ending: if crlf { Ending::CrLf } else { Ending::Lf },
            }
        }
        None => Line {
            start: pos,
            end: input.len(),
            next: input.len(),
            ending: Ending::Eof,
        },
    }
}

pub(crate) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

pub(crate) const fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0b' | b'\x0c')
}

/// The words of a line: its runs of bytes between spaces and tabs (`split(is_space)` without the
/// empty pieces). One iterator for the readers that split a line so: each `split(…).filter(…)`
/// was an instance of its own.
pub(crate) struct Words<'a>(pub(crate) &'a [u8]);

impl<'a> Iterator for Words<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let start = self.0.iter().position(|&b| !is_space(b))?;
        let rest = self.0.get(start..).unwrap_or_default();
        let len = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
        self.0 = rest.get(len..).unwrap_or_default();
        rest.get(..len)
    }
}

/// `text` as `str::parse::<u16>` reads it (an optional `+`, decimal digits, no overflow).
pub(crate) fn parse_u16(text: &[u8]) -> Option<u16> {
    parse_u64(text).and_then(|n| u16::try_from(n).ok())
}

/// `text` as `str::parse::<u64>` reads it (an optional `+`, decimal digits, no overflow), without
/// `from_utf8` first and the generic parser (an instance per integer type); narrower integers
/// are read through it and `try_from`.
pub(crate) fn parse_u64(text: &[u8]) -> Option<u64> {
    parse_radix(text, 10)
}

/// `text` as `u64::from_str_radix(text, 16)` reads it (an optional `+`, hex digits of either
/// case, no overflow).
pub(crate) fn parse_hex(text: &[u8]) -> Option<u64> {
    parse_radix(text, 16)
}

fn parse_radix(text: &[u8], radix: u32) -> Option<u64> {
    let digits = match text {
        [b'+', rest @ ..] => rest,
        _ => text,
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for &d in digits {
        let d = char::from(d).to_digit(radix)?;
        n = n.checked_mul(u64::from(radix))?.checked_add(u64::from(d))?;
    }
    Some(n)
}

/// Position of the first byte at or after `pos` that is not whitespace (or `input.len()`).
// Plain loops: the iterator chains (`rev().take_while().count()`) compiled to three times the
// code in the wasm module.
pub(crate) fn skip_whitespace(input: &[u8], pos: usize) -> usize {
    let mut at = pos;
    while input.get(at).is_some_and(|&b| is_whitespace(b)) {
        at += 1;
    }
    at
}

pub(crate) fn trim(bytes: &[u8]) -> &[u8] {
    let mut rest = bytes;
    while let [first, tail @ ..] = rest {
        if !is_whitespace(*first) {
            break;
        }
        rest = tail;
    }
    while let [head @ .., last] = rest {
        if !is_whitespace(*last) {
            break;
        }
        rest = head;
    }
    rest
}

/// `text` without the trailing ASCII `bytes`: `trim_end_matches` without a searcher per pattern.
pub(crate) fn trim_end_of<'a>(text: &'a str, bytes: &[u8]) -> &'a str {
    // The byte kept last is followed by ASCII only: the cut is on a character boundary.
    let end = text
        .as_bytes()
        .iter()
        .rposition(|b| !bytes.contains(b))
        .map_or(0, |at| at + 1);
    text.get(..end).unwrap_or(text)
}

/// `text` without the double quotes around it (any number): `trim_matches('"')`.
pub(crate) fn unquote(text: &str) -> &str {
    let start = text.bytes().position(|b| b != b'"').unwrap_or(text.len());
    trim_end_of(text.get(start..).unwrap_or(""), b"\"")
}

/// What follows the last `delimiter` (an ASCII byte) in `text`, or all of it: `rsplit(c).next()`
/// without the reverse searcher's code.
pub(crate) fn after_last(text: &str, delimiter: u8) -> &str {
    memchr::memrchr(delimiter, text.as_bytes())
        .and_then(|at| text.get(at + 1..))
        .unwrap_or(text)
}

pub(crate) fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(|&b| is_whitespace(b))
}

/// Counts how the head's lines end, to report bare LF and mixed endings once per paste.
#[derive(Debug, Default, Clone, Copy)]
pub struct EndingCount {
    pub crlf: usize,
    pub lf: usize,
}

impl EndingCount {
    pub fn add(&mut self, ending: Ending) {
        match ending {
            Ending::CrLf => self.crlf += 1,
            Ending::Lf => self.lf += 1,
            Ending::Eof => {}
        }
    }
}

#[cfg(test)]
mod tests {
    /// `Words` gives what `split(is_space)` without the empty pieces gives.
    #[test]
    fn words_are_the_non_empty_pieces() {
        for line in [
            &b""[..],
            b"  ",
            b"GET / HTTP/1.1",
            b"\t502  0.1 \t",
            b"a\tb",
            b" x",
        ] {
            let expected: Vec<&[u8]> = line
                .split(|&b| super::is_space(b))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(super::Words(line).collect::<Vec<_>>(), expected);
        }
    }

    /// `parse_u16` reads what `str::parse::<u16>` reads.
    #[test]
    fn parse_u16_matches_str_parse() {
        let mut cases: Vec<String> = [
            "",
            "+",
            "-",
            "-0",
            "+00",
            "++1",
            "65535",
            "65536",
            "0065535",
            "18446744073709551615",
            "+18446744073709551615",
            "18446744073709551616",
            "99999999999999999999",
            "ff",
            "+FfA0",
            "ffffffffffffffff",
            "10000000000000000",
            "fg",
            "0x1f",
            "-f",
            "000000000000000000000000001",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for n in (0..70_000).step_by(7) {
            cases.push(n.to_string());
            cases.push(format!("+{n}"));
            cases.push(format!("{n}x"));
        }
        for case in cases {
            assert_eq!(
                super::parse_u16(case.as_bytes()),
                case.parse::<u16>().ok(),
                "{case}"
            );
            assert_eq!(
                super::parse_u64(case.as_bytes()),
                case.parse::<u64>().ok(),
                "{case}"
            );
            assert_eq!(
                super::parse_hex(case.as_bytes()),
                u64::from_str_radix(&case, 16).ok(),
                "{case}"
            );
        }
        assert_eq!(super::parse_u16(b"\xff12"), None);
    }

    /// `lossy` replaces exactly what `String::from_utf8_lossy` does.
    #[test]
    fn lossy_matches_from_utf8_lossy() {
        let cases: &[&[u8]] = &[
            b"",
            b"plain",
            b"\xff",
            b"a\xffb\xfe",
            b"\xe2\x82",
            b"x\xe2\x82",
            b"\xe2\x82\xac\xf0\x9f\x98",
            b"\xf0\x80\x80\x80a",
            b"\xed\xa0\x80z",
            b"\xc0\xafend\xc3",
            "caf\u{e9}".as_bytes(),
        ];
        for &case in cases {
            assert_eq!(
                super::lossy(case),
                String::from_utf8_lossy(case),
                "{case:?}"
            );
        }
        for a in 0..=255u8 {
            for b in [0x80u8, 0xa0, 0xbf, 0xc0, b'a', 0xff] {
                let case = [a, b, 0x80, b'z'];
                assert_eq!(super::lossy(&case), String::from_utf8_lossy(&case));
            }
        }
    }
}
