//! The HAR detector and reader.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = resplain::internals::parse_har(data);
});
