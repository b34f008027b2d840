//! Big-int arithmetic under the limits: multiplication, division, powers and factorial charge
//! fuel for their work, and operands too big for one uninterruptible call are worked in pieces
//! with a charge (and so a deadline check) between them.
//!
//! num-bigint's own algorithms do the work of each piece (Toom-3 multiplication, Knuth's
//! division); only the splitting is ours. A piece is at most [`PIECE_DIGITS`] 32-bit digits a
//! side for a product, and about [`DIV_PIECE_WORK`] digit operations for a division step, which
//! keeps each uninterrupted call within tens of milliseconds natively and about a tenth of a
//! second in wasm32.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::interp::{Interpreter, PyResult};

/// The most 32-bit digits a side that one call to num-bigint's multiplication is given. A
/// product of two such pieces (of random digits) takes about 40 ms natively and 120 ms in
/// wasm32, where num-bigint works in 32-bit digits.
const PIECE_DIGITS: usize = 1 << 16;

/// The most digit operations (quotient digits times divisor digits) of one division step.
const DIV_PIECE_WORK: usize = 1 << 25;

/// 32-bit digit operations (a multiply-add) per unit of fuel.
const DIGIT_OPS_PER_UNIT: f64 = 16.0;

fn digits(x: &BigUint) -> usize {
    x.bits().div_ceil(32) as usize
}

/// Fuel for multiplying `na` by `nb` digits: schoolbook up to 64 digits a side, Toom-3's
/// n^1.465 above, for each balanced piece of the longer operand.
fn mul_units(na: usize, nb: usize) -> u64 {
    let (short, long) = (na.min(nb).max(1) as f64, na.max(nb) as f64);
    let per_piece = if short <= 64.0 {
        short * short
    } else {
        // Continuous with short * short at 64 digits.
        64f64.powf(0.535) * short.powf(1.465)
    };
    (long / short * per_piece / DIGIT_OPS_PER_UNIT) as u64
}

fn div_units(quotient_digits: usize, divisor_digits: usize) -> u64 {
    (quotient_digits as f64 * divisor_digits as f64 / DIGIT_OPS_PER_UNIT) as u64
}

/// `x * y`, charged, in pieces when both operands are huge. The caller checked the product's
/// size against the memory limit.
pub(crate) fn mul(interp: &mut Interpreter, x: &BigInt, y: &BigInt) -> PyResult<BigInt> {
    let product = mul_magnitude(interp, x.magnitude(), y.magnitude())?;
    Ok(BigInt::from_biguint(x.sign() * y.sign(), product))
}

fn mul_magnitude(interp: &mut Interpreter, x: &BigUint, y: &BigUint) -> PyResult<BigUint> {
    let (na, nb) = (digits(x), digits(y));
    if na <= PIECE_DIGITS && nb <= PIECE_DIGITS {
        interp.charge_work(mul_units(na, nb))?;
        return Ok(x * y);
    }
    let a = x.to_u32_digits();
    let b = y.to_u32_digits();
    let mut out = vec![0u32; a.len() + b.len() + 1];
    for (i, pa) in a.chunks(PIECE_DIGITS).enumerate() {
        let pa = BigUint::from_slice(pa);
        for (j, pb) in b.chunks(PIECE_DIGITS).enumerate() {
            interp.charge_work(mul_units(digits(&pa), pb.len()))?;
            let part = &pa * BigUint::from_slice(pb);
            add_at(&mut out, (i + j) * PIECE_DIGITS, &part.to_u32_digits());
        }
    }
    Ok(BigUint::new(out))
}

/// Adds `part` into `out` at digit `offset`, carrying.
// Invariant: every partial sum is at most the whole product, which fits in `out`, so neither
// the digits nor the carry run past its end.
fn add_at(out: &mut [u32], offset: usize, part: &[u32]) {
    let mut carry = 0u64;
    let mut k = offset;
    for &d in part {
        let sum = u64::from(out[k]) + u64::from(d) + carry;
        out[k] = sum as u32;
        carry = sum >> 32;
        k += 1;
    }
    while carry != 0 {
        let sum = u64::from(out[k]) + carry;
        out[k] = sum as u32;
        carry = sum >> 32;
        k += 1;
    }
}

/// `(x // y, x % y)` with Python's signs (floor division). `y` is not zero: the caller raised
/// ZeroDivisionError.
pub(crate) fn divmod_floor(
    interp: &mut Interpreter,
    x: &BigInt,
    y: &BigInt,
) -> PyResult<(BigInt, BigInt)> {
    let (q, r) = div_rem_magnitude(interp, x.magnitude(), y.magnitude())?;
    let mut q = BigInt::from_biguint(x.sign() * y.sign(), q);
    let mut r = BigInt::from_biguint(x.sign(), r);
    if !r.is_zero() && r.is_negative() != y.is_negative() {
        q -= 1;
        r += y;
    }
    Ok((q, r))
}

