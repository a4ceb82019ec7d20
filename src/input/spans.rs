//! Where the text the HTTP stages read came from in the input, when the two differ (`curl -v`
//! output without its `< ` prefixes, a response after its request, a response rebuilt from what
//! a client library printed).

use crate::report::Span;

/// Pieces of the read text, each standing for one range of the input.
#[derive(Debug, Clone, Default)]
pub struct SpanMap {
    /// `(text_start, text_len, input_start, input_len)`, in text order, contiguous in the text.
    /// A copied piece has equal lengths; a decoded one (`\r\n` written as four characters) or an
    /// added one (`HTTP/1.1 ` before a status code a client printed; `input_len` 0) does not.
    segments: Vec<(usize, usize, usize, usize)>,
}

impl SpanMap {
    /// Records that `len` bytes at `input_start` were appended to the text at `text_start`.
    pub fn push(&mut self, text_start: usize, input_start: usize, len: usize) {
        self.push_mapped(text_start, len, input_start, len);
    }

    /// Records that `text_len` bytes appended at `text_start` stand for the `input_len` bytes at
    /// `input_start`.
    pub fn push_mapped(
        &mut self,
        text_start: usize,
        text_len: usize,
        input_start: usize,
        input_len: usize,
    ) {
        if text_len > 0 {
            self.segments
                .push((text_start, text_len, input_start, input_len));
        }
    }

    fn position(&self, at: usize, end: bool) -> usize {
        // For an end offset the segment that holds the byte before it counts.
        let probe = if end { at.saturating_sub(1) } else { at };
        let i = self
            .segments
            .partition_point(|&(text_start, _, _, _)| text_start <= probe)
            .saturating_sub(1);
        match self.segments.get(i) {
            Some(&(text_start, text_len, input_start, input_len)) => {
                let offset = at.saturating_sub(text_start);
                if end && offset >= text_len {
                    input_start + input_len
                } else {
                    input_start + offset.min(input_len)
                }
            }
            None => at,
        }
    }

    /// The input range a text range came from.
    pub fn to_input(&self, span: Span) -> Span {
        let start = self.position(span.start, false);
        let end = if span.end > span.start {
            self.position(span.end, true).max(start)
        } else {
            start
        };
        Span::new(start, end)
    }
}

/// Text being rebuilt from pieces of the input, with the map back to it. Every byte appended is
/// mapped, so every span of the rebuilt text leads to a range inside the input.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    pub text: Vec<u8>,
    pub map: SpanMap,
}

impl Builder {
    /// The input bytes of `span`, as they are.
    pub(crate) fn copy(&mut self, input: &[u8], span: Span) {
        let bytes = input.get(span.start..span.end).unwrap_or_default();
        self.map.push(self.text.len(), span.start, bytes.len());
        self.text.extend_from_slice(bytes);
    }

    /// Bytes that stand for the input range `from` (a decoded string, a number read from it).
    pub(crate) fn mapped(&mut self, bytes: &[u8], from: Span) {
        self.map
            .push_mapped(self.text.len(), bytes.len(), from.start, from.len());
        self.text.extend_from_slice(bytes);
    }

    /// Bytes the paste does not show (`HTTP/1.1 `, `: `, a line break), placed at input offset `at`.
    pub(crate) fn added(&mut self, bytes: &[u8], at: usize) {
        self.mapped(bytes, Span::new(at, at));
    }

    pub(crate) fn len(&self) -> usize {
        self.text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_through_segments() {
        let mut map = SpanMap::default();
        map.push(0, 2, 10); // text 0..10 <- input 2..12
        map.push(10, 14, 5); // text 10..15 <- input 14..19
        assert_eq!(map.to_input(Span::new(0, 10)), Span::new(2, 12));
        assert_eq!(map.to_input(Span::new(10, 15)), Span::new(14, 19));
        assert_eq!(map.to_input(Span::new(8, 12)), Span::new(10, 16));
        assert_eq!(map.to_input(Span::new(15, 15)), Span::new(19, 19));
    }

    #[test]
    fn decoded_and_added_pieces_stay_inside_their_source() {
        let input = b"status: 502, data: 'a\\r\\nb'";
        let mut b = Builder::default();
        b.added(b"HTTP/1.1 ", 8);
        b.mapped(b"502", Span::new(8, 11));
        b.added(b"\r\n\r\n", 11);
        b.copy(input, Span::new(20, 21)); // a
        b.mapped(b"\r\n", Span::new(21, 25)); // \r\n as written
        b.copy(input, Span::new(25, 26)); // b
        assert_eq!(b.text, b"HTTP/1.1 502\r\n\r\na\r\nb");
        // The status line leads to the code as written.
        assert_eq!(b.map.to_input(Span::new(0, 12)), Span::new(8, 11));
        // The body, escapes included, to the string's content.
        assert_eq!(b.map.to_input(Span::new(16, 20)), Span::new(20, 26));
        assert_eq!(b.map.to_input(Span::new(17, 19)), Span::new(21, 25));
    }
}
