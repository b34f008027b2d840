//! The `builtins` module: built-in functions, the constructors of built-in types, and the
//! methods of built-in types (one file per family under `builtins/`).

pub(crate) mod buffer;
mod bytearray;
mod complex;
pub(crate) mod construct;
mod construct_from;
pub(crate) mod functions;
pub(crate) mod mapping_proxy;
mod memoryview;
mod methods_args;
mod methods_async;
mod methods_bytes;
mod methods_bytes_more;
mod methods_codec;
mod methods_dict;
mod methods_dict_views;
mod methods_gen;
pub(crate) mod methods_list;
mod methods_num;
mod methods_set;
mod methods_str;
mod methods_str_case;
mod methods_str_format;
mod methods_str_unicode;
mod object_args;
mod reflect;
mod sort;
mod typing_alias;
mod wrappers;

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, BuiltinFunction, Dict, NativeFn, Type};
use crate::value::Value;

pub(crate) use buffer::buffer_data;
pub(crate) use bytearray::bytearray_bytes;
pub(crate) use construct::construct;
pub(crate) use functions::len_of;
pub(crate) use methods_gen::add_iterator_methods;
pub(crate) use sort::sort_values;
pub(crate) use typing_alias::{generic_alias, type_union};
pub(crate) use wrappers::add_getter;

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

/// The value of the built-in name `name` (a function, a type, an exception type or a
/// constant), or None. The builtins namespace starts empty and takes each name from here on
/// its first lookup, so that creating an interpreter builds nothing a program does not use.
pub(crate) fn lookup_builtin(interp: &Interpreter, name: &str) -> Option<Value> {
    let t = &interp.types;
    if let Some((_, ty)) = BUILTIN_TYPES.iter().find(|(n, _)| *n == name) {
        return Some(Value::Type(ty(t)));
    }
    match name {
        "NotImplemented" => return Some(Value::NotImplemented),
        "Ellipsis" => return Some(Value::Ellipsis),
        "__name__" => return Some(Value::str("builtins")),
        "__debug__" => return Some(Value::Bool(true)),
        "IOError" | "EnvironmentError" => return t.exception("OSError").map(Value::Type),
        "exit" => return Some(quitter(interp, "exit")),
        "quit" => return Some(quitter(interp, "quit")),
        _ => {}
    }
    let function = functions::FUNCTIONS
        .iter()
        .chain(reflect::FUNCTIONS)
        .find(|(n, _)| *n == name);
    if let Some((name, func)) = function {
        return Some(Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func: *func,
            receiver: None,
            owner: None,
        })));
    }
    t.exception(name).map(Value::Type)
}

/// `exit` and `quit`, as CPython's `site` module adds them: callables that raise
/// `SystemExit(code)`, whose repr tells how to leave.
fn quitter(interp: &Interpreter, name: &'static str) -> Value {
    let ty = crate::interp::new_type(
        "Quitter",
        crate::object::TypeKind::Object,
        Some(&interp.types.object),
    );
    *ty.module.borrow_mut() = "_sitebuiltins".into();
    add_method(&ty, "__repr__", quitter_repr);
    add_method(&ty, "__call__", quitter_call);
    let dict = Dict::new();
    dict.set_str("name", Value::str(name));
    dict.set_str("eof", Value::str("Ctrl-D (i.e. EOF)"));
    Value::Instance(Rc::new(crate::object::Instance::new(
        ty,
        Rc::new(dict),
        None,
    )))
}

fn quitter_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let field = |name: &str| match args.pos.first() {
        Some(Value::Instance(i)) => i.dict.get_str(name),
        _ => None,
    };
    let (Some(name), Some(eof)) = (field("name"), field("eof")) else {
        return Err(interp.type_error("descriptor '__repr__' needs a Quitter"));
    };
    let (name, eof) = (interp.to_str(&name)?, interp.to_str(&eof)?);
    Ok(Value::from_string(format!("Use {name}() or {eof} to exit")))
}

/// `exit(code=None)`: raise `SystemExit(code)`.
fn quitter_call(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__call__", &args, 1, 2)?;
    let code = args.pos.get(1).cloned().unwrap_or(Value::None);
    Err(interp.new_exception("SystemExit", vec![code]))
}

