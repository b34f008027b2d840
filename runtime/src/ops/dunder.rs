//! Special methods of built-in types as attributes (`[].__len__`, `int.__add__(1, 2)`,
//! `(1).__add__(1.5)` is NotImplemented), for code that calls them directly, passes them as
//! functions, or tests for them with `hasattr`.
//!
//! They are not stored in the types' dicts: the VM's own paths (and the special-method lookup of
//! subclasses) never see them, so the fast paths stay as they are. Attribute lookup on a
//! built-in value or type asks [`dunder_for`] when the name is not found otherwise.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, BuiltinFunction, NativeFn, Type, TypeKind};
use crate::ops::CmpKind;
use crate::syntax::ast::BinOp;
use crate::value::Value;

/// The layout kind of a built-in value, for the special-method table.
fn value_kind(v: &Value) -> Option<TypeKind> {
    Some(match v {
        Value::Int(_) | Value::Long(_) => TypeKind::Int,
        Value::Bool(_) => TypeKind::Bool,
        Value::Float(_) => TypeKind::Float,
        Value::Complex(..) => TypeKind::Complex,
        Value::Str(_) => TypeKind::Str,
        Value::Bytes(_) => TypeKind::Bytes,
        Value::List(_) => TypeKind::List,
        Value::Tuple(_) => TypeKind::Tuple,
        Value::Dict(_) => TypeKind::Dict,
        Value::Set(_) => TypeKind::Set,
        Value::FrozenSet(_) => TypeKind::FrozenSet,
        Value::Range(_) => TypeKind::Range,
        Value::Iter(_) | Value::Generator(_) => TypeKind::Other,
        _ => return None,
    })
}

fn owner_name(kind: TypeKind) -> &'static str {
    match kind {
        TypeKind::Int => "int",
        TypeKind::Bool => "bool",
        TypeKind::Float => "float",
        TypeKind::Complex => "complex",
        TypeKind::Str => "str",
        TypeKind::Bytes => "bytes",
        TypeKind::List => "list",
        TypeKind::Tuple => "tuple",
        TypeKind::Dict => "dict",
        TypeKind::Set => "set",
        TypeKind::FrozenSet => "frozenset",
        TypeKind::Range => "range",
        TypeKind::Function => "function",
        TypeKind::BuiltinFunction => "builtin_function_or_method",
        TypeKind::Method => "method",
        TypeKind::Type => "type",
        _ => "object",
    }
}

const CMP: &[(&str, NativeFn)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__hash__", hash),
    ("__format__", format),
    ("__repr__", repr),
    ("__str__", str_),
];

const REAL: &[(&str, NativeFn)] = &[
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__int__", int),
    ("__float__", float),
    ("__round__", round),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
];

const INTEGER: &[(&str, NativeFn)] = &[
    ("__index__", index),
    ("__invert__", invert),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
];

const COLLECTION: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__hash__", hash),
    ("__repr__", repr),
];

const SEQUENCE: &[(&str, NativeFn)] = &[("__getitem__", getitem)];

const CONCAT: &[(&str, NativeFn)] = &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];

const MUTABLE: &[(&str, NativeFn)] = &[("__setitem__", setitem), ("__delitem__", delitem)];

const SET_OPS: &[(&str, NativeFn)] = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];

