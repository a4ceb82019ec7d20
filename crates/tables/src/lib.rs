//! resplain's knowledge, as written and as read: the fingerprint of every product (`products`,
//! with the types in `product`), what each status code means (`status`), what each product means
//! by one (`generators`) and what single headers say (`headers`). One readable entry per product,
//! code or header, each with its source.
//!
//! Packing and unpacking sit side by side: [`pack`] writes every table into one byte string
//! (text, each string ended by a NUL and each source written once; numbers as LEB128; citation
//! numbers as steps, in a stream of their own), which
//! resplain's build script writes to `$OUT_DIR/tables.bin` and the library embeds; [`unpack`]
//! reads that string back into the same entry types, borrowing every `&'static str` from it.
//! Stored as Rust values instead, every `&str` of the tables would cost the wasm module a pointer
//! and a length (thousands of pairs, which compress badly); packed, the text compresses as the
//! prose it is. Only `unpack` and the types reach the wasm module: the tables as written are used
//! by `pack` (at build time) and the tests.
//!
//! Invariant: `unpack(pack())` gives back every table exactly as written, reading every byte; and
//! `unpack` never panics, whatever the bytes.

pub mod cues;
pub mod generators;
pub mod headers;
mod pack;
pub use pack::citation;
pub mod product;
pub mod products;
pub mod stacks;
pub mod status;
mod unpack;

use cues::Cue;
use generators::GeneratorEntry;
use headers::{HeaderEntry, HeaderNote};
use product::Product;
use stacks::Stack;
use status::{Note, StatusEntry};
use unpack::Reader;

/// Whether retrying the same request can help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAdvice {
    /// Retrying the same request is expected to help (with backoff).
    Yes,
    /// Retrying may help, with backoff, for idempotent requests.
    Maybe,
    /// Retrying the same request will get the same answer: change the request first.
    No,
    /// Not an error.
    NotNeeded,
}

impl RetryAdvice {
    /// As the Report writes it.
    pub const fn id(self) -> &'static str {
        match self {
            RetryAdvice::Yes => "yes",
            RetryAdvice::Maybe => "maybe",
            RetryAdvice::No => "no",
            RetryAdvice::NotNeeded => "not-needed",
        }
    }
}

/// Every table, as [`unpack`] reads it back.
pub struct Knowledge {
    pub products: &'static [Product],
    /// `(derived, base)`: `products::REFINES`.
    pub refines: &'static [(&'static str, &'static str)],
    pub stacks: &'static [Stack],
    pub cues: &'static [Cue],
    pub generators: &'static [GeneratorEntry],
    pub status_notes: &'static [Note],
    pub status: &'static [StatusEntry],
    pub headers: &'static [HeaderEntry],
    pub proxy_status_errors: &'static [(&'static str, &'static str)],
    pub header_notes: &'static [HeaderNote],
}

/// Every table packed, as [`unpack`] reads them, and the citations their sources are numbers of.
pub struct Packed {
    /// The lengths of the text and the number streams (4 bytes each, little-endian), the text,
    /// the numbers, then the citations.
    pub tables: Vec<u8>,
    /// Every source's short citation ([`citation`]), by number.
    pub citations: Vec<String>,
}

/// Every table packed, in the order [`unpack`] reads them; see [`Packed`].
pub fn pack() -> Packed {
    let mut p = pack::Packer::default();
    products::pack(&mut p);
    stacks::pack(&mut p);
    cues::pack(&mut p);
    generators::pack(&mut p);
    status::pack(&mut p);
    headers::pack(&mut p);
    let length = |stream: &[u8]| {
        u32::try_from(stream.len())
            .unwrap_or(u32::MAX)
            .to_le_bytes()
    };
    let mut out = Vec::with_capacity(8 + p.text.len() + p.numbers.len() + p.cites.len());
    out.extend_from_slice(&length(&p.text));
    out.extend_from_slice(&length(&p.numbers));
    out.extend_from_slice(&p.text);
    out.extend_from_slice(&p.numbers);
    out.extend_from_slice(&p.cites);
    Packed {
        tables: out,
        citations: p.citations,
    }
}

/// The citation number of a source read back by [`unpack`] (its decimal key); `None` for a
/// source that is not one (an empty string, text written in the code).
pub fn cite_number(source: &str) -> Option<u16> {
    if source.is_empty() || !source.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    source.parse().ok()
}

