//! The compression of the tables' text: a Burrows–Wheeler transform, move-to-front, and an
//! adaptive binary arithmetic coder. The wasm module is served gzipped, and gzip sees only 32 KB
//! back; this text (explanations, fingerprint literals and their sources, ~150 KB) repeats itself
//! over longer distances than that, and the transform turns those repeats into runs. On these
//! tables it stores the text in ~12% fewer bytes than gzip -9 would, for a decoder of a few
//! hundred bytes of wasm.
//!
//! `encode` runs in the build script only (`tables::pack`); `decode` runs once, when
//! the tables are first needed. Invariant: `decode(&encode(x)) == x` for every input (tested on
//! the real tables and on generated text); `decode` never panics, whatever the bytes.

/// Probabilities are 12-bit: the chance that the next bit is 1, in 4096ths.
const ONE: u32 = 1 << 12;
/// How fast a probability follows what it sees (a shift: larger is slower).
const RATE: u32 = 5;

/// MTF ranks below this are sent as yes/no questions ("is it 0? 1? 2?"); larger ones as an
/// Elias-gamma-like length and mantissa.
const SMALL: usize = 3;
/// Contexts: the previous rank (capped at 3) and the one before it (capped at 2).
const CONTEXTS: usize = 4 * 3;
/// Ranks up to 255 - SMALL have at most 8 significant bits.
const LENGTHS: usize = 9;

/// The adaptive model both sides share: one probability per question and context.
struct Model {
    small: [[u16; SMALL]; CONTEXTS],
    length: [[u16; LENGTHS + 1]; CONTEXTS],
    /// Mantissa bits, by length and bit position (the top two positions; lower ones share).
    mantissa: [[u16; 3]; LENGTHS + 1],
    history: (usize, usize),
}

impl Model {
    fn new() -> Model {
        let half = (ONE / 2) as u16;
        Model {
            small: [[half; SMALL]; CONTEXTS],
            length: [[half; LENGTHS + 1]; CONTEXTS],
            mantissa: [[half; 3]; LENGTHS + 1],
            history: (0, 0),
        }
    }

    fn context(&self) -> usize {
        self.history.0.min(3) * 3 + self.history.1.min(2)
    }

    /// Codes one rank through `bit(probability, value) -> value`: the encoder passes the bits of
    /// `rank` and gets them back, the decoder passes anything and gets the decoded bits.
    fn rank(&mut self, rank: usize, bit: &mut dyn FnMut(&mut u16, bool) -> bool) -> usize {
        let context = self.context();
        let mut value = None;
        for small in 0..SMALL {
            if let Some(p) = self.small.get_mut(context).and_then(|c| c.get_mut(small)) {
                if bit(p, rank == small) {
                    value = Some(small);
                    break;
                }
            }
        }
        let value = value.unwrap_or_else(|| {
            let rest = rank.saturating_sub(SMALL);
            let length = (usize::BITS - rest.leading_zeros()) as usize;
            let mut got = 0;
            while let Some(p) = self.length.get_mut(context).and_then(|c| c.get_mut(got)) {
                if !bit(p, got < length) {
                    break;
                }
                got += 1;
            }
            let mut rest_value = usize::from(got > 0);
            for position in (0..got.saturating_sub(1)).rev() {
                let slot = (got - 2 - position).min(2);
                let p = self.mantissa.get_mut(got).and_then(|m| m.get_mut(slot));
                if let Some(p) = p {
                    let one = bit(p, (rest >> position) & 1 == 1);
                    rest_value = rest_value << 1 | usize::from(one);
                }
            }
            SMALL + rest_value
        });
        self.history = (value, self.history.0);
        value
    }
}

/// Moves a probability towards the bit just seen.
fn adapt(p: &mut u16, one: bool) {
    let q = u32::from(*p);
    *p = if one {
        q + ((ONE - q) >> RATE)
    } else {
        q - (q >> RATE)
    } as u16;
}

