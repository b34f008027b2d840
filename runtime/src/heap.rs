//! The one walk of the heap: `trace` visits every strong reference an object holds, with one
//! function per kind of object selected by a `match` with no catch-all arm (Lua's `lgc.c` and
//! clox's `blackenObject` are the model), so a new kind cannot be forgotten. The memory limit
//! (`measure_heap`, from the roots) and the cycle collector (`gc.rs`, by trial deletion) both
//! walk with it.
//!
//! Heap accounting: allocation sites charge their size as they go; when the charges pass the
//! limit, the interpreter collects cyclic garbage and measures what is really live. So garbage
//! never counts against a program, and the walk's cost is paid only in proportion to
//! allocation, as a collector's would be.

use std::cell::RefCell;
use std::collections::HashSet;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::api::LimitKind;
use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{
    BoundMethod, BuiltinFunction, Dict, ExceptionObject, Function, Instance, IterState, List, Set,
    Slice, Tuple, Type,
};
use crate::value::{Cellref, Value};
use crate::vm::{Frame, Generator, OnReturn};

/// Fixed cost assumed for any heap object (its header and allocation).
const OBJECT_BYTES: u64 = 48;

/// A visitor of strong references.
pub(crate) type Visit<'a> = &'a mut dyn FnMut(&Value);

/// Calls `visit` once for every strong reference that `v`'s object holds: exactly once per
/// reference, as the collector's counting relies on (a reference visited that is not held
/// would make a live object look like garbage; one not visited only keeps garbage alive).
pub(crate) fn trace(v: &Value, visit: Visit) {
    match v {
        Value::Null
        | Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Long(_)
        | Value::Complex(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_) => {}
        Value::List(l) => trace_list(l, visit),
        Value::Tuple(t) => trace_tuple(t, visit),
        Value::Dict(d) => trace_dict(d, visit),
        Value::Set(s) | Value::FrozenSet(s) => trace_set(s, visit),
        Value::Slice(s) => trace_slice(s, visit),
        Value::Function(f) => trace_function(f, visit),
        Value::Builtin(b) => trace_builtin(b, visit),
        Value::BoundMethod(m) => trace_bound_method(m, visit),
        Value::Type(t) => trace_type(t, visit),
        Value::Exception(e) => trace_exception(e, visit),
        Value::Instance(i) => trace_instance(i, visit),
        Value::Iter(it) => trace_iter(it, visit),
        Value::Generator(g) => trace_generator(g, visit),
        Value::Cell(c) => trace_cell(c, visit),
        Value::Code(c) => trace_code(c, visit),
        Value::WeakRef(w) => trace_weakref(w, visit),
        // Items of an array are numbers kept as bytes: no references.
        Value::Array(_) => {}
    }
}

/// Visits an `Rc` held outside a `Value` as the `Value` that would hold it, without touching
/// its count.
fn view<T>(rc: &Rc<T>, wrap: fn(Rc<T>) -> Value, visit: Visit) {
    // SAFETY: a bitwise copy of the `Rc`, never dropped (`ManuallyDrop`), that lives only for
    // the call while `rc` is borrowed: the count is exactly what it was, and a clone made
    // through the view counts like a clone of `rc`.
    let v = ManuallyDrop::new(wrap(unsafe { std::ptr::read(rc) }));
    visit(&v);
}

fn trace_list(l: &List, visit: Visit) {
    if let Ok(items) = l.items_cell().try_borrow() {
        items.iter().for_each(&mut *visit);
    }
}

fn trace_tuple(t: &Tuple<Value>, visit: Visit) {
    t.items.iter().for_each(&mut *visit);
}

fn trace_dict(d: &Dict, visit: Visit) {
    if let Some(map) = d.try_borrow() {
        for (k, v) in map.iter() {
            visit(&k.value);
            visit(v);
        }
    }
}

fn trace_set(s: &Set, visit: Visit) {
    if let Some(map) = s.try_borrow() {
        map.keys().for_each(|k| visit(&k.value));
    }
}

fn trace_slice(s: &Slice, visit: Visit) {
    visit(&s.start);
    visit(&s.stop);
    visit(&s.step);
}

fn trace_cells(cells: &Rc<[Cellref]>, visit: Visit) {
    // The slice of cells is itself shared between a function and its frames; its cells are
    // visited only when one owner holds it, so that each reference is visited once.
    if Rc::strong_count(cells) == 1 {
        for c in cells.iter() {
            view(c, Value::Cell, visit);
        }
    }
}

fn trace_function(f: &Function, visit: Visit) {
    view(&f.code, Value::Code, visit);
    view(&f.globals, Value::Dict, visit);
    f.defaults.borrow().iter().for_each(&mut *visit);
    if let Some(kw) = &f.kwdefaults {
        view(kw, Value::Dict, visit);
    }
    trace_cells(&f.closure, visit);
    trace_dict(&f.dict, visit);
}

fn trace_builtin(b: &BuiltinFunction, visit: Visit) {
    if let Some(r) = &b.receiver {
        visit(r);
    }
}

