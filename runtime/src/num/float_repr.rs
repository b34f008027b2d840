//! Float to text as CPython's `PyOS_double_to_string` does it: `repr(float)` and the `e`, `f`,
//! `g` presentations with a precision, sharing one layout routine ported from
//! `format_float_short` in Python/pystrtod.c.
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` gives the shortest digits
//! that round-trip (as dtoa mode 0), and `{:.N}` / `{:.Ne}` give the exact decimal value rounded
//! half-even at the requested place (as dtoa modes 3 and 2). Only the layout is ours.

use std::fmt::Write as _;

/// The presentation codes of `PyOS_double_to_string`: `'e'`, `'f'`, `'g'` and `'r'` (repr).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatCode {
    /// `e`: scientific, `precision` digits after the point.
    Exp,
    /// `f`: fixed point, `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, scientific when the exponent is < -4 or >= precision.
    General,
    /// `r`: the shortest digits that round-trip, scientific when the exponent is < -4 or >= 16.
    Repr,
}

/// How to write one float: `PyOS_double_to_string`'s code, precision and flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DoubleFormat {
    pub code: FloatCode,
    /// `E`, `F`, `G`: uppercase exponent letter, `INF` and `NAN`.
    pub upper: bool,
    /// Digits after the point (`e`, `f`) or significant digits (`g`); ignored by `r`.
    pub precision: usize,
    /// `Py_DTSF_ADD_DOT_0`: write `1.0`, not `1`, when no exponent is used.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT` (`#`): keep trailing zeros and the decimal point.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0` (`z`): a value that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
}

impl DoubleFormat {
    pub(crate) fn new(code: FloatCode, precision: usize) -> Self {
        DoubleFormat {
            code,
            upper: false,
            precision,
            add_dot_0: false,
            alt: false,
            no_neg_0: false,
        }
    }
}

/// Python's `repr(x)` (and `str(x)`) of a float: the shortest digits that round-trip, in
/// scientific notation when the decimal exponent is below -4 or at least 16.
pub fn float_repr(x: f64) -> String {
    let mut out = String::new();
    write_float_repr(&mut out, x);
    out
}

/// Appends `repr(x)` to `out`.
pub(crate) fn write_float_repr(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str(non_finite(x, false));
        return;
    }
    // Integral values below 1e16 are by far the most common floats printed, and their shortest
    // digits are exactly their integer digits (the spacing of doubles there is at most 2 and
    // every shorter candidate is a multiple of 10 at least that far away).
    if x == x.trunc() && x.abs() < 1e16 {
        if x == 0.0 && x.is_sign_negative() {
            out.push('-');
        }
        let _ = write!(out, "{}.0", x as i64);
        return;
    }
    let mut text = StackText::new();
    let (len, decpt) = shortest_digits(x.abs(), &mut text);
    let format = DoubleFormat {
        add_dot_0: true,
        ..DoubleFormat::new(FloatCode::Repr, 0)
    };
    layout(
        out,
        &text.as_mut_bytes()[..len],
        decpt,
        x.is_sign_negative(),
        &format,
    );
}

/// dtoa mode 0 for finite `x >= 0`: the shortest digits that round-trip and, of those, the
/// closest to `x`, ties to an even last digit. Leaves the digits at the front of `text`.
fn shortest_digits(x: f64, text: &mut StackText) -> (usize, i64) {
    // Invariant: the shortest form of a finite double is at most 24 bytes, so this never fails.
    let _ = write!(text, "{x:e}");
    let (len, decpt) = compact_scientific(text.as_mut_bytes());
    // Rust's shortest algorithm can break a tie between two equally close shortest candidates
    // the other way (993296976403967.25 gives ...967.3, dtoa ...967.2). On a tie, take the
    // correctly rounded digits of that length (ties to even) if they round-trip; next to a
    // power of two only one candidate may round-trip, and then Rust's choice stands.
    if is_decimal_tie(x, len) {
        let mut rounded = StackText::new();
        let _ = write!(rounded, "{:.*e}", len - 1, x);
        if rounded.as_str().parse::<f64>() == Ok(x) {
            let (rounded_len, rounded_decpt) = compact_scientific(rounded.as_mut_bytes());
            text.buf[..rounded_len].copy_from_slice(&rounded.buf[..rounded_len]);
            return (rounded_len, rounded_decpt);
        }
    }
    (len, decpt)
}

