//! Methods of `int`, `float` and `complex`: bit counts, `to_bytes`/`from_bytes`, exact
//! integer ratios, and the hexadecimal float format (`float.hex`, `float.fromhex`).

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, Tuple};
use crate::value::Value;

use super::methods_args::{
    add_classmethod, check, check_in, parse_kw, receiver, ssize_arg, wrong_receiver, Conv, KwSpec,
};
use super::{add_method, check_count};

pub(super) fn install(types: &Types) {
    let (int, float) = (&types.int, &types.float);
    add_method(int, "bit_length", bit_length);
    add_method(int, "bit_count", bit_count);
    add_method(int, "conjugate", int_conjugate);
    add_method(int, "as_integer_ratio", int_as_integer_ratio);
    add_method(int, "to_bytes", to_bytes);
    add_classmethod(types, int, "from_bytes", from_bytes);
    add_method(float, "is_integer", is_integer);
    add_method(float, "conjugate", float_conjugate);
    add_method(float, "as_integer_ratio", float_as_integer_ratio);
    add_method(float, "hex", float_hex);
    add_classmethod(types, float, "fromhex", float_fromhex);
    add_classmethod(types, float, "__getformat__", float_getformat);
    add_method(&types.complex, "conjugate", complex_conjugate);
}

/// An argument converted like CPython's `_PyLong_AsInt`: an index that fits in a C int.
pub(super) fn c_int_arg(interp: &mut Interpreter, v: &Value) -> PyResult<i32> {
    if let Value::Long(_) = v {
        return Err(interp.err("OverflowError", "Python int too large to convert to C int"));
    }
    let n = interp.to_index(v)?;
    i32::try_from(n)
        .map_err(|_| interp.err("OverflowError", "Python int too large to convert to C int"))
}

/// The receiver of an int method, as a BigInt.
fn int_self(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = receiver(interp, args, "int", name)?.clone();
    match crate::ops::to_bigint_pub(&v) {
        Some(b) => Ok(b),
        None => Err(wrong_receiver(interp, &v, "int", name)),
    }
}

fn int_noargs(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<BigInt> {
    let b = int_self(interp, args, name)?;
    check_in(interp, "int", name, args, Conv::NoArgs)?;
    Ok(b)
}

fn bit_length(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = int_noargs(interp, &args, "bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = int_noargs(interp, &args, "bit_count")?;
    let ones: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = int_noargs(interp, &args, "conjugate")?;
    Ok(Value::from_bigint(b))
}

fn int_as_integer_ratio(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = int_noargs(interp, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(b), Value::Int(1)]))
}

/// The `byteorder` argument: true for little-endian.
fn byteorder_arg(interp: &mut Interpreter, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(interp.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => {
            let tn = super::methods_args::clinic_type_name(interp, other);
            Err(interp.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {tn}"
            )))
        }
    }
}

