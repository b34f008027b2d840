//! The `math` module: float functions with CPython's domain and range errors, and the exact
//! integer functions (factorial, gcd, lcm, comb, perm, isqrt).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{add_function, check_count};
use crate::fuel::bigint;
use crate::interp::{Interpreter, PyResult};
use crate::num;
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("math");
    let d = &m.dict;
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    macro_rules! unary {
        ($($name:literal => $f:expr),* $(,)?) => {
            $(add_function(d, $name, |interp, args| float_fn(interp, args, $name, $f));)*
        };
    }
    unary! {
        "sqrt" => |x: f64| if x < 0.0 { None } else { Some(x.sqrt()) },
        "exp" => |x: f64| Some(x.exp()),
        "expm1" => |x: f64| Some(x.exp_m1()),
        "log2" => |x: f64| if x <= 0.0 { None } else { Some(x.log2()) },
        "log10" => |x: f64| if x <= 0.0 { None } else { Some(x.log10()) },
        "log1p" => |x: f64| if x <= -1.0 { None } else { Some(x.ln_1p()) },
        "sin" => |x: f64| if x.is_infinite() { None } else { Some(x.sin()) },
        "cos" => |x: f64| if x.is_infinite() { None } else { Some(x.cos()) },
        "tan" => |x: f64| if x.is_infinite() { None } else { Some(x.tan()) },
        "asin" => |x: f64| if !(-1.0..=1.0).contains(&x) { None } else { Some(x.asin()) },
        "acos" => |x: f64| if !(-1.0..=1.0).contains(&x) { None } else { Some(x.acos()) },
        "atan" => |x: f64| Some(x.atan()),
        "sinh" => |x: f64| Some(x.sinh()),
        "cosh" => |x: f64| Some(x.cosh()),
        "tanh" => |x: f64| Some(x.tanh()),
        "asinh" => |x: f64| Some(x.asinh()),
        "acosh" => |x: f64| if x < 1.0 { None } else { Some(x.acosh()) },
        "atanh" => |x: f64| if x <= -1.0 || x >= 1.0 { None } else { Some(x.atanh()) },
        "fabs" => |x: f64| Some(x.abs()),
        "degrees" => |x: f64| Some(x.to_degrees()),
        "radians" => |x: f64| Some(x.to_radians()),
        "erf" => |x: f64| Some(erf(x)),
        "erfc" => |x: f64| Some(1.0 - erf(x)),
        "gamma" => |x: f64| if x <= 0.0 && x == x.floor() { None } else { Some(gamma(x)) },
        "lgamma" => |x: f64| if x <= 0.0 && x == x.floor() { None } else { Some(gamma(x).abs().ln()) },
        "cbrt" => |x: f64| Some(x.cbrt()),
        "exp2" => |x: f64| Some(x.exp2()),
    }
    add_function(d, "remainder", remainder);
    add_function(d, "nextafter", nextafter);
    add_function(d, "ulp", ulp);
    add_function(d, "floor", floor);
    add_function(d, "ceil", ceil);
    add_function(d, "trunc", trunc);
    add_function(d, "log", log);
    add_function(d, "pow", pow);
    add_function(d, "atan2", atan2);
    add_function(d, "hypot", hypot);
    add_function(d, "copysign", copysign);
    add_function(d, "fmod", fmod);
    add_function(d, "modf", modf);
    add_function(d, "frexp", frexp);
    add_function(d, "ldexp", ldexp);
    add_function(d, "isfinite", isfinite);
    add_function(d, "isinf", isinf);
    add_function(d, "isnan", isnan);
    add_function(d, "isclose", isclose);
    add_function(d, "factorial", factorial);
    add_function(d, "gcd", gcd);
    add_function(d, "lcm", lcm);
    add_function(d, "isqrt", isqrt);
    add_function(d, "comb", comb);
    add_function(d, "perm", perm);
    add_function(d, "fsum", fsum);
    add_function(d, "prod", prod);
    add_function(d, "dist", dist);
    module
}

fn real(interp: &mut Interpreter, v: &Value) -> PyResult<f64> {
    if let Some(f) = interp.real_of(v)? {
        return Ok(f);
    }
    let tn = interp.type_name(v);
    Err(interp.type_error(format!("must be real number, not {tn}")))
}

fn domain_error(interp: &mut Interpreter) -> crate::interp::PyErr {
    interp.value_error("math domain error")
}

