//! The status line: `HTTP/1.1 502 Bad Gateway`, `HTTP/2 502` as curl prints it, `HTTP/1.1 404 `.

use super::line::is_space;

/// A status line's parts, as offsets relative to the start of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StatusLine {
    pub version: (usize, usize),
    pub code: u16,
    /// The reason phrase, when the line has a non-empty one.
    pub reason: Option<(usize, usize)>,
}

/// Reads `line` as a status line. `None` when it does not start like one; the caller then
/// treats the line as something else (a header, a body).
pub(crate) fn parse(line: &[u8]) -> Option<StatusLine> {
    let prefix = line.get(..5)?;
    // Natively, `HTTP/` in either case as one compare: a letter's case is its 0x20 bit, and
    // only `H` and `h` give `h` with it set (so for `T` and `P`). The wasm module keeps the
    // smaller loop; the result is the same.
    let http = match *prefix {
        [h, t, t2, p, b'/'] if crate::FAST => {
            u32::from_le_bytes([h, t, t2, p]) | 0x2020_2020 == u32::from_le_bytes(*b"http")
        }
        _ => prefix.eq_ignore_ascii_case(b"HTTP/"),
    };
    if !http {
        return None;
    }
    // Natively, `1.1 ` (most) at once: the same length.
    let version_len = match line.get(5..9) {
        Some(b"1.1 ") if crate::FAST => 3,
        _ => line
            .get(5..)?
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .count(),
    };
    if version_len == 0 || version_len > 4 {
        return None;
    }
    let version_end = 5 + version_len;
    let spaces = line
        .get(version_end..)?
        .iter()
        .take_while(|&&b| is_space(b))
        .count();
    if spaces == 0 {
        return None;
    }
    let code_start = version_end + spaces;
    let digits = line.get(code_start..code_start + 3)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code = digits
        .iter()
        .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'));
    let after = code_start + 3;
    let reason = match line.get(after) {
        None => None,
        Some(&b) if is_space(b) => {
            let text = line.get(after..).unwrap_or_default();
            let start = after + text.iter().take_while(|&&b| is_space(b)).count();
            let end = line.len()
                - line
                    .iter()
                    .rev()
                    .take_while(|&&b| is_space(b) || b == b'\r')
                    .count();
            (end > start).then_some((start, end))
        }
        // `HTTP/1.1 5023` is not a status line.
        Some(_) => return None,
    };
    Some(StatusLine {
        version: (5, version_end),
        code,
        reason,
    })
}

/// `version` when it is one that exists (as written after `HTTP/`, including curl's `2` and
/// `3`), as text a Report borrows.
pub(crate) fn known_version(version: &[u8]) -> Option<&'static str> {
    ["0.9", "1.0", "1.1", "2", "2.0", "3", "3.0"]
        .into_iter()
        .find(|v| v.as_bytes() == version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_forms() {
        let s = parse(b"HTTP/1.1 502 Bad Gateway").unwrap();
        assert_eq!((s.code, s.version, s.reason), (502, (5, 8), Some((13, 24))));
        let s = parse(b"HTTP/2 502").unwrap();
        assert_eq!((s.code, s.reason), (502, None));
        let s = parse(b"HTTP/1.1 404 ").unwrap();
        assert_eq!((s.code, s.reason), (404, None));
        assert_eq!(parse(b"http/1.0 200 OK").unwrap().code, 200);
        // `1.1 ` read at once (natively) as the loop reads it.
        let s = parse(b"HTTP/1.1  404 Not Found").unwrap();
        assert_eq!((s.code, s.version, s.reason), (404, (5, 8), Some((14, 23))));
        assert_eq!(parse(b"HTTP/1.1x 404"), None);
    }

    #[test]
    fn rejects_what_is_not_a_status_line() {
        for line in [
            &b"HTTP/1.1"[..],
            b"HTTP/ 200",
            b"HTTP/1.1 20",
            b"HTTP/1.1 2000 OK",
            b"HTTP/1.1 abc",
            b"Server: nginx",
            b"",
        ] {
            assert_eq!(parse(line), None, "{}", String::from_utf8_lossy(line));
        }
    }
}
