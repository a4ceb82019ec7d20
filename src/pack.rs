//! The knowledge tables, packed into byte strings at compile time.
//!
//! Every table is written as Rust values: one readable entry per product, code or shape, each
//! with its source. Kept as they are, those values put a pointer and a length in the module's
//! data for every `&str` and every list: thousands of pairs, which compress badly. So each table
//! is a `const` that only compile-time evaluation reads. A `const fn` writes it with [`Packer`]
//! into one byte array, the compiled module keeps only that array, and [`Reader`] rebuilds the
//! entries once, on first use, with every `&'static str` borrowed from the array.
//!
//! The array holds two streams, written in the same order and read back in it: text from the
//! front (each string ended by a NUL), numbers from the back (lengths, codes, tags as LEB128).
//! Kept apart, the text reads to the compressor as the prose it is: interleaving the numbers
//! costs about 7% of the tables' gzipped size.
//!
//! Each table's tests compare what it reads back with the table as written, and that every byte
//! was read, so the writer and the reader cannot drift apart.

use crate::report::RetryAdvice;

/// Writes values into a fixed-size byte array in a `const fn`. The size is found by a first run
/// with `N = 0`, which only counts (see [`packed!`]).
pub struct Packer<const N: usize> {
    bytes: [u8; N],
    /// Bytes of text written from the front.
    text: usize,
    /// Bytes of numbers written from the back.
    numbers: usize,
    /// The distinct strings written with [`Packer::shared`], in order.
    shared: [&'static str; SHARED],
    shared_len: usize,
}

/// How many distinct shared strings one table may have.
const SHARED: usize = 512;

// Compile-time code: an index out of bounds or a failed assertion fails the build; nothing here
// runs on input data.
#[allow(clippy::indexing_slicing, clippy::panic)]
impl<const N: usize> Packer<N> {
    #[allow(clippy::new_without_default)] // `Default::default` cannot be called in a const fn
    pub const fn new() -> Self {
        Packer {
            bytes: [0; N],
            text: 0,
            numbers: 0,
            shared: [""; SHARED],
            shared_len: 0,
        }
    }

    /// How many bytes have been written (or, with `N = 0`, would have been).
    pub const fn len(&self) -> usize {
        self.text + self.numbers
    }

    pub const fn into_bytes(self) -> [u8; N] {
        self.bytes
    }

    /// One byte of the number stream.
    pub const fn byte(&mut self, byte: u8) {
        if N > 0 {
            self.bytes[N - 1 - self.numbers] = byte;
        }
        self.numbers += 1;
    }

    pub const fn bool(&mut self, value: bool) {
        self.byte(value as u8);
    }

