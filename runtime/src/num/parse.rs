//! `float(str)` and `int(str, base)` parsing as CPython 3.11 accepts it, their exact error
//! messages, and the int/str conversion digit limit (`sys.set_int_max_str_digits`).

use std::f64::consts::LOG10_2;

use num_bigint::{BigInt, BigUint, Sign};

use super::format_spec::truncate_chars;
use super::repr::str_repr;
use super::unicode::{decimal_value, is_space};
use super::NumError;

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Whitespace that `int()` and `float()` strip: ASCII ` \t\n\v\f\r` and every non-ASCII
/// `str.isspace()` character. (CPython turns non-ASCII spaces into `' '` first, and its ASCII
/// test leaves out `\x1c`..`\x1f`, which `str.isspace()` accepts.)
fn is_number_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r') || (c as u32 >= 0x80 && is_space(c))
}

/// The bytes CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` makes of `s`: ASCII kept,
/// decimal digits of any script as ASCII digits, other spaces as `' '`, anything else as `?`.
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            _ if c.is_ascii() => c as u8,
            _ if is_space(c) => b' ',
            // Invariant: decimal values are below 10.
            _ => decimal_value(c).map_or(b'?', |d| b'0' + d as u8),
        })
        .collect()
}

/// `float(s)` for a str: the value, or `None` where CPython raises ValueError (build the
/// message with [`float_literal_error`]).
///
/// Accepts surrounding whitespace, a sign, digits of any script, one underscore between two
/// digits, `.5`, `5.`, exponents, and `inf`, `infinity`, `nan` in any case; rejects hex.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(is_number_space);
    let transformed;
    let bytes = if s.is_ascii() {
        s.as_bytes()
    } else {
        transformed = to_ascii(s);
        &transformed[..]
    };
    if !bytes.contains(&b'_') {
        return parse_float_ascii(bytes);
    }
    let mut stripped = Vec::with_capacity(bytes.len());
    let mut prev = 0u8;
    for &b in bytes {
        if b == b'_' {
            // Underscores only after a digit...
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            // ...and before one.
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            stripped.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    parse_float_ascii(&stripped)
}

/// Parses ASCII float syntax. Rust's grammar is CPython's: an optional sign, then digits with
/// an optional point (at least one digit) and exponent, or `inf`/`infinity`/`nan` in any case;
/// and its result is correctly rounded, as dtoa's strtod is.
fn parse_float_ascii(bytes: &[u8]) -> Option<f64> {
    std::str::from_utf8(bytes).ok()?.parse::<f64>().ok()
}

/// ValueError "could not convert string to float: '...'" for the string given to `float()`.
pub fn float_literal_error(s: &str) -> NumError {
    NumError::value(format!(
        "could not convert string to float: {}",
        str_repr(s)
    ))
}

/// ValueError "invalid literal for int() with base N: '...'" (the repr cut to 200
/// characters, as CPython's `%.200R` does).
pub fn int_literal_error(s: &str, base: u32) -> NumError {
    let repr = str_repr(s);
    NumError::value(format!(
        "invalid literal for int() with base {base}: {}",
        truncate_chars(&repr, 200)
    ))
}

/// ValueError for a base outside `0` and `2..=36`.
pub fn int_base_error() -> NumError {
    NumError::value("int() base must be >= 2 and <= 36, or 0")
}

/// Why [`parse_int`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseIntError {
    /// The base is not 0 or 2..=36.
    InvalidBase,
    /// Not a literal in that base.
    Invalid,
    /// More digits than `sys.get_int_max_str_digits()` in a base that is not a power of two.
    TooManyDigits { limit: usize, digits: usize },
}

impl ParseIntError {
    /// The ValueError CPython raises for `int(s, base)` (`s` and `base` as the caller gave
    /// them).
    pub fn into_error(self, s: &str, base: u32) -> NumError {
        match self {
            ParseIntError::InvalidBase => int_base_error(),
            ParseIntError::Invalid => int_literal_error(s, base),
            ParseIntError::TooManyDigits { limit, digits } => NumError::value(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )),
        }
    }
}

