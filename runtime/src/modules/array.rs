//! The `array` module: typed arrays of numbers with CPython's type codes, item sizes, range
//! checks and reprs. The class is Python (`array/array.py`) over a list of checked values;
//! byte conversion goes through the `struct` module's native packer.

use crate::interp::{Interpreter, PyResult};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("array");
    super::embed::run_module_source(interp, &m, include_str!("array/array.py"), "<array>")?;
    Ok(module)
}
