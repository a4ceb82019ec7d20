//! Parser edge cases and input formats, data-driven: each `tests/parser/<case>.http` and
//! `tests/inputs/<case>.<ext>` (real `curl -v`, httpie and HAR outputs) sits beside
//! `<case>.expect.json`, which holds the parts of the Report that must match (`report`, compared as
//! a subset) and the exact list of diagnostic codes (`diagnostics`, sorted).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::cast_possible_truncation
)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Every key in `expected` must be in `actual` with a matching value; arrays match element-wise
/// and must have the same length.
fn subset_mismatch(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().find_map(|(k, ev)| match a.get(k) {
            Some(av) => subset_mismatch(ev, av, &format!("{path}.{k}")),
            None => Some(format!("{path}.{k} is missing")),
        }),
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .find_map(|(i, (ev, av))| subset_mismatch(ev, av, &format!("{path}[{i}]"))),
        (e, a) if e == a => None,
        (e, a) => Some(format!("{path}: expected {e}, got {a}")),
    }
}

/// The case files of a directory: everything but the `.expect.json` files.
fn cases_in(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".expect.json"))
        .collect();
    cases.sort();
    cases
}

#[test]
fn parser_edge_cases() {
    let cases = cases_in("tests/parser");
    assert!(
        cases.len() >= 40,
        "expected the parser case set, found {}",
        cases.len()
    );
    check_cases(&cases);
}

#[test]
fn input_formats() {
    let cases = cases_in("tests/inputs");
    assert!(
        cases.len() >= 9,
        "expected the input format set, found {}",
        cases.len()
    );
    check_cases(&cases);
}

fn check_cases(cases: &[PathBuf]) {
    let mut failures = Vec::new();
    for case in cases {
        let input = std::fs::read(case).unwrap();
        let expect_path = case.with_extension("expect.json");
        let expect: Value = serde_json::from_str(
            &std::fs::read_to_string(&expect_path)
                .unwrap_or_else(|_| panic!("{} is missing", expect_path.display())),
        )
        .unwrap();
        let report = serde_json::to_value(resplain::inspect(&input)).unwrap();
        let name = case.file_stem().unwrap().to_string_lossy();
        if let Some(problem) = subset_mismatch(&expect["report"], &report, "report") {
            failures.push(format!("{name}: {problem}"));
        }
        let mut codes: Vec<&str> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        codes.sort_unstable();
        let expected: Vec<&str> = expect["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        if codes != expected {
            failures.push(format!(
                "{name}: diagnostics {codes:?}, expected {expected:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_span_lies_inside_the_text_it_indexes() {
    for path in cases_in("tests/parser")
        .into_iter()
        .chain(cases_in("tests/inputs"))
    {
        let input = std::fs::read(&path).unwrap();
        let report = serde_json::to_value(resplain::inspect(&input)).unwrap();
        check_spans(&report, input.len(), &path.display().to_string());
    }
}

/// Walks the JSON for every `{start, end}` object and checks it against the length of the text
/// the enclosing Report's spans index (`input_length`).
pub fn check_spans(value: &Value, len: usize, what: &str) {
    match value {
        Value::Object(map) => {
            let len = map
                .get("input_length")
                .and_then(Value::as_u64)
                .map_or(len, |l| l as usize);
            if let (Some(Value::Number(s)), Some(Value::Number(e))) =
                (map.get("start"), map.get("end"))
            {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(s <= e && e <= len, "{what}: span {s}..{e} outside 0..{len}");
            }
            map.values().for_each(|v| check_spans(v, len, what));
        }
        Value::Array(items) => items.iter().for_each(|v| check_spans(v, len, what)),
        _ => {}
    }
}