/// Truncating division of magnitudes, a few quotient digits at a time when it is long: each
/// step divides the remainder so far, extended by the next digits of `a`, by `b`.
fn div_rem_magnitude(
    interp: &mut Interpreter,
    a: &BigUint,
    b: &BigUint,
) -> PyResult<(BigUint, BigUint)> {
    let (na, nb) = (digits(a), digits(b));
    if na < nb {
        return Ok((BigUint::zero(), a.clone()));
    }
    let nq = na - nb + 1;
    if nq.saturating_mul(nb) <= DIV_PIECE_WORK {
        interp.charge_work(div_units(nq, nb))?;
        return Ok(a.div_rem(b));
    }
    let step = (DIV_PIECE_WORK / nb.max(1)).max(64);
    let digits_a = a.to_u32_digits();
    let mut quotient = vec![0u32; digits_a.len()];
    let mut rem = BigUint::zero();
    let mut end = digits_a.len();
    while end > 0 {
        let start = end.saturating_sub(step);
        interp.charge_work(div_units(end - start, nb))?;
        let current = (rem << (32 * (end - start))) + BigUint::from_slice(&digits_a[start..end]);
        let (q, r) = current.div_rem(b);
        // Invariant: the remainder carried in is below `b`, so this step's quotient has at
        // most `end - start` digits.
        for (k, d) in q.iter_u32_digits().enumerate() {
            quotient[start + k] = d;
        }
        rem = r;
        end = start;
    }
    Ok((BigUint::new(quotient), rem))
}

/// `base ** exp` for `exp >= 0`. The caller checked the result's size against the memory limit.
pub(crate) fn pow(interp: &mut Interpreter, base: &BigInt, exp: u64) -> PyResult<BigInt> {
    let result_digits = crate::num::int_pow_bits(base, exp).div_ceil(32);
    if result_digits <= PIECE_DIGITS as u64 {
        // The last squaring dominates: charge about twice its cost.
        let half = (result_digits / 2) as usize;
        interp.charge_work(2 * mul_units(half, half))?;
        return Ok(crate::num::int_pow(base, exp));
    }
    let negative = base.is_negative() && exp % 2 == 1;
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    let magnitude = base.magnitude();
    // A power of two is a shift.
    if magnitude.count_ones() == 1 {
        let shift = (magnitude.bits() - 1).saturating_mul(exp);
        interp.charge_scan((shift / 8) as usize)?;
        return Ok(BigInt::from_biguint(sign, BigUint::one() << shift));
    }
    let mut acc = magnitude.clone();
    for i in (0..63 - exp.leading_zeros()).rev() {
        acc = mul_magnitude(interp, &acc, &acc)?;
        if (exp >> i) & 1 == 1 {
            acc = mul_magnitude(interp, &acc, magnitude)?;
        }
    }
    Ok(BigInt::from_biguint(sign, acc))
}

/// `pow(base, exp, modulus)`: small cases in one call, charged; a long one step by step.
pub(crate) fn pow_mod(
    interp: &mut Interpreter,
    base: &BigInt,
    exp: &BigInt,
    modulus: &BigInt,
) -> PyResult<BigInt> {
    let nm = digits(modulus.magnitude());
    let step_units = 2 * mul_units(nm, nm) + div_units(nm + 1, nm);
    let units = step_units.saturating_mul(exp.bits());
    if units <= 1 << 22 || modulus.is_zero() || modulus.magnitude().is_one() {
        interp.charge_work(units)?;
        return crate::num::int_pow_mod(base, exp, modulus).map_err(|e| interp.num_error(e));
    }
    let m = BigInt::from_biguint(Sign::Plus, modulus.magnitude().clone());
    // A negative exponent raises the inverse (found in one call: it costs a gcd).
    let base = if exp.is_negative() {
        crate::num::int_pow_mod(base, &BigInt::from(-1), &m).map_err(|e| interp.num_error(e))?
    } else {
        divmod_floor(interp, base, &m)?.1
    };
    let exp = exp.magnitude();
    let mut acc = BigInt::one();
    for i in (0..exp.bits()).rev() {
        acc = mul(interp, &acc, &acc)?;
        acc = divmod_floor(interp, &acc, &m)?.1;
        if exp.bit(i) {
            acc = mul(interp, &acc, &base)?;
            acc = divmod_floor(interp, &acc, &m)?.1;
        }
    }
    if modulus.is_negative() && !acc.is_zero() {
        acc -= m;
    }
    Ok(acc)
}

/// `n!` as a product tree, so that the big multiplications are balanced and charged.
pub(crate) fn factorial(interp: &mut Interpreter, n: u64) -> PyResult<BigInt> {
    Ok(BigInt::from(product(interp, 2, n)?))
}

