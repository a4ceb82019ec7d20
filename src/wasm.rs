//! The wasm-bindgen exports. Thin by design: convert the input, call the Rust core, convert the
//! Report to a JS object at one chokepoint. No logic lives here.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Inspects a pasted HTTP response and returns the Report as a plain object.
#[wasm_bindgen(js_name = inspect, unchecked_return_type = "Report")]
pub fn inspect_text(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::inspect(text.as_bytes()))
}

/// Inspects raw bytes (a file that may not be UTF-8).
#[wasm_bindgen(js_name = inspectBytes, unchecked_return_type = "Report")]
pub fn inspect_bytes(bytes: &[u8]) -> Result<JsValue, JsError> {
    to_js(&crate::inspect(bytes))
}

/// The single conversion point from Rust values to JS values.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json)
        .map_err(|_| JsError::new("could not convert the report to a JS object"))
}
