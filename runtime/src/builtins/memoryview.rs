//! `memoryview`: the basics of a view of bytes or a bytearray, one byte per item (format
//! 'B'). Like bytearray it is an instance of a built-in type with built-in special methods;
//! the viewed object is its `obj` attribute. A view of a bytearray reads and writes it live;
//! a slice of a view is a view of a copy.

use std::rc::Rc;

use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, List, NativeFn, Tuple, Type, TypeKind};
use crate::ops::CmpKind;
use crate::value::Value;

use super::add_method;
use super::bytearray::bytearray_bytes;

/// The `memoryview` type, created with its methods on first use.
pub(super) fn memoryview_type(types: &Types) -> Rc<Type> {
    if let Some(t) = types.internal.borrow().get("memoryview") {
        return t.clone();
    }
    let ty = new_type("memoryview", TypeKind::Other, Some(&types.object));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__enter__", enter),
        ("__exit__", exit),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("__hash__", hash),
    ];
    for (name, func) in methods {
        add_method(&ty, name, *func);
    }
    types.internal.borrow_mut().insert("memoryview", ty.clone());
    ty
}

/// `memoryview(obj)` for bytes and bytearray.
pub(crate) fn construct(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if let Some(v) = args.take_kw("object") {
        args.pos.insert(0, v);
    }
    if !args.kw.is_empty() || args.pos.len() != 1 {
        let n = args.pos.len() + args.kw.len();
        return Err(interp.type_error(format!(
            "memoryview() takes exactly one argument ({n} given)"
        )));
    }
    let obj = args.pos.remove(0);
    let readonly = match &obj {
        Value::Bytes(_) => true,
        other if bytearray_bytes(other).is_some() => false,
        other => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )));
        }
    };
    let dict = Dict::new();
    let n = match &obj {
        Value::Bytes(b) => b.len(),
        other => bytearray_bytes(other).map_or(0, |b| b.len()),
    };
    dict.set_str("nbytes", Value::Int(n as i64));
    dict.set_str("shape", Value::tuple(vec![Value::Int(n as i64)]));
    dict.set_str("obj", obj);
    dict.set_str("readonly", Value::Bool(readonly));
    dict.set_str("itemsize", Value::Int(1));
    dict.set_str("format", Value::str("B"));
    dict.set_str("ndim", Value::Int(1));
    Ok(Value::Instance(Rc::new(Instance::new(
        memoryview_type(&interp.types),
        Rc::new(dict),
        None,
    ))))
}

/// The bytes of any object with the buffer protocol (bytes, bytearray, memoryview), or
/// None for other objects.
pub(crate) fn buffer_data(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.items.to_vec()),
        Value::Instance(i) if &*i.class.name == "memoryview" && !i.class.is_class => {
            match i.dict.get_str("obj") {
                Some(obj) if !obj.is_none() => buffer_data(&obj),
                _ => None,
            }
        }
        other => bytearray_bytes(other),
    }
}

/// The viewed object of a memoryview receiver, or an error if it was released.
fn viewed(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Err(interp.type_error("descriptor requires a 'memoryview' object"));
    };
    match i.dict.get_str("obj") {
        Some(v) if !v.is_none() => Ok(v),
        _ => Err(interp.value_error("operation forbidden on released memoryview object")),
    }
}

fn data(interp: &mut Interpreter, args: &Args) -> PyResult<Vec<u8>> {
    let obj = viewed(interp, args)?;
    Ok(match &obj {
        Value::Bytes(b) => b.items.to_vec(),
        other => bytearray_bytes(other).unwrap_or_default(),
    })
}

fn arg(args: &Args, n: usize) -> Value {
    args.pos.get(n).cloned().unwrap_or(Value::None)
}

fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    Ok(Value::Int(data(interp, &args)?.len() as i64))
}

fn getitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let bytes = Value::Bytes(Rc::new(Tuple::new(data(interp, &args)?)));
    let key = arg(&args, 1);
    match key {
        Value::Slice(_) => {
            let part = interp.get_item(&bytes, &key)?;
            construct(interp, Args::positional(vec![part]))
        }
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            interp.get_item(&bytes, &key).map_err(|e| match &e {
                crate::interp::PyErr::Exception(x) if &*x.ty.name == "IndexError" => {
                    interp.err("IndexError", "index out of bounds on dimension 1")
                }
                _ => e,
            })
        }
        other => {
            let tn = interp.type_name(&other);
            Err(interp.type_error(format!("memoryview: invalid slice key, not {tn}")))
        }
    }
}

fn setitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let obj = viewed(interp, &args)?;
    if let Value::Bytes(_) = obj {
        return Err(interp.type_error("cannot modify read-only memory"));
    }
    let set = interp.get_attr(&obj, "__setitem__")?;
    interp.call_value(&set, Args::positional(vec![arg(&args, 1), arg(&args, 2)]))
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let items = data(interp, &args)?
        .into_iter()
        .map(|b| Value::Int(b as i64))
        .collect();
    interp.get_iter(&Value::List(Rc::new(List::new(items))))
}

fn compare(interp: &mut Interpreter, args: Args, op: CmpKind) -> PyResult<Value> {
    let mine = Value::Bytes(Rc::new(Tuple::new(data(interp, &args)?)));
    let other = arg(&args, 1);
    let theirs = match &other {
        Value::Bytes(_) => other.clone(),
        Value::Instance(i) if &*i.class.name == "memoryview" && !i.class.is_class => {
            Value::Bytes(Rc::new(Tuple::new(data(
                interp,
                &Args::positional(vec![other.clone()]),
            )?)))
        }
        o => match bytearray_bytes(o) {
            Some(b) => Value::Bytes(Rc::new(Tuple::new(b))),
            None => return Ok(Value::NotImplemented),
        },
    };
    interp.compare(&mine, &theirs, op)
}

fn eq(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, CmpKind::Eq)
}
fn ne(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, CmpKind::Ne)
}

/// A read-only view hashes as its bytes; a writable one cannot be hashed.
fn hash(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let obj = viewed(interp, &args)?;
    if !matches!(obj, Value::Bytes(_)) {
        return Err(interp.value_error("cannot hash writable memoryview object"));
    }
    Ok(Value::Int(interp.hash_value(&obj)?))
}

fn enter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    viewed(interp, &args)?;
    Ok(arg(&args, 0))
}

fn exit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    release(interp, Args::positional(vec![arg(&args, 0)]))?;
    Ok(Value::Bool(false))
}

fn tobytes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = data(interp, &args)?;
    super::methods_bytes::new_bytes(interp, d)
}

fn tolist(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let items = data(interp, &args)?
        .into_iter()
        .map(|b| Value::Int(b as i64))
        .collect();
    Ok(Value::List(Rc::new(List::new(items))))
}

fn hex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = data(interp, &args)?;
    let mut rest = args.pos;
    rest[0] = Value::Bytes(Rc::new(Tuple::new(d)));
    let hex = match interp.types.bytes.dict.get_str("hex") {
        Some(Value::Builtin(b)) => b.func,
        _ => return Err(interp.type_error("bytes.hex is missing")),
    };
    hex(
        interp,
        Args {
            pos: rest,
            kw: args.kw,
        },
    )
}

fn release(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Err(interp.type_error("descriptor requires a 'memoryview' object"));
    };
    i.dict.set_str("obj", Value::None);
    Ok(Value::None)
}
