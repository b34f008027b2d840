//! Argument checking for the methods of built-in types, with the messages of each CPython 3.11
//! calling convention, and the receiver and index conversions the methods share.
//!
//! In every method `args.pos[0]` is the receiver, so counts in messages leave it out.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, BuiltinFunction, Dict, Instance, NativeFn, Str, Type};
use crate::value::Value;

/// An unbound built-in method value, as `add_method` stores it.
fn builtin_value(name: &'static str, owner: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        receiver: None,
        owner: Some(owner),
    }))
}

/// Wraps a built-in in a `staticmethod` or `classmethod` object and stores it on `ty`.
fn add_wrapped(wrapper: &Rc<Type>, ty: &Rc<Type>, name: &'static str, func: NativeFn) {
    let owner: &'static str = match &*ty.name {
        "str" => "str",
        "bytes" => "bytes",
        "dict" => "dict",
        "int" => "int",
        "float" => "float",
        _ => "object",
    };
    let dict = Dict::new();
    dict.set_str("__func__", builtin_value(name, owner, func));
    ty.dict.set_str(
        name,
        Value::Instance(Rc::new(Instance::new(wrapper.clone(), Rc::new(dict), None))),
    );
}

/// Registers a static method (`str.maketrans`): it receives only the call's arguments,
/// whether looked up on the type or on an instance.
pub(super) fn add_static(types: &Types, ty: &Rc<Type>, name: &'static str, func: NativeFn) {
    add_wrapped(&types.staticmethod, ty, name, func);
}

/// Registers a class method (`dict.fromkeys`): it receives the class (the type it was looked
/// up on, or the instance's type) as `pos[0]`.
pub(super) fn add_classmethod(types: &Types, ty: &Rc<Type>, name: &'static str, func: NativeFn) {
    add_wrapped(&types.classmethod, ty, name, func);
}

/// How CPython parses a method's arguments; each convention words its errors differently.
#[derive(Clone, Copy)]
pub(super) enum Conv {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic positional-only: "center expected at least 1 argument, got 0".
    Clinic(usize, usize),
    /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
    Tuple(usize, usize),
    /// METH_VARARGS of any length (set.union): only keywords are refused.
    Varargs,
}

