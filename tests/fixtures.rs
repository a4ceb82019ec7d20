//! The conformance corpus: every `tests/fixtures/<id>.http` has its label `<id>.json` (the format of
//! ../shared/corpus/README.md) and a full-report snapshot `tests/snapshots/<id>.json`.
//!
//! - status code and body kind must match the label on every fixture;
//! - origin kind and generator are scored over the whole set against the quality bar, and a label
//!   that lists `evidence` product ids must get them all;
//! - the snapshot pins the whole Report (the wasm suites compare against the same files, which
//!   proves native and wasm agree). `UPDATE_SNAPSHOTS=1 cargo test --test fixtures` rewrites them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Quality bar for attribution over the fixtures (share of cases right).
const ORIGIN_KIND_MIN: f64 = 0.98;
const GENERATOR_MIN: f64 = 0.90;

struct Case {
    id: String,
    input: Vec<u8>,
    label: Value,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "http"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            let label_path = path.with_extension("json");
            let label =
                serde_json::from_str(&std::fs::read_to_string(&label_path).unwrap_or_else(|_| {
                    panic!(
                        "{id}: every fixture needs its label {}",
                        label_path.display()
                    )
                }))
                .unwrap();
            Case {
                input: std::fs::read(&path).unwrap(),
                id,
                label,
            }
        })
        .collect()
}

#[test]
fn labels_cite_a_source() {
    for case in cases() {
        for field in [
            "id",
            "status",
            "origin",
            "generator",
            "body_kind",
            "provenance",
            "source",
        ] {
            assert!(
                !case.label[field].is_null(),
                "{}: label lacks {field}",
                case.id
            );
        }
        assert_eq!(case.label["id"], case.id.as_str());
    }
}

#[test]
fn status_and_body_kind_match_every_label() {
    let mut failures = Vec::new();
    for case in cases() {
        let report = serde_json::to_value(resplain::inspect(&case.input)).unwrap();
        if report["status"]["code"] != case.label["status"] {
            failures.push(format!(
                "{}: status {} (label {})",
                case.id, report["status"]["code"], case.label["status"]
            ));
        }
        if report["body"]["kind"] != case.label["body_kind"] {
            failures.push(format!(
                "{}: body.kind {} (label {})",
                case.id, report["body"]["kind"], case.label["body_kind"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn attribution_meets_the_quality_bar() {
    let cases = cases();
    let (mut kind_ok, mut generator_ok) = (0usize, 0usize);
    let mut misses = Vec::new();
    for case in &cases {
        let report = serde_json::to_value(resplain::inspect(&case.input)).unwrap();
        let origin = &report["origin"];
        let kind_right = origin["kind"] == case.label["origin"];
        let generator_right = origin["generator"] == case.label["generator"];
        kind_ok += usize::from(kind_right);
        generator_ok += usize::from(generator_right);
        if !(kind_right && generator_right) {
            misses.push(format!(
                "{}: got {}/{} want {}/{}",
                case.id,
                origin["kind"],
                origin["generator"],
                case.label["origin"],
                case.label["generator"]
            ));
        }
        if let Some(expected) = case.label["evidence"].as_array() {
            let products: Vec<&str> = origin["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["product"].as_str().unwrap())
                .collect();
            for product in expected {
                let product = product.as_str().unwrap();
                assert!(
                    products.contains(&product),
                    "{}: no evidence for {product} (evidence: {products:?})",
                    case.id
                );
            }
            assert!(
                kind_right && generator_right,
                "{}: {}",
                case.id,
                misses.last().unwrap()
            );
        }
    }
    let n = cases.len() as f64;
    let (kind_rate, generator_rate) = (kind_ok as f64 / n, generator_ok as f64 / n);
    println!("origin.kind {kind_rate:.3}, origin.generator {generator_rate:.3} over {n} fixtures");
    assert!(
        kind_rate >= ORIGIN_KIND_MIN && generator_rate >= GENERATOR_MIN,
        "origin.kind {kind_rate:.3} (min {ORIGIN_KIND_MIN}), generator {generator_rate:.3} (min {GENERATOR_MIN}); misses:\n{}",
        misses.join("\n")
    );
}

#[test]
fn reports_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for case in cases() {
        let actual = serde_json::to_string_pretty(&resplain::inspect(&case.input)).unwrap() + "\n";
        let path = dir.join(format!("{}.json", case.id));
        if update {
            std::fs::write(&path, &actual).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
            stale.push(case.id);
        }
    }
    assert!(
        stale.is_empty(),
        "reports differ from tests/snapshots for: {}\nreview with `UPDATE_SNAPSHOTS=1 cargo test --test fixtures` and `git diff tests/snapshots`",
        stale.join(", ")
    );
}

/// The wasm suites cannot read files, so `tests/wasm/fixtures.rs` lists every snapshot fixture
/// for them as `include_bytes!`/`include_str!`; this keeps that committed list current.
#[test]
fn wasm_fixture_list_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = String::from(
        "// Generated by tests/fixtures.rs (`UPDATE_SNAPSHOTS=1 cargo test --test fixtures`).\n\
         static FIXTURES: &[(&str, &[u8], &str)] = &[\n",
    );
    for case in cases() {
        let id = &case.id;
        text.push_str(&format!(
            "    ({id:?}, include_bytes!(\"../fixtures/{id}.http\"), include_str!(\"../snapshots/{id}.json\")),\n"
        ));
    }
    text.push_str("];\n");
    let path = root.join("tests/wasm/fixtures.rs");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()),
        "tests/wasm/fixtures.rs is not the list of fixtures: run `UPDATE_SNAPSHOTS=1 cargo test --test fixtures`"
    );
}
