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

/// `object.__reduce_ex__(protocol)`.
pub(crate) fn object_reduce_ex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__reduce_ex__", &args, 2, 2)?;
    call_reduce(interp, "reduce_ex", args.pos)
}

/// `object.__reduce__()`.
pub(crate) fn object_reduce(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__reduce__", &args, 1, 1)?;
    call_reduce(interp, "reduce", args.pos)
}
