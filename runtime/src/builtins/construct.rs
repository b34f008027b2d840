//! Constructors of built-in types (`int(x)`, `str(x)`, `list(it)`, `type(name, bases, ns)`,
//! ...) and the methods of `object` itself.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, List, Range, Set, Slice, Tuple, Type, TypeKind};
use crate::value::Value;

use super::construct_from::{bytes_from_object, module_init, new_float, new_int};
use super::object_args::{object_init, object_new};
use super::{add_method, check_count};

/// Calls built-in type `ty`: the new value, registered with the cycle collector when it is
/// a new list, dict or set. (Other kinds register where they are made, or are not new:
/// `type(x)` answers an existing class.)
pub(crate) fn construct(interp: &mut Interpreter, ty: &Rc<Type>, args: Args) -> PyResult<Value> {
    let v = construct_untracked(interp, ty, args)?;
    if matches!(v, Value::List(_) | Value::Dict(_) | Value::Set(_)) && v.strong_count() == 1 {
        interp.track(&v);
    }
    Ok(v)
}

fn construct_untracked(interp: &mut Interpreter, ty: &Rc<Type>, mut args: Args) -> PyResult<Value> {
    let name = ty.name.clone();
    if matches!(ty.kind, TypeKind::Int | TypeKind::Float) {
        if let Some(first) = args.pos.first_mut() {
            *first = interp.unwrap_number_arg(first);
        }
    }
    match ty.kind {
        TypeKind::Int => {
            let base = args.take_kw("base");
            let mut pos = args.pos;
            if let Some(b) = base {
                if pos.is_empty() {
                    return Err(interp.type_error("int() missing string argument"));
                }
                pos.push(b);
            }
            new_int(interp, &pos)
        }
        TypeKind::Bool => {
            check_count(interp, "bool", &args, 0, 1)?;
            Ok(Value::Bool(match args.pos.first() {
                Some(v) => interp.truthy(v)?,
                None => false,
            }))
        }
        TypeKind::Float => {
            check_count(interp, "float", &args, 0, 1)?;
            new_float(interp, args.pos.first())
        }
        TypeKind::Complex => super::complex::new_complex(interp, args),
        TypeKind::Str => {
            let obj = args.take_kw("object");
            let encoding = args.take_kw("encoding");
            let errors = args.take_kw("errors");
            if args.pos.len() > 3 {
                let n = args.pos.len();
                return Err(
                    interp.type_error(format!("str() takes at most 3 arguments ({n} given)"))
                );
            }
            let v = obj.or_else(|| args.pos.first().cloned());
            match v {
                None => Ok(Value::str("")),
                Some(Value::Bytes(b)) if encoding.is_some() || args.pos.len() > 1 => {
                    // str(b, encoding, errors) is b.decode(encoding, errors).
                    let encoding = encoding
                        .or_else(|| args.pos.get(1).cloned())
                        .unwrap_or_else(|| Value::str("utf-8"));
                    let errors = errors
                        .or_else(|| args.pos.get(2).cloned())
                        .unwrap_or_else(|| Value::str("strict"));
                    for (what, v) in [("encoding", &encoding), ("errors", &errors)] {
                        if !matches!(v, Value::Str(_)) {
                            let tn = interp.type_name(v);
                            return Err(interp.type_error(format!(
                                "str() argument '{what}' must be str, not {tn}"
                            )));
                        }
                    }
                    super::methods_codec::bytes_decode(
                        interp,
                        Args::positional(vec![Value::Bytes(b), encoding, errors]),
                    )
                }
                Some(v) => Ok(Value::from_string(interp.to_str(&v)?)),
            }
        }
        TypeKind::Bytes => {
            // bytes(source, encoding, errors), each also by keyword.
            let encoding = args.take_kw("encoding");
            let errors = args.take_kw("errors");
            if let Some(source) = args.take_kw("source") {
                args.pos.insert(0, source);
            }
            if let Some((name, _)) = args.kw.first() {
                let name = name.clone();
                return Err(interp.type_error(format!(
                    "'{name}' is an invalid keyword argument for bytes()"
                )));
            }
            match (args.pos.len(), encoding, errors) {
                (_, None, None) => {}
                (1, Some(encoding), errors) => {
                    args.pos.push(encoding);
                    args.pos.extend(errors);
                }
                (2, None, Some(errors)) => args.pos.push(errors),
                (1, None, Some(_)) => {
                    return Err(interp.type_error("string argument without an encoding"))
                }
                (0, None, Some(_)) => {
                    return Err(interp.type_error("errors without a string argument"))
                }
                _ => return Err(interp.type_error("encoding without a string argument")),
            }
            if args.pos.len() > 3 {
                let n = args.pos.len();
                return Err(
                    interp.type_error(format!("bytes() takes at most 3 arguments ({n} given)"))
                );
            }
            if args.pos.len() > 1 && !matches!(args.pos.first(), Some(Value::Str(_))) {
                return Err(interp.type_error("encoding without a string argument"));
            }
            match args.pos.first() {
                None => Ok(Value::Bytes(Rc::new(Tuple::new(Vec::new())))),
                Some(Value::Str(_)) => {
                    if args.pos.len() < 2 {
                        return Err(interp.type_error("string argument without an encoding"));
                    }
                    // The same as str.encode(encoding, errors).
                    super::methods_codec::str_encode(interp, Args::positional(args.pos.into_vec()))
                }
                Some(n @ (Value::Int(_) | Value::Bool(_) | Value::Long(_))) => {
                    let n = interp.to_index(n)?;
                    if n < 0 {
                        return Err(interp.value_error("negative count"));
                    }
                    interp.check_alloc(n as u128)?;
                    Ok(Value::Bytes(Rc::new(Tuple::new(vec![0; n as usize]))))
                }
                Some(v) => bytes_from_object(interp, v),
            }
        }
        TypeKind::List => {
            super::no_kwargs(interp, "list", &args)?;
            check_count(interp, "list", &args, 0, 1)?;
            let items = match args.pos.first() {
                Some(v) => interp.collect_iterable(v)?,
                None => Vec::new(),
            };
            Ok(Value::List(Rc::new(List::new(items))))
        }
        TypeKind::Tuple => {
            super::no_kwargs(interp, "tuple", &args)?;
            check_count(interp, "tuple", &args, 0, 1)?;
            match args.pos.first() {
                Some(t @ Value::Tuple(_)) => Ok(t.clone()),
                Some(v) => Ok(Value::tuple(interp.collect_iterable(v)?)),
                None => Ok(Value::tuple(Vec::new())),
            }
        }
        TypeKind::Dict => {
            check_count(interp, "dict", &args, 0, 1)?;
            let d = Rc::new(Dict::new());
            if let Some(src) = args.pos.first() {
                dict_fill(interp, &d, src)?;
            }
            for (k, v) in args.kw {
                d.set_str(&k, v);
            }
            Ok(Value::Dict(d))
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            super::no_kwargs(interp, &name, &args)?;
            check_count(interp, &name, &args, 0, 1)?;
            let s = Set::new();
            if let Some(v) = args.pos.first() {
                for item in interp.collect_iterable(v)? {
                    let k = interp.dict_key(item)?;
                    s.insert(k);
                }
            }
            Ok(if ty.kind == TypeKind::Set {
                Value::Set(Rc::new(s))
            } else {
                Value::FrozenSet(Rc::new(s))
            })
        }
        TypeKind::Range => {
            super::no_kwargs(interp, "range", &args)?;
            let ints: Vec<i128> = {
                let mut v = Vec::new();
                for a in &args.pos {
                    match a {
                        Value::Int(i) => v.push(*i as i128),
                        Value::Bool(b) => v.push(*b as i128),
                        Value::Long(b) => match i128::try_from(&**b) {
                            Ok(i) if i.unsigned_abs() < (1u128 << 100) => v.push(i),
                            _ => {
                                return Err(interp.err(
                                    "OverflowError",
                                    "Python int too large to convert to C ssize_t",
                                ))
                            }
                        },
                        other => {
                            let i = interp.to_index(other)?;
                            v.push(i as i128);
                        }
                    }
                }
                v
            };
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(interp.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    let n = ints.len();
                    return Err(
                        interp.type_error(format!("range expected at most 3 arguments, got {n}"))
                    );
                }
            };
            if step == 0 {
                return Err(interp.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(Range { start, stop, step })))
        }
        TypeKind::Slice => {
            check_count(interp, "slice", &args, 1, 3)?;
            let p = &args.pos;
            let (start, stop, step) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                _ => (p[0].clone(), p[1].clone(), p[2].clone()),
            };
            Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
        }
        TypeKind::Object => {
            // A native type with an `__init__` of its own (SimpleNamespace) is initialised.
            let init = ty
                .lookup("__init__")
                .filter(|v| !crate::ops::is_object_method(v));
            if init.is_none() && (!args.pos.is_empty() || !args.kw.is_empty()) {
                let name = ty.name.clone();
                return Err(interp.type_error(format!("{name}() takes no arguments")));
            }
            let obj = Value::Instance(Rc::new(Instance::new(
                ty.clone(),
                Rc::new(Dict::new()),
                None,
            )));
            if let Some(init) = init {
                args.pos.insert(0, obj.clone());
                interp.call_value(&init, args)?;
            }
            Ok(obj)
        }
        TypeKind::Type => match args.pos.len() {
            1 => Ok(Value::Type(interp.type_of(&args.pos[0]))),
            3 => {
                let Value::Str(n) = &args.pos[0] else {
                    return Err(interp.type_error("type.__new__() argument 1 must be str"));
                };
                let bases = match &args.pos[1] {
                    Value::Tuple(t) => t
                        .items
                        .iter()
                        .filter_map(|b| match b {
                            Value::Type(t) => Some(t.clone()),
                            _ => None,
                        })
                        .collect(),
                    _ => return Err(interp.type_error("type.__new__() argument 2 must be tuple")),
                };
                let Value::Dict(ns) = &args.pos[2] else {
                    return Err(interp.type_error("type.__new__() argument 3 must be dict"));
                };
                if ns.get_str("__module__").is_none() {
                    ns.set_str("__module__", Value::str("__main__"));
                }
                let n = n.as_str().to_owned();
                Ok(Value::Type(interp.new_class(&n, bases, &ns.clone())?))
            }
            _ => Err(interp.type_error("type() takes 1 or 3 arguments")),
        },
        TypeKind::Array => crate::modules::array::construct(interp, args),
        _ if &*ty.name == "bytearray" => super::bytearray::construct(interp, args),
        _ if &*ty.name == "memoryview" => super::memoryview::construct(interp, args),
        _ => {
            if Rc::ptr_eq(ty, &interp.types.property) {
                let fget = args
                    .take_kw("fget")
                    .or_else(|| args.pos.first().cloned())
                    .unwrap_or(Value::None);
                let fset = args
                    .take_kw("fset")
                    .or_else(|| args.pos.get(1).cloned())
                    .unwrap_or(Value::None);
                let fdel = args
                    .take_kw("fdel")
                    .or_else(|| args.pos.get(2).cloned())
                    .unwrap_or(Value::None);
                let doc = args
                    .take_kw("doc")
                    .or_else(|| args.pos.get(3).cloned())
                    .unwrap_or(Value::None);
                let d = Dict::new();
                d.set_str("fget", fget);
                d.set_str("fset", fset);
                d.set_str("fdel", fdel);
                d.set_str("__doc__", doc);
                return Ok(Value::Instance(Rc::new(Instance::new(
                    ty.clone(),
                    Rc::new(d),
                    None,
                ))));
            }
            if Rc::ptr_eq(ty, &interp.types.super_) {
                return new_super(interp, args);
            }
            if Rc::ptr_eq(ty, &interp.types.staticmethod)
                || Rc::ptr_eq(ty, &interp.types.classmethod)
            {
                return super::wrappers::new_wrapper(interp, ty, args);
            }
            if Rc::ptr_eq(ty, &interp.types.method) {
                return new_method(interp, args);
            }
            if Rc::ptr_eq(ty, &interp.types.module) {
                let (m, _) = interp.new_module("");
                args.pos.insert(0, m.clone());
                module_init(interp, args)?;
                return Ok(m);
            }
            // An internal type with a constructor of its own (`types.GenericAlias`).
            if let Some(new @ Value::Builtin(_)) = ty.dict.get_str("__new__") {
                args.pos.insert(0, Value::Type(ty.clone()));
                return interp.call_value(&new, args);
            }
            Err(interp.type_error(format!("cannot create '{name}' instances")))
        }
    }
}