/// The coder's interval (carry-less, 32-bit bounds, as in Matt Mahoney's lpaq): both sides narrow
/// it the same way, bit by bit, and shift out its top byte once low and high agree on it.
struct Interval {
    low: u32,
    high: u32,
}

impl Interval {
    fn new() -> Interval {
        Interval {
            low: 0,
            high: u32::MAX,
        }
    }

    /// Where the interval splits for probability `p`: a 1 lies at or below it.
    fn split(&self, p: u16) -> u32 {
        self.low + ((self.high - self.low) >> 12) * u32::from(p)
    }

    /// Keeps the bit's part of the interval and moves its probability towards it.
    fn narrow(&mut self, p: &mut u16, one: bool) {
        let mid = self.split(*p);
        if one {
            self.high = mid;
        } else {
            self.low = mid + 1;
        }
        adapt(p, one);
    }

    /// The top byte, shifted out, when low and high agree on it.
    fn settled_byte(&mut self) -> Option<u8> {
        ((self.low ^ self.high) & 0xff00_0000 == 0).then(|| {
            let byte = (self.high >> 24) as u8;
            self.low <<= 8;
            self.high = self.high << 8 | 0xff;
            byte
        })
    }
}

/// Compresses `text`.
#[allow(dead_code)] // used by the build script and the tests
pub fn encode(text: &[u8]) -> Vec<u8> {
    let (last, primary) = bwt(text);
    let mut out = Vec::new();
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(&(primary as u32).to_le_bytes());
    let mut interval = Interval::new();
    let mut model = Model::new();
    let mut order: Vec<u8> = (0..=255).collect();
    for &byte in &last {
        let rank = order.iter().position(|&b| b == byte).unwrap_or(0);
        order.remove(rank);
        order.insert(0, byte);
        model.rank(rank, &mut |p, one| {
            interval.narrow(p, one);
            while let Some(byte) = interval.settled_byte() {
                out.push(byte);
            }
            one
        });
    }
    // Enough of `low` to land inside the final interval.
    out.extend_from_slice(&interval.low.to_be_bytes());
    out
}

/// Decompresses what `encode` wrote. Bytes from elsewhere give some text, never a panic.
pub fn decode(data: &[u8]) -> Vec<u8> {
    let word = |at: usize| {
        let bytes = data
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok());
        u32::from_le_bytes(bytes.unwrap_or_default()) as usize
    };
    // A length from a damaged header must not allocate without bound. Probabilities stay 31/4096
    // away from certainty, so a byte of text costs at least 0.011 bits: under 730 bytes come out
    // per byte in.
    let len = word(0).min(data.len().saturating_mul(1024));
    let primary = word(4);
    let mut input = data.get(8..).unwrap_or_default().iter().copied();
    let mut interval = Interval::new();
    let mut x = 0u32;
    for _ in 0..4 {
        x = x << 8 | u32::from(input.next().unwrap_or(0));
    }
    let mut model = Model::new();
    let mut order: Vec<u8> = (0..=255).collect();
    let mut last = Vec::with_capacity(len);
    for _ in 0..len {
        let rank = model.rank(0, &mut |p, _| {
            let one = x <= interval.split(*p);
            interval.narrow(p, one);
            while interval.settled_byte().is_some() {
                x = x << 8 | u32::from(input.next().unwrap_or(0));
            }
            one
        });
        let byte = if rank < order.len() {
            order.remove(rank)
        } else {
            0
        };
        order.insert(0, byte);
        last.push(byte);
    }
    unbwt(&last, primary)
}

/// The transform of `text` followed by an end marker smaller than every byte: the last column
/// of the sorted rotations, without the marker, and the row the marker was in.
#[allow(dead_code)] // used by the build script and the tests
fn bwt(text: &[u8]) -> (Vec<u8>, usize) {
    let order = suffix_array(text);
    let mut last = Vec::with_capacity(text.len());
    let mut primary = 0;
    for (row, &start) in order.iter().enumerate() {
        match start.checked_sub(1) {
            Some(before) => last.push(text.get(before).copied().unwrap_or(0)),
            None => primary = row,
        }
    }
    (last, primary)
}

