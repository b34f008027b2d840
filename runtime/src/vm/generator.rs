//! Generators and coroutines: a suspended `Frame` kept in a heap object and resumed by pushing
//! it back on the frame stack. `send`, `throw` and `close` follow PEP 342. Asynchronous
//! generators and the awaitables their methods return are in `generator/async_step.rs`.

mod async_step;

pub use async_step::AsyncStep;

use std::cell::RefCell;
use std::mem::MaybeUninit;
use std::rc::Rc;

use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Function};
use crate::value::Value;

use super::{Exit, Frame};

/// What a sub-generator did with an exception thrown through `yield from`.
enum Delegated {
    Yielded(Value),
    Returned(Value),
}

/// Which of the objects built on a suspended frame this is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// A `def` with `yield`.
    Generator,
    /// An `async def` without `yield`.
    Coroutine,
    /// An `async def` with `yield` (PEP 525).
    AsyncGenerator,
    /// The awaitable that an asynchronous generator's `__anext__`, `asend`, `athrow` or
    /// `aclose` returns; it has no frame of its own (see `AsyncStep`).
    AsyncStep,
}

/// A generator's frame while it is not running, with its operand stack: the frame alone is
/// what the frame stack holds (kept small, since every call moves one), the stack is what a
/// yield saved. Reads of the frame go through to it.
pub struct Suspended {
    pub frame: Frame,
    pub stack: Vec<Value>,
}

impl std::ops::Deref for Suspended {
    type Target = Frame;

    fn deref(&self) -> &Frame {
        &self.frame
    }
}

impl std::ops::DerefMut for Suspended {
    fn deref_mut(&mut self) -> &mut Frame {
        &mut self.frame
    }
}

pub struct Generator {
    /// The suspended frame; `None` while running and once finished.
    /// Boxed, so that handing it over on every resume and yield moves a pointer.
    pub frame: Option<Box<Suspended>>,
    pub running: bool,
    pub started: bool,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub kind: GenKind,
    /// What an `AsyncStep` drives; `None` for every other kind.
    pub step: Option<Box<AsyncStep>>,
    /// The code it runs (`gi_code`); `None` for an `AsyncStep`.
    pub code: Option<Rc<Code>>,
    /// Registered with the cycle collector. One called with atoms only (most coroutines of an
    /// `await`ed call, which also finish without suspending) is registered at its first
    /// suspension instead: until it runs, nothing it holds can lead back to it but its
    /// globals, and the collector sees through it.
    pub tracked: bool,
}

impl Generator {
    /// The Python type name: `generator`, `coroutine`, `async_generator`, or the name of the
    /// awaitable an asynchronous generator method returned.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
            GenKind::AsyncStep => self
                .step
                .as_ref()
                .map_or("async_generator_asend", |s| s.name),
        }
    }
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator {}>", self.qualname)
    }
}

/// What a resumed generator did.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

impl Interpreter {
    pub(crate) fn new_generator(&mut self, frame: Frame, f: &Rc<Function>) -> Value {
        // Called with atoms only and no cells, it cannot be part of a cycle until it runs.
        let tracked =
            !frame.cells.is_empty() || frame.locals.iter().any(|v| !crate::gc::is_atom(v));
        let g = Rc::new(RefCell::new(Generator {
            frame: Some(Box::new(Suspended {
                frame,
                stack: Vec::new(),
            })),
            running: false,
            started: false,
            name: f.name.clone(),
            qualname: f.qualname.clone(),
            kind: match (
                f.code.has_flag(Code::COROUTINE),
                f.code.has_flag(Code::GENERATOR),
            ) {
                (true, true) => GenKind::AsyncGenerator,
                (true, false) => GenKind::Coroutine,
                _ => GenKind::Generator,
            },
            step: None,
            code: Some(f.code.clone()),
            tracked,
        }));
        if tracked {
            self.gc.track_generator(&g);
        }
        Value::Generator(g)
    }