/// `types.MethodType(function, instance)`: `function` bound to `instance`.
fn new_method(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("method() takes no keyword arguments"));
    }
    let [func, receiver] = args.pos.as_slice() else {
        let n = args.pos.len();
        return Err(interp.type_error(format!("method expected 2 arguments, got {n}")));
    };
    if !interp.is_callable(func) {
        return Err(interp.type_error("first argument must be callable"));
    }
    if receiver.is_none() {
        return Err(interp.type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
        func: func.clone(),
        receiver: receiver.clone(),
    })))
}

fn dict_fill(interp: &mut Interpreter, d: &Rc<Dict>, src: &Value) -> PyResult<()> {
    if let Value::Dict(_) = src {
        return interp.dict_update_from(d, src, false);
    }
    if let Value::Instance(_) = src {
        if interp.get_attr_opt(src, "keys")?.is_some() {
            return interp.dict_update_from(d, src, false);
        }
    }
    let items = interp.collect_iterable(src)?;
    for (i, item) in items.into_iter().enumerate() {
        let pair = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.to_vec(),
            other => {
                if !interp.is_iterable(other) {
                    return Err(interp.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                interp.collect_iterable(other)?
            }
        };
        if pair.len() != 2 {
            let n = pair.len();
            return Err(interp.value_error(format!(
                "dictionary update sequence element #{i} has length {n}; 2 is required"
            )));
        }
        let mut it = pair.into_iter();
        let (Some(k), Some(v)) = (it.next(), it.next()) else {
            continue;
        };
        let key = interp.dict_key(k)?;
        d.insert(key, v);
    }
    Ok(())
}

/// What zero-argument `super()` stands for in `frame`: the method's `__class__` cell and its
/// first argument, each None when missing.
pub(crate) fn zero_arg_super(frame: &crate::vm::Frame) -> (Option<Value>, Option<Value>) {
    let code = &frame.code;
    let class = code
        .freevars
        .iter()
        .position(|f| &**f == "__class__")
        .and_then(|i| frame.cells.get(code.cellvars.len() + i))
        .and_then(|c| c.borrow().clone());
    let first = if code.argcount == 0 {
        None
    } else {
        match code.cell_params.iter().find(|(_, vi)| *vi == 0) {
            Some((ci, _)) => frame
                .cells
                .get(*ci as usize)
                .and_then(|c| c.borrow().clone()),
            None => frame.locals.first().cloned().filter(|v| !v.is_null()),
        }
    };
    (class, first)
}

/// `super()` and `super(type, obj)`: the zero-argument form reads the calling method's
/// `__class__` cell and first argument.
fn new_super(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (this, obj) = match args.pos.len() {
        0 => {
            let Some(frame) = interp.frames.last() else {
                return Err(interp.err("RuntimeError", "super(): no arguments"));
            };
            match zero_arg_super(frame) {
                (Some(c), Some(o)) => (c, o),
                (None, _) => {
                    return Err(interp.err("RuntimeError", "super(): __class__ cell not found"))
                }
                (_, None) => return Err(interp.err("RuntimeError", "super(): no arguments")),
            }
        }
        2 => (args.pos[0].clone(), args.pos[1].clone()),
        _ => return Err(interp.type_error("super() takes 0 or 2 arguments")),
    };
    if !matches!(this, Value::Type(_)) {
        let tn = interp.type_name(&this);
        return Err(interp.type_error(format!("super() argument 1 must be a type, not {tn}")));
    }
    let d = Dict::new();
    d.set_str("__thisclass__", this);
    d.set_str("__self__", obj);
    Ok(Value::Instance(Rc::new(Instance::new(
        interp.types.super_.clone(),
        Rc::new(d),
        None,
    ))))
}

fn object_eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    // Reached through `super().__eq__` in a class deriving from a built-in type.
    if let (Some(base), Some(b)) = (
        args.pos.first().and_then(crate::ops::builtin_base),
        args.pos.get(1),
    ) {
        return interp.compare(&base, b, crate::ops::CmpKind::Eq);
    }
    match (args.pos.first(), args.pos.get(1)) {
        (Some(a), Some(b)) if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(Value::NotImplemented),
    }
}

