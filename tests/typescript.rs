//! The TypeScript declarations (src/report.d.ts) list every diagnostic code the Rust side can
//! emit; the node type test (tests/types) checks every other field against real Reports.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice
)]

#[test]
fn diagnostic_codes_match_the_typescript_union() {
    let ts = include_str!("../src/report.d.ts");
    let start = ts.find("export type DiagnosticCode =").unwrap();
    let block = &ts[start..];
    let block = &block[..block.find(';').unwrap()];
    let mut declared: Vec<&str> = block.split('"').skip(1).step_by(2).collect();
    let mut emitted: Vec<&str> = resplain::Code::ALL.iter().map(|c| c.as_str()).collect();
    declared.sort_unstable();
    emitted.sort_unstable();
    assert_eq!(
        declared, emitted,
        "src/report.d.ts DiagnosticCode differs from diagnostic.rs"
    );
}
