//! The `zlib` module: DEFLATE through the `miniz_oxide` crate pinned in the workspace, in
//! zlib, gzip or raw framing as `wbits` asks, and the crc32 and adler32 checksums. The
//! streaming objects (`zlib/zlib.py`) keep their input and run the one-shot functions here;
//! compressed bytes are valid DEFLATE but not byte for byte those of the C zlib.

use std::rc::Rc;

use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Tuple};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("zlib");
    add_function(&m.dict, "crc32", crc32);
    add_function(&m.dict, "adler32", adler32);
    add_function(&m.dict, "_deflate", deflate);
    add_function(&m.dict, "_inflate", inflate);
    super::embed::run_module_source(interp, &m, include_str!("zlib/zlib.py"), "<zlib>")?;
    Ok(module)
}

/// The framing `wbits` selects.
#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: gzip or zlib, whichever the header is.
    Auto,
}

fn framing(interp: &mut Interpreter, wbits: i64, decompressing: bool) -> PyResult<Framing> {
    Ok(match wbits {
        8..=15 => Framing::Zlib,
        0 if decompressing => Framing::Zlib,
        -15..=-8 => Framing::Raw,
        24..=31 => Framing::Gzip,
        40..=47 if decompressing => Framing::Auto,
        _ => return Err(interp.value_error("Invalid initialization option")),
    })
}

/// The bytes of a bytes-like argument (bytearray and memoryview through `bytes()`).
fn bytes_arg(interp: &mut Interpreter, v: &Value) -> PyResult<Rc<Tuple<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        Value::Str(_) | Value::Int(_) | Value::None => {
            let tn = interp.type_name(v);
            Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
        other => {
            let bytes = interp.builtin("bytes").unwrap_or(Value::None);
            match interp.call_value(&bytes, Args::positional(vec![other.clone()])) {
                Ok(Value::Bytes(b)) => Ok(b),
                _ => {
                    let tn = interp.type_name(other);
                    Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")))
                }
            }
        }
    }
}

fn bytes_value(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(Tuple::new(v)))
}

fn zlib_error(interp: &mut Interpreter, msg: &str) -> PyErr {
    // `zlib.error` is the module's own class, defined by its Python half.
    let class = interp
        .import_with("zlib", None, &[], 0)
        .and_then(|m| interp.get_attr(&m, "error"));
    match class {
        Ok(class) => match interp.call_value(&class, Args::positional(vec![Value::str(msg)])) {
            Ok(Value::Exception(e)) => PyErr::Exception(e),
            Ok(_) => interp.err("RuntimeError", msg.to_owned()),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
    }
    !c
}

fn adler32_update(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xFFFF, adler >> 16);
    // 5552 bytes is the most that can be summed before the 32-bit sums could overflow.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// The checksum's starting value argument, taken modulo 2**32 as CPython does.
fn start_value(interp: &mut Interpreter, args: &Args, default: u32) -> PyResult<u32> {
    match args.pos.get(1) {
        None => Ok(default),
        Some(v) => {
            let n = interp.to_index(v)?;
            let masked = Value::Int(n & 0xFFFF_FFFF);
            match masked {
                Value::Int(n) => Ok(n as u32),
                _ => Err(interp.type_error("an integer is required")),
            }
        }
    }
}

/// `crc32(data, value=0)`.
fn crc32(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "crc32", &args, 1, 2)?;
    let data = bytes_arg(interp, &args.pos[0])?;
    let start = start_value(interp, &args, 0)?;
    interp.charge_scan(data.items.len())?;
    Ok(Value::Int(i64::from(crc32_update(start, &data.items))))
}

/// `adler32(data, value=1)`.
fn adler32(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "adler32", &args, 1, 2)?;
    let data = bytes_arg(interp, &args.pos[0])?;
    let start = start_value(interp, &args, 1)?;
    interp.charge_scan(data.items.len())?;
    Ok(Value::Int(i64::from(adler32_update(start, &data.items))))
}

/// `_deflate(data, level, wbits)`: one whole compressed stream.
fn deflate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_deflate", &args, 3, 3)?;
    let data = bytes_arg(interp, &args.pos[0])?;
    let (Value::Int(level), Value::Int(wbits)) = (&args.pos[1], &args.pos[2]) else {
        return Err(interp.type_error("_deflate(data, level, wbits) takes two integers"));
    };
    let level = match *level {
        -1 => 6,
        l @ 0..=9 => l as u8,
        _ => return Err(zlib_error(interp, "Bad compression level")),
    };
    let framing = framing(interp, *wbits, false)?;
    // Compression costs several times more per byte than checksumming.
    interp.charge_scan(data.items.len() * 8)?;
    let d = &data.items[..];
    let out = match framing {
        Framing::Zlib => miniz_oxide::deflate::compress_to_vec_zlib(d, level),
        Framing::Raw => miniz_oxide::deflate::compress_to_vec(d, level),
        Framing::Gzip | Framing::Auto => {
            // The header the C zlib writes: no name, mtime 0, the level's hint, OS Unix.
            let xfl = match level {
                9 => 2,
                0 | 1 => 4,
                _ => 0,
            };
            let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3];
            out.extend(miniz_oxide::deflate::compress_to_vec(d, level));
            out.extend(crc32_update(0, d).to_le_bytes());
            out.extend((d.len() as u32).to_le_bytes());
            out
        }
    };
    Ok(bytes_value(out))
}

