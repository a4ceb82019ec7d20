//! The format dispatcher: HAR, `curl -v`, a request as code, an exchange, or raw text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = resplain::internals::detect(data);
});
