//! `dict_keys`, `dict_values` and `dict_items`: live views of a dict.
//!
//! There is no `Value` variant for views, so a view is an instance of an internal type
//! (`dict_keys`...) whose special methods are built-ins: the VM's generic paths for
//! instances (repr, len, iteration, `in`, comparisons and binary operators) then behave as
//! CPython's views do. The viewed dict sits in the instance under a name that is not an
//! identifier, out of reach of attribute syntax.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, IterState, List, NativeFn, Set, TypeKind};
use crate::value::Value;

use super::add_method;
use super::methods_args::{check, Conv};

/// Where the viewed dict is stored in the view instance.
const MAPPING: &str = " mapping";

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn type_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }

    fn from_type_name(name: &str) -> Option<ViewKind> {
        match name {
            "dict_keys" => Some(ViewKind::Keys),
            "dict_values" => Some(ViewKind::Values),
            "dict_items" => Some(ViewKind::Items),
            _ => None,
        }
    }

    /// The `kind` of `IterState::Dict`.
    fn iter_kind(self) -> u8 {
        match self {
            ViewKind::Keys => 0,
            ViewKind::Values => 1,
            ViewKind::Items => 2,
        }
    }
}

/// Creates the three view types with their methods.
pub(super) fn install(types: &Types) {
    for kind in [ViewKind::Keys, ViewKind::Values, ViewKind::Items] {
        let name = kind.type_name();
        let ty = new_type(name, TypeKind::Other, Some(&types.object));
        let mut methods: Vec<(&'static str, NativeFn)> = vec![
            ("__repr__", view_repr),
            ("__len__", view_len),
            ("__iter__", view_iter),
            ("__reversed__", view_reversed),
            ("__contains__", view_contains),
            ("__setattr__", view_setattr),
        ];
        if kind != ViewKind::Values {
            methods.extend_from_slice(&[
                ("__eq__", view_eq),
                ("__ne__", view_ne),
                ("__lt__", view_lt),
                ("__le__", view_le),
                ("__gt__", view_gt),
                ("__ge__", view_ge),
                ("__and__", view_and),
                ("__rand__", view_and),
                ("__or__", view_or),
                ("__ror__", view_or),
                ("__sub__", view_sub),
                ("__rsub__", view_rsub),
                ("__xor__", view_xor),
                ("__rxor__", view_xor),
                ("isdisjoint", view_isdisjoint),
            ]);
            ty.dict.set_str("__hash__", Value::None);
        }
        for (name, func) in methods {
            add_method(&ty, name, func);
        }
        types.internal.borrow_mut().insert(name, ty);
    }
}

/// A new view of `d`.
pub(super) fn new_view(interp: &mut Interpreter, d: Rc<Dict>, kind: ViewKind) -> Value {
    let class = interp.internal_type(kind.type_name());
    let dict = Dict::new();
    dict.set_str(MAPPING, Value::Dict(d));
    Value::Instance(Rc::new(Instance::new(class, Rc::new(dict), None)))
}

/// The dict and kind of a view, if `v` is one.
fn as_view(v: &Value) -> Option<(Rc<Dict>, ViewKind)> {
    let Value::Instance(i) = v else { return None };
    let kind = ViewKind::from_type_name(&i.class.name)?;
    match i.dict.get_str(MAPPING) {
        Some(Value::Dict(d)) => Some((d, kind)),
        _ => None,
    }
}

fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<(Rc<Dict>, ViewKind)> {
    match args.pos.first().and_then(as_view) {
        Some(v) => Ok(v),
        None => Err(interp.type_error(format!("descriptor '{name}' requires a dict view"))),
    }
}

/// The items a view shows, in order.
fn view_items(d: &Dict, kind: ViewKind) -> Vec<Value> {
    let map = d.borrow();
    match kind {
        ViewKind::Keys => map.keys().map(|k| k.value.clone()).collect(),
        ViewKind::Values => map.values().cloned().collect(),
        ViewKind::Items => map
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.value.clone(), v.clone()]))
            .collect(),
    }
}

fn view_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (d, kind) = this(interp, &args, "__repr__")?;
    let items = Value::List(Rc::new(List::new(view_items(&d, kind))));
    let inner = interp.repr(&items)?;
    Ok(Value::from_string(format!("{}({inner})", kind.type_name())))
}

fn view_len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (d, _) = this(interp, &args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (d, kind) = this(interp, &args, "__iter__")?;
    let len = d.len();
    let state = IterState::Dict {
        dict: d,
        index: 0,
        kind: kind.iter_kind(),
        len,
    };
    Ok(Value::Iter(Rc::new(RefCell::new(state))))
}

fn view_reversed(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (d, kind) = this(interp, &args, "__reversed__")?;
    let mut items = view_items(&d, kind);
    items.reverse();
    let name = match kind {
        ViewKind::Keys => "dict_reversekeyiterator",
        ViewKind::Values => "dict_reversevalueiterator",
        ViewKind::Items => "dict_reverseitemiterator",
    };
    Ok(Value::Iter(Rc::new(RefCell::new(IterState::Values {
        items,
        index: 0,
        name,
    }))))
}

