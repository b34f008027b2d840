//! Finalizers (`__del__`) and weak references.
//!
//! An instance of a class with `__del__` that loses its last reference is resurrected: its
//! contents move into a new instance (marked finalized, so it is finalized once, as PEP 442
//! has it), which waits in the interpreter's queue until the loop can run Python code (before
//! the next call, at the next check of the limits, at the end of a program). Weak references
//! are handles holding a `Weak` to their referent; those to an instance are registered by
//! the referent's address, and the instance's death queues their callbacks the same way.
//! The queue is reached from the instance through its class, so no global state is needed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::bytecode::Code;
use crate::object::{BoundMethod, BuiltinFunction, Dict, Function, Instance, Set, Type};
use crate::value::Value;
use crate::vm::Generator;

/// The instance has had its `__del__` called (or queued).
pub const FINALIZED: u8 = 1;
/// Weak references to the instance exist (it is in `Finalizers::watched`).
pub const WEAKLY_REFERENCED: u8 = 2;
/// The instance is registered with the cycle collector (see `Collector::track_instance`).
pub const TRACKED: u8 = 4;

/// Work for the loop: a finalizer to call, or a weak reference's callback.
pub enum Pending {
    Del(Rc<Instance>),
    Callback { callback: Value, wref: Value },
}

/// One interpreter's pending finalizers and its weak references by referent.
#[derive(Default)]
pub struct Finalizers {
    queue: RefCell<Vec<Pending>>,
    pending: Cell<bool>,
    /// Every weak reference handle, by the address of its referent.
    watched: RefCell<HashMap<usize, Vec<Weak<WeakRef>>>>,
}

impl Finalizers {
    #[inline]
    pub fn pending(&self) -> bool {
        self.pending.get()
    }

    pub fn push(&self, p: Pending) {
        if let Ok(mut q) = self.queue.try_borrow_mut() {
            q.push(p);
            self.pending.set(true);
        }
    }

    /// Everything queued so far.
    pub fn take(&self) -> Vec<Pending> {
        self.pending.set(false);
        self.queue
            .try_borrow_mut()
            .map(|mut q| std::mem::take(&mut *q))
            .unwrap_or_default()
    }

    /// Registers a new handle to the object at `addr`.
    pub fn watch(&self, addr: usize, handle: &Rc<WeakRef>) {
        let mut w = self.watched.borrow_mut();
        let list = w.entry(addr).or_default();
        list.retain(|h| h.strong_count() > 0);
        list.push(Rc::downgrade(handle));
    }

    /// The live handles to the object at `addr` whose referent is alive.
    pub fn handles(&self, addr: usize) -> Vec<Rc<WeakRef>> {
        self.watched.borrow().get(&addr).map_or_else(Vec::new, |l| {
            l.iter()
                .filter_map(Weak::upgrade)
                .filter(|h| h.target.alive())
                .collect()
        })
    }

    /// The object at `addr` died: the callbacks of its live handles are queued.
    pub fn referent_died(&self, addr: usize) {
        let Some(list) = self
            .watched
            .try_borrow_mut()
            .ok()
            .and_then(|mut w| w.remove(&addr))
        else {
            return;
        };
        for h in list.iter().rev().filter_map(Weak::upgrade) {
            self.queue_callback(&h);
        }
    }

    fn queue_callback(&self, h: &WeakRef) {
        let callback = h.callback.borrow_mut().take();
        let owner = h.owner.borrow().upgrade();
        if let (Some(callback), Some(owner)) = (callback, owner) {
            self.push(Pending::Callback {
                callback,
                wref: Value::Instance(owner),
            });
        }
    }

    /// Finds referents other than instances that died (they tell no one): their handles'
    /// callbacks are queued and their entries dropped.
    pub fn poll(&self) {
        let dead: Vec<usize> = match self.watched.try_borrow() {
            Ok(w) => w
                .iter()
                .filter(|(_, l)| {
                    l.iter()
                        .filter_map(Weak::upgrade)
                        .any(|h| !h.target.alive())
                        || l.iter().all(|h| h.strong_count() == 0)
                })
                .map(|(a, _)| *a)
                .collect(),
            Err(_) => return,
        };
        for addr in dead {
            self.referent_died(addr);
        }
    }
}

