//! `_os`: the parts of `os` that every path function calls, in Rust: `os.fspath` is the first
//! step of each `os.path` function, and as a Python function (stored as a staticmethod, as
//! the module's C functions behave) it cost more than the rest of `basename`.

use crate::builtins::add_function;
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_os");
    add_function(&m.dict, "fspath", fspath);
    module
}

/// A `str` or `bytes`, or an instance of a subclass of either.
fn is_str_or_bytes(v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Bytes(_) => true,
        Value::Instance(i) => matches!(i.base, Some(Value::Str(_) | Value::Bytes(_))),
        _ => false,
    }
}

/// `os.fspath(path)`: `path` itself when it is a `str` or `bytes`, else what its type's
/// `__fspath__` returns, which must be one of those.
fn fspath(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let path = match (args.pos.as_slice(), args.kw.as_slice()) {
        ([path], []) => path.clone(),
        ([], [(name, path)]) if &**name == "path" => path.clone(),
        (pos, kw) if pos.len() + kw.len() > 1 => {
            let n = pos.len() + kw.len();
            return Err(interp.type_error(format!("fspath() takes at most 1 argument ({n} given)")));
        }
        _ => {
            return Err(interp.type_error("fspath() missing required argument 'path' (pos 1)"));
        }
    };
    if is_str_or_bytes(&path) {
        return Ok(path);
    }
    let ty = interp.type_of(&path);
    let method = ty.lookup("__fspath__");
    let Some(method) = method else {
        let tn = interp.type_name(&path);
        return Err(interp.type_error(format!(
            "expected str, bytes or os.PathLike object, not {tn}"
        )));
    };
    let result = interp.call_value(&method, Args::positional(vec![path.clone()]))?;
    if is_str_or_bytes(&result) {
        return Ok(result);
    }
    let (tn, rn) = (interp.type_name(&path), interp.type_name(&result));
    Err(interp.type_error(format!(
        "expected {tn}.__fspath__() to return str or bytes, not {rn}"
    )))
}