fn trace_bound_method(m: &BoundMethod, visit: Visit) {
    visit(&m.func);
    visit(&m.receiver);
}

fn trace_type(t: &Type, visit: Visit) {
    trace_dict(t.dict.raw(), visit);
    for b in t.bases.iter().chain(t.mro.iter()) {
        view(b, Value::Type, visit);
    }
    if let Ok(meta) = t.metaclass.try_borrow() {
        if let Some(m) = &*meta {
            view(m, Value::Type, visit);
        }
    }
    t.cache.trace(visit);
}

fn trace_exception(e: &ExceptionObject, visit: Visit) {
    view(&e.ty, Value::Type, visit);
    if let Ok(args) = e.args.try_borrow() {
        args.iter().for_each(&mut *visit);
    }
    if let Ok(tb) = e.traceback.try_borrow() {
        tb.iter()
            .for_each(|entry| view(&entry.code, Value::Code, visit));
    }
    for slot in [&e.cause, &e.context] {
        if let Ok(slot) = slot.try_borrow() {
            if let Some(x) = &*slot {
                visit(x);
            }
        }
    }
    trace_dict(&e.dict, visit);
}

fn trace_instance(i: &Instance, visit: Visit) {
    view(&i.class, Value::Type, visit);
    // An instance's own dict (never registered with the collector) is part of it, as
    // CPython's managed dicts are; one shared with `obj.__dict__` holders is a reference.
    if Rc::strong_count(&i.dict) == 1 {
        trace_dict(&i.dict, visit);
    } else {
        view(&i.dict, Value::Dict, visit);
    }
    if let Some(b) = &i.base {
        visit(b);
    }
}

