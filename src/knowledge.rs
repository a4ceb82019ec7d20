//! The knowledge tables (crates/tables), read back once, on first use, from the bytes the build
//! script packed them into. Every `&'static str` of the entries borrows those bytes.

use std::sync::OnceLock;

pub(crate) use resplain_tables::Knowledge;

/// `resplain_tables::pack()`, run by the build script.
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tables.bin"));

pub(crate) fn get() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| resplain_tables::unpack(PACKED).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_tables_are_what_the_tables_pack_to_now() {
        assert_eq!(
            resplain_tables::pack(),
            PACKED,
            "the build script packs the tables as `resplain_tables::pack` does"
        );
        assert!(resplain_tables::unpack(PACKED).1, "every byte is read");
    }
}