/// `object.__ne__`: the inverse of the receiver's `__eq__`, unless that is NotImplemented.
/// Classes find it through their MRO (`_collections_abc.Mapping.__ne__`, `super().__ne__`).
fn object_ne(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.type_error("expected 1 argument"));
    };
    // The inverse of the class's own `__eq__` when it has one written in Python (a tuple
    // subclass such as unittest.mock's `_Call`), else of what the built-in value compares.
    let eq = interp
        .lookup_special(a, "__eq__")
        .filter(|eq| matches!(eq, Value::Function(_)));
    if eq.is_none() {
        if let Some(base) = crate::ops::builtin_base(a) {
            return interp.compare(&base, b, crate::ops::CmpKind::Ne);
        }
    }
    let r = match eq.or_else(|| interp.lookup_special(a, "__eq__")) {
        Some(eq) => interp.call_value(&eq, Args::positional(vec![a.clone(), b.clone()]))?,
        None => interp.compare(a, b, crate::ops::CmpKind::Eq)?,
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!interp.truthy(&r)?))
}

/// `object.__lt__` and the other orderings: objects are not ordered unless their class says
/// how, so the comparison falls to the other operand's reflected method.
fn object_unordered(_interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else {
        return Ok(Value::str("<object>"));
    };
    // `super().__repr__()` in a class deriving from a built-in type shows the built-in value.
    if let Some(base) = crate::ops::builtin_base(v) {
        return Ok(Value::from_string(interp.repr(&base)?));
    }
    let name = crate::ops::repr::qualified_name(&interp.type_of(v));
    Ok(Value::from_string(format!(
        "<{name} object at {:#x}>",
        v.id()
    )))
}

