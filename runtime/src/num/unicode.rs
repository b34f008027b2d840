//! The Unicode character properties CPython 3.11 uses for reprs and number parsing:
//! `str.isprintable()`, decimal digit values (`str.isdecimal()`) and `str.isspace()`.

mod tables;

use tables::{DECIMAL_ZEROS, NONPRINTABLE, NON_ASCII_SPACES};

/// Whether `c` is printable as Python's `str.isprintable()` decides it, that is whether `repr`
/// shows it as itself rather than as an escape.
#[inline]
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if c < 0x7F {
        return c >= 0x20;
    }
    // Find the last range starting at or before `c`; `c` is non-printable when inside it.
    let i = NONPRINTABLE.partition_point(|&(start, _)| start <= c);
    i == 0 || NONPRINTABLE[i - 1].1 < c
}

/// The value of `c` as a decimal digit (Unicode category Nd, any script), as `int()`,
/// `float()` and `str.isdecimal()` read it.
#[inline]
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&zero| zero <= c);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// Whether `c` is whitespace as Python's `str.isspace()` decides it (which, unlike
/// `char::is_whitespace`, includes the separators U+001C..U+001F).
#[inline]
pub fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if (c as u32) < 0x80 => false,
        _ => NON_ASCII_SPACES.binary_search(&(c as u32)).is_ok(),
    }
}