/// The tables of special methods a built-in kind has, in lookup order.
fn tables(kind: TypeKind) -> Vec<&'static [(&'static str, NativeFn)]> {
    use TypeKind::*;
    match kind {
        Int | Bool => vec![NUMBER, REAL, INTEGER, CMP],
        Float => vec![NUMBER, REAL, CMP],
        Complex => vec![NUMBER, CMP],
        Str | Bytes => vec![
            COLLECTION,
            SEQUENCE,
            CONCAT,
            CMP,
            &[("__mod__", mod_), ("__rmod__", rmod), ("__str__", str_)],
        ],
        Tuple => vec![COLLECTION, SEQUENCE, CONCAT, CMP],
        List => vec![
            COLLECTION,
            SEQUENCE,
            CONCAT,
            MUTABLE,
            CMP,
            &[
                ("__reversed__", reversed),
                ("__iadd__", iadd),
                ("__imul__", imul),
            ],
        ],
        Dict => vec![
            COLLECTION,
            SEQUENCE,
            MUTABLE,
            CMP,
            &[
                ("__reversed__", reversed),
                ("__or__", or),
                ("__ror__", ror),
                ("__ior__", ior),
            ],
        ],
        Set => vec![
            COLLECTION,
            SET_OPS,
            CMP,
            &[
                ("__ior__", ior),
                ("__iand__", iand),
                ("__ixor__", ixor),
                ("__isub__", isub),
            ],
        ],
        FrozenSet => vec![COLLECTION, SET_OPS, CMP],
        Range => vec![
            COLLECTION,
            SEQUENCE,
            CMP,
            &[("__reversed__", reversed), ("__bool__", bool_)],
        ],
        Other => vec![&[("__iter__", iter), ("__next__", next)]],
        Function | BuiltinFunction | Method | Type => vec![&[("__call__", call)]],
        _ => Vec::new(),
    }
}

/// Whether values of built-in kind `kind` are unhashable: their type's `__hash__` is None.
fn unhashable(kind: TypeKind) -> bool {
    matches!(kind, TypeKind::List | TypeKind::Dict | TypeKind::Set)
}

/// The special method `name` of built-in kind `kind`, if it has one.
fn dunder_for(kind: TypeKind, name: &str) -> Option<(&'static str, NativeFn)> {
    if !name.starts_with("__") {
        return None;
    }
    tables(kind)
        .into_iter()
        .flat_map(|t| t.iter())
        .find(|(n, _)| *n == name)
        .map(|(n, f)| (*n, *f))
}

/// The names of the special methods of built-in kind `kind`, for `dir()`.
pub(crate) fn dunder_names(kind: TypeKind) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = tables(kind)
        .into_iter()
        .flat_map(|t| t.iter().map(|(n, _)| *n))
        .collect();
    names.dedup();
    names
}

impl Interpreter {
    /// The special method `name` of a built-in value, bound to it; None when its type has none.
    pub(crate) fn builtin_dunder(&self, obj: &Value, name: &str) -> Option<Value> {
        let kind = value_kind(obj)?;
        // Iterators and generators have their methods on their types; only these two here.
        if kind == TypeKind::Other && !matches!(name, "__iter__" | "__next__") {
            return None;
        }
        if name == "__hash__" && unhashable(kind) {
            return Some(Value::None);
        }
        let (name, func) = dunder_for(kind, name)?;
        Some(Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            receiver: Some(obj.clone()),
            owner: Some(owner_name(kind)),
        })))
    }

    /// The special method `name` of a built-in type (or a class deriving from one), unbound:
    /// `int.__add__`, `list.__len__`.
    pub(crate) fn type_dunder(&self, ty: &Rc<Type>, name: &str) -> Option<Value> {
        if ty.kind == TypeKind::Other {
            return None;
        }
        if name == "__hash__" && unhashable(ty.kind) {
            return Some(Value::None);
        }
        let (name, func) = dunder_for(ty.kind, name)?;
        if let Some((_, v)) = ty.dunders.borrow().iter().find(|(n, _)| *n == name) {
            return Some(v.clone());
        }
        let method = Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            receiver: None,
            owner: Some(owner_name(ty.kind)),
        }));
        ty.dunders.borrow_mut().push((name, method.clone()));
        Some(method)
    }

    /// The special method `name` a class inherits from a built-in base (`MyDict.__repr__` is
    /// `dict.__repr__`), when no class before that base in the MRO defines it: those methods
    /// live outside the built-in types' dicts, so a plain MRO walk would find `object`'s.
    pub(crate) fn inherited_dunder(&self, ty: &Rc<Type>, name: &str) -> Option<Value> {
        for t in std::iter::once(ty).chain(ty.mro.iter()) {
            if t.dict.get_str(name).is_some() {
                return None;
            }
            if !t.is_class && t.kind != TypeKind::Object {
                return self.type_dunder(t, name);
            }
        }
        None
    }

    /// The namespace `ty.__dict__` shows: the type's own dict and, for a built-in type, the
    /// special methods it implements natively (`'__len__' in list.__dict__`, `__hash__` None
    /// for the unhashable ones), as `_collections_abc._check_methods` expects to find them.
    pub(crate) fn type_namespace(&self, ty: &Rc<Type>) -> crate::object::Dict {
        let d = crate::object::Dict::from_map(ty.dict.borrow().clone());
        if ty.is_class {
            return d;
        }
        for name in dunder_names(ty.kind) {
            if d.get_str(name).is_none() {
                if let Some(m) = self.type_dunder(ty, name) {
                    d.set_str(name, m);
                }
            }
        }
        d
    }
}

