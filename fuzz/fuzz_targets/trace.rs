//! The reader of `curl --trace` / `--trace-ascii` output (blocks of offsets, hex or text): never panics, and every range of the text it rebuilds leads inside the
//! input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(prepared) = resplain::internals::prepare_trace(data) {
        assert!(resplain::internals::maps_inside(data.len(), &prepared));
    }
});
