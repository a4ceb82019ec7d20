//! Packs the knowledge tables (crates/tables) into `$OUT_DIR/tables.bin`, which the library
//! embeds and reads back on first use (src/knowledge.rs), and their citations into
//! `$OUT_DIR/citations.txt` (NUL-ended), which only native builds embed.

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    let out = std::path::Path::new(&out_dir);
    let packed = resplain_tables::pack();
    let mut citations = String::new();
    for c in &packed.citations {
        citations.push_str(c);
        citations.push('\0');
    }
    for (name, bytes) in [
        ("tables.bin", packed.tables.as_slice()),
        ("citations.txt", citations.as_bytes()),
    ] {
        if let Err(e) = std::fs::write(out.join(name), bytes) {
            println!("cargo:warning=could not write {name}: {e}");
        }
    }
}