fn to_bytes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = int_self(interp, &args, "to_bytes")?;
    let spec = KwSpec {
        fname: "to_bytes",
        names: &["length", "byteorder", "signed"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let length = match &vals[0] {
        Some(v) => ssize_arg(interp, v)?,
        None => 1,
    };
    let little = byteorder_arg(interp, "to_bytes", vals[1].as_ref())?;
    let signed = match &vals[2] {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    if length < 0 {
        return Err(interp.value_error("length argument must be non-negative"));
    }
    if !signed && b.is_negative() {
        return Err(interp.err("OverflowError", "can't convert negative int to unsigned"));
    }
    // Two's complement bytes, little-endian, padded to `length` with the sign.
    let mut bytes = b.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    // Zero needs no bytes, and neither does -1: CPython stores only the bits that are not
    // copies of the sign, and -1 has none.
    if b.is_zero() || (b.is_negative() && b.magnitude().is_one()) {
        bytes.clear();
    }
    if bytes.len() as i64 > length {
        return Err(interp.err("OverflowError", "int too big to convert"));
    }
    interp.check_alloc(length as u128)?;
    let fill = if b.is_negative() { 0xFF } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    interp.charge(bytes.len() as u64)?;
    Ok(Value::Bytes(Rc::new(Tuple::new(bytes))))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class method.
fn from_bytes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let spec = KwSpec {
        fname: "from_bytes",
        names: &["bytes", "byteorder", "signed"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let data = match &vals[0] {
        Some(v) => super::methods_bytes::bytes_of_object(interp, v)?,
        None => Vec::new(),
    };
    let little = byteorder_arg(interp, "from_bytes", vals[1].as_ref())?;
    let signed = match &vals[2] {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let result = if data.len() <= 8 {
        // Up to eight bytes fit a machine word: no big integer on the way.
        let mut word = [0u8; 8];
        let n = data.len();
        let negative = signed && n > 0 && (if little { data[n - 1] } else { data[0] }) & 0x80 != 0;
        if negative {
            word = [0xff; 8];
        }
        if little {
            word[..n].copy_from_slice(&data);
        } else {
            word[8 - n..].copy_from_slice(&data);
        }
        let bits = if little {
            u64::from_le_bytes(word)
        } else {
            u64::from_be_bytes(word)
        };
        if signed {
            Value::Int(bits as i64)
        } else {
            match i64::try_from(bits) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(bits)),
            }
        }
    } else {
        Value::from_bigint(bigint_from_bytes(&data, little, signed))
    };
    match &cls {
        Value::Type(t) if Rc::ptr_eq(t, &interp.types.int) => Ok(result),
        Value::Type(_) => interp.call1(&cls, result),
        _ => Ok(result),
    }
}

/// The integer that `data` holds, in either byte order, two's complement when `signed`.
fn bigint_from_bytes(data: &[u8], little: bool, signed: bool) -> BigInt {
    match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, data),
        (false, true) => BigInt::from_signed_bytes_be(data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, data),
    }
}

/// The receiver of a float method.
fn float_self(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<f64> {
    let v = receiver(interp, args, "float", name)?.clone();
    let Value::Float(f) = v else {
        return Err(wrong_receiver(interp, &v, "float", name));
    };
    check_in(interp, "float", name, args, Conv::NoArgs)?;
    Ok(f)
}

fn is_integer(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let f = float_self(interp, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_self(interp, &args, "conjugate")?))
}

fn float_as_integer_ratio(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let f = float_self(interp, &args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(interp.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(interp.err("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    if f < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_hex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let f = float_self(interp, &args, "hex")?;
    if !f.is_finite() {
        return Ok(Value::from_string(crate::num::float_repr(f)));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::from_string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    Ok(Value::from_string(format!(
        "{sign}0x{lead}.{frac:013x}p{esign}{}",
        exp.abs()
    )))
}

/// `2**n` as a float, for `n` in the normal range.
fn pow2(n: i64) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}

/// `q * 2**e` for a q that needs no rounding; multiplies in steps so that no intermediate
/// result overflows or loses bits early.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// Parses CPython's hexadecimal float syntax; None for a malformed string, Some(inf) for a
/// value too large.
fn parse_hex_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(crate::num::is_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let mut rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let mut mant = BigInt::zero();
    let mut digits = 0;
    let mut frac_digits: i64 = 0;
    let mut seen_dot = false;
    while let Some(c) = rest.chars().next() {
        if c == '.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = c.to_digit(16) {
            mant = (mant << 4) + d;
            digits += 1;
            if seen_dot {
                frac_digits += 1;
            }
        } else {
            break;
        }
        rest = &rest[1..];
    }
    if digits == 0 {
        return None;
    }
    let mut exp: i64 = 0;
    if let Some(e) = rest.strip_prefix('p') {
        let (eneg, e) = match e.as_bytes().first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Exponents beyond any float saturate; the value is then 0 or too large anyway.
        exp = e
            .bytes()
            .fold(0i64, |acc, b| (acc * 10 + (b - b'0') as i64).min(1 << 40));
        if eneg {
            exp = -exp;
        }
    } else if !rest.is_empty() {
        return None;
    }
    if mant.is_zero() {
        return Some(sign * 0.0);
    }
    // value = mant * 2**e2; keep 53 bits (fewer for subnormals), rounding half to even.
    let e2 = exp - 4 * frac_digits;
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + e2;
    if top > 1023 {
        return Some(f64::INFINITY);
    }
    let keep = if top >= -1022 { 53 } else { top + 1075 };
    if keep < 0 {
        return Some(sign * 0.0);
    }
    let shift = nbits - keep;
    let (q, qexp) = if shift > 0 {
        let mut q: BigInt = &mant >> shift as usize;
        let r: BigInt = &mant - (&q << shift as usize);
        let half = BigInt::one() << (shift - 1) as usize;
        if r > half || (r == half && q.is_odd()) {
            q += 1;
        }
        (q, e2 + shift)
    } else {
        (mant, e2)
    };
    let qf = u64::try_from(&q).ok()? as f64;
    let v = ldexp(qf, qexp);
    Some(sign * v)
}

/// `float.fromhex(string)`, a class method.
/// `float.__getformat__(typestr)`: how the machine stores 'double' and 'float' values.
fn float_getformat(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__getformat__", &args, 2, 2)?;
    match args.pos[1].as_str() {
        Some("double" | "float") => Ok(Value::str("IEEE, little-endian")),
        Some(_) => {
            Err(interp.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        None => {
            let tn = interp.type_name(&args.pos[1]);
            Err(interp.type_error(format!("__getformat__() argument must be str, not {tn}")))
        }
    }
}

fn float_fromhex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check(interp, "float.fromhex", &args, Conv::One)?;
    let cls = args.pos[0].clone();
    let Value::Str(s) = &args.pos[1] else {
        return Err(interp.type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex_float(s.as_str()) {
        None => return Err(interp.value_error("invalid hexadecimal floating-point string")),
        Some(v) if v.is_infinite() && !s.as_str().to_ascii_lowercase().contains("inf") => {
            return Err(interp.err(
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            ))
        }
        Some(v) => Value::Float(v),
    };
    match &cls {
        Value::Type(t) if !Rc::ptr_eq(t, &interp.types.float) => interp.call1(&cls, v),
        _ => Ok(v),
    }
}

fn complex_conjugate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = receiver(interp, &args, "complex", "conjugate")?.clone();
    let Value::Complex(c) = v else {
        return Err(wrong_receiver(interp, &v, "complex", "conjugate"));
    };
    check(interp, "complex.conjugate", &args, Conv::NoArgs)?;
    Ok(Value::complex(c.0, -c.1))
}