fn float_fn(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    f: fn(f64) -> Option<f64>,
) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let x = real(interp, &args.pos[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    match f(x) {
        Some(r) if r.is_infinite() && x.is_finite() => {
            Err(interp.err("OverflowError", "math range error"))
        }
        Some(r) if r.is_nan() => Err(domain_error(interp)),
        Some(r) => Ok(Value::Float(r)),
        None => Err(domain_error(interp)),
    }
}

fn int_result(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    op: fn(f64) -> f64,
) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let v = &args.pos[0];
    if matches!(v, Value::Int(_) | Value::Long(_)) {
        return Ok(v.clone());
    }
    if let Value::Bool(b) = v {
        return Ok(Value::Int(*b as i64));
    }
    let dunder = format!("__{name}__");
    if let Some(m) = interp.lookup_special(v, &dunder) {
        return interp.call1(&m, v.clone());
    }
    if let Value::Instance(i) = v {
        if let Some(b @ (Value::Int(_) | Value::Long(_))) = &i.base {
            return Ok(b.clone());
        }
    }
    // math.trunc has no float fallback: only floats and `__trunc__`.
    let float_base = matches!(v, Value::Float(_))
        || matches!(v, Value::Instance(i) if matches!(i.base, Some(Value::Float(_))));
    if name == "trunc" && !float_base {
        let tn = interp.type_name(v);
        return Err(interp.type_error(format!("type {tn} doesn't define __trunc__ method")));
    }
    let x = real(interp, v)?;
    num::float_to_int(op(x))
        .map(Value::from_bigint)
        .map_err(|e| interp.num_error(e))
}

fn floor(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    int_result(interp, args, "floor", f64::floor)
}

fn ceil(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    int_result(interp, args, "ceil", f64::ceil)
}

fn trunc(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    int_result(interp, args, "trunc", f64::trunc)
}

