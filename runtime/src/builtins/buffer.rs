//! The buffer protocol: the objects whose memory can be read as bytes (bytes, bytearray,
//! memoryview, array.array), each with a struct format and item size, and written back when
//! writable; an `array.array` exports its items' native bytes. Also the native single-item
//! struct codes a memoryview reads and writes.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Tuple};
use crate::value::Value;

use super::bytearray::bytearray_bytes;

/// What an object exports: its bytes, their struct format and item size.
pub(crate) struct Export {
    pub data: Vec<u8>,
    pub format: String,
    pub itemsize: usize,
    pub readonly: bool,
}

/// The export of `v`, or None when it does not support the buffer protocol.
pub(crate) fn export(interp: &mut Interpreter, v: &Value) -> PyResult<Option<Export>> {
    let bytes = |data: Vec<u8>, readonly: bool| Export {
        data,
        format: "B".into(),
        itemsize: 1,
        readonly,
    };
    match v {
        Value::Bytes(b) => return Ok(Some(bytes(b.items.to_vec(), true))),
        Value::Instance(i) if !i.class.is_class || i.base.is_some() => {
            if let Some(data) = bytearray_bytes(v) {
                return Ok(Some(bytes(data, false)));
            }
            if let Some(Value::Bytes(b)) = &i.base {
                return Ok(Some(bytes(b.items.to_vec(), true)));
            }
            if super::memoryview::is_memoryview(v) {
                return super::memoryview::view_export(interp, v).map(Some);
            }
        }
        Value::Instance(_) => {}
        _ => return Ok(None),
    }
    let Some(a) = crate::modules::array::storage(v) else {
        return Ok(None);
    };
    let data = a.data.borrow().clone();
    Ok(Some(Export {
        data,
        // A `u` array's buffer says `w` (UCS-4), as CPython's does.
        format: match a.code {
            crate::object::array::Code::Wchar => "w".to_owned(),
            code => code.as_char().to_string(),
        },
        itemsize: a.code.itemsize(),
        readonly: false,
    }))
}

/// The bytes of any object with the buffer protocol (bytes, bytearray, memoryview, array),
/// or None for other objects.
pub(crate) fn buffer_data(interp: &mut Interpreter, v: &Value) -> PyResult<Option<Vec<u8>>> {
    Ok(export(interp, v)?.map(|e| e.data))
}

/// Replaces the whole contents of the writable exporter `obj` with `data` (same length).
pub(crate) fn store(interp: &mut Interpreter, obj: &Value, data: Vec<u8>) -> PyResult<()> {
    if bytearray_bytes(obj).is_some() {
        let set = interp.get_attr(obj, "__setitem__")?;
        let all = Value::Slice(Rc::new(crate::object::Slice {
            start: Value::None,
            stop: Value::None,
            step: Value::None,
        }));
        let bytes = Value::Bytes(Rc::new(Tuple::new(data)));
        interp.call_value(&set, Args::positional(vec![all, bytes]))?;
        return Ok(());
    }
    if let Some(a) = crate::modules::array::storage(obj) {
        let mut items = a.data.borrow_mut();
        if items.len() == data.len() {
            *items = data;
        }
        return Ok(());
    }
    Err(interp.type_error("cannot modify read-only memory"))
}

/// The single-item struct format `format` names (an optional '@' then one native code).
pub(crate) fn plain_code(format: &str) -> Option<char> {
    let f = format.strip_prefix('@').unwrap_or(format);
    let mut chars = f.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// The size of one item of a native single-item format.
pub(crate) fn item_size(format: &str) -> Option<usize> {
    Some(match plain_code(format)? {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' | 'u' | 'w' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

/// Whether values of `format` are signed integers.
fn signed(code: char) -> bool {
    matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n')
}

/// One item of `format` read from little-endian `bytes` (exactly its size).
pub(crate) fn unpack_item(format: &str, bytes: &[u8]) -> Value {
    let code = plain_code(format).unwrap_or('B');
    match code {
        'f' => {
            let mut b = [0u8; 4];
            b.copy_from_slice(&bytes[..4.min(bytes.len())]);
            Value::Float(f32::from_le_bytes(b) as f64)
        }
        'd' => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&bytes[..8.min(bytes.len())]);
            Value::Float(f64::from_le_bytes(b))
        }
        '?' => Value::Bool(bytes.first().is_some_and(|b| *b != 0)),
        'c' => Value::Bytes(Rc::new(Tuple::new(bytes.to_vec()))),
        _ => {
            let mut b = [0u8; 8];
            let n = bytes.len().min(8);
            b[..n].copy_from_slice(&bytes[..n]);
            let negative = signed(code) && n > 0 && bytes[n - 1] & 0x80 != 0;
            if negative {
                for x in b.iter_mut().skip(n) {
                    *x = 0xFF;
                }
            }
            let raw = u64::from_le_bytes(b);
            if signed(code) || raw <= i64::MAX as u64 {
                Value::Int(raw as i64)
            } else {
                Value::from_bigint(num_bigint::BigInt::from(raw))
            }
        }
    }
}

/// The bytes of `v` as one item of `format`, with memoryview's errors.
pub(crate) fn pack_item(interp: &mut Interpreter, format: &str, v: &Value) -> PyResult<Vec<u8>> {
    let code = plain_code(format).unwrap_or('B');
    let size = item_size(format).unwrap_or(1);
    let invalid_type = |interp: &mut Interpreter| {
        interp.type_error(format!("memoryview: invalid type for format '{format}'"))
    };
    let invalid_value = |interp: &mut Interpreter| {
        interp.value_error(format!("memoryview: invalid value for format '{format}'"))
    };
    match code {
        'f' | 'd' => {
            let Some(x) = interp.real_of(v)? else {
                return Err(invalid_type(interp));
            };
            Ok(if code == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        '?' => Ok(vec![interp.truthy(v)? as u8]),
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(b.items.to_vec()),
            Value::Bytes(_) => Err(invalid_value(interp)),
            _ => Err(invalid_type(interp)),
        },
        _ => {
            let is_int = matches!(v, Value::Int(_) | Value::Bool(_) | Value::Long(_))
                || interp.lookup_special(v, "__index__").is_some();
            if !is_int {
                return Err(invalid_type(interp));
            }
            let n = interp.index_value(v)?;
            let n = crate::ops::to_bigint_pub(&n).unwrap_or_default();
            let bits = size as u32 * 8;
            let (lo, hi) = if signed(code) {
                let half = num_bigint::BigInt::from(1u8) << (bits - 1);
                (-half.clone(), half - 1)
            } else {
                (
                    num_bigint::BigInt::from(0u8),
                    (num_bigint::BigInt::from(1u8) << bits) - 1,
                )
            };
            if n < lo || n > hi {
                return Err(invalid_value(interp));
            }
            let mut out = n.to_signed_bytes_le();
            let fill = if n.sign() == num_bigint::Sign::Minus {
                0xFF
            } else {
                0
            };
            out.resize(size, fill);
            Ok(out)
        }
    }
}