/// What a weak reference refers to.
pub enum WeakTarget {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Type(Weak<Type>),
    Set(Weak<Set>),
    FrozenSet(Weak<Set>),
    Generator(Weak<RefCell<Generator>>),
    BoundMethod(Weak<BoundMethod>),
    Builtin(Weak<BuiltinFunction>),
    Code(Weak<Code>),
}

impl WeakTarget {
    /// The weak form of `v`, if objects of its kind can be weakly referenced (as in CPython,
    /// not ints, strings, tuples, lists or dicts).
    pub fn of(v: &Value) -> Option<WeakTarget> {
        Some(match v {
            Value::Instance(x) => WeakTarget::Instance(Rc::downgrade(x)),
            Value::Function(x) => WeakTarget::Function(Rc::downgrade(x)),
            Value::Type(x) => WeakTarget::Type(Rc::downgrade(x)),
            Value::Set(x) => WeakTarget::Set(Rc::downgrade(x)),
            Value::FrozenSet(x) => WeakTarget::FrozenSet(Rc::downgrade(x)),
            Value::Generator(x) => WeakTarget::Generator(Rc::downgrade(x)),
            Value::BoundMethod(x) => WeakTarget::BoundMethod(Rc::downgrade(x)),
            Value::Builtin(x) => WeakTarget::Builtin(Rc::downgrade(x)),
            Value::Code(x) => WeakTarget::Code(Rc::downgrade(x)),
            _ => return None,
        })
    }

    pub fn get(&self) -> Option<Value> {
        match self {
            WeakTarget::Instance(w) => w.upgrade().map(Value::Instance),
            WeakTarget::Function(w) => w.upgrade().map(Value::Function),
            WeakTarget::Type(w) => w.upgrade().map(Value::Type),
            WeakTarget::Set(w) => w.upgrade().map(Value::Set),
            WeakTarget::FrozenSet(w) => w.upgrade().map(Value::FrozenSet),
            WeakTarget::Generator(w) => w.upgrade().map(Value::Generator),
            WeakTarget::BoundMethod(w) => w.upgrade().map(Value::BoundMethod),
            WeakTarget::Builtin(w) => w.upgrade().map(Value::Builtin),
            WeakTarget::Code(w) => w.upgrade().map(Value::Code),
        }
    }

    pub fn alive(&self) -> bool {
        match self {
            WeakTarget::Instance(w) => w.strong_count() > 0,
            WeakTarget::Function(w) => w.strong_count() > 0,
            WeakTarget::Type(w) => w.strong_count() > 0,
            WeakTarget::Set(w) | WeakTarget::FrozenSet(w) => w.strong_count() > 0,
            WeakTarget::Generator(w) => w.strong_count() > 0,
            WeakTarget::BoundMethod(w) => w.strong_count() > 0,
            WeakTarget::Builtin(w) => w.strong_count() > 0,
            WeakTarget::Code(w) => w.strong_count() > 0,
        }
    }
}

/// A weak reference handle: what `weakref.ref` objects (written in Python) hold.
pub struct WeakRef {
    pub target: WeakTarget,
    /// The `weakref.ref` object holding this handle, which the callback receives.
    pub owner: RefCell<Weak<Instance>>,
    pub callback: RefCell<Option<Value>>,
}

impl std::fmt::Debug for WeakRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<weakref handle>")
    }
}