/// More digits after the point than any double's exact expansion has (1074).
const EXACT_FRACTION_DIGITS: usize = 1100;

/// More significant digits than any double's exact expansion has (767).
const EXACT_SIGNIFICANT_DIGITS: usize = 800;

/// `PyOS_double_to_string(x, code, precision, flags)`: appends `x` formatted per `format`,
/// with a leading `-` for negative values (never for NaN) and no other sign.
pub(crate) fn write_double(out: &mut String, x: f64, format: &DoubleFormat) {
    if !x.is_finite() {
        out.push_str(non_finite(x, format.upper));
        return;
    }
    let negative = x.is_sign_negative();
    let x = x.abs();
    if format.code == FloatCode::Repr {
        let mut text = StackText::new();
        let (len, decpt) = shortest_digits(x, &mut text);
        layout(out, &text.as_mut_bytes()[..len], decpt, negative, format);
        return;
    }
    let mut layout_format = *format;
    let mut text = String::new();
    // A double's exact decimal expansion has at most 1074 digits after the point and 767
    // significant digits, so digits asked beyond these are zeros: they are left to `layout`,
    // which pads to the precision. (Rust's formatter also panics on a precision past u16.)
    let fixed_digits = format.precision.min(EXACT_FRACTION_DIGITS);
    let exp_digits = format.precision.min(EXACT_SIGNIFICANT_DIGITS);
    let compact: fn(&mut [u8]) -> (usize, i64) = match format.code {
        FloatCode::Repr | FloatCode::Fixed => {
            let _ = write!(text, "{:.*}", fixed_digits, x);
            compact_fixed
        }
        FloatCode::Exp => {
            // dtoa mode 2 with precision + 1 significant digits.
            layout_format.precision = format.precision.saturating_add(1);
            let _ = write!(text, "{:.*e}", exp_digits, x);
            compact_scientific
        }
        FloatCode::General => {
            layout_format.precision = format.precision.max(1);
            let _ = write!(text, "{:.*e}", exp_digits.max(1) - 1, x);
            compact_scientific
        }
    };
    let mut bytes = text.into_bytes();
    let (len, decpt) = compact(&mut bytes);
    layout(out, &bytes[..len], decpt, negative, &layout_format);
}

/// `inf`, `-inf` or `nan` (CPython never writes a sign on a NaN).
fn non_finite(x: f64, upper: bool) -> &'static str {
    match (x.is_nan(), x.is_sign_negative(), upper) {
        (true, _, false) => "nan",
        (true, _, true) => "NAN",
        (false, false, false) => "inf",
        (false, true, false) => "-inf",
        (false, false, true) => "INF",
        (false, true, true) => "-INF",
    }
}

/// Whether finite `x > 0` lies exactly halfway between two decimals of `len` significant
/// digits. Its exact expansion must then have `len + 1` digits, ending in 5: `x` is
/// `m / 2**k` with `m` odd and `0 < k`, its expansion is the digits of `m * 5**k`, and with
/// `len <= 17` that needs `k <= 27` (5**28 alone has 20 digits). Integers never tie: their
/// candidates are farther apart than the spacing of doubles.
fn is_decimal_tie(x: f64, len: usize) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return false;
    }
    let zeros = mantissa.trailing_zeros();
    let k = -(exp + i64::from(zeros));
    if !(1..=27).contains(&k) {
        return false;
    }
    // Below 2**53 * 5**27 < 2**116: no overflow.
    let exact = u128::from(mantissa >> zeros) * 5u128.pow(k as u32);
    exact.ilog10() as usize == len
}

