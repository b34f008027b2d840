//! Exception groups (PEP 654): constructing `BaseExceptionGroup`/`ExceptionGroup`, their
//! `split`, `subgroup` and `derive` methods, and the two steps `except*` compiles to: matching
//! a clause against what is left of the group, and working out what to raise at the end.

use std::rc::Rc;

use crate::builtins::{add_method, check_count};
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, ExceptionObject, List, Type};
use crate::value::Value;

/// The sub-exceptions of a group (`args[1]`), or None for an exception that is not a group.
pub(crate) fn group_members(e: &ExceptionObject) -> Option<Vec<Value>> {
    if !e.ty.is_builtin_subtype("BaseExceptionGroup") {
        return None;
    }
    match e.args.borrow().get(1) {
        Some(Value::List(l)) => Some(l.to_vec()),
        Some(Value::Tuple(t)) => Some(t.items.to_vec()),
        _ => Some(Vec::new()),
    }
}

/// Registers `split`, `subgroup` and `derive` on BaseExceptionGroup.
pub(crate) fn install_group_methods(t: &Rc<Type>) {
    add_method(t, "split", split_method);
    add_method(t, "subgroup", subgroup_method);
    add_method(t, "derive", derive_method);
}

/// What a node of a group tree does under a split condition.
enum Condition<'a> {
    /// `except* T` or `split(T)`: an isinstance test (a type or tuple of types).
    Matches(&'a Value),
    /// A callable predicate.
    Predicate(&'a Value),
    /// Identity with one of these leaves (for re-raising the unhandled part).
    Leaves(&'a [i64]),
}

impl Interpreter {
    /// `BaseExceptionGroup(message, exceptions)` and `ExceptionGroup(...)`: checks the
    /// arguments as CPython does and picks ExceptionGroup when every member is an Exception.
    pub(crate) fn new_exception_group(
        &mut self,
        ty: &Rc<Type>,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let name = ty.name.clone();
        if args.len() != 2 {
            return Err(self.type_error(format!("{name} expected 2 arguments, got {}", args.len())));
        }
        if !matches!(args[0], Value::Str(_)) {
            let tn = self.type_name(&args[0]);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
            )));
        }
        let members = match &args[1] {
            Value::List(l) => l.to_vec(),
            Value::Tuple(t) => t.items.to_vec(),
            _ => return Err(self.type_error("second argument (exceptions) must be a sequence")),
        };
        if members.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut all_exceptions = true;
        for (i, m) in members.iter().enumerate() {
            match m {
                Value::Exception(e) => all_exceptions &= e.ty.is_builtin_subtype("Exception"),
                _ => {
                    return Err(self.value_error(format!(
                        "Item {i} of second argument (exceptions) is not an exception"
                    )))
                }
            }
        }
        let ty = if &*ty.name == "BaseExceptionGroup" && all_exceptions {
            self.types
                .exception("ExceptionGroup")
                .unwrap_or_else(|| ty.clone())
        } else {
            if ty.is_builtin_subtype("Exception") && !all_exceptions {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            ty.clone()
        };
        Ok(Value::Exception(Rc::new(ExceptionObject::new(ty, args))))
    }

    /// A group like `orig` with other members: `orig.derive(members)` keeping its traceback,
    /// cause, context and notes, as `split` and `subgroup` do.
    fn derive_group(&mut self, orig: &Rc<ExceptionObject>, members: Vec<Value>) -> PyResult<Value> {
        let message = orig.args.borrow().first().cloned().unwrap_or(Value::None);
        let v = self.base_group(message, members)?;
        if let Value::Exception(n) = &v {
            *n.traceback.borrow_mut() = orig.traceback.borrow().clone();
            *n.cause.borrow_mut() = orig.cause.borrow().clone();
            *n.context.borrow_mut() = orig.context.borrow().clone();
            if let Some(notes) = orig.dict.get_str("__notes__") {
                n.dict.set_str("__notes__", notes);
            }
        }
        Ok(v)
    }

    /// `BaseExceptionGroup(message, members)`: an ExceptionGroup when every member is an
    /// Exception.
    fn base_group(&mut self, message: Value, members: Vec<Value>) -> PyResult<Value> {
        let list = Value::List(Rc::new(List::new(members)));
        self.base_group_of(message, list)
    }

    /// `BaseExceptionGroup(message, members)` with the members as given (a list or tuple).
    fn base_group_of(&mut self, message: Value, members: Value) -> PyResult<Value> {
        let Some(ty) = self.types.exception("BaseExceptionGroup") else {
            return Err(self.err("SystemError", "BaseExceptionGroup is missing"));
        };
        self.new_exception_group(&ty, vec![message, members])
    }

    fn condition_holds(&mut self, v: &Value, cond: &Condition) -> PyResult<bool> {
        match cond {
            Condition::Matches(t) => self.exception_matches(v, t),
            Condition::Predicate(f) => {
                let r = self.call_value(f, Args::positional(vec![v.clone()]))?;
                self.truthy(&r)
            }
            Condition::Leaves(ids) => Ok(ids.contains(&v.id())),
        }
    }

    /// `(match, rest)` of a split: each either the part of `v` meeting the condition, or None.
    fn split_tree(
        &mut self,
        v: &Value,
        cond: &Condition,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.condition_holds(v, cond)? {
            return Ok((Some(v.clone()), None));
        }
        let Value::Exception(e) = v else {
            return Ok((None, Some(v.clone())));
        };
        let Some(members) = group_members(e) else {
            return Ok((None, Some(v.clone())));
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for m in &members {
            let (a, b) = self.split_tree(m, cond)?;
            matched.extend(a);
            rest.extend(b);
        }
        let matched = if matched.is_empty() {
            None
        } else {
            Some(self.derive_group(e, matched)?)
        };
        let rest = if rest.is_empty() {
            None
        } else {
            Some(self.derive_group(e, rest)?)
        };
        Ok((matched, rest))
    }

    /// The condition that `split(arg)` or `subgroup(arg)` describes.
    fn split_condition<'a>(&mut self, arg: &'a Value) -> PyResult<Condition<'a>> {
        match arg {
            Value::Type(_) | Value::Tuple(_) => Ok(Condition::Matches(arg)),
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => {
                Ok(Condition::Predicate(arg))
            }
            v @ Value::Instance(_) if self.lookup_special(v, "__call__").is_some() => {
                Ok(Condition::Predicate(arg))
            }
            _ => {
                Err(self
                    .type_error("expected a function, exception type or tuple of exception types"))
            }
        }
    }

    /// `except* T`: `[rest, T] -> [rest', match, matched]`. A bare exception that matches is
    /// wrapped in an ExceptionGroup with an empty message, as CPython does.
    #[inline(never)]
    pub(crate) fn exception_group_match(
        &mut self,
        rest: &Value,
        ty: &Value,
    ) -> PyResult<(Value, Value, bool)> {
        if let Value::Type(t) = ty {
            if t.is_builtin_subtype("BaseExceptionGroup") {
                return Err(self.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        if rest.is_none() {
            return Ok((Value::None, Value::None, false));
        }
        let is_group = matches!(rest, Value::Exception(e) if group_members(e).is_some());
        if !is_group {
            if self.exception_matches(rest, ty)? {
                let group = self.base_group_of(Value::str(""), Value::tuple(vec![rest.clone()]))?;
                if let (Value::Exception(g), Value::Exception(e)) = (&group, rest) {
                    *g.traceback.borrow_mut() = e.traceback.borrow().clone();
                }
                return Ok((Value::None, group, true));
            }
            return Ok((rest.clone(), Value::None, false));
        }
        let (matched, left) = self.split_tree(rest, &Condition::Matches(ty))?;
        match matched {
            Some(m) => Ok((left.unwrap_or(Value::None), m, true)),
            None => Ok((rest.clone(), Value::None, false)),
        }
    }

    /// The end of a `try`/`except*`: from the original exception, what the handlers raised
    /// and what no clause matched, the exception to raise, if any. Re-raised parts keep the
    /// original group's shape; new exceptions join them in a new ExceptionGroup("", ...).
    #[inline(never)]
    pub(crate) fn exception_group_reraise(
        &mut self,
        orig: &Value,
        raised: &[Value],
        rest: &Value,
    ) -> PyResult<Option<Value>> {
        let mut leaves = Vec::new();
        collect_leaves(orig, &mut leaves);
        let mut keep_ids = Vec::new();
        let mut new = Vec::new();
        for r in raised.iter().chain(std::iter::once(rest)) {
            if r.is_none() {
                continue;
            }
            let mut mine = Vec::new();
            collect_leaves(r, &mut mine);
            if !mine.is_empty() && mine.iter().all(|id| leaves.contains(id)) {
                keep_ids.extend(mine);
            } else {
                new.push(r.clone());
            }
        }
        let is_group = matches!(orig, Value::Exception(e) if group_members(e).is_some());
        if !is_group {
            // A bare exception: at most one thing can be raised for it.
            return Ok(new
                .into_iter()
                .next()
                .or_else(|| (!keep_ids.is_empty()).then(|| orig.clone())));
        }
        let keep = if keep_ids.is_empty() {
            None
        } else {
            self.split_tree(orig, &Condition::Leaves(&keep_ids))?.0
        };
        if new.is_empty() {
            return Ok(keep);
        }
        new.extend(keep);
        Ok(Some(self.base_group(Value::str(""), new)?))
    }
}

/// The identities of the non-group exceptions in a tree.
fn collect_leaves(v: &Value, out: &mut Vec<i64>) {
    match v {
        Value::Exception(e) => match group_members(e) {
            Some(members) => members.iter().for_each(|m| collect_leaves(m, out)),
            None => out.push(v.id()),
        },
        Value::None => {}
        other => out.push(other.id()),
    }
}

fn group_self(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<ExceptionObject>> {
    match args.pos.first() {
        Some(Value::Exception(e)) if group_members(e).is_some() => Ok(e.clone()),
        _ => Err(interp.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

fn split_method(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "split", &args, 2, 2)?;
    group_self(interp, &args, "split")?;
    let cond = interp.split_condition(&args.pos[1])?;
    let (m, r) = interp.split_tree(&args.pos[0], &cond)?;
    Ok(Value::tuple(vec![
        m.unwrap_or(Value::None),
        r.unwrap_or(Value::None),
    ]))
}

fn subgroup_method(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "subgroup", &args, 2, 2)?;
    group_self(interp, &args, "subgroup")?;
    let cond = interp.split_condition(&args.pos[1])?;
    let (m, _) = interp.split_tree(&args.pos[0], &cond)?;
    Ok(m.unwrap_or(Value::None))
}

fn derive_method(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "derive", &args, 2, 2)?;
    let e = group_self(interp, &args, "derive")?;
    let message = e.args.borrow().first().cloned().unwrap_or(Value::None);
    let Some(ty) = interp.types.exception("BaseExceptionGroup") else {
        return Err(interp.err("SystemError", "BaseExceptionGroup is missing"));
    };
    interp.new_exception_group(&ty, vec![message, args.pos[1].clone()])
}

/// Turns the result of `exception_group_reraise` into the error to raise.
pub(crate) fn reraise_error(interp: &mut Interpreter, v: Value) -> PyErr {
    match v {
        Value::Exception(e) => PyErr::Exception(e),
        _ => interp.err("SystemError", "except* re-raised a non-exception"),
    }
}
