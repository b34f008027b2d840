//! Float arithmetic with CPython's semantics: `/`, `//`, `%` and `divmod` (signs of zeros,
//! the divisor's sign for `%`), `round()` correctly rounded on the exact binary value, and `**`
//! with CPython's special cases (ported from Objects/floatobject.c).

use std::fmt::Write as _;

use num_bigint::BigInt;

use super::int_ops::float_to_int;
use super::NumError;

/// `a / b`.
#[inline]
pub fn float_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a // b`.
#[inline]
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b`: the result takes the sign of `b` (`-1.0 % 3.0 == 2.0`, `0.0 % -3.0 == -0.0`).
#[inline]
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

/// `divmod(a, b)`.
#[inline]
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// `_float_div_mod`: fmod is exact, so `a - mod` is (mathematically) a multiple of `b`, and the
/// quotient is snapped to the nearest integer.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `round(x, ndigits)`: `x` rounded half to even at `10**-ndigits`, judged on its exact binary
/// value (`round(2.675, 2) == 2.67`). Non-finite values round to themselves; OverflowError
/// "rounded value too large to represent" when rounding up overflows. The VM clamps a huge
/// `ndigits` to the `i64` range, as CPython clamps to `Py_ssize_t`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    // Past these every double rounds to itself, or to a zero (0.30103 bounds log10(2)).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let mut text = String::new();
    if ndigits >= 0 {
        // Rust's fixed-point formatting is exact and rounds half to even, as dtoa mode 3 does.
        let _ = write!(text, "{:.*}", ndigits as usize, x);
    } else {
        round_integer_digits(&mut text, x, ndigits.unsigned_abs() as usize);
    }
    // Invariant: `text` is a valid float literal built above.
    let rounded = text.parse::<f64>().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Writes `x` rounded half to even to a multiple of `10**places` as `[-]digits e places`.
fn round_integer_digits(text: &mut String, x: f64, places: usize) {
    let truncated = x.abs().trunc();
    let sticky_fraction = x.abs() != truncated;
    let mut digits = String::new();
    let _ = write!(digits, "{truncated:.0}");
    let digits = digits.as_bytes();
    if x.is_sign_negative() {
        text.push('-');
    }
    if digits.len() < places {
        // |x| < 10**(places - 1), less than half the rounding unit.
        text.push('0');
        return;
    }
    let (kept, dropped) = digits.split_at(digits.len() - places);
    let first = dropped[0];
    let rest_nonzero = sticky_fraction || dropped[1..].iter().any(|&d| d != b'0');
    let last_odd = kept.last().is_some_and(|&d| (d - b'0') % 2 == 1);
    let round_up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
    let mut kept = kept.to_vec();
    if kept.is_empty() {
        kept.push(b'0');
    }
    if round_up {
        // Carry through the nines.
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    text.extend(kept.iter().map(|&d| char::from(d)));
    let _ = write!(text, "e{places}");
}

/// `round(x)` with no ndigits: the nearest int, ties to even; OverflowError for infinities,
/// ValueError for NaN.
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    float_to_int(x.round_ties_even())
}

/// Why `float ** float` did not give a float.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FloatPowError {
    /// A negative base and a non-integer exponent: Python 3 returns `complex(x) ** complex(y)`.
    Complex,
    /// ZeroDivisionError "0.0 cannot be raised to a negative power", or OverflowError
    /// "(34, 'Numerical result out of range')" (CPython raises it with args
    /// `(34, 'Numerical result out of range')`; this message is its `str`).
    Error(NumError),
}

/// `x ** y` for floats, with CPython's special cases decided before the platform `pow`.
///
/// `pow` itself is the platform's (`f64::powf`): glibc natively, as CPython on Linux uses;
/// Rust's libm port on wasm32, which can differ from glibc in the last bit for some inputs.
pub fn float_pow(x: f64, y: f64) -> Result<f64, FloatPowError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let y_is_odd = y.abs() % 2.0 == 1.0;
    if x.is_infinite() {
        return Ok(if y > 0.0 {
            if y_is_odd {
                x
            } else {
                x.abs()
            }
        } else if y_is_odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(FloatPowError::Error(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            )));
        }
        return Ok(if y_is_odd { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Err(FloatPowError::Complex);
        }
        base = -x;
        negate = y_is_odd;
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let result = base.powf(y);
    if result.is_infinite() {
        return Err(FloatPowError::Error(NumError::overflow(
            "(34, 'Numerical result out of range')",
        )));
    }
    Ok(if negate { -result } else { result })
}
