//! Reads back what [`crate::pack::Packer`] wrote, stream by stream. The packed bytes are the
//! program's own (`include_bytes!`), so the text is borrowed from them as is: reading allocates
//! only the lists, once.
//!
//! Invariant: reading never panics. A short read yields zeros and empty strings.

use crate::product::{Matcher, Shows, Signal};
use crate::RetryAdvice;

pub(crate) struct Reader {
    /// Checked as UTF-8 once; each string is then a slice between NULs (ASCII, so always on a
    /// character boundary).
    text: &'static str,
    numbers: &'static [u8],
    cites: &'static [u8],
    at_text: usize,
    at_number: usize,
    at_cite: usize,
    /// The citation number read last: the next is a step from it.
    last_cite: usize,
    shared: Vec<&'static str>,
    /// Where `strs` lists are cut from: a block of slots allocated at a time, not one allocation
    /// per list (there are nearly two thousand); the lists of signals, of matchers and of
    /// numbers likewise.
    spare: &'static mut [&'static str],
    spare_signals: &'static mut [Signal],
    spare_matchers: &'static mut [Matcher],
    spare_numbers: &'static mut [u16],
    /// The decimal keys of the citation numbers read so far (`"0"`, `"1"`…), made once each.
    keys: Vec<&'static str>,
}

impl Reader {
    pub(crate) fn new(text: &'static [u8], numbers: &'static [u8], cites: &'static [u8]) -> Self {
        Reader {
            text: std::str::from_utf8(text).unwrap_or_default(),
            numbers,
            cites,
            at_text: 0,
            at_number: 0,
            at_cite: 0,
            last_cite: 0,
            shared: Vec::new(),
            spare: &mut [],
            spare_signals: &mut [],
            spare_matchers: &mut [],
            spare_numbers: &mut [],
            keys: Vec::new(),
        }
    }

    /// Whether every byte of the three streams was read.
    pub(crate) fn done(&self) -> bool {
        self.at_text == self.text.len()
            && self.at_number == self.numbers.len()
            && self.at_cite == self.cites.len()
    }

    pub(crate) fn byte(&mut self) -> u8 {
        let byte = self.numbers.get(self.at_number).copied().unwrap_or(0);
        self.at_number += 1;
        byte
    }

    pub(crate) fn bool(&mut self) -> bool {
        self.byte() != 0
    }

    pub(crate) fn uint(&mut self) -> usize {
        leb128(self.numbers, &mut self.at_number)
    }

    pub(crate) fn u16(&mut self) -> u16 {
        u16::try_from(self.uint()).unwrap_or(u16::MAX)
    }

    pub(crate) fn opt_bool(&mut self) -> Option<bool> {
        [None, Some(false), Some(true)]
            .get(usize::from(self.byte()))
            .copied()
            .flatten()
    }

    pub(crate) fn retry(&mut self) -> Option<RetryAdvice> {
        use RetryAdvice::*;
        [None, Some(Yes), Some(Maybe), Some(No), Some(NotNeeded)]
            .get(usize::from(self.byte()))
            .copied()
            .flatten()
    }

