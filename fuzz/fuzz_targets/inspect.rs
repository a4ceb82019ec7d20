//! The whole pipeline: a Report for any bytes, that serialises, with every `{start, end}` range
//! inside the text it indexes (`input_length`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn spans_inside(value: &Value, len: u64) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::Number(s)), Some(Value::Number(e))) =
                (map.get("start"), map.get("end"))
            {
                let (s, e) = (
                    s.as_u64().unwrap_or(u64::MAX),
                    e.as_u64().unwrap_or(u64::MAX),
                );
                assert!(s <= e && e <= len, "span {s}..{e} outside 0..{len}");
            }
            map.values().for_each(|v| spans_inside(v, len));
        }
        Value::Array(items) => items.iter().for_each(|v| spans_inside(v, len)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let report = resplain::inspect(data);
    let json = serde_json::to_value(&report).expect("the Report serialises");
    // A HAR paste's Report lists one Report per entry, each indexing its own reconstructed text;
    // the top-level ranges index `input_length`.
    let len = report.input_length as u64;
    if let Value::Object(map) = &json {
        for (key, value) in map {
            if key != "entries" {
                spans_inside(value, len);
            }
        }
    }
});
