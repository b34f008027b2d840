//! `object.__new__` and `object.__init__`, with CPython's rules for extra arguments: each
//! accepts them only when the other method is overridden, so that a class overriding just
//! one of the two can take arguments.

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Type, TypeKind};
use crate::value::Value;

/// Whether `ty` (or a base below object) defines `name` itself.
fn overrides(ty: &Type, name: &str) -> bool {
    ty.lookup(name)
        .is_some_and(|v| !crate::ops::is_object_method(&v))
}

fn excess(args: &Args) -> bool {
    args.pos.len() > 1 || !args.kw.is_empty()
}

pub(super) fn object_init(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(interp.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if excess(&args) {
        let ty = interp.type_of(obj);
        if ty.kind == TypeKind::Object {
            if overrides(&ty, "__init__") {
                return Err(interp.type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if !overrides(&ty, "__new__") {
                let name = ty.name.clone();
                return Err(interp.type_error(format!(
                    "{name}.__init__() takes exactly one argument (the instance to initialize)"
                )));
            }
        }
    }
    Ok(Value::None)
}

pub(super) fn object_new(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let t = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("object.__new__(X): X is not a type object ({tn})"))
            );
        }
        None => return Err(interp.type_error("object.__new__(): not enough arguments")),
    };
    if !t.is_class && t.kind != TypeKind::Object && t.kind != TypeKind::BaseException {
        let name = t.name.clone();
        return Err(interp.type_error(format!(
            "object.__new__({name}) is not safe, use {name}.__new__()"
        )));
    }
    if excess(&args) && t.kind == TypeKind::Object {
        if overrides(&t, "__new__") {
            return Err(interp.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(&t, "__init__") {
            let name = t.name.clone();
            return Err(interp.type_error(format!("{name}() takes no arguments")));
        }
    }
    interp.new_instance(&t, &Args::default())
}
