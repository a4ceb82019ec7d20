//! The reader of clients' messages naming a status (Java, Ruby, PHP, Go, .NET): never panics,
//! and every range of the text it rebuilds leads inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(prepared) = resplain::internals::prepare_client(data) {
        assert!(resplain::internals::maps_inside(data.len(), &prepared));
    }
});