/// `int(s, base)` for a str (`PyLong_FromString`): surrounding whitespace, a sign, digits of
/// any script, single underscores between digits (and one after a prefix), a `0x`/`0o`/`0b`
/// prefix matching the base; base 0 reads the prefix and rejects leading zeros of a nonzero
/// decimal. `max_str_digits` is `sys.get_int_max_str_digits()` (0: unlimited).
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::InvalidBase);
    }
    let s = s.trim_matches(is_number_space);
    if s.is_ascii() {
        parse_int_ascii(s.as_bytes(), base, max_str_digits)
    } else {
        parse_int_ascii(&to_ascii(s), base, max_str_digits)
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

fn parse_int_ascii(b: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, ParseIntError> {
    let mut i = 0;
    let mut negative = false;
    match b.first() {
        Some(b'+') => i = 1,
        Some(b'-') => {
            negative = true;
            i = 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    let next = b.get(i + 1).map(u8::to_ascii_lowercase);
    if base == 0 {
        base = match (b.get(i), next) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                // An old C-style octal literal like "010" is an error, but "00" is zero.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if b.get(i) == Some(&b'0')
        && matches!(
            (base, next),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        i += 2;
        if b.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    if b.get(i) == Some(&b'_') {
        return Err(ParseIntError::Invalid);
    }
    let start = i;
    let mut digits = 0usize;
    let mut prev = 0u8;
    while let Some(&c) = b.get(i) {
        if c == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else if digit_value(c) < base {
            digits += 1;
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseIntError::Invalid);
    }
    let end = i;
    // The limit is checked on the digit run alone, before any trailing garbage is noticed.
    if !base.is_power_of_two() && max_str_digits > 0 && digits > max_str_digits {
        return Err(ParseIntError::TooManyDigits {
            limit: max_str_digits,
            digits,
        });
    }
    let magnitude = digits_to_biguint(&b[start..end], base, digits);
    if error_if_nonzero && magnitude != BigUint::ZERO {
        return Err(ParseIntError::Invalid);
    }
    if end == start || b[end..].iter().any(|&c| !matches!(c, b' ' | b'\t'..=b'\r')) {
        return Err(ParseIntError::Invalid);
    }
    Ok(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        magnitude,
    ))
}

/// The value of a validated run of digits and underscores.
fn digits_to_biguint(run: &[u8], base: u32, digit_count: usize) -> BigUint {
    let mut small: u64 = 0;
    let mut fits = true;
    for &c in run {
        if c == b'_' {
            continue;
        }
        match small
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(digit_value(c))))
        {
            Some(v) => small = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return BigUint::from(small);
    }
    let mut values = Vec::with_capacity(digit_count);
    values.extend(
        run.iter()
            .filter(|&&c| c != b'_')
            .map(|&c| digit_value(c) as u8),
    );
    // Invariant: every value is below `base`, so this cannot be `None`.
    BigUint::from_radix_be(&values, base).unwrap_or_default()
}

/// ValueError "Exceeds the limit (N digits) for integer string conversion; ..." for int->str.
fn int_to_str_limit_error(limit: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Fails as `str(v)` does when `v` has more than `max_str_digits` decimal digits (0:
/// unlimited). Cheap: it looks at the bit length, and converts only near the boundary.
pub fn check_int_str_digits(v: &BigInt, max_str_digits: usize) -> Result<(), NumError> {
    match digits_verdict(v, max_str_digits) {
        Some(true) => Ok(()),
        Some(false) => Err(int_to_str_limit_error(max_str_digits)),
        None => int_to_decimal(v, max_str_digits).map(drop),
    }
}

/// Whether `v` has at most `max` decimal digits, when the bit length decides it.
fn digits_verdict(v: &BigInt, max: usize) -> Option<bool> {
    if max == 0 {
        return Some(true);
    }
    let bits = v.bits() as f64;
    // 2**(bits-1) <= |v| < 2**bits, so |v| has from floor((bits-1) * log10(2)) + 1 to
    // floor(bits * log10(2)) + 1 digits. The margin of 1 covers the rounding of the products
    // for any bit count that fits in memory; near the limit the caller converts to be sure.
    let most = (bits * LOG10_2 + 1.0).floor() + 1.0;
    let least = ((bits - 1.0).max(0.0) * LOG10_2 - 1.0).floor() + 1.0;
    if most <= max as f64 {
        Some(true)
    } else if least > max as f64 {
        Some(false)
    } else {
        None
    }
}

/// `str(v)`: the decimal digits, or CPython's ValueError when there are more than
/// `max_str_digits` of them (0: unlimited).
pub fn int_to_decimal(v: &BigInt, max_str_digits: usize) -> Result<String, NumError> {
    match digits_verdict(v, max_str_digits) {
        Some(true) => Ok(v.to_string()),
        Some(false) => Err(int_to_str_limit_error(max_str_digits)),
        None => {
            let text = v.to_string();
            let digits = text.len() - usize::from(text.starts_with('-'));
            if digits > max_str_digits {
                Err(int_to_str_limit_error(max_str_digits))
            } else {
                Ok(text)
            }
        }
    }
}

/// The length of the float literal at the start of `s` (sign, digits with underscores, point,
/// exponent, or `inf`/`infinity`/`nan`), as CPython's complex parser scans it; 0 for none.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word) {
            return i + word.len();
        }
    }
    let start = i;
    let digits = |s: &[u8], mut i: usize| {
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            i += 1;
        }
        i
    };
    i = digits(s, i);
    if s.get(i) == Some(&b'.') {
        i = digits(s, i + 1);
    }
    if i == start || (i == start + 1 && s[start] == b'.') {
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits(s, j);
        if k > j {
            i = k;
        }
    }
    i
}

/// `complex(s)` for a str: `(real, imag)`, or None where CPython raises "complex() arg is a
/// malformed string". Accepts `1+2j`, `-j`, `3`, `2.5J` and the same inside parentheses, with
/// whitespace around.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut s = s.trim_matches(is_number_space);
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim_matches(is_number_space);
    }
    let transformed;
    let b = if s.is_ascii() {
        s.as_bytes()
    } else {
        transformed = to_ascii(s);
        &transformed[..]
    };
    let num = |bytes: &[u8]| parse_float(std::str::from_utf8(bytes).ok()?);
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let n = float_prefix_len(b);
    if n == 0 {
        // A bare `j`, `+j` or `-j`.
        return match b {
            [j] if is_j(Some(j)) => Some((0.0, 1.0)),
            [b'+', j] if is_j(Some(j)) => Some((0.0, 1.0)),
            [b'-', j] if is_j(Some(j)) => Some((0.0, -1.0)),
            _ => None,
        };
    }
    let x = num(&b[..n])?;
    let rest = &b[n..];
    match rest {
        [] => Some((x, 0.0)),
        [j] if is_j(Some(j)) => Some((0.0, x)),
        [sign @ (b'+' | b'-'), tail @ ..] => {
            let m = float_prefix_len(tail);
            // The imaginary part's own sign would make `1+-2j`, which CPython rejects.
            if m > 0 && matches!(tail[0], b'+' | b'-') {
                return None;
            }
            let y = if m == 0 { 1.0 } else { num(&tail[..m])? };
            if tail.len() != m + 1 || !is_j(tail.get(m)) {
                return None;
            }
            Some((x, if *sign == b'-' { -y } else { y }))
        }
        _ => None,
    }
}
