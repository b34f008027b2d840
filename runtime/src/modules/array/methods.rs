//! The named methods of `array.array` (append, extend, pop, bytes and list conversions...),
//! its `typecode` and `itemsize`, and pickling: `__reduce_ex__` and `_array_reconstructor`
//! with CPython's machine format codes, so pickles cross between isola and CPython.

use std::rc::Rc;

use super::{encode, new_array, receiver, reserve, storage};
use crate::builtins::check_count;
use crate::interp::{Interpreter, PyResult};
use crate::object::array::{decode, Array, Code};
use crate::object::{Args, NativeFn, Tuple};
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("byteswap", byteswap),
    ("buffer_info", buffer_info),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("tolist", tolist),
    ("fromlist", fromlist),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
    ("__reduce_ex__", reduce_ex),
];

pub(super) fn typecode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, _) = receiver(interp, args, "typecode")?;
    Ok(Value::from_string(a.code.as_char().to_string()))
}

pub(super) fn itemsize(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, _) = receiver(interp, args, "itemsize")?;
    Ok(Value::Int(a.code.itemsize() as i64))
}

/// Appends one item's bytes, charged.
fn push(interp: &mut Interpreter, a: &Array, item: &[u8; 8]) -> PyResult<()> {
    let size = a.code.itemsize();
    reserve(interp, size as u128)?;
    a.data.borrow_mut().extend_from_slice(&item[..size]);
    Ok(())
}

fn append(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "append")?;
    check_count(interp, "array.append", &rest, 1, 1)?;
    let item = encode(interp, a.code, &rest.pos[0])?;
    push(interp, &a, &item)?;
    Ok(Value::None)
}

/// Appends the items of another array, which must have the same type code.
pub(super) fn extend_array(interp: &mut Interpreter, a: &Array, b: &Array) -> PyResult<()> {
    if a.code != b.code {
        return Err(interp.type_error("can only extend with array of same kind"));
    }
    let more = b.data.borrow().clone();
    reserve(interp, more.len() as u128)?;
    a.data.borrow_mut().extend_from_slice(&more);
    Ok(())
}

/// Appends the items of an array of the same type code or of any iterable, one at a time
/// (those before a bad item stay, as in CPython).
pub(super) fn extend_from(interp: &mut Interpreter, a: &Array, src: &Value) -> PyResult<()> {
    if let Some(b) = storage(src).cloned() {
        return extend_array(interp, a, &b);
    }
    extend_items(interp, a, src)
}

/// Appends the items of any iterable, converted one at a time.
pub(super) fn extend_items(interp: &mut Interpreter, a: &Array, src: &Value) -> PyResult<()> {
    let it = interp.get_iter(src)?;
    while let Some(v) = interp.iter_next(&it)? {
        let item = encode(interp, a.code, &v)?;
        push(interp, a, &item)?;
    }
    Ok(())
}

/// Appends raw bytes, which must hold whole items.
pub(super) fn append_bytes(interp: &mut Interpreter, a: &Array, bytes: &[u8]) -> PyResult<()> {
    if !bytes.len().is_multiple_of(a.code.itemsize()) {
        return Err(interp.value_error("bytes length not a multiple of item size"));
    }
    reserve(interp, bytes.len() as u128)?;
    a.data.borrow_mut().extend_from_slice(bytes);
    Ok(())
}

fn extend(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "extend")?;
    check_count(interp, "array.extend", &rest, 1, 1)?;
    extend_from(interp, &a, &rest.pos[0])?;
    Ok(Value::None)
}

/// An index argument of `insert`/`pop`/`index`, big ints saturated as CPython clamps them.
fn index_arg(interp: &mut Interpreter, v: &Value) -> PyResult<i64> {
    interp.to_index(v)
}

fn insert(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "insert")?;
    check_count(interp, "insert", &rest, 2, 2)?;
    let i = index_arg(interp, &rest.pos[0])?;
    let item = encode(interp, a.code, &rest.pos[1])?;
    let size = a.code.itemsize();
    reserve(interp, size as u128)?;
    let len = a.len() as i64;
    let at = if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    } as usize;
    a.data
        .borrow_mut()
        .splice(at * size..at * size, item[..size].iter().copied());
    Ok(Value::None)
}