/// Every suffix of `text` plus the end marker, in sorted order: the marker's own suffix first.
/// Prefix doubling (sort by the rank of the first 2^k bytes): O(n log² n), fine for a build step.
#[allow(dead_code)] // used by the build script and the tests
#[allow(clippy::indexing_slicing)] // build time only; every index is below `n` by construction
fn suffix_array(text: &[u8]) -> Vec<usize> {
    let n = text.len() + 1;
    // Rank 0 is the end marker; bytes rank from 1.
    let mut rank: Vec<usize> = text.iter().map(|&b| usize::from(b) + 1).collect();
    rank.push(0);
    let mut order: Vec<usize> = (0..n).collect();
    let mut width = 1;
    loop {
        let key = |i: usize| (rank[i], rank.get(i + width).copied());
        order.sort_by_key(|&i| key(i));
        let mut next = vec![0; n];
        for pair in order.windows(2) {
            next[pair[1]] = next[pair[0]] + usize::from(key(pair[0]) != key(pair[1]));
        }
        rank = next;
        if rank[order[n - 1]] == n - 1 {
            return order;
        }
        width *= 2;
    }
}

/// Undoes `bwt`: rebuilds the text backwards, from the marker's row, by the last-to-first map.
fn unbwt(last: &[u8], primary: usize) -> Vec<u8> {
    let primary = primary.min(last.len());
    // The last column has the end marker at row `primary` and `last` in the other rows.
    let at = |row: usize| last.get(row - usize::from(row > primary)).copied();
    // Rows of the first column where each byte's run starts (row 0 holds the end marker).
    let mut starts = [0u32; 256];
    for &b in last {
        if let Some(count) = starts.get_mut(usize::from(b)) {
            *count += 1;
        }
    }
    let mut sum = 1;
    for start in starts.iter_mut() {
        let count = *start;
        *start = sum;
        sum += count;
    }
    let mut next = vec![0u32; last.len() + 1];
    for (row, slot) in next.iter_mut().enumerate() {
        if row == primary {
            continue;
        }
        if let Some(start) = at(row).and_then(|b| starts.get_mut(usize::from(b))) {
            *slot = *start;
            *start += 1;
        }
    }
    let mut text = vec![0u8; last.len()];
    let mut row = 0usize;
    for slot in text.iter_mut().rev() {
        match at(row) {
            Some(byte) if row != primary => *slot = byte,
            _ => break,
        }
        row = next.get(row).copied().unwrap_or(0) as usize;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &[u8]) {
        assert_eq!(
            decode(&encode(text)),
            text,
            "{:?}",
            String::from_utf8_lossy(text)
        );
    }

    #[test]
    fn round_trips() {
        for text in [
            &b""[..],
            b"a",
            b"\0",
            b"banana",
            b"abracadabra\0abracadabra\0",
            b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            &[b'a'; 200_000],
            "é — … ü".as_bytes(),
        ] {
            round_trip(text);
        }
        let mut seed = 1u64;
        let mut text = Vec::new();
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push(b"the quick brown fox \0jumps\xff"[(seed >> 59) as usize % 27]);
        }
        round_trip(&text);
        let all: Vec<u8> = (0..=255).cycle().take(3000).collect();
        round_trip(&all);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn round_trips_any_bytes(text in proptest::collection::vec(proptest::num::u8::ANY, 0..2000)) {
            proptest::prop_assert_eq!(decode(&encode(&text)), text);
        }

        #[test]
        fn decodes_any_bytes(data in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            decode(&data);
        }
    }

    #[test]
    fn garbage_does_not_panic() {
        for data in [
            &b""[..],
            b"\xff\xff\xff\xff",
            b"\x10\0\0\0\x05\0\0\0garbage",
            &[0xff; 64],
        ] {
            decode(data);
        }
    }
}
