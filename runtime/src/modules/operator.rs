//! `_operator`: of CPython's C accelerator, what `operator.py` itself does not define
//! (`_compare_digest`, the timing-safe comparison `hmac.compare_digest` is) and what its pure
//! version does differently (`index` raises TypeError, not AttributeError, for a non-integer).

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_operator");
    add_function(&m.dict, "_compare_digest", compare_digest);
    add_function(&m.dict, "index", index);
    module
}

/// `_compare_digest(a, b)`: whether two ASCII strings or two bytes objects are equal, in a time
/// that depends on the length of `b` only, not on where they first differ.
fn compare_digest(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_compare_digest", &args, 2, 2)?;
    let (a, b): (&[u8], &[u8]) = match (&args.pos[0], &args.pos[1]) {
        (Value::Str(a), Value::Str(b)) => {
            if !a.as_str().is_ascii() || !b.as_str().is_ascii() {
                return Err(interp
                    .type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (a.as_str().as_bytes(), b.as_str().as_bytes())
        }
        (Value::Bytes(a), Value::Bytes(b)) => (&a.items[..], &b.items[..]),
        (a, b) => {
            let (ta, tb) = (interp.type_name(a), interp.type_name(b));
            return Err(interp.type_error(format!(
                "unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"
            )));
        }
    };
    // Every byte of `b` is looked at whatever the lengths; a length mismatch still fails.
    let mut diff = u8::from(a.len() != b.len());
    for (i, &y) in b.iter().enumerate() {
        let x = if a.len() == b.len() { a[i] } else { y };
        diff |= x ^ y;
    }
    Ok(Value::Bool(diff == 0))
}

/// `index(a)`: `a` as an exact int (through `__index__` where it is not an int); TypeError
/// for an object without `__index__`.
fn index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "index", &args, 1, 1)?;
    interp.index_value(&args.pos[0])
}