/// The product of `lo..=hi` (1 when empty). The recursion halves the range, so its depth is
/// at most 64.
fn product(interp: &mut Interpreter, lo: u64, hi: u64) -> PyResult<BigUint> {
    if hi < lo {
        return Ok(BigUint::one());
    }
    if hi - lo < 32 {
        interp.charge_work(hi - lo + 1)?;
        let mut acc = BigUint::one();
        let mut word = 1u64;
        for i in lo..=hi {
            match word.checked_mul(i) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = i;
                }
            }
        }
        return Ok(acc * word);
    }
    let mid = lo + (hi - lo) / 2;
    let left = product(interp, lo, mid)?;
    let right = product(interp, mid + 1, hi)?;
    mul_magnitude(interp, &left, &right)
}

/// `gcd(x, y)`, non-negative. Binary (Stein's) gcd as num-bigint does it, with a charge per
/// step; an operand much longer than the other is first reduced modulo it.
pub(crate) fn gcd(interp: &mut Interpreter, x: &BigInt, y: &BigInt) -> PyResult<BigInt> {
    let (mut m, mut n) = (x.magnitude().clone(), y.magnitude().clone());
    if digits(&m) + digits(&n) <= 64 {
        interp.charge_work(64)?;
        return Ok(BigInt::from(m.gcd(&n)));
    }
    if m < n {
        std::mem::swap(&mut m, &mut n);
    }
    if n.is_zero() {
        return Ok(BigInt::from(m));
    }
    if digits(&m) > 2 * digits(&n) {
        m = div_rem_magnitude(interp, &m, &n)?.1;
        if m.is_zero() {
            return Ok(BigInt::from(n));
        }
    }
    let twos = |v: &BigUint| v.trailing_zeros().unwrap_or(0);
    let shift = twos(&m).min(twos(&n));
    n >>= twos(&n);
    while !m.is_zero() {
        interp.charge_work(digits(&m) as u64 / 4 + 1)?;
        m >>= twos(&m);
        if n > m {
            std::mem::swap(&mut n, &mut m);
        }
        m -= &n;
    }
    Ok(BigInt::from(n << shift))
}

/// `lcm(x, y)`, non-negative: `|x| / gcd * |y|`.
pub(crate) fn lcm(interp: &mut Interpreter, x: &BigInt, y: &BigInt) -> PyResult<BigInt> {
    if x.is_zero() || y.is_zero() {
        return Ok(BigInt::zero());
    }
    let g = gcd(interp, x, y)?;
    let (x, y) = (x.abs(), y.abs());
    let q = divmod_floor(interp, &x, &g)?.0;
    interp.check_alloc(u128::from(q.bits() + y.bits()) / 8)?;
    mul(interp, &q, &y)
}

/// `isqrt(n)` for `n >= 0`: CPython's algorithm (`math_isqrt`), whose divisions double in
/// size each step, through the charged division.
pub(crate) fn isqrt(interp: &mut Interpreter, n: &BigInt) -> PyResult<BigInt> {
    let n = n.magnitude();
    if digits(n) <= 64 {
        interp.charge_work(64)?;
        return Ok(BigInt::from(n.sqrt()));
    }
    let c = (n.bits() - 1) / 2;
    let mut a = BigUint::one();
    let mut d = 0u64;
    for s in (0..64 - c.leading_zeros()).rev() {
        // Invariant: (a - 1)**2 < (n >> 2*(c - d)) < (a + 1)**2.
        let e = d;
        d = c >> s;
        let top = n >> (2 * c - e - d + 1);
        let q = div_rem_magnitude(interp, &top, &a)?.0;
        a = (a << (d - e - 1)) + q;
    }
    let square = mul_magnitude(interp, &a, &a)?;
    if &square > n {
        a -= 1u32;
    }
    Ok(BigInt::from(a))
}

/// `math.perm(n, k)` for `k <= n`: the product of `n - k + 1 ..= n`.
pub(crate) fn perm(interp: &mut Interpreter, n: &BigInt, k: u64) -> PyResult<BigInt> {
    if k == 0 {
        return Ok(BigInt::one());
    }
    interp.check_alloc(u128::from(k) * u128::from(n.bits()) / 8)?;
    if let Some(n) = n.to_u64() {
        return Ok(BigInt::from(product(interp, n - k + 1, n)?));
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = mul(interp, &acc, &(n - i))?;
    }
    Ok(acc)
}

/// `math.comb(n, k)` for `k <= n / 2`: `perm(n, k) / k!`, an exact division.
pub(crate) fn comb(interp: &mut Interpreter, n: &BigInt, k: u64) -> PyResult<BigInt> {
    let falling = perm(interp, n, k)?;
    let k_factorial = BigInt::from(product(interp, 2, k)?);
    Ok(divmod_floor(interp, &falling, &k_factorial)?.0)
}