fn trace_iter(it: &RefCell<IterState>, visit: Visit) {
    let Ok(state) = it.try_borrow() else {
        return;
    };
    match &*state {
        IterState::List { list, .. } | IterState::ListReversed { list, .. } => {
            view(list, Value::List, visit)
        }
        IterState::Tuple { tuple, .. } => view(tuple, Value::Tuple, visit),
        IterState::Bytes { bytes, .. } => view(bytes, Value::Bytes, visit),
        IterState::Str { s, .. } => view(s, Value::Str, visit),
        IterState::Array { array, .. } => view(array, Value::Array, visit),
        IterState::Dict { dict, .. } => view(dict, Value::Dict, visit),
        IterState::Values { items, .. } => items.iter().for_each(&mut *visit),
        IterState::Enumerate { inner, count } => {
            visit(inner);
            visit(count);
        }
        IterState::Zip { iters, .. } => iters.iter().for_each(&mut *visit),
        IterState::Map { func, iters } => {
            visit(func);
            iters.iter().for_each(&mut *visit);
        }
        IterState::Filter { func, inner } => {
            visit(func);
            visit(inner);
        }
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
        IterState::Seq { obj, .. } => visit(obj),
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

pub(crate) fn trace_frame(f: &Frame, visit: Visit) {
    view(&f.code, Value::Code, visit);
    f.locals.iter().for_each(&mut *visit);
    trace_cells(&f.cells, visit);
    view(&f.globals, Value::Dict, visit);
    if let Some(ns) = &f.namespace {
        view(ns, Value::Dict, visit);
    }
    match &f.on_return {
        OnReturn::Construct(x) => visit(x),
        OnReturn::Push | OnReturn::Discard => {}
    }
}

fn trace_generator(g: &RefCell<Generator>, visit: Visit) {
    let Ok(g) = g.try_borrow() else {
        return;
    };
    if let Some(f) = &g.frame {
        trace_frame(f, visit);
        f.stack.iter().for_each(&mut *visit);
    }
    if let Some(step) = &g.step {
        view(&step.agen, Value::Generator, visit);
        if let Some(Ok(x)) = &step.start {
            visit(x);
        }
    }
    if let Some(c) = &g.code {
        view(c, Value::Code, visit);
    }
}

fn trace_cell(c: &Cellref, visit: Visit) {
    if let Ok(slot) = c.try_borrow() {
        if let Some(x) = &*slot {
            visit(x);
        }
    }
}

fn trace_code(c: &Code, visit: Visit) {
    // The lookup caches also hold values; they are not visited, which only keeps what they
    // hold alive until they are refilled.
    c.consts.iter().for_each(&mut *visit);
}

fn trace_weakref(w: &crate::object::finalize::WeakRef, visit: Visit) {
    // The referent and the owner are held weakly; the callback strongly.
    if let Ok(cb) = w.callback.try_borrow() {
        if let Some(x) = &*cb {
            visit(x);
        }
    }
}

/// The bytes an object occupies itself, not counting the objects it refers to.
fn shallow_bytes(v: &Value) -> u64 {
    let own = match v {
        Value::Null
        | Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_) => return 0,
        Value::Long(b) => b.bits() / 8,
        Value::Complex(_) | Value::Range(_) | Value::Slice(_) | Value::BoundMethod(_) => 0,
        Value::Str(s) => s.as_str().len() as u64,
        Value::Bytes(b) => b.len() as u64,
        Value::List(l) => l.items_cell().try_borrow().map_or(0, |i| i.capacity()) as u64 * 16,
        Value::Tuple(t) => t.len() as u64 * 16,
        Value::Dict(d) => dict_bytes(d),
        Value::Set(s) | Value::FrozenSet(s) => {
            s.try_borrow().map_or(0, |m| m.capacity()) as u64 * 24
        }
        Value::Function(f) => f.defaults.borrow().len() as u64 * 16 + dict_bytes(&f.dict),
        Value::Builtin(_) => 0,
        Value::Type(t) => dict_bytes(t.dict.raw()),
        Value::Exception(e) => {
            e.args.try_borrow().map_or(0, |a| a.len()) as u64 * 16
                + e.traceback.try_borrow().map_or(0, |t| t.len()) as u64 * 16
                + dict_bytes(&e.dict)
        }
        Value::Instance(i) if Rc::strong_count(&i.dict) == 1 => dict_bytes(&i.dict),
        Value::Instance(_) => 0,
        Value::Iter(it) => match it.try_borrow().as_deref() {
            Ok(IterState::Values { items, .. }) => items.capacity() as u64 * 16,
            _ => 0,
        },
        Value::Generator(g) => g.try_borrow().map_or(0, |g| {
            g.frame.as_ref().map_or(0, |f| {
                (f.locals.capacity() + f.stack.capacity()) as u64 * 16
            })
        }),
        Value::Cell(_) => 0,
        Value::Code(c) => c.ops.len() as u64 * 8 + c.source.len() as u64,
        Value::WeakRef(_) => 0,
        Value::Array(a) => a.data.try_borrow().map_or(0, |d| d.capacity()) as u64,
    };
    OBJECT_BYTES + own
}

fn dict_bytes(d: &Dict) -> u64 {
    d.try_borrow().map_or(0, |m| m.capacity()) as u64 * 40
}

impl Interpreter {
    /// Charges `bytes` of new heap, failing with the memory limit if the live heap is over it
    /// once cyclic garbage has been collected.
    pub(crate) fn charge(&mut self, bytes: u64) -> PyResult<()> {
        self.charge_holding(bytes, 0)
    }

    /// [`charge`](Self::charge) for an operation that holds `held` bytes, charged in its
    /// earlier steps, where measuring the heap cannot see them (the items of an iterable being
    /// collected into a vector): a re-measure counts them too, else each re-measure would forget
    /// all but the last step and the vector could grow past the limit.
    pub(crate) fn charge_holding(&mut self, bytes: u64, held: u64) -> PyResult<()> {
        // Building that much took work in proportion: count it as fuel too.
        self.charge_scan(bytes as usize)?;
        self.heap_bytes = self.heap_bytes.saturating_add(bytes);
        let Some(max) = self.limits.max_heap_bytes else {
            return Ok(());
        };
        if self.heap_bytes <= max {
            return Ok(());
        }
        self.collect_garbage(2);
        let live = self.measure_heap();
        self.heap_bytes = live.saturating_add(held).saturating_add(bytes);
        if self.heap_bytes > max {
            return Err(PyErr::Limit(
                LimitKind::HeapBytes,
                format!(
                    "the heap grew past {max} bytes ({} needed)",
                    self.heap_bytes
                ),
            ));
        }
        Ok(())
    }

    /// Calls `visit` with every root: what the running code and the interpreter itself hold.
    pub(crate) fn trace_roots(&self, visit: Visit) {
        self.stack.iter().for_each(&mut *visit);
        self.handled.iter().for_each(&mut *visit);
        view(&self.main_globals, Value::Dict, visit);
        view(&self.modules, Value::Dict, visit);
        view(&self.builtins, Value::Dict, visit);
        for f in self
            .frames
            .iter()
            .chain(self.parked.iter().map(|f| &f.frame))
        {
            trace_frame(f, visit);
        }
        if let Some(p) = &self.parked {
            p.stack.iter().for_each(&mut *visit);
        }
        self.threads.trace(visit);
        self.types.trace(visit);
        self.gc.trace_roots(visit);
    }

    /// The bytes reachable from this interpreter's roots.
    pub(crate) fn measure_heap(&self) -> u64 {
        let mut seen: HashSet<usize> = HashSet::new();
        let mut work: Vec<Value> = Vec::new();
        let mut total = 0u64;
        let mut push = |x: &Value, work: &mut Vec<Value>| {
            if !x.is_inline() && seen.insert(x.id() as usize) {
                work.push(x.clone());
            }
        };
        self.trace_roots(&mut |x| push(x, &mut work));
        while let Some(v) = work.pop() {
            total += shallow_bytes(&v);
            let mut children = Vec::new();
            trace(&v, &mut |x| push(x, &mut children));
            work.append(&mut children);
        }
        total
    }
}
