//! The storage of an `array.array`: items of one C type kept as their native bytes, so that
//! an array of a million doubles is eight megabytes, bytes in and out are a copy, and one item
//! is read or written without touching any other object. Python never sees this value itself:
//! it is the `base` of an instance of `array.array` or of a class deriving from it
//! (`modules/array.rs` has the type and its methods).

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::Value;

/// One of CPython's type codes, `b B u h H i I l L q Q f d` (with 64-bit `long`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Code {
    I8,
    U8,
    Wchar,
    I16,
    U16,
    I32,
    U32,
    Long,
    ULong,
    LongLong,
    ULongLong,
    F32,
    F64,
}

impl Code {
    /// Every code in the order of `array.typecodes`.
    pub const ALL: [Code; 13] = [
        Code::I8,
        Code::U8,
        Code::Wchar,
        Code::I16,
        Code::U16,
        Code::I32,
        Code::U32,
        Code::Long,
        Code::ULong,
        Code::LongLong,
        Code::ULongLong,
        Code::F32,
        Code::F64,
    ];

    /// The code a type-code character names.
    pub fn from_char(c: char) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.as_char() == c)
    }

    pub fn as_char(self) -> char {
        match self {
            Code::I8 => 'b',
            Code::U8 => 'B',
            Code::Wchar => 'u',
            Code::I16 => 'h',
            Code::U16 => 'H',
            Code::I32 => 'i',
            Code::U32 => 'I',
            Code::Long => 'l',
            Code::ULong => 'L',
            Code::LongLong => 'q',
            Code::ULongLong => 'Q',
            Code::F32 => 'f',
            Code::F64 => 'd',
        }
    }

    /// The size of one item in bytes.
    pub fn itemsize(self) -> usize {
        match self {
            Code::I8 | Code::U8 => 1,
            Code::I16 | Code::U16 => 2,
            Code::Wchar | Code::I32 | Code::U32 | Code::F32 => 4,
            Code::Long | Code::ULong | Code::LongLong | Code::ULongLong | Code::F64 => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Code::F32 | Code::F64)
    }

    /// The range of an integer code's values.
    pub fn int_range(self) -> (i128, i128) {
        match self {
            Code::I8 => (i8::MIN.into(), i8::MAX.into()),
            Code::U8 => (0, u8::MAX.into()),
            Code::I16 => (i16::MIN.into(), i16::MAX.into()),
            Code::U16 => (0, u16::MAX.into()),
            Code::I32 => (i32::MIN.into(), i32::MAX.into()),
            Code::U32 | Code::Wchar => (0, u32::MAX.into()),
            Code::Long | Code::LongLong => (i64::MIN.into(), i64::MAX.into()),
            Code::ULong | Code::ULongLong | Code::F32 | Code::F64 => (0, u64::MAX.into()),
        }
    }
}

/// The items of one array, in native byte order.
#[derive(Debug)]
pub struct Array {
    pub code: Code,
    /// Invariant: the length is a multiple of `code.itemsize()`.
    pub data: RefCell<Vec<u8>>,
}

impl Array {
    pub fn new(code: Code, data: Vec<u8>) -> Rc<Array> {
        Rc::new(Array {
            code,
            data: RefCell::new(data),
        })
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.code.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.data.borrow().is_empty()
    }

    /// Item `i`, or None when out of range.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        let data = self.data.borrow();
        let size = self.code.itemsize();
        let bytes = data.get(i.checked_mul(size)?..(i + 1) * size)?;
        Some(decode(self.code, bytes))
    }

    /// Writes item `i` from the bytes [`encode_exact`] or the module's checked conversion
    /// made; false when `i` is out of range.
    #[inline(always)]
    pub fn set(&self, i: usize, item: &[u8; 8]) -> bool {
        let mut data = self.data.borrow_mut();
        let size = self.code.itemsize();
        let Some(end) = i.checked_add(1).and_then(|n| n.checked_mul(size)) else {
            return false;
        };
        match data.get_mut(end - size..end) {
            Some(slot) => {
                slot.copy_from_slice(&item[..size]);
                true
            }
            None => false,
        }
    }

    /// Every item as a value.
    pub fn values(&self) -> Vec<Value> {
        let data = self.data.borrow();
        data.chunks_exact(self.code.itemsize())
            .map(|b| decode(self.code, b))
            .collect()
    }
}

/// The value of one item from its native bytes (exactly `code.itemsize()` of them).
#[inline(always)]
pub fn decode(code: Code, b: &[u8]) -> Value {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut out = [0u8; N];
        out.copy_from_slice(&b[..N]);
        out
    }
    match code {
        Code::F64 => Value::Float(f64::from_ne_bytes(arr(b))),
        Code::F32 => Value::Float(f32::from_ne_bytes(arr(b)) as f64),
        Code::I8 => Value::Int(i8::from_ne_bytes(arr(b)) as i64),
        Code::U8 => Value::Int(b[0] as i64),
        Code::I16 => Value::Int(i16::from_ne_bytes(arr(b)) as i64),
        Code::U16 => Value::Int(u16::from_ne_bytes(arr(b)) as i64),
        Code::I32 => Value::Int(i32::from_ne_bytes(arr(b)) as i64),
        Code::U32 => Value::Int(u32::from_ne_bytes(arr(b)) as i64),
        Code::Long | Code::LongLong => Value::Int(i64::from_ne_bytes(arr(b))),
        Code::ULong | Code::ULongLong => {
            let n = u64::from_ne_bytes(arr(b));
            match i64::try_from(n) {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(num_bigint::BigInt::from(n)),
            }
        }
        Code::Wchar => {
            let c = char::from_u32(u32::from_ne_bytes(arr(b))).unwrap_or('\u{fffd}');
            let mut buf = [0u8; 4];
            Value::str(c.encode_utf8(&mut buf))
        }
    }
}

/// The bytes of an integer already known to be in `code`'s range.
pub fn encode_int(code: Code, n: i128) -> [u8; 8] {
    let mut out = [0u8; 8];
    let size = code.itemsize();
    out[..size].copy_from_slice(&n.to_le_bytes()[..size]);
    if cfg!(target_endian = "big") {
        out[..size].reverse();
    }
    out
}

/// The bytes of a float for `f` or `d` (`f` rounded to single precision).
pub fn encode_float(code: Code, x: f64) -> [u8; 8] {
    let mut out = [0u8; 8];
    match code {
        Code::F32 => out[..4].copy_from_slice(&(x as f32).to_ne_bytes()),
        _ => out.copy_from_slice(&x.to_ne_bytes()),
    }
    out
}

/// The bytes of `v` as an item when that needs no conversion that could fail or call Python:
/// a float or int for a float code, an int in range for an integer code. The dispatch loop's
/// item store uses it; anything else takes the module's checked path.
#[inline(always)]
pub fn encode_exact(code: Code, v: &Value) -> Option<[u8; 8]> {
    match (code, v) {
        (Code::F64, Value::Float(x)) => Some(x.to_ne_bytes()),
        (Code::F32, Value::Float(x)) => Some(encode_float(code, *x)),
        (Code::F32 | Code::F64, Value::Int(n)) => Some(encode_float(code, *n as f64)),
        (Code::Wchar, _) => None,
        (_, Value::Int(n)) => {
            let (lo, hi) = code.int_range();
            let n = *n as i128;
            (lo <= n && n <= hi).then(|| encode_int(code, n))
        }
        _ => None,
    }
}