    /// An unsigned number as LEB128: seven bits a byte, low bits first.
    pub const fn uint(&mut self, mut value: usize) {
        while value >= 0x80 {
            self.byte((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.byte(value as u8);
    }

    /// `None`, `Some(false)`, `Some(true)` as 0, 1, 2.
    pub const fn opt_bool(&mut self, value: Option<bool>) {
        self.byte(match value {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        });
    }

    pub const fn retry(&mut self, advice: Option<RetryAdvice>) {
        self.byte(match advice {
            None => 0,
            Some(RetryAdvice::Yes) => 1,
            Some(RetryAdvice::Maybe) => 2,
            Some(RetryAdvice::No) => 3,
            Some(RetryAdvice::NotNeeded) => 4,
        });
    }

    /// A string into the text stream, ended by a NUL (which table text never contains).
    pub const fn str(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i <= bytes.len() {
            let byte = if i < bytes.len() { bytes[i] } else { 0 };
            if byte == 0 && i < bytes.len() {
                panic!("table text must not contain NUL");
            }
            if N > 0 {
                self.bytes[self.text] = byte;
            }
            self.text += 1;
            i += 1;
        }
    }

    /// A string that many entries repeat (a source): written once, then referred to by its
    /// number. 0 means a new string follows in the text; k means the k-th one written.
    pub const fn shared(&mut self, text: &'static str) {
        let mut k = 0;
        while k < self.shared_len {
            if same(self.shared[k], text) {
                self.uint(k + 1);
                return;
            }
            k += 1;
        }
        if self.shared_len == SHARED {
            panic!("raise pack::SHARED");
        }
        self.shared[self.shared_len] = text;
        self.shared_len += 1;
        self.uint(0);
        self.str(text);
    }

    pub const fn strs(&mut self, list: &[&str]) {
        self.uint(list.len());
        let mut i = 0;
        while i < list.len() {
            self.str(list[i]);
            i += 1;
        }
    }

    pub const fn pairs(&mut self, list: &[(&str, &str)]) {
        self.uint(list.len());
        let mut i = 0;
        while i < list.len() {
            self.str(list[i].0);
            self.str(list[i].1);
            i += 1;
        }
    }

    pub const fn uints(&mut self, list: &[u16]) {
        self.uint(list.len());
        let mut i = 0;
        while i < list.len() {
            self.uint(list[i] as usize);
            i += 1;
        }
    }
}

/// A table of `(key, text)` pairs, for [`packed!`]; read back with [`Reader::pairs`].
pub const fn pack_pairs<const N: usize>(table: &[(&str, &str)]) -> Packer<N> {
    let mut p = Packer::new();
    p.pairs(table);
    p
}

#[allow(clippy::indexing_slicing)] // compile time only
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `static NAME: &[u8]` holding `TABLE` packed by `pack` (a `const fn pack<const N: usize>(&T)
/// -> Packer<N>`): a counting run sizes the array, a second run fills it.
macro_rules! packed {
    ($(#[$attr:meta])* $vis:vis static $name:ident = $pack:ident($table:expr);) => {
        $(#[$attr])*
        $vis static $name: &[u8] = {
            const LEN: usize = $pack::<0>($table).len();
            const BYTES: [u8; LEN] = $pack::<LEN>($table).into_bytes();
            &BYTES
        };
    };
}
pub(crate) use packed;

/// Reads back what a [`Packer`] wrote. The bytes are the crate's own, written at compile time, so
/// reading past the end or a string cut inside a character cannot happen; should it, the reader
/// yields zeros and empty strings rather than panicking.
pub struct Reader {
    bytes: &'static [u8],
    /// Next byte of the text stream.
    text: usize,
    /// Bytes of the number stream read so far (it is stored from the back).
    numbers: usize,
    shared: Vec<&'static str>,
}

impl Reader {
    pub fn new(bytes: &'static [u8]) -> Reader {
        Reader {
            bytes,
            text: 0,
            numbers: 0,
            shared: Vec::new(),
        }
    }

    /// Whether both streams have been read to where they meet (the tables' tests check it).
    #[cfg(test)]
    pub fn is_done(&self) -> bool {
        self.text + self.numbers == self.bytes.len()
    }

    pub fn byte(&mut self) -> u8 {
        self.numbers += 1;
        let at = self.bytes.len().checked_sub(self.numbers);
        at.and_then(|i| self.bytes.get(i)).copied().unwrap_or(0)
    }

    pub fn bool(&mut self) -> bool {
        self.byte() != 0
    }

    pub fn uint(&mut self) -> usize {
        let mut value = 0usize;
        let mut shift = 0;
        loop {
            let byte = self.byte();
            value |= usize::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            shift += 7;
            if byte < 0x80 {
                return value;
            }
        }
    }

    pub fn u16(&mut self) -> u16 {
        u16::try_from(self.uint()).unwrap_or(u16::MAX)
    }

    pub fn opt_bool(&mut self) -> Option<bool> {
        [None, Some(false), Some(true)]
            .get(usize::from(self.byte()))
            .copied()
            .flatten()
    }

    pub fn retry(&mut self) -> Option<RetryAdvice> {
        use RetryAdvice::*;
        [None, Some(Yes), Some(Maybe), Some(No), Some(NotNeeded)]
            .get(usize::from(self.byte()))
            .copied()
            .flatten()
    }

    pub fn str(&mut self) -> &'static str {
        let bytes: &'static [u8] = self.bytes;
        let rest = bytes.get(self.text..).unwrap_or_default();
        let len = memchr::memchr(0, rest).unwrap_or(rest.len());
        self.text += len + 1;
        rest.get(..len)
            .and_then(|text| std::str::from_utf8(text).ok())
            .unwrap_or_default()
    }

    /// What [`Packer::shared`] wrote.
    pub fn shared(&mut self) -> &'static str {
        match self.uint() {
            0 => {
                let text = self.str();
                self.shared.push(text);
                text
            }
            k => self.shared.get(k - 1).copied().unwrap_or_default(),
        }
    }

    /// A list, read with `item`; it lives as long as the program (tables are read once).
    pub fn list<T>(&mut self, mut item: impl FnMut(&mut Reader) -> T) -> &'static [T] {
        let len = self.uint();
        let list: Vec<T> = (0..len).map(|_| item(self)).collect();
        list.leak()
    }

    pub fn strs(&mut self) -> &'static [&'static str] {
        self.list(Reader::str)
    }

    pub fn pairs(&mut self) -> &'static [(&'static str, &'static str)] {
        self.list(|r| (r.str(), r.str()))
    }

    pub fn uints(&mut self) -> &'static [u16] {
        self.list(Reader::u16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Sample = (&'static [&'static str], &'static [u16], bool, &'static str);

    const fn sample<const N: usize>(table: &Sample) -> Packer<N> {
        let mut p = Packer::new();
        p.strs(table.0);
        p.uints(table.1);
        p.bool(table.2);
        p.shared(table.3);
        p.uint(300);
        p.shared(table.3);
        p.uint(usize::MAX);
        p.str("");
        p
    }

    const SAMPLE: Sample = (
        &["", "é", "a longer text"],
        &[0, 127, 128, 65535],
        true,
        "a source",
    );
    packed!(static BYTES = sample(&SAMPLE););

    #[test]
    fn reads_back_what_was_packed() {
        let mut r = Reader::new(BYTES);
        assert_eq!(r.strs(), SAMPLE.0);
        assert_eq!(r.uints(), SAMPLE.1);
        assert!(r.bool());
        assert_eq!(r.shared(), SAMPLE.3);
        assert_eq!(r.uint(), 300);
        assert_eq!(r.shared(), SAMPLE.3);
        assert_eq!(r.uint(), usize::MAX);
        assert_eq!(r.str(), "");
        assert!(r.is_done());
        // Past the end: zeros and empty strings, no panic.
        assert_eq!(r.uint(), 0);
        assert_eq!(r.str(), "");
        assert!(r.strs().is_empty());
    }
}
#[cfg(test)]
mod sizetmp {
    #[test]
    fn sizes() {
        for (n, b) in [
            ("gen", crate::explain::generators::PACKED),
            ("status", crate::explain::status::PACKED),
            ("products", crate::attribution::products::PACKED),
            ("headers", crate::explain::headers::PACKED),
        ] {
            std::fs::write(format!("/tmp/packed-{n}.bin"), b).unwrap();
        }
    }
}
