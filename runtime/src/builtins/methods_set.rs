//! Methods of `set` and `frozenset`. Operations taking other collections accept any
//! iterables, several of them where CPython does; results have the receiver's type.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, DictKey, Set};
use crate::value::Value;

use super::add_method;
use super::methods_args::{check, check_in, receiver, wrong_receiver, Conv};

/// Bytes charged per set entry.
const ENTRY: u64 = 32;

// The methods set and frozenset share: one entry point per type, so that each checks its own
// receiver type.

fn set_copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    copy(interp, args, "set")
}

fn frozenset_copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    copy(interp, args, "frozenset")
}

fn set_difference(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    difference(interp, args, "set")
}

fn frozenset_difference(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    difference(interp, args, "frozenset")
}

fn set_intersection(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    intersection(interp, args, "set")
}

fn frozenset_intersection(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    intersection(interp, args, "frozenset")
}

fn set_union(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    union(interp, args, "set")
}

fn frozenset_union(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    union(interp, args, "frozenset")
}

fn set_symmetric_difference(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    symmetric_difference(interp, args, "set")
}

fn frozenset_symmetric_difference(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    symmetric_difference(interp, args, "frozenset")
}

fn set_isdisjoint(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    isdisjoint(interp, args, "set")
}

fn frozenset_isdisjoint(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    isdisjoint(interp, args, "frozenset")
}

fn set_issubset(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    issubset(interp, args, "set")
}

fn frozenset_issubset(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    issubset(interp, args, "frozenset")
}

fn set_issuperset(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    issuperset(interp, args, "set")
}

fn frozenset_issuperset(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    issuperset(interp, args, "frozenset")
}

pub(super) fn install(types: &Types) {
    let (set, frozen) = (&types.set, &types.frozenset);
    add_method(set, "add", add);
    add_method(set, "clear", clear);
    add_method(set, "discard", discard);
    add_method(set, "remove", remove);
    add_method(set, "pop", pop);
    add_method(set, "update", update);
    add_method(set, "difference_update", difference_update);
    add_method(set, "intersection_update", intersection_update);
    add_method(
        set,
        "symmetric_difference_update",
        symmetric_difference_update,
    );
    add_method(set, "copy", set_copy);
    add_method(set, "difference", set_difference);
    add_method(set, "intersection", set_intersection);
    add_method(set, "union", set_union);
    add_method(set, "symmetric_difference", set_symmetric_difference);
    add_method(set, "isdisjoint", set_isdisjoint);
    add_method(set, "issubset", set_issubset);
    add_method(set, "issuperset", set_issuperset);
    add_method(frozen, "copy", frozenset_copy);
    add_method(frozen, "difference", frozenset_difference);
    add_method(frozen, "intersection", frozenset_intersection);
    add_method(frozen, "union", frozenset_union);
    add_method(
        frozen,
        "symmetric_difference",
        frozenset_symmetric_difference,
    );
    add_method(frozen, "isdisjoint", frozenset_isdisjoint);
    add_method(frozen, "issubset", frozenset_issubset);
    add_method(frozen, "issuperset", frozenset_issuperset);
}

/// The receiver, which must be of type `ty` ("set" or "frozenset").
fn this(interp: &mut Interpreter, args: &Args, ty: &str, name: &str) -> PyResult<Rc<Set>> {
    match (receiver(interp, args, ty, name)?, ty) {
        (Value::Set(s), "set") | (Value::FrozenSet(s), "frozenset") => Ok(s.clone()),
        (other, _) => {
            let other = other.clone();
            Err(wrong_receiver(interp, &other, ty, name))
        }
    }
}

/// A new set of type `ty`.
fn wrap(ty: &str, s: Set) -> Value {
    if ty == "set" {
        Value::Set(Rc::new(s))
    } else {
        Value::FrozenSet(Rc::new(s))
    }
}

fn copy_of(s: &Set) -> Set {
    let out = Set::new();
    *out.borrow_mut() = s.borrow().clone();
    out
}

