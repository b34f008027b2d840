//! `_imp`: what CPython's import internals answer about modules, for `importlib.util` and
//! CPython's test support: whether a name is a built-in module (written in Rust) or one
//! compiled from source the runtime holds ("frozen" in CPython's words), and the import
//! lock, which an interpreter with green threads on one OS thread never needs to hold.

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_imp");
    let d = &m.dict;
    add_function(d, "is_builtin", is_builtin);
    add_function(d, "is_frozen", is_frozen);
    add_function(d, "is_frozen_package", is_frozen_package);
    add_function(d, "extension_suffixes", extension_suffixes);
    add_function(d, "lock_held", lock_held);
    add_function(d, "acquire_lock", nothing);
    add_function(d, "release_lock", nothing);
    add_function(d, "_override_frozen_modules_for_tests", nothing_with_arg);
    add_function(
        d,
        "_override_multi_interp_extensions_check",
        nothing_with_arg,
    );
    module
}

fn name_arg(interp: &mut Interpreter, args: &Args, what: &str) -> PyResult<String> {
    check_count(interp, what, args, 1, 1)?;
    match args.pos[0].as_str() {
        Some(s) => Ok(s.to_owned()),
        None => {
            let tn = interp.type_name(&args.pos[0]);
            Err(interp.type_error(format!("{what}() argument must be str, not {tn}")))
        }
    }
}

/// 1 for a module written in Rust (CPython's answer for a built-in it may not re-init), else 0.
fn is_builtin(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let name = name_arg(interp, &args, "is_builtin")?;
    Ok(Value::Int(i64::from(interp.is_rust_module(&name))))
}

fn is_frozen(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let name = name_arg(interp, &args, "is_frozen")?;
    Ok(Value::Bool(interp.python_module_source(&name).is_some()))
}

fn is_frozen_package(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let name = name_arg(interp, &args, "is_frozen_package")?;
    match interp.python_module_source(&name) {
        Some(is_package) => Ok(Value::Bool(is_package)),
        None => Err(interp.err(
            "ImportError",
            format!("No such frozen object named '{name}'"),
        )),
    }
}

fn extension_suffixes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "extension_suffixes", &args, 0, 0)?;
    Ok(Value::List(std::rc::Rc::new(crate::object::List::new(
        Vec::new(),
    ))))
}

fn lock_held(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "lock_held", &args, 0, 0)?;
    Ok(Value::Bool(false))
}

fn nothing(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "acquire_lock", &args, 0, 0)?;
    Ok(Value::None)
}

fn nothing_with_arg(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_override_frozen_modules_for_tests", &args, 1, 1)?;
    Ok(Value::None)
}
