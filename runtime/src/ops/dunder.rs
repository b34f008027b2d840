//! Special methods of built-in values as attributes (`[].__len__`, `"s".__iter__`), for code
//! that calls them directly or tests for them with `hasattr`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, BuiltinFunction, NativeFn};
use crate::syntax::ast::BinOp;
use crate::value::Value;

impl Interpreter {
    /// The special method `name` of a built-in value, bound to it; None when its type has none.
    pub(crate) fn builtin_dunder(&self, obj: &Value, name: &str) -> Option<Value> {
        use Value::{
            Bool, Bytes, Complex, Dict, Float, FrozenSet, Generator, Int, Iter, List, Long, Range,
            Set, Str, Tuple,
        };
        let seq = matches!(obj, Str(_) | Bytes(_) | List(_) | Tuple(_) | Range(_));
        let coll = seq || matches!(obj, Dict(_) | Set(_) | FrozenSet(_));
        let num = matches!(obj, Int(_) | Long(_) | Bool(_) | Float(_) | Complex(..));
        let concat = num || matches!(obj, Str(_) | Bytes(_) | List(_) | Tuple(_));
        let (name, func): (&'static str, NativeFn) = match name {
            "__iter__" if coll || matches!(obj, Iter(_) | Generator(_)) => ("__iter__", iter),
            "__next__" if matches!(obj, Iter(_) | Generator(_)) => ("__next__", next),
            "__len__" if coll => ("__len__", len),
            "__getitem__" if seq || matches!(obj, Dict(_)) => ("__getitem__", getitem),
            "__contains__" if coll => ("__contains__", contains),
            "__add__" if concat => ("__add__", add),
            "__mul__" if concat => ("__mul__", mul),
            "__sub__" if num => ("__sub__", sub),
            _ => return None,
        };
        Some(Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            receiver: Some(obj.clone()),
            owner: None,
        })))
    }
}

/// The receiver and the single argument of a one-argument special method.
fn two(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    match &args.pos[..] {
        [a, b] if args.kw.is_empty() => Ok((a.clone(), b.clone())),
        _ => {
            let n = args.pos.len().saturating_sub(1);
            Err(interp.type_error(format!("{name} expected 1 argument, got {n}")))
        }
    }
}

fn one(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Value> {
    match &args.pos[..] {
        [a] if args.kw.is_empty() => Ok(a.clone()),
        _ => {
            let n = args.pos.len().saturating_sub(1);
            Err(interp.type_error(format!("{name}() takes no arguments ({n} given)")))
        }
    }
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = one(interp, &args, "__iter__")?;
    interp.get_iter(&v)
}

fn next(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = one(interp, &args, "__next__")?;
    match interp.iter_next(&v)? {
        Some(x) => Ok(x),
        None => Err(interp.new_exception("StopIteration", vec![])),
    }
}

fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = one(interp, &args, "__len__")?;
    Ok(Value::Int(crate::builtins::len_of(interp, &v)? as i64))
}

fn getitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, k) = two(interp, &args, "__getitem__")?;
    interp.get_item(&a, &k)
}

fn contains(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, k) = two(interp, &args, "__contains__")?;
    Ok(Value::Bool(interp.contains(&a, &k)?))
}

fn add(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, b) = two(interp, &args, "__add__")?;
    interp.binary_op(&a, &b, BinOp::Add)
}

fn mul(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, b) = two(interp, &args, "__mul__")?;
    interp.binary_op(&a, &b, BinOp::Mult)
}

fn sub(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (a, b) = two(interp, &args, "__sub__")?;
    interp.binary_op(&a, &b, BinOp::Sub)
}
