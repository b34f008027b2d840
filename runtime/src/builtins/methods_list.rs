//! Methods of `list` and `tuple`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, List};
use crate::value::Value;

use super::add_method;
use super::methods_args::{
    check, check_in, parse_kw, receiver, ssize_arg, wrong_receiver, Conv, KwSpec,
};

pub(super) fn install(types: &Types) {
    let (list, tuple) = (&types.list, &types.tuple);
    add_method(list, "append", append);
    add_method(list, "clear", clear);
    add_method(list, "copy", copy);
    add_method(list, "count", count);
    add_method(list, "extend", extend);
    add_method(list, "index", index);
    add_method(list, "insert", insert);
    add_method(list, "pop", pop);
    add_method(list, "remove", remove);
    add_method(list, "reverse", reverse);
    add_method(list, "sort", sort);
    add_method(tuple, "index", tuple_index);
    add_method(tuple, "count", tuple_count);
}

/// Bytes charged per list slot.
pub(crate) const SLOT: u64 = 16;

fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<List>> {
    match receiver(interp, args, "list", name)? {
        Value::List(l) => Ok(l.clone()),
        other => {
            let other = other.clone();
            Err(wrong_receiver(interp, &other, "list", name))
        }
    }
}

pub(crate) fn append(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "append")?;
    check(interp, "list.append", &args, Conv::One)?;
    interp.charge(SLOT)?;
    l.push(args.pos[1].clone());
    Ok(Value::None)
}

fn clear(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "clear")?;
    check(interp, "list.clear", &args, Conv::NoArgs)?;
    // Dropping the items may run no Python code here, but take them out first anyway so
    // that the list is never borrowed while values are dropped.
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "copy")?;
    check(interp, "list.copy", &args, Conv::NoArgs)?;
    interp.charge(l.len() as u64 * SLOT)?;
    Ok(interp.new_list(l.to_vec()))
}

fn extend(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "extend")?;
    check(interp, "list.extend", &args, Conv::One)?;
    let items = interp.collect_iterable(&args.pos[1])?;
    interp.charge(items.len() as u64 * SLOT)?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "insert")?;
    check(interp, "list.insert", &args, Conv::Clinic(2, 2))?;
    let i = ssize_arg(interp, &args.pos[1])?;
    let len = l.len() as i64;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
    interp.charge(SLOT)?;
    l.borrow_mut().insert(idx as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "pop")?;
    check(interp, "list.pop", &args, Conv::Clinic(0, 1))?;
    let i = match args.pos.get(1) {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    let len = l.len() as i64;
    if len == 0 {
        return Err(interp.err("IndexError", "pop from empty list"));
    }
    let idx = if i < 0 { i + len } else { i };
    if idx < 0 || idx >= len {
        return Err(interp.err("IndexError", "pop index out of range"));
    }
    let v = l.borrow_mut().remove(idx as usize);
    Ok(v)
}

fn remove(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "remove")?;
    check(interp, "list.remove", &args, Conv::One)?;
    let mut i = 0;
    // Compare against the live list: `__eq__` may change it.
    while let Some(item) = l.get(i) {
        if interp.eq_identity_first(&item, &args.pos[1])? {
            let mut items = l.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(interp.value_error("list.remove(x): x not in list"))
}

fn reverse(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "reverse")?;
    check(interp, "list.reverse", &args, Conv::NoArgs)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "sort")?;
    let spec = KwSpec {
        fname: "sort",
        names: &["key", "reverse"],
        posonly: 0,
        maxpos: 0,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let reverse = match &vals[1] {
        Some(v) => Some(Value::Bool(super::methods_num::c_int_arg(interp, v)? != 0)),
        None => None,
    };
    // Sort a private vector: the list reads as empty meanwhile, as in CPython, so that a key
    // function or comparison that mutates it can be detected.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = super::functions::sort_with(interp, &mut items, vals[0].clone(), reverse);
    let modified = !l.is_empty();
    *l.borrow_mut() = items;
    result?;
    if modified {
        return Err(interp.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// The receiver of a method shared by list and tuple, as a snapshot of its items.
fn seq_items(interp: &mut Interpreter, args: &Args, ty: &str, name: &str) -> PyResult<Vec<Value>> {
    let this = receiver(interp, args, ty, name)?.clone();
    match (&this, ty) {
        (Value::List(l), "list") => Ok(l.to_vec()),
        (Value::Tuple(t), "tuple") => Ok(t.items.to_vec()),
        (other, _) => Err(wrong_receiver(interp, other, ty, name)),
    }
}

/// A start/stop argument of `index`: an index, never None.
fn index_bound(interp: &mut Interpreter, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => interp.to_index(v),
        Value::Instance(_) if interp.lookup_special(v, "__index__").is_some() => interp.to_index(v),
        _ => Err(interp.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    index_impl(interp, args, "list")
}

fn tuple_index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    index_impl(interp, args, "tuple")
}

fn index_impl(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let items = seq_items(interp, &args, ty, "index")?;
    check_in(interp, ty, "index", &args, Conv::Clinic(1, 3))?;
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.pos.get(2) {
        Some(v) => norm(index_bound(interp, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(v) => norm(index_bound(interp, v)?),
        None => len,
    };
    for i in start..stop.max(start) {
        if interp.eq_identity_first(&items[i as usize], &args.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    let msg = if ty == "list" {
        let r = interp.repr(&args.pos[1])?;
        format!("{r} is not in list")
    } else {
        "tuple.index(x): x not in tuple".to_owned()
    };
    Err(interp.value_error(msg))
}

fn count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    count_impl(interp, args, "list")
}

fn tuple_count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    count_impl(interp, args, "tuple")
}

fn count_impl(interp: &mut Interpreter, args: Args, ty: &str) -> PyResult<Value> {
    let items = seq_items(interp, &args, ty, "count")?;
    check_in(interp, ty, "count", &args, Conv::One)?;
    let mut n = 0;
    for v in &items {
        if interp.eq_identity_first(v, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
