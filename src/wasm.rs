//! The wasm-bindgen exports. Thin by design: convert the input, call the Rust core, convert the
//! Report to a JS object at one chokepoint (`to_js`); errors become JS `Error`s there too.
//! No logic lives here beyond reading JS values into `Parts`.

use js_sys::{Array, Function, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::input::Parts;

/// The Report's TypeScript shape, kept beside the Rust model (src/report.rs) and checked against
/// every fixture's Report by the type test (tests/types).
#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &str = include_str!("report.d.ts");

#[wasm_bindgen(start)]
fn start() {
    // A panic aborts the instance mid-call (panic=abort); its memory may then be inconsistent.
    // Log it, and have wasm-bindgen replace the instance with a fresh one before the next call.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        wasm_bindgen::handler::schedule_reinit();
    }));
}

/// Panics on purpose, so tests can check that the next call still works.
#[cfg(feature = "test-panic")]
#[wasm_bindgen(js_name = panicForTest)]
#[allow(clippy::panic)]
pub fn panic_for_test() {
    panic!("deliberate panic for the recovery test");
}

// Every export takes its arguments as JS values and copies them into wasm memory itself: the
// glue's reset guard (after a panic) runs before the call, and an argument the glue had copied
// into the old instance's memory would not survive the reset.

/// Inspects a pasted HTTP response (raw, `curl -v`, HAR…) and returns the Report.
#[wasm_bindgen(js_name = inspect, unchecked_return_type = "Report")]
pub fn inspect_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("inspect takes a string (use inspectBytes for bytes)"))?;
    to_js(&crate::inspect(text.as_bytes()))
}

/// Inspects raw bytes (a dropped file that may not be UTF-8).
#[wasm_bindgen(js_name = inspectBytes, unchecked_return_type = "Report")]
pub fn inspect_bytes(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
) -> Result<JsValue, JsError> {
    to_js(&crate::inspect(&paste_bytes(&bytes)?))
}

fn paste_bytes(value: &JsValue) -> Result<Vec<u8>, JsError> {
    if let Some(text) = value.as_string() {
        Ok(text.into_bytes())
    } else if value.is_instance_of::<Uint8Array>() || value.is_instance_of::<js_sys::ArrayBuffer>()
    {
        Ok(copied(&Uint8Array::new(value)))
    } else {
        Err(JsError::new("expected a string or bytes"))
    }
}

/// The readable report of a paste, as `"text"` (what the CLI prints) or `"markdown"` (for a
/// ticket: what the paste holds is quoted inertly, secrets masked) — of the HAR entry at
/// position `entry` of `entries` when given. The same Report `inspect` gives, put in words.
#[wasm_bindgen(js_name = render)]
pub fn render(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] paste: JsValue,
    #[wasm_bindgen(unchecked_param_type = "\"text\" | \"markdown\"")] format: JsValue,
    entry: Option<u32>,
) -> Result<String, JsError> {
    let style = match format.as_string().as_deref() {
        Some("markdown") => crate::Style::Markdown,
        Some("text") => crate::Style::Text,
        _ => return Err(JsError::new("format: \"text\" or \"markdown\"")),
    };
    let paste = paste_bytes(&paste)?;
    let report = crate::inspect(&paste);
    let report = match entry {
        None => &report,
        Some(at) => report
            .entries
            .get(at as usize)
            .and_then(|e| e.report.as_deref())
            .ok_or_else(|| JsError::new("no such entry"))?,
    };
    Ok(crate::render_as(report, &paste, style))
}

/// Inspects a response held as parts — `{status, statusText, headers, body, url?, method?}` — as
/// axios errors, node's http module or any client give it. `headers` may be a `Headers`, a `Map`,
/// an array of pairs or a plain object; `body` a string, bytes, or an object (sent as JSON).
#[wasm_bindgen(js_name = inspectParts, unchecked_return_type = "Report")]
pub fn inspect_parts(
    #[wasm_bindgen(unchecked_param_type = "ResponseParts")] parts: JsValue,
) -> Result<JsValue, JsError> {
    let body = body_bytes(&get(&parts, "body")?)?;
    to_js(&crate::inspect_parts(&parts_of(&parts, body)?))
}

/// Inspects a fetch() `Response`. Reads a clone of the body, so the original stays usable.
#[wasm_bindgen(js_name = inspectResponse, unchecked_return_type = "Promise<Report>")]
pub fn inspect_response(
    #[wasm_bindgen(unchecked_param_type = "Response")] response: JsValue,
) -> Result<JsValue, JsError> {
    let response: web_sys::Response = response.dyn_into().map_err(|_| {
        JsError::new("inspectResponse takes a fetch Response (`clone` is not a function here)")
    })?;
    let read = response
        .clone()
        .and_then(|clone| clone.array_buffer())
        .map_err(|_| JsError::new("could not read the body (was it already read?)"))?;
    // `read.then(on_body)`: a one-shot callback rather than a Rust future, which would bring an
    // executor into the module. An `Err` it returns rejects the promise.
    let on_body = Closure::once_into_js(move |buffer: JsValue| -> Result<JsValue, JsValue> {
        let parts = Parts {
            status: response.status(),
            status_text: response.status_text(),
            headers: header_pairs(&response.headers().into()).map_err(JsValue::from)?,
            body: copied(&Uint8Array::new(&buffer)),
            url: Some(response.url()).filter(|u| !u.is_empty()),
            method: None,
        };
        to_js(&crate::inspect_parts(&parts)).map_err(JsValue::from)
    });
    let then: Function = get(&read, "then")?
        .dyn_into()
        .map_err(|_| JsError::new("`arrayBuffer()` did not return a promise"))?;
    then.call1(&read, &on_body)
        .map_err(|_| JsError::new("could not wait for the body"))
}

