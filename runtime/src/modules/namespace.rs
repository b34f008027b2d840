//! `types.SimpleNamespace`, built in Rust because `sys.implementation` is one and `sys` is
//! created before any Python module runs; `types.py` names this same type.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::interp::{new_type, Interpreter, PyResult};
use crate::object::{Args, Dict, Instance, Type, TypeKind};
use crate::value::Value;

/// The SimpleNamespace type of this interpreter, made on first use.
pub(crate) fn namespace_type(interp: &Interpreter) -> Rc<Type> {
    if let Some(t) = interp.types.internal.borrow().get("SimpleNamespace") {
        return t.clone();
    }
    let ty = new_type(
        "SimpleNamespace",
        TypeKind::Object,
        Some(&interp.types.object),
    );
    *ty.module.borrow_mut() = "types".into();
    add_method(&ty, "__init__", namespace_init);
    add_method(&ty, "__repr__", namespace_repr);
    add_method(&ty, "__eq__", namespace_eq);
    ty.dict.set_str("__hash__", Value::None);
    // Its instances have a `__dict__` (see `Type::slots_forbid`).
    ty.dict.set_str("__dictoffset__", Value::Int(16));
    interp
        .types
        .internal
        .borrow_mut()
        .insert("SimpleNamespace", ty.clone());
    ty
}

/// A SimpleNamespace holding `fields`, in order.
pub(crate) fn new_namespace(interp: &Interpreter, fields: &[(&str, Value)]) -> Value {
    let dict = Dict::new();
    for (n, v) in fields {
        dict.set_str(n, v.clone());
    }
    Value::Instance(Rc::new(Instance::new(
        namespace_type(interp),
        Rc::new(dict),
        None,
    )))
}

/// The instance a method was called on, when it is a SimpleNamespace.
fn receiver<'a>(
    interp: &mut Interpreter,
    args: &'a Args,
    name: &str,
) -> PyResult<&'a Rc<Instance>> {
    let ty = namespace_type(interp);
    match args.pos.first() {
        Some(Value::Instance(i)) if i.class.is_subtype(&ty) => Ok(i),
        Some(other) => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!(
                "descriptor '{name}' requires a 'types.SimpleNamespace' object but received a '{tn}'"
            )))
        }
        None => Err(interp.type_error(format!(
            "descriptor '{name}' of 'types.SimpleNamespace' object needs an argument"
        ))),
    }
}

/// `SimpleNamespace(**kwargs)`: Python 3.11 takes keywords only.
fn namespace_init(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let ns = receiver(interp, &args, "__init__")?;
    if args.pos.len() > 1 {
        return Err(interp.type_error("no positional arguments expected"));
    }
    for (k, v) in &args.kw {
        ns.dict.set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// `namespace(a=1, b='x')`; a subclass shows its own name, and a namespace inside itself
/// shows as `namespace(...)`.
fn namespace_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let ns = receiver(interp, &args, "__repr__")?;
    let name = if Rc::ptr_eq(&ns.class, &namespace_type(interp)) {
        "namespace".to_string()
    } else {
        ns.class.name.to_string()
    };
    let id = Rc::as_ptr(ns) as *const u8 as usize;
    if interp.repr_stack.contains(&id) {
        return Ok(Value::from_string(format!("{name}(...)")));
    }
    interp.repr_stack.push(id);
    let result = fields_repr(interp, &ns.dict);
    interp.repr_stack.pop();
    Ok(Value::from_string(format!("{name}({})", result?)))
}

fn fields_repr(interp: &mut Interpreter, dict: &Dict) -> PyResult<String> {
    let mut parts = Vec::new();
    for (k, v) in dict.items() {
        // Only string keys are shown, as CPython does.
        let Some(key) = k.as_str().map(str::to_string) else {
            continue;
        };
        let r = interp.repr(&v)?;
        parts.push(format!("{key}={r}"));
    }
    Ok(parts.join(", "))
}

/// Two namespaces are equal when their attribute dicts are.
fn namespace_eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let ns = receiver(interp, &args, "__eq__")?.clone();
    let ty = namespace_type(interp);
    match args.pos.get(1) {
        Some(Value::Instance(o)) if o.class.is_subtype(&ty) => {
            let a = Value::Dict(ns.dict.clone());
            let b = Value::Dict(o.dict.clone());
            Ok(Value::Bool(interp.eq(&a, &b)?))
        }
        _ => Ok(Value::NotImplemented),
    }
}
