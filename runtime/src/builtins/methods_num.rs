//! Methods of `int` and `float`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Type};
use crate::value::Value;

use super::add_method;

pub(super) fn install(int: &Rc<Type>, float: &Rc<Type>) {
    add_method(int, "bit_length", bit_length);
    add_method(float, "is_integer", is_integer);
}

fn bit_length(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first().and_then(crate::ops::to_bigint_pub) {
        Some(b) => Ok(Value::Int(b.bits() as i64)),
        None => Err(interp.type_error("descriptor 'bit_length' requires an 'int' object")),
    }
}

fn is_integer(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Err(interp.type_error("descriptor 'is_integer' requires a 'float' object")),
    }
}
