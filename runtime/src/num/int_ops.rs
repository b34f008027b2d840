//! Integer arithmetic with Python's semantics: floor division and modulo, powers (modular too),
//! shifts, true division correctly rounded, exact int/float conversion and comparison, and
//! `bin`/`oct`/`hex`.
//!
//! The `*_i64` functions are fast paths: they return `None` whenever the exact answer is not an
//! `i64` or an exception is due (a zero divisor, a negative shift), and the VM then calls the
//! `BigInt` function, which gives the answer or the error.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{ErrorKind, NumError};

/// 2**63 as a double: the bound of the `i64` range.
const TWO_POW_63: f64 = (1u64 << 63) as f64;

/// `a // b` (floor division).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    // `wrapping_rem` is exact here: the only overflowing case (MIN % -1) has remainder 0.
    let r = a.wrapping_rem(b);
    Some(if r != 0 && (r < 0) != (b < 0) {
        q - 1
    } else {
        q
    })
}

/// `a % b`, with the sign of `b`.
#[inline]
pub fn mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    Some(if r != 0 && (r < 0) != (b < 0) {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)`.
#[inline]
pub fn divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    Some((floordiv_i64(a, b)?, mod_i64(a, b)?))
}

/// `a // b`; ZeroDivisionError for `b == 0`.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_floor(b))
}

/// `a % b`; ZeroDivisionError for `b == 0`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`; ZeroDivisionError for `b == 0`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_mod_floor(b))
}

/// `base ** exp`.
#[inline]
pub fn pow_i64(base: i64, exp: u64) -> Option<i64> {
    match base {
        0 | 1 => Some(if exp == 0 { 1 } else { base }),
        -1 => Some(if exp.is_multiple_of(2) { 1 } else { -1 }),
        _ => base.checked_pow(u32::try_from(exp).ok()?),
    }
}

/// `base ** exp` for a non-negative exponent. The VM checks [`int_pow_bits`] against its
/// memory limit first: `10 ** 10 ** 10` must be refused, not computed.
pub fn int_pow(base: &BigInt, exp: u64) -> BigInt {
    num_traits::Pow::pow(base, exp)
}

/// An upper bound on the bit length of `base ** exp`.
pub fn int_pow_bits(base: &BigInt, exp: u64) -> u64 {
    if base.magnitude() <= &BigUint::one() {
        1
    } else {
        base.bits().saturating_mul(exp)
    }
}

/// `pow(base, exp, modulus)`: the result has the sign of `modulus`; a negative `exp` uses the
/// modular inverse of `base`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, NumError> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.magnitude();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let m_signed = BigInt::from(m.clone());
    let base = if exp.is_negative() {
        inverse_mod(base, &m_signed)?
    } else {
        base.mod_floor(&m_signed)
    };
    // Invariant: `base` is in [0, m) here, so its magnitude is its value.
    let z = base.magnitude().modpow(exp.magnitude(), m);
    let z = BigInt::from(z);
    if modulus.is_negative() && !z.is_zero() {
        Ok(z - m_signed)
    } else {
        Ok(z)
    }
}

/// The inverse of `a` modulo `n` (`n > 1`), in [0, n).
fn inverse_mod(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    let (mut r0, mut r1) = (n.clone(), a.mod_floor(n));
    let (mut s0, mut s1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let (q, r) = r0.div_rem(&r1);
        r0 = std::mem::replace(&mut r1, r);
        let s = &s0 - &q * &s1;
        s0 = std::mem::replace(&mut s1, s);
    }
    if !r0.is_one() {
        return Err(NumError::value(
            "base is not invertible for the given modulus",
        ));
    }
    Ok(s0.mod_floor(n))
}

/// `a << n`, when the result is an `i64` and `n >= 0`.
#[inline]
pub fn lshift_i64(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    if a == 0 {
        return Some(0);
    }
    let n = u32::try_from(n).ok().filter(|&n| n < 64)?;
    let shifted = a << n;
    (shifted >> n == a).then_some(shifted)
}

/// `a >> n` (rounding toward negative infinity), when `n >= 0`.
#[inline]
pub fn rshift_i64(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    Some(a >> n.min(63))
}

/// The shift count of `a << n` or `a >> n` as a `u64`: ValueError "negative shift count", or
/// `Ok(None)` when it is too large for a `u64`.
pub fn shift_count(n: &BigInt) -> Result<Option<u64>, NumError> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    Ok(n.to_u64())
}

/// Whether `a << count` (`a` of `bits` bits, `count` not negative) has more of CPython's
/// 30-bit digits than a size can count: its OverflowError "too many digits in integer", where
/// a smaller result that cannot be allocated is a MemoryError.
pub fn lshift_overflows(bits: u64, count: &BigInt) -> bool {
    const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
    count
        .to_u128()
        .is_none_or(|c| c.saturating_add(u128::from(bits)) / 30 + 1 > MAX_LONG_DIGITS)
}

/// `a << n`. A count too large to allocate raises MemoryError, as in CPython; the VM checks
/// `a.bits() + n` against its memory limit before calling.
pub fn int_lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match count
        .and_then(|c| usize::try_from(c).ok())
        .filter(|&c| a.bits().checked_add(c as u64).is_some_and(|b| b < 1 << 48))
    {
        Some(count) => Ok(a << count),
        None => {
            if lshift_overflows(a.bits(), n) {
                Err(NumError {
                    kind: ErrorKind::Overflow,
                    message: "too many digits in integer".into(),
                })
            } else {
                Err(NumError {
                    kind: ErrorKind::Memory,
                    message: "".into(),
                })
            }
        }
    }
}