impl Conv {
    /// Whether `n` arguments (the receiver not counted) are a count this convention takes.
    #[inline]
    fn accepts(&self, n: usize) -> bool {
        match *self {
            Conv::NoArgs => n == 0,
            Conv::One => n == 1,
            Conv::Clinic(min, max) | Conv::Tuple(min, max) => min <= n && n <= max,
            Conv::Varargs => true,
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the positional count of a method call. `qual` is `type.method`.
pub(super) fn check(interp: &mut Interpreter, qual: &str, args: &Args, conv: Conv) -> PyResult<()> {
    if args.kw.is_empty() && conv.accepts(args.pos.len().saturating_sub(1)) {
        return Ok(());
    }
    check_failed(interp, qual, args, conv)
}

/// `check` for the method `owner.name`, whose qualified name is made only for the error:
/// formatting it on every call was a third of the cost of `s.rfind('/')`.
#[inline]
pub(super) fn check_in(
    interp: &mut Interpreter,
    owner: &str,
    name: &str,
    args: &Args,
    conv: Conv,
) -> PyResult<()> {
    if args.kw.is_empty() && conv.accepts(args.pos.len().saturating_sub(1)) {
        return Ok(());
    }
    check_failed(interp, &format!("{owner}.{name}"), args, conv)
}

/// The error of `check`, out of its way: the counts it accepts are tested inline.
#[cold]
#[inline(never)]
fn check_failed(interp: &mut Interpreter, qual: &str, args: &Args, conv: Conv) -> PyResult<()> {
    let short = qual.rsplit('.').next().unwrap_or(qual);
    if !args.kw.is_empty() {
        // CPython names METH_VARARGS methods (`find`, `union`) unqualified when a bound
        // method object is called, but qualified for `obj.find(...)` and `str.find(obj, ...)`;
        // a built-in here cannot tell these apart, and the method-call form is the common one.
        return Err(interp.type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    let msg = match conv {
        Conv::NoArgs if n != 0 => format!("{qual}() takes no arguments ({n} given)"),
        Conv::One if n != 1 => format!("{qual}() takes exactly one argument ({n} given)"),
        Conv::Clinic(min, max) if n < min || n > max => {
            let (bound, qualifier) = if n < min {
                (min, "at least ")
            } else {
                (max, "at most ")
            };
            let qualifier = if min == max { "" } else { qualifier };
            format!(
                "{short} expected {qualifier}{bound} argument{}, got {n}",
                plural(bound)
            )
        }
        Conv::Tuple(min, _) if n < min => {
            format!(
                "{short}() takes at least {min} argument{} ({n} given)",
                plural(min)
            )
        }
        Conv::Tuple(_, max) if n > max => {
            format!(
                "{short}() takes at most {max} argument{} ({n} given)",
                plural(max)
            )
        }
        _ => return Ok(()),
    };
    Err(interp.type_error(msg))
}

/// A parameter list parsed the way Argument Clinic's `_PyArg_UnpackKeywords` does it: the
/// first `maxpos` names may be passed by position, all by name (after `posonly` of them),
/// and the first `required` are required. Returns one slot per name.
pub(super) struct KwSpec<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

pub(super) fn parse_kw(
    interp: &mut Interpreter,
    spec: &KwSpec,
    args: Args,
) -> PyResult<Vec<Option<Value>>> {
    let fname = spec.fname;
    let mut pos = args.pos;
    pos.remove(0);
    let mut kw = args.kw;
    let nargs = pos.len();
    let maxargs = spec.names.len();
    if nargs + kw.len() > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        let given = nargs + kw.len();
        return Err(interp.type_error(format!(
            "{fname}() takes at most {maxargs} {keyword}argument{} ({given} given)",
            plural(maxargs)
        )));
    }
    let minpos = spec.posonly.min(spec.required);
    if nargs < minpos {
        let q = if minpos < spec.maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(interp.type_error(format!(
            "{fname}() takes {q} {minpos} positional argument{} ({nargs} given)",
            plural(minpos)
        )));
    }
    if nargs > spec.maxpos {
        let msg = if spec.maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            let q = if spec.required < spec.maxpos {
                "at most"
            } else {
                "exactly"
            };
            let m = spec.maxpos;
            format!(
                "{fname}() takes {q} {m} positional argument{} ({nargs} given)",
                plural(m)
            )
        };
        return Err(interp.type_error(msg));
    }
    let mut out: Vec<Option<Value>> = pos.into_iter().map(Some).collect();
    out.resize(maxargs, None);
    for (i, name) in spec.names.iter().enumerate().skip(nargs.max(spec.posonly)) {
        if let Some(j) = kw.iter().position(|(k, _)| &**k == *name) {
            out[i] = Some(kw.remove(j).1);
        } else if i < spec.required {
            return Err(interp.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some((k, _)) = kw.first() {
        if let Some(i) = spec.names.iter().take(nargs).position(|n| **n == **k) {
            return Err(interp.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        return Err(interp.type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(out)
}

/// The receiver of a method of `ty`, with CPython's messages for a wrong or missing one.
pub(super) fn receiver<'a>(
    interp: &mut Interpreter,
    args: &'a Args,
    ty: &str,
    name: &str,
) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) => Ok(v),
        None => Err(interp.type_error(format!("unbound method {ty}.{name}() needs an argument"))),
    }
}

/// The error for a receiver of the wrong type.
pub(super) fn wrong_receiver(
    interp: &mut Interpreter,
    v: &Value,
    ty: &str,
    name: &str,
) -> crate::interp::PyErr {
    let tn = interp.type_name(v);
    interp.type_error(format!(
        "descriptor '{name}' for '{ty}' objects doesn't apply to a '{tn}' object"
    ))
}

/// The `self` of a str method.
pub(super) fn str_self(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Str>> {
    match receiver(interp, args, "str", name)? {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let other = other.clone();
            Err(wrong_receiver(interp, &other, "str", name))
        }
    }
}

/// The type name Argument Clinic's conversion errors show: "None" for None.
pub(super) fn clinic_type_name(interp: &Interpreter, v: &Value) -> String {
    match v {
        Value::None => "None".to_owned(),
        other => interp.type_name(other),
    }
}

/// A str argument, or "{what} must be str, not T" (an Argument Clinic message), or
/// "must be str, not T" when `what` is empty (the older wording, which says NoneType).
pub(super) fn str_arg(interp: &mut Interpreter, v: &Value, what: &str) -> PyResult<Rc<Str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other if what.is_empty() => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("must be str, not {tn}")))
        }
        other => {
            let tn = clinic_type_name(interp, other);
            Err(interp.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// An index that must fit in a Py_ssize_t: "Python int too large to convert to C ssize_t".
pub(super) fn ssize_arg(interp: &mut Interpreter, v: &Value) -> PyResult<i64> {
    if let Value::Long(_) = v {
        return Err(interp.err(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        ));
    }
    interp.to_index(v)
}

/// An optional slice bound (`None` or an index), as the start/end of `find` take them.
pub(super) fn slice_bound(interp: &mut Interpreter, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Long(_))) => {
            Ok(Some(interp.to_index(v)?))
        }
        Some(v @ Value::Instance(_)) if interp.lookup_special(v, "__index__").is_some() => {
            Ok(Some(interp.to_index(v)?))
        }
        Some(_) => {
            Err(interp
                .type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// Start and end arguments clamped to `0..=len` as CPython's ADJUST_INDICES does; start may
/// end up beyond end (callers treat that as an empty range).
pub(super) fn adjust_range(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let start = fix(start.unwrap_or(0));
    let end = fix(end.unwrap_or(len)).min(len);
    (start as usize, end as usize)
}
