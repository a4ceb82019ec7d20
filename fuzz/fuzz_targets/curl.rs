//! The `curl -v` detector, and its reader whatever the detector says.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = resplain::internals::looks_verbose(data);
    let _ = resplain::internals::prepare_curl(data);
});
