//! Where the text the HTTP stages read came from in the input, when the two differ (`curl -v`
//! output without its `< ` prefixes, a response after its request).

use crate::report::Span;

/// Pieces of the read text, each copied from one place in the input.
#[derive(Debug, Clone, Default)]
pub struct SpanMap {
    /// `(text_start, input_start, len)`, in text order, contiguous in the text.
    segments: Vec<(usize, usize, usize)>,
}

impl SpanMap {
    /// Records that `len` bytes at `input_start` were appended to the text at `text_start`.
    pub fn push(&mut self, text_start: usize, input_start: usize, len: usize) {
        if len > 0 {
            self.segments.push((text_start, input_start, len));
        }
    }

    fn position(&self, at: usize, end: bool) -> usize {
        // For an end offset the segment that holds the byte before it counts.
        let probe = if end { at.saturating_sub(1) } else { at };
        let i = self
            .segments
            .partition_point(|&(text_start, _, _)| text_start <= probe)
            .saturating_sub(1);
        match self.segments.get(i) {
            Some(&(text_start, input_start, len)) => {
                let offset = at.saturating_sub(text_start).min(len);
                input_start + offset
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
}
