//! The JSON reader, against serde_json: the same inputs are valid (numbers beyond f64 and lone
//! surrogate escapes aside, which serde_json refuses and the reader keeps), validation agrees
//! with parsing, and the array visitor sees what parsing sees.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resplain::internals::Json;

fuzz_target!(|data: &[u8]| {
    let parsed = Json::parse(data);
    assert_eq!(Json::is_valid(data), parsed.is_some());
    match serde_json::from_slice::<serde_json::Value>(data) {
        Ok(_) => assert!(parsed.is_some(), "serde_json accepts, the reader does not"),
        Err(e) => {
            let message = e.to_string();
            // serde_json names a lone surrogate "unexpected end of hex escape" when no `\u`
            // follows it.
            let tolerated = message.contains("number out of range")
                || message.contains("surrogate")
                || (message.contains("hex escape") && has_surrogate_escape(data))
                || message.contains("recursion limit");
            assert!(parsed.is_none() || tolerated, "the reader accepts: {message}");
        }
    }
    let mut seen = Vec::new();
    let found = Json::for_each_at(data, &["log", "entries"], &mut |v| seen.push(v));
    if let Some(doc) = &parsed {
        // `get` answers with the last of repeated keys, the visitor (which cannot look ahead)
        // with the first: compare where each key on the path is there once.
        let once = |v: &Json, key: &str| {
            v.as_object()
                .is_some_and(|m| m.iter().filter(|(k, _)| k == key).count() == 1)
        };
        let log = doc.get("log");
        if once(doc, "log") && log.is_some_and(|l| once(l, "entries")) {
            let entries = log.and_then(|l| l.get("entries")).and_then(Json::as_array);
            assert_eq!(found, entries.is_some());
            if let Some(entries) = entries {
                assert_eq!(entries, seen.as_slice());
            }
        }
    } else {
        assert!(!found);
    }
});

/// Whether `data` has a `\uD800`..`\uDFFF` escape (which the reader turns into U+FFFD when lone).
fn has_surrogate_escape(data: &[u8]) -> bool {
    data.windows(4).any(|w| {
        w[0] == b'\\' && w[1] == b'u' && (w[2] | 0x20) == b'd' && matches!(w[3] | 0x20, b'8'..=b'9' | b'a'..=b'f')
    })
}