fn object_str(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    let v = v.clone();
    Ok(Value::from_string(interp.repr(&v)?))
}

fn object_hash(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    if let Some(base) = args.pos.first().and_then(crate::ops::builtin_base) {
        return Ok(Value::Int(interp.hash_value(&base)?));
    }
    Ok(Value::Int(args.pos.first().map_or(0, |v| v.id() >> 4)))
}

fn object_setattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__setattr__", &args, 3, 3)?;
    match (&args.pos[0], &args.pos[1]) {
        (Value::Instance(i), Value::Str(n)) => {
            let hash = crate::object::str_hash(n.as_str());
            interp.generic_setattr(&args.pos[0], i, n.as_str(), hash, args.pos[2].clone())?;
            Ok(Value::None)
        }
        // A metaclass's `__setattr__` ends here through super(): set without calling it again.
        (Value::Type(t), Value::Str(n)) if t.is_class => {
            t.dict.set_str(n.as_str(), args.pos[2].clone());
            Ok(Value::None)
        }
        (other, Value::Str(n)) => {
            let n = n.as_str().to_owned();
            interp.set_attr(&other.clone(), &n, args.pos[2].clone())?;
            Ok(Value::None)
        }
        _ => Err(interp.type_error("attribute name must be string")),
    }
}