    pub(crate) fn str(&mut self) -> &'static str {
        let text: &'static str = self.text;
        let rest = text.get(self.at_text..).unwrap_or_default();
        let len = nul(rest.as_bytes());
        self.at_text += len + 1;
        rest.get(..len).unwrap_or_default()
    }

    /// What `Packer::shared` wrote.
    pub(crate) fn shared(&mut self) -> &'static str {
        match self.uint() {
            0 => {
                let text = self.str();
                self.shared.push(text);
                text
            }
            k => self.shared.get(k - 1).copied().unwrap_or_default(),
        }
    }

    /// What `Packer::cite` wrote: a citation's number, as its decimal key (`"17"`), so the
    /// entries keep their `&'static str` source and the number reaches the Report
    /// ([`crate::cite_number`]).
    pub(crate) fn cite(&mut self) -> &'static str {
        let step = leb128(self.cites, &mut self.at_cite);
        let n = if step & 1 == 0 {
            self.last_cite.saturating_add(step / 2)
        } else {
            self.last_cite.saturating_sub(step / 2 + 1)
        };
        self.last_cite = n;
        let n = n.min(usize::from(u16::MAX));
        if self.keys.len() <= n {
            self.more_keys(n);
        }
        self.keys.get(n).copied().unwrap_or_default()
    }

    /// The keys up to `n` and on to the end of its block of 256, at once: one allocation, not
    /// one per citation; the digits counted up in place, not divided out of each number. Each
    /// key ends a slot of five bytes (`u16::MAX` has five digits), right-aligned.
    #[inline(never)]
    fn more_keys(&mut self, n: usize) {
        const SLOT: usize = 5;
        let (from, to) = (self.keys.len(), (n + 1).next_multiple_of(256));
        let mut counter = [b'0'; SLOT];
        let mut rest = from;
        for digit in counter.iter_mut().rev() {
            *digit = b'0' + u8::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
        }
        let mut digits = Vec::with_capacity((to - from) * SLOT);
        for _ in from..to {
            digits.extend_from_slice(&counter);
            // Add one: nines roll over to zeros until a digit takes the carry.
            for digit in counter.iter_mut().rev() {
                if *digit != b'9' {
                    *digit += 1;
                    break;
                }
                *digit = b'0';
            }
        }
        // ASCII digits: always UTF-8.
        let text: &'static str = String::from_utf8(digits).unwrap_or_default().leak();
        self.keys.reserve(to - from);
        let mut widths = Widths::new(from);
        let mut end = SLOT;
        for k in from..to {
            self.keys
                .push(text.get(end - widths.of(k)..end).unwrap_or_default());
            end += SLOT;
        }
    }

    /// Whether the number stream is used up (a damaged length must not make a reader loop on).
    pub(crate) fn exhausted(&self) -> bool {
        self.at_number > self.numbers.len()
    }

    /// A list, read with `item`; it lives as long as the program (the tables are read once).
    pub(crate) fn list<T>(&mut self, mut item: impl FnMut(&mut Reader) -> T) -> &'static [T] {
        let len = self.uint();
        // A damaged length must not reserve gigabytes: grow as items are read.
        let mut list = Vec::with_capacity(len.min(4096));
        for _ in 0..len {
            if self.at_number > self.numbers.len() {
                break;
            }
            list.push(item(self));
        }
        list.leak()
    }

    pub(crate) fn strs(&mut self) -> &'static [&'static str] {
        // Each string takes at least its NUL: a damaged length cannot ask for more than that.
        let len = self
            .uint()
            .min(self.text.len().saturating_sub(self.at_text));
        let list = cut(&mut self.spare, len, "");
        for slot in list.iter_mut() {
            *slot = self.str();
        }
        list
    }

    /// A length, at most the number bytes left: each item takes at least one.
    fn items(&mut self) -> usize {
        self.uint()
            .min(self.numbers.len().saturating_sub(self.at_number))
    }

    /// A list of [`Reader::shared`] strings, cut from the `strs` slots.
    pub(crate) fn shared_strs(&mut self) -> &'static [&'static str] {
        let len = self.items();
        let list = cut(&mut self.spare, len, "");
        for slot in list.iter_mut() {
            *slot = self.shared();
        }
        list
    }

    /// A list of signals read with `item`.
    pub(crate) fn signals(&mut self, item: fn(&mut Reader) -> Signal) -> &'static [Signal] {
        const NONE: Signal = Signal {
            matcher: Matcher::BodyIs(""),
            shows: Shows::OnPath,
            weight: 0.0,
            source: "",
        };
        let len = self.items();
        let list = cut(&mut self.spare_signals, len, NONE);
        for slot in list.iter_mut() {
            *slot = item(self);
        }
        list
    }

    /// A list of matchers read with `item`.
    pub(crate) fn matchers(&mut self, item: fn(&mut Reader) -> Matcher) -> &'static [Matcher] {
        let len = self.items();
        let list = cut(&mut self.spare_matchers, len, Matcher::BodyIs(""));
        for slot in list.iter_mut() {
            *slot = item(self);
        }
        list
    }

    pub(crate) fn pairs(&mut self) -> &'static [(&'static str, &'static str)] {
        self.list(|r| (r.str(), r.str()))
    }

    pub(crate) fn uints(&mut self) -> &'static [u16] {
        let len = self.items();
        let list = cut(&mut self.spare_numbers, len, 0);
        for slot in list.iter_mut() {
            *slot = self.u16();
        }
        list
    }
}