/// Called by `Instance::drop` when the instance has weak references or a `__del__`.
pub(crate) fn instance_dying(inst: &mut Instance) {
    let Some(fin) = inst.class.finalizers.clone() else {
        return;
    };
    let flags = inst.flags.get();
    if inst.class.has_del.get() && flags & FINALIZED == 0 {
        // Resurrected into a new instance that `__del__` receives.
        let obj = Instance {
            class: inst.class.clone(),
            dict: std::mem::replace(&mut inst.dict, Rc::new(Dict::new())),
            base: inst.base.take(),
            flags: Cell::new(FINALIZED),
        };
        fin.push(Pending::Del(Rc::new(obj)));
    }
    if flags & WEAKLY_REFERENCED != 0 {
        fin.referent_died(inst as *const Instance as usize);
    }
}

impl crate::interp::Interpreter {
    /// Runs what dropping a value queued (a finalizer, a weak reference callback), if anything:
    /// the loop calls it where a drop may have been the last reference.
    #[inline(always)]
    pub(crate) fn finalize_pending(&mut self) -> crate::interp::PyResult<()> {
        if self.finalizers.pending() {
            self.run_finalizers()?;
        }
        Ok(())
    }

    /// Drops `v` (a value the loop discards), then runs what that queued.
    #[inline(always)]
    pub(crate) fn drop_value(&mut self, v: Value) -> crate::interp::PyResult<()> {
        if v.is_inline() {
            std::mem::forget(v);
            return Ok(());
        }
        drop(v);
        self.finalize_pending()
    }

    /// Runs the finalizers and weak reference callbacks queued so far, and those they queue.
    /// An exception in one is reported as CPython reports it (`Exception ignored in: ...`)
    /// and the rest go on; a limit stops them all.
    #[cold]
    pub(crate) fn run_finalizers(&mut self) -> crate::interp::PyResult<()> {
        let fin = self.finalizers.clone();
        while fin.pending() {
            for p in fin.take() {
                match p {
                    Pending::Del(obj) => {
                        let Some(del) = obj.class.lookup("__del__") else {
                            continue;
                        };
                        // A resurrected instance is a new object: registered, so that a cycle
                        // `__del__` makes through it is still found.
                        self.gc.track_finalizable(&obj);
                        let args = crate::object::Args::positional(vec![Value::Instance(obj)]);
                        if let Err(e) = self.call_value(&del, args) {
                            self.write_unraisable(e, &del)?;
                        }
                    }
                    Pending::Callback { callback, wref } => {
                        let args = crate::object::Args::positional(vec![wref]);
                        if let Err(e) = self.call_value(&callback, args) {
                            self.write_unraisable(e, &callback)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

impl crate::interp::Interpreter {
    /// Runs the callbacks registered with `atexit`, last first; an exception in one is
    /// reported as CPython reports it and the others still run.
    pub(crate) fn run_atexit(&mut self) -> crate::interp::PyResult<()> {
        let handlers = match self.modules.get_str("atexit") {
            Some(Value::Instance(m)) => m.dict.get_str("_handlers"),
            _ => None,
        };
        let Some(Value::List(handlers)) = handlers else {
            return Ok(());
        };
        loop {
            let Some(entry) = handlers.borrow_mut().pop() else {
                return Ok(());
            };
            let Value::Tuple(t) = entry else {
                continue;
            };
            let [func, Value::Tuple(args), kwargs] = &t.items[..] else {
                continue;
            };
            let mut call = crate::object::Args::positional(args.items.to_vec());
            if let Value::Dict(kw) = kwargs {
                for (k, v) in kw.items() {
                    if let Value::Str(k) = k {
                        call.kw.push((k.as_str().into(), v));
                    }
                }
            }
            match self.call_value(func, call) {
                Ok(_) => {}
                Err(crate::interp::PyErr::Exception(e)) => {
                    let what = self
                        .repr(func)
                        .unwrap_or_else(|_| "<object repr() failed>".into());
                    let text = format!(
                        "Exception ignored in atexit callback: {what}\n{}",
                        self.format_exception(&e)
                    );
                    self.write_output(crate::api::Stream::Stderr, text.as_bytes())?;
                }
                Err(limit) => return Err(limit),
            }
        }
    }
}