fn pop(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "pop")?;
    check_count(interp, "pop", &rest, 0, 1)?;
    let i = match rest.pos.first() {
        Some(v) => index_arg(interp, v)?,
        None => -1,
    };
    let len = a.len() as i64;
    if len == 0 {
        return Err(interp.err("IndexError", "pop from empty array"));
    }
    let at = if i < 0 { i.saturating_add(len) } else { i };
    if at < 0 || at >= len {
        return Err(interp.err("IndexError", "pop index out of range"));
    }
    let at = at as usize;
    let size = a.code.itemsize();
    let v = a.get(at).unwrap_or(Value::None);
    a.data.borrow_mut().drain(at * size..(at + 1) * size);
    Ok(v)
}

/// The position of the first item equal to `x` in `start..stop`.
fn find(
    interp: &mut Interpreter,
    a: &Array,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = a.get(i) else { break };
        if interp.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "remove")?;
    check_count(interp, "array.remove", &rest, 1, 1)?;
    let Some(i) = find(interp, &a, &rest.pos[0], 0, usize::MAX)? else {
        return Err(interp.value_error("array.remove(x): x not in array"));
    };
    let size = a.code.itemsize();
    let mut data = a.data.borrow_mut();
    if (i + 1) * size <= data.len() {
        data.drain(i * size..(i + 1) * size);
    }
    Ok(Value::None)
}

fn index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "index")?;
    check_count(interp, "index", &rest, 1, 3)?;
    let len = a.len() as i64;
    let bound = |interp: &mut Interpreter, at: usize, default: i64| -> PyResult<usize> {
        let i = match rest.pos.get(at) {
            Some(v) => index_arg(interp, v)?,
            None => default,
        };
        let i = if i < 0 {
            i.saturating_add(len).max(0)
        } else {
            i
        };
        Ok(i.min(len) as usize)
    };
    let start = bound(interp, 1, 0)?;
    let stop = bound(interp, 2, len)?;
    match find(interp, &a, &rest.pos[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(interp.value_error("array.index(x): x not in array")),
    }
}

fn count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "count")?;
    check_count(interp, "array.count", &rest, 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = a.get(i) {
        if interp.eq(&item, &rest.pos[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "reverse")?;
    check_count(interp, "array.reverse", &rest, 0, 0)?;
    let size = a.code.itemsize();
    let mut data = a.data.borrow_mut();
    data.reverse();
    // Reversing the bytes reversed each item's bytes too; put them back.
    for item in data.chunks_exact_mut(size) {
        item.reverse();
    }
    Ok(Value::None)
}

fn byteswap(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "byteswap")?;
    check_count(interp, "array.byteswap", &rest, 0, 0)?;
    let size = a.code.itemsize();
    for item in a.data.borrow_mut().chunks_exact_mut(size) {
        item.reverse();
    }
    Ok(Value::None)
}

fn buffer_info(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "buffer_info")?;
    check_count(interp, "array.buffer_info", &rest, 0, 0)?;
    let address = a.data.borrow().as_ptr() as usize as i64;
    Ok(Value::tuple(vec![
        Value::Int(address),
        Value::Int(a.len() as i64),
    ]))
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(Tuple::new(data)))
}

fn tobytes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "tobytes")?;
    check_count(interp, "array.tobytes", &rest, 0, 0)?;
    let data = a.data.borrow().clone();
    interp.charge(data.len() as u64)?;
    Ok(bytes_value(data))
}

fn frombytes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "frombytes")?;
    check_count(interp, "array.frombytes", &rest, 1, 1)?;
    let Some(export) = crate::builtins::buffer::export(interp, &rest.pos[0])? else {
        let tn = interp.type_name(&rest.pos[0]);
        return Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    // As CPython's: a buffer of wider items (another array, a cast memoryview) is refused.
    if export.itemsize != 1 {
        return Err(interp.type_error("a bytes-like object is required"));
    }
    append_bytes(interp, &a, &export.data)?;
    Ok(Value::None)
}

fn tolist(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "tolist")?;
    check_count(interp, "array.tolist", &rest, 0, 0)?;
    interp.charge(a.len() as u64 * 16)?;
    Ok(interp.new_list(a.values()))
}

/// Appends the items of a list; on a bad item the array is left as it was.
fn fromlist(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "fromlist")?;
    check_count(interp, "array.fromlist", &rest, 1, 1)?;
    let list = match &rest.pos[0] {
        Value::List(l) => l.to_vec(),
        v => match crate::ops::builtin_base(v) {
            Some(Value::List(l)) => l.to_vec(),
            _ => return Err(interp.type_error("arg must be list")),
        },
    };
    let size = a.code.itemsize();
    reserve(interp, list.len() as u128 * size as u128)?;
    let mut more = Vec::with_capacity(list.len() * size);
    for v in &list {
        more.extend_from_slice(&encode(interp, a.code, v)?[..size]);
    }
    a.data.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

