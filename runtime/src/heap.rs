//! Heap accounting for the memory limit. Allocation sites charge their size as they go; when
//! the charges pass the limit, the interpreter measures what is really live by walking the
//! object graph from its roots (the mark phase of a collector, without the sweep). So garbage
//! freed by reference counting never counts against a program, and the walk's cost is paid
//! only in proportion to allocation, as a collector's would be.

use std::collections::HashSet;

use crate::api::LimitKind;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::value::Value;

/// Fixed cost assumed for any heap object (its header and allocation).
const OBJECT_BYTES: u64 = 48;

impl Interpreter {
    /// Charges `bytes` of new heap, failing with the memory limit if the live heap is over it.
    pub(crate) fn charge(&mut self, bytes: u64) -> PyResult<()> {
        // Building that much took work in proportion: count it as fuel too.
        self.charge_scan(bytes as usize)?;
        self.heap_bytes = self.heap_bytes.saturating_add(bytes);
        let Some(max) = self.limits.max_heap_bytes else {
            return Ok(());
        };
        if self.heap_bytes <= max {
            return Ok(());
        }
        let live = self.measure_heap();
        self.heap_bytes = live.saturating_add(bytes);
        if self.heap_bytes > max {
            return Err(PyErr::Limit(
                LimitKind::HeapBytes,
                format!("the heap grew past {max} bytes ({} live)", self.heap_bytes),
            ));
        }
        Ok(())
    }

    /// The bytes reachable from this interpreter's roots.
    pub(crate) fn measure_heap(&self) -> u64 {
        let mut seen: HashSet<usize> = HashSet::new();
        let mut work: Vec<Value> = Vec::new();
        let mut total = 0u64;
        work.extend(self.stack.iter().cloned());
        work.extend(self.handled.iter().cloned());
        work.push(Value::Dict(self.main_globals.clone()));
        work.push(Value::Dict(self.modules.clone()));
        for f in self.frames.iter().chain(self.parked.iter().map(|f| &**f)) {
            work.extend(f.locals.iter().cloned());
            work.extend(f.saved_stack.iter().cloned());
            work.push(Value::Dict(f.globals.clone()));
            if let Some(ns) = &f.namespace {
                work.push(Value::Dict(ns.clone()));
            }
            for c in f.cells.iter() {
                if let Some(v) = c.borrow().clone() {
                    work.push(v);
                }
            }
        }
        while let Some(v) = work.pop() {
            let id = v.id() as usize;
            // Complex numbers are heap objects too since `Value` boxes them.
            if v.is_inline() || !seen.insert(id) {
                continue;
            }
            total += OBJECT_BYTES;
            match &v {
                Value::Long(b) => total += b.bits() / 8,
                Value::Str(s) => total += s.as_str().len() as u64,
                Value::Bytes(b) => total += b.len() as u64,
                Value::List(l) => {
                    let items = l.borrow();
                    total += items.capacity() as u64 * 16;
                    work.extend(items.iter().filter(|x| is_container(x)).cloned());
                    total += items
                        .iter()
                        .filter(|x| !is_container(x))
                        .map(leaf_bytes)
                        .sum::<u64>();
                }
                Value::Tuple(t) => {
                    total += t.len() as u64 * 16;
                    work.extend(t.items.iter().cloned());
                }
                Value::Dict(d) => {
                    let map = d.borrow();
                    total += map.capacity() as u64 * 40;
                    for (k, val) in map.iter() {
                        work.push(k.value.clone());
                        work.push(val.clone());
                    }
                }
                Value::Set(s) | Value::FrozenSet(s) => {
                    let map = s.borrow();
                    total += map.capacity() as u64 * 24;
                    work.extend(map.keys().map(|k| k.value.clone()));
                }
                Value::Function(f) => {
                    work.extend(f.defaults.iter().cloned());
                    for c in f.closure.iter() {
                        if let Some(x) = c.borrow().clone() {
                            work.push(x);
                        }
                    }
                }
                Value::BoundMethod(m) => {
                    work.push(m.receiver.clone());
                    work.push(m.func.clone());
                }
                Value::Instance(i) => {
                    if let Some(b) = &i.base {
                        work.push(b.clone());
                    }
                    let map = i.dict.borrow();
                    total += map.capacity() as u64 * 40;
                    for (k, val) in map.iter() {
                        work.push(k.value.clone());
                        work.push(val.clone());
                    }
                }
                Value::Exception(e) => work.extend(e.args.borrow().iter().cloned()),
                Value::Generator(g) => {
                    if let Some(f) = &g.borrow().frame {
                        work.extend(f.locals.iter().cloned());
                        work.extend(f.saved_stack.iter().cloned());
                    }
                }
                Value::Iter(_)
                | Value::Type(_)
                | Value::Cell(_)
                | Value::Code(_)
                | Value::Range(_)
                | Value::Slice(_)
                | Value::Builtin(_) => {}
                _ => {}
            }
        }
        total
    }
}

/// Whether a list element needs visiting (it may hold more objects), or can be sized at once.
fn is_container(v: &Value) -> bool {
    !matches!(
        v,
        Value::Str(_)
            | Value::Long(_)
            | Value::Bytes(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::None
    )
}

/// The size of a list element that holds no references (strings shared between lists may be
/// counted twice: the measure errs on the side of the limit).
fn leaf_bytes(v: &Value) -> u64 {
    match v {
        Value::Str(s) => OBJECT_BYTES + s.as_str().len() as u64,
        Value::Long(b) => OBJECT_BYTES + b.bits() / 8,
        Value::Bytes(b) => OBJECT_BYTES + b.len() as u64,
        _ => 0,
    }
}
