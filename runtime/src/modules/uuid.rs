//! The `uuid` module: the UUID class and uuid1/3/4/5 in Python (`uuid/uuid.py`), with
//! randomness from the host (`Host::random_bytes`) for uuid4 and uuid1's node and clock.

use crate::builtins::add_function;
use crate::interp::{Interpreter, PyResult};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("uuid");
    add_function(&m.dict, "_urandom", super::random::urandom);
    super::embed::run_module_source(interp, &m, include_str!("uuid/uuid.py"), "<uuid>")?;
    Ok(module)
}
