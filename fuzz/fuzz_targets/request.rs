//! The request detector (Copy as cURL / Copy as fetch / a bare request line).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = resplain::internals::from_command(data);
    let _ = resplain::internals::parse_request_line(data);
});
