//! `_gc`: the cycle collector's controls (see `gc.rs`), under the `gc` module written in
//! Python, which checks arguments and keeps `garbage` and `callbacks`.

use std::rc::Rc;

use crate::builtins::add_function;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Dict, ExceptionObject, List};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_gc");
    let d = &m.dict;
    add_function(d, "collect", collect);
    add_function(d, "enable", enable);
    add_function(d, "disable", disable);
    add_function(d, "isenabled", isenabled);
    add_function(d, "get_count", get_count);
    add_function(d, "get_threshold", get_threshold);
    add_function(d, "set_threshold", set_threshold);
    add_function(d, "get_objects", get_objects);
    add_function(d, "is_tracked", is_tracked);
    add_function(d, "freeze", freeze);
    add_function(d, "unfreeze", unfreeze);
    add_function(d, "get_freeze_count", get_freeze_count);
    add_function(d, "get_stats", get_stats);
    add_function(d, "get_referents", get_referents);
    add_function(d, "_set_callbacks", set_callbacks);
    add_function(d, "getrefcount", getrefcount);
    module
}

fn int_arg(args: &Args, i: usize) -> i64 {
    match args.pos.get(i) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        _ => 0,
    }
}

fn ints(items: &[u64]) -> Value {
    Value::tuple(items.iter().map(|&n| Value::Int(n as i64)).collect())
}

/// `collect(generation)`: the number of unreachable objects found. The callbacks in
/// `gc.callbacks` are told when it starts and stops.
fn collect(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let generation = int_arg(&args, 0).clamp(0, 2) as usize;
    Ok(Value::Int(interp.collect_with_callbacks(generation)? as i64))
}

fn enable(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    interp.gc.enabled = true;
    Ok(Value::None)
}

fn disable(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    interp.gc.enabled = false;
    Ok(Value::None)
}

fn isenabled(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(interp.gc.enabled))
}

fn get_count(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    let c = interp.gc.count;
    Ok(ints(&c.map(u64::from)))
}

fn get_threshold(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    let t = interp.gc.threshold;
    Ok(ints(&t.map(u64::from)))
}

/// `set_threshold(t0, t1, t2)`, each already an int; a negative one counts as zero.
fn set_threshold(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    for (i, _) in args.pos.iter().enumerate().take(3) {
        interp.gc.threshold[i] = int_arg(&args, i).clamp(0, u32::MAX as i64) as u32;
    }
    Ok(Value::None)
}

/// `get_objects(generation)`: -1 for all generations.
fn get_objects(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let g = int_arg(&args, 0);
    let generation = (0..=2).contains(&g).then_some(g as usize);
    let objects = interp.gc.objects(generation);
    interp.charge(objects.len() as u64 * 16)?;
    Ok(interp.new_list(objects))
}

fn is_tracked(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(interp.gc.is_tracked(&v)))
}

fn freeze(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    interp.gc.freeze();
    Ok(Value::None)
}

fn unfreeze(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    interp.gc.unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(interp.gc.freeze_count() as i64))
}

/// Per generation: `{'collections': n, 'collected': n, 'uncollectable': 0}`.
fn get_stats(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    let stats = interp.gc.stats;
    let items = stats
        .iter()
        .map(|&(collections, collected)| {
            let d = Dict::new();
            d.set_str("collections", Value::Int(collections as i64));
            d.set_str("collected", Value::Int(collected as i64));
            d.set_str("uncollectable", Value::Int(0));
            Value::Dict(Rc::new(d))
        })
        .collect();
    Ok(Value::List(Rc::new(List::new(items))))
}

/// `get_referents(*objs)`: the objects each refers to, as the collector sees them.
fn get_referents(_interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in &args.pos {
        crate::heap::trace(v, &mut |x| {
            if !x.is_inline() && !matches!(x, Value::Code(_)) {
                out.push(x.clone());
            }
        });
    }
    Ok(Value::List(Rc::new(List::new(out))))
}

/// `sys.getrefcount(obj)`: the object's reference count, the argument's own included.
pub(crate) fn getrefcount(_interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(v.strong_count() as i64))
}

