//! `array.array` as a sequence: length, items and slices (read, assigned, deleted),
//! iteration, `in`, comparison, concatenation and repetition, and its repr.

use std::rc::Rc;

use super::{encode, new_array, receiver, reserve, storage};
use crate::interp::{Interpreter, PyResult};
use crate::object::array::Array;
use crate::object::{Args, IterState, NativeFn, Slice};
use crate::ops::CmpKind;
use crate::value::Value;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", array_new),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__repr__", repr),
];

/// `array.__new__(cls, typecode[, initializer])`: an array, or an instance of a class
/// deriving from `array.array` wrapping one (whose own `__init__` runs after, with the same
/// arguments, as in CPython).
fn array_new(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("array.__new__(): not enough arguments"));
    }
    let cls = match args.pos.remove(0) {
        Value::Type(t) if t.kind == crate::object::TypeKind::Array => t,
        other => {
            let tn = interp.type_name(&other);
            return Err(interp.type_error(format!(
                "array.__new__(X): X is not a subtype of array.array ({tn})"
            )));
        }
    };
    if !cls.is_class {
        super::refuse_keywords(interp, &args)?;
    }
    let Value::Array(items) = super::new_storage(interp, args)? else {
        return Err(interp.type_error("array storage expected"));
    };
    Ok(super::new_of_class(interp, cls, items))
}

fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, _) = receiver(interp, args, "__len__")?;
    Ok(Value::Int(a.len() as i64))
}

/// The position an item index names, with CPython's errors: TypeError for a key that is no
/// index, IndexError `message` when it lies outside the array.
fn item_position(
    interp: &mut Interpreter,
    key: &Value,
    len: usize,
    message: &str,
) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Long(_) => {
            return Err(interp.err("IndexError", "cannot fit 'int' into an index-sized integer"))
        }
        Value::Instance(_) if interp.lookup_special(key, "__index__").is_some() => {
            interp.to_index(key)?
        }
        _ => return Err(interp.type_error("array indices must be integers")),
    };
    let at = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if at < 0 || at >= len as i64 {
        return Err(interp.err("IndexError", message.to_owned()));
    }
    Ok(at as usize)
}

/// `a[key]` on the items `a`: an item, or a new array for a slice.
pub(crate) fn get_item(interp: &mut Interpreter, a: &Array, key: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = key {
        let idx = interp.slice_indices(s, a.len())?;
        let size = a.code.itemsize();
        reserve(interp, idx.len as u128 * size as u128)?;
        let data = a.data.borrow();
        let out: Vec<u8> = if idx.step == 1 {
            let start = idx.start.max(0) as usize * size;
            data.get(start..start + idx.len * size)
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        } else {
            idx.iter()
                .flat_map(|i| data[i * size..(i + 1) * size].iter().copied())
                .collect()
        };
        drop(data);
        return Ok(new_array(interp, a.code, out));
    }
    let i = item_position(interp, key, a.len(), "array index out of range")?;
    // `__index__` may have shrunk the array.
    match a.get(i) {
        Some(v) => Ok(v),
        None => Err(interp.err("IndexError", "array index out of range")),
    }
}

/// `a[key] = v` on the items `a`; a slice takes only an array of the same type code.
pub(crate) fn set_item(
    interp: &mut Interpreter,
    a: &Array,
    key: &Value,
    v: &Value,
) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let i = item_position(interp, key, a.len(), "array assignment index out of range")?;
        let item = encode(interp, a.code, v)?;
        if !a.set(i, &item) {
            return Err(interp.err("IndexError", "array assignment index out of range"));
        }
        return Ok(());
    };
    let src = match storage(v) {
        Some(b) if b.code == a.code => b.data.borrow().clone(),
        Some(_) => return Err(interp.type_error("bad argument type for built-in operation")),
        None => {
            let tn = interp.type_name(v);
            return Err(interp.type_error(format!(
                "can only assign array (not \"{tn}\") to array slice"
            )));
        }
    };
    assign_slice(interp, a, s, src)
}

