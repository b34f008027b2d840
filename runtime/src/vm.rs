//! The stackless dispatch loop. Python-to-Python calls push a `Frame` and continue in the same
//! loop, so recursion depth is bounded by `Limits::max_recursion`, not the Rust stack. A
//! builtin that calls back into Python (a sort key, `__repr__`) enters a nested loop, counted
//! by `native_depth` as Lua counts C calls.

use std::rc::Rc;

use crate::bytecode::{Code, Op};
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{names, Args, Dict, ExceptionObject, TracebackEntry};
use crate::value::{Cellref, Value};

mod attr_cache;
mod call;
mod fast_ops;
mod matching;
mod support;

mod generator;
pub(crate) mod threads;

pub use generator::{GenKind, Generator, Sent, Suspended};

/// An active handler: where to jump and the stack depth to restore (relative to the frame).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

/// The top of an operand stack, taken off it (`Null` for an empty stack, which compiled code
/// never pops). A `match`, not `unwrap_or(Value::Null)`: that form drops the unused default
/// through an out-of-line `drop_in_place` call on every pop.
#[inline(always)]
pub(crate) fn pop_from(stack: &mut Vec<Value>) -> Value {
    match stack.pop() {
        Some(v) => v,
        None => Value::Null,
    }
}

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    /// Fast locals; `Value::Null` is unbound.
    pub locals: Vec<Value>,
    /// Cells for the code's cellvars then freevars: for code without cellvars, the function's
    /// closure itself, shared.
    pub cells: Rc<[Cellref]>,
    pub globals: Rc<Dict>,
    /// The locals namespace of a class body.
    pub namespace: Option<Rc<Dict>>,
    pub blocks: Vec<Block>,
    /// Where this frame's operand stack starts in `Interpreter::stack`.
    pub stack_base: usize,
    /// How many handled exceptions were active when the frame started.
    pub handled_base: usize,
    /// What becomes of the value the frame returns.
    pub on_return: OnReturn,
}

/// What `Return` does with a frame's result: frames that the loop pushed in place of a
/// nested call (a class's `__init__`, a `__setitem__`) give back something else.
#[derive(Default)]
pub enum OnReturn {
    /// Push it for the caller (a plain call).
    #[default]
    Push,
    /// Drop it: the frame ran a special method whose result the instruction ignores.
    Discard,
    /// Push this new instance instead, once `__init__` has returned None.
    Construct(Value),
}

/// How a run of the loop ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// How many spare locals vectors an interpreter keeps.
const LOCALS_POOL: usize = 32;

/// The deepest nesting of Rust-to-Python calls (each one uses some Rust stack).
const MAX_NATIVE_DEPTH: u32 = 200;

impl Interpreter {
    /// Runs a module or class body to completion.
    pub(crate) fn run_code(
        &mut self,
        code: Rc<Code>,
        globals: Rc<Dict>,
        namespace: Option<Rc<Dict>>,
    ) -> PyResult<Value> {
        let nlocals = code.varnames.len();
        let cells = (0..code.ncells())
            .map(|_| Rc::new(std::cell::RefCell::new(None)))
            .collect();
        let frame = Frame {
            code,
            ip: 0,
            locals: vec![Value::Null; nlocals],
            cells,
            globals,
            namespace,
            blocks: Vec::new(),
            stack_base: self.stack.len(),
            handled_base: self.handled.len(),
            on_return: OnReturn::Push,
        };
        self.run_frame(frame)
    }