/// The receiver of a special method, unwrapped from a subclass instance.
fn receiver(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => Ok(crate::ops::builtin_base(v).unwrap_or_else(|| v.clone())),
        None => Err(interp.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))),
    }
}

/// The receiver and the single argument of a one-argument special method.
fn two(interp: &mut Interpreter, args: &Args, _name: &str) -> PyResult<(Value, Value)> {
    match &args.pos[..] {
        [a, b] if args.kw.is_empty() => {
            let a = crate::ops::builtin_base(a).unwrap_or_else(|| a.clone());
            Ok((a, b.clone()))
        }
        _ => {
            let n = args.pos.len().saturating_sub(1);
            Err(interp.type_error(format!("expected 1 argument, got {n}")))
        }
    }
}

/// `f.__call__(*args)` of a callable's type: calls the receiver with the rest.
fn call(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let mut pos = args.pos;
    if pos.is_empty() {
        return Err(interp.type_error("descriptor '__call__' needs an argument"));
    }
    let f = pos.remove(0);
    interp.call_value(&f, Args { pos, kw: args.kw })
}

fn one(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Value> {
    match &args.pos[..] {
        [_] if args.kw.is_empty() => receiver(interp, args, name),
        _ => {
            let n = args.pos.len().saturating_sub(1);
            Err(interp.type_error(format!("{name}() takes no arguments ({n} given)")))
        }
    }
}

/// The numeric tower rank of a value (int 1, float 2, complex 3), or 0 for other values.
fn rank(v: &Value) -> u8 {
    match v {
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => 1,
        Value::Float(_) => 2,
        Value::Complex(..) => 3,
        _ => 0,
    }
}

/// Whether a built-in operator method of `a` accepts `b` at all: numbers take numbers of
/// their rank or below (`int.__add__(1.5)` is NotImplemented); other kinds leave it to the
/// operation, whose TypeError is the method's.
fn accepts(a: &Value, b: &Value) -> bool {
    let b = crate::ops::builtin_base(b).unwrap_or_else(|| b.clone());
    match rank(a) {
        0 => match a {
            Value::Set(_) | Value::FrozenSet(_) => {
                matches!(b, Value::Set(_) | Value::FrozenSet(_))
            }
            Value::Dict(_) => matches!(b, Value::Dict(_)),
            _ => true,
        },
        r => (1..=r).contains(&rank(&b)),
    }
}

fn binary(interp: &mut Interpreter, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = two(interp, &args, name)?;
    if !accepts(&a, &b) {
        return Ok(Value::NotImplemented);
    }
    let b = crate::ops::builtin_base(&b).unwrap_or(b);
    interp.binary_op(&a, &b, op)
}

fn reflected(interp: &mut Interpreter, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = two(interp, &args, name)?;
    if !accepts(&a, &b) {
        return Ok(Value::NotImplemented);
    }
    let b = crate::ops::builtin_base(&b).unwrap_or(b);
    interp.binary_op(&b, &a, op)
}

fn inplace(interp: &mut Interpreter, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = two(interp, &args, name)?;
    if !accepts(&a, &b) {
        return Ok(Value::NotImplemented);
    }
    interp.inplace_op(&a, &b, op)
}

fn add(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__add__", BinOp::Add)
}
fn radd(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__radd__", BinOp::Add)
}
fn sub(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__sub__", BinOp::Sub)
}
fn rsub(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rsub__", BinOp::Sub)
}
fn mul(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__mul__", BinOp::Mult)
}
fn rmul(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rmul__", BinOp::Mult)
}
fn truediv(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__truediv__", BinOp::Div)
}
fn rtruediv(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rtruediv__", BinOp::Div)
}
fn floordiv(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__floordiv__", BinOp::FloorDiv)
}
fn rfloordiv(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rfloordiv__", BinOp::FloorDiv)
}
fn mod_(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__mod__", BinOp::Mod)
}
fn rmod(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rmod__", BinOp::Mod)
}
fn and(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__and__", BinOp::BitAnd)
}
fn rand(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rand__", BinOp::BitAnd)
}
fn or(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__or__", BinOp::BitOr)
}
fn ror(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__ror__", BinOp::BitOr)
}
fn xor(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__xor__", BinOp::BitXor)
}
fn rxor(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rxor__", BinOp::BitXor)
}
fn lshift(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__lshift__", BinOp::LShift)
}
fn rlshift(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rlshift__", BinOp::LShift)
}
fn rshift(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    binary(i, a, "__rshift__", BinOp::RShift)
}
fn rrshift(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rrshift__", BinOp::RShift)
}
fn iadd(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    inplace(i, a, "__iadd__", BinOp::Add)
}
fn imul(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    inplace(i, a, "__imul__", BinOp::Mult)
}
fn ior(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    inplace(i, a, "__ior__", BinOp::BitOr)
}
fn iand(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    inplace(i, a, "__iand__", BinOp::BitAnd)
}
fn ixor(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    inplace(i, a, "__ixor__", BinOp::BitXor)
}
fn isub(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    inplace(i, a, "__isub__", BinOp::Sub)
}

/// `__pow__(exp[, mod])` and `__rpow__`: through the `pow` built-in, which knows the rules
/// of the three-argument form.
fn pow(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    if a.pos.len() == 3 {
        return call_builtin(i, "pow", a.pos.into_vec());
    }
    binary(i, a, "__pow__", BinOp::Pow)
}
fn rpow(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    reflected(i, a, "__rpow__", BinOp::Pow)
}

fn compare(interp: &mut Interpreter, args: Args, name: &str, op: CmpKind) -> PyResult<Value> {
    let (a, b) = two(interp, &args, name)?;
    let b = crate::ops::builtin_base(&b).unwrap_or(b);
    let comparable = match (rank(&a), rank(&b)) {
        (0, 0) => {
            std::mem::discriminant(&a) == std::mem::discriminant(&b)
                || matches!(
                    (&a, &b),
                    (
                        Value::Set(_) | Value::FrozenSet(_),
                        Value::Set(_) | Value::FrozenSet(_)
                    )
                )
        }
        (0, _) | (_, 0) => false,
        (x, y) => y <= x,
    };
    if !comparable {
        return Ok(Value::NotImplemented);
    }
    interp.compare(&a, &b, op)
}

fn eq(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, "__eq__", CmpKind::Eq)
}
fn ne(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, "__ne__", CmpKind::Ne)
}
fn lt(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, "__lt__", CmpKind::Lt)
}
fn le(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, "__le__", CmpKind::Le)
}
fn gt(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, "__gt__", CmpKind::Gt)
}
fn ge(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    compare(i, a, "__ge__", CmpKind::Ge)
}

