//! `staticmethod` and `classmethod` objects: their construction (copying the wrapped
//! callable's `__name__`, `__doc__`, ... as Python 3.10+ does), calling a staticmethod
//! directly, `__get__`, `__func__`/`__wrapped__`, `__isabstractmethod__` and repr.
//! Binding them on attribute lookup is `Interpreter::bind`'s.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, BoundMethod, BuiltinFunction, Dict, Instance, Type};
use crate::value::Value;

use super::{add_method, check_count};

/// The attributes a staticmethod or classmethod copies from the callable it wraps.
const COPIED: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

pub(super) fn install(types: &Types) {
    for ty in [&types.staticmethod, &types.classmethod] {
        add_method(ty, "__get__", wrapper_get);
        add_method(ty, "__repr__", wrapper_repr);
        add_getter(types, ty, "__wrapped__", wrapper_func);
        add_getter(types, ty, "__isabstractmethod__", wrapper_isabstract);
        // Their instances have a `__dict__` (see `Type::slots_forbid`).
        ty.dict.set_str("__dictoffset__", Value::Int(16));
    }
    add_method(&types.staticmethod, "__call__", staticmethod_call);
    add_getter(
        types,
        &types.property,
        "__isabstractmethod__",
        property_isabstract,
    );
}

/// True when the getter, setter or deleter of a property is abstract.
fn property_isabstract(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(p)) = args.pos.first() else {
        return Ok(Value::Bool(false));
    };
    for part in ["fget", "fset", "fdel"] {
        let Some(f) = p.dict.get_str(part).filter(|f| !f.is_none()) else {
            continue;
        };
        if let Some(v) = interp.get_attr_opt(&f, "__isabstractmethod__")? {
            if interp.truthy(&v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

/// A read-only property on a built-in type whose getter is native.
pub(crate) fn add_getter(
    types: &Types,
    ty: &Rc<Type>,
    name: &'static str,
    get: crate::object::NativeFn,
) {
    let d = Dict::new();
    let fget = Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func: get,
        receiver: None,
        owner: None,
    }));
    d.set_str("fget", fget);
    d.set_str("fset", Value::None);
    d.set_str("fdel", Value::None);
    d.set_str("__doc__", Value::None);
    let prop = Instance::new(types.property.clone(), Rc::new(d), None);
    ty.dict.set_str(name, Value::Instance(Rc::new(prop)));
}

/// `staticmethod(f)` / `classmethod(f)`.
pub(super) fn new_wrapper(interp: &mut Interpreter, ty: &Rc<Type>, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let name = ty.name.clone();
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        let (name, n) = (ty.name.clone(), args.pos.len());
        return Err(interp.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    let func = args.pos[0].clone();
    let d = Dict::new();
    d.set_str("__func__", func.clone());
    for name in COPIED {
        if let Some(v) = interp.get_attr_opt(&func, name)? {
            d.set_str(name, v);
        }
    }
    Ok(Value::Instance(Rc::new(Instance::new(
        ty.clone(),
        Rc::new(d),
        None,
    ))))
}

/// The wrapped callable of the staticmethod or classmethod `v`.
fn wrapped(interp: &mut Interpreter, v: Option<&Value>, what: &str) -> PyResult<Value> {
    match v {
        Some(Value::Instance(i)) => match i.dict.get_str("__func__") {
            Some(f) => Ok(f),
            None => Err(interp.err("RuntimeError", format!("uninitialized {what} object"))),
        },
        _ => Err(interp.type_error(format!("descriptor needs a '{what}' object"))),
    }
}

fn kind_name(v: Option<&Value>) -> String {
    match v {
        Some(Value::Instance(i)) => i.class.name.to_string(),
        _ => "staticmethod".to_string(),
    }
}

fn wrapper_func(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let what = kind_name(args.pos.first());
    wrapped(interp, args.pos.first(), &what)
}

/// True when the wrapped callable is abstract (`@staticmethod @abstractmethod`).
fn wrapper_isabstract(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let what = kind_name(args.pos.first());
    let f = wrapped(interp, args.pos.first(), &what)?;
    match interp.get_attr_opt(&f, "__isabstractmethod__")? {
        Some(v) => Ok(Value::Bool(interp.truthy(&v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `sm(*args)`: a staticmethod is callable since Python 3.10.
fn staticmethod_call(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let f = wrapped(interp, args.pos.first(), "staticmethod")?;
    args.pos.remove(0);
    interp.call_value(&f, args)
}

/// `sm.__get__(obj, type=None)` is the function; `cm.__get__(obj, type=None)` binds it to
/// `type`, or to `type(obj)`.
fn wrapper_get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__get__", &args, 2, 3)?;
    let what = kind_name(args.pos.first());
    let f = wrapped(interp, args.pos.first(), &what)?;
    if what == "staticmethod" {
        return Ok(f);
    }
    let owner = match args.pos.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => {
            if args.pos[1].is_none() {
                return Err(interp.type_error("__get__(None, None) is invalid"));
            }
            Value::Type(interp.type_of(&args.pos[1]))
        }
    };
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: f,
        receiver: owner,
    })))
}

/// `<staticmethod(<function f at 0x...>)>`.
fn wrapper_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let what = kind_name(args.pos.first());
    let f = wrapped(interp, args.pos.first(), &what)?;
    let r = interp.repr(&f)?;
    Ok(Value::from_string(format!("<{what}({r})>")))
}