/// The natural log of any positive int, even one too large for a float.
fn ln_of(interp: &mut Interpreter, v: &Value) -> PyResult<f64> {
    if let Value::Long(b) = v {
        if b.is_positive() && num::bigint_to_f64(b).is_none() {
            let bits = b.bits();
            let shift = bits - 64;
            let top = (&**b >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = real(interp, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(interp));
    }
    Ok(x.ln())
}

fn log(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "log", &args, 1, 2)?;
    let num = ln_of(interp, &args.pos[0])?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln_of(interp, b)?;
            if den == 0.0 {
                return Err(interp.err("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

/// `remainder(x, y)`: x - n*y for the integer n nearest x/y, ties to even (IEEE 754).
fn remainder(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(interp));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // fmod is exact, so m and ay - m are too; pick the nearer multiple of y.
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // A tie: the multiple with an even quotient wins; (ax - m) / ay is that quotient.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(if x.is_sign_negative() { -r } else { r }))
}

/// `nextafter(x, y)`: the next float after x toward y.
fn nextafter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "nextafter")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x == y {
        return Ok(Value::Float(y));
    }
    if x == 0.0 {
        let tiny = f64::from_bits(1);
        return Ok(Value::Float(if y > 0.0 { tiny } else { -tiny }));
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    let next = if away_from_zero { bits + 1 } else { bits - 1 };
    Ok(Value::Float(f64::from_bits(next)))
}

/// `ulp(x)`: the value of the least significant bit of x.
fn ulp(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "ulp", &args, 1, 1)?;
    let x = real(interp, &args.pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        let below = f64::from_bits(x.to_bits() - 1);
        return Ok(Value::Float(x - below));
    }
    let above = f64::from_bits(x.to_bits() + 1);
    Ok(Value::Float(above - x))
}

fn two(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    check_count(interp, name, args, 2, 2)?;
    Ok((real(interp, &args.pos[0])?, real(interp, &args.pos[1])?))
}

fn pow(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain_error(interp));
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        return Err(domain_error(interp));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(interp.err("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn atan2(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (y, x) = two(interp, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in &args.pos {
        let x = real(interp, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn copysign(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain_error(interp));
    }
    Ok(Value::Float(x % y))
}

fn modf(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "modf", &args, 1, 1)?;
    let x = real(interp, &args.pos[0])?;
    let int = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        (x - int).copysign(x)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "frexp", &args, 1, 1)?;
    let x = real(interp, &args.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    // Correct for rounding in log2 near powers of two.
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "ldexp", &args, 2, 2)?;
    let x = real(interp, &args.pos[0])?;
    if !matches!(args.pos[1], Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
        return Err(interp.type_error("Expected an int as second argument to ldexp."));
    }
    let e = interp.to_index(&args.pos[1])?.clamp(-10_000, 10_000) as i32;
    let r = x * 2f64.powi(e);
    if r.is_infinite() && x.is_finite() {
        return Err(interp.err("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn predicate(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    p: fn(f64) -> bool,
) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let x = real(interp, &args.pos[0])?;
    Ok(Value::Bool(p(x)))
}

fn isfinite(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    predicate(interp, args, "isfinite", f64::is_finite)
}

fn isinf(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    predicate(interp, args, "isinf", f64::is_infinite)
}

fn isnan(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    predicate(interp, args, "isnan", f64::is_nan)
}

fn isclose(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    let (a, b) = two(interp, &args, "isclose")?;
    let rel_tol = match rel {
        Some(v) => real(interp, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs {
        Some(v) => real(interp, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(interp.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn int_arg(interp: &mut Interpreter, v: &Value, fname: &str) -> PyResult<BigInt> {
    if let Some(b) = crate::ops::to_bigint_pub(v) {
        return Ok(b);
    }
    let _ = fname;
    let i = interp.index_value(v)?;
    Ok(crate::ops::to_bigint_pub(&i).unwrap_or_default())
}

fn factorial(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "factorial", &args, 1, 1)?;
    let n = int_arg(interp, &args.pos[0], "factorial")?;
    if n.is_negative() {
        return Err(interp.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    // log2(n!) is about n log2 n: refuse what cannot fit before computing it.
    interp.check_alloc((n as u128 * (64 - n.leading_zeros()) as u128) / 8)?;
    Ok(Value::from_bigint(crate::fuel::bigint::factorial(
        interp, n,
    )?))
}

fn gcd(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for a in &args.pos {
        let x = int_arg(interp, a, "gcd")?;
        acc = bigint::gcd(interp, &acc, &x)?;
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for a in &args.pos {
        let x = int_arg(interp, a, "lcm")?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = bigint::lcm(interp, &acc, &x)?;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "isqrt", &args, 1, 1)?;
    let n = int_arg(interp, &args.pos[0], "isqrt")?;
    if n.is_negative() {
        return Err(interp.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(bigint::isqrt(interp, &n)?))
}

fn comb_perm(
    interp: &mut Interpreter,
    args: &Args,
    name: &str,
) -> PyResult<(BigInt, Option<BigInt>)> {
    check_count(interp, name, args, 1, 2)?;
    let n = int_arg(interp, &args.pos[0], name)?;
    let k = match args.pos.get(1) {
        Some(v) if !v.is_none() => Some(int_arg(interp, v, name)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(interp.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(interp.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (n, k) = comb_perm(interp, &args, "comb")?;
    let Some(k) = k else {
        return Err(interp.type_error("comb expected 2 arguments, got 1"));
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k)
        .to_u64()
        .unwrap_or(u64::MAX);
    Ok(Value::from_bigint(bigint::comb(interp, &n, k)?))
}

fn perm(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (n, k) = comb_perm(interp, &args, "perm")?;
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    Ok(Value::from_bigint(bigint::perm(interp, &n, k)?))
}

fn fsum(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "fsum", &args, 1, 1)?;
    let items = interp.collect_iterable(&args.pos[0])?;
    // Shewchuk's exact partial sums, as CPython's msum.
    let mut partials: Vec<f64> = Vec::new();
    for v in &items {
        let mut x = real(interp, v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn prod(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    check_count(interp, "prod", &args, 1, 1)?;
    let items = interp.collect_iterable(&args.pos[0])?;
    let mut acc = start;
    for v in &items {
        acc = interp.binary_op(&acc, v, crate::syntax::ast::BinOp::Mult)?;
    }
    Ok(acc)
}

fn dist(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "dist", &args, 2, 2)?;
    let p = interp.collect_iterable(&args.pos[0])?;
    let q = interp.collect_iterable(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(interp.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        let d = real(interp, a)? - real(interp, b)?;
        acc = acc.hypot(d);
    }
    Ok(Value::Float(acc))
}

/// The error function (Abramowitz-Stegun 7.1.26 refined by a series near zero).
fn erf(x: f64) -> f64 {
    if x.abs() < 2.0 {
        // Maclaurin series: converges quickly here.
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut n = 0.0;
        while term.abs() > 1e-17 * sum.abs() {
            n += 1.0;
            term *= -x2 / n;
            sum += term / (2.0 * n + 1.0);
        }
        return sum * 2.0 / std::f64::consts::PI.sqrt();
    }
    // Continued fraction for erfc in the tails.
    let ax = x.abs();
    let mut f = ax;
    for k in (1..60).rev() {
        f = ax + (k as f64 / 2.0) / f;
    }
    let erfc = (-ax * ax).exp() / (f * std::f64::consts::PI.sqrt());
    if x > 0.0 {
        1.0 - erfc
    } else {
        erfc - 1.0
    }
}

/// The gamma function (Lanczos approximation, g = 7).
fn gamma(x: f64) -> f64 {
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma(1.0 - x));
    }
    if x == x.floor() && x <= 23.0 {
        let mut acc = 1.0;
        let mut i = 2.0;
        while i < x {
            acc *= i;
            i += 1.0;
        }
        return acc;
    }
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut a = G[0];
    let t = x + 7.5;
    for (i, g) in G.iter().enumerate().skip(1) {
        a += g / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}
