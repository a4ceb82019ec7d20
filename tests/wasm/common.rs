//! Shared by the node and browser suites: the exported JS API over every snapshot fixture must give
//! exactly the Report the native build pins in tests/snapshots (so wasm and native agree).

use js_sys::{Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

// `FIXTURES`: every snapshot fixture (wasm cannot read files); tests/fixtures.rs keeps the list
// current.
include!("fixtures.rs");

fn to_json(value: &JsValue) -> Value {
    let text: String = JSON::stringify(value).unwrap().into();
    numbers_as_f64(serde_json::from_str(&text).unwrap())
}

fn expected(snapshot: &str) -> Value {
    numbers_as_f64(serde_json::from_str(snapshot).unwrap())
}

/// JS has one number type: `0.0` comes back as `0`. Compare numbers by value.
fn numbers_as_f64(value: Value) -> Value {
    match value {
        Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_f64).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, numbers_as_f64(v)))
                .collect(),
        ),
        other => other,
    }
}

#[wasm_bindgen_test]
fn exported_inspect_matches_native_snapshots() {
    assert!(
        FIXTURES.len() >= 100,
        "fixture list is incomplete: {}",
        FIXTURES.len()
    );
    for (id, input, snapshot) in FIXTURES {
        let text = String::from_utf8_lossy(input);
        // The JS API takes a string: only pastes that are valid UTF-8 round-trip byte for byte.
        if text.as_bytes() != *input {
            continue;
        }
        let js = resplain::wasm::inspect_text(JsValue::from_str(&text)).unwrap();
        assert_eq!(
            to_json(&js),
            expected(snapshot),
            "{id}: wasm report differs from the native snapshot"
        );
    }
}

#[wasm_bindgen_test]
fn inspect_bytes_matches_native_snapshots() {
    for (id, input, snapshot) in FIXTURES {
        let js = resplain::wasm::inspect_bytes(js_sys::Uint8Array::from(*input).into()).unwrap();
        assert_eq!(to_json(&js), expected(snapshot), "{id}");
    }
}

#[wasm_bindgen_test]
fn report_is_a_plain_object_with_the_contract_fields() {
    let js = resplain::wasm::inspect_text(JsValue::from_str(
        "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n<hr><center>nginx</center>",
    ))
    .unwrap();
    let status = Reflect::get(&js, &"status".into()).unwrap();
    assert_eq!(
        Reflect::get(&status, &"code".into()).unwrap().as_f64(),
        Some(502.0)
    );
    let origin = Reflect::get(&js, &"origin".into()).unwrap();
    assert_eq!(
        Reflect::get(&origin, &"kind".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("proxy")
    );
    assert_eq!(
        Reflect::get(&origin, &"generator".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("nginx")
    );
    for field in ["headers", "body", "explanation", "diagnostics", "previous"] {
        assert!(Reflect::has(&js, &field.into()).unwrap(), "missing {field}");
    }
}

#[wasm_bindgen_test]
fn garbage_and_empty_input_still_report() {
    for input in ["", "\u{0}\u{1}garbage", "HTTP/1.1", "{{{{"] {
        let js = resplain::wasm::inspect_text(JsValue::from_str(input)).unwrap();
        assert!(Reflect::has(&js, &"diagnostics".into()).unwrap());
    }
}
