//! Exception objects: type, args, traceback entries and the chaining fields.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::{Dict, Type};
use crate::value::Value;

/// One frame the exception passed through: its code and the line executing there.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

#[derive(Debug)]
pub struct ExceptionObject {
    pub ty: Rc<Type>,
    pub args: RefCell<Vec<Value>>,
    /// Innermost frame last: entries are appended as the exception unwinds outwards.
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    pub dict: Dict,
}

impl ExceptionObject {
    pub fn new(ty: Rc<Type>, args: Vec<Value>) -> ExceptionObject {
        ExceptionObject {
            ty,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: Dict::new(),
        }
    }
}

impl ExceptionObject {
    /// Moves the values this exception holds onto `work` (see `release`).
    pub(crate) fn drain_into(&self, work: &mut Vec<Value>) {
        if let Ok(mut args) = self.args.try_borrow_mut() {
            work.append(&mut args);
        }
        for slot in [&self.cause, &self.context] {
            if let Ok(mut slot) = slot.try_borrow_mut() {
                work.extend(slot.take());
            }
        }
    }
}

impl Drop for ExceptionObject {
    fn drop(&mut self) {
        let mut work = std::mem::take(self.args.get_mut());
        work.extend(self.cause.get_mut().take());
        work.extend(self.context.get_mut().take());
        crate::object::release::release(&mut work);
    }
}
