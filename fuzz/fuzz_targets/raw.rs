//! The raw reader: raw responses, a bare header block, a body alone, empty.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut diags = resplain::internals::Diagnostics::default();
    let paste = resplain::internals::read_raw(data, &mut diags);
    assert!(paste.last.span.end <= data.len());
});
