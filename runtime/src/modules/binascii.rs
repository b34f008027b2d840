//! The `binascii` module (base64, hex and CRC-32 cores with CPython's lenient decoding and
//! error messages), under CPython's own `base64` module.
//! Decoding errors come back as messages that the Python half raises as `binascii.Error`.

use std::rc::Rc;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Tuple};
use crate::value::Value;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Marks a byte outside the base64 alphabet in [`B64_VALUES`].
const INVALID: u8 = 0xff;

/// Each byte's value in the base64 alphabet, or [`INVALID`].
const B64_VALUES: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[B64[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// CRC-32 of each byte value (the zlib polynomial, reflected), for a byte at a time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                (c >> 1) ^ 0xedb8_8320
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("binascii");
    add_function(&m.dict, "_b2a_base64", b2a_base64);
    add_function(&m.dict, "_a2b_base64", a2b_base64);
    add_function(&m.dict, "_crc32", crc32);
    super::embed::run_module_source(
        interp,
        &m,
        include_str!("binascii/binascii.py"),
        "<binascii>",
    )?;
    Ok(module)
}

fn bytes_of(interp: &mut Interpreter, v: &Value) -> PyResult<Rc<Tuple<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn bytes_value(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(Tuple::new(v)))
}

/// `_b2a_base64(data, newline)`.
fn b2a_base64(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "b2a_base64", &args, 2, 2)?;
    let data = bytes_of(interp, &args.pos[0])?;
    let newline = interp.truthy(&args.pos[1])?;
    interp.check_alloc(data.items.len() as u128 * 4 / 3 + 4)?;
    let mut out = Vec::with_capacity(data.items.len() * 4 / 3 + 4);
    for chunk in data.items.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes_value(out))
}

/// `_a2b_base64(data, strict)`: `(bytes, None)` or `(None, message)`, following CPython's
/// a2b_base64 (characters outside the alphabet skipped unless strict).
fn a2b_base64(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "a2b_base64", &args, 2, 2)?;
    let data = bytes_of(interp, &args.pos[0])?;
    let strict = interp.truthy(&args.pos[1])?;
    let fail = |msg: String| Ok(Value::tuple(vec![Value::None, Value::from_string(msg)]));
    let d = &data.items;
    let mut out = Vec::with_capacity(d.len() * 3 / 4);
    let (mut quad, mut left, mut pads) = (0u32, 0u32, 0u32);
    let mut padding = false;
    let mut done = false;
    if strict && d.first() == Some(&b'=') {
        return fail("Leading padding not allowed".into());
    }
    for (i, &c) in d.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && quad == 0 {
                return fail("Excess padding not allowed".into());
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < d.len() {
                        return fail("Excess data after padding".into());
                    }
                    done = true;
                    break;
                }
            }
            continue;
        }
        let v = B64_VALUES[c as usize];
        if v == INVALID {
            if strict {
                return fail("Only base64 data is allowed".into());
            }
            continue;
        }
        let v = v as u32;
        if strict && padding {
            return fail("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
    }
    if !done && quad != 0 {
        if quad == 1 {
            return fail(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 \
                 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ));
        }
        return fail("Incorrect padding".into());
    }
    Ok(Value::tuple(vec![bytes_value(out), Value::None]))
}

/// `_crc32(data, value)`: CRC-32 (the zlib polynomial), continuing from `value`.
fn crc32(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "crc32", &args, 2, 2)?;
    let data = bytes_of(interp, &args.pos[0])?;
    let start = match &args.pos[1] {
        Value::Int(i) => *i as u32,
        Value::Long(b) => {
            let (_, digits) = b.to_u32_digits();
            digits.first().copied().unwrap_or(0)
        }
        Value::Bool(b) => *b as u32,
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    let mut crc = !start;
    for &b in data.items.iter() {
        crc = CRC_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    Ok(Value::Int(!crc as i64))
}