/// The length of the gzip header at the start of `d`: Ok(None) when more bytes are needed.
fn gzip_header(d: &[u8]) -> Result<Option<usize>, &'static str> {
    if d.len() < 10 {
        return Ok(None);
    }
    if d[0] != 0x1f || d[1] != 0x8b {
        return Err("incorrect header check");
    }
    if d[2] != 8 {
        return Err("unknown compression method");
    }
    let flags = d[3];
    let mut pos = 10;
    if flags & 4 != 0 {
        let Some(len) = d.get(pos..pos + 2) else {
            return Ok(None);
        };
        pos += 2 + usize::from(u16::from_le_bytes([len[0], len[1]]));
    }
    for bit in [8, 16] {
        if flags & bit != 0 {
            match d
                .get(pos..)
                .and_then(|rest| rest.iter().position(|&b| b == 0))
            {
                Some(end) => pos += end + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        pos += 2;
    }
    Ok((pos <= d.len()).then_some(pos))
}

/// `_inflate(data, wbits)`: `(output, consumed, finished)` for the stream at the start of
/// `data`, as far as `data` goes; `consumed` counts the trailer once the stream is finished.
fn inflate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_inflate", &args, 2, 2)?;
    let data = bytes_arg(interp, &args.pos[0])?;
    let Value::Int(wbits) = args.pos[1] else {
        return Err(interp.type_error("_inflate(data, wbits) takes an integer"));
    };
    let mut framing = framing(interp, wbits, true)?;
    let d = &data.items[..];
    let not_yet = || {
        Value::tuple(vec![
            bytes_value(Vec::new()),
            Value::Int(0),
            Value::Bool(false),
        ])
    };
    if framing == Framing::Auto {
        if d.len() < 2 {
            return Ok(not_yet());
        }
        framing = if d[..2] == [0x1f, 0x8b] {
            Framing::Gzip
        } else {
            Framing::Zlib
        };
    }
    let start = match framing {
        Framing::Raw => 0,
        Framing::Gzip => match gzip_header(d) {
            Ok(Some(n)) => n,
            Ok(None) => return Ok(not_yet()),
            Err(msg) => {
                return Err(zlib_error(
                    interp,
                    &format!("Error -3 while decompressing data: {msg}"),
                ))
            }
        },
        _ => {
            if d.len() < 2 {
                return Ok(not_yet());
            }
            let (cmf, flg) = (d[0], d[1]);
            if (u16::from(cmf) * 256 + u16::from(flg)) % 31 != 0 {
                return Err(zlib_error(
                    interp,
                    "Error -3 while decompressing data: incorrect header check",
                ));
            }
            if cmf & 0x0F != 8 {
                return Err(zlib_error(
                    interp,
                    "Error -3 while decompressing data: unknown compression method",
                ));
            }
            if flg & 0x20 != 0 {
                return Err(zlib_error(interp, "Error 2 while decompressing data"));
            }
            2
        }
    };
    interp.charge_scan(d.len() * 4)?;
    let mut state = DecompressorOxide::new();
    let mut out = vec![0u8; (d.len() * 4).clamp(64, 1 << 20)];
    let (mut pos, mut written) = (start, 0);
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF
        | inflate_flags::TINFL_FLAG_HAS_MORE_INPUT;
    let done = loop {
        let (status, used, made) = decompress(&mut state, &d[pos..], &mut out, written, flags);
        pos += used;
        written += made;
        match status {
            TINFLStatus::Done => break true,
            TINFLStatus::NeedsMoreInput => break false,
            TINFLStatus::HasMoreOutput => {
                // The output so far stays in place: later blocks refer back into it. Growing
                // counts against the heap limit, which stops a decompression bomb.
                interp.charge(out.len() as u64)?;
                let grown = out.len() * 2;
                out.resize(grown, 0);
            }
            _ => {
                return Err(zlib_error(
                    interp,
                    "Error -3 while decompressing data: invalid deflate data",
                ))
            }
        }
    };
    out.truncate(written);
    if !done {
        return Ok(Value::tuple(vec![
            bytes_value(out),
            Value::Int(pos as i64),
            Value::Bool(false),
        ]));
    }
    // The trailer: the Adler-32 of the output (zlib), or its CRC-32 and length (gzip).
    let trailer = match framing {
        Framing::Raw => 0,
        Framing::Gzip => 8,
        _ => 4,
    };
    let Some(tail) = d.get(pos..pos + trailer) else {
        return Ok(Value::tuple(vec![
            bytes_value(out),
            Value::Int(pos as i64),
            Value::Bool(false),
        ]));
    };
    let check = match framing {
        Framing::Gzip => {
            let crc = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
            let len = u32::from_le_bytes([tail[4], tail[5], tail[6], tail[7]]);
            if crc != crc32_update(0, &out) {
                Some("incorrect data check")
            } else if len != out.len() as u32 {
                Some("incorrect length check")
            } else {
                None
            }
        }
        Framing::Raw => None,
        _ => {
            let adler = u32::from_be_bytes([tail[0], tail[1], tail[2], tail[3]]);
            (adler != adler32_update(1, &out)).then_some("incorrect data check")
        }
    };
    if let Some(msg) = check {
        return Err(zlib_error(
            interp,
            &format!("Error -3 while decompressing data: {msg}"),
        ));
    }
    Ok(Value::tuple(vec![
        bytes_value(out),
        Value::Int((pos + trailer) as i64),
        Value::Bool(true),
    ]))
}
