//! `types.UnionType` (`int | None`) and `types.GenericAlias` (`list[int]`): the objects that
//! annotations build from built-in types, which Python 3.11 evaluates at run time.
//!
//! Like dict views, both are instances of internal types whose special methods are built-ins;
//! the members sit in the instance dict as `__args__` (and `__origin__`), where CPython shows
//! them too.

use std::rc::Rc;

use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, NativeFn, Type, TypeKind};
use crate::value::Value;

use super::add_method;

const UNION: &str = "UnionType";
const ALIAS: &str = "GenericAlias";

/// The type `kind` (UNION or ALIAS), created with its methods on first use.
fn alias_type(types: &Types, kind: &'static str) -> Rc<Type> {
    if let Some(t) = types.internal.borrow().get(kind) {
        return t.clone();
    }
    let ty = new_type(kind, TypeKind::Other, Some(&types.object));
    *ty.module.borrow_mut() = "types".into();
    let common: [(&'static str, NativeFn); 5] = [
        ("__or__", union_or),
        ("__ror__", union_ror),
        ("__eq__", alias_eq),
        ("__hash__", alias_hash),
        ("__setattr__", read_only),
    ];
    for (name, func) in common {
        add_method(&ty, name, func);
    }
    if kind == UNION {
        add_method(&ty, "__repr__", union_repr);
    } else {
        add_method(&ty, "__repr__", alias_repr);
        add_method(&ty, "__call__", alias_call);
        add_method(&ty, "__new__", alias_new);
    }
    types.internal.borrow_mut().insert(kind, ty.clone());
    ty
}

fn new_instance(interp: &Interpreter, kind: &'static str, dict: Dict) -> Value {
    Value::Instance(Rc::new(Instance::new(
        alias_type(&interp.types, kind),
        Rc::new(dict),
        None,
    )))
}

fn instance_of<'a>(v: &'a Value, kind: &str) -> Option<&'a Rc<Instance>> {
    match v {
        // A class deriving from GenericAlias (`_collections_abc._CallableGenericAlias`) makes
        // aliases too.
        Value::Instance(i)
            if std::iter::once(&i.class)
                .chain(i.class.mro.iter())
                .any(|t| &*t.name == kind && !t.is_class) =>
        {
            Some(i)
        }
        _ => None,
    }
}

fn args_of(i: &Instance) -> Vec<Value> {
    match i.dict.get_str("__args__") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

/// The members of a union, if `v` is one.
pub(crate) fn union_members(v: &Value) -> Option<Vec<Value>> {
    instance_of(v, UNION).map(|i| args_of(i))
}

/// Whether `v` is a parameterized generic such as `list[int]`.
pub(crate) fn is_generic_alias(v: &Value) -> bool {
    instance_of(v, ALIAS).is_some()
}

/// `type[args]` for a built-in type: a `GenericAlias`.
pub(crate) fn generic_alias(interp: &mut Interpreter, origin: &Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(_) => key.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    let dict = Dict::new();
    dict.set_str("__origin__", origin.clone());
    dict.set_str("__args__", args);
    dict.set_str("__parameters__", Value::tuple(Vec::new()));
    new_instance(interp, ALIAS, dict)
}

/// Whether `v` may be a member of a union: a type, None, a union or a generic alias.
fn unionable(v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
        || instance_of(v, UNION).is_some()
        || instance_of(v, ALIAS).is_some()
}

/// `a | b` for types, None and unions; None when the operands are not all of these.
pub(crate) fn type_union(interp: &mut Interpreter, a: &Value, b: &Value) -> Option<Value> {
    if !unionable(a) || !unionable(b) || (a.is_none() && b.is_none()) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = union_members(v).unwrap_or_else(|| vec![v.clone()]);
        for p in parts {
            let p = match p {
                Value::None => Value::Type(interp.types.none.clone()),
                other => other,
            };
            if !members.iter().any(|m| same_member(m, &p)) {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return members.pop();
    }
    let dict = Dict::new();
    dict.set_str("__args__", Value::tuple(members));
    dict.set_str("__parameters__", Value::tuple(Vec::new()));
    Some(new_instance(interp, UNION, dict))
}

fn same_member(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Type(x), Value::Type(y)) => Rc::ptr_eq(x, y),
        _ => a.is(b),
    }
}

/// How a union or alias member prints: `int`, `None`, `mod.Name`, `...`, or its repr.
fn member_repr(interp: &mut Interpreter, v: &Value) -> PyResult<String> {
    match v {
        Value::Type(t) if Rc::ptr_eq(t, &interp.types.none) => Ok("None".into()),
        Value::Type(t) => {
            let module = t.module.borrow().clone();
            let name = t.qualname().to_string();
            Ok(if &*module == "builtins" {
                name
            } else {
                format!("{module}.{name}")
            })
        }
        Value::Ellipsis => Ok("...".into()),
        other => interp.repr(other),
    }
}