/// Replaces slice `s` of `a` with the items whose bytes are `src`.
fn assign_slice(interp: &mut Interpreter, a: &Array, s: &Slice, src: Vec<u8>) -> PyResult<()> {
    let size = a.code.itemsize();
    let idx = interp.slice_indices(s, a.len())?;
    let n = src.len() / size;
    if idx.step == 1 {
        if n > idx.len {
            reserve(interp, ((n - idx.len) * size) as u128)?;
        }
        let mut data = a.data.borrow_mut();
        let start = idx.start.max(0) as usize * size;
        let stop = start + idx.len * size;
        data.splice(start..stop, src);
        return Ok(());
    }
    if n != idx.len {
        return Err(interp.value_error(format!(
            "attempt to assign array of size {n} to extended slice of size {}",
            idx.len
        )));
    }
    let mut data = a.data.borrow_mut();
    for (k, i) in idx.iter().enumerate() {
        data[i * size..(i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
    }
    Ok(())
}

/// `del a[key]` on the items `a`.
pub(crate) fn del_item(interp: &mut Interpreter, a: &Array, key: &Value) -> PyResult<()> {
    let size = a.code.itemsize();
    let Value::Slice(s) = key else {
        let i = item_position(interp, key, a.len(), "array assignment index out of range")?;
        a.data.borrow_mut().drain(i * size..(i + 1) * size);
        return Ok(());
    };
    let idx = interp.slice_indices(s, a.len())?;
    let mut remove = vec![false; a.len()];
    for i in idx.iter() {
        remove[i] = true;
    }
    let mut data = a.data.borrow_mut();
    let kept: Vec<u8> = data
        .chunks_exact(size)
        .zip(&remove)
        .filter(|(_, r)| !**r)
        .flat_map(|(item, _)| item.iter().copied())
        .collect();
    *data = kept;
    Ok(())
}

fn getitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__getitem__")?;
    crate::builtins::check_count(interp, "__getitem__", &rest, 1, 1)?;
    get_item(interp, &a, &rest.pos[0])
}

fn setitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__setitem__")?;
    crate::builtins::check_count(interp, "__setitem__", &rest, 2, 2)?;
    set_item(interp, &a, &rest.pos[0], &rest.pos[1])?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__delitem__")?;
    crate::builtins::check_count(interp, "__delitem__", &rest, 1, 1)?;
    del_item(interp, &a, &rest.pos[0])?;
    Ok(Value::None)
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (array, _) = receiver(interp, args, "__iter__")?;
    Ok(Value::Iter(Rc::new(std::cell::RefCell::new(
        IterState::Array { array, index: 0 },
    ))))
}

fn contains(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__contains__")?;
    crate::builtins::check_count(interp, "__contains__", &rest, 1, 1)?;
    let mut i = 0;
    while let Some(item) = a.get(i) {
        if interp.eq(&item, &rest.pos[0])? {
            return Ok(Value::Bool(true));
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

/// Compares two arrays as CPython does: item by item (across type codes too) up to the first
/// unequal pair, which decides; equal prefixes compare by length.
fn compare(interp: &mut Interpreter, args: Args, op: CmpKind) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, op.dunder())?;
    crate::builtins::check_count(interp, op.dunder(), &rest, 1, 1)?;
    let Some(b) = storage(&rest.pos[0]).cloned() else {
        return Ok(Value::NotImplemented);
    };
    let (n, m) = (a.len(), b.len());
    if n != m && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    if a.code == b.code && !a.code.is_float() && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        let same = *a.data.borrow() == *b.data.borrow();
        return Ok(Value::Bool(same == (op == CmpKind::Eq)));
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
        if !interp.eq(&x, &y)? {
            return match op {
                CmpKind::Eq => Ok(Value::Bool(false)),
                CmpKind::Ne => Ok(Value::Bool(true)),
                _ => interp.compare(&x, &y, op),
            };
        }
        i += 1;
    }
    let (n, m) = (a.len(), b.len());
    Ok(Value::Bool(op.test(n.cmp(&m))))
}

crate::ops::rich_comparison_methods!(compare);

