//! `types.MappingProxyType`: a read-only view of a mapping, what `cls.__dict__` is and what
//! `functools.singledispatch` hands out as its registry. Reads go to the mapping, so the view
//! follows its changes; there is no way to write through it.
//!
//! Like `GenericAlias`, it is an instance of an internal type whose methods are built-ins; the
//! mapping sits in the instance dict under a name no program uses. For `cls.__dict__` the
//! "mapping" is the class itself: lookups, `in`, `len` and iteration read the class's own
//! namespace in place (typing's protocol checks read it for every base on every check), and
//! the other methods act on a snapshot of it.

use std::rc::Rc;

use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, NativeFn, Type, TypeKind};
use crate::ops::CmpKind;
use crate::value::Value;

use super::{add_method, check_count};

const NAME: &str = "mappingproxy";
/// Where a proxy keeps its mapping.
const MAPPING: &str = "__isola_mapping__";

/// The `mappingproxy` type, created with its methods on first use.
fn proxy_type(types: &Types) -> Rc<Type> {
    if let Some(t) = types.internal.borrow().get(NAME) {
        return t.clone();
    }
    let ty = new_type(NAME, TypeKind::Other, Some(&types.object));
    let methods: [(&'static str, NativeFn); 14] = [
        ("__new__", proxy_new),
        ("__getitem__", getitem),
        ("__len__", len),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__eq__", eq),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__str__", str_),
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("copy", copy),
    ];
    for (name, func) in methods {
        add_method(&ty, name, func);
    }
    types.internal.borrow_mut().insert(NAME, ty.clone());
    ty
}

/// A read-only view of `mapping` (a dict, or any object with `keys` and `__getitem__`).
pub(crate) fn new_proxy(interp: &Interpreter, mapping: Value) -> Value {
    let dict = Dict::new();
    dict.set_str(MAPPING, mapping);
    Value::Instance(Rc::new(Instance::new(
        proxy_type(&interp.types),
        Rc::new(dict),
        None,
    )))
}

/// `mappingproxy(mapping)`: refuses sequences, as CPython's `PyMapping_Check` and its
/// exclusion of lists and tuples do.
fn proxy_new(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "mappingproxy", &args, 2, 2)?;
    let mapping = args.pos[1].clone();
    let is_mapping = match &mapping {
        Value::Dict(_) => true,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => false,
        other => interp.get_attr_opt(other, "keys")?.is_some(),
    };
    if !is_mapping {
        let tn = interp.type_name(&mapping);
        return Err(interp.type_error(format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    Ok(new_proxy(interp, mapping))
}

/// The mapping behind the proxy a method was called on.
fn mapping(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(i)) if &*i.class.name == NAME && !i.class.is_class => {
            Ok(i.dict.get_str(MAPPING).unwrap_or(Value::None))
        }
        _ => Err(interp.type_error("descriptor requires a 'mappingproxy' object")),
    }
}

/// The mapping as a value methods can act on: a class's namespace as a snapshot dict.
fn resolved(interp: &Interpreter, m: Value) -> Value {
    match &m {
        Value::Type(t) => Value::Dict(Rc::new(interp.type_namespace(t))),
        _ => m,
    }
}

/// `key` in the namespace of class `t`: None when absent (only str keys can be present).
fn class_get(t: &Type, key: &Value) -> Option<Value> {
    key.as_str().and_then(|k| t.dict.get_str(k))
}

/// The argument after the receiver, or a TypeError naming the method.
fn arg(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(v) => Ok(v.clone()),
        None => Err(interp.type_error(format!("{name}() takes exactly one argument (0 given)"))),
    }
}

/// Calls the mapping's own method `name` with the arguments after the receiver.
fn forward(interp: &mut Interpreter, args: Args, name: &str) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let m = resolved(interp, m);
    let method = interp.get_attr(&m, name)?;
    let rest = Args {
        pos: args.pos[1..].to_vec().into(),
        kw: args.kw,
    };
    interp.call_value(&method, rest)
}

fn getitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let key = arg(interp, &args, "__getitem__")?;
    if let Value::Type(t) = &m {
        return match class_get(t, &key) {
            Some(v) => Ok(v),
            None => Err(interp.new_exception("KeyError", vec![key])),
        };
    }
    interp.get_item(&m, &key)
}

fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    if let Value::Type(t) = &m {
        return Ok(Value::Int(t.dict.len() as i64));
    }
    Ok(Value::Int(super::functions::len_of(interp, &m)? as i64))
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    if let Value::Type(t) = &m {
        let keys = Value::List(Rc::new(crate::object::List::new(t.dict.keys())));
        return interp.get_iter(&keys);
    }
    interp.get_iter(&m)
}

fn contains(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let key = arg(interp, &args, "__contains__")?;
    if let Value::Type(t) = &m {
        return Ok(Value::Bool(class_get(t, &key).is_some()));
    }
    Ok(Value::Bool(interp.contains(&m, &key)?))
}

fn eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let m = resolved(interp, m);
    let other = arg(interp, &args, "__eq__")?;
    interp.compare(&m, &other, CmpKind::Eq)
}

fn hash(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let m = resolved(interp, m);
    Ok(Value::Int(interp.hash_value(&m)?))
}

fn repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let m = resolved(interp, m);
    let inner = interp.repr(&m)?;
    Ok(Value::from_string(format!("{NAME}({inner})")))
}

/// `str(proxy)` is the mapping's own `str`, as in CPython.
fn str_(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let m = mapping(interp, &args)?;
    let m = resolved(interp, m);
    Ok(Value::from_string(interp.to_str(&m)?))
}

fn get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    if let (Some(Value::Type(t)), [_, key, rest @ ..]) =
        (mapping(interp, &args).ok(), args.pos.as_slice())
    {
        if args.kw.is_empty() && rest.len() <= 1 {
            return Ok(
                class_get(&t, key).unwrap_or_else(|| rest.first().cloned().unwrap_or(Value::None))
            );
        }
    }
    forward(interp, args, "get")
}

fn keys(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    forward(interp, args, "keys")
}

fn values(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    forward(interp, args, "values")
}

fn items(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    forward(interp, args, "items")
}

fn copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    forward(interp, args, "copy")
}
