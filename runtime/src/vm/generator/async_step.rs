//! Asynchronous generators (PEP 525): the awaitable that `__anext__`, `asend`, `athrow` and
//! `aclose` return, and how awaiting it drives the generator's frame.
//!
//! An asynchronous generator's frame suspends for two reasons: at a `yield`, which produces
//! the next value, and inside an `await`, which must pass through to whoever drives the
//! awaitable (the event loop). CPython wraps yielded values to tell them apart; here the
//! suspended frame tells: an `await` suspends on its `YieldFrom` instruction (which re-executes
//! on resume), a `yield` after its `YieldValue`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Op;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::value::Value;

use super::{GenKind, Generator, Sent};

/// The state of one awaitable returned by an asynchronous generator method.
pub struct AsyncStep {
    pub agen: Rc<RefCell<Generator>>,
    /// The value to send, or the exception to throw, on the first resume; `None` once started.
    pub start: Option<Result<Value, PyErr>>,
    /// `aclose()`: GeneratorExit was thrown, so yielding a value is an error and stopping is
    /// success.
    pub closing: bool,
    pub done: bool,
    /// `async_generator_asend` or `async_generator_athrow`.
    pub name: &'static str,
}

impl Interpreter {
    /// A new awaitable over `agen` that sends a value (`start` Ok) or throws (`start` Err).
    pub(crate) fn new_async_step(
        &mut self,
        agen: &Rc<RefCell<Generator>>,
        start: Result<Value, PyErr>,
        closing: bool,
    ) -> Value {
        let (name, qualname) = {
            let g = agen.borrow();
            (g.name.clone(), g.qualname.clone())
        };
        let step_name = if start.is_ok() {
            "async_generator_asend"
        } else {
            "async_generator_athrow"
        };
        Value::Generator(Rc::new(RefCell::new(Generator {
            frame: None,
            running: false,
            started: false,
            name,
            qualname,
            kind: GenKind::AsyncStep,
            step: Some(Box::new(AsyncStep {
                agen: agen.clone(),
                start: Some(start),
                closing,
                done: false,
                name: step_name,
            })),
            code: None,
            tracked: false,
        })))
    }

    /// Resumes the asynchronous generator behind an `AsyncStep`. Its `yield` finishes the
    /// step (the awaiter gets the value as the step's return value); its `await`s pass through;
    /// its end raises StopAsyncIteration.
    pub(super) fn step_resume(
        &mut self,
        g: &Rc<RefCell<Generator>>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Sent> {
        let (agen, start, closing, done, name) = {
            let mut gb = g.borrow_mut();
            let Some(step) = gb.step.as_mut() else {
                return Ok(Sent::Returned(Value::None));
            };
            (
                step.agen.clone(),
                step.start.take(),
                step.closing,
                step.done,
                step.name,
            )
        };
        if done {
            if let Some(e) = throw {
                return Err(e);
            }
            let what = if name == "async_generator_asend" {
                "__anext__()/asend()"
            } else {
                "aclose()/athrow()"
            };
            return Err(self.err(
                "RuntimeError",
                format!("cannot reuse already awaited {what}"),
            ));
        }
        let (value, exc) = match (start, throw) {
            (_, Some(e)) => (Value::None, Some(e)),
            (Some(Ok(v)), None) => (if sent.is_none() { v } else { sent }, None),
            (Some(Err(e)), None) => (Value::None, Some(e)),
            (None, None) => (sent, None),
        };
        let result = self.gen_resume(&agen, value, exc);
        if let Ok(Sent::Yielded(_)) = &result {
            let awaiting = agen
                .borrow()
                .frame
                .as_ref()
                .is_some_and(|f| matches!(f.code.ops.get(f.ip), Some(Op::YieldFrom)));
            if awaiting {
                return result;
            }
        }
        if let Some(step) = g.borrow_mut().step.as_mut() {
            step.done = true;
        }
        match result {
            Ok(Sent::Yielded(v)) => {
                if closing {
                    Err(self.err("RuntimeError", "async generator ignored GeneratorExit"))
                } else {
                    Ok(Sent::Returned(v))
                }
            }
            Ok(Sent::Returned(_)) => {
                if closing {
                    Ok(Sent::Returned(Value::None))
                } else {
                    Err(self.new_exception("StopAsyncIteration", vec![]))
                }
            }
            Err(PyErr::Exception(e))
                if closing
                    && (e.ty.is_builtin_subtype("GeneratorExit")
                        || e.ty.is_builtin_subtype("StopAsyncIteration")) =>
            {
                Ok(Sent::Returned(Value::None))
            }
            Err(e) => Err(e),
        }
    }
}