/// The items of an iterable as a set (a set's own table when it is one).
fn as_set(interp: &mut Interpreter, v: &Value) -> PyResult<Rc<Set>> {
    if let Value::Set(s) | Value::FrozenSet(s) = v {
        return Ok(s.clone());
    }
    let out = Set::new();
    let items = interp.collect_iterable(v)?;
    interp.charge(items.len() as u64 * ENTRY)?;
    for item in items {
        let k = interp.dict_key(item)?;
        out.insert(k);
    }
    Ok(Rc::new(out))
}

/// Sets up to this size remove entries keeping the order of the rest; larger ones swap the
/// last entry into the hole, which is constant-time. The VM's sets iterate in insertion order
/// (CPython's iterate in hash order, which for small ints is usually sorted), so keeping order
/// keeps small programs' output exact, while big sets that are emptied one element at a time
/// (`while s: s.pop()`) stay linear.
const ORDERED_REMOVE_MAX: usize = 1024;

/// Removes `k`, returning whether it was present.
fn remove_key(s: &Set, k: &DictKey) -> bool {
    let mut map = s.borrow_mut();
    if map.len() <= ORDERED_REMOVE_MAX {
        map.shift_remove(k).is_some()
    } else {
        map.swap_remove(k).is_some()
    }
}

/// Keeps the items of `s` for which `keep` holds, in order, in linear time.
fn retain_keys(s: &Set, keep: impl Fn(&DictKey) -> bool) {
    s.borrow_mut().retain(|k, _| keep(k));
}

/// The key to look a value up by: a set argument stands for the equal frozenset, as in
/// CPython's `remove`, `discard` and `in`.
/// The key of `s` equal to `v` (a set argument stands for the frozenset of its items), or
/// `v`'s own key when `s` has none: keys of classes with `__eq__` match by equality.
fn lookup_key(interp: &mut Interpreter, s: &crate::object::Set, v: &Value) -> PyResult<DictKey> {
    match v {
        Value::Set(items) => {
            let frozen = Value::FrozenSet(Rc::new(copy_of(items)));
            interp.key_in_set(s, frozen)
        }
        other => interp.key_in_set(s, other.clone()),
    }
}

fn add(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "add")?;
    check(interp, "set.add", &args, Conv::One)?;
    let k = interp.key_in_set(&s, args.pos[1].clone())?;
    interp.charge(ENTRY)?;
    s.insert(k);
    Ok(Value::None)
}

fn clear(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "clear")?;
    check(interp, "set.clear", &args, Conv::NoArgs)?;
    let old = std::mem::take(&mut *s.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn discard(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "discard")?;
    check(interp, "set.discard", &args, Conv::One)?;
    let k = lookup_key(interp, &s, &args.pos[1])?;
    remove_key(&s, &k);
    Ok(Value::None)
}

fn remove(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "remove")?;
    check(interp, "set.remove", &args, Conv::One)?;
    let k = lookup_key(interp, &s, &args.pos[1])?;
    if !remove_key(&s, &k) {
        return Err(interp.new_exception("KeyError", vec![args.pos[1].clone()]));
    }
    Ok(Value::None)
}

fn pop(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "pop")?;
    check(interp, "set.pop", &args, Conv::NoArgs)?;
    let first = s.first_in_order().and_then(|k| {
        let mut map = s.borrow_mut();
        if map.len() <= ORDERED_REMOVE_MAX {
            map.shift_remove_full(&k)
        } else {
            map.swap_remove_full(&k)
        }
        .map(|(_, k, ())| (k, ()))
    });
    match first {
        Some((k, ())) => Ok(k.value),
        None => Err(interp.err("KeyError", "pop from an empty set")),
    }
}

fn update(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "update")?;
    check(interp, "set.update", &args, Conv::Varargs)?;
    for other in &args.pos[1..] {
        let o = as_set(interp, other)?;
        let keys: Vec<DictKey> = o.borrow().keys().cloned().collect();
        interp.charge(keys.len() as u64 * ENTRY)?;
        s.borrow_mut().extend(keys.into_iter().map(|k| (k, ())));
    }
    Ok(Value::None)
}

fn difference_update(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "difference_update")?;
    check(interp, "set.difference_update", &args, Conv::Varargs)?;
    for other in &args.pos[1..] {
        let o = as_set(interp, other)?;
        if Rc::ptr_eq(&o, &s) {
            s.borrow_mut().clear();
            continue;
        }
        retain_keys(&s, |k| !o.borrow().contains_key(k));
    }
    Ok(Value::None)
}

