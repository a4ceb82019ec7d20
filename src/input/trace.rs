//! `curl --trace` and `--trace-ascii` output: `== Info:` lines (curl's notes), then blocks such as
//! `<= Recv header, 26 bytes (0x1a)` followed by data lines `0000: …` with their offsets. The
//! bytes received are rebuilt exactly, the request from the bytes sent.
//!
//! Format (curl src/tool_cb_dbg.c, `dump`): `--trace` writes 16 bytes a line, in hex and then
//! as characters; `--trace-ascii` writes up to 64 characters a line and starts a new line after
//! each CRLF, which it does not print, so the offsets tell where the CRLFs were. A byte outside
//! 0x20..0x7f is written as `.` (in ASCII mode it cannot be told from a real dot). `--trace-time`
//! puts a time before each `==`/`=>`/`<=` line. In a terminal, trailing spaces of a line may be
//! lost: the offsets restore them.

use std::borrow::Cow;

use super::spans::Builder;
use super::{curl, request, Prepared};
use crate::http::line::{line_at, trim};
use crate::report::{InputFormat, Span};

const INFO: &[u8] = b"== Info: ";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    SendHeader,
    RecvHeader,
    RecvData,
    /// Request bodies and TLS records: not part of the response.
    Other,
}

/// One block: its kind, its size, and its data lines as `(offset, content)` (the content is
/// what follows `0000: `).
struct Block {
    kind: Kind,
    size: usize,
    lines: Vec<(usize, Span)>,
}

/// `01:39:17.123456 ` (`--trace-time`) before a line, if there is one: its length.
fn time_prefix(line: &[u8]) -> usize {
    let len = line
        .iter()
        .take_while(|&&b| b.is_ascii_digit() || b == b':' || b == b'.')
        .count();
    if len >= 8 && line.get(len) == Some(&b' ') && line.get(2) == Some(&b':') {
        len + 1
    } else {
        0
    }
}

/// `<= Recv header, 26 bytes (0x1a)`: the block's kind and size.
fn block_header(line: &[u8]) -> Option<(Kind, usize)> {
    let line = line.get(time_prefix(line)..)?;
    let rest = line
        .get(3..)
        .filter(|_| line.starts_with(b"=> ") || line.starts_with(b"<= "))?;
    let comma = memchr::memchr(b',', rest)?;
    let kind = match rest.get(..comma)? {
        b"Send header" => Kind::SendHeader,
        b"Recv header" => Kind::RecvHeader,
        b"Recv data" => Kind::RecvData,
        b"Send data" | b"Send SSL data" | b"Recv SSL data" => Kind::Other,
        _ => return None,
    };
    let count = rest.get(comma + 1..)?.trim_ascii_start();
    let digits = count.iter().take_while(|b| b.is_ascii_digit()).count();
    let size =
        crate::http::line::parse_u64(count.get(..digits)?).and_then(|n| usize::try_from(n).ok())?;
    count
        .get(digits..)?
        .starts_with(b" bytes")
        .then_some((kind, size))
}

/// `0040: text`: the offset and where the content starts (`0053:` alone when a terminal dropped
/// the trailing space).
fn data_line(line: &[u8]) -> Option<(usize, usize)> {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits < 4 || line.get(digits) != Some(&b':') {
        return None;
    }
    let offset = usize::try_from(crate::http::line::parse_hex(line.get(..digits)?)?).ok()?;
    let content = if line.get(digits + 1) == Some(&b' ') {
        digits + 2
    } else {
        digits + 1
    };
    Some((offset, content.min(line.len())))
}

/// Lines from the start within which a trace shows its first block header or `== Info:` line.
pub(super) const LINES: usize = 100;

/// Whether a line is a trace's: a block header or an `== Info:` line (with `--trace-time`'s time
/// before either). `super::first_lines` asks it of the first `LINES` lines.
pub(super) fn marks_line(text: &[u8]) -> bool {
    // Both start with `=`, `<` or a time's digit: other lines need no closer look.
    matches!(text.first(), Some(b'=' | b'<' | b'0'..=b'9'))
        && (block_header(text).is_some()
            || text
                .get(time_prefix(text)..)
                .is_some_and(|t| t.starts_with(INFO)))
}

pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    if !super::first_lines(input, true).trace {
        return None;
    }
    read(input)
}

