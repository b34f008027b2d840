//! Methods of `dict`, `set` and `frozenset`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Dict, Type};
use crate::value::Value;

use super::{add_method, check_count};

pub(super) fn install(dict: &Rc<Type>, set: &Rc<Type>, frozenset: &Rc<Type>) {
    add_method(dict, "get", get);
    add_method(dict, "keys", keys);
    add_method(dict, "values", values);
    add_method(dict, "items", items);
    add_method(set, "add", set_add);
    let _ = frozenset;
}

fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Dict>> {
    match args.pos.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

fn get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "get")?;
    check_count(interp, "get", &args, 2, 3)?;
    let k = interp.dict_key(args.pos[1].clone())?;
    Ok(d.get(&k).unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn keys(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "keys")?;
    Ok(Value::List(Rc::new(crate::object::List::new(d.keys()))))
}

fn values(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "values")?;
    Ok(Value::List(Rc::new(crate::object::List::new(d.items().into_iter().map(|(_, v)| v).collect()))))
}

fn items(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "items")?;
    Ok(Value::List(Rc::new(crate::object::List::new(
        d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
    ))))
}

fn set_add(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "add", &args, 2, 2)?;
    let Value::Set(s) = &args.pos[0] else { return Err(interp.type_error("descriptor 'add' requires a 'set' object")) };
    let k = interp.dict_key(args.pos[1].clone())?;
    s.insert(k);
    Ok(Value::None)
}
