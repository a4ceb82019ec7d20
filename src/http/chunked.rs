//! `Transfer-Encoding: chunked` bodies that are still chunked in the paste.

use super::headers::{self, HeadEnd};
use super::line::{line_at, trim, Ending, EndingCount};
use crate::diagnostic::{Code, Diagnostics};
use crate::report::{ChunkedInfo, Span};

pub(crate) struct Decoded {
    pub body: Vec<u8>,
    /// Where the chunked body (trailers included) ends in the input.
    pub end: usize,
    pub info: ChunkedInfo,
}

/// Decodes the chunked body at `pos`, reading no further than `limit`. `None` when the first line is
/// not a chunk-size line, which means the body in the paste was already de-chunked.
pub(crate) fn decode(
    input: &[u8],
    pos: usize,
    limit: usize,
    diags: &mut Diagnostics,
) -> Option<Decoded> {
    let region = input.get(..limit)?;
    let first = line_at(region, pos);
    chunk_size(first.bytes(region))?;

    let mut body = Vec::new();
    let mut info = ChunkedInfo::default();
    let mut pos = pos;
    loop {
        if pos >= limit {
            diags.push(Code::ChunkedTruncated, Span::new(limit, limit));
            return Some(Decoded {
                body,
                end: limit,
                info,
            });
        }
        let line = line_at(region, pos);
        let Some((size, extension)) = chunk_size(line.bytes(region)) else {
            return Some(malformed(region, pos, limit, body, info, diags));
        };
        if let Some(ext) = extension {
            info.extensions.push(crate::http::line::lossy_owned(ext));
        }
        if size == 0 {
            let mut ignored = EndingCount::default();
            let trailers = headers::parse(region, line.next, 0, &mut ignored, diags);
            info.trailers = trailers.headers;
            info.complete = true;
            let end = match trailers.end {
                HeadEnd::BlankLine { body_start } => body_start,
                HeadEnd::BodyWithoutBlankLine { body_start } => body_start,
                HeadEnd::NextResponse { at } => at,
                HeadEnd::Eof => limit,
            };
            return Some(Decoded { body, end, info });
        }
        let data_start = line.next;
        let data_end = match data_start.checked_add(usize::try_from(size).unwrap_or(usize::MAX)) {
            Some(end) if end <= limit => end,
            _ => {
                // The paste ends inside this chunk.
                body.extend_from_slice(region.get(data_start..limit).unwrap_or_default());
                note_data(&mut info, data_start, limit);
                info.chunks += 1;
                diags.push_with(
                    Code::ChunkedTruncated,
                    Span::new(line.start, limit),
                    format!(
                        "chunk declares {size} bytes, {} are in the paste",
                        limit.saturating_sub(data_start)
                    ),
                );
                return Some(Decoded {
                    body,
                    end: limit,
                    info,
                });
            }
        };
        let after = line_at(region, data_end);
        let data_then_line_end = after.start == after.end && after.ending != Ending::Eof;
        if !data_then_line_end && data_end != limit {
            return Some(malformed(region, line.start, limit, body, info, diags));
        }
        body.extend_from_slice(region.get(data_start..data_end).unwrap_or_default());
        note_data(&mut info, data_start, data_end);
        info.chunks += 1;
        pos = after.next;
    }
}

/// A chunk whose size does not match its data: keep what was decoded and the rest as written.
fn malformed(
    region: &[u8],
    pos: usize,
    limit: usize,
    mut body: Vec<u8>,
    mut info: ChunkedInfo,
    diags: &mut Diagnostics,
) -> Decoded {
    diags.push(Code::MalformedChunk, Span::new(pos, limit));
    body.extend_from_slice(region.get(pos..limit).unwrap_or_default());
    note_data(&mut info, pos, limit);
    Decoded {
        body,
        end: limit,
        info,
    }
}

/// Lists where a chunk's data is, up to `MAX_CHUNK_SPANS` (a display joins them into the body).
fn note_data(info: &mut ChunkedInfo, start: usize, end: usize) {
    if info.data.len() < crate::report::MAX_CHUNK_SPANS {
        info.data.push(Span::new(start, end));
    }
}

/// Parses `1a3f;name=value` into (size, extension). `None` when the line is not a chunk-size line.
fn chunk_size(line: &[u8]) -> Option<(u64, Option<&[u8]>)> {
    let line = trim(line);
    let hex_len = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if hex_len == 0 {
        return None;
    }
    let digits = line.get(..hex_len)?;
    let significant = digits.iter().skip_while(|&&b| b == b'0').count();
    if significant > 16 {
        return None;
    }
    let size = digits.iter().try_fold(0u64, |acc, &d| {
        let v = char::from(d).to_digit(16)?;
        acc.checked_mul(16)?.checked_add(u64::from(v))
    })?;
    let rest = trim(line.get(hex_len..)?);
    match rest.first() {
        None => Some((size, None)),
        Some(b';') => Some((size, Some(rest))),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_size_lines() {
        assert_eq!(chunk_size(b"5b"), Some((0x5b, None)));
        assert_eq!(chunk_size(b"0"), Some((0, None)));
        assert_eq!(
            chunk_size(b"1a ; name=v"),
            Some((0x1a, Some(&b"; name=v"[..])))
        );
        assert_eq!(chunk_size(b"ffffffffffffffff"), Some((u64::MAX, None)));
        assert_eq!(chunk_size(b"1ffffffffffffffff"), None);
        assert_eq!(chunk_size(b"Bad Gateway"), None);
        assert_eq!(chunk_size(b"<html>"), None);
    }
}
