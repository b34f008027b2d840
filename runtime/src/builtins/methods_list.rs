//! Methods of `list` and `tuple`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, List, Type};
use crate::value::Value;

use super::{add_method, check_count};

pub(super) fn install(list: &Rc<Type>, tuple: &Rc<Type>) {
    add_method(list, "append", append);
    add_method(list, "extend", extend);
    add_method(list, "pop", pop);
    add_method(list, "insert", insert);
    add_method(list, "sort", sort);
    add_method(list, "index", index);
    add_method(list, "count", count);
    add_method(tuple, "index", index);
    add_method(tuple, "count", count);
}

fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<List>> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' requires a 'list' object"))),
    }
}

fn append(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "append")?;
    check_count(interp, "list.append", &args, 2, 2)?;
    interp.charge(16)?;
    l.push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "extend")?;
    check_count(interp, "list.extend", &args, 2, 2)?;
    let items = interp.collect_iterable(&args.pos[1])?;
    interp.charge(items.len() as u64 * 16)?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn pop(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "pop")?;
    check_count(interp, "pop", &args, 1, 2)?;
    let len = l.len() as i64;
    if len == 0 {
        return Err(interp.err("IndexError", "pop from empty list"));
    }
    let i = match args.pos.get(1) {
        Some(v) => super::functions::int_arg(interp, v)?,
        None => -1,
    };
    let idx = if i < 0 { i + len } else { i };
    if idx < 0 || idx >= len {
        return Err(interp.err("IndexError", "pop index out of range"));
    }
    let v = l.borrow_mut().remove(idx as usize);
    Ok(v)
}

fn insert(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "insert")?;
    check_count(interp, "insert", &args, 3, 3)?;
    let i = super::functions::int_arg(interp, &args.pos[1])?;
    let len = l.len() as i64;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
    interp.charge(16)?;
    l.borrow_mut().insert(idx as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn sort(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key");
    let reverse = args.take_kw("reverse");
    let l = this(interp, &args, "sort")?;
    if args.pos.len() > 1 {
        return Err(interp.type_error("sort() takes no positional arguments"));
    }
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = super::functions::sort_with(interp, &mut items, key, reverse);
    let modified = !l.is_empty();
    *l.borrow_mut() = items;
    result?;
    if modified {
        return Err(interp.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn items_of(interp: &mut Interpreter, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.to_vec()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("descriptor requires a sequence, not '{tn}'")))
        }
    }
}

fn index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "index", &args, 2, 4)?;
    let items = items_of(interp, &args.pos[0])?;
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.pos.get(2) {
        Some(v) => norm(super::functions::int_arg(interp, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(v) => norm(super::functions::int_arg(interp, v)?),
        None => len,
    };
    for i in start..stop.max(start) {
        if interp.eq_identity_first(&items[i as usize], &args.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = match &args.pos[0] {
        Value::List(_) => {
            let r = interp.repr(&args.pos[1])?;
            format!("{r} is not in list")
        }
        _ => "tuple.index(x): x not in tuple".to_owned(),
    };
    Err(interp.value_error(what))
}

fn count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "count", &args, 2, 2)?;
    let items = items_of(interp, &args.pos[0])?;
    let mut n = 0;
    for v in &items {
        if interp.eq_identity_first(v, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
