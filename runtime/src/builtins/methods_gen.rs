//! Methods of generators and coroutines (`send`, `throw`, `close`), and the iterator protocol
//! methods (`__next__`, `__iter__`) of built-in iterators.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Type};
use crate::value::Value;
use crate::vm::Sent;

use super::{add_method, check_count};

/// `slice.indices(length)`: the resolved (start, stop, step).
pub(super) fn slice_indices(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "indices", &args, 2, 2)?;
    let Value::Slice(s) = &args.pos[0] else {
        return Err(interp.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = interp.to_index(&args.pos[1])?;
    if len < 0 {
        return Err(interp.value_error("length should not be negative"));
    }
    let s = s.clone();
    let idx = interp.slice_indices(&s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}

pub(super) fn install(generator: &Rc<Type>) {
    install_coroutine_methods(generator);
    add_iterator_methods(generator);
}

/// `send`, `throw` and `close`, which generators, coroutines and the awaitables of
/// asynchronous generators share.
pub(super) fn install_coroutine_methods(t: &Rc<Type>) {
    add_method(t, "send", send);
    add_method(t, "throw", throw);
    add_method(t, "close", close);
}

/// `__next__` and `__iter__`, for any built-in iterator type.
pub(crate) fn add_iterator_methods(t: &Rc<Type>) {
    add_method(t, "__next__", next);
    add_method(t, "__iter__", iter_self);
}

fn stop(interp: &mut Interpreter, ret: Value) -> PyErr {
    let args = if ret.is_none() { vec![] } else { vec![ret] };
    interp.new_exception("StopIteration", args)
}

fn next(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__next__", &args, 1, 1)?;
    match interp.iter_next_stop(&args.pos[0])? {
        Ok(v) => Ok(v),
        Err(ret) => Err(stop(interp, ret)),
    }
}

fn iter_self(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__iter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn generator(
    interp: &mut Interpreter,
    args: &Args,
    name: &str,
) -> PyResult<Rc<std::cell::RefCell<crate::vm::Generator>>> {
    match args.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

fn send(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "send", &args, 2, 2)?;
    let g = generator(interp, &args, "send")?;
    match interp.gen_resume(&g, args.pos[1].clone(), None)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop(interp, v)),
    }
}

fn throw(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "throw", &args, 2, 4)?;
    let g = generator(interp, &args, "throw")?;
    let exc = exception_to_throw(interp, &args)?;
    match interp.gen_resume(&g, Value::None, Some(exc))? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop(interp, v)),
    }
}

/// The exception that `throw(type[, value[, traceback]])` or `throw(exc)` raises.
pub(super) fn exception_to_throw(interp: &mut Interpreter, args: &Args) -> PyResult<PyErr> {
    let exc = match (&args.pos[1], args.pos.get(2)) {
        // throw(type, instance): the instance itself, as CPython does.
        (Value::Type(_), Some(v @ Value::Exception(_))) => v.clone(),
        (Value::Type(t), Some(v)) if !v.is_none() => {
            let t = t.clone();
            let a = match v {
                Value::Tuple(items) => items.items.to_vec(),
                other => vec![other.clone()],
            };
            interp.call_type(&t, Args::positional(a))?
        }
        (v, _) => v.clone(),
    };
    Ok(PyErr::Exception(interp.make_exception(exc)?))
}

fn close(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "close", &args, 1, 1)?;
    let g = generator(interp, &args, "close")?;
    interp.gen_close(&g)
}
