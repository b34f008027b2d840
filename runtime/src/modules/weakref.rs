//! `_weakref`: weak reference handles (see `object/finalize.rs`) under the reference and proxy
//! types written in Python (`weakref/_weakref.py`), which CPython's weakref.py and _weakrefset.py
//! import.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::add_function;
use crate::interp::{Interpreter, PyResult};
use crate::object::finalize::{WeakRef, WeakTarget, WEAKLY_REFERENCED};
use crate::object::{Args, List};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("_weakref");
    let d = &m.dict;
    add_function(d, "_make", make);
    add_function(d, "_get", get);
    add_function(d, "_callback", callback);
    add_function(d, "_count", count);
    add_function(d, "_refs", refs);
    super::embed::run_module_source(
        interp,
        &m,
        include_str!("weakref/_weakref.py"),
        "<_weakref>",
    )?;
    Ok(module)
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

/// `make(obj, callback, owner)`: a handle to `obj` for the `weakref.ref` object `owner`.
fn make(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let obj = arg(&args, 0);
    let Some(target) = WeakTarget::of(&obj) else {
        let tn = interp.type_name(&obj);
        return Err(interp.type_error(format!("cannot create weak reference to '{tn}' object")));
    };
    let callback = Some(arg(&args, 1)).filter(|c| !c.is_none());
    let owner = match &args.pos.get(2) {
        Some(Value::Instance(o)) => Rc::downgrade(o),
        _ => std::rc::Weak::new(),
    };
    let handle = Rc::new(WeakRef {
        target,
        owner: RefCell::new(owner),
        callback: RefCell::new(callback),
    });
    if let Value::Instance(i) = &obj {
        i.flags.set(i.flags.get() | WEAKLY_REFERENCED);
    }
    interp.finalizers.watch(obj.id() as usize, &handle);
    Ok(Value::WeakRef(handle))
}

fn handle(args: &Args) -> Option<Rc<WeakRef>> {
    match args.pos.first() {
        Some(Value::WeakRef(h)) => Some(h.clone()),
        _ => None,
    }
}

/// `get(handle)`: the referent, or None once it is gone.
fn get(_interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    Ok(handle(&args)
        .and_then(|h| h.target.get())
        .unwrap_or(Value::None))
}

/// `callback(handle)`: the callback, until it has been called.
fn callback(_interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    Ok(handle(&args)
        .and_then(|h| h.callback.borrow().clone())
        .unwrap_or(Value::None))
}

/// `count(obj)`: how many weak references to `obj` exist.
fn count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let obj = arg(&args, 0);
    if obj.is_inline() {
        return Ok(Value::Int(0));
    }
    let n = interp.finalizers.handles(obj.id() as usize).len();
    Ok(Value::Int(n as i64))
}

/// `refs(obj)`: the `weakref.ref` objects that refer to `obj`.
fn refs(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let obj = arg(&args, 0);
    let owners = if obj.is_inline() {
        Vec::new()
    } else {
        interp
            .finalizers
            .handles(obj.id() as usize)
            .iter()
            .filter_map(|h| h.owner.borrow().upgrade().map(Value::Instance))
            .collect()
    };
    Ok(Value::List(Rc::new(List::new(owners))))
}
