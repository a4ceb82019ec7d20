//! The reader of a terminal paste around a response (prompt, command, curl -w and error lines): never panics, and every range of the text it rebuilds leads inside the
//! input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(prepared) = resplain::internals::prepare_terminal(data) {
        assert!(resplain::internals::maps_inside(data.len(), &prepared));
    }
});
