//! Packs the knowledge tables (crates/tables) into `$OUT_DIR/tables.bin`, which the library
//! embeds and reads back on first use (src/knowledge.rs).

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    let path = std::path::Path::new(&out_dir).join("tables.bin");
    if let Err(e) = std::fs::write(path, resplain_tables::pack()) {
        println!("cargo:warning=could not write tables.bin: {e}");
    }
}
