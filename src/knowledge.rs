//! The knowledge tables (src/tables/), rebuilt once, on first use, from the byte string the build
//! script packed them into: the text decompressed into one string that lives as long as the
//! program, every `&'static str` of the entries borrowed from it.
//!
//! Invariant: reading never panics. The bytes are the crate's own, so a short read or a string
//! cut inside a character cannot happen; should it, the reader yields zeros and empty strings.
//! The tests check that every table reads back exactly as written, and that every byte is read.

use std::sync::OnceLock;

use crate::tables::generators::GeneratorEntry;
use crate::tables::headers::{HeaderEntry, Read};
use crate::tables::product::{Layer, Matcher, Product, Shows, Signal};
use crate::tables::status::StatusEntry;
use crate::tables::{codec, RetryAdvice};

/// `crate::tables::pack()`, run by the build script.
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tables.bin"));

pub struct Knowledge {
    pub products: &'static [Product],
    pub generators: &'static [GeneratorEntry],
    pub status: &'static [StatusEntry],
    pub headers: &'static [HeaderEntry],
    pub proxy_status_errors: &'static [(&'static str, &'static str)],
}

pub fn get() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| read(PACKED).0)
}

/// The tables from `packed`, and whether every byte was read.
fn read(packed: &[u8]) -> (Knowledge, bool) {
    let length = packed
        .get(..4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, |b| u32::from_le_bytes(b) as usize);
    let end = length.saturating_add(4);
    let text = codec::decode(packed.get(4..end).unwrap_or_default());
    let text: &'static [u8] = text.leak();
    let numbers = packed.get(end..).unwrap_or_default();
    let mut r = Reader {
        text,
        numbers,
        at_text: 0,
        at_number: 0,
        shared: Vec::new(),
    };
    let knowledge = Knowledge {
        products: r.list(read_product),
        generators: r.list(read_generator),
        status: r.list(read_status),
        headers: r.list(read_header),
        proxy_status_errors: r.pairs(),
    };
    let done = r.at_text == text.len() && r.at_number == numbers.len();
    (knowledge, done)
}

fn read_product(r: &mut Reader) -> Product {
    Product {
        id: r.str(),
        name: r.str(),
        layer: match r.byte() {
            0 => Layer::Edge,
            1 => Layer::Gateway,
            2 => Layer::Proxy,
            _ => Layer::App,
        },
        signals: r.list(|r| Signal {
            matcher: read_matcher(r),
            shows: if r.bool() {
                Shows::Generated
            } else {
                Shows::OnPath
            },
            weight: f32::from(r.byte()) / 100.0,
            source: r.shared(),
        }),
    }
}

fn read_matcher(r: &mut Reader) -> Matcher {
    match r.byte() {
        0 => Matcher::Header(r.str()),
        1 => Matcher::HeaderIs(r.str(), r.str()),
        2 => Matcher::HeaderPrefix(r.str(), r.str()),
        3 => Matcher::HeaderContains(r.str(), r.str()),
        4 => Matcher::Body(r.str()),
        5 => Matcher::BodyIs(r.str()),
        6 => Matcher::Reason(r.str()),
        7 => Matcher::Status(r.u16(), r.u16()),
        8 => Matcher::JsonKeys(r.strs()),
        9 => Matcher::JsonIs(r.str(), r.str()),
        _ => Matcher::All(r.list(read_matcher)),
    }
}

fn read_generator(r: &mut Reader) -> GeneratorEntry {
    GeneratorEntry {
        generators: r.strs(),
        codes: r.uints(),
        body: r.strs(),
        header: r.bool().then(|| (r.str(), r.strs())),
        title: r.str(),
        cause: r.str(),
        causes: r.strs(),
        checks: r.strs(),
        not: r.strs(),
        retry: r.retry(),
        reached_app: r.opt_bool(),
        source: r.shared(),
    }
}

fn read_status(r: &mut Reader) -> StatusEntry {
    StatusEntry {
        code: r.u16(),
        reason: r.str(),
        aliases: r.strs(),
        meaning: r.str(),
        retry: r.retry().unwrap_or(RetryAdvice::No),
        causes: r.strs(),
        checks: r.strs(),
        unofficial: r.bool(),
        source: r.shared(),
    }
}

