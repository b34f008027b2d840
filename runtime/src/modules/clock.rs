//! `_clock`: the host's clocks for the Python standard library written in Python (datetime's
//! `now()` and `today()`), so that it needs no `time` module of its own.

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_clock");
    add_function(&m.dict, "time", time);
    add_function(&m.dict, "monotonic", monotonic);
    module
}

/// Seconds since the Unix epoch, from the host's wall clock.
fn time(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "time", &args, 0, 0)?;
    Ok(Value::Float(interp.host.wall_time()))
}

/// Seconds from the host's monotonic clock.
fn monotonic(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "monotonic", &args, 0, 0)?;
    Ok(Value::Float(interp.host.monotonic_ns() as f64 / 1e9))
}