/// `a + b`: a new array; only an array of the same type code can be added.
fn add(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__add__")?;
    crate::builtins::check_count(interp, "__add__", &rest, 1, 1)?;
    let other = &rest.pos[0];
    let b = match storage(other) {
        Some(b) if b.code == a.code => b.clone(),
        Some(_) => return Err(interp.type_error("bad argument type for built-in operation")),
        // The other operand's reflected method comes before array's concatenation.
        None if interp.lookup_special(other, "__radd__").is_some() => {
            return Ok(Value::NotImplemented)
        }
        None => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("can only append array (not \"{tn}\") to array")));
        }
    };
    let (x, y) = (a.data.borrow().len(), b.data.borrow().len());
    reserve(interp, x as u128 + y as u128)?;
    let mut out = Vec::with_capacity(x + y);
    out.extend_from_slice(&a.data.borrow());
    out.extend_from_slice(&b.data.borrow());
    Ok(new_array(interp, a.code, out))
}

/// The count of `a * n`, or None when `n` is no integer and the other operand may still
/// answer; CPython's TypeError when it cannot.
fn repeat_count(interp: &mut Interpreter, n: &Value, reflected: &str) -> PyResult<Option<i64>> {
    let is_int = matches!(n, Value::Int(_) | Value::Bool(_) | Value::Long(_))
        || interp.lookup_special(n, "__index__").is_some();
    if !is_int {
        if storage(n).is_none() && interp.lookup_special(n, reflected).is_some() {
            return Ok(None);
        }
        let tn = interp.type_name(n);
        return Err(interp.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    interp.repeat_count(n).map(Some)
}

/// The bytes of `data` repeated `n` times, charged first.
fn repeated(interp: &mut Interpreter, data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as u128;
    let total = data.len() as u128 * n;
    reserve(interp, total)?;
    Ok(data.repeat(n as usize))
}

fn mul(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, rest) = receiver(interp, args, "__mul__")?;
    crate::builtins::check_count(interp, "__mul__", &rest, 1, 1)?;
    let Some(n) = repeat_count(interp, &rest.pos[0], "__rmul__")? else {
        return Ok(Value::NotImplemented);
    };
    let data = a.data.borrow().clone();
    let out = repeated(interp, &data, n)?;
    Ok(new_array(interp, a.code, out))
}

/// `a += b`: extends `a` in place with another array of the same type code.
fn iadd(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (a, rest) = receiver(interp, args, "__iadd__")?;
    crate::builtins::check_count(interp, "__iadd__", &rest, 1, 1)?;
    let other = &rest.pos[0];
    let Some(b) = storage(other).cloned() else {
        let tn = interp.type_name(other);
        return Err(interp.type_error(format!("can only extend array with array (not \"{tn}\")")));
    };
    super::methods::extend_array(interp, &a, &b)?;
    Ok(this)
}

/// `a *= n`: repeats `a`'s items in place.
fn imul(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (a, rest) = receiver(interp, args, "__imul__")?;
    crate::builtins::check_count(interp, "__imul__", &rest, 1, 1)?;
    let Some(n) = repeat_count(interp, &rest.pos[0], "__rmul__")? else {
        return Ok(Value::NotImplemented);
    };
    let data = a.data.borrow().clone();
    let out = repeated(interp, &data, n)?;
    *a.data.borrow_mut() = out;
    Ok(this)
}

/// `array('d', [1.0, 2.0])`, `array('u', 'abc')`, `array('i')`; a class deriving from
/// `array.array` shows its own name.
fn repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(v) => interp.type_of(v).name.to_string(),
        None => "array".to_owned(),
    };
    let (a, _) = receiver(interp, args, "__repr__")?;
    let c = a.code.as_char();
    if a.is_empty() {
        return Ok(Value::from_string(format!("{name}('{c}')")));
    }
    let items = if a.code == crate::object::array::Code::Wchar {
        let s: String = super::methods::unicode_of(interp, &a)?;
        interp.repr(&Value::from_string(s))?
    } else {
        let list = Value::List(Rc::new(crate::object::List::new(a.values())));
        interp.repr(&list)?
    };
    Ok(Value::from_string(format!("{name}('{c}', {items})")))
}
