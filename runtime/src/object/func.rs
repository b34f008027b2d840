//! Callables: Python functions (code plus globals, defaults and closure cells), built-in
//! functions implemented in Rust, and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Code;
use crate::interp::Interpreter;
use crate::object::Dict;
use crate::value::{Cellref, Value};
use crate::PyResult;

#[derive(Debug)]
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Dict>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Defaults of the last positional parameters; `f.__defaults__ = ...` replaces them.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Option<Rc<Dict>>,
    /// Cells of the code's free variables, in `freevars` order.
    pub closure: Rc<[Cellref]>,
    /// Function attributes (`f.x = 1`, `__doc__`, ...).
    pub dict: Dict,
}

/// Arguments to a built-in: positional values and keyword pairs in call order.
#[derive(Default, Debug)]
pub struct Args {
    pub pos: Pos,
    pub kw: Vec<(Rc<str>, Value)>,
}

/// Positional arguments: up to four inline, so that a call allocates nothing for them.
pub type Pos = smallvec::SmallVec<[Value; 4]>;

impl Args {
    pub fn positional(pos: Vec<Value>) -> Args {
        Args {
            pos: Pos::from_vec(pos),
            kw: Vec::new(),
        }
    }

    /// Removes and returns keyword argument `name`.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

pub type NativeFn = fn(&mut Interpreter, Args) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver of a bound built-in method (`[].append`), passed as the first argument.
    pub receiver: Option<Value>,
    /// The owning type's name for a method, for messages and reprs.
    pub owner: Option<&'static str>,
}

impl std::fmt::Debug for BuiltinFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in {}>", self.name)
    }
}

/// A function bound to an instance: `obj.method`.
#[derive(Debug)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

impl Drop for Function {
    fn drop(&mut self) {
        let mut work = std::mem::take(self.defaults.get_mut());
        // A closure cell that dies with the function gives up its value here, so a chain of
        // closures (each holding the one before) is freed without recursion.
        if Rc::strong_count(&self.closure) == 1 {
            for cell in self.closure.iter() {
                if Rc::strong_count(cell) == 1 {
                    if let Ok(mut slot) = cell.try_borrow_mut() {
                        work.extend(slot.take());
                    }
                }
            }
        }
        crate::object::release::release(&mut work);
    }
}
