//! `bytearray`: a mutable sequence of bytes.
//!
//! There is no `Value` variant for it, so a bytearray is an instance of a built-in type whose
//! special methods are built-ins (as dict views are), and the VM's generic paths for instances
//! (repr, len, indexing, iteration, `in`, comparisons, `+`, `+=`) reach them. The bytes live in
//! the instance dict, under a name that is not an identifier, as a list of small ints.
//!
//! The methods it shares with `bytes` (`find`, `split`, `upper`, ...) are bytes' own: a
//! bytearray receiver and arguments are read as bytes, and bytes results come back as
//! bytearrays, so the algorithms exist once.

use std::rc::Rc;

use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, List, NativeFn, Tuple, Type, TypeKind};
use crate::ops::CmpKind;
use crate::syntax::ast::BinOp;
use crate::value::Value;

use super::add_method;

/// Where the bytes are stored in the instance.
const BUFFER: &str = " buffer";

/// The methods of bytes that bytearray shares, called through [`delegate`].
mod shared {
    use crate::interp::{Interpreter, PyResult};
    use crate::object::Args;
    use crate::value::Value;

    // One forwarding function per shared method: a built-in receives no data of its own, so
    // each needs its own function to know which bytes method it stands for.
    macro_rules! forward {
        ($($name:ident),* $(,)?) => {
            $(pub(super) fn $name(i: &mut Interpreter, a: Args) -> PyResult<Value> {
                super::delegate(i, a, stringify!($name))
            })*
            pub(super) const NAMES: &[(&str, crate::object::NativeFn)] =
                &[$((stringify!($name), $name)),*];
        };
    }

    forward!(
        capitalize,
        center,
        count,
        decode,
        endswith,
        expandtabs,
        find,
        hex,
        index,
        isalnum,
        isalpha,
        isascii,
        isdigit,
        islower,
        isspace,
        istitle,
        isupper,
        join,
        ljust,
        lower,
        lstrip,
        partition,
        removeprefix,
        removesuffix,
        replace,
        rfind,
        rindex,
        rjust,
        rpartition,
        rsplit,
        rstrip,
        split,
        splitlines,
        startswith,
        strip,
        swapcase,
        title,
        translate,
        upper,
        zfill,
    );
}

/// The `bytearray` type, created with its methods on first use.
pub(super) fn bytearray_type(types: &Types) -> Rc<Type> {
    if let Some(t) = types.internal.borrow().get("bytearray") {
        return t.clone();
    }
    let ty = new_type("bytearray", TypeKind::Other, Some(&types.object));
    for (name, func) in shared::NAMES {
        add_method(&ty, name, *func);
    }
    let own: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr),
        ("__str__", repr),
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
        ("__iadd__", iadd),
        ("__radd__", radd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__mod__", mod_),
        ("__alloc__", alloc),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for (name, func) in own {
        add_method(&ty, name, *func);
    }
    ty.dict.set_str("__hash__", Value::None);
    super::methods_args::add_classmethod(types, &ty, "fromhex", super::methods_bytes::fromhex);
    types.internal.borrow_mut().insert("bytearray", ty.clone());
    ty
}

/// The bytes of a bytearray, if `v` is one.
pub(crate) fn bytearray_bytes(v: &Value) -> Option<Vec<u8>> {
    let list = buffer(v)?;
    let items = list.borrow();
    Some(items.iter().map(byte_of).collect())
}

/// `len` bytes of a bytearray from `start`, or None when `v` is not one or they are not all
/// there.
pub(crate) fn bytearray_range(v: &Value, start: usize, len: usize) -> Option<Vec<u8>> {
    let list = buffer(v)?;
    let items = list.borrow();
    let part = items.get(start..start.checked_add(len)?)?;
    Some(part.iter().map(byte_of).collect())
}

/// Overwrites bytes of a bytearray from `start`; false when `v` is not one or they are not
/// all there.
pub(crate) fn bytearray_write(v: &Value, start: usize, data: &[u8]) -> bool {
    let Some(list) = buffer(v) else {
        return false;
    };
    let mut items = list.borrow_mut();
    let Some(part) = start
        .checked_add(data.len())
        .and_then(|end| items.get_mut(start..end))
    else {
        return false;
    };
    for (slot, b) in part.iter_mut().zip(data) {
        *slot = Value::Int(*b as i64);
    }
    true
}

fn byte_of(v: &Value) -> u8 {
    match v {
        // Invariant: the buffer holds ints in range(256) only.
        Value::Int(n) => *n as u8,
        _ => 0,
    }
}