/// The items of `s` that are in every one of `others`.
fn intersect(interp: &mut Interpreter, s: &Set, others: &[Value]) -> PyResult<Set> {
    let out = copy_of(s);
    for other in others {
        let o = as_set(interp, other)?;
        retain_keys(&out, |k| o.borrow().contains_key(k));
    }
    Ok(out)
}

fn intersection_update(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "intersection_update")?;
    check(interp, "set.intersection_update", &args, Conv::Varargs)?;
    let out = intersect(interp, &s, &args.pos[1..])?;
    let map = std::mem::take(&mut *out.borrow_mut());
    *s.borrow_mut() = map;
    Ok(Value::None)
}

/// The items of `s` and `other` that are in just one of them: those of `s` first, in order.
fn sym_diff(interp: &mut Interpreter, s: &Set, other: &Value) -> PyResult<Set> {
    let o = as_set(interp, other)?;
    let out = Set::new();
    {
        let (mine, theirs) = (s.borrow(), o.borrow());
        let mut map = out.borrow_mut();
        map.extend(
            mine.keys()
                .filter(|k| !theirs.contains_key(*k))
                .map(|k| (k.clone(), ())),
        );
        map.extend(
            theirs
                .keys()
                .filter(|k| !mine.contains_key(*k))
                .map(|k| (k.clone(), ())),
        );
    }
    Ok(out)
}

fn symmetric_difference_update(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "set", "symmetric_difference_update")?;
    check(interp, "set.symmetric_difference_update", &args, Conv::One)?;
    let out = sym_diff(interp, &s, &args.pos[1])?;
    let map = std::mem::take(&mut *out.borrow_mut());
    *s.borrow_mut() = map;
    Ok(Value::None)
}

fn copy(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "copy")?;
    check_in(interp, ty, "copy", &args, Conv::NoArgs)?;
    interp.charge(s.len() as u64 * ENTRY)?;
    Ok(wrap(ty, copy_of(&s)))
}

fn difference(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "difference")?;
    check_in(interp, ty, "difference", &args, Conv::Varargs)?;
    let out = copy_of(&s);
    for other in &args.pos[1..] {
        let o = as_set(interp, other)?;
        retain_keys(&out, |k| !o.borrow().contains_key(k));
    }
    Ok(wrap(ty, out))
}

fn intersection(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "intersection")?;
    check_in(interp, ty, "intersection", &args, Conv::Varargs)?;
    Ok(wrap(ty, intersect(interp, &s, &args.pos[1..])?))
}

fn union(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "union")?;
    check_in(interp, ty, "union", &args, Conv::Varargs)?;
    let out = copy_of(&s);
    for other in &args.pos[1..] {
        let o = as_set(interp, other)?;
        let keys: Vec<DictKey> = o.borrow().keys().cloned().collect();
        interp.charge(keys.len() as u64 * ENTRY)?;
        out.borrow_mut().extend(keys.into_iter().map(|k| (k, ())));
    }
    Ok(wrap(ty, out))
}

fn symmetric_difference(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "symmetric_difference")?;
    check(
        interp,
        &format!("{ty}.symmetric_difference"),
        &args,
        Conv::One,
    )?;
    Ok(wrap(ty, sym_diff(interp, &s, &args.pos[1])?))
}

fn isdisjoint(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "isdisjoint")?;
    check_in(interp, ty, "isdisjoint", &args, Conv::One)?;
    let o = as_set(interp, &args.pos[1])?;
    let disjoint = !s.borrow().keys().any(|k| o.borrow().contains_key(k));
    Ok(Value::Bool(disjoint))
}

fn issubset(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "issubset")?;
    check_in(interp, ty, "issubset", &args, Conv::One)?;
    let o = as_set(interp, &args.pos[1])?;
    let sub = s.borrow().keys().all(|k| o.borrow().contains_key(k));
    Ok(Value::Bool(sub))
}

fn issuperset(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let s = this(interp, &args, ty, "issuperset")?;
    check_in(interp, ty, "issuperset", &args, Conv::One)?;
    let o = as_set(interp, &args.pos[1])?;
    let sup = o.borrow().keys().all(|k| s.borrow().contains_key(k));
    Ok(Value::Bool(sup))
}
