//! Format specs and %-formatting: `format(value, spec)`, `f'{value:{spec}}'` and
//! `spec % value` for values of each numeric and string type. Exceptions are expected; a
//! panic, an abort or an unchecked allocation is a bug.
#![no_main]

use isola_runtime::Shareable;
use libfuzzer_sys::fuzz_target;

const PROGRAM: &str = "\
values = [0, -1, 12345678901234567890, True, 1.5, -0.0, float('inf'), float('nan'), 1e300,
          2.5e-310, 1+2j, complex(-0.0, float('nan')), 'abc', '', b'xy', None]
for value in values:
    try:
        format(value, spec)
    except (ValueError, TypeError, OverflowError, MemoryError):
        pass
    try:
        spec % value
    except (ValueError, TypeError, OverflowError, MemoryError, KeyError):
        pass
try:
    spec % tuple(values[:4])
except (ValueError, TypeError, OverflowError, MemoryError, KeyError):
    pass
try:
    spec.format(*values, x=1)
except (ValueError, TypeError, OverflowError, MemoryError, KeyError, IndexError, AttributeError):
    pass
";

fuzz_target!(|data: &[u8]| {
    let spec = String::from_utf8_lossy(data).into_owned();
    isola_fuzz::check(PROGRAM, vec![("spec".into(), Shareable::Str(spec))]);
});