/// `a >> n`, rounding toward negative infinity.
pub fn int_rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    let count = shift_count(n)?;
    match count.filter(|&c| c < a.bits()) {
        Some(count) => Ok(a >> count),
        None if a.is_negative() => Ok(BigInt::from(-1)),
        None => Ok(BigInt::zero()),
    }
}

/// `a / b` when both are exact as doubles (magnitudes up to 2**53) and `b` is nonzero: IEEE
/// division is then correctly rounded, as CPython's fast path relies on.
#[inline]
pub fn true_div_i64(a: i64, b: i64) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    if b == 0 || a.unsigned_abs() > EXACT || b.unsigned_abs() > EXACT {
        return None;
    }
    // 0 / -5 is -0.0 in CPython: the zero takes the quotient's sign.
    Some(a as f64 / b as f64)
}

/// `a / b` correctly rounded (`long_true_divide`): ZeroDivisionError "division by zero", or
/// OverflowError when the quotient is too large for a float.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let quotient = true_div_magnitudes(a.magnitude(), b.magnitude())
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
    Ok(if negate { -quotient } else { quotient })
}

/// |a| / |b| correctly rounded, `None` on overflow; `b` is nonzero.
fn true_div_magnitudes(a: &BigUint, b: &BigUint) -> Option<f64> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    if a.is_zero() {
        return Some(0.0);
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both exact as doubles, and IEEE division is correctly rounded.
        return Some(a.to_f64()? / b.to_f64()?);
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return None;
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Some(0.0);
    }
    // Scale so the quotient has MANT_DIG + 2 or + 3 bits (fewer for subnormal results), then
    // round it by hand to the bits a double keeps, half to even, with a sticky bit for any
    // inexactness.
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let (x, mut inexact) = if shift <= 0 {
        (a << (-shift) as u64, false)
    } else {
        let shift = shift as u64;
        (a >> shift, a.trailing_zeros().is_some_and(|tz| tz < shift))
    };
    let (q, r) = x.div_rem(b);
    inexact |= !r.is_zero();
    let x_bits = q.bits() as i64;
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    // Invariant: the scaling leaves q below 2**57.
    let mut low = q.to_u64()? | u64::from(inexact);
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    low &= !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return None;
    }
    Some(ldexp(dx, shift))
}

/// `x * 2**exp` for a result known to be exact or to overflow: scaling in steps that stay in
/// the normal range never rounds.
fn ldexp(mut x: f64, mut exp: i64) -> f64 {
    while exp > 1023 {
        x *= f64::from_bits(0x7FE0_0000_0000_0000); // 2**1023
        exp -= 1023;
    }
    while exp < -1022 {
        x *= f64::from_bits(0x0010_0000_0000_0000); // 2**-1022
        exp += 1022;
    }
    x * f64::from_bits(((exp + 1023) as u64) << 52)
}

/// `float(v)` correctly rounded (half to even); `None` where CPython raises OverflowError
/// "int too large to convert to float".
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let magnitude = v.magnitude();
    let bits = magnitude.bits();
    let value = if bits <= 64 {
        // u64 -> f64 rounds half to even.
        magnitude.to_u64()? as f64
    } else if bits > 1024 {
        return None;
    } else {
        // The top 64 bits, with a sticky bit for anything nonzero below them, round exactly as
        // the whole number would.
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64()?;
        let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        ldexp((top | u64::from(sticky)) as f64, shift as i64)
    };
    if value.is_infinite() {
        return None;
    }
    Some(if v.is_negative() { -value } else { value })
}

/// `int(x)` for a finite float (truncating toward zero); `None` for infinities and NaN.
pub fn f64_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t.abs() < TWO_POW_63 {
        return Some(BigInt::from(t as i64));
    }
    // |t| >= 2**63: an integer mantissa times a positive power of two.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7FF) - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let magnitude = BigInt::from(mantissa) << exp;
    Some(if t < 0.0 { -magnitude } else { magnitude })
}

/// `int(x)` with CPython's errors: OverflowError for infinities, ValueError for NaN.
pub fn float_to_int(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x).ok_or_else(|| {
        if x.is_nan() {
            NumError::value("cannot convert float NaN to integer")
        } else {
            NumError::overflow("cannot convert float infinity to integer")
        }
    })
}

/// The exact order of an int and a float (`None` when `x` is NaN): `2**53 + 1 > 2.0**53`.
pub fn int_float_cmp(v: &BigInt, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if let Some(i) = v.to_i64() {
        return i64_float_cmp(i, x);
    }
    // |v| >= 2**63 from here on.
    if x.abs() < TWO_POW_63 {
        return Some(if v.is_negative() {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    match f64_to_bigint(x) {
        Some(xi) => Some(v.cmp(&xi)),
        None => Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        }),
    }
}

/// The exact order of an `i64` and a float (`None` when `x` is NaN).
#[inline]
pub fn i64_float_cmp(i: i64, x: f64) -> Option<Ordering> {
    if i.unsigned_abs() <= 1 << 53 {
        // Exact as a double.
        return (i as f64).partial_cmp(&x);
    }
    if x.is_nan() {
        return None;
    }
    if x >= TWO_POW_63 {
        return Some(Ordering::Less);
    }
    if x < -TWO_POW_63 {
        return Some(Ordering::Greater);
    }
    // -2**63 <= trunc(x) < 2**63, so the cast is exact.
    let t = x.trunc();
    Some(i.cmp(&(t as i64)).then_with(|| {
        if x > t {
            Ordering::Less
        } else if x < t {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }))
}

/// `bin(v)`, `oct(v)`, `hex(v)`: sign, then `0b`/`0o`/`0x` for radix 2/8/16, then lowercase
/// digits (no prefix for other radixes). Binary radixes have no digit limit in CPython.
pub fn int_to_radix_prefixed(v: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}