/// The built-in types the builtins namespace names, and where each comes from.
type TypeOf = fn(&Types) -> Rc<Type>;
const BUILTIN_TYPES: &[(&str, TypeOf)] = &[
    ("object", |t| t.object.clone()),
    ("type", |t| t.type_.clone()),
    ("bool", |t| t.bool_.clone()),
    ("int", |t| t.int.clone()),
    ("float", |t| t.float.clone()),
    ("complex", |t| t.complex.clone()),
    ("str", |t| t.str_.clone()),
    ("bytes", |t| t.bytes.clone()),
    ("list", |t| t.list.clone()),
    ("tuple", |t| t.tuple.clone()),
    ("dict", |t| t.dict.clone()),
    ("set", |t| t.set.clone()),
    ("frozenset", |t| t.frozenset.clone()),
    ("range", |t| t.range.clone()),
    ("slice", |t| t.slice.clone()),
    ("property", |t| t.property.clone()),
    ("staticmethod", |t| t.staticmethod.clone()),
    ("classmethod", |t| t.classmethod.clone()),
    ("super", |t| t.super_.clone()),
    ("bytearray", bytearray::bytearray_type),
    ("memoryview", memoryview::memoryview_type),
];

/// Every name `lookup_builtin` knows, for code that lists the namespace (`dir()`, a
/// `__builtins__` handed to Python).
fn builtin_names() -> impl Iterator<Item = &'static str> {
    const CONSTANTS: &[&str] = &[
        "NotImplemented",
        "Ellipsis",
        "__name__",
        "__debug__",
        "IOError",
        "EnvironmentError",
        "exit",
        "quit",
    ];
    let functions = functions::FUNCTIONS.iter().chain(reflect::FUNCTIONS);
    BUILTIN_TYPES
        .iter()
        .map(|(n, _)| *n)
        .chain(CONSTANTS.iter().copied())
        .chain(functions.map(|(n, _)| *n))
        .chain(crate::interp::exception_names())
}

impl Interpreter {
    /// Looks a name up in the builtins namespace, taking it from `lookup_builtin` on first use.
    pub(crate) fn builtin(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.builtins.get_str(name) {
            return Some(v);
        }
        self.builtin_cold(name)
    }

    #[cold]
    pub(crate) fn builtin_cold(&self, name: &str) -> Option<Value> {
        let v = lookup_builtin(self, name)?;
        self.builtins.set_str(name, v.clone());
        Some(v)
    }

    /// The builtins namespace with every name present, for code that lists it or hands it to
    /// Python as a dict.
    pub(crate) fn full_builtins(&self) -> Rc<Dict> {
        if !self.builtins_complete.get() {
            self.builtins_complete.set(true);
            for name in builtin_names() {
                if self.builtins.get_str(name).is_none() {
                    let _ = self.builtin_cold(name);
                }
            }
        }
        self.builtins.clone()
    }
}

/// Fills the method tables of the built-in types; `Types` calls it on first use of any of them.
pub(crate) fn install_methods(types: &Types) {
    methods_str::install(types);
    methods_bytes::install(types);
    methods_list::install(types);
    methods_dict::install(types);
    methods_set::install(types);
    methods_num::install(types);
    construct::install_object_methods(types);
    crate::ops::install_type_methods(&types.type_);
    crate::ops::install_subclass_methods(types);
    methods_gen::install(&types.generator);
    wrappers::install(types);
    add_method(&types.slice, "indices", methods_gen::slice_indices);
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

/// Argument Clinic's positional-count errors: "pow() missing required argument 'exp'
/// (pos 2)", "round() takes at most 2 arguments (3 given)". `varargs_style` words a missing
/// argument as METH_FASTCALL functions with only positional-only parameters do (`sum`).
pub(crate) fn clinic_count(
    interp: &mut Interpreter,
    name: &str,
    args: &Args,
    required: &[&str],
    max: usize,
    varargs_style: bool,
) -> PyResult<()> {
    let n = args.pos.len();
    if n < required.len() {
        let msg = if varargs_style {
            let min = required.len();
            let s = if min == 1 { "" } else { "s" };
            format!("{name}() takes at least {min} positional argument{s} ({n} given)")
        } else {
            format!(
                "{name}() missing required argument '{}' (pos {})",
                required[n],
                n + 1
            )
        };
        return Err(interp.type_error(msg));
    }
    if n > max {
        return Err(interp.type_error(format!(
            "{name}() takes at most {max} arguments ({n} given)"
        )));
    }
    Ok(())
}

/// Rejects keyword arguments for built-ins that take none.
pub(crate) fn no_kwargs(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{name}() takes no keyword arguments")))
    }
}
