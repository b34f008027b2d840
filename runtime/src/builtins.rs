//! The `builtins` module: built-in functions, the constructors of built-in types, and the
//! methods of built-in types (one file per family under `builtins/`).

mod bytearray;
mod construct;
mod functions;
mod methods_args;
mod methods_bytes;
mod methods_bytes_more;
mod methods_codec;
mod methods_dict;
mod methods_dict_views;
mod methods_gen;
mod methods_list;
mod methods_num;
mod methods_set;
mod methods_str;
mod methods_str_case;
mod methods_str_format;
mod methods_str_unicode;
mod reflect;
mod sort;
mod typing_alias;

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, BuiltinFunction, Dict, NativeFn, Type};
use crate::value::Value;

pub(crate) use bytearray::bytearray_bytes;
pub(crate) use construct::construct;
pub(crate) use functions::len_of;
pub(crate) use methods_gen::add_iterator_methods;
pub(crate) use sort::sort_values;
pub(crate) use typing_alias::{generic_alias, type_union};

/// Registers a method on a built-in type.
pub(crate) fn add_method(ty: &Rc<Type>, name: &'static str, func: NativeFn) {
    let owner: &'static str = match &*ty.name {
        "str" => "str",
        "list" => "list",
        "dict" => "dict",
        "tuple" => "tuple",
        "int" => "int",
        "float" => "float",
        "set" => "set",
        "frozenset" => "frozenset",
        "bytes" => "bytes",
        "object" => "object",
        "BaseException" => "BaseException",
        "property" => "property",
        "generator" => "generator",
        _ => "builtin",
    };
    ty.dict.set_str(
        name,
        Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            receiver: None,
            owner: Some(owner),
        })),
    );
}

pub(crate) fn add_function(d: &Dict, name: &'static str, func: NativeFn) {
    d.set_str(
        name,
        Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            receiver: None,
            owner: None,
        })),
    );
}

/// Fills the interpreter's builtins namespace and the method tables of built-in types.
pub(crate) fn install(interp: &mut Interpreter) {
    let b = interp.builtins.clone();
    let t = &interp.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("bool", &t.bool_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        b.set_str(name, Value::Type(ty.clone()));
    }
    for (name, ty) in &t.exceptions {
        b.set_str(name, Value::Type(ty.clone()));
    }
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("__name__", Value::str("builtins"));
    functions::install(&b);
    reflect::install(&b);
    methods_str::install(&interp.types);
    methods_bytes::install(&interp.types);
    methods_list::install(&interp.types);
    methods_dict::install(&interp.types);
    methods_set::install(&interp.types);
    methods_num::install(&interp.types);
    construct::install_object_methods(&interp.types);
    crate::ops::install_type_methods(&interp.types.type_);
    crate::ops::install_subclass_methods(interp);
    methods_gen::install(&interp.types.generator);
    typing_alias::install(&interp.types);
    let bytearray = bytearray::install(&interp.types);
    b.set_str("bytearray", Value::Type(bytearray));
    add_method(&interp.types.slice, "indices", methods_gen::slice_indices);
}

/// Checks a built-in's argument count: `name() takes ...` errors as CPython words them.
pub(crate) fn check_count(
    interp: &mut Interpreter,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(interp.type_error(msg))
}

/// Rejects keyword arguments for built-ins that take none.
pub(crate) fn no_kwargs(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{name}() takes no keyword arguments")))
    }
}
