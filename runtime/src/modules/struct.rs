//! The `struct` module: format strings with CPython's sizes, alignment and byte orders
//! (`@ = < > !`), packing and unpacking of every common code (x c b B ? h H i I l L q Q n N e
//! f d s p P), with CPython's `struct.error` messages. `Struct` and the argument handling are
//! in the Python half (`struct/struct.py`); errors are raised as the class it passes in.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, List, Tuple};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("struct");
    add_function(&m.dict, "_calcsize", calcsize);
    add_function(&m.dict, "_pack", pack);
    add_function(&m.dict, "_unpack", unpack);
    super::embed::run_module_source(interp, &m, include_str!("struct/struct.py"), "<struct>")?;
    Ok(module)
}

struct Item {
    code: char,
    count: usize,
    size: usize,
    offset: usize,
}

struct Format {
    items: Vec<Item>,
    size: usize,
    little: bool,
    native: bool,
}

fn raise(interp: &mut Interpreter, err: &Value, msg: impl Into<String>) -> PyErr {
    let msg: String = msg.into();
    match interp.call_value(err, Args::positional(vec![Value::from_string(msg)])) {
        Ok(v) => match interp.make_exception(v) {
            Ok(e) => PyErr::Exception(e),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

fn code_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse_format(interp: &mut Interpreter, err: &Value, fmt: &Value) -> PyResult<Format> {
    let text = match fmt {
        Value::Str(s) => s.as_str().to_owned(),
        Value::Bytes(b) => b.items.iter().map(|&c| c as char).collect(),
        other => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {tn}"
            )));
        }
    };
    let mut chars = text.chars().peekable();
    let (little, native, align) = match chars.peek() {
        Some('@') => (true, true, true),
        Some('=') => (true, false, false),
        Some('<') => (true, false, false),
        Some('>') | Some('!') => (false, false, false),
        _ => (true, true, false),
    };
    let explicit = matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!'));
    if explicit {
        chars.next();
    }
    let align = align || !explicit;
    let mut items = Vec::new();
    let mut offset = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.peek().copied() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize))
                            .ok_or_else(|| raise(interp, err, "total struct size too long"))?;
                        chars.next();
                    }
                    _ => break,
                }
            }
            count = Some(n);
            match chars.next() {
                Some(k) => code = k,
                None => {
                    return Err(raise(
                        interp,
                        err,
                        "repeat count given without format specifier",
                    ))
                }
            }
        }
        let Some(size) = code_size(code, native) else {
            return Err(raise(interp, err, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if align && native && size > 1 && !matches!(code, 's' | 'p' | 'x' | 'c') {
            offset = offset.div_ceil(size) * size;
        }
        items.push(Item {
            code,
            count,
            size,
            offset,
        });
        offset = offset
            .checked_add(size.saturating_mul(count))
            .filter(|&o| (o as u64) < (1u64 << 40))
            .ok_or_else(|| raise(interp, err, "total struct size too long"))?;
    }
    Ok(Format {
        items,
        size: offset,
        little,
        native,
    })
}

fn calcsize(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "calcsize", &args, 2, 2)?;
    let f = parse_format(interp, &args.pos[0], &args.pos[1])?;
    Ok(Value::Int(f.size as i64))
}

/// The number of values a format packs (`s` and `p` take one value whatever their count).
fn value_count(f: &Format) -> usize {
    f.items
        .iter()
        .map(|it| match it.code {
            'x' => 0,
            's' | 'p' => 1,
            _ => it.count,
        })
        .sum()
}

fn int_arg(interp: &mut Interpreter, err: &Value, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Long(b) => Ok((**b).clone()),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::Instance(_) => {
            if let Some(m) = interp.lookup_special(v, "__index__") {
                let r = interp.call1(&m, v.clone())?;
                return int_arg(interp, err, &r);
            }
            Err(raise(interp, err, "required argument is not an integer"))
        }
        _ => Err(raise(interp, err, "required argument is not an integer")),
    }
}

fn range_message(code: char, size: usize, native: bool) -> String {
    let signed = code.is_ascii_lowercase();
    match (code, size) {
        ('b', _) => "byte format requires -128 <= number <= 127".into(),
        ('B', _) => "ubyte format requires 0 <= number <= 255".into(),
        ('h', _) => "short format requires -32768 <= number <= 32767".into(),
        ('H', _) => "ushort format requires 0 <= number <= 65535".into(),
        (_, 4) if signed => {
            format!("'{code}' format requires -2147483648 <= number <= 2147483647")
        }
        (_, 4) => format!("'{code}' format requires 0 <= number <= 4294967295"),
        _ => {
            let _ = native;
            "argument out of range".into()
        }
    }
}

