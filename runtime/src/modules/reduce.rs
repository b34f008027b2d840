//! `object.__reduce_ex__` and `object.__reduce__`, the default reductions pickle and copy
//! use: native methods of `object` that call the module `_reduce`, written in Python
//! (`reduce/reduce.py`) over copyreg.

use crate::builtins::check_count;
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("_reduce");
    super::embed::run_module_source(interp, &m, include_str!("reduce/reduce.py"), "<_reduce>")?;
    Ok(module)
}

/// Calls `_reduce.<name>` with `args`.
fn call_reduce(interp: &mut Interpreter, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let module = interp.import_with("_reduce", None, &[], 0)?;
    let f = interp.get_attr(&module, name)?;
    interp.call_value(&f, Args::positional(args))
}

/// `method.__reduce__()` and `method.__reduce_ex__(protocol)`: `(getattr, (receiver, name))`.
pub(crate) fn method_reduce(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__reduce_ex__", &args, 1, 2)?;
    let Value::BoundMethod(m) = &args.pos[0] else {
        return Err(interp.type_error("descriptor requires a 'method' object"));
    };
    let name = interp.get_attr(&m.func, "__name__")?;
    let getattr = interp
        .builtin("getattr")
        .ok_or_else(|| interp.err("RuntimeError", "lost builtins.getattr"))?;
    Ok(Value::tuple(vec![
        getattr,
        Value::tuple(vec![m.receiver.clone(), name]),
    ]))
}

/// `object.__reduce_ex__(protocol)`.
pub(crate) fn object_reduce_ex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__reduce_ex__", &args, 2, 2)?;
    if let Some(r) = plain_reduce(interp, &args.pos[0], &args.pos[1])? {
        return Ok(r);
    }
    call_reduce(interp, "reduce_ex", args.pos.into_vec())
}

/// Names that, found on an instance or its class, change how it reduces: `_reduce` handles
/// those.
const REDUCE_HOOKS: [&str; 4] = [
    "__getnewargs_ex__",
    "__getnewargs__",
    "__getstate__",
    "__reduce__",
];

/// What `_reduce.reduce_ex` gives, for protocol 2 or more, for an instance of a plain class
/// (no built-in base, no `__slots__`, none of `REDUCE_HOOKS` but object's own):
/// `(copyreg.__newobj__, (cls,), state, None, None)`, where state is the instance's dict, or
/// None when it is empty. None for anything else. This is what `copy.deepcopy` and pickle
/// ask of most objects, and it needs no Python.
fn plain_reduce(interp: &mut Interpreter, obj: &Value, proto: &Value) -> PyResult<Option<Value>> {
    let (Value::Instance(i), Value::Int(proto)) = (obj, proto) else {
        return Ok(None);
    };
    if *proto < 2 || i.base.is_some() || !i.class.is_class {
        return Ok(None);
    }
    for name in REDUCE_HOOKS {
        if i.dict.get_str(name).is_some() {
            return Ok(None);
        }
        // A hook the class inherits from `object` itself (`__reduce__`, `__getstate__`) is
        // the default this function stands for.
        match (i.class.lookup(name), interp.types.object.dict.get_str(name)) {
            (None, _) => {}
            (Some(Value::Builtin(found)), Some(Value::Builtin(own)))
                if std::rc::Rc::ptr_eq(&found, &own) => {}
            _ => return Ok(None),
        }
    }
    let classes = std::iter::once(&i.class).chain(i.class.mro.iter());
    for class in classes {
        if class.dict.get_str("__slots__").is_some() {
            return Ok(None);
        }
    }
    let copyreg = interp.import_with("copyreg", None, &[], 0)?;
    let newobj = interp.get_attr(&copyreg, "__newobj__")?;
    let state = if i.dict.is_empty() {
        Value::None
    } else {
        Value::Dict(i.dict.clone())
    };
    Ok(Some(Value::tuple(vec![
        newobj,
        Value::tuple(vec![Value::Type(i.class.clone())]),
        state,
        Value::None,
        Value::None,
    ])))
}

/// `object.__reduce__()`.
pub(crate) fn object_reduce(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__reduce__", &args, 1, 1)?;
    call_reduce(interp, "reduce", args.pos.into_vec())
}