fn object_getattribute(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__getattribute__", &args, 2, 2)?;
    let Value::Str(n) = &args.pos[1] else {
        return Err(interp.type_error("attribute name must be string"));
    };
    let n = n.as_str().to_owned();
    let obj = args.pos[0].clone();
    // The default lookup only: a class's `__getattribute__` calls this, so it must not recurse.
    match interp.get_attr_opt(&obj, &n)? {
        Some(v) => Ok(v),
        None => Err(interp.attribute_error(&obj, &n)),
    }
}

fn object_delattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__delattr__", &args, 2, 2)?;
    match (&args.pos[0], &args.pos[1]) {
        (Value::Instance(i), Value::Str(n)) => {
            if i.dict
                .remove(&crate::object::DictKey::from_str(n.as_str()))
                .is_none()
            {
                let n = n.as_str().to_owned();
                return Err(interp.attribute_error(&args.pos[0].clone(), &n));
            }
            Ok(Value::None)
        }
        // A metaclass's `__delattr__` ends here through super(): delete without calling it.
        (Value::Type(t), Value::Str(n)) if t.is_class => {
            if t.dict
                .remove(&crate::object::DictKey::from_str(n.as_str()))
                .is_none()
            {
                let n = n.as_str().to_owned();
                return Err(interp.attribute_error(&args.pos[0].clone(), &n));
            }
            Ok(Value::None)
        }
        _ => Err(interp.type_error("attribute name must be string")),
    }
}

