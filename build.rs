//! Lists the test fixtures for the wasm test suites, which cannot read the file system: writes
//! `$OUT_DIR/fixtures.rs` with one `(id, input bytes, expected report JSON)` per snapshot fixture.
//! The library itself does not use the file.

use std::fmt::Write;
use std::path::Path;

fn main() {
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
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    let _ = std::fs::write(Path::new(&out_dir).join("fixtures.rs"), out);
}