/// The text of a `u` array, or CPython's error for a code point out of range.
pub(super) fn unicode_of(interp: &mut Interpreter, a: &Array) -> PyResult<String> {
    let data = a.data.borrow().clone();
    let mut out = String::with_capacity(data.len() / 4);
    for item in data.chunks_exact(4) {
        let n = u32::from_ne_bytes([item[0], item[1], item[2], item[3]]);
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => {
                return Err(interp.value_error(format!(
                    "character U+{n:x} is not in range [U+0000; U+10ffff]"
                )))
            }
        }
    }
    Ok(out)
}

fn tounicode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "tounicode")?;
    check_count(interp, "array.tounicode", &rest, 0, 0)?;
    if a.code != Code::Wchar {
        return Err(interp.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = unicode_of(interp, &a)?;
    interp.charge(s.len() as u64)?;
    Ok(Value::from_string(s))
}

fn fromunicode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "fromunicode")?;
    check_count(interp, "array.fromunicode", &rest, 1, 1)?;
    let Value::Str(s) = &rest.pos[0] else {
        let tn = interp.type_name(&rest.pos[0]);
        return Err(interp.type_error(format!("fromunicode() argument must be str, not {tn}")));
    };
    if a.code != Code::Wchar {
        return Err(interp.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let more = super::unicode_bytes(interp, s.as_str())?;
    a.data.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

/// `__copy__`: a plain array with the same items, whatever class the receiver has.
fn copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__copy__")?;
    check_count(interp, "array.__copy__", &rest, 0, 0)?;
    let data = a.data.borrow().clone();
    reserve(interp, data.len() as u128)?;
    Ok(new_array(interp, a.code, data))
}

fn deepcopy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__deepcopy__")?;
    check_count(interp, "array.__deepcopy__", &rest, 1, 1)?;
    let data = a.data.borrow().clone();
    reserve(interp, data.len() as u128)?;
    Ok(new_array(interp, a.code, data))
}

/// CPython's machine format code for each type code on a little-endian machine with 64-bit
/// `long` (`u` is UTF-32).
fn machine_format(code: Code) -> i64 {
    match code {
        Code::U8 => 0,
        Code::I8 => 1,
        Code::U16 => 2,
        Code::I16 => 4,
        Code::U32 => 6,
        Code::I32 => 8,
        Code::ULong | Code::ULongLong => 10,
        Code::Long | Code::LongLong => 12,
        Code::F32 => 14,
        Code::F64 => 16,
        Code::Wchar => 20,
    }
}

/// `__reduce_ex__(protocol)`: `(cls, (typecode, list), dict)` before protocol 3, else
/// `(array._array_reconstructor, (cls, typecode, format code, bytes), dict)`; `dict` is the
/// instance's namespace for a class deriving from `array.array`, else None.
fn reduce_ex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (a, rest) = receiver(interp, args, "__reduce_ex__")?;
    check_count(interp, "array.__reduce_ex__", &rest, 1, 1)?;
    let protocol = match &rest.pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        _ => return Err(interp.type_error("an integer is required")),
    };
    let cls = Value::Type(interp.type_of(&this));
    let dict = match &this {
        Value::Instance(i) if i.class.is_class => Value::Dict(i.dict.clone()),
        _ => Value::None,
    };
    let code = Value::from_string(a.code.as_char().to_string());
    if protocol < 3 {
        let list = interp.new_list(a.values());
        return Ok(Value::tuple(vec![
            cls,
            Value::tuple(vec![code, list]),
            dict,
        ]));
    }
    let func = reconstructor_function(interp);
    let data = bytes_value(a.data.borrow().clone());
    Ok(Value::tuple(vec![
        func,
        Value::tuple(vec![cls, code, Value::Int(machine_format(a.code)), data]),
        dict,
    ]))
}

/// The module's `_array_reconstructor`, the very object pickle will find there again.
fn reconstructor_function(interp: &mut Interpreter) -> Value {
    let found = match interp.modules.get_str("array") {
        Some(Value::Instance(m)) => m.dict.get_str("_array_reconstructor"),
        _ => None,
    };
    found.unwrap_or_else(|| {
        Value::Builtin(Rc::new(crate::object::BuiltinFunction {
            name: "_array_reconstructor",
            func: reconstructor,
            receiver: None,
            owner: None,
        }))
    })
}