fn buffer(v: &Value) -> Option<Rc<List>> {
    let Value::Instance(i) = v else { return None };
    if &*i.class.name != "bytearray" || i.class.is_class {
        return None;
    }
    match i.dict.get_str(BUFFER) {
        Some(Value::List(l)) => Some(l),
        _ => None,
    }
}

/// A new bytearray holding `data`.
pub(crate) fn new_bytearray(interp: &mut Interpreter, data: Vec<u8>) -> PyResult<Value> {
    interp.charge(data.len() as u64 * 16)?;
    let class = bytearray_type(&interp.types);
    let dict = Dict::new();
    let items = data.into_iter().map(|b| Value::Int(b as i64)).collect();
    dict.set_str(BUFFER, Value::List(Rc::new(List::new(items))));
    Ok(Value::Instance(Rc::new(Instance::new(
        class,
        Rc::new(dict),
        None,
    ))))
}

/// `bytearray(...)`: the arguments of `bytes(...)`, made mutable.
pub(crate) fn construct(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return new_bytearray(interp, Vec::new());
    }
    let args = Args {
        pos: args.pos.into_iter().map(as_bytes_value).collect(),
        kw: args.kw,
    };
    let bytes_type = Value::Type(interp.types.bytes.clone());
    let b = match interp.call_value(&bytes_type, args) {
        Err(crate::interp::PyErr::Exception(e))
            if interp.exception_str(&e) == "bytes must be in range(0, 256)" =>
        {
            return Err(interp.value_error("byte must be in range(0, 256)"));
        }
        r => r?,
    };
    match b {
        Value::Bytes(b) => new_bytearray(interp, b.items.to_vec()),
        _ => new_bytearray(interp, Vec::new()),
    }
}

/// A bytearray argument as a bytes value; anything else unchanged.
fn as_bytes_value(v: Value) -> Value {
    match bytearray_bytes(&v) {
        Some(b) => Value::Bytes(Rc::new(Tuple::new(b))),
        None => v,
    }
}

/// A bytes result as a bytearray; lists and tuples of bytes (split, partition) element-wise.
fn as_bytearray_result(interp: &mut Interpreter, v: Value) -> PyResult<Value> {
    Ok(match v {
        Value::Bytes(b) => new_bytearray(interp, b.items.to_vec())?,
        Value::List(l) => {
            let items = l.to_vec();
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(as_bytearray_result(interp, item)?);
            }
            Value::List(Rc::new(List::new(out)))
        }
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.len());
            for item in t.items.iter() {
                out.push(as_bytearray_result(interp, item.clone())?);
            }
            Value::tuple(out)
        }
        other => other,
    })
}

/// Calls bytes' method `name` on a bytearray receiver.
fn delegate(interp: &mut Interpreter, args: Args, name: &str) -> PyResult<Value> {
    this(interp, &args, name)?;
    let func = match interp.types.bytes.dict.get_str(name) {
        Some(Value::Builtin(b)) => b.func,
        _ => return Err(interp.type_error(format!("bytearray has no method '{name}'"))),
    };
    let args = Args {
        pos: args.pos.into_iter().map(as_bytes_value).collect(),
        kw: args
            .kw
            .into_iter()
            .map(|(k, v)| (k, as_bytes_value(v)))
            .collect(),
    };
    let r = func(interp, args)?;
    as_bytearray_result(interp, r)
}

fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<List>> {
    match args.pos.first().and_then(buffer) {
        Some(l) => Ok(l),
        None => {
            let tn = args
                .pos
                .first()
                .map(|v| interp.type_name(v))
                .unwrap_or_else(|| "nothing".into());
            Err(interp.type_error(format!(
                "descriptor '{name}' requires a 'bytearray' object but received a '{tn}'"
            )))
        }
    }
}

fn arg(args: &Args, n: usize) -> Value {
    args.pos.get(n).cloned().unwrap_or(Value::None)
}

/// A byte value argument: an int in range(256).
fn byte_arg(interp: &mut Interpreter, v: &Value) -> PyResult<Value> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => interp.to_index(v)?,
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    if !(0..256).contains(&n) {
        return Err(interp.value_error("byte must be in range(0, 256)"));
    }
    Ok(Value::Int(n))
}