/// `x in view`.
fn contains(interp: &mut Interpreter, d: &Rc<Dict>, kind: ViewKind, x: &Value) -> PyResult<bool> {
    match kind {
        ViewKind::Keys => {
            let k = interp.dict_key(x.clone())?;
            Ok(d.get(&k).is_some())
        }
        ViewKind::Values => {
            for v in view_items(d, kind) {
                if interp.eq_identity_first(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            let Value::Tuple(t) = x else { return Ok(false) };
            if t.len() != 2 {
                return Ok(false);
            }
            let k = interp.dict_key(t.items[0].clone())?;
            match d.get(&k) {
                Some(v) => interp.eq_identity_first(&v, &t.items[1]),
                None => Ok(false),
            }
        }
    }
}

fn view_contains(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (d, kind) = this(interp, &args, "__contains__")?;
    check(interp, "__contains__", &args, Conv::One)?;
    Ok(Value::Bool(contains(interp, &d, kind, &args.pos[1])?))
}

fn view_setattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (_, kind) = this(interp, &args, "__setattr__")?;
    let name = args
        .pos
        .get(1)
        .and_then(|n| n.as_str().map(str::to_owned))
        .unwrap_or_default();
    Err(interp.err(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", kind.type_name()),
    ))
}

/// The other operand of a comparison as (length, membership test), when it is a set or a
/// view; None means NotImplemented.
fn comparable(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
        || as_view(v).is_some_and(|(_, k)| k != ViewKind::Values)
}

/// True when every item of `a` is in `b` (both sets or views).
fn all_in(interp: &mut Interpreter, a: &Value, b: &Value) -> PyResult<bool> {
    let items = interp.collect_iterable(a)?;
    for item in items {
        if !interp.contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    op: fn(usize, usize) -> Option<bool>,
) -> PyResult<Value> {
    let (d, _) = this(interp, &args, name)?;
    check(interp, name, &args, Conv::One)?;
    let other = &args.pos[1];
    if !comparable(other) {
        return Ok(Value::NotImplemented);
    }
    let (la, lb) = (d.len(), super::functions::len_of(interp, other)?);
    let (a, b) = (args.pos[0].clone(), other.clone());
    // `op` decides from the lengths alone, or asks for a subset (Some(true)) or superset
    // (Some(false)) test.
    Ok(Value::Bool(match (op(la, lb), name) {
        (None, "__ne__") => true,
        (None, _) => false,
        (Some(true), "__ne__") => !all_in(interp, &a, &b)?,
        (Some(true), _) => all_in(interp, &a, &b)?,
        (Some(false), _) => all_in(interp, &b, &a)?,
    }))
}

fn view_eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    compare(interp, args, "__eq__", |a, b| (a == b).then_some(true))
}

fn view_ne(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    compare(interp, args, "__ne__", |a, b| (a == b).then_some(true))
}

fn view_lt(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    compare(interp, args, "__lt__", |a, b| (a < b).then_some(true))
}

fn view_le(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    compare(interp, args, "__le__", |a, b| (a <= b).then_some(true))
}

fn view_gt(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    compare(interp, args, "__gt__", |a, b| (a > b).then_some(false))
}

fn view_ge(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    compare(interp, args, "__ge__", |a, b| (a >= b).then_some(false))
}

/// A new set of the items of an iterable.
fn to_set(interp: &mut Interpreter, v: &Value) -> PyResult<Set> {
    let out = Set::new();
    for item in interp.collect_iterable(v)? {
        let k = interp.dict_key(item)?;
        out.insert(k);
    }
    Ok(out)
}

/// The operands of a binary operator: `pos[0]` is the view (the operator was found on it),
/// `pos[1]` the other operand.
fn operands(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    this(interp, args, name)?;
    check(interp, name, args, Conv::One)?;
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

fn view_and(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (view, other) = operands(interp, &args, "__and__")?;
    let out = Set::new();
    for item in interp.collect_iterable(&other)? {
        if interp.contains(&view, &item)? {
            let k = interp.dict_key(item)?;
            out.insert(k);
        }
    }
    Ok(Value::Set(Rc::new(out)))
}

fn view_or(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (view, other) = operands(interp, &args, "__or__")?;
    let out = to_set(interp, &view)?;
    for item in interp.collect_iterable(&other)? {
        let k = interp.dict_key(item)?;
        out.insert(k);
    }
    Ok(Value::Set(Rc::new(out)))
}

/// `a - b` where either may be the view.
fn difference(interp: &mut Interpreter, a: &Value, b: &Value) -> PyResult<Value> {
    let out = to_set(interp, a)?;
    let gone = to_set(interp, b)?;
    out.borrow_mut().retain(|k, _| !gone.contains(k));
    Ok(Value::Set(Rc::new(out)))
}

fn view_sub(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (view, other) = operands(interp, &args, "__sub__")?;
    difference(interp, &view, &other)
}

fn view_rsub(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (view, other) = operands(interp, &args, "__rsub__")?;
    difference(interp, &other, &view)
}

fn view_xor(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (view, other) = operands(interp, &args, "__xor__")?;
    let mine = to_set(interp, &view)?;
    let theirs = to_set(interp, &other)?;
    let out = Set::new();
    {
        let (m, t) = (mine.borrow(), theirs.borrow());
        let mut map = out.borrow_mut();
        map.extend(
            m.keys()
                .filter(|k| !t.contains_key(*k))
                .map(|k| (k.clone(), ())),
        );
        map.extend(
            t.keys()
                .filter(|k| !m.contains_key(*k))
                .map(|k| (k.clone(), ())),
        );
    }
    Ok(Value::Set(Rc::new(out)))
}

fn view_isdisjoint(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (view, other) = operands(interp, &args, "isdisjoint")?;
    for item in interp.collect_iterable(&other)? {
        if interp.contains(&view, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