fn read_header(r: &mut Reader) -> HeaderEntry {
    HeaderEntry {
        name: r.str(),
        kind: r.str(),
        what: r.str(),
        read: match r.byte() {
            0 => Read::Id,
            1 => Read::Values(r.pairs()),
            2 => Read::Age,
            3 => Read::ProxyStatus,
            4 => Read::ServerTiming,
            5 => Read::Via,
            6 => Read::Challenge,
            _ => Read::Present,
        },
        source: r.shared(),
    }
}

/// Reads back what `crate::tables::pack::Packer` wrote, stream by stream. The text lives as
/// long as the program (the entries borrow it); the numbers only while they are read.
struct Reader<'n> {
    text: &'static [u8],
    numbers: &'n [u8],
    at_text: usize,
    at_number: usize,
    shared: Vec<&'static str>,
}

impl<'n> Reader<'n> {
    fn byte(&mut self) -> u8 {
        let byte = self.numbers.get(self.at_number).copied().unwrap_or(0);
        self.at_number += 1;
        byte
    }

    fn bool(&mut self) -> bool {
        self.byte() != 0
    }

    fn uint(&mut self) -> usize {
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

    fn u16(&mut self) -> u16 {
        u16::try_from(self.uint()).unwrap_or(u16::MAX)
    }

    fn opt_bool(&mut self) -> Option<bool> {
        [None, Some(false), Some(true)]
            .get(usize::from(self.byte()))
            .copied()
            .flatten()
    }

    fn retry(&mut self) -> Option<RetryAdvice> {
        use RetryAdvice::*;
        [None, Some(Yes), Some(Maybe), Some(No), Some(NotNeeded)]
            .get(usize::from(self.byte()))
            .copied()
            .flatten()
    }

    fn str(&mut self) -> &'static str {
        let text: &'static [u8] = self.text;
        let rest = text.get(self.at_text..).unwrap_or_default();
        let len = memchr::memchr(0, rest).unwrap_or(rest.len());
        self.at_text += len + 1;
        rest.get(..len)
            .and_then(|s| std::str::from_utf8(s).ok())
            .unwrap_or_default()
    }

    /// What `Packer::shared` wrote.
    fn shared(&mut self) -> &'static str {
        match self.uint() {
            0 => {
                let text = self.str();
                self.shared.push(text);
                text
            }
            k => self.shared.get(k - 1).copied().unwrap_or_default(),
        }
    }

    /// A list, read with `item`; it lives as long as the program (the tables are read once).
    fn list<T>(&mut self, mut item: impl FnMut(&mut Reader<'n>) -> T) -> &'static [T] {
        let len = self.uint();
        let list: Vec<T> = (0..len).map(|_| item(self)).collect();
        list.leak()
    }

    fn strs(&mut self) -> &'static [&'static str] {
        self.list(Reader::str)
    }

    fn pairs(&mut self) -> &'static [(&'static str, &'static str)] {
        self.list(|r| (r.str(), r.str()))
    }

    fn uints(&mut self) -> &'static [u16] {
        self.list(Reader::u16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables;

    #[test]
    fn tables_read_back_as_written() {
        let packed = tables::pack();
        assert_eq!(
            packed, PACKED,
            "the build script packs the tables as `tables::pack` does"
        );
        let (knowledge, done) = read(&packed);
        assert!(done, "every byte is read");
        let products: Vec<&Product> = tables::products::GROUPS
            .iter()
            .flat_map(|group| group.iter().copied())
            .collect();
        assert_eq!(knowledge.products.iter().collect::<Vec<_>>(), products);
        assert_eq!(knowledge.generators, tables::generators::TABLE);
        assert_eq!(knowledge.status, tables::status::TABLE);
        assert_eq!(knowledge.headers, tables::headers::TABLE);
        assert_eq!(
            knowledge.proxy_status_errors,
            tables::headers::PROXY_STATUS_ERRORS
        );
    }

    #[test]
    fn damaged_bytes_read_without_panicking() {
        for packed in [&b""[..], b"\x05\0\0\0\xff\xff", &[0x80; 40], &[0xff; 300]] {
            read(packed);
        }
    }
}
