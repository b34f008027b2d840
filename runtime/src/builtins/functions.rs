//! Built-in functions: print, len, abs, min, max, sum, sorted, isinstance, iter, next, ...

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::Signed;

use crate::api::Stream;
use crate::interp::{Interpreter, PyResult};
use crate::num;
use crate::object::{Args, IterState, NativeFn, Type};
use crate::syntax::ast::BinOp;
use crate::value::Value;

use super::{check_count, no_kwargs};

/// The built-in functions this file defines, by name; the builtins namespace takes each on
/// first use.
pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("reversed", reversed),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hash", hash),
    ("id", id),
    ("iter", iter),
    ("next", next),
    ("any", any),
    ("all", all),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("ord", ord),
    ("chr", chr),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
    ("format", format),
    ("callable", callable),
];

fn print(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep");
    let end = args.take_kw("end");
    let file = args.take_kw("file");
    let flush = args.take_kw("flush");
    if let Some((k, _)) = args.kw.first() {
        let k = k.clone();
        return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
    let text_of = |interp: &mut Interpreter,
                   v: Option<Value>,
                   default: &str,
                   what: &str|
     -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_owned()),
            Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
            Some(other) => {
                let tn = interp.type_name(&other);
                Err(interp.type_error(format!("{what} must be None or a string, not {tn}")))
            }
        }
    };
    let sep = text_of(interp, sep, " ", "sep")?;
    let end = text_of(interp, end, "\n", "end")?;
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(&interp.to_str(other)?),
        }
    }
    out.push_str(&end);
    // Without file=, print goes to sys.stdout, which a program may have replaced
    // (contextlib.redirect_stdout); sys.modules holds sys only once it was imported.
    let file = match file {
        None | Some(Value::None) => interp.modules.get_str("sys").and_then(|m| match m {
            Value::Instance(i) => i.dict.get_str("stdout"),
            _ => None,
        }),
        f => f,
    };
    let stream = match &file {
        None | Some(Value::None) => Stream::Stdout,
        Some(f) => match crate::modules::std_stream(f) {
            Some(stream) => stream,
            None => {
                let write = interp.get_attr(f, "write")?;
                interp.call1(&write, Value::from_string(out))?;
                if let Some(flush) = flush {
                    if interp.truthy(&flush)? {
                        let flush = interp.get_attr(f, "flush")?;
                        interp.call_value(&flush, Args::positional(Vec::new()))?;
                    }
                }
                return Ok(Value::None);
            }
        },
    };
    interp.write_output(stream, out.as_bytes())?;
    if let Some(flush) = flush {
        if interp.truthy(&flush)? {
            interp.host.flush(stream);
        }
    }
    Ok(Value::None)
}

pub(crate) fn len_of(interp: &mut Interpreter, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => match usize::try_from(r.len())
            .ok()
            .filter(|n| *n <= i64::MAX as usize)
        {
            Some(n) => n,
            None => {
                return Err(interp.err(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                ))
            }
        },
        Value::Instance(_) | Value::Type(_) => {
            if let Some(b) = interp.subclass_base(v, "__len__") {
                return len_of(interp, &b);
            }
            let Some(m) = interp.lookup_special(v, "__len__") else {
                let tn = interp.type_name(v);
                return Err(interp.type_error(format!("object of type '{tn}' has no len()")));
            };
            let r = interp.call1(&m, v.clone())?;
            let n = match r {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                other => {
                    let tn = interp.type_name(&other);
                    return Err(interp
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            };
            if n < 0 {
                return Err(interp.value_error("__len__() should return >= 0"));
            }
            n as usize
        }
        other => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("object of type '{tn}' has no len()")));
        }
    })
}

pub(crate) fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "len", &args, 1, 1)?;
    if let Value::Range(r) = &args.pos[0] {
        // A range's length may exceed a 32-bit usize (wasm32); it only has to fit Py_ssize_t.
        return match i64::try_from(r.len()) {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => Err(interp.err(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )),
        };
    }
    Ok(Value::Int(len_of(interp, &args.pos[0])? as i64))
}

fn repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "repr", &args, 1, 1)?;
    Ok(Value::from_string(interp.repr(&args.pos[0])?))
}

fn ascii(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "ascii", &args, 1, 1)?;
    Ok(Value::from_string(interp.ascii(&args.pos[0])?))
}

