//! Methods of `dict`. The views that `keys`, `values` and `items` return live in
//! `methods_dict_views.rs`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, Dict, DictKey};
use crate::value::Value;

use super::add_method;
use super::methods_args::{add_classmethod, check, check_in, receiver, wrong_receiver, Conv};
use super::methods_dict_views::{self, ViewKind};

pub(super) fn install(types: &Types) {
    let d = &types.dict;
    add_method(d, "get", get);
    add_method(d, "keys", keys);
    add_method(d, "values", values);
    add_method(d, "items", items);
    add_method(d, "clear", clear);
    add_method(d, "copy", copy);
    add_method(d, "pop", pop);
    add_method(d, "popitem", popitem);
    add_method(d, "setdefault", setdefault);
    add_method(d, "update", update);
    add_classmethod(types, d, "fromkeys", fromkeys);
    methods_dict_views::install(types);
}

/// Bytes charged per dict entry.
const ENTRY: u64 = 48;

fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Dict>> {
    match receiver(interp, args, "dict", name)? {
        Value::Dict(d) => Ok(d.clone()),
        other => {
            let other = other.clone();
            Err(wrong_receiver(interp, &other, "dict", name))
        }
    }
}

fn get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "get")?;
    check(interp, "dict.get", &args, Conv::Clinic(1, 2))?;
    // A `str` or `int` key found as it is (`memo.get(id(x))`); a miss takes the general
    // lookup, where a stored key with its own `__eq__` may still match.
    let found = match &args.pos[1] {
        Value::Str(s) => d.get_hashed(s.as_str(), s.hash()),
        Value::Int(i) => d.get_int(*i),
        _ => None,
    };
    if let Some(v) = found {
        return Ok(v);
    }
    let k = interp.key_in_dict(&d, args.pos[1].clone())?;
    Ok(d.get(&k)
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(interp: &mut Interpreter, args: Args, name: &str, kind: ViewKind) -> PyResult<Value> {
    let d = this(interp, &args, name)?;
    check_in(interp, "dict", name, &args, Conv::NoArgs)?;
    Ok(methods_dict_views::new_view(interp, d, kind))
}

fn keys(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    view(interp, args, "keys", ViewKind::Keys)
}

fn values(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    view(interp, args, "values", ViewKind::Values)
}

fn items(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    view(interp, args, "items", ViewKind::Items)
}

fn clear(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "clear")?;
    check(interp, "dict.clear", &args, Conv::NoArgs)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "copy")?;
    check(interp, "dict.copy", &args, Conv::NoArgs)?;
    interp.charge(d.len() as u64 * ENTRY)?;
    let map = d.borrow().clone();
    Ok(Value::Dict(Rc::new(Dict::from_map(map))))
}

fn pop(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "pop")?;
    check(interp, "dict.pop", &args, Conv::Clinic(1, 2))?;
    // CPython answers for an empty dict before hashing the key.
    let found = if d.is_empty() {
        None
    } else {
        let k = interp.key_in_dict(&d, args.pos[1].clone())?;
        d.remove(&k)
    };
    match found {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(interp.new_exception("KeyError", vec![args.pos[1].clone()])),
        },
    }
}

fn popitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "popitem")?;
    check(interp, "dict.popitem", &args, Conv::NoArgs)?;
    let last = d.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(interp.err("KeyError", "popitem(): dictionary is empty")),
    }
}

fn setdefault(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "setdefault")?;
    check(interp, "dict.setdefault", &args, Conv::Clinic(1, 2))?;
    let k = interp.key_in_dict(&d, args.pos[1].clone())?;
    if let Some(v) = d.get(&k) {
        return Ok(v);
    }
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    interp.charge(ENTRY)?;
    d.insert(k, default.clone());
    Ok(default)
}

/// Adds the pairs of `src` to `d`: a mapping (anything with `keys`) or an iterable of pairs,
/// as `dict.update` and `dict(src)` take them.
pub(super) fn update_from(interp: &mut Interpreter, d: &Rc<Dict>, src: &Value) -> PyResult<()> {
    let is_mapping = match src {
        Value::Dict(_) => true,
        Value::Instance(_) => interp.get_attr_opt(src, "keys")?.is_some(),
        _ => false,
    };
    if is_mapping {
        return interp.dict_update_from(d, src, false);
    }
    let items = interp.collect_iterable(src)?;
    interp.charge(items.len() as u64 * ENTRY)?;
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
        let [k, v]: [Value; 2] = match pair.try_into() {
            Ok(kv) => kv,
            Err(p) => {
                let n = p.len();
                return Err(interp.value_error(format!(
                    "dictionary update sequence element #{i} has length {n}; 2 is required"
                )));
            }
        };
        let key = interp.dict_key(k)?;
        d.insert(key, v);
    }
    Ok(())
}

fn update(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "update")?;
    let kw = std::mem::take(&mut args.kw);
    check(interp, "dict.update", &args, Conv::Clinic(0, 1))?;
    if let Some(src) = args.pos.get(1) {
        update_from(interp, &d, src)?;
    }
    interp.charge(kw.len() as u64 * ENTRY)?;
    for (k, v) in kw {
        d.insert(DictKey::from_str(&k), v);
    }
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`, a class method: `pos[0]` is the class.
fn fromkeys(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check(interp, "dict.fromkeys", &args, Conv::Clinic(1, 2))?;
    let cls = args.pos[0].clone();
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let keys = interp.collect_iterable(&args.pos[1])?;
    let plain = matches!(&cls, Value::Type(t) if Rc::ptr_eq(t, &interp.types.dict));
    if plain {
        interp.charge(keys.len() as u64 * ENTRY)?;
        let d = Rc::new(Dict::new());
        for k in keys {
            let key = interp.dict_key(k)?;
            d.insert(key, value.clone());
        }
        return Ok(Value::Dict(d));
    }
    // A subclass: build an instance and fill it through `__setitem__`.
    let obj = interp.call_value(&cls, Args::default())?;
    for k in keys {
        interp.set_item(&obj, k, value.clone())?;
    }
    Ok(obj)
}