/// The tables from what [`pack`] wrote, and whether every byte was read. The lists are leaked:
/// the tables are read once and live as long as the program.
pub fn unpack(packed: &'static [u8]) -> (Knowledge, bool) {
    let length = |at: usize| {
        packed
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u32::from_le_bytes(b) as usize)
    };
    let (text_end, numbers_end) = {
        let text_end = length(0).saturating_add(8).min(packed.len());
        (
            text_end,
            text_end.saturating_add(length(4)).min(packed.len()),
        )
    };
    let text = packed.get(8..text_end).unwrap_or_default();
    let numbers = packed.get(text_end..numbers_end).unwrap_or_default();
    let cites = packed.get(numbers_end..).unwrap_or_default();
    let mut r = Reader::new(text, numbers, cites);
    let knowledge = Knowledge {
        products: r.list(products::read),
        refines: r.pairs(),
        stacks: r.list(stacks::read),
        cues: r.list(cues::read),
        generators: generators::read_all(&mut r),
        status_notes: r.list(status::read_note),
        status: r.list(status::read),
        headers: r.list(headers::read),
        proxy_status_errors: r.pairs(),
        header_notes: r.list(headers::read_note),
    };
    (knowledge, r.done())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaked(bytes: Vec<u8>) -> &'static [u8] {
        bytes.leak()
    }

    /// `written` as Debug text with every source replaced by its citation's number: what
    /// reading the packed tables back must give.
    fn as_read<T: std::fmt::Debug>(written: &T, sources: &[&str], citations: &[String]) -> String {
        let mut text = format!("{written:?}");
        for source in sources {
            let n = citations
                .iter()
                .position(|c| *c == citation(source))
                .expect("every source is a citation");
            text = text.replace(&format!("source: {source:?}"), &format!("source: \"{n}\""));
        }
        text
    }

    #[test]
    fn tables_read_back_as_written() {
        let packed = pack();
        let citations = packed.citations;
        let (knowledge, done) = unpack(leaked(packed.tables));
        assert!(done, "every byte is read");
        let products: Vec<&Product> = products::GROUPS
            .iter()
            .flat_map(|group| group.iter().copied())
            .collect();
        let mut sources: Vec<&str> = products
            .iter()
            .flat_map(|p| p.signals.iter().map(|s| s.source))
            .chain(
                stacks::TABLE
                    .iter()
                    .flat_map(|s| s.signals.iter().map(|s| s.source)),
            )
            .chain(cues::TABLE.iter().map(|c| c.source))
            .chain(generators::TABLE.iter().map(|e| e.source))
            .chain(status::NOTES.iter().map(|n| n.source))
            .chain(status::TABLE.iter().map(|e| e.source))
            .chain(headers::TABLE.iter().map(|e| e.source))
            .chain(headers::NOTES.iter().map(|n| n.source))
            .collect();
        // Longest first, so a source that contains another is replaced whole.
        #[allow(clippy::disallowed_methods)] // a test: the order of replacements only
        sources.sort_by_key(|s| std::cmp::Reverse(s.len()));
        sources.dedup();
        let read: Vec<&Product> = knowledge.products.iter().collect();
        assert!(format!("{read:?}") == as_read(&products, &sources, &citations));
        assert_eq!(knowledge.refines, products::REFINES);
        assert_eq!(
            format!("{:?}", knowledge.stacks),
            as_read(&stacks::TABLE, &sources, &citations)
        );
        assert_eq!(
            format!("{:?}", knowledge.cues),
            as_read(&cues::TABLE, &sources, &citations)
        );
        assert_eq!(
            format!("{:?}", knowledge.generators),
            as_read(&generators::TABLE, &sources, &citations)
        );
        assert_eq!(
            format!("{:?}", knowledge.status_notes),
            as_read(&status::NOTES, &sources, &citations)
        );
        assert_eq!(
            format!("{:?}", knowledge.status),
            as_read(&status::TABLE, &sources, &citations)
        );
        assert_eq!(
            format!("{:?}", knowledge.headers),
            as_read(&headers::TABLE, &sources, &citations)
        );
        assert_eq!(knowledge.proxy_status_errors, headers::PROXY_STATUS_ERRORS);
        assert_eq!(
            format!("{:?}", knowledge.header_notes),
            as_read(&headers::NOTES, &sources, &citations)
        );
    }

    #[test]
    fn every_citation_is_read_back_as_its_number() {
        let packed = pack();
        assert!(packed.citations.len() < usize::from(u16::MAX));
        assert_eq!(cite_number("17"), Some(17));
        assert_eq!(cite_number(""), None);
        assert_eq!(cite_number("RFC 9110"), None);
    }

    #[test]
    fn citations_drop_the_details() {
        assert_eq!(
            citation("nginx src/http/ngx_http_special_response.c (ngx_http_error_tail (footer)); captured locally"),
            "nginx src/http/ngx_http_special_response.c"
        );
        assert_eq!(citation("(only details)"), "(only details)");
    }

    #[test]
    fn damaged_bytes_read_without_panicking() {
        for packed in [
            &b""[..],
            b"\x05\0\0\0\xff\xff",
            &[0x80; 40],
            &[0xff; 300],
            &[0xff; 3],
        ] {
            unpack(packed);
        }
    }

    #[test]
    fn product_ids_are_unique_kebab_case() {
        let mut seen = Vec::new();
        for product in products::GROUPS.iter().flat_map(|g| g.iter()) {
            assert!(
                product
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not lowercase kebab-case",
                product.id
            );
            assert!(!seen.contains(&product.id), "{} twice", product.id);
            seen.push(product.id);
        }
    }
}
