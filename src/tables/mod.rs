//! The knowledge tables, as written: the fingerprint of every product (`products`, with the
//! types in `product`), what each status code means (`status`), what each product means by one
//! (`generators`) and what single headers say (`headers`). One readable entry per product, code
//! or header, each with its source; data only, no logic.
//!
//! The module is compiled twice. The build script (build.rs) includes it to [`pack`] every table
//! into one byte string (`$OUT_DIR/tables.bin`), compressing the text with [`codec`]; the crate
//! includes it for the entry types, which `crate::knowledge` rebuilds from that string on first
//! use, and for the tests that compare what is read back with the tables as written. Stored as
//! Rust values instead, every `&str` of the tables would cost the wasm module a pointer and a
//! length (thousands of pairs, which compress badly) and its text would compress as gzip alone
//! does (about 12% larger than `codec`).
//!
//! Invariant: nothing here depends on the rest of the crate, so the build script can compile it.

pub mod codec;
pub mod generators;
pub mod headers;
pub mod pack;
pub mod product;
pub mod products;
pub mod status;

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

/// Every table packed, in the order `crate::knowledge` reads them: the length of the compressed
/// text (4 bytes, little-endian), the compressed text, then the number stream.
pub fn pack() -> Vec<u8> {
    let mut p = pack::Packer::default();
    products::pack(&mut p);
    generators::pack(&mut p);
    status::pack(&mut p);
    headers::pack(&mut p);
    let text = codec::encode(&p.text);
    let mut out = Vec::with_capacity(4 + text.len() + p.numbers.len());
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(&text);
    out.extend_from_slice(&p.numbers);
    out
}
