//! Writes the tables into the three streams `crate::knowledge` reads back: text (each string
//! ended by a NUL), numbers (lengths, codes and tags as LEB128) and citations (each source's
//! citation number, as its step from the one before). Kept apart, the text reads to the
//! compressor as the prose it is, and the numbers, small and repetitive, cost little on their
//! own; the citation numbers, interleaved with them, cost as much as all the other numbers
//! together, and as steps in their own stream (an entry's signals cite one source, or the next
//! new one) a third of that.

use crate::RetryAdvice;

#[derive(Default)]
pub(crate) struct Packer {
    pub(crate) text: Vec<u8>,
    pub(crate) numbers: Vec<u8>,
    pub(crate) cites: Vec<u8>,
    /// The citation number written last.
    last_cite: usize,
    /// The distinct strings written with [`Packer::shared`], in order.
    shared: Vec<&'static str>,
    /// The distinct citations written with [`Packer::cite`], by number.
    pub(crate) citations: Vec<String>,
}

impl Packer {
    /// One byte of the number stream.
    pub(crate) fn byte(&mut self, byte: u8) {
        self.numbers.push(byte);
    }

    pub(crate) fn bool(&mut self, value: bool) {
        self.byte(u8::from(value));
    }

    /// An unsigned number as LEB128: seven bits a byte, low bits first.
    pub(crate) fn uint(&mut self, value: usize) {
        leb128(&mut self.numbers, value);
    }

    /// `None`, `Some(false)`, `Some(true)` as 0, 1, 2.
    pub(crate) fn opt_bool(&mut self, value: Option<bool>) {
        self.byte(match value {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        });
    }

    /// `None` as 0, then the advice in declaration order from 1.
    pub(crate) fn retry(&mut self, advice: Option<RetryAdvice>) {
        self.byte(advice.map_or(0, |a| a as u8 + 1));
    }

    /// A string into the text stream, ended by a NUL (which table text never contains).
    pub(crate) fn str(&mut self, text: &str) {
        assert!(
            !text.bytes().any(|b| b == 0),
            "table text must not contain NUL: {text:?}"
        );
        self.text.extend_from_slice(text.as_bytes());
        self.text.push(0);
    }

    /// A string that many entries repeat (a generator id): written once, then referred to by
    /// its number. 0 means a new string follows in the text; k means the k-th one written.
    pub(crate) fn shared(&mut self, text: &'static str) {
        match self.shared.iter().position(|&s| s == text) {
            Some(k) => self.uint(k + 1),
            None => {
                self.shared.push(text);
                self.uint(0);
                self.str(text);
            }
        }
    }

    /// A source, as its citation's number in [`Packer::citations`] (each citation listed once,
    /// in its short form, [`citation`]): the texts travel apart from the tables, so the module
    /// the page loads carries numbers only and the page fetches the texts when it shows them.
    /// Written to the citation stream as the step from the number before: twice the distance
    /// forwards, or twice the distance backwards less one.
    pub(crate) fn cite(&mut self, source: &'static str) {
        let short = citation(source);
        let index = match self.citations.iter().position(|s| *s == short) {
            Some(k) => k,
            None => {
                self.citations.push(short);
                self.citations.len() - 1
            }
        };
        let step = if index >= self.last_cite {
            (index - self.last_cite) * 2
        } else {
            (self.last_cite - index) * 2 - 1
        };
        self.last_cite = index;
        leb128(&mut self.cites, step);
    }

    pub(crate) fn strs(&mut self, list: &[&str]) {
        self.uint(list.len());
        list.iter().for_each(|s| self.str(s));
    }

    pub(crate) fn pairs(&mut self, list: &[(&str, &str)]) {
        self.uint(list.len());
        for (key, text) in list {
            self.str(key);
            self.str(text);
        }
    }

    pub(crate) fn uints(&mut self, list: &[u16]) {
        self.uint(list.len());
        list.iter().for_each(|&n| self.uint(usize::from(n)));
    }
}

/// `value` as LEB128 into `stream`: seven bits a byte, low bits first.
fn leb128(stream: &mut Vec<u8>, mut value: usize) {
    while value >= 0x80 {
        stream.push(low_seven_bits(value) | 0x80);
        value >>= 7;
    }
    stream.push(low_seven_bits(value));
}

fn low_seven_bits(value: usize) -> u8 {
    u8::try_from(value & 0x7f).unwrap_or(0)
}

/// The citation a Report carries for a source: its first place, without the parenthesised
/// details (which fixtures show it, how the code path goes) and the further places, which the
/// tables keep as written for the people who check them.
/// `nginx src/http/ngx_http_special_response.c (ngx_http_error_tail ...); captured locally ...`
/// becomes `nginx src/http/ngx_http_special_response.c`. About 40% of the knowledge's size.
pub fn citation(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut depth = 0usize;
    for c in source.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    // The first of the places a source names is the one a reader follows.
    let first = out.split(';').next().unwrap_or_default();
    // Packing runs at build time, outside the wasm module: std's join costs nothing there.
    #[allow(clippy::disallowed_methods)]
    let short = first.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = short.replace(" ,", ",").replace(" .", ".");
    let short = short.trim_matches(|c: char| c == ',' || c == ':' || c.is_whitespace());
    if short.is_empty() || depth != 0 {
        source.to_owned()
    } else {
        short.to_owned()
    }
}