fn abs(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "abs", &args, 1, 1)?;
    Ok(match &args.pos[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Long(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(c.0.hypot(c.1)),
        other => {
            if let Some(b) = interp.subclass_base(other, "__abs__") {
                return abs(interp, Args::positional(vec![b]));
            }
            if let Some(m) = interp.lookup_special(other, "__abs__") {
                return interp.call1(&m, other.clone());
            }
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("bad operand type for abs(): '{tn}'")));
        }
    })
}

fn min_max(
    interp: &mut Interpreter,
    mut args: Args,
    name: &str,
    want_max: bool,
) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    if let Some((k, _)) = args.kw.first() {
        let k = k.clone();
        return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    // One iterable is read item by item, as CPython does: `max(x for x in range(10**8))`
    // needs no list of every item.
    let (iter, mut rest) = match args.pos.len() {
        0 => return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => (Some(interp.get_iter(&args.pos[0])?), Vec::new().into_iter()),
        _ => {
            if default.is_some() {
                return Err(interp.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            (None, args.pos.into_vec().into_iter())
        }
    };
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &iter {
            Some(it) => interp.iter_next(it)?,
            None => rest.next(),
        };
        let Some(item) = item else {
            break;
        };
        let k = match &key {
            Some(f) => interp.call1(f, item.clone())?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let better = if want_max {
                    interp.greater_than(&k, &bk)?
                } else {
                    interp.less_than(&k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(interp.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    min_max(interp, args, "min", false)
}

fn max(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    min_max(interp, args, "max", true)
}

fn sum(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let start_kw = args.take_kw("start");
    super::clinic_count(interp, "sum", &args, &["iterable"], 2, true)?;
    let mut acc = start_kw
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(interp.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(interp.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    // CPython 3.11 adds floats plainly (compensated summation came in 3.12).
    let it = interp.get_iter(&args.pos[0])?;
    // Ints and bools are added as machine integers while the total fits, as CPython's `sum`
    // does, without the generic `+` for each item; anything else goes on generically.
    if let Value::Int(mut total) = acc {
        loop {
            let Some(v) = interp.iter_next(&it)? else {
                return Ok(Value::Int(total));
            };
            let small = match v {
                Value::Int(x) => Some(x),
                Value::Bool(b) => Some(i64::from(b)),
                _ => None,
            };
            if let Some(sum) = small.and_then(|x| total.checked_add(x)) {
                total = sum;
                continue;
            }
            acc = interp.binary_op(&Value::Int(total), &v, BinOp::Add)?;
            break;
        }
    }
    while let Some(v) = interp.iter_next(&it)? {
        acc = interp.binary_op(&acc, &v, BinOp::Add)?;
    }
    Ok(acc)
}

fn sorted(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key");
    let reverse = args.take_kw("reverse");
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(interp.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let mut items = interp.collect_iterable(&args.pos[0])?;
    sort_with(interp, &mut items, key, reverse)?;
    Ok(interp.new_list(items))
}

pub(crate) fn sort_with(
    interp: &mut Interpreter,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: Option<Value>,
) -> PyResult<()> {
    let reverse = match reverse {
        Some(r) => interp.truthy(&r)?,
        None => false,
    };
    let keys = match key {
        Some(k) if !k.is_none() => {
            let mut keys = Vec::with_capacity(items.len());
            for item in items.iter() {
                keys.push(interp.call1(&k, item.clone())?);
            }
            Some(keys)
        }
        _ => None,
    };
    super::sort_values(interp, items, keys, reverse)
}

fn reversed(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(interp.type_error(format!("reversed expected 1 argument, got {n}")));
    }
    let v = &args.pos[0];
    let state = match v {
        Value::List(l) => IterState::ListReversed {
            list: l.clone(),
            index: l.len(),
        },
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            let mut items = interp.collect_iterable(v)?;
            items.reverse();
            let name = match v {
                Value::Range(_) => "range_iterator",
                _ => "reversed",
            };
            IterState::Values {
                items,
                index: 0,
                name,
            }
        }
        Value::Dict(d) => {
            let mut items = d.keys();
            items.reverse();
            IterState::Values {
                items,
                index: 0,
                name: "dict_reversekeyiterator",
            }
        }
        other => {
            if let Some(m) = interp.lookup_special(other, "__reversed__") {
                return interp.call1(&m, other.clone());
            }
            // An instance of a subclass of a built-in sequence or dict: its base's
            // `__reversed__`, as CPython finds it on the type.
            if let Value::Instance(i) = other {
                if let Some(
                    base @ (Value::List(_)
                    | Value::Tuple(_)
                    | Value::Str(_)
                    | Value::Bytes(_)
                    | Value::Dict(_)),
                ) = &i.base
                {
                    return reversed(interp, Args::positional(vec![base.clone()]));
                }
            }
            if interp.lookup_special(other, "__len__").is_some()
                && interp.lookup_special(other, "__getitem__").is_some()
            {
                let n = len_of(interp, other)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(interp.get_item(other, &Value::Int(i as i64))?);
                }
                IterState::Values {
                    items,
                    index: 0,
                    name: "reversed",
                }
            } else {
                let tn = interp.type_name(other);
                return Err(interp.type_error(format!("'{tn}' object is not reversible")));
            }
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(state))))
}

fn enumerate(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    if args.pos.is_empty() {
        return Err(interp.type_error("enumerate() missing required argument 'iterable'"));
    }
    super::clinic_count(interp, "enumerate", &args, &["iterable"], 2, false)?;
    let inner = interp.get_iter(&args.pos[0])?;
    let count = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if !matches!(count, Value::Int(_) | Value::Long(_) | Value::Bool(_)) {
        let tn = interp.type_name(&count);
        return Err(interp.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Enumerate {
        inner,
        count,
    }))))
}

fn zip(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let strict = match args.take_kw("strict") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        if !interp.is_iterable(a) {
            let tn = interp.type_name(a);
            // CPython 3.11 words it as any other non-iterable.
            return Err(interp.type_error(format!("'{tn}' object is not iterable")));
        }
        iters.push(interp.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Zip {
        iters,
        strict,
    }))))
}