fn put(out: &mut [u8], at: usize, bytes: &[u8]) {
    if let Some(dst) = out.get_mut(at..at + bytes.len()) {
        dst.copy_from_slice(bytes);
    }
}

fn half_bits(x: f64) -> Option<u16> {
    // IEEE 754 binary16 with round-half-even, as CPython's PyFloat_Pack2.
    let bits = (x as f32).to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a >= 65520.0 {
        return None;
    }
    if a < 2f64.powi(-24) * 0.5 {
        return Some(sign);
    }
    let (mut m, mut e) = frexp(a);
    // a = m * 2^e with 0.5 <= m < 1.
    if e < -13 {
        // Subnormal: units of 2^-24.
        let v = a / 2f64.powi(-24);
        let r = round_half_even(v) as u16;
        return Some(sign | r);
    }
    m *= 2.0;
    e -= 1;
    let frac = round_half_even((m - 1.0) * 1024.0);
    let (frac, e) = if frac >= 1024.0 {
        (0.0, e + 1)
    } else {
        (frac, e)
    };
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | frac as u16)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    let mut e = e;
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    (m, e)
}

fn round_half_even(v: f64) -> f64 {
    let r = v.round();
    if (v - v.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - v.signum()
    } else {
        r
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    sign * match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

/// `_pack(error, fmt, values)`.
fn pack(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "pack", &args, 3, 3)?;
    let err = args.pos[0].clone();
    let f = parse_format(interp, &err, &args.pos[1])?;
    let values = match &args.pos[2] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let want = value_count(&f);
    if values.len() != want {
        return Err(raise(
            interp,
            &err,
            format!(
                "pack expected {want} items for packing (got {})",
                values.len()
            ),
        ));
    }
    interp.check_alloc(f.size as u128)?;
    let mut out = vec![0u8; f.size];
    let mut vi = values.into_iter();
    for it in &f.items {
        match it.code {
            'x' => continue,
            's' | 'p' => {
                let v = vi.next().unwrap_or(Value::None);
                let Value::Bytes(b) = &v else {
                    let msg = format!("argument for '{}' must be a bytes object", it.code);
                    return Err(raise(interp, &err, msg));
                };
                let data = &b.items;
                if it.code == 's' {
                    let n = data.len().min(it.count);
                    put(&mut out, it.offset, &data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    put(&mut out, it.offset, &[n as u8]);
                    put(&mut out, it.offset + 1, &data[..n]);
                }
                continue;
            }
            _ => {}
        }
        for k in 0..it.count {
            let at = it.offset + k * it.size;
            let v = vi.next().unwrap_or(Value::None);
            let bytes: Vec<u8> = match it.code {
                'c' => match &v {
                    Value::Bytes(b) if b.items.len() == 1 => b.items.to_vec(),
                    _ => {
                        return Err(raise(
                            interp,
                            &err,
                            "char format requires a bytes object of length 1",
                        ))
                    }
                },
                '?' => vec![interp.truthy(&v)? as u8],
                'e' | 'f' | 'd' => {
                    let x = match &v {
                        Value::Float(x) => *x,
                        Value::Int(i) => *i as f64,
                        Value::Bool(b) => *b as i64 as f64,
                        Value::Long(_) => interp.to_f64(&v)?.unwrap_or(0.0),
                        _ => match interp.lookup_special(&v, "__float__") {
                            Some(m) => match interp.call1(&m, v.clone())? {
                                Value::Float(x) => x,
                                _ => {
                                    return Err(raise(
                                        interp,
                                        &err,
                                        "required argument is not a float",
                                    ))
                                }
                            },
                            None => {
                                return Err(raise(interp, &err, "required argument is not a float"))
                            }
                        },
                    };
                    match it.code {
                        'd' => order(x.to_le_bytes().to_vec(), f.little),
                        'f' => {
                            let y = x as f32;
                            if y.is_infinite() && x.is_finite() {
                                return Err(interp.err(
                                    "OverflowError",
                                    "float too large to pack with f format",
                                ));
                            }
                            order(y.to_le_bytes().to_vec(), f.little)
                        }
                        _ => match half_bits(x) {
                            Some(h) => order(h.to_le_bytes().to_vec(), f.little),
                            None => {
                                return Err(interp
                                    .err("OverflowError", "float too large to pack with e format"))
                            }
                        },
                    }
                }
                code => {
                    let n = int_arg(interp, &err, &v)?;
                    let signed = code.is_ascii_lowercase() && code != 'p';
                    let bits = it.size * 8;
                    let (lo, hi) = if signed {
                        (
                            -(BigInt::from(1) << (bits - 1)),
                            (BigInt::from(1) << (bits - 1)) - 1,
                        )
                    } else {
                        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
                    };
                    if n < lo || n > hi {
                        let msg = if !signed && it.size >= 4 && n < BigInt::from(0) {
                            "argument out of range".to_owned()
                        } else {
                            range_message(code, it.size, f.native)
                        };
                        return Err(raise(interp, &err, msg));
                    }
                    let raw = if signed {
                        n.to_i64().unwrap_or(0) as u64
                    } else {
                        n.to_u64().unwrap_or(0)
                    };
                    let le = raw.to_le_bytes();
                    order(le.get(..it.size).unwrap_or(&le).to_vec(), f.little)
                }
            };
            put(&mut out, at, &bytes);
        }
    }
    Ok(Value::Bytes(Rc::new(Tuple::new(out))))
}

fn order(mut le: Vec<u8>, little: bool) -> Vec<u8> {
    if !little {
        le.reverse();
    }
    le
}

/// `_unpack(error, fmt, buffer, offset, mode)`: mode 0 unpack (exact size), 1 unpack_from,
/// 2 iter_unpack (a list of tuples).
fn unpack(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "unpack", &args, 5, 5)?;
    let err = args.pos[0].clone();
    let f = parse_format(interp, &err, &args.pos[1])?;
    let Value::Bytes(buf) = &args.pos[2] else {
        let tn = interp.type_name(&args.pos[2]);
        return Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let data = &buf.items[..];
    let offset = interp.to_index(&args.pos[3])?;
    let mode = interp.to_index(&args.pos[4])?;
    match mode {
        0 => {
            if data.len() != f.size {
                let msg = format!("unpack requires a buffer of {} bytes", f.size);
                return Err(raise(interp, &err, msg));
            }
            unpack_one(interp, &f, data)
        }
        1 => {
            let len = data.len() as i64;
            let start = if offset < 0 { offset + len } else { offset };
            if offset < 0 && start < 0 {
                let msg = format!("offset {offset} out of range for {len}-byte buffer");
                return Err(raise(interp, &err, msg));
            }
            if start < 0 || start as usize + f.size > data.len() {
                let msg = format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes \
                     at offset {start} (actual buffer size is {len})",
                    start as usize + f.size,
                    f.size
                );
                return Err(raise(interp, &err, msg));
            }
            let s = start as usize;
            unpack_one(interp, &f, &data[s..s + f.size])
        }
        _ => {
            if f.size == 0 {
                return Err(raise(
                    interp,
                    &err,
                    "cannot iteratively unpack with a struct of length 0",
                ));
            }
            if data.len() % f.size != 0 {
                let msg = format!(
                    "iterative unpacking requires a buffer of a multiple of {} bytes",
                    f.size
                );
                return Err(raise(interp, &err, msg));
            }
            let mut out = Vec::new();
            for chunk in data.chunks(f.size) {
                out.push(unpack_one(interp, &f, chunk)?);
            }
            Ok(Value::List(Rc::new(List::new(out))))
        }
    }
}

fn unpack_one(interp: &mut Interpreter, f: &Format, data: &[u8]) -> PyResult<Value> {
    let mut out = Vec::new();
    for it in &f.items {
        match it.code {
            'x' => continue,
            's' => {
                let b = data.get(it.offset..it.offset + it.count).unwrap_or(&[]);
                out.push(Value::Bytes(Rc::new(Tuple::new(b.to_vec()))));
                continue;
            }
            'p' => {
                let n = data.get(it.offset).copied().unwrap_or(0) as usize;
                let n = n.min(it.count.saturating_sub(1));
                let b = data.get(it.offset + 1..it.offset + 1 + n).unwrap_or(&[]);
                out.push(Value::Bytes(Rc::new(Tuple::new(b.to_vec()))));
                continue;
            }
            _ => {}
        }
        for k in 0..it.count {
            let at = it.offset + k * it.size;
            let mut raw = data.get(at..at + it.size).unwrap_or(&[]).to_vec();
            if !f.little {
                raw.reverse();
            }
            let mut le = [0u8; 8];
            for (d, s) in le.iter_mut().zip(raw.iter()) {
                *d = *s;
            }
            let u = u64::from_le_bytes(le);
            out.push(match it.code {
                'c' => Value::Bytes(Rc::new(Tuple::new(vec![u as u8]))),
                '?' => Value::Bool(u != 0),
                'e' => Value::Float(half_to_f64(u as u16)),
                'f' => Value::Float(f32::from_bits(u as u32) as f64),
                'd' => Value::Float(f64::from_bits(u)),
                code if code.is_ascii_lowercase() => {
                    let shift = 64 - 8 * it.size as u32;
                    Value::Int(((u << shift) as i64) >> shift)
                }
                _ => Value::from_bigint(BigInt::from(u)),
            });
        }
    }
    let _ = interp;
    Ok(Value::tuple(out))
}
