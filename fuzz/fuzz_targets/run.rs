//! Whole programs under tight limits: every outcome is an exception or a limit, never a crash.
//! Seeded with the conformance corpus (tests/python), which libFuzzer mutates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = isola_fuzz::run(source, Vec::new());
    }
});