fn map(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    no_kwargs(interp, "map", &args)?;
    if args.pos.len() < 2 {
        return Err(interp.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[0].clone();
    let mut iters = Vec::new();
    for a in &args.pos[1..] {
        iters.push(interp.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Map {
        func,
        iters,
    }))))
}

fn filter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    no_kwargs(interp, "filter", &args)?;
    check_count(interp, "filter", &args, 2, 2)?;
    let inner = interp.get_iter(&args.pos[1])?;
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Filter {
        func: args.pos[0].clone(),
        inner,
    }))))
}

/// `isinstance(obj, classinfo)` (obj given) or `issubclass(ty, classinfo)`: a metaclass's
/// `__instancecheck__`/`__subclasscheck__` decides when it defines one (as ABCMeta does).
pub(crate) fn class_check(
    interp: &mut Interpreter,
    obj: &Value,
    ty: &Rc<Type>,
    classinfo: &Value,
    fname: &str,
) -> PyResult<bool> {
    match classinfo {
        Value::Type(c) => {
            if fname == "isinstance" && Rc::ptr_eq(ty, c) {
                return Ok(true);
            }
            let hook_name = if fname == "isinstance" {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            let meta = c.metaclass.borrow().clone();
            if let Some(hook) = meta.and_then(|m| m.lookup(hook_name)) {
                let r = interp.call_value(
                    &hook,
                    Args::positional(vec![classinfo.clone(), obj.clone()]),
                )?;
                return interp.truthy(&r);
            }
            Ok(ty.is_subtype(c))
        }
        Value::Instance(_) if super::typing_alias::is_generic_alias(classinfo) => {
            Err(super::typing_alias::generic_check_error(interp, fname))
        }
        Value::Instance(_) if super::typing_alias::union_members(classinfo).is_some() => {
            let members = super::typing_alias::union_members(classinfo).unwrap_or_default();
            class_check(interp, obj, ty, &Value::tuple(members), fname)
        }
        Value::Tuple(items) => {
            for c in items.items.iter() {
                if class_check(interp, obj, ty, c, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // Any object whose class defines the hook (typing.Iterable, an alias object).
        Value::Instance(i)
            if i.class.is_class
                && i.class
                    .lookup(if fname == "isinstance" {
                        "__instancecheck__"
                    } else {
                        "__subclasscheck__"
                    })
                    .is_some() =>
        {
            let hook_name = if fname == "isinstance" {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            let hook = i.class.lookup(hook_name).unwrap_or(Value::None);
            let r = interp.call_value(
                &hook,
                Args::positional(vec![classinfo.clone(), obj.clone()]),
            )?;
            interp.truthy(&r)
        }
        _ => {
            let msg = if fname == "isinstance" {
                "isinstance() arg 2 must be a type, a tuple of types, or a union"
            } else {
                "issubclass() arg 2 must be a class, a tuple of classes, or a union"
            };
            Err(interp.type_error(msg))
        }
    }
}

/// Whether a class written in Python, `class` or one it derives from, defines `__class__`
/// (unittest.mock's spec objects claim another class that way).
pub(crate) fn claims_class(class: &Rc<Type>) -> bool {
    std::iter::once(class)
        .chain(class.mro.iter())
        .any(|t| t.is_class && t.dict.get_str("__class__").is_some())
}

pub(crate) fn isinstance(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "isinstance", &args, 2, 2)?;
    let ty = interp.type_of(&args.pos[0]);
    let obj = args.pos[0].clone();
    if class_check(interp, &obj, &ty, &args.pos[1], "isinstance")? {
        return Ok(Value::Bool(true));
    }
    // As CPython, an instance whose class defines `__class__` (unittest.mock's spec) is
    // also checked as what that says it is.
    if let Value::Instance(i) = &obj {
        if claims_class(&i.class) {
            if let Value::Type(claimed) = interp.get_attr(&obj, "__class__")? {
                if !Rc::ptr_eq(&claimed, &ty) {
                    let r = class_check(interp, &obj, &claimed, &args.pos[1], "isinstance")?;
                    return Ok(Value::Bool(r));
                }
            }
        }
    }
    Ok(Value::Bool(false))
}

fn issubclass(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "issubclass", &args, 2, 2)?;
    let Value::Type(ty) = &args.pos[0] else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    let ty = ty.clone();
    let obj = args.pos[0].clone();
    Ok(Value::Bool(class_check(
        interp,
        &obj,
        &ty,
        &args.pos[1],
        "issubclass",
    )?))
}

fn hash(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "hash", &args, 1, 1)?;
    Ok(Value::Int(interp.hash_value(&args.pos[0])?))
}

fn id(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        let func = args.pos[0].clone();
        return Ok(Value::Iter(Rc::new(RefCell::new(IterState::Callable {
            func,
            sentinel: args.pos[1].clone(),
        }))));
    }
    interp.get_iter(&args.pos[0])
}

fn next(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    if !matches!(it, Value::Iter(_) | Value::Generator(_))
        && interp.lookup_special(it, "__next__").is_none()
    {
        let tn = interp.type_name(it);
        return Err(interp.type_error(format!("'{tn}' object is not an iterator")));
    }
    match interp.iter_next_stop(it)? {
        Ok(v) => Ok(v),
        Err(ret) => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let a = if ret.is_none() { vec![] } else { vec![ret] };
                Err(interp.new_exception("StopIteration", a))
            }
        },
    }
}