/// The bytes of a bytes-like argument (bytes or bytearray).
fn buffer_of(interp: &mut Interpreter, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.items.to_vec()),
        other => match super::buffer_data(interp, other)? {
            Some(b) => Ok(b),
            None => {
                let tn = interp.type_name(other);
                Err(interp.type_error(format!("can't concat {tn} to bytearray")))
            }
        },
    }
}

fn count_args(interp: &mut Interpreter, args: &Args, name: &str, n: usize) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1);
    if given == n && args.kw.is_empty() {
        return Ok(());
    }
    Err(interp.type_error(match n {
        0 => format!("bytearray.{name}() takes no arguments ({given} given)"),
        _ => format!("bytearray.{name}() takes exactly one argument ({given} given)"),
    }))
}

fn repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "__repr__")?;
    let data = bytearray_bytes(&args.pos[0]).unwrap_or_default();
    let mut inner = interp.repr(&Value::Bytes(Rc::new(Tuple::new(data))))?;
    // CPython's bytearray repr escapes a single quote even inside double quotes.
    if inner.starts_with("b\"") {
        inner = inner.replace('\'', "\\'");
    }
    Ok(Value::from_string(format!("bytearray({inner})")))
}

fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__len__")?;
    Ok(Value::Int(l.len() as i64))
}

fn getitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__getitem__")?;
    let key = arg(&args, 1);
    let list = Value::List(l);
    match key {
        Value::Slice(_) => {
            let part = interp.get_item(&list, &key)?;
            let data = match &part {
                Value::List(p) => p.borrow().iter().map(byte_of).collect(),
                _ => Vec::new(),
            };
            new_bytearray(interp, data)
        }
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => interp
            .get_item(&list, &key)
            .map_err(|e| index_error(interp, e)),
        other => {
            let tn = interp.type_name(&other);
            Err(interp.type_error(format!(
                "bytearray indices must be integers or slices, not {tn}"
            )))
        }
    }
}

/// List index errors, reworded for bytearray.
fn index_error(interp: &mut Interpreter, e: crate::interp::PyErr) -> crate::interp::PyErr {
    match &e {
        crate::interp::PyErr::Exception(x) if &*x.ty.name == "IndexError" => {
            interp.err("IndexError", "bytearray index out of range")
        }
        _ => e,
    }
}

fn setitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__setitem__")?;
    let (key, value) = (arg(&args, 1), arg(&args, 2));
    let list = Value::List(l);
    match key {
        Value::Slice(_) => {
            let data = match &value {
                Value::Int(_) => {
                    return Err(interp.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ))
                }
                other => match bytearray_bytes(other) {
                    Some(b) => b,
                    None => super::methods_bytes::bytes_of_object(interp, other)?,
                },
            };
            let items = data.into_iter().map(|b| Value::Int(b as i64)).collect();
            let items = Value::List(Rc::new(List::new(items)));
            interp.set_item(&list, key, items)?;
        }
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let b = byte_arg(interp, &value)?;
            interp
                .set_item(&list, key, b)
                .map_err(|e| index_error(interp, e))?;
        }
        other => {
            let tn = interp.type_name(&other);
            return Err(interp.type_error(format!(
                "bytearray indices must be integers or slices, not {tn}"
            )));
        }
    }
    Ok(Value::None)
}

fn delitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__delitem__")?;
    let key = arg(&args, 1);
    interp
        .del_item(&Value::List(l), &key)
        .map_err(|e| index_error(interp, e))?;
    Ok(Value::None)
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__iter__")?;
    interp.get_iter(&Value::List(l))
}

fn contains(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "__contains__")?;
    let data = Value::Bytes(Rc::new(Tuple::new(
        bytearray_bytes(&args.pos[0]).unwrap_or_default(),
    )));
    let needle = as_bytes_value(arg(&args, 1));
    Ok(Value::Bool(interp.contains(&data, &needle)?))
}

fn compare(interp: &mut Interpreter, args: Args, op: CmpKind) -> PyResult<Value> {
    this(interp, &args, "__eq__")?;
    let a = as_bytes_value(arg(&args, 0));
    let b = as_bytes_value(arg(&args, 1));
    if !matches!(b, Value::Bytes(_)) {
        return Ok(Value::NotImplemented);
    }
    interp.compare(&a, &b, op)
}

crate::ops::rich_comparison_methods!(compare);

fn add(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "__add__")?;
    let mut data = bytearray_bytes(&args.pos[0]).unwrap_or_default();
    let other = buffer_of(interp, &arg(&args, 1))?;
    data.extend(other);
    new_bytearray(interp, data)
}

