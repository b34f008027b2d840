//! Generators and coroutines: a suspended `Frame` kept in a heap object and resumed by pushing
//! it back on the frame stack. `send`, `throw` and `close` follow PEP 342.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::Function;
use crate::value::Value;

use super::{Exit, Frame};

/// What a sub-generator did with an exception thrown through `yield from`.
enum Delegated {
    Yielded(Value),
    Returned(Value),
}

pub struct Generator {
    /// The suspended frame; `None` while running and once finished.
    pub frame: Option<Frame>,
    pub running: bool,
    pub started: bool,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub is_coroutine: bool,
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
        Value::Generator(Rc::new(RefCell::new(Generator {
            frame: Some(frame),
            running: false,
            started: false,
            name: f.name.clone(),
            qualname: f.qualname.clone(),
            is_coroutine: f.code.has_flag(Code::COROUTINE),
        })))
    }

    /// Saves the top frame's operand stack and parks the frame for its generator.
    pub(super) fn suspend(&mut self, fi: usize, v: Value) -> Exit {
        let mut frame = self.frames.pop().expect("a generator frame");
        debug_assert_eq!(fi, self.frames.len());
        frame.saved_stack = self.stack.split_off(frame.stack_base);
        self.handled.truncate(frame.handled_base);
        self.parked = Some(frame);
        Exit::Yield(v)
    }

    /// Resumes `g`, sending `sent` (the value of the paused `yield`), or raising `throw` there.
    pub(crate) fn gen_resume(
        &mut self,
        g: &Rc<RefCell<Generator>>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Sent> {
        let mut frame = {
            let mut gb = g.borrow_mut();
            if gb.running {
                let what = if gb.is_coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                drop(gb);
                return Err(self.value_error(format!("{what} already executing")));
            }
            let Some(frame) = gb.frame.take() else {
                drop(gb);
                if let Some(e) = throw {
                    return Err(e);
                }
                return Ok(Sent::Returned(Value::None));
            };
            if !gb.started && throw.is_none() && !sent.is_none() {
                gb.frame = Some(frame);
                let what = if gb.is_coroutine {
                    "coroutine"
                } else {
                    "generator"
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
                    return Ok(Sent::Yielded(v));
                }
                Ok(Delegated::Returned(v)) => sent = v,
                Err(e) => throw = Some(e),
            }
        }
        let started = g.borrow().started;
        if started && throw.is_none() {
            frame.saved_stack.push(sent);
        }
        g.borrow_mut().started = true;
        let result = self.resume_with(frame, throw);
        let mut gb = g.borrow_mut();
        gb.running = false;
        match result {
            Ok(Exit::Yield(v)) => {
                gb.frame = self.parked.take();
                Ok(Sent::Yielded(v))
            }
            Ok(Exit::Return(v)) => Ok(Sent::Returned(v)),
            Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("StopIteration") => {
                drop(gb);
                let what = if g.borrow().is_coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                let new = self.err("RuntimeError", format!("{what} raised StopIteration"));
                if let PyErr::Exception(n) = &new {
                    *n.cause.borrow_mut() = Some(Value::Exception(e.clone()));
                    *n.context.borrow_mut() = Some(Value::Exception(e));
                }
                Err(new)
            }
            Err(e) => Err(e),
        }
    }

    fn resume_with(&mut self, frame: Frame, throw: Option<PyErr>) -> PyResult<Exit> {
        if self.native_depth >= 200 {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let mut frame = frame;
        let saved = std::mem::take(&mut frame.saved_stack);
        self.push_frame(frame)?;
        self.stack.extend(saved);
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
    fn throw_to_delegate(&mut self, frame: &mut Frame, e: PyErr) -> Result<Delegated, PyErr> {
        let delegating = matches!(
            frame.code.ops.get(frame.ip),
            Some(crate::bytecode::Op::YieldFrom)
        );
        let Some(Value::Generator(sub)) = frame.saved_stack.last().filter(|_| delegating) else {
            return Err(e);
        };
        let sub = sub.clone();
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
                frame.saved_stack.pop();
                frame.ip += 1;
                Ok(Delegated::Returned(v))
            }
        }
    }

    /// Sends a value into any iterator for `yield from`: generators get `send`, others `next`.
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

    /// The iterator that `await v` drives.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            if g.borrow().is_coroutine {
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