    /// Pushes `frame` and runs until it returns, from Rust.
    pub(crate) fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.err(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.push_frame(frame)?;
        self.native_depth += 1;
        let entry = self.frames.len() - 1;
        let result = self.run_loop(entry);
        self.native_depth -= 1;
        match result {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(_)) => Err(self.err("SystemError", "unexpected yield")),
            Err(e) => Err(e),
        }
    }

    /// Runs `f` one level deeper in a native recursion over user data (CPython's
    /// `Py_EnterRecursiveCall`): past the recursion limit it raises RecursionError with
    /// "maximum recursion depth exceeded" and `what` ("in comparison"), so nesting a
    /// program builds cannot overflow the Rust stack.
    pub(crate) fn nested<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Self) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.frames.len() as u32 + self.data_depth >= self.recursion_limit {
            return Err(self.err(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.data_depth += 1;
        let result = f(self);
        self.data_depth -= 1;
        result
    }

    #[inline]
    pub(crate) fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        self.push_call_frame(frame)
    }

    /// `push_frame` inlined, for a Python call's frame: the frame is built in its place in
    /// the vector rather than moved there through a call.
    #[inline(always)]
    pub(crate) fn push_call_frame(&mut self, mut frame: Frame) -> PyResult<()> {
        if self.frames.len() as u32 >= self.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        frame.stack_base = self.stack.len();
        frame.handled_base = self.handled.len();
        self.frames.push(frame);
        Ok(())
    }

    /// Keeps a returned frame's locals vector for the next call, so that a call in the common
    /// case allocates nothing.
    #[inline]
    fn recycle_locals(&mut self, mut locals: Vec<Value>) {
        if self.locals_pool.len() < LOCALS_POOL && locals.capacity() <= 64 {
            // First to last, as CPython releases a frame's locals (finalizers they queue run
            // in that order), without a `Drain`, whose set-up and drop cost some 30
            // instructions on every return.
            let n = locals.len();
            // SAFETY: the length is 0 before any value is read out, so each of the `n`
            // initialised values is moved out exactly once and the vector never drops it
            // again (a panic in between would leak the rest, never drop one twice).
            unsafe {
                locals.set_len(0);
                let values = locals.as_ptr();
                for i in 0..n {
                    Value::discard(std::ptr::read(values.add(i)));
                }
            }
            self.locals_pool.push(locals);
        }
    }

    /// Enters a `try` or `with` block of frame `fi`. A frame's first block takes a vector
    /// that a returned frame left (`recycle_blocks`): a call of a function with a `try`
    /// allocated one each time.
    #[inline]
    fn push_block(&mut self, fi: usize, block: Block) {
        let blocks = &mut self.frames[fi].blocks;
        if blocks.capacity() == 0 {
            if let Some(spare) = self.blocks_pool.pop() {
                *blocks = spare;
            }
        }
        blocks.push(block);
    }

    /// Keeps a returned frame's block vector, emptied, for `push_block`.
    #[inline]
    fn recycle_blocks(&mut self, mut blocks: Vec<Block>) {
        if blocks.capacity() != 0 && self.blocks_pool.len() < LOCALS_POOL {
            blocks.clear();
            self.blocks_pool.push(blocks);
        }
    }

    /// Runs frames until the frame at index `entry` returns or yields.
    pub(crate) fn run_loop(&mut self, entry: usize) -> PyResult<Exit> {
        loop {
            match self.execute(entry) {
                Ok(exit) => return Ok(exit),
                Err(e) => self.unwind(e, entry)?,
            }
        }
    }

    /// Finds a handler for `e`, starting in the innermost frame. Returns Ok when one was found
    /// (execution continues there), or the error when it leaves the entry frame.
    fn unwind(&mut self, e: PyErr, entry: usize) -> PyResult<()> {
        let exc = match e {
            PyErr::Exception(exc) => exc,
            limit @ PyErr::Limit(..) => {
                // Limits cannot be caught: drop every frame of this run.
                self.pop_frames_to(entry);
                return Err(limit);
            }
        };
        let mut add_entry = !std::mem::take(&mut self.reraising);
        if add_entry {
            self.set_context(&exc);
        }
        loop {
            // No frame left: the last thread's code returned and the error came after it
            // (an interrupt while the host slept for the threads left).
            let Some(frame) = self.frames.last_mut() else {
                return Err(PyErr::Exception(exc));
            };
            if add_entry && !stands_in_for_c(&frame.code.filename) {
                let line = frame
                    .code
                    .lines
                    .get(frame.ip.saturating_sub(1))
                    .copied()
                    .unwrap_or(0);
                exc.traceback.borrow_mut().push(TracebackEntry {
                    code: frame.code.clone(),
                    line,
                });
            }
            add_entry = true;
            if let Some(block) = frame.blocks.pop() {
                let depth = frame.stack_base + block.depth as usize;
                frame.ip = block.handler as usize;
                self.stack.truncate(depth);
                self.stack.push(Value::Exception(exc));
                return Ok(());
            }
            let depth = self.frames.len() - 1;
            let frame = self.frames.pop().expect("a frame");
            self.stack.truncate(frame.stack_base);
            self.handled.truncate(frame.handled_base);
            if depth == entry {
                return Err(PyErr::Exception(exc));
            }
        }
    }

    fn pop_frames_to(&mut self, entry: usize) {
        if let Some(f) = self.frames.get(entry) {
            self.stack.truncate(f.stack_base);
            self.handled.truncate(f.handled_base);
        }
        self.frames.truncate(entry);
    }

    /// Attaches the implicit context: the exception being handled when `exc` was raised.
    pub(crate) fn set_context(&mut self, exc: &Rc<ExceptionObject>) {
        if let Some(Value::Exception(current)) = self.handled.last() {
            if Rc::ptr_eq(current, exc) || exc.context.borrow().is_some() {
                return;
            }
            // Avoid a cycle: cut the chain where exc already appears.
            let mut cursor = Some(current.clone());
            while let Some(c) = cursor {
                let next = match &*c.context.borrow() {
                    Some(Value::Exception(n)) => Some(n.clone()),
                    _ => None,
                };
                if let Some(n) = &next {
                    if Rc::ptr_eq(n, exc) {
                        *c.context.borrow_mut() = None;
                        break;
                    }
                }
                cursor = next;
            }
            *exc.context.borrow_mut() = Some(Value::Exception(current.clone()));
        }
    }

    /// Replaces the two operands on top of the stack by `a OP b` when a fast path covers
    /// them; false leaves the stack as it was.
    #[inline(always)]
    fn fast_binary(&mut self, op: u32) -> bool {
        let n = self.stack.len();
        if n < 2 {
            return false;
        }
        match fast_ops::binary(op, &self.stack[n - 2], &self.stack[n - 1]) {
            Some(v) => {
                self.replace_operands(v);
                true
            }
            None => false,
        }
    }

    /// `fast_binary` for comparisons.
    #[inline(always)]
    fn fast_compare(&mut self, op: u32) -> bool {
        let n = self.stack.len();
        if n < 2 {
            return false;
        }
        match fast_ops::compare(op, &self.stack[n - 2], &self.stack[n - 1]) {
            Some(r) => {
                self.replace_operands(Value::Bool(r));
                true
            }
            None => false,
        }
    }

    /// Replaces the two operands on top of the stack (there are two) by `v`.
    #[inline(always)]
    fn replace_operands(&mut self, v: Value) {
        if let Some(b) = self.stack.pop() {
            Value::discard(b);
        }
        if let Some(a) = self.stack.last_mut() {
            Value::discard(std::mem::replace(a, v));
        }
    }

    /// `a, b, ... = items` when the instructions after the `UnpackSequence` are a `StoreFast`
    /// for each item (so `x, y = p` and `for k, v in ...` into plain locals): the items go
    /// straight into the frame's locals and those instructions are stepped over, at the fuel
    /// they would have cost. False, with nothing done, when the next instructions are others.
    #[inline]
    fn unpack_to_locals(&mut self, fi: usize, items: &[Value]) -> bool {
        let n = items.len();
        let Frame {
            code, ip, locals, ..
        } = &mut self.frames[fi];
        let Some(next) = code.ops.get(*ip..*ip + n) else {
            return false;
        };
        if !next.iter().all(|op| matches!(op, Op::StoreFast(_))) {
            return false;
        }
        for (op, item) in next.iter().zip(items) {
            if let Op::StoreFast(slot) = *op {
                if let Some(local) = locals.get_mut(slot as usize) {
                    // The value it replaces is dropped here (out of line only when it is a
                    // heap object); a finalizer it queues runs below.
                    Value::discard(std::mem::replace(local, item.clone()));
                }
            }
        }
        *ip += n;
        self.fuel -= n as i64;
        true
    }

    #[inline]
    fn pop(&mut self) -> Value {
        pop_from(&mut self.stack)
    }

    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    /// Raises a pending interrupt (`check_interrupt`) as if the instruction about to run had
    /// raised it, as CPython's eval breaker does: stepping over it first makes the traceback
    /// name its line, not that of the instruction before it in the code (after a jump back,
    /// the line above the loop).
    fn interrupt_next_op(&mut self) -> PyResult<()> {
        let result = self.check_interrupt();
        if result.is_err() {
            if let Some(frame) = self.frames.last_mut() {
                frame.ip += 1;
            }
        }
        result
    }

    /// The dispatch loop proper: runs until the entry frame returns or yields, or an
    /// instruction fails.
    fn execute(&mut self, entry: usize) -> PyResult<Exit> {
        loop {
            self.fuel -= 1;
            if self.fuel <= 0 {
                self.refuel()?;
                self.collect_if_due();
                self.finalize_pending()?;
                if self.may_switch(entry) {
                    self.switch_thread()?;
                }
                self.interrupt_next_op()?;
            }
            let fi = self.frames.len() - 1;
            let frame = &mut self.frames[fi];
            let op = frame.code.ops[frame.ip];
            frame.ip += 1;
            #[cfg(feature = "stats")]
            {
                self.bytecodes += 1;
            }
            #[cfg(feature = "trace-exec")]
            eprintln!("{:>4} {:?} {:?}", frame.ip - 1, op, self.stack.last());
            match op {
                Op::LoadConst(k) => {
                    let v = frame.code.consts[k as usize].clone();
                    self.stack.push(v);
                }
                Op::LoadFast(i) => {
                    let v = frame.locals[i as usize].clone();
                    if v.is_null() {
                        let name = frame.code.varnames[i as usize].clone();
                        return Err(self.unbound_local(&name));
                    }
                    self.stack.push(v);
                }
                Op::StoreFast(i) => {
                    let v = pop_from(&mut self.stack);
                    let old = std::mem::replace(&mut self.frames[fi].locals[i as usize], v);
                    self.drop_value(old)?;
                }
                Op::DeleteFast(i) => {
                    if frame.locals[i as usize].is_null() {
                        let name = frame.code.varnames[i as usize].clone();
                        return Err(self.unbound_local(&name));
                    }
                    frame.locals[i as usize] = Value::Null;
                    self.finalize_pending()?;
                }
                Op::LoadDeref(i) => {
                    let v = frame.cells[i as usize].borrow().clone();
                    match v {
                        Some(v) => self.stack.push(v),
                        None => {
                            let code = frame.code.clone();
                            return Err(self.unbound_deref(&code, i as usize));
                        }
                    }
                }
                Op::StoreDeref(i) => {
                    let v = pop_from(&mut self.stack);
                    *self.frames[fi].cells[i as usize].borrow_mut() = Some(v);
                }
                Op::DeleteDeref(i) => {
                    let old = frame.cells[i as usize].borrow_mut().take();
                    if old.is_none() {
                        let code = frame.code.clone();
                        return Err(self.unbound_deref(&code, i as usize));
                    }
                }
                Op::LoadClosure(i) => {
                    let c = frame.cells[i as usize].clone();
                    self.stack.push(Value::Cell(c));
                }
                Op::LoadGlobal(n) => {
                    if let Some(cache) = frame.code.global_cache.get(n as usize) {
                        let cache = cache.borrow();
                        if cache.source != 0
                            && cache.globals_version == frame.globals.version()
                            && cache.builtins_version == self.builtins.version()
                            && std::ptr::eq(cache.globals.as_ptr(), &*frame.globals)
                        {
                            let d = if cache.source == 1 {
                                &frame.globals
                            } else {
                                &self.builtins
                            };
                            if let Some(v) = d.value_at(cache.index as usize) {
                                self.stack.push(v);
                                continue;
                            }
                        }
                    }
                    self.load_global_slow(fi, n)?;
                }
                Op::StoreGlobal(n) => {
                    let v = pop_from(&mut self.stack);
                    let frame = &self.frames[fi];
                    let n = n as usize;
                    // Keyed by the code's own `str` object, so later lookups match by address.
                    let (key, hash) = (&frame.code.name_keys[n], frame.code.name_hashes[n]);
                    frame.globals.set_hinted(key, hash, usize::MAX, v);
                    self.finalize_pending()?;
                }
                Op::DeleteGlobal(n) => {
                    let name = frame.code.names[n as usize].clone();
                    if frame
                        .globals
                        .remove(&crate::object::DictKey::from_str(&name))
                        .is_none()
                    {
                        return Err(self.name_error(&name));
                    }
                    self.finalize_pending()?;
                }
                Op::LoadName(n) => {
                    let name = frame.code.names[n as usize].clone();
                    let key = frame.code.name_keys[n as usize].clone();
                    let hash = frame.code.name_hashes[n as usize];
                    let v = frame
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.get_hashed(key.as_str(), hash))
                        .or_else(|| frame.globals.get_hashed(key.as_str(), hash))
                        .or_else(|| self.builtin(&name));
                    match v {
                        Some(v) => self.stack.push(v),
                        None => return Err(self.name_error(&name)),
                    }
                }
                Op::StoreName(n) => {
                    let key = frame.code.name_keys[n as usize].clone();
                    let hash = frame.code.name_hashes[n as usize];
                    let ns = frame
                        .namespace
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    let v = self.pop();
                    ns.set_hinted(&key, hash, usize::MAX, v);
                    self.finalize_pending()?;
                }
                Op::DeleteName(n) => {
                    let name = frame.code.names[n as usize].clone();
                    let ns = frame
                        .namespace
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    if ns
                        .remove(&crate::object::DictKey::from_str(&name))
                        .is_none()
                    {
                        return Err(self.name_error(&name));
                    }
                    self.finalize_pending()?;
                }
                Op::LoadAttr(n) => {
                    let n = n as usize;
                    let epoch = self.type_epoch.get();
                    let hit = match self.stack.last() {
                        Some(Value::Instance(inst)) => {
                            attr_cache::cached_load(&frame.code, n, inst, epoch)
                        }
                        Some(Value::Type(class)) => {
                            attr_cache::cached_class_load(&frame.code, n, class, epoch)
                        }
                        _ => None,
                    };
                    if let Some(v) = hit {
                        if let Some(top) = self.stack.last_mut() {
                            *top = v;
                        }
                        continue;
                    }
                    let getter = match self.stack.last() {
                        Some(Value::Instance(inst)) => {
                            attr_cache::cached_property(&frame.code, n, inst, epoch)
                        }
                        _ => None,
                    };
                    if let Some(getter) = getter {
                        // The property's getter runs as a frame of this loop, called with
                        // the instance, which is where its result goes.
                        let at = self.stack.len() - 1;
                        self.call_from_stack(getter, at, at, None)?;
                        continue;
                    }
                    let code = frame.code.clone();
                    let obj = self.pop();
                    let v = self.get_attr_hashed(&obj, &code.names[n], code.name_hashes[n])?;
                    self.stack.push(v);
                    self.learn_attr(&code, n, &obj);
                }
                Op::StoreAttr(n) => {
                    let n = n as usize;
                    let obj = pop_from(&mut self.stack);
                    let v = pop_from(&mut self.stack);
                    let v = match &obj {
                        Value::Instance(inst) => {
                            self.gc.track_instance(inst, &v);
                            let epoch = self.type_epoch.get();
                            match attr_cache::cached_store(&frame.code, n, inst, epoch, v) {
                                Ok(()) => continue,
                                Err(v) => v,
                            }
                        }
                        _ => v,
                    };
                    let code = frame.code.clone();
                    self.set_attr_hashed(&obj, &code.names[n], code.name_hashes[n], v)?;
                    self.learn_attr(&code, n, &obj);
                }
                Op::DeleteAttr(n) => {
                    let name = frame.code.names[n as usize].clone();
                    let obj = self.pop();
                    self.del_attr(&obj, &name)?;
                }
                Op::LoadMethod(n) => {
                    let epoch = self.type_epoch.get();
                    match self.stack.last() {
                        Some(Value::Instance(inst)) => {
                            if let Some(m) =
                                attr_cache::cached_method(&frame.code, n as usize, inst, epoch)
                            {
                                let obj = self.pop();
                                self.stack.push(m);
                                self.stack.push(obj);
                                continue;
                            }
                            // Not a method: an attribute of the instance itself (a module's
                            // function, `os.fspath(p)`) or a plain class value, as `LoadAttr`
                            // reads it, called without the instance.
                            if let Some(v) =
                                attr_cache::cached_load(&frame.code, n as usize, inst, epoch)
                            {
                                if let Some(top) = self.stack.last_mut() {
                                    Value::discard(std::mem::replace(top, Value::Null));
                                }
                                self.stack.push(v);
                                continue;
                            }
                        }
                        Some(Value::Type(class)) => {
                            if let Some(f) = attr_cache::cached_class_method(
                                &frame.code,
                                n as usize,
                                class,
                                epoch,
                            ) {
                                // The class stays on the stack as the first argument.
                                let cls = self.pop();
                                self.stack.push(f);
                                self.stack.push(cls);
                                continue;
                            }
                            if let Some(v) =
                                attr_cache::cached_class_load(&frame.code, n as usize, class, epoch)
                            {
                                if let Some(top) = self.stack.last_mut() {
                                    *top = Value::Null;
                                }
                                self.stack.push(v);
                                continue;
                            }
                        }
                        Some(other) => {
                            if let Some(m) =
                                attr_cache::builtin_type(&self.types, other).and_then(|ty| {
                                    attr_cache::cached_builtin_method(
                                        &frame.code,
                                        n as usize,
                                        ty,
                                        epoch,
                                    )
                                })
                            {
                                let obj = self.pop();
                                self.stack.push(m);
                                self.stack.push(obj);
                                continue;
                            }
                        }
                        None => {}
                    }
                    let code = frame.code.clone();
                    let name = code.names[n as usize].clone();
                    let hash = code.name_hashes[n as usize];
                    let obj = self.pop();
                    self.learn_attr(&code, n as usize, &obj);
                    match self.lookup_method_hashed(&obj, &name, hash)? {
                        Some(m) => {
                            self.stack.push(m);
                            self.stack.push(obj);
                        }
                        None => {
                            let v = self.get_attr_hashed(&obj, &name, hash)?;
                            self.stack.push(Value::Null);
                            self.stack.push(v);
                        }
                    }
                }
                Op::LoadSuperAttr(x) => {
                    let code = frame.code.clone();
                    self.load_super_attr(fi, &code, x)?;
                }
                Op::BinarySubscr => {
                    let n = self.stack.len();
                    if n >= 2 {
                        // `obj[key]` on an instance whose class defines `__getitem__` in
                        // Python: a frame of this loop, not a nested one.
                        if let Some(f) = self.plain_special(&self.stack[n - 2], &names::GETITEM) {
                            let key = pop_from(&mut self.stack);
                            let obj = pop_from(&mut self.stack);
                            let frame = self.bind_frame(&f, Args::positional(vec![obj, key]))?;
                            self.push_frame(frame)?;
                            continue;
                        }
                    }
                    if n >= 2 {
                        if let Some(v) = fast_ops::subscr(&self.stack[n - 2], &self.stack[n - 1]) {
                            self.replace_operands(v);
                            continue;
                        }
                    }
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.get_item(&obj, &key)?;
                    self.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.pop();
                    if let Some(f) = self.plain_special(&obj, &names::SETITEM) {
                        let args = Args::positional(vec![obj, key, v]);
                        let mut frame = self.bind_frame(&f, args)?;
                        frame.on_return = OnReturn::Discard;
                        self.push_frame(frame)?;
                        continue;
                    }
                    let Err(v) = fast_ops::store_subscr(&obj, &key, v) else {
                        Value::discard(key);
                        continue;
                    };
                    self.set_item(&obj, key, v)?;
                }
                Op::DeleteSubscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    self.del_item(&obj, &key)?;
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { self.pop() } else { Value::None };
                    let stop = self.pop();
                    let start = self.pop();
                    self.stack.push(Value::Slice(Rc::new(crate::object::Slice {
                        start,
                        stop,
                        step,
                    })));
                }
                Op::Binary(o) => {
                    if self.fast_binary(o) {
                        continue;
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let v = self.binary_op(&a, &b, crate::ops::bin_op_from(o))?;
                    self.stack.push(v);
                }
                Op::InplaceBinary(o) => {
                    if self.fast_binary(o) {
                        continue;
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let v = self.inplace_op(&a, &b, crate::ops::bin_op_from(o))?;
                    self.stack.push(v);
                }
                Op::UnaryNegative => {
                    let a = self.pop();
                    let v = self.negate(&a)?;
                    self.stack.push(v);
                }
                Op::UnaryPositive => {
                    let a = self.pop();
                    let v = self.positive(&a)?;
                    self.stack.push(v);
                }
                Op::UnaryInvert => {
                    let a = self.pop();
                    let v = self.invert(&a)?;
                    self.stack.push(v);
                }
                Op::UnaryNot => {
                    let a = self.pop();
                    let t = self.truthy(&a)?;
                    self.stack.push(Value::Bool(!t));
                }
                Op::Compare(c) => {
                    if self.fast_compare(c) {
                        continue;
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let v = self.compare(&a, &b, crate::ops::CmpKind::from_u32(c))?;
                    self.stack.push(v);
                }
                Op::Is(negate) => {
                    let b = self.pop();
                    let a = self.pop();
                    self.stack.push(Value::Bool(a.is(&b) != (negate == 1)));
                }
                Op::In(negate) => {
                    let b = self.pop();
                    let a = self.pop();
                    let r = self.contains(&b, &a)?;
                    self.stack.push(Value::Bool(r != (negate == 1)));
                }
                Op::Pop => {
                    // A generator dropped here (a `for` loop left by break or return) is closed
                    // at once, as CPython's reference counting does, so its `finally` runs.
                    match self.stack.pop() {
                        Some(Value::Generator(g)) if Rc::strong_count(&g) == 1 => {
                            self.gen_close(&g)?;
                        }
                        Some(v) => self.drop_value(v)?,
                        None => {}
                    }
                }
                Op::Dup => {
                    let v = self.top().clone();
                    self.stack.push(v);
                }
                Op::DupTwo => {
                    let n = self.stack.len();
                    let a = self.stack[n - 2].clone();
                    let b = self.stack[n - 1].clone();
                    self.stack.push(a);
                    self.stack.push(b);
                }
                Op::Rot2 => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(self.stack_underflow());
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let v = self.pop();
                    let n = self.stack.len();
                    self.stack.insert(n - 2, v);
                }
                Op::Jump(t) => frame.ip = t as usize,
                Op::PopJumpIfFalse(t) => {
                    let v = self.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => {
                            let b = self.truthy(&other)?;
                            Value::discard(other);
                            b
                        }
                    };
                    if !b {
                        self.frames[fi].ip = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = self.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => {
                            let b = self.truthy(&other)?;
                            Value::discard(other);
                            b
                        }
                    };
                    if b {
                        self.frames[fi].ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = self.top().clone();
                    if !self.truthy(&v)? {
                        self.frames[fi].ip = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = self.top().clone();
                    if self.truthy(&v)? {
                        self.frames[fi].ip = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = self.pop();
                    let it = self.get_iter(&v)?;
                    self.stack.push(it);
                }
                Op::ForIter(t) => {
                    // Fast paths for the common iterators, without the generic protocol.
                    if let Some(Value::Iter(state)) = self.stack.last() {
                        let fast = state.borrow_mut().next_fast();
                        if let Some(next) = fast {
                            match next {
                                Some(v) => self.stack.push(v),
                                None => {
                                    self.stack.pop();
                                    self.frames[fi].ip = t as usize;
                                }
                            }
                            continue;
                        }
                    }
                    let it = self.top().clone();
                    match self.iter_next(&it)? {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            self.frames[fi].ip = t as usize;
                        }
                    }
                }
                Op::BuildTuple(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    self.stack.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let temp = n & crate::bytecode::TEMP_LIST != 0;
                    let n = (n & !crate::bytecode::TEMP_LIST) as usize;
                    let items = self.stack.split_off(self.stack.len() - n);
                    let list = if temp {
                        // A call's arguments on their way to a tuple: nothing else ever
                        // refers to this list, so it can be no part of a cycle.
                        Value::List(Rc::new(crate::object::List::new(items)))
                    } else {
                        self.new_list(items)
                    };
                    self.stack.push(list);
                }
                Op::BuildMap(n) => {
                    let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                    let d = Rc::new(Dict::with_capacity(n as usize));
                    let mut it = items.into_iter();
                    // `key_in_dict` hashes a `str` or `int` key in place while the dict holds
                    // no key with its own `__eq__`.
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        let key = self.key_in_dict(&d, k)?;
                        d.insert(key, v);
                    }
                    let d = Value::Dict(d);
                    self.track(&d);
                    self.stack.push(d);
                }
                Op::BuildSet(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    let s = Rc::new(crate::object::Set::new());
                    for v in items {
                        let key = self.key_in_set(&s, v)?;
                        s.insert(key);
                    }
                    let s = Value::Set(s);
                    self.track(&s);
                    self.stack.push(s);
                }
                Op::BuildString(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    let mut s = String::new();
                    for v in &items {
                        if let Value::Str(p) = v {
                            s.push_str(p.as_str());
                        }
                    }
                    self.stack.push(Value::from_string(s));
                }
                Op::ListAppend(i) => {
                    let v = self.pop();
                    let n = self.stack.len();
                    if let Value::List(l) = &self.stack[n - i as usize] {
                        l.push(v);
                    }
                }
                Op::SetAdd(i) => {
                    let v = self.pop();
                    let key = self.dict_key(v)?;
                    let n = self.stack.len();
                    if let Value::Set(s) = &self.stack[n - i as usize] {
                        s.insert(key);
                    }
                }
                Op::MapAdd(i) => {
                    let v = self.pop();
                    let k = self.pop();
                    let n = self.stack.len();
                    if let Value::Dict(d) = self.stack[n - i as usize].clone() {
                        let key = self.key_in_dict(&d, k)?;
                        // Charged before the table doubles (see `set_item`).
                        let grow = d.growth_bytes();
                        if grow > 0 {
                            self.charge(grow)?;
                        }
                        d.insert(key, v);
                    }
                }
                Op::ListExtend(i) => {
                    let it = self.pop();
                    let items = self.collect_iterable(&it)?;
                    let n = self.stack.len();
                    if let Value::List(l) = &self.stack[n - i as usize] {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate(i) => {
                    let it = self.pop();
                    let items = self.collect_iterable(&it)?;
                    let n = self.stack.len();
                    let target = self.stack[n - i as usize].clone();
                    if let Value::Set(s) = target {
                        for v in items {
                            let key = self.dict_key(v)?;
                            s.insert(key);
                        }
                    }
                }
                Op::DictUpdate(i) | Op::DictMerge(i) => {
                    let m = self.pop();
                    let n = self.stack.len();
                    let target = self.stack[n - i as usize].clone();
                    if let Value::Dict(d) = target {
                        let merge = matches!(op, Op::DictMerge(_));
                        self.dict_update_from(&d, &m, merge)?;
                    }
                }
                Op::ListToTuple => {
                    let v = self.pop();
                    let items = match &v {
                        Value::List(l) => l.to_vec(),
                        _ => Vec::new(),
                    };
                    self.stack.push(Value::tuple(items));
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let v = self.pop();
                    let v = match flags & 3 {
                        1 => Value::from_string(self.to_str(&v)?),
                        2 => Value::from_string(self.repr(&v)?),
                        3 => Value::from_string(self.ascii(&v)?),
                        _ => v,
                    };
                    let spec = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_owned(),
                        _ => String::new(),
                    };
                    let s = self.format(&v, &spec)?;
                    self.stack.push(Value::from_string(s));
                }
                Op::UnpackSequence(n) => {
                    let v = self.pop();
                    // A tuple or list of the right length goes straight onto the stack.
                    match &v {
                        // Copied in order, then reversed in place: `extend_from_slice` keeps
                        // the length in a register, where pushing item by item stores it back
                        // to the stack's header for each one.
                        Value::Tuple(t) if t.items.len() == n as usize => {
                            if !self.unpack_to_locals(fi, &t.items) {
                                let start = self.stack.len();
                                self.stack.extend_from_slice(&t.items);
                                self.stack[start..].reverse();
                            }
                        }
                        Value::List(l) if l.len() == n as usize => {
                            let items = l.borrow();
                            if !self.unpack_to_locals(fi, &items) {
                                let start = self.stack.len();
                                self.stack.extend_from_slice(&items);
                                self.stack[start..].reverse();
                            }
                        }
                        _ => self.unpack(&v, n as usize, None)?,
                    }
                    drop(v);
                    self.finalize_pending()?;
                }
                Op::UnpackEx(arg) => {
                    let v = self.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    self.unpack(&v, before, Some(after))?;
                }
                Op::MakeFunction(flags) => {
                    let qualname = self.pop();
                    let code = self.pop();
                    let closure = if flags & 4 != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let kwdefaults = if flags & 2 != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let defaults = if flags & 1 != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let globals = self.frames[fi].globals.clone();
                    let f = support::make_function(
                        code, qualname, defaults, kwdefaults, closure, globals,
                    );
                    self.track(&f);
                    self.stack.push(f);
                }
                Op::Call(argc) => {
                    self.finalize_pending()?;
                    let start = self.stack.len() - argc as usize;
                    // Taken out of its slot, which the call truncates away: no count traffic.
                    let func = std::mem::replace(&mut self.stack[start - 1], Value::Null);
                    self.call_from_stack(func, start, start - 1, None)?;
                }
                Op::CallKw(argc) => {
                    self.finalize_pending()?;
                    let names = self.pop();
                    let start = self.stack.len() - argc as usize;
                    let func = self.stack[start - 1].clone();
                    self.call_from_stack(func, start, start - 1, Some(names))?;
                }
                Op::CallMethod(argc) => {
                    self.finalize_pending()?;
                    let n = self.stack.len();
                    let start = n - argc as usize;
                    let meth = std::mem::replace(&mut self.stack[start - 2], Value::Null);
                    if meth.is_null() {
                        let func = std::mem::replace(&mut self.stack[start - 1], Value::Null);
                        self.call_from_stack(func, start, start - 2, None)?;
                    } else {
                        self.call_from_stack(meth, start - 1, start - 2, None)?;
                    }
                }
                Op::CallEx(has_kw) => {
                    let kwargs = if has_kw == 1 { Some(self.pop()) } else { None };
                    let args = self.pop();
                    let func = self.pop();
                    let mut a = Args::positional(match &args {
                        Value::Tuple(t) => t.items.to_vec(),
                        other => self.collect_iterable(other)?,
                    });
                    if let Some(kw) = kwargs {
                        a.kw = self.kwargs_from_mapping(&func, &kw)?;
                    }
                    self.call_push(func, a)?;
                }
                Op::Return => {
                    let v = pop_from(&mut self.stack);
                    // The frame is taken apart in place and dropped where it lies: moving it
                    // out of the vector copied it whole on every return.
                    let locals = std::mem::take(&mut frame.locals);
                    let blocks = std::mem::take(&mut frame.blocks);
                    let on_return = std::mem::take(&mut frame.on_return);
                    let (stack_base, handled_base) = (frame.stack_base, frame.handled_base);
                    self.frames.truncate(fi);
                    self.stack.truncate(stack_base);
                    self.handled.truncate(handled_base);
                    self.recycle_locals(locals);
                    self.recycle_blocks(blocks);
                    self.finalize_pending()?;
                    let v = match on_return {
                        OnReturn::Push => v,
                        OnReturn::Discard => {
                            Value::discard(v);
                            continue;
                        }
                        OnReturn::Construct(obj) => {
                            if !v.is_none() {
                                return Err(self.init_returned(&v));
                            }
                            obj
                        }
                    };
                    if fi == entry {
                        if entry == 0 && self.native_depth == 1 {
                            match self.thread_returned(v)? {
                                Some(exit) => return Ok(exit),
                                None => continue,
                            }
                        }
                        return Ok(Exit::Return(v));
                    }
                    self.stack.push(v);
                }
                Op::SetupExcept(t) => {
                    let depth = (self.stack.len() - frame.stack_base) as u32;
                    self.push_block(fi, Block { handler: t, depth });
                }
                Op::SetupWith(t) => {
                    let depth = (self.stack.len() - frame.stack_base) as u32 - 1;
                    self.push_block(fi, Block { handler: t, depth });
                }
                Op::PopBlock => {
                    frame.blocks.pop();
                }
                Op::PushExcInfo => {
                    let v = self.top().clone();
                    self.handled.push(v);
                }
                Op::PopExcept => {
                    self.handled.pop();
                }
                Op::CheckExcMatch => {
                    let ty = self.pop();
                    let exc = self.top().clone();
                    let m = self.exception_matches(&exc, &ty)?;
                    self.stack.push(Value::Bool(m));
                }
                Op::WithExceptStart => {
                    let n = self.stack.len();
                    let exit = self.stack[n - 2].clone();
                    let exc = self.stack[n - 1].clone();
                    let ty = self.type_of(&exc);
                    let r = self.call_value(
                        &exit,
                        Args::positional(vec![Value::Type(ty), exc, Value::None]),
                    )?;
                    self.stack.push(r);
                }
                Op::Raise(kind) => return Err(self.raise_op(kind)),
                Op::Reraise => {
                    let v = self.pop();
                    self.reraising = true;
                    return Err(match v {
                        Value::Exception(e) => PyErr::Exception(e),
                        _ => self.err("SystemError", "reraise of a non-exception"),
                    });
                }
                Op::LoadDisplayhook => {
                    let hook = self.displayhook()?;
                    self.stack.push(hook);
                }
                Op::LoadAssertionError => {
                    let t = self.types.exception("AssertionError");
                    self.stack.push(t.map_or(Value::None, Value::Type));
                }
                Op::MatchSequence => {
                    let v = match self.top() {
                        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
                        inst @ Value::Instance(_) => {
                            let inst = inst.clone();
                            !self.type_of(&inst).is_subtype(&self.types.dict)
                                && self.lookup_special(&inst, "__getitem__").is_some()
                                && self.lookup_special(&inst, "__len__").is_some()
                                && self.lookup_special(&inst, "keys").is_none()
                        }
                        _ => false,
                    };
                    self.stack.push(Value::Bool(v));
                }
                Op::MatchMapping => {
                    let v = match self.top() {
                        Value::Dict(_) => true,
                        inst @ Value::Instance(_) => {
                            let inst = inst.clone();
                            self.lookup_special(&inst, "keys").is_some()
                                && self.lookup_special(&inst, "__getitem__").is_some()
                        }
                        _ => false,
                    };
                    self.stack.push(Value::Bool(v));
                }
                Op::GetLen => {
                    let v = self.top().clone();
                    let n = crate::builtins::len_of(self, &v)?;
                    self.stack.push(Value::Int(n as i64));
                }
                Op::MatchKeys => {
                    let n = self.stack.len();
                    let (subj, keys) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                    let r = self.match_keys(&subj, &keys)?;
                    self.stack.push(r);
                }
                Op::CopyDictWithoutKeys => {
                    let keys = self.pop();
                    let subj = self.pop();
                    let d = Rc::new(Dict::new());
                    self.dict_update_from(&d, &subj, false)?;
                    if let Value::Tuple(t) = keys {
                        for k in t.items.iter() {
                            let key = self.key_in_dict(&d, k.clone())?;
                            d.remove(&key);
                        }
                    }
                    self.stack.push(Value::Dict(d));
                }
                Op::MatchClass(n) => {
                    let names = self.pop();
                    let cls = self.pop();
                    let subj = self.pop();
                    let r = self.match_class(&subj, &cls, n as usize, &names)?;
                    self.stack.push(r);
                }
                Op::YieldValue => {
                    let v = self.pop();
                    return Ok(self.suspend(fi, v));
                }
                Op::GetYieldFromIter => {
                    let v = self.pop();
                    let it = match v {
                        Value::Generator(_) => v,
                        other => self.get_iter(&other)?,
                    };
                    self.stack.push(it);
                }
                Op::GetAwaitable => {
                    let v = self.pop();
                    let it = self.get_awaitable(v)?;
                    self.stack.push(it);
                }
                Op::GetAIter => {
                    let v = self.pop();
                    let it = self.get_aiter(&v)?;
                    self.stack.push(it);
                }
                Op::GetANext => {
                    let it = self.top().clone();
                    let aw = self.get_anext(&it)?;
                    self.stack.push(aw);
                }
                Op::CheckEgMatch => {
                    let ty = self.pop();
                    let rest = self.pop();
                    let (rest, matched, any) = self.exception_group_match(&rest, &ty)?;
                    self.stack.push(rest);
                    self.stack.push(matched);
                    self.stack.push(Value::Bool(any));
                }
                Op::PrepReraiseStar => {
                    let rest = self.pop();
                    let raised = self.pop();
                    let orig = self.pop();
                    let raised = match raised {
                        Value::List(l) => l.to_vec(),
                        _ => Vec::new(),
                    };
                    if let Some(v) = self.exception_group_reraise(&orig, &raised, &rest)? {
                        self.reraising = true;
                        return Err(crate::ops::exception_group::reraise_error(self, v));
                    }
                }
                Op::BeforeWith(is_async) => {
                    let mgr = self.pop();
                    let (exit, func, receiver) = self.before_with(&mgr, is_async != 0)?;
                    self.stack.push(exit);
                    self.stack.push(func);
                    self.stack.push(receiver);
                }
                Op::YieldFrom => {
                    let sent = self.pop();
                    let it = self.top().clone();
                    match self.send_to(&it, sent)? {
                        generator::Sent::Yielded(v) => {
                            // Resume at this instruction with the value sent to us.
                            self.frames[fi].ip -= 1;
                            return Ok(self.suspend(fi, v));
                        }
                        generator::Sent::Returned(v) => {
                            self.stack.pop();
                            self.stack.push(v);
                        }
                    }
                }
                Op::ImportName(n) => {
                    let name = frame.code.names[n as usize].clone();
                    let level = self.pop();
                    let fromlist = self.pop();
                    let m = self.import_name(fi, &name, &fromlist, &level)?;
                    self.stack.push(m);
                }
                Op::ImportFrom(n) => {
                    let name = frame.code.names[n as usize].clone();
                    let m = self.top().clone();
                    let v = self.import_from(&m, &name)?;
                    self.stack.push(v);
                }
                Op::ImportStar => {
                    let m = self.pop();
                    self.import_star(fi, &m)?;
                }
            }
        }
    }
}

/// Whether code from `filename` is one of isola's Python modules that stand in for a C module of
/// CPython's (`_fs` for posix, `_fileio` for `_io`): a traceback leaves their frames out, as
/// CPython's has none for C, so `open('/missing')` fails at the caller's line alone.
fn stands_in_for_c(filename: &str) -> bool {
    matches!(filename, "<frozen _fs>" | "<frozen _fileio>")
}