fn receiver<'a>(interp: &mut Interpreter, args: &'a Args, kind: &str) -> PyResult<&'a Instance> {
    match args.pos.first().and_then(|v| instance_of(v, kind)) {
        Some(i) => Ok(i),
        None => Err(interp.type_error(format!("descriptor requires a '{kind}' object"))),
    }
}

fn union_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let members = args_of(receiver(interp, &args, UNION)?);
    let mut parts = Vec::with_capacity(members.len());
    for m in &members {
        parts.push(member_repr(interp, m)?);
    }
    Ok(Value::from_string(parts.join(" | ")))
}

fn alias_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let i = receiver(interp, &args, ALIAS)?;
    let origin = i.dict.get_str("__origin__").unwrap_or(Value::None);
    let members = args_of(i);
    let mut out = member_repr(interp, &origin)?;
    out.push('[');
    if members.is_empty() {
        out.push_str("()");
    }
    for (n, m) in members.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        let text = match m {
            Value::Tuple(t) if t.is_empty() => "()".to_string(),
            other => member_repr(interp, other)?,
        };
        out.push_str(&text);
    }
    out.push(']');
    Ok(Value::from_string(out))
}

fn binary_args(args: &Args) -> (Value, Value) {
    let a = args.pos.first().cloned().unwrap_or(Value::None);
    let b = args.pos.get(1).cloned().unwrap_or(Value::None);
    (a, b)
}

fn union_or(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, b) = binary_args(&args);
    Ok(type_union(interp, &a, &b).unwrap_or(Value::NotImplemented))
}

fn union_ror(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, b) = binary_args(&args);
    Ok(type_union(interp, &b, &a).unwrap_or(Value::NotImplemented))
}

/// Unions are equal when their member sets are; aliases when origin and arguments are.
fn alias_eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, b) = binary_args(&args);
    let (Value::Instance(x), Value::Instance(y)) = (&a, &b) else {
        return Ok(Value::NotImplemented);
    };
    if !Rc::ptr_eq(&x.class, &y.class) {
        return Ok(Value::NotImplemented);
    }
    let (xa, ya) = (args_of(x), args_of(y));
    if &*x.class.name == UNION {
        let same = xa.len() == ya.len() && xa.iter().all(|m| ya.iter().any(|n| same_member(m, n)));
        return Ok(Value::Bool(same));
    }
    let xo = x.dict.get_str("__origin__").unwrap_or(Value::None);
    let yo = y.dict.get_str("__origin__").unwrap_or(Value::None);
    if !interp.eq(&xo, &yo)? {
        return Ok(Value::Bool(false));
    }
    let eq = interp.eq(&Value::tuple(xa), &Value::tuple(ya))?;
    Ok(Value::Bool(eq))
}

fn alias_hash(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let i = receiver_any(interp, &args)?;
    let mut h: i64 = 0x345678;
    for m in args_of(&i) {
        h = h.wrapping_mul(1_000_003) ^ m.id();
    }
    Ok(Value::Int(h))
}

fn receiver_any(interp: &mut Interpreter, args: &Args) -> PyResult<Rc<Instance>> {
    match args.pos.first() {
        Some(Value::Instance(i)) => Ok(i.clone()),
        _ => Err(interp.type_error("descriptor requires a 'GenericAlias' object")),
    }
}

fn read_only(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let i = receiver_any(interp, &args)?;
    let name = args
        .pos
        .get(1)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let tn = i.class.name.clone();
    Err(interp.err(
        "AttributeError",
        format!("'{}.{tn}' object attribute '{name}' is read-only", "types"),
    ))
}

/// `GenericAlias(origin, args)`, or a subclass's `super().__new__(cls, origin, args)`.
fn alias_new(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (Some(Value::Type(cls)), Some(origin), Some(key), None) = (
        args.pos.first(),
        args.pos.get(1),
        args.pos.get(2),
        args.pos.get(3),
    ) else {
        return Err(interp.type_error("GenericAlias expected 2 arguments"));
    };
    let alias = generic_alias(interp, origin, key);
    if !cls.is_class {
        return Ok(alias);
    }
    let inst = interp.new_instance(cls, &Args::default())?;
    if let (Value::Instance(new), Value::Instance(old)) = (&inst, &alias) {
        for (k, v) in old.dict.items() {
            if let Some(k) = k.as_str() {
                interp.gc.track_instance(new, &v);
                new.dict.set_str(k, v);
            }
        }
    }
    Ok(inst)
}

/// `list[int](...)`: calls the origin.
fn alias_call(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let i = receiver(interp, &args, ALIAS)?;
    let origin = i.dict.get_str("__origin__").unwrap_or(Value::None);
    args.pos.remove(0);
    interp.call_value(&origin, args)
}

/// The error isinstance and issubclass raise for a parameterized generic.
pub(crate) fn generic_check_error(interp: &mut Interpreter, fname: &str) -> crate::interp::PyErr {
    interp.type_error(format!(
        "{fname}() argument 2 cannot be a parameterized generic"
    ))
}