    /// Saves the top frame's operand stack and parks the frame for its generator.
    pub(super) fn suspend(&mut self, fi: usize, v: Value) -> Exit {
        let frame = self.frames.pop().expect("a generator frame");
        debug_assert_eq!(fi, self.frames.len());
        // Into a vector of an earlier yield, which keeps its capacity.
        let base = frame.stack_base.min(self.stack.len());
        let mut stack = self.saved_stacks.pop().unwrap_or_default();
        super::call::move_tail(&mut self.stack, base, &mut stack);
        self.handled.truncate(frame.handled_base);
        let spare = self.frame_boxes.pop().unwrap_or_else(Box::new_uninit);
        self.parked = Some(Box::write(spare, Suspended { frame, stack }));
        Exit::Yield(v)
    }

    /// Resumes `g`, sending `sent` (the value of the paused `yield`), or raising `throw` there.
    pub(crate) fn gen_resume(
        &mut self,
        g: &Rc<RefCell<Generator>>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Sent> {
        if g.borrow().kind == GenKind::AsyncStep {
            return self.step_resume(g, sent, throw);
        }
        if throw.is_none() {
            if let Some(sub) = delegate(g) {
                return self.resume_through(g, &sub, sent);
            }
        }
        let mut frame = {
            let mut gb = g.borrow_mut();
            if gb.running {
                let what = gb.type_name();
                drop(gb);
                return Err(self.value_error(format!("{what} already executing")));
            }
            let Some(frame) = gb.frame.take() else {
                let kind = gb.kind;
                drop(gb);
                if let Some(e) = throw {
                    return Err(e);
                }
                if kind == GenKind::Coroutine {
                    return Err(self.err("RuntimeError", "cannot reuse already awaited coroutine"));
                }
                return Ok(Sent::Returned(Value::None));
            };
            if !gb.started && throw.is_none() && !sent.is_none() {
                gb.frame = Some(frame);
                let what = match gb.kind {
                    GenKind::AsyncGenerator => "async generator",
                    _ => gb.type_name(),
                };
                drop(gb);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            gb.running = true;
            frame
        };
        let (mut sent, mut throw) = (sent, throw);
        if let Some(e) = throw.take() {
            match self.throw_to_delegate(&mut frame, e) {
                Ok(Delegated::Yielded(v)) => {
                    let mut gb = g.borrow_mut();
                    gb.frame = Some(frame);
                    gb.running = false;
                    self.gc.track_suspended(g, &mut gb);
                    return Ok(Sent::Yielded(v));
                }
                Ok(Delegated::Returned(v)) => sent = v,
                Err(e) => throw = Some(e),
            }
        }
        let started = g.borrow().started;
        if started && throw.is_none() {
            frame.stack.push(sent);
        }
        g.borrow_mut().started = true;
        self.run_resumed(g, frame, throw)
    }

    /// Resumes `g`, paused in `yield from sub` where `sub` is a generator, by resuming `sub`
    /// alone: what it yields, `g` yields unchanged, so `g`'s frame stays parked and only the
    /// innermost generator of a chain of `yield from` runs (CPython resumes and suspends every
    /// frame of the chain for each value). `g` counts as running meanwhile, as in CPython.
    /// When `sub` returns or raises, `g`'s frame runs on from its `yield from` with that
    /// outcome, as the instruction would have.
    fn resume_through(
        &mut self,
        g: &Rc<RefCell<Generator>>,
        sub: &Rc<RefCell<Generator>>,
        sent: Value,
    ) -> PyResult<Sent> {
        if self.native_depth >= super::MAX_NATIVE_DEPTH {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        g.borrow_mut().running = true;
        self.native_depth += 1;
        self.delegations.push((self.frames.len(), g.clone()));
        let outcome = self.gen_resume(sub, sent, None);
        self.delegations.pop();
        self.native_depth -= 1;
        let mut gb = g.borrow_mut();
        gb.running = false;
        let (mut frame, throw) = match outcome {
            Ok(Sent::Yielded(v)) => return Ok(Sent::Yielded(v)),
            Ok(Sent::Returned(v)) => {
                let Some(mut frame) = gb.frame.take() else {
                    return Ok(Sent::Returned(Value::None));
                };
                // The `yield from` evaluates to the value `sub` returned.
                if let Some(top) = frame.stack.last_mut() {
                    *top = v;
                }
                (frame, None)
            }
            Err(e) => match gb.frame.take() {
                Some(frame) => (frame, Some(e)),
                None => return Err(e),
            },
        };
        gb.running = true;
        drop(gb);
        // Past the `yield from`, as when the instruction itself ends or raises.
        frame.frame.ip += 1;
        self.run_resumed(g, frame, throw)
    }

    /// Runs the frame of `g` (already holding the value sent in), or raises `throw` in it,
    /// until it yields, returns or raises.
    fn run_resumed(
        &mut self,
        g: &Rc<RefCell<Generator>>,
        frame: Box<Suspended>,
        throw: Option<PyErr>,
    ) -> PyResult<Sent> {
        let result = self.resume_with(frame, throw);
        let mut gb = g.borrow_mut();
        gb.running = false;
        match result {
            Ok(Exit::Yield(v)) => {
                gb.frame = self.parked.take();
                self.gc.track_suspended(g, &mut gb);
                Ok(Sent::Yielded(v))
            }
            Ok(Exit::Return(v)) => Ok(Sent::Returned(v)),
            Err(PyErr::Exception(e))
                if e.ty.is_builtin_subtype("StopIteration")
                    || (gb.kind == GenKind::AsyncGenerator
                        && e.ty.is_builtin_subtype("StopAsyncIteration")) =>
            {
                let what = match gb.kind {
                    GenKind::AsyncGenerator => "async generator",
                    _ => gb.type_name(),
                };
                drop(gb);
                let stop = e.ty.name.clone();
                let new = self.err("RuntimeError", format!("{what} raised {stop}"));
                if let PyErr::Exception(n) = &new {
                    *n.cause.borrow_mut() = Some(Value::Exception(e.clone()));
                    *n.context.borrow_mut() = Some(Value::Exception(e));
                    n.suppress_context.set(true);
                }
                Err(new)
            }
            Err(e) => Err(e),
        }
    }

    fn resume_with(&mut self, frame: Box<Suspended>, throw: Option<PyErr>) -> PyResult<Exit> {
        if self.native_depth >= super::MAX_NATIVE_DEPTH {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let Suspended {
            frame,
            stack: mut saved,
        } = unbox_frame(frame, &mut self.frame_boxes);
        self.push_frame(frame)?;
        self.stack.append(&mut saved);
        // The emptied vector is kept for a later yield.
        if self.saved_stacks.len() < SPARE_FRAME_BOXES {
            self.saved_stacks.push(saved);
        }
        self.native_depth += 1;
        let entry = self.frames.len() - 1;
        let result = match throw {
            Some(e) => match self.unwind(e, entry) {
                Ok(()) => self.run_loop(entry),
                Err(e) => Err(e),
            },
            None => self.run_loop(entry),
        };
        self.native_depth -= 1;
        result
    }

    /// An exception thrown into a generator paused in `yield from` goes to the sub-generator
    /// first (PEP 380): GeneratorExit closes it and then raises here; anything else is thrown
    /// into it, and what it yields, returns or raises becomes this generator's outcome.
    fn throw_to_delegate(&mut self, frame: &mut Suspended, e: PyErr) -> Result<Delegated, PyErr> {
        let delegating = matches!(
            frame.code.ops.get(frame.ip),
            Some(crate::bytecode::Op::YieldFrom)
        );
        let sub = match frame.stack.last().filter(|_| delegating) {
            Some(Value::Generator(sub)) => sub.clone(),
            Some(other) => {
                let other = other.clone();
                return self.throw_to_iterator(frame, &other, e);
            }
            None => return Err(e),
        };
        let is_exit = matches!(&e, PyErr::Exception(x)
            if x.ty.is_builtin_subtype("GeneratorExit"));
        if is_exit {
            self.gen_close(&sub)?;
            return Err(e);
        }
        match self.gen_resume(&sub, Value::None, Some(e))? {
            Sent::Yielded(v) => Ok(Delegated::Yielded(v)),
            Sent::Returned(v) => {
                // The sub-generator finished: `yield from` evaluates to its return value.
                frame.stack.pop();
                frame.ip += 1;
                Ok(Delegated::Returned(v))
            }
        }
    }

    /// `throw_to_delegate` for a sub-iterator that is not a generator: GeneratorExit calls its
    /// `close()` if it has one; anything else goes to its `throw()` if it has one, and is
    /// raised in the delegating generator otherwise.
    fn throw_to_iterator(
        &mut self,
        frame: &mut Suspended,
        it: &Value,
        e: PyErr,
    ) -> Result<Delegated, PyErr> {
        let PyErr::Exception(exc) = &e else {
            return Err(e);
        };
        if exc.ty.is_builtin_subtype("GeneratorExit") {
            if let Some(close) = self.get_attr_opt(it, "close")? {
                self.call_value(&close, Args::default())?;
            }
            return Err(e);
        }
        let Some(throw) = self.get_attr_opt(it, "throw")? else {
            return Err(e);
        };
        let args = Args::positional(vec![
            Value::Type(exc.ty.clone()),
            Value::Exception(exc.clone()),
            Value::None,
        ]);
        match self.call_value(&throw, args) {
            Ok(v) => Ok(Delegated::Yielded(v)),
            Err(PyErr::Exception(stop)) if stop.ty.is_builtin_subtype("StopIteration") => {
                frame.stack.pop();
                frame.ip += 1;
                let v = stop.args.borrow().first().cloned().unwrap_or(Value::None);
                Ok(Delegated::Returned(v))
            }
            Err(other) => Err(other),
        }
    }

    /// A snapshot of a generator's frame for `gi_frame`: None once it has finished.
    pub(crate) fn gen_frame(&self, g: &Rc<RefCell<Generator>>) -> Value {
        let gb = g.borrow();
        let Some(code) = gb.code.clone() else {
            return Value::None;
        };
        let dict = crate::object::Dict::new();
        let (line, locals) = match &gb.frame {
            Some(f) => {
                let line = match f.ip {
                    0 => code.firstlineno,
                    ip => code.lines.get(ip - 1).copied().unwrap_or(code.firstlineno),
                };
                let locals = crate::object::Dict::new();
                for (name, v) in code.varnames.iter().zip(f.locals.iter()) {
                    if !v.is_null() {
                        locals.set_str(name, v.clone());
                    }
                }
                dict.set_str("f_globals", Value::Dict(f.globals.clone()));
                (line, locals)
            }
            None if gb.running => (code.firstlineno, crate::object::Dict::new()),
            None => return Value::None,
        };
        dict.set_str("f_lineno", Value::Int(line as i64));
        dict.set_str("f_locals", Value::Dict(Rc::new(locals)));
        dict.set_str("f_code", Value::Code(code));
        dict.set_str("f_back", Value::None);
        let ty = self.frame_type();
        Value::Instance(Rc::new(crate::object::Instance::new(
            ty,
            Rc::new(dict),
            None,
        )))
    }

    /// A snapshot of the frame `depth` calls up the running thread's stack (0 is the frame
    /// that called the built-in asking), for `sys._getframe`. The frames below it are captured
    /// now, in one flat tuple of `FRAME_FIELDS` values each, which every snapshot of the chain
    /// shares; a caller's snapshot is made from it when `f_back` is first asked for
    /// (`frame_getattr`), and so is `f_locals`. logging asks for a frame on every record and
    /// reads only a few of its callers. None when the stack is not that deep.
    pub(crate) fn stack_frame(&self, depth: usize) -> Option<Value> {
        let mut stack =
            Vec::with_capacity((self.frames.len() + self.delegations.len()) * FRAME_FIELDS);
        let mut delegations = self.delegations.iter().peekable();
        for (i, f) in self.frames.iter().enumerate() {
            // The parked frames of generators resumed through (`resume_through`) come between
            // their caller and the generator they delegate to, as on CPython's frame chain.
            while let Some((_, g)) = delegations.next_if(|(at, _)| *at <= i) {
                if let Some(parked) = &g.borrow().frame {
                    capture_frame(&mut stack, &parked.frame, parked.frame.ip + 1);
                }
            }
            capture_frame(&mut stack, f, f.ip);
        }
        let top = (stack.len() / FRAME_FIELDS).checked_sub(1 + depth)?;
        stack.truncate((top + 1) * FRAME_FIELDS);
        let Value::Tuple(stack) = Value::tuple(stack) else {
            unreachable!("Value::tuple makes a tuple")
        };
        Some(self.frame_snapshot(&stack, top))
    }

    /// The `str` keys of a frame snapshot's dict (`FRAME_KEYS`), made once: a snapshot is
    /// made for every frame logging looks at.
    fn frame_keys(&self) -> &[Rc<crate::object::Str>] {
        self.frame_keys.get_or_init(|| {
            FRAME_KEYS
                .iter()
                .map(|(k, _)| Rc::new(crate::object::Str::new(k)))
                .collect()
        })
    }

    /// The snapshot of entry `index` of `stack` (as `stack_frame` captures it), which keeps
    /// the stack for its `f_back`.
    fn frame_snapshot(&self, stack: &Rc<crate::object::Tuple<Value>>, index: usize) -> Value {
        let keys = self.frame_keys();
        // Filled as a map and made a dict once: a logging call makes a few of these.
        let mut map =
            crate::object::DictMap::with_capacity_and_hasher(FRAME_KEYS.len(), Default::default());
        let mut set = |at: usize, v: Value| {
            let key = crate::object::DictKey {
                hash: FRAME_KEYS[at].1,
                value: Value::Str(keys[at].clone()),
            };
            map.insert(key, v);
        };
        if let Some([code, line, globals, lasti, locals]) = stack
            .items
            .get(index * FRAME_FIELDS..(index + 1) * FRAME_FIELDS)
        {
            set(0, code.clone());
            set(1, line.clone());
            set(2, globals.clone());
            set(3, lasti.clone());
            set(4, locals.clone());
        }
        set(5, Value::Tuple(stack.clone()));
        set(6, Value::Int(index as i64));
        Value::Instance(Rc::new(crate::object::Instance::new(
            self.frame_type(),
            Rc::new(crate::object::Dict::from_map(map)),
            None,
        )))
    }

    /// `exc.__traceback__`: a chain of `traceback` snapshots from the frame that caught the
    /// exception (outermost) to the one that raised it, each with a frame snapshot holding
    /// the code and line (the frame's globals and locals are not kept by the exception).
    pub(crate) fn traceback_chain(&self, entries: &[crate::object::TracebackEntry]) -> Value {
        let tb_type = self.snapshot_type("traceback");
        let frame_type = self.frame_type();
        let mut next = Value::None;
        // Entries are recorded while unwinding: the raising frame's first.
        for e in entries {
            let frame = crate::object::Dict::new();
            frame.set_str("f_code", Value::Code(e.code.clone()));
            frame.set_str("f_lineno", Value::Int(i64::from(e.line)));
            frame.set_str(
                "f_globals",
                Value::Dict(Rc::new(crate::object::Dict::new())),
            );
            frame.set_str("f_locals", Value::Dict(Rc::new(crate::object::Dict::new())));
            frame.set_str("f_back", Value::None);
            let tb = crate::object::Dict::new();
            tb.set_str(
                "tb_frame",
                Value::Instance(Rc::new(crate::object::Instance::new(
                    frame_type.clone(),
                    Rc::new(frame),
                    None,
                ))),
            );
            tb.set_str("tb_lineno", Value::Int(i64::from(e.line)));
            tb.set_str("tb_lasti", Value::Int(-1));
            tb.set_str("tb_next", next);
            next = Value::Instance(Rc::new(crate::object::Instance::new(
                tb_type.clone(),
                Rc::new(tb),
                None,
            )));
        }
        next
    }

    /// The `frame` type of `gi_frame` snapshots.
    fn frame_type(&self) -> Rc<crate::object::Type> {
        if let Some(t) = self.types.internal.borrow().get("frame") {
            return t.clone();
        }
        let t = self.snapshot_type("frame");
        crate::builtins::add_method(&t, "__getattr__", frame_getattr);
        t
    }

    /// The internal type `name` of frame and traceback snapshots, made on first use.
    fn snapshot_type(&self, name: &'static str) -> Rc<crate::object::Type> {
        if let Some(t) = self.types.internal.borrow().get(name) {
            return t.clone();
        }
        let t = crate::interp::new_type(
            name,
            crate::object::TypeKind::Other,
            Some(&self.types.object),
        );
        self.types.internal.borrow_mut().insert(name, t.clone());
        t
    }

    /// Sends a value into any iterator for `yield from`: generators get `send`, others `next`.
    #[inline(never)]
    pub(crate) fn send_to(&mut self, it: &Value, sent: Value) -> PyResult<Sent> {
        match it {
            Value::Generator(g) => {
                let g = g.clone();
                self.gen_resume(&g, sent, None)
            }
            other => {
                if !sent.is_none() {
                    let send = self.get_attr(other, "send")?;
                    return match self.call1(&send, sent) {
                        Ok(v) => Ok(Sent::Yielded(v)),
                        Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("StopIteration") => Ok(
                            Sent::Returned(e.args.borrow().first().cloned().unwrap_or(Value::None)),
                        ),
                        Err(e) => Err(e),
                    };
                }
                match self.iter_next_stop(other)? {
                    Ok(v) => Ok(Sent::Yielded(v)),
                    Err(ret) => Ok(Sent::Returned(ret)),
                }
            }
        }
    }

    /// `gen.close()`: raise GeneratorExit inside; it must not yield again.
    pub(crate) fn gen_close(&mut self, g: &Rc<RefCell<Generator>>) -> PyResult<Value> {
        if g.borrow().frame.is_none() {
            return Ok(Value::None);
        }
        if !g.borrow().started {
            g.borrow_mut().frame = None;
            return Ok(Value::None);
        }
        let exit = self.new_exception("GeneratorExit", vec![]);
        match self.gen_resume(g, Value::None, Some(exit)) {
            Ok(Sent::Yielded(_)) => {
                Err(self.err("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(Sent::Returned(_)) => Ok(Value::None),
            Err(PyErr::Exception(e))
                if e.ty.is_builtin_subtype("GeneratorExit")
                    || e.ty.is_builtin_subtype("StopIteration") =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// `mgr.__exit__` (bound) and `mgr.__enter__` as `LoadMethod` leaves a method: the
    /// function and `mgr`, or Null and the bound callable; the `__aexit__` and `__aenter__`
    /// pair for `async with`. The caller calls enter with `CallMethod` in its own loop, so that
    /// a thread switch inside it (a lock's `__enter__` waiting) stays possible.
    #[inline(never)]
    pub(crate) fn before_with(
        &mut self,
        mgr: &Value,
        is_async: bool,
    ) -> PyResult<(Value, Value, Value)> {
        let (enter, exit, what) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        let method = match self.lookup_method(mgr, enter)? {
            Some(m) => Some((m, mgr.clone())),
            None => self.get_attr_opt(mgr, enter)?.map(|b| (Value::Null, b)),
        };
        let exit = self.get_attr_opt(mgr, exit)?;
        let (Some((func, receiver)), Some(exit)) = (method, exit) else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the {what} protocol"
            )));
        };
        Ok((exit, func, receiver))
    }

    /// `obj.__aiter__()` for `async for`, with CPython's errors.
    #[inline(never)]
    pub(crate) fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        let Some(m) = self.get_attr_opt(obj, "__aiter__")? else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = self.call_value(&m, Args::positional(vec![]))?;
        if self.get_attr_opt(&it, "__anext__")?.is_none() {
            let tn = self.type_name(&it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement \
                 __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// The awaitable of `aiter.__anext__()`, with CPython's errors.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        let Some(m) = self.get_attr_opt(it, "__anext__")? else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let next = self.call_value(&m, Args::positional(vec![]))?;
        let tn = self.type_name(&next);
        self.get_awaitable(next).map_err(|_| {
            self.type_error(format!(
                "'async for' received an invalid object from __anext__: {tn}"
            ))
        })
    }

    /// The iterator that `await v` drives.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            if matches!(g.borrow().kind, GenKind::Coroutine | GenKind::AsyncStep) {
                return Ok(v);
            }
        }
        if let Some(m) = self.lookup_special(&v, "__await__") {
            return self.call1(&m, v);
        }
        let tn = self.type_name(&v);
        Err(self.type_error(format!("object {tn} can't be used in 'await' expression")))
    }
}

/// Where a frame snapshot keeps the captured stack, its own place in it, and its locals until
/// they are asked for.
const FRAME_STACK: &str = "__isola_stack__";
const FRAME_INDEX: &str = "__isola_index__";
const FRAME_LOCALS: &str = "__isola_locals__";
/// Values per frame in a captured stack: code, line, globals, last instruction, locals.
const FRAME_FIELDS: usize = 5;
/// A frame snapshot's keys with their `str` hashes, in the order `frame_snapshot` sets them.
const FRAME_KEYS: [(&str, i64); 9] = [
    ("f_code", crate::object::str_hash("f_code")),
    ("f_lineno", crate::object::str_hash("f_lineno")),
    ("f_globals", crate::object::str_hash("f_globals")),
    ("f_lasti", crate::object::str_hash("f_lasti")),
    (FRAME_LOCALS, crate::object::str_hash(FRAME_LOCALS)),
    (FRAME_STACK, crate::object::str_hash(FRAME_STACK)),
    (FRAME_INDEX, crate::object::str_hash(FRAME_INDEX)),
    // Kept once `frame_getattr` has made them.
    ("f_back", crate::object::str_hash("f_back")),
    ("f_locals", crate::object::str_hash("f_locals")),
];
/// Where `f_back` and `f_locals` are in `FRAME_KEYS`.
const F_BACK_KEY: usize = 7;
const F_LOCALS_KEY: usize = 8;

/// `frame.__getattr__`: `f_back` and `f_locals` of a `sys._getframe` snapshot, made on first
/// use and then kept (so `f.f_back is f.f_back`).
fn frame_getattr(interp: &mut Interpreter, args: crate::object::Args) -> PyResult<Value> {
    let (Some(Value::Instance(frame)), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.type_error("__getattr__ expects a frame and a name"));
    };
    let name = name.as_str().unwrap_or("");
    let made = match name {
        "f_back" => match (
            frame.dict.get_str(FRAME_STACK),
            frame.dict.get_str(FRAME_INDEX),
        ) {
            (Some(Value::Tuple(stack)), Some(Value::Int(index))) => Some(match index {
                1.. => interp.frame_snapshot(&stack, (index - 1) as usize),
                _ => Value::None,
            }),
            _ => None,
        },
        "f_locals" => match (
            frame.dict.get_str(FRAME_LOCALS),
            frame.dict.get_str("f_code"),
        ) {
            (Some(d @ Value::Dict(_)), _) => Some(d),
            (Some(Value::None), Some(_)) => Some(Value::Dict(Rc::new(crate::object::Dict::new()))),
            (Some(Value::Tuple(values)), Some(Value::Code(code))) => {
                let locals = crate::object::Dict::new();
                for (n, v) in code.varnames.iter().zip(values.items.iter()) {
                    if !v.is_null() {
                        locals.set_str(n, v.clone());
                    }
                }
                Some(Value::Dict(Rc::new(locals)))
            }
            _ => None,
        },
        _ => None,
    };
    match made {
        Some(v) => {
            let at = if name == "f_back" {
                F_BACK_KEY
            } else {
                F_LOCALS_KEY
            };
            let key = &interp.frame_keys()[at];
            frame.dict.set_hinted(key, FRAME_KEYS[at].1, at, v.clone());
            Ok(v)
        }
        None => Err(interp.err(
            "AttributeError",
            format!("'frame' object has no attribute '{name}'"),
        )),
    }
}

/// Appends a frame's `FRAME_FIELDS` values to a captured stack: its code, the line of the
/// instruction before `ip` (the one running, or the one it is paused in), its globals, `ip`
/// and its locals (a tuple of the fast locals, or the namespace).
fn capture_frame(stack: &mut Vec<Value>, f: &Frame, ip: usize) {
    let code = f.code.clone();
    let line = match ip {
        0 => code.firstlineno,
        ip => code.lines.get(ip - 1).copied().unwrap_or(code.firstlineno),
    };
    let locals = match &f.namespace {
        Some(ns) => Value::Dict(ns.clone()),
        None if code.flags & Code::MODULE != 0 => Value::Dict(f.globals.clone()),
        None => match code.varnames.len().min(f.locals.len()) {
            0 => Value::None,
            n => Value::tuple(f.locals[..n].to_vec()),
        },
    };
    stack.extend([
        Value::Code(code),
        Value::Int(i64::from(line)),
        Value::Dict(f.globals.clone()),
        Value::Int(f.ip as i64),
        locals,
    ]);
}

/// The generator that `g` delegates to, when `g` is a generator or coroutine paused in
/// `yield from` (or `await`) on another one that is neither running nor an asynchronous
/// generator's step: resuming `g` is then resuming that one (see `resume_through`).
fn delegate(g: &Rc<RefCell<Generator>>) -> Option<Rc<RefCell<Generator>>> {
    let gb = g.borrow();
    if !matches!(gb.kind, GenKind::Generator | GenKind::Coroutine) || gb.running || !gb.started {
        return None;
    }
    let frame = gb.frame.as_ref()?;
    if !matches!(
        frame.code.ops.get(frame.ip),
        Some(crate::bytecode::Op::YieldFrom)
    ) {
        return None;
    }
    let Some(Value::Generator(sub)) = frame.stack.last() else {
        return None;
    };
    let sb = sub.try_borrow().ok()?;
    if !matches!(sb.kind, GenKind::Generator | GenKind::Coroutine) || sb.running {
        return None;
    }
    drop(sb);
    Some(sub.clone())
}

/// Generator frames that are parked and resumed more than a few times keep this many spare
/// allocations between them (a chain of `yield from` uses one per level).
const SPARE_FRAME_BOXES: usize = 64;

/// The frame out of its box, whose allocation goes to `spares` for the next yield to use:
/// a generator's frame moves between the frame stack and a box at every yield and resume,
/// and a fresh allocation for each was a tenth of a recursive generator's time.
#[allow(clippy::vec_box)] // the allocations are what is kept
fn unbox_frame(frame: Box<Suspended>, spares: &mut Vec<Box<MaybeUninit<Suspended>>>) -> Suspended {
    if spares.len() >= SPARE_FRAME_BOXES {
        return *frame;
    }
    let raw = Box::into_raw(frame);
    // SAFETY: `raw` comes from `Box::into_raw` of an initialised frame and is read exactly
    // once here; the allocation is then owned again by a box of `MaybeUninit<Frame>`, which
    // has the same layout and never drops the (moved-out) value it holds.
    unsafe {
        let frame = std::ptr::read(raw);
        spares.push(Box::from_raw(raw.cast::<MaybeUninit<Suspended>>()));
        frame
    }
}