/// Calls the built-in function `name` (for the special methods that are its protocol).
fn call_builtin(interp: &mut Interpreter, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    let pos = pos
        .into_iter()
        .map(|v| crate::ops::builtin_base(&v).unwrap_or(v))
        .collect();
    let f = interp.builtin(name).unwrap_or(Value::None);
    interp.call_value(&f, Args::positional(pos))
}

/// Calls the built-in type of `kind` on the receiver (`__int__`, `__float__`).
fn convert(interp: &mut Interpreter, args: Args, name: &str, ty: &str) -> PyResult<Value> {
    let v = one(interp, &args, name)?;
    call_builtin(interp, ty, vec![v])
}

fn neg(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__neg__")?;
    i.negate(&v)
}
fn pos(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__pos__")?;
    i.positive(&v)
}
fn invert(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__invert__")?;
    i.invert(&v)
}
fn abs(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__abs__")?;
    call_builtin(i, "abs", vec![v])
}
fn bool_(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__bool__")?;
    Ok(Value::Bool(i.truthy(&v)?))
}
fn hash(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__hash__")?;
    Ok(Value::Int(i.hash_value(&v)?))
}
fn repr(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__repr__")?;
    Ok(Value::from_string(i.repr(&v)?))
}
fn str_(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__str__")?;
    Ok(Value::from_string(i.to_str(&v)?))
}
fn format(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let (v, spec) = two(i, &a, "__format__")?;
    match spec {
        Value::Str(s) => Ok(Value::from_string(i.format(&v, s.as_str())?)),
        other => {
            let tn = i.type_name(&other);
            Err(i.type_error(format!("__format__() argument must be str, not {tn}")))
        }
    }
}
fn index(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__index__")?;
    Ok(match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    })
}
fn int(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    convert(i, a, "__int__", "int")
}
fn float(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    convert(i, a, "__float__", "float")
}
fn trunc(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    convert(i, a, "__trunc__", "int")
}
fn round(i: &mut Interpreter, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(i.type_error("descriptor '__round__' needs an argument"));
    }
    a.pos[0] = receiver(i, &a, "__round__")?;
    call_builtin(i, "round", a.pos.into_vec())
}
fn divmod(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let (x, y) = two(i, &a, "__divmod__")?;
    if !accepts(&x, &y) {
        return Ok(Value::NotImplemented);
    }
    call_builtin(i, "divmod", vec![x, y])
}
fn rdivmod(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let (x, y) = two(i, &a, "__rdivmod__")?;
    if !accepts(&x, &y) {
        return Ok(Value::NotImplemented);
    }
    call_builtin(i, "divmod", vec![y, x])
}