/// The reading itself, out of line: V8 compiles a wasm function when it is first called, so a
/// paste in another format never pays for compiling this.
#[inline(never)]
pub(super) fn read(input: &[u8]) -> Option<Prepared<'_>> {
    let mut response = Builder::default();
    let mut sent: Option<(Builder, Span)> = None;
    let mut transport = Vec::new();
    let mut block: Option<(Block, Span)> = None;
    let mut pos = 0;
    while pos < input.len() {
        let line = line_at(input, pos);
        let text = line.bytes(input);
        pos = line.next;
        if let Some((_, content)) = data_line(text).filter(|_| block.is_some()) {
            if let Some((b, span)) = block.as_mut() {
                let offset = data_line(text).map_or(0, |(o, _)| o);
                b.lines
                    .push((offset, Span::new(line.start + content, line.end)));
                span.end = line.end;
            }
            continue;
        }
        // Any other line ends the block being read.
        if let Some((done, span)) = block.take() {
            finish(input, done, span, &mut response, &mut sent);
        }
        if let Some((kind, size)) = block_header(text) {
            let lines = Vec::new();
            block = Some((Block { kind, size, lines }, Span::new(line.start, line.end)));
            continue;
        }
        // `== Info:`, possibly after the progress meter curl drew on the same line.
        if let Some(at) = crate::search::memmem::find(text, INFO) {
            let message = text.get(at + INFO.len()..).unwrap_or_default();
            transport.push(curl::note_for(
                trim(message),
                Span::new(line.start + at + INFO.len(), line.end),
            ));
        }
        // Anything else (the body curl printed to stdout, the progress meter) is not the trace.
    }
    if let Some((done, span)) = block.take() {
        finish(input, done, span, &mut response, &mut sent);
    }
    let request = sent.and_then(|(b, span)| read_request(&b.text, span));
    let failed = transport.iter().any(|n| n.error);
    if response.text.is_empty() && !failed {
        return Some(Prepared {
            request,
            transport,
            ..Prepared::unreadable(input, InputFormat::CurlTrace, "curl --trace output")
        });
    }
    Some(Prepared {
        map: Some(response.map),
        request,
        transport,
        ..Prepared::new(Some(InputFormat::CurlTrace), Cow::Owned(response.text))
    })
}

/// Decodes a finished block into the response text, or into the request when it was sent.
fn finish(
    input: &[u8],
    block: Block,
    span: Span,
    response: &mut Builder,
    sent: &mut Option<(Builder, Span)>,
) {
    let out = match block.kind {
        Kind::RecvHeader | Kind::RecvData => response,
        Kind::SendHeader => {
            // A header block after the previous request's response starts a new request.
            let fresh = match sent.as_mut() {
                Some((b, s)) if b.text.ends_with(b"\r\n\r\n") || b.text.ends_with(b"\n\n") => {
                    *b = Builder::default();
                    *s = span;
                    false
                }
                Some((_, s)) => {
                    s.end = span.end;
                    false
                }
                None => true,
            };
            if fresh {
                *sent = Some((Builder::default(), span));
            }
            match sent.as_mut() {
                Some((b, _)) => b,
                None => return,
            }
        }
        Kind::Other => return,
    };
    if is_hex(input, &block) {
        decode_hex(input, &block, out);
    } else {
        decode_ascii(input, &block, out);
    }
}

/// Whether the block was written by `--trace`: 16 bytes a line as hex pairs.
fn is_hex(input: &[u8], block: &Block) -> bool {
    let Some(&(offset, content)) = block.lines.first() else {
        return false;
    };
    let expected = block.size.saturating_sub(offset).min(16);
    let pairs = input.get(content.start..content.end).unwrap_or_default();
    let shaped = (0..expected).all(|i| {
        let pair = pairs.get(i * 3..i * 3 + 2).unwrap_or_default();
        pair.len() == 2
            && pair.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            && matches!(pairs.get(i * 3 + 2), Some(b' ') | None)
    });
    let steps = block
        .lines
        .get(1)
        .map_or(true, |&(next, _)| next == offset + 16);
    expected > 0 && shaped && steps
}

