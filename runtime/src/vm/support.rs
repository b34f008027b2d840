//! The slower paths of the dispatch loop: `raise`, unpacking, building functions, and the
//! errors for unbound names.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Dict, Function};
use crate::value::Value;

impl Interpreter {
    /// `LoadGlobal` when its cache does not answer: looks the name up in the frame's globals,
    /// then the builtins, and remembers the result with both namespaces' versions.
    #[inline(never)]
    pub(super) fn load_global_slow(&mut self, fi: usize, n: u32) -> PyResult<()> {
        let frame = &self.frames[fi];
        let code = frame.code.clone();
        let globals = frame.globals.clone();
        let n = n as usize;
        let (Some(name), Some(&hash)) = (code.names.get(n), code.name_hashes.get(n)) else {
            return Err(self.err("SystemError", "bad global name index"));
        };
        let found = match globals.get_hashed_full(name, hash) {
            Some((at, v)) => Some((1, at, v)),
            None => {
                let mut found = self.builtins.get_hashed_full(name, hash);
                if found.is_none() && self.builtin_cold(name).is_some() {
                    // Added to the builtins just now: the lookup finds its index.
                    found = self.builtins.get_hashed_full(name, hash);
                }
                found.map(|(at, v)| (2, at, v))
            }
        };
        let Some((source, at, v)) = found else {
            return Err(self.name_error(name));
        };
        if let (Some(cache), Ok(index)) = (code.global_cache.get(n), u32::try_from(at)) {
            *cache.borrow_mut() = crate::bytecode::GlobalCache {
                globals: Rc::downgrade(&globals),
                globals_version: globals.version(),
                builtins_version: self.builtins.version(),
                index,
                source,
            };
        }
        self.stack.push(v);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn raise_op(&mut self, kind: u32) -> PyErr {
        match kind {
            0 => match self.handled.last().cloned() {
                Some(Value::Exception(e)) => {
                    self.reraising = true;
                    PyErr::Exception(e)
                }
                _ => self.err("RuntimeError", "No active exception to reraise"),
            },
            1 => {
                let v = self.pop();
                match self.make_exception(v) {
                    Ok(e) => {
                        self.set_context(&e);
                        PyErr::Exception(e)
                    }
                    Err(e) => e,
                }
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                let e = match self.make_exception(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                let cause = match cause {
                    Value::None => None,
                    c => match self.make_exception(c) {
                        Ok(c) => Some(Value::Exception(c)),
                        Err(_) => {
                            return self
                                .type_error("exception causes must derive from BaseException")
                        }
                    },
                };
                *e.cause.borrow_mut() = cause;
                e.suppress_context.set(true);
                self.set_context(&e);
                PyErr::Exception(e)
            }
        }
    }

    /// A compiler bug, reported as an exception rather than a host panic.
    #[inline(never)]
    pub(super) fn stack_underflow(&mut self) -> PyErr {
        self.err("SystemError", "operand stack underflow")
    }

    pub(super) fn unbound_local(&mut self, name: &str) -> PyErr {
        self.err(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub(super) fn unbound_deref(&mut self, code: &Code, i: usize) -> PyErr {
        if i < code.cellvars.len() {
            let name = code.cellvars[i].clone();
            self.unbound_local(&name)
        } else {
            let name = code.freevars[i - code.cellvars.len()].clone();
            self.err("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        }
    }

    pub(crate) fn name_error(&mut self, name: &str) -> PyErr {
        let e = self.err("NameError", format!("name '{name}' is not defined"));
        if let PyErr::Exception(exc) = &e {
            exc.dict.set_str("name", Value::str(name));
        }
        e
    }

    /// Pushes `n` items of `v` (or `before`, a list, `after` items with a star) in reverse.
    pub(super) fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.to_vec(),
            other => {
                if !self.is_iterable(other) {
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                self.collect_iterable(other)?
            }
        };
        match after {
            None => {
                if items.len() != before {
                    return Err(if items.len() > before {
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ))
                    });
                }
                self.stack.extend(items.into_iter().rev());
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for v in tail.into_iter().rev() {
                    self.stack.push(v);
                }
                let middle = self.new_list(middle);
                self.stack.push(middle);
                for v in items.into_iter().rev() {
                    self.stack.push(v);
                }
            }
        }
        Ok(())
    }
}

pub(super) fn make_function(
    code: Value,
    qualname: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    closure: Option<Value>,
    globals: Rc<Dict>,
) -> Value {
    let Value::Code(code) = code else {
        return Value::None;
    };
    let defaults = match defaults {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let kwdefaults = match kwdefaults {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    let closure = match closure {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .filter_map(|c| match c {
                Value::Cell(c) => Some(c.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let qualname: Rc<str> = match &qualname {
        Value::Str(s) => s.as_str().into(),
        _ => code.qualname.clone(),
    };
    let doc = code.consts.first().cloned().unwrap_or(Value::None);
    let f = Function {
        name: code.name.clone(),
        qualname,
        code,
        globals,
        defaults: defaults.into(),
        kwdefaults,
        closure: closure.into(),
        dict: Dict::new(),
    };
    f.dict.set_str("__doc__", doc);
    Value::Function(Rc::new(f))
}