fn object_init_subclass(_interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__subclasshook__`: no opinion, so `issubclass` against an ABC falls back to its
/// registry and the MRO.
fn object_subclasshook(_interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_format(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__format__", &args, 2, 2)?;
    let spec = args.pos[1].as_str().unwrap_or("").to_owned();
    if !spec.is_empty() {
        let tn = interp.type_name(&args.pos[0]);
        return Err(interp.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    Ok(Value::from_string(interp.to_str(&args.pos[0].clone())?))
}

/// `object.__dir__(self)`: the names `dir(self)` lists without a class's own `__dir__`
/// (which may be what calls this, through `super().__dir__()`).
fn object_dir(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__dir__", &args, 1, 1)?;
    let names = super::reflect::default_names(interp, &args.pos[0]);
    Ok(interp.new_list(names.into_iter().map(Value::from_string).collect()))
}

/// `object.__getstate__(self)` (3.11): the instance dict, or None when it is empty; for a
/// class with `__slots__` and no `__dict__`, `(None, {slot: value})`.
fn object_getstate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__getstate__", &args, 1, 1)?;
    let Value::Instance(i) = &args.pos[0] else {
        return Ok(Value::None);
    };
    if i.dict.is_empty() {
        return Ok(Value::None);
    }
    if i.class.is_class && i.class.slots_forbid("__dict__") {
        let slots = Dict::from_map(i.dict.borrow().clone());
        return Ok(Value::tuple(vec![Value::None, Value::Dict(Rc::new(slots))]));
    }
    Ok(Value::Dict(i.dict.clone()))
}

/// `object.__sizeof__(self)`: CPython 3.11's sizes on a 64-bit build for an instance of a
/// class (24) and a bare `object()` (16); what `sys.getsizeof` counts for other values.
fn object_sizeof(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__sizeof__", &args, 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Instance(i) if i.class.is_class => 24,
        Value::Instance(i) if Rc::ptr_eq(&i.class, &interp.types.object) => 16,
        other => crate::modules::sys::value_size(other),
    }))
}

/// `prop.setter(f)` and friends: a copy of the property with one function replaced.
fn property_with(interp: &mut Interpreter, args: &Args, slot: &str) -> PyResult<Value> {
    check_count(interp, slot, args, 2, 2)?;
    let Value::Instance(p) = &args.pos[0] else {
        return Err(interp.type_error("descriptor requires a 'property' object"));
    };
    let d = Dict::from_map(p.dict.borrow().clone());
    d.set_str(slot, args.pos[1].clone());
    Ok(Value::Instance(Rc::new(Instance::new(
        p.class.clone(),
        Rc::new(d),
        None,
    ))))
}

fn property_setter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    property_with(interp, &args, "fset")
}

fn property_getter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    property_with(interp, &args, "fget")
}

fn property_deleter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    property_with(interp, &args, "fdel")
}

fn exc_init(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Exception(e)) => {
            *e.args.borrow_mut() = args.pos[1..].to_vec();
            if crate::ops::os_error::is_os_error(&e.ty) {
                interp.os_error_init(e)?;
            }
            if crate::ops::unicode_error::is_unicode_error(&e.ty) {
                interp.unicode_error_init(e)?;
            }
            Ok(Value::None)
        }
        _ => Err(interp.type_error("descriptor '__init__' requires a 'BaseException' object")),
    }
}

fn exc_str(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Exception(e)) => {
            let e = e.clone();
            Ok(Value::from_string(interp.exception_str(&e)))
        }
        _ => Err(interp.type_error("descriptor '__str__' requires a 'BaseException' object")),
    }
}

fn exc_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Exception(e)) => {
            let name = e.ty.name.to_string();
            let a = e.args.borrow().clone();
            let inner = if a.len() == 1 {
                interp.repr(&a[0])?
            } else {
                let t = interp.repr(&Value::tuple(a))?;
                t[1..t.len() - 1].trim_end_matches(',').to_owned()
            };
            Ok(Value::from_string(format!("{name}({inner})")))
        }
        _ => Err(interp.type_error("descriptor '__repr__' requires a 'BaseException' object")),
    }
}

fn exc_with_traceback(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "with_traceback", &args, 2, 2)?;
    Ok(args.pos[0].clone())
}

fn exc_add_note(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "add_note", &args, 2, 2)?;
    if let Value::Exception(e) = &args.pos[0] {
        let notes = match e.dict.get_str("__notes__") {
            Some(Value::List(l)) => l,
            _ => {
                let l = Rc::new(List::new(Vec::new()));
                e.dict.set_str("__notes__", Value::List(l.clone()));
                l
            }
        };
        notes.push(args.pos[1].clone());
    }
    Ok(Value::None)
}

fn range_of(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Range>> {
    check_count(interp, name, args, 2, 2)?;
    match &args.pos[0] {
        Value::Range(r) => Ok(r.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

/// The position of `v` in `r`, for an int `v`.
fn range_position(r: &Range, v: &Value) -> Option<i128> {
    let i = match v {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::Long(b) => i128::try_from(&**b).ok()?,
        _ => return None,
    };
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    (inside && (i - r.start) % r.step == 0).then(|| (i - r.start) / r.step)
}

fn range_index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let r = range_of(interp, &args, "index")?;
    match range_position(&r, &args.pos[1]) {
        Some(p) => Ok(Value::from_i128(p)),
        None if matches!(args.pos[1], Value::Int(_) | Value::Bool(_)) => {
            let s = interp.repr(&args.pos[1])?;
            Err(interp.value_error(format!("{s} is not in range")))
        }
        None => {
            let items = interp.collect_iterable(&args.pos[0])?;
            for (i, item) in items.iter().enumerate() {
                if interp.eq(item, &args.pos[1])? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(interp.value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let r = range_of(interp, &args, "count")?;
    if matches!(args.pos[1], Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
        return Ok(Value::Int(range_position(&r, &args.pos[1]).is_some() as i64));
    }
    let items = interp.collect_iterable(&args.pos[0])?;
    let mut n = 0;
    for item in &items {
        if interp.eq(item, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub(super) fn install_object_methods(types: &Types) {
    add_method(&types.range, "index", range_index);
    add_method(&types.range, "count", range_count);
    let be = &types.base_exception;
    add_method(be, "__init__", exc_init);
    add_method(&types.module, "__init__", module_init);
    add_method(be, "__str__", exc_str);
    add_method(be, "__repr__", exc_repr);
    add_method(be, "with_traceback", exc_with_traceback);
    add_method(be, "add_note", exc_add_note);
    add_method(&types.property, "setter", property_setter);
    add_method(&types.property, "getter", property_getter);
    add_method(&types.property, "deleter", property_deleter);
    let o = &types.object;
    add_method(o, "__init__", object_init);
    add_method(o, "__new__", object_new);
    add_method(o, "__eq__", object_eq);
    add_method(o, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(o, name, object_unordered);
    }
    add_method(o, "__repr__", object_repr);
    add_method(o, "__str__", object_str);
    add_method(o, "__hash__", object_hash);
    add_method(o, "__setattr__", object_setattr);
    add_method(o, "__getattribute__", object_getattribute);
    add_method(o, "__delattr__", object_delattr);
    add_method(o, "__init_subclass__", object_init_subclass);
    add_method(o, "__subclasshook__", object_subclasshook);
    add_method(o, "__format__", object_format);
    add_method(o, "__dir__", object_dir);
    add_method(o, "__getstate__", object_getstate);
    add_method(o, "__sizeof__", object_sizeof);
    add_method(o, "__reduce_ex__", crate::modules::reduce::object_reduce_ex);
    add_method(o, "__reduce__", crate::modules::reduce::object_reduce);
}
