//! The `json` module: a native encoder (`json/encode.rs`) and decoder (`json/decode.rs`) with
//! CPython's exact output and error messages, under the Python-level API of CPython's json
//! package (`json/json.py`: dumps, loads, dump, load, JSONEncoder, JSONDecoder,
//! JSONDecodeError).

mod decode;
mod encode;

use crate::builtins::add_function;
use crate::interp::{Interpreter, PyResult};
use crate::value::Value;

/// Nesting deeper than this is a RecursionError, so that no document exhausts the Rust stack.
const MAX_DEPTH: usize = 3000;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("json");
    add_function(&m.dict, "_encode", encode::encode);
    add_function(&m.dict, "_decode", decode::decode);
    super::embed::run_module_source(interp, &m, include_str!("json/json.py"), "<json>")?;
    Ok(module)
}

/// The deepest nesting allowed: the recursion limit, capped by what the Rust stack can hold.
fn depth_limit(interp: &Interpreter) -> usize {
    (interp.recursion_limit as usize).min(MAX_DEPTH)
}
