//! Two files in `$OUT_DIR`:
//! - `tables.bin`: the knowledge tables (src/tables/) packed and compressed, which the library
//!   embeds and reads back on first use (src/knowledge.rs);
//! - `fixtures.rs`: the test fixtures for the wasm test suites, which cannot read the file
//!   system: one `(id, input bytes, expected report JSON)` per snapshot fixture. The library
//!   itself does not use it.

use std::fmt::Write;
use std::path::Path;

#[allow(dead_code)] // the crate's half of the module (entry types it reads into) is unused here
#[path = "src/tables/mod.rs"]
mod tables;

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    println!("cargo:rerun-if-changed=src/tables");
    let packed = tables::pack();
    if let Err(e) = std::fs::write(Path::new(&out_dir).join("tables.bin"), packed) {
        println!("cargo:warning=could not write tables.bin: {e}");
    }

    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let fixtures = Path::new(&root).join("tests/fixtures");
    let snapshots = Path::new(&root).join("tests/snapshots");
    println!("cargo:rerun-if-changed=tests/fixtures");
    println!("cargo:rerun-if-changed=tests/snapshots");
    let mut ids: Vec<String> = std::fs::read_dir(&fixtures)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let id = name.strip_suffix(".http")?.to_owned();
            snapshots.join(format!("{id}.json")).exists().then_some(id)
        })
        .collect();
    ids.sort();
    let mut out = String::from("pub static FIXTURES: &[(&str, &[u8], &str)] = &[\n");
    for id in ids {
        let input = fixtures.join(format!("{id}.http"));
        let snapshot = snapshots.join(format!("{id}.json"));
        let _ = writeln!(
            out,
            "    ({id:?}, include_bytes!({:?}), include_str!({:?})),",
            input.display().to_string(),
            snapshot.display().to_string()
        );
    }
    out.push_str("];\n");
    let _ = std::fs::write(Path::new(&out_dir).join("fixtures.rs"), out);
}
