//! `hash()` of ints and floats exactly as CPython 3.11 on 64-bit platforms: the value modulo
//! the Mersenne prime 2**61 - 1, so that equal ints and floats hash alike.

use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `sys.hash_info.inf`: the hash of `inf` (and minus it for `-inf`).
pub const HASH_INF: i64 = 314_159;

/// A reduced magnitude with the sign applied, and -1 (the C API's error value) mapped to -2.
#[inline]
fn finish(magnitude: u64, negative: bool) -> i64 {
    // Invariant: magnitude < 2**61, so the conversion and negation cannot overflow.
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int that fits an `i64`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    finish(i.unsigned_abs() % HASH_MODULUS, i < 0)
}

/// `hash(v)` for an int.
pub fn hash_int(v: &BigInt) -> i64 {
    // Sum the 64-bit digits times (2**64)**k, and 2**64 = 2**3 modulo 2**61 - 1.
    let mut acc: u64 = 0;
    let mut weight: u64 = 1;
    for digit in v.magnitude().iter_u64_digits() {
        let term =
            (u128::from(digit % HASH_MODULUS) * u128::from(weight)) % u128::from(HASH_MODULUS);
        acc = (acc + term as u64) % HASH_MODULUS;
        weight = (weight << 3) % HASH_MODULUS;
    }
    finish(acc, v.sign() == Sign::Minus)
}

/// `hash(x)` for a float: equal to the hash of the int of the same value when there is one.
///
/// CPython 3.10+ hashes a NaN by the object's identity; this returns 0 for NaN, and the VM must
/// hash the NaN object's id instead.
pub fn hash_float(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x.is_nan() {
        return 0;
    }
    // x = mantissa * 2**exp exactly, and 2**exp = 2**(exp mod 61) modulo 2**61 - 1.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let scaled = (u128::from(mantissa) << exp.rem_euclid(61)) % u128::from(HASH_MODULUS);
    finish(scaled as u64, x < 0.0)
}