/// The single conversion point from the Report to a JS value: its JSON (`report_json`, written
/// by hand, without serde) read by `JSON.parse`.
fn to_js(report: &crate::Report) -> Result<JsValue, JsError> {
    JSON::parse(&crate::report_json::to_string(report))
        .map_err(|_| JsError::new("could not convert the report to a JS object"))
}

fn parts_of(source: &JsValue, body: Vec<u8>) -> Result<Parts, JsError> {
    let status = get(source, "status")?.as_f64().unwrap_or(0.0);
    Ok(Parts {
        // Range-checked first, so the cast neither wraps nor loses a sign.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        status: if (0.0..=999.0).contains(&status) {
            status as u16
        } else {
            0
        },
        status_text: get(source, "statusText")?.as_string().unwrap_or_default(),
        headers: header_pairs(&get(source, "headers")?)?,
        body,
        url: get(source, "url")?.as_string().filter(|u| !u.is_empty()),
        method: get(source, "method")?.as_string(),
    })
}

fn get(target: &JsValue, key: &str) -> Result<JsValue, JsError> {
    if target.is_object() {
        Reflect::get(target, &JsValue::from_str(key))
            .map_err(|_| JsError::new(&format!("cannot read `{key}`")))
    } else {
        Err(JsError::new("expected an object"))
    }
}

/// `target.entries()`.
fn call_entries(target: &JsValue) -> Result<JsValue, JsError> {
    let function: Function = get(target, "entries")?
        .dyn_into()
        .map_err(|_| JsError::new("`entries` is not a function: expected a fetch Response"))?;
    function
        .call0(target)
        .map_err(|_| JsError::new("calling `entries` failed (was the body already read?)"))
}

/// `Headers`/`Map` (anything with `entries()`), an array of `[name, value]`, or a plain object.
fn header_pairs(headers: &JsValue) -> Result<Vec<(String, String)>, JsError> {
    if headers.is_undefined() || headers.is_null() {
        return Ok(Vec::new());
    }
    let entries: JsValue = if Array::is_array(headers) {
        headers.clone()
    } else if get(headers, "entries")?.is_function() {
        Array::from(&call_entries(headers)?).into()
    } else {
        Object::entries(&Object::from(headers.clone())).into()
    };
    let mut pairs = Vec::new();
    for pair in Array::from(&entries).iter() {
        let pair = Array::from(&pair);
        let (Some(name), value) = (pair.get(0).as_string(), pair.get(1)) else {
            continue;
        };
        if let Some(value) = value.as_string() {
            pairs.push((name, value));
        } else if Array::is_array(&value) {
            // Multi-valued headers as arrays (node's IncomingMessage.headers['set-cookie']).
            let (mut joined, mut separator) = (String::new(), "");
            for item in Array::from(&value).iter() {
                if let Some(item) = item.as_string() {
                    joined.push_str(separator);
                    joined.push_str(&item);
                    separator = ", ";
                }
            }
            pairs.push((name, joined));
        }
    }
    Ok(pairs)
}

#[wasm_bindgen]
extern "C" {
    /// `Uint8Array.prototype.set.call(slice, bytes)`: the copy `Uint8Array::to_vec` makes, without
    /// its length `assert_eq!`, whose message formatting (`usize`'s `Debug`) the module would carry.
    #[wasm_bindgen(js_namespace = Uint8Array, js_name = "prototype.set.call")]
    fn copy_into(slice: &mut [u8], bytes: &Uint8Array);
}

/// A copy of `bytes` in wasm memory.
fn copied(bytes: &Uint8Array) -> Vec<u8> {
    let mut copy = vec![0; bytes.length() as usize];
    copy_into(&mut copy, bytes);
    copy
}

fn body_bytes(body: &JsValue) -> Result<Vec<u8>, JsError> {
    if body.is_undefined() || body.is_null() {
        return Ok(Vec::new());
    }
    if let Some(text) = body.as_string() {
        return Ok(text.into_bytes());
    }
    if body.is_instance_of::<Uint8Array>() || body.is_instance_of::<js_sys::ArrayBuffer>() {
        return Ok(copied(&Uint8Array::new(body)));
    }
    let json: String = JSON::stringify(body)
        .map_err(|_| JsError::new("the body is neither text, bytes nor JSON-serialisable"))?
        .into();
    Ok(json.into_bytes())
}

/// The allocator: Talc instead of the standard dlmalloc, for a smaller module (about 3 KB less
/// gzipped) and faster allocation. wasm32 without threads, as the crate is built.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
