//! The `time` module: clocks from the host (`Host::wall_time`, `Host::monotonic_ns`), UTC as
//! the only time zone (gmtime and localtime agree), and struct_time, strftime, asctime and
//! mktime in the Python half (`time/time.py`).
//!
//! `sleep` waits on the host's monotonic clock, checking the interpreter's deadline as it
//! waits: a sandboxed program sees time pass as it would under CPython, and a sleep past the
//! deadline ends the run at the deadline rather than after the sleep.

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("time");
    add_function(&m.dict, "time", time);
    add_function(&m.dict, "time_ns", time_ns);
    add_function(&m.dict, "monotonic", monotonic);
    add_function(&m.dict, "monotonic_ns", monotonic_ns);
    add_function(&m.dict, "perf_counter", monotonic);
    add_function(&m.dict, "perf_counter_ns", monotonic_ns);
    add_function(&m.dict, "process_time", monotonic);
    add_function(&m.dict, "process_time_ns", monotonic_ns);
    add_function(&m.dict, "thread_time", monotonic);
    add_function(&m.dict, "thread_time_ns", monotonic_ns);
    add_function(&m.dict, "sleep", sleep);
    super::embed::run_module_source(interp, &m, include_str!("time/time.py"), "<time>")?;
    Ok(module)
}

fn time(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "time", &args, 0, 0)?;
    Ok(Value::Float(interp.host.wall_time()))
}

fn time_ns(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "time_ns", &args, 0, 0)?;
    Ok(Value::Int((interp.host.wall_time() * 1e9) as i64))
}

fn monotonic(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "monotonic", &args, 0, 0)?;
    Ok(Value::Float(interp.host.monotonic_ns() as f64 / 1e9))
}

fn monotonic_ns(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "monotonic_ns", &args, 0, 0)?;
    Ok(Value::Int(interp.host.monotonic_ns() as i64))
}

fn sleep(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "sleep", &args, 1, 1)?;
    let secs = match &args.pos[0] {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::Long(_) => return Err(interp.err("OverflowError", "sleep length is too large")),
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    if secs.is_nan() {
        return Err(interp.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(interp.value_error("sleep length must be non-negative"));
    }
    let start = interp.host.monotonic_ns();
    let ns = (secs * 1e9).min(u64::MAX as f64) as u64;
    // Among threads, the others run meanwhile; alone, the host sleeps. A sleep past the
    // deadline ends there with the time limit.
    if !crate::vm::threads::sleep_among_threads(interp, start, ns) {
        interp.sleep_until(start.saturating_add(ns))?;
    }
    Ok(Value::None)
}