/// `b'x' + bytearray(b'y')`: bytes' `+` takes any buffer and gives bytes.
fn radd(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "__radd__")?;
    let mut data = match arg(&args, 1) {
        Value::Bytes(b) => b.items.to_vec(),
        _ => return Ok(Value::NotImplemented),
    };
    data.extend(bytearray_bytes(&args.pos[0]).unwrap_or_default());
    super::methods_bytes::new_bytes(interp, data)
}

fn iadd(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__iadd__")?;
    let other = buffer_of(interp, &arg(&args, 1))?;
    interp.charge(other.len() as u64 * 16)?;
    l.borrow_mut()
        .extend(other.into_iter().map(|b| Value::Int(b as i64)));
    Ok(args.pos[0].clone())
}

fn mul(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "__mul__")?;
    let data = Value::Bytes(Rc::new(Tuple::new(
        bytearray_bytes(&args.pos[0]).unwrap_or_default(),
    )));
    let r = interp.binary_op(&data, &arg(&args, 1), BinOp::Mult)?;
    as_bytearray_result(interp, r)
}

fn imul(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__imul__")?;
    let r = mul(interp, Args::positional(args.pos.clone().into_vec()))?;
    let data = bytearray_bytes(&r).unwrap_or_default();
    *l.borrow_mut() = data.into_iter().map(|b| Value::Int(b as i64)).collect();
    Ok(args.pos[0].clone())
}

fn mod_(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "__mod__")?;
    let fmt = as_bytes_value(arg(&args, 0));
    let r = interp.percent_format(&fmt, &arg(&args, 1))?;
    as_bytearray_result(interp, r)
}

fn alloc(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__alloc__")?;
    Ok(Value::Int(l.len() as i64 + 1))
}

fn append(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "append")?;
    count_args(interp, &args, "append", 1)?;
    let b = byte_arg(interp, &args.pos[1])?;
    interp.charge(16)?;
    l.push(b);
    Ok(Value::None)
}

fn extend(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "extend")?;
    count_args(interp, &args, "extend", 1)?;
    let src = &args.pos[1];
    let data = match bytearray_bytes(src) {
        Some(b) => b,
        None => match src {
            Value::Str(_) => {
                return Err(interp.type_error("expected iterable of integers; got: 'str'"))
            }
            other => {
                if !interp.is_iterable(other) {
                    let tn = interp.type_name(other);
                    return Err(interp.type_error(format!("can't extend bytearray with {tn}")));
                }
                super::methods_bytes::bytes_of_object(interp, other)?
            }
        },
    };
    interp.charge(data.len() as u64 * 16)?;
    l.borrow_mut()
        .extend(data.into_iter().map(|b| Value::Int(b as i64)));
    Ok(Value::None)
}

fn insert(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "insert")?;
    if args.pos.len() != 3 {
        let n = args.pos.len().saturating_sub(1);
        return Err(interp.type_error(format!("insert expected 2 arguments, got {n}")));
    }
    let i = interp.to_index(&args.pos[1])?;
    let b = byte_arg(interp, &args.pos[2])?;
    let len = l.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(at as usize, b);
    Ok(Value::None)
}

fn pop(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "pop")?;
    if args.pos.len() > 2 {
        let n = args.pos.len() - 1;
        return Err(interp.type_error(format!("pop expected at most 1 argument, got {n}")));
    }
    let len = l.len() as i64;
    if len == 0 {
        return Err(interp.err("IndexError", "pop from empty bytearray"));
    }
    let i = match args.pos.get(1) {
        Some(v) => interp.to_index(v)?,
        None => -1,
    };
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(interp.err("IndexError", "pop index out of range"));
    }
    let v = l.borrow_mut().remove(at as usize);
    Ok(v)
}

fn remove(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "remove")?;
    count_args(interp, &args, "remove", 1)?;
    let b = byte_arg(interp, &args.pos[1])?;
    let target = byte_of(&b);
    let pos = l.borrow().iter().position(|v| byte_of(v) == target);
    match pos {
        Some(p) => {
            l.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(interp.value_error("value not found in bytearray")),
    }
}

fn reverse(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "reverse")?;
    count_args(interp, &args, "reverse", 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "clear")?;
    count_args(interp, &args, "clear", 0)?;
    l.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args, "copy")?;
    count_args(interp, &args, "copy", 0)?;
    let data = bytearray_bytes(&args.pos[0]).unwrap_or_default();
    new_bytearray(interp, data)
}
