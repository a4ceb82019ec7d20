//! The knowledge tables (crates/tables), read back once, on first use, from the bytes the build
//! script packed them into. Every `&'static str` of the entries borrows those bytes; sources
//! are citation numbers, whose texts only native builds embed (`citation`).

use std::sync::OnceLock;

pub(crate) use resplain_tables::Knowledge;

/// `resplain_tables::pack().tables`, written by the build script.
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tables.bin"));

/// `resplain_tables::pack().citations`, each ended by a NUL; not in the wasm module, whose pages
/// fetch `citations.json` when they show a source.
#[cfg(not(target_arch = "wasm32"))]
static CITATIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/citations.txt"));

pub(crate) fn get() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| resplain_tables::unpack(PACKED).0)
}

/// The text of citation `n`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn citation(n: u16) -> Option<&'static str> {
    CITATIONS.split_terminator('\0').nth(usize::from(n))
}

#[cfg(target_arch = "wasm32")]
pub(crate) fn citation(_: u16) -> Option<&'static str> {
    None
}

/// A source read back from the tables as its citation number, or written in the code as text.
pub(crate) fn cite_or_text(source: &'static str) -> (Option<u16>, Option<&'static str>) {
    match resplain_tables::cite_number(source) {
        Some(n) => (Some(n), None),
        None => (None, Some(source).filter(|s| !s.is_empty())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_tables_are_what_the_tables_pack_to_now() {
        let packed = resplain_tables::pack();
        assert_eq!(
            packed.tables, PACKED,
            "the build script packs the tables as `resplain_tables::pack` does"
        );
        assert!(resplain_tables::unpack(PACKED).1, "every byte is read");
        #[cfg(not(target_arch = "wasm32"))]
        {
            let embedded: Vec<&str> = CITATIONS.split_terminator('\0').collect();
            assert_eq!(embedded, packed.citations);
            assert_eq!(citation(0), packed.citations.first().map(String::as_str));
        }
    }
}