/// `__floor__` and `__ceil__`: ints are their own; floats round toward the side asked.
fn floor_or_ceil(interp: &mut Interpreter, args: Args, name: &str, up: bool) -> PyResult<Value> {
    let v = one(interp, &args, name)?;
    match v {
        Value::Float(x) => {
            let r = if up { x.ceil() } else { x.floor() };
            call_builtin(interp, "int", vec![Value::Float(r)])
        }
        other => index(interp, Args::positional(vec![other])),
    }
}
fn floor(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    floor_or_ceil(i, a, "__floor__", false)
}
fn ceil(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    floor_or_ceil(i, a, "__ceil__", true)
}

fn iter(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__iter__")?;
    i.get_iter(&v)
}

fn next(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__next__")?;
    match i.iter_next(&v)? {
        Some(x) => Ok(x),
        None => Err(i.new_exception("StopIteration", vec![])),
    }
}

fn reversed(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__reversed__")?;
    call_builtin(i, "reversed", vec![v])
}

fn len(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let v = one(i, &a, "__len__")?;
    Ok(Value::Int(crate::builtins::len_of(i, &v)? as i64))
}

fn getitem(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let (v, k) = two(i, &a, "__getitem__")?;
    i.get_item(&v, &k)
}

fn setitem(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    match &a.pos[..] {
        [v, k, x] if a.kw.is_empty() => {
            let v = crate::ops::builtin_base(v).unwrap_or_else(|| v.clone());
            i.set_item(&v, k.clone(), x.clone())?;
            Ok(Value::None)
        }
        _ => {
            let n = a.pos.len().saturating_sub(1);
            Err(i.type_error(format!("expected 2 arguments, got {n}")))
        }
    }
}

fn delitem(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let (v, k) = two(i, &a, "__delitem__")?;
    i.del_item(&v, &k)?;
    Ok(Value::None)
}

fn contains(i: &mut Interpreter, a: Args) -> PyResult<Value> {
    let (v, k) = two(i, &a, "__contains__")?;
    Ok(Value::Bool(i.contains(&v, &k)?))
}