/// Turns Rust's `d.ddde[-]N` in place into dtoa's digit string at the front of `text`: no
/// point, no trailing zeros, `"0"` for zero. Returns its length and `decpt` (the value is
/// `0.digits * 10**decpt`).
fn compact_scientific(text: &mut [u8]) -> (usize, i64) {
    let e = text.iter().position(|&b| b == b'e').unwrap_or(text.len());
    let mut exp: i64 = 0;
    let mut negative_exp = false;
    for &b in text.get(e + 1..).unwrap_or(&[]) {
        match b {
            b'-' => negative_exp = true,
            b'0'..=b'9' => exp = exp * 10 + i64::from(b - b'0'),
            _ => {}
        }
    }
    if negative_exp {
        exp = -exp;
    }
    let mut len = 0;
    for i in 0..e {
        if text[i] != b'.' {
            text[len] = text[i];
            len += 1;
        }
    }
    finish_digits(text, len, exp + 1)
}

/// Turns Rust's `ddd.ddd` in place into dtoa's digit string (see [`compact_scientific`]).
fn compact_fixed(text: &mut [u8]) -> (usize, i64) {
    let point = text.iter().position(|&b| b == b'.').unwrap_or(text.len());
    let leading = text[..point].iter().take_while(|&&b| b == b'0').count();
    let mut decpt = (point - leading) as i64;
    let mut len = 0;
    let mut seen_nonzero = false;
    for i in leading..text.len() {
        let b = text[i];
        if b == b'.' {
            continue;
        }
        // Zeros after the point and before the first significant digit only move the point.
        if !seen_nonzero && b == b'0' {
            decpt -= 1;
            continue;
        }
        seen_nonzero = true;
        text[len] = b;
        len += 1;
    }
    finish_digits(text, len, decpt)
}

/// Strips trailing zeros from `text[..len]`; an all-zero string becomes `"0"` with `decpt` 1,
/// as dtoa returns zero.
fn finish_digits(text: &mut [u8], mut len: usize, decpt: i64) -> (usize, i64) {
    while len > 0 && text[len - 1] == b'0' {
        len -= 1;
    }
    if len == 0 {
        text[0] = b'0';
        return (1, 1);
    }
    (len, decpt)
}

/// `format_float_short`'s layout: writes `[-]<zeros><digits><zeros>[e<exp>]` for the digits
/// `0.digits * 10**decpt` of a finite value.
fn layout(out: &mut String, digits: &[u8], decpt: i64, negative: bool, format: &DoubleFormat) {
    let precision = i64::try_from(format.precision).unwrap_or(i64::MAX / 4);
    let digits_len = digits.len() as i64;
    let is_zero = digits == b"0";
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match format.code {
        FloatCode::Exp => {
            use_exp = true;
            vdigits_end = precision;
        }
        FloatCode::Fixed => vdigits_end = decpt + precision,
        FloatCode::General => {
            let limit = if format.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if format.alt {
                vdigits_end = precision;
            }
        }
        FloatCode::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut decpt = decpt;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && format.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    if negative && !(format.no_neg_0 && is_zero) {
        out.push('-');
    }
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    // Invariant: digits are ASCII, so they are valid UTF-8 at every split.
    let text = std::str::from_utf8(digits).unwrap_or("");
    if 0 < decpt && decpt <= digits_len {
        let (int_part, frac_part) = text.split_at(decpt as usize);
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac_part);
    } else {
        out.push_str(text);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !format.alt {
        out.pop();
    }
    if use_exp {
        out.push(if format.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.unsigned_abs());
    }
}

fn push_zeros(out: &mut String, count: i64) {
    for _ in 0..count.max(0) {
        out.push('0');
    }
}

/// A fixed buffer for the shortest form of a float, so `repr` allocates only its result.
struct StackText {
    buf: [u8; 32],
    len: usize,
}

impl StackText {
    fn new() -> Self {
        StackText {
            buf: [0; 32],
            len: 0,
        }
    }

    fn as_mut_bytes(&mut self) -> &mut [u8] {
        &mut self.buf[..self.len]
    }

    fn as_str(&self) -> &str {
        // Invariant: only whole `str`s are written, so the bytes are UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let slot = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}