fn decode_hex(input: &[u8], block: &Block, out: &mut Builder) {
    for &(offset, content) in &block.lines {
        let count = block.size.saturating_sub(offset).min(16);
        let text = input.get(content.start..content.end).unwrap_or_default();
        // A pair that is not one is left out.
        let mut bytes = Vec::with_capacity(count);
        for i in 0..count {
            if let Some(byte) = text.get(i * 3..i * 3 + 2).and_then(hex_pair) {
                bytes.push(byte);
            }
        }
        // The character column after the 16 hex columns: the same bytes, one a column.
        let column = (content.start + 48).min(content.end);
        let shown = Span::new(column, (column + count).min(content.end));
        let from = if shown.len() == count { shown } else { content };
        out.mapped(&bytes, from);
    }
}

/// Two hex digits as `u8::from_str_radix(pair, 16)` reads them (`+f` included), without its
/// generic parser.
fn hex_pair(pair: &[u8]) -> Option<u8> {
    let digit = |b: u8| char::from(b).to_digit(16);
    let value = match *pair {
        [b'+', low] => digit(low)?,
        [high, low] => digit(high)? * 16 + digit(low)?,
        _ => return None,
    };
    u8::try_from(value).ok()
}

fn decode_ascii(input: &[u8], block: &Block, out: &mut Builder) {
    const WIDTH: usize = 0x40;
    let mut lines = block.lines.iter().peekable();
    while let Some(&(offset, content)) = lines.next() {
        let next = lines
            .peek()
            .map_or(block.size, |&&(next, _)| next.min(block.size));
        // A line stands for at most a full line and a CRLF; offsets that say more are not
        // curl's (a paste cut and joined): the line is taken as it is.
        let stands_for = next.saturating_sub(offset).min(WIDTH + 2);
        let shown = content.len().min(stands_for);
        out.copy(input, Span::new(content.start, content.start + shown));
        let missing = stands_for - shown;
        if missing == 0 {
            continue;
        }
        // A full-width line that lost its trailing spaces wraps without a CRLF; any other line
        // ended in a CRLF, after the spaces it lost.
        let (spaces, crlf) = if stands_for == WIDTH {
            (missing, false)
        } else {
            (missing.saturating_sub(2), missing >= 2)
        };
        for _ in 0..spaces {
            out.added(b" ", content.end);
        }
        if crlf {
            out.added(b"\r\n", content.end);
        }
    }
}

/// The request line and headers of the bytes sent. Their spans would index those bytes, not the
/// paste: the request's span covers the blocks they came from.
fn read_request(bytes: &[u8], span: Span) -> Option<crate::report::Request> {
    let mut head = request::read_head(bytes, 0)?;
    for header in &mut head.headers {
        header.span = Span::default();
    }
    Some(request::build(
        head.method,
        &head.target,
        head.headers,
        Some(span),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_headers_and_data_lines() {
        assert!(block_header(b"<= Recv header, 26 bytes (0x1a)")
            .is_some_and(|(k, s)| k == Kind::RecvHeader && s == 26));
        assert!(block_header(b"01:39:17.123456 => Send header, 85 bytes (0x55)").is_some());
        assert!(block_header(b"<= Recv thing, 2 bytes").is_none());
        assert_eq!(data_line(b"0053:"), Some((0x53, 5)));
        assert_eq!(data_line(b"0040:  the database"), Some((0x40, 6)));
        assert_eq!(data_line(b"Server: x"), None);
    }

    #[test]
    fn hex_pairs_read_as_from_str_radix_reads_them() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let pair = [a, b];
                let expected = std::str::from_utf8(&pair)
                    .ok()
                    .and_then(|p| u8::from_str_radix(p, 16).ok());
                assert_eq!(hex_pair(&pair), expected, "{pair:?}");
            }
        }
    }

    #[test]
    fn offsets_past_the_block_are_not_trusted() {
        // Two traces joined: an offset far past the block's size adds nothing.
        let input = b"<= Recv data, 70 bytes (0x46)\n0000: x\nffffffff: y\n";
        let prepared = prepare(input).unwrap();
        assert!(prepared.text.len() <= 70);
    }

    #[test]
    fn ascii_offsets_restore_crlf_and_wrapped_lines() {
        let input = b"<= Recv data, 70 bytes (0x46)\n0000: ab\n0004: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n0044: \n";
        let prepared = prepare(input).unwrap();
        let text = prepared.text.as_ref();
        assert_eq!(text.len(), 70);
        assert!(text.starts_with(b"ab\r\nxxxx"));
        assert!(text.ends_with(b"x\r\n"));
    }
}
