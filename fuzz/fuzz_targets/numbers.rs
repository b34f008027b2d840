//! int, float and complex parsing, called directly (no interpreter, so millions of inputs a
//! minute), with round-trip properties: a parsed float's repr parses back to it, and a parsed
//! int's decimal text parses back to it.
#![no_main]

use isola_runtime::num;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let base = match u32::from(selector) % 37 {
        1 => 10,
        b => b,
    };
    if let Ok(v) = num::parse_int(text, base, num::DEFAULT_MAX_STR_DIGITS) {
        if let Ok(decimal) = num::int_to_decimal(&v, num::DEFAULT_MAX_STR_DIGITS) {
            let back = num::parse_int(&decimal, 10, num::DEFAULT_MAX_STR_DIGITS);
            assert!(back.as_ref().ok() == Some(&v), "{text:?} -> {decimal}");
        }
    }
    if let Some(x) = num::parse_float(text) {
        let repr = num::float_repr(x);
        let back = num::parse_float(&repr);
        assert!(
            back.is_some_and(|y| y.to_bits() == x.to_bits() || (x.is_nan() && y.is_nan())),
            "{text:?} -> {repr}"
        );
    }
    let _ = num::parse_complex(text);
});