/// Where the first NUL of `bytes` is (its length when it has none), eight bytes at a time: the
/// strings are short (19 bytes the median), and a call of `memchr` costs more in setting up
/// than in searching them.
fn nul(bytes: &[u8]) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([1; 8]));
        // The lowest byte flagged is the first zero byte (a borrow only flags bytes above it).
        let zero = word.wrapping_sub(LOW) & !word & HIGH;
        if zero != 0 {
            return at + (zero.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let tail = chunks.remainder();
    at + tail.iter().position(|&b| b == 0).unwrap_or(tail.len())
}

/// `len` slots cut from `spare`, which a block of at least 1,024 `fill` values refills when it
/// is short: the tables are read once and live as long as the program, so what a block has
/// left when it is replaced is never freed, and costs less than an allocation per list.
fn cut<T: Copy>(spare: &mut &'static mut [T], len: usize, fill: T) -> &'static mut [T] {
    if spare.len() < len {
        // Pushed, not `vec![fill; n]`: its `extend_with` is an instance per type in the module.
        let n = len.max(1024);
        let mut block = Vec::with_capacity(n);
        for _ in 0..n {
            block.push(fill);
        }
        *spare = block.leak();
    }
    let (list, rest) = std::mem::take(spare).split_at_mut(len);
    *spare = rest;
    list
}

/// The number of decimal digits of rising numbers, counted as they pass powers of ten.
struct Widths {
    width: usize,
    /// The first number one digit wider.
    wider: usize,
}

impl Widths {
    fn new(from: usize) -> Widths {
        let mut widths = Widths {
            width: 1,
            wider: 10,
        };
        widths.of(from);
        widths
    }

    /// The width of `k`, at least the one before's.
    fn of(&mut self, k: usize) -> usize {
        while k >= self.wider {
            self.width += 1;
            self.wider = self.wider.saturating_mul(10);
        }
        self.width
    }
}

/// A LEB128 number from `stream` at `*at`, which moves past it (a short read gives zeros).
fn leb128(stream: &[u8], at: &mut usize) -> usize {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = stream.get(*at).copied().unwrap_or(0);
        *at += 1;
        value |= usize::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        shift += 7;
        if byte < 0x80 {
            return value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_nul_is_found_wherever_it_is() {
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes = vec![0xffu8; len];
                if let Some(b) = bytes.get_mut(at) {
                    *b = 0;
                }
                if let Some(b) = bytes.get_mut(at + 1) {
                    *b = 0;
                }
                for (i, b) in bytes.iter_mut().enumerate().take(at) {
                    *b = [1, 0x80, 0x7f, 0xff, b'a'][i % 5];
                }
                assert_eq!(nul(&bytes), at, "{bytes:?}");
            }
        }
    }

    #[test]
    fn citation_keys_are_their_numbers_in_decimal() {
        let mut r = Reader::new(b"", b"", b"");
        r.more_keys(1100);
        r.more_keys(9999);
        r.more_keys(usize::from(u16::MAX));
        assert_eq!(r.keys.len(), usize::from(u16::MAX) + 1);
        for (k, key) in r.keys.iter().enumerate() {
            assert_eq!(*key, k.to_string());
        }
    }
}
