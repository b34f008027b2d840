//! `sys._getframe`: snapshots of the VM's call stack as frame objects, for the code that
//! asks where it was called from (logging's caller lookup, warnings' stacklevel). A snapshot
//! is taken when asked for and does not follow the frame afterwards: its `f_lineno` is the
//! line the frame was at then.

use std::rc::Rc;

use crate::builtins::check_count;
use crate::interp::{new_type, Interpreter, PyResult};
use crate::object::{Args, Dict, Instance, Type, TypeKind};
use crate::value::Value;

/// The frame type of this interpreter, made on first use.
fn frame_type(interp: &Interpreter) -> Rc<Type> {
    if let Some(t) = interp.types.internal.borrow().get("frame") {
        return t.clone();
    }
    let ty = new_type("frame", TypeKind::Object, Some(&interp.types.object));
    *ty.module.borrow_mut() = "builtins".into();
    // Its instances keep their attributes in a `__dict__` (see `Type::slots_forbid`).
    ty.dict.set_str("__dictoffset__", Value::Int(16));
    interp
        .types
        .internal
        .borrow_mut()
        .insert("frame", ty.clone());
    ty
}

/// `sys._getframe(depth=0)`: the frame `depth` calls above the caller's, with its callers
/// chained through `f_back`.
pub(super) fn getframe(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => interp.to_index(v)?,
        None => 0,
    };
    let count = interp.frames.len() as i64;
    if depth < 0 || depth >= count {
        return Err(interp.err("ValueError", "call stack is not deep enough"));
    }
    let ty = frame_type(interp);
    // Build from the outermost frame inwards, so that each snapshot can name its caller.
    let mut back = Value::None;
    for frame in &interp.frames[..(count - depth) as usize] {
        let code = &frame.code;
        let line = code
            .lines
            .get(frame.ip.saturating_sub(1))
            .copied()
            .unwrap_or(code.firstlineno);
        let locals = match &frame.namespace {
            Some(ns) => ns.clone(),
            None if &*code.name == "<module>" => frame.globals.clone(),
            None => {
                let d = Dict::new();
                for (name, v) in code.varnames.iter().zip(&frame.locals) {
                    if !matches!(v, Value::Null) {
                        d.set_str(name.as_ref(), v.clone());
                    }
                }
                Rc::new(d)
            }
        };
        let d = Dict::new();
        d.set_str("f_code", Value::Code(code.clone()));
        d.set_str("f_lineno", Value::Int(i64::from(line)));
        d.set_str("f_lasti", Value::Int(frame.ip as i64));
        d.set_str("f_globals", Value::Dict(frame.globals.clone()));
        d.set_str("f_locals", Value::Dict(locals));
        d.set_str("f_back", back);
        back = Value::Instance(Rc::new(Instance::new(ty.clone(), Rc::new(d), None)));
    }
    Ok(back)
}