/// How the items of a machine format lie: (size, signed, float, big-endian); UTF-16 and
/// UTF-32 are (2 or 4, false, false, big-endian) read as text.
fn format_layout(mformat: i64) -> Option<(usize, bool, bool, bool)> {
    let big = mformat % 2 == 1;
    Some(match mformat {
        0 => (1, false, false, false),
        1 => (1, true, false, false),
        2 | 3 => (2, false, false, big),
        4 | 5 => (2, true, false, big),
        6 | 7 => (4, false, false, big),
        8 | 9 => (4, true, false, big),
        10 | 11 => (8, false, false, big),
        12 | 13 => (8, true, false, big),
        14 | 15 => (4, true, true, big),
        16 | 17 => (8, true, true, big),
        18 | 19 => (2, false, false, big),
        20 | 21 => (4, false, false, big),
        _ => return None,
    })
}

/// `array._array_reconstructor(cls, typecode, mformat_code, items)`: what pickles made
/// with protocol 3 or later call to rebuild an array.
pub(super) fn reconstructor(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_array_reconstructor", &args, 4, 4)?;
    let cls = match &args.pos[0] {
        Value::Type(t) if t.kind == crate::object::TypeKind::Array => t.clone(),
        Value::Type(t) => {
            let name = t.name.clone();
            return Err(interp.type_error(format!("{name} is not a subtype of array.array")));
        }
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("first argument must be a type object, not {tn}"))
            );
        }
    };
    let code = match &args.pos[1] {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().and_then(Code::from_char),
        _ => None,
    };
    let Some(code) = code else {
        return Err(interp.value_error("second argument must be a valid type code"));
    };
    let mformat = match &args.pos[2] {
        Value::Int(n) => *n,
        _ => -1,
    };
    let Some((size, signed, float, big)) = format_layout(mformat) else {
        return Err(interp.value_error("third argument must be a valid machine format code."));
    };
    let Value::Bytes(items) = &args.pos[3] else {
        let tn = interp.type_name(&args.pos[3]);
        return Err(interp.type_error(format!("fourth argument should be bytes, not {tn}")));
    };
    let bytes = &items.items;
    let a = Array::new(code, Vec::new());
    if mformat == machine_format(code) {
        append_bytes(interp, &a, bytes)?;
        return Ok(super::new_of_class(interp, cls, a));
    }
    if !bytes.len().is_multiple_of(size) {
        return Err(interp.value_error("string length not a multiple of item size"));
    }
    let ordered = |chunk: &[u8]| -> Vec<u8> {
        let mut c = chunk.to_vec();
        if big {
            c.reverse();
        }
        c
    };
    if mformat >= 18 {
        // Text in UTF-16 or UTF-32, for a `u` array.
        let units: Vec<u32> = bytes
            .chunks_exact(size)
            .map(|c| {
                let c = ordered(c);
                if size == 2 {
                    u16::from_le_bytes([c[0], c[1]]) as u32
                } else {
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                }
            })
            .collect();
        let text: String = if size == 2 {
            let units: Vec<u16> = units.iter().map(|u| *u as u16).collect();
            String::from_utf16_lossy(&units)
        } else {
            units
                .iter()
                .map(|u| char::from_u32(*u).unwrap_or('\u{fffd}'))
                .collect()
        };
        let more = super::unicode_bytes(interp, &text)?;
        *a.data.borrow_mut() = more;
        return Ok(super::new_of_class(interp, cls, a));
    }
    // Integers of another layout come back with the type code of the same size and
    // signedness, as CPython chooses, whatever type code the pickle named.
    let a = if float {
        a
    } else {
        let same = Code::ALL.into_iter().find(|c| {
            !c.is_float()
                && *c != Code::Wchar
                && c.itemsize() == size
                && (c.int_range().0 < 0) == signed
        });
        Array::new(same.unwrap_or(code), Vec::new())
    };
    for chunk in bytes.chunks_exact(size) {
        let mut le = [0u8; 8];
        le[..size].copy_from_slice(&ordered(chunk));
        let v = if float {
            let native = if size == 4 { Code::F32 } else { Code::F64 };
            let raw: Vec<u8> = if cfg!(target_endian = "big") {
                le[..size].iter().rev().copied().collect()
            } else {
                le[..size].to_vec()
            };
            decode(native, &raw)
        } else {
            let negative = signed && le[size - 1] & 0x80 != 0;
            if negative {
                for b in le.iter_mut().skip(size) {
                    *b = 0xFF;
                }
            }
            let n = u64::from_le_bytes(le);
            if signed {
                Value::Int(n as i64)
            } else {
                Value::from_i128(n as i128)
            }
        };
        let item = encode(interp, a.code, &v)?;
        push(interp, &a, &item)?;
    }
    Ok(super::new_of_class(interp, cls, a))
}