/// `sys.unraisablehook(args)`'s default: prints as `write_unraisable` does without a hook.
pub(crate) fn default_unraisablehook(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(a)) = args.pos.first() else {
        return Err(interp.type_error("sys.unraisablehook expects an UnraisableHookArgs"));
    };
    let obj = a.dict.get_str("object").unwrap_or(Value::None);
    if let Some(Value::Exception(exc)) = a.dict.get_str("exc_value") {
        interp.print_unraisable(&exc, &obj)?;
    }
    Ok(Value::None)
}

fn set_callbacks(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    interp.gc.callbacks = args.pos.first().cloned();
    Ok(Value::None)
}

impl Interpreter {
    /// A collection with the callbacks of `gc.callbacks` around it, as CPython runs them.
    pub(crate) fn collect_with_callbacks(&mut self, generation: usize) -> PyResult<usize> {
        let callbacks = match &self.gc.callbacks {
            Some(Value::List(l)) if !l.is_empty() => Some(l.to_vec()),
            _ => None,
        };
        if let Some(callbacks) = &callbacks {
            self.run_gc_callbacks(callbacks, "start", generation, 0)?;
        }
        let found = self.collect_finalizing(generation)?;
        if let Some(callbacks) = &callbacks {
            self.run_gc_callbacks(callbacks, "stop", generation, found)?;
        }
        Ok(found)
    }

    /// A collection that also runs the finalizers of the garbage it finds and then frees
    /// what they left unreachable, as one `gc.collect()` does in CPython.
    pub(crate) fn collect_finalizing(&mut self, generation: usize) -> PyResult<usize> {
        let found = self.collect_garbage(generation);
        if self.finalizers.pending() {
            self.run_finalizers()?;
            self.collect_garbage(generation);
            self.run_finalizers()?;
        }
        Ok(found)
    }

    fn run_gc_callbacks(
        &mut self,
        callbacks: &[Value],
        phase: &str,
        generation: usize,
        collected: usize,
    ) -> PyResult<()> {
        for cb in callbacks {
            let info = Dict::new();
            info.set_str("generation", Value::Int(generation as i64));
            info.set_str("collected", Value::Int(collected as i64));
            info.set_str("uncollectable", Value::Int(0));
            let args = Args::positional(vec![Value::str(phase), Value::Dict(Rc::new(info))]);
            if let Err(e) = self.call_value(cb, args) {
                self.write_unraisable(e, cb)?;
            }
        }
        Ok(())
    }

    /// Reports an exception raised where nothing can catch it (a finalizer, a weak reference
    /// callback, a collector callback) as CPython does: through `sys.unraisablehook` once
    /// `sys` is imported, whose default prints `Exception ignored in: <obj>` and the traceback
    /// on stderr; the program goes on. A limit is not an exception: it stops the program.
    pub(crate) fn write_unraisable(&mut self, e: PyErr, obj: &Value) -> PyResult<()> {
        let exc = match e {
            PyErr::Limit(..) => return Err(e),
            PyErr::Exception(exc) => exc,
        };
        let hook = match self.modules.get_str("sys") {
            Some(Value::Instance(sys)) => sys.dict.get_str("unraisablehook"),
            _ => None,
        };
        let Some(hook) = hook else {
            return self.print_unraisable(&exc, obj);
        };
        let d = Dict::new();
        d.set_str("exc_type", Value::Type(exc.ty.clone()));
        d.set_str("exc_value", Value::Exception(exc.clone()));
        d.set_str("exc_traceback", Value::None);
        d.set_str("err_msg", Value::None);
        d.set_str("object", obj.clone());
        let class = self.internal_type("UnraisableHookArgs");
        let args = crate::object::Instance::new(class, Rc::new(d), None);
        let args = Value::Instance(Rc::new(args));
        match self.call_value(&hook, Args::positional(vec![args])) {
            Ok(_) => Ok(()),
            Err(PyErr::Exception(_)) => self.print_unraisable(&exc, obj),
            Err(limit) => Err(limit),
        }
    }

    /// The default report of an unraisable exception.
    fn print_unraisable(&mut self, exc: &Rc<ExceptionObject>, obj: &Value) -> PyResult<()> {
        let what = self
            .repr(obj)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        let text = format!(
            "Exception ignored in: {what}\n{}",
            self.format_exception(exc)
        );
        self.write_output(crate::api::Stream::Stderr, text.as_bytes())
    }
}