fn any(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "any", &args, 1, 1)?;
    let it = interp.get_iter(&args.pos[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "all", &args, 1, 1)?;
    let it = interp.get_iter(&args.pos[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn divmod(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let (Some(_), Some(_)) = (as_float(a), as_float(b)) {
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            let x = interp.to_f64(a)?.unwrap_or(0.0);
            let y = interp.to_f64(b)?.unwrap_or(0.0);
            let (q, r) = num::float_divmod(x, y).map_err(|e| interp.num_error(e))?;
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        if matches!(b, Value::Int(0) | Value::Bool(false)) {
            return Err(interp.err("ZeroDivisionError", "integer division or modulo by zero"));
        }
        let q = interp.binary_op(a, b, BinOp::FloorDiv)?;
        let r = interp.binary_op(a, b, BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some((x, y)) = interp.subclass_operands(a, b, "__divmod__", "__rdivmod__") {
        return divmod(interp, Args::positional(vec![x, y]));
    }
    // a.__divmod__(b), then b.__rdivmod__(a), each skipped when it answers NotImplemented.
    for (recv, other, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if let Some(m) = interp.lookup_special(recv, name) {
            let r = interp.call_value(&m, Args::positional(vec![recv.clone(), other.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let (ta, tb) = (interp.type_name(a), interp.type_name(b));
    Err(interp.type_error(format!(
        "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
    )))
}

fn as_float(v: &Value) -> Option<()> {
    matches!(
        v,
        Value::Int(_) | Value::Long(_) | Value::Bool(_) | Value::Float(_)
    )
    .then_some(())
}

fn pow(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if let Some(m) = args.take_kw("mod") {
        args.pos.push(m);
    }
    if let Some(e) = args.take_kw("exp") {
        args.pos.insert(1, e);
    }
    if let Some(b) = args.take_kw("base") {
        args.pos.insert(0, b);
    }
    super::clinic_count(interp, "pow", &args, &["base", "exp"], 3, false)?;
    if args.pos.len() == 3 && !args.pos[2].is_none() {
        // Three-argument pow calls only the base's __pow__, as CPython does (no __rpow__).
        if matches!(args.pos[0], Value::Instance(_)) {
            if let Some(m) = interp.lookup_special(&args.pos[0], "__pow__") {
                let r = interp.call_value(&m, Args::positional(args.pos.clone().into_vec()))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (Some(b), Some(e), Some(m)) = (
            crate::ops::to_bigint_pub(&args.pos[0]),
            crate::ops::to_bigint_pub(&args.pos[1]),
            crate::ops::to_bigint_pub(&args.pos[2]),
        ) else {
            return Err(interp
                .type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        let r = crate::fuel::bigint::pow_mod(interp, &b, &e, &m)?;
        return Ok(Value::from_bigint(r));
    }
    interp.binary_op(&args.pos[0], &args.pos[1], BinOp::Pow)
}

fn round(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if let Some(n) = args.take_kw("ndigits") {
        args.pos.push(n);
    }
    if let Some(n) = args.take_kw("number") {
        args.pos.insert(0, n);
    }
    super::clinic_count(interp, "round", &args, &["number"], 2, false)?;
    if let Some(b) = interp.subclass_base(&args.pos[0], "__round__") {
        args.pos[0] = b;
    }
    let ndigits = args.pos.get(1).cloned().filter(|v| !v.is_none());
    match &args.pos[0] {
        Value::Float(f) => match ndigits {
            None => match num::float_round_to_int(*f) {
                Ok(b) => Ok(Value::from_bigint(b)),
                Err(e) => Err(interp.num_error(e)),
            },
            Some(n) => {
                let n = interp.to_index(&n)?;
                num::float_round(*f, n)
                    .map(Value::Float)
                    .map_err(|e| interp.num_error(e))
            }
        },
        v @ (Value::Int(_) | Value::Long(_) | Value::Bool(_)) => match ndigits {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(*b as i64),
                other => other.clone(),
            }),
            Some(n) => {
                let n = interp.to_index(&n)?;
                if n >= 0 {
                    return Ok(match v {
                        Value::Bool(b) => Value::Int(*b as i64),
                        other => other.clone(),
                    });
                }
                // Round half to even at 10**(-n).
                let x = crate::ops::to_bigint_pub(v).unwrap_or_default();
                let p = num_bigint::BigInt::from(10).pow((-n).min(10_000) as u32);
                let half = &p / 2;
                let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
                let q = if r > half || (r == half && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::from_bigint(q * p))
            }
        },
        other => {
            if let Some(m) = interp.lookup_special(other, "__round__") {
                let mut a = vec![other.clone()];
                a.extend(ndigits);
                return interp.call_value(&m, Args::positional(a));
            }
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

fn ord(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                let n = s.char_len();
                return Err(interp.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64)))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b.items[0] as i64)),
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn chr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "chr", &args, 1, 1)?;
    let n = match &args.pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::Long(_) => {
            return Err(interp.err("OverflowError", "Python int too large to convert to C int"))
        }
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    // CPython converts to a C int first.
    if i32::try_from(n).is_err() {
        return Err(interp.err("OverflowError", "Python int too large to convert to C int"));
    }
    if !(0..0x110000).contains(&n) {
        return Err(interp.value_error("chr() arg not in range(0x110000)"));
    }
    // Lone surrogates cannot live in a Rust string; they become U+FFFD.
    let c = char::from_u32(n as u32).unwrap_or('\u{FFFD}');
    Ok(Value::from_string(c.to_string()))
}

fn radix(interp: &mut Interpreter, args: Args, name: &str, base: u32) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let v = &args.pos[0];
    let Some(b) = crate::ops::to_bigint_pub(v) else {
        if let Some(b) = interp.subclass_base(v, "__index__") {
            return radix(interp, Args::positional(vec![b]), name, base);
        }
        if let Some(m) = interp.lookup_special(v, "__index__") {
            let i = interp.call1(&m, v.clone())?;
            return radix(interp, Args::positional(vec![i]), name, base);
        }
        let tn = interp.type_name(v);
        return Err(interp.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    Ok(Value::from_string(num::int_to_radix_prefixed(&b, base)))
}

fn bin(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    radix(interp, args, "bin", 2)
}

fn oct(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    radix(interp, args, "oct", 8)
}

fn hex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    radix(interp, args, "hex", 16)
}

fn format(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("format() argument 2 must be str, not {tn}")));
        }
        None => String::new(),
    };
    Ok(Value::from_string(interp.format(&args.pos[0], &spec)?))
}

fn callable(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "callable", &args, 1, 1)?;
    Ok(Value::Bool(interp.is_callable(&args.pos[0])))
}

impl Interpreter {
    /// `callable(v)`.
    pub(crate) fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
            Value::Instance(_) => self.lookup_special(v, "__call__").is_some(),
            _ => false,
        }
    }
}
