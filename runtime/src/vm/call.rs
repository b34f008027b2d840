//! Calls: binding arguments to parameters with CPython's error messages, and dispatching on
//! the kind of callable. Python functions called from the loop push a frame (no Rust
//! recursion); everything else runs to completion.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::{functions, methods_list};
use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, BuiltinFunction, Function, NativeFn, Pos};
use crate::value::Value;

use super::{pop_from, Frame, OnReturn};

impl Interpreter {
    /// Calls `func` with the arguments at `stack[args_start..]` (the last `len(kwnames)` of
    /// them by keyword), leaving the stack cut at `func_slot` plus the result, or with a new
    /// frame pushed for a Python function.
    pub(super) fn call_from_stack(
        &mut self,
        func: Value,
        args_start: usize,
        func_slot: usize,
        kwnames: Option<Value>,
    ) -> PyResult<()> {
        if let Value::Function(f) = &func {
            let code = &f.code;
            let nargs = self.stack.len() - args_start;
            let simple = simple_call(code);
            let names: &[Value] = match &kwnames {
                Some(Value::Tuple(t)) => &t.items,
                _ => &[],
            };
            let locals = if !simple {
                None
            } else if nargs == code.argcount as usize
                && kwnames.is_none()
                && code.kwonlyargcount == 0
            {
                // The common case: positional arguments straight into the new frame's locals.
                Some(self.positional_locals(code, None, args_start))
            } else if kwnames.is_none() || !names.is_empty() {
                self.quick_locals(f, args_start, names)
            } else {
                None
            };
            if let Some(locals) = locals {
                self.stack.truncate(func_slot);
                return self.push_call_frame(call_frame(f, locals, OnReturn::Push));
            }
        }
        // `C(a, b)` where `C.__init__` is a plain Python function of exactly those positional
        // arguments: the new instance and the arguments go straight into the frame's locals,
        // without an argument vector to shift the instance into and bind.
        if let (Value::Type(t), None) = (&func, &kwnames) {
            if let Some(init) = self.plain_init(t) {
                let code = &init.code;
                let nargs = self.stack.len() - args_start;
                if simple_call(code)
                    && code.kwonlyargcount == 0
                    && nargs + 1 == code.argcount as usize
                {
                    // `plain_init` holds only for classes without a built-in base, whose
                    // instances take nothing from the call's arguments.
                    let obj = self.new_instance(t, &Args::default())?;
                    let locals = self.positional_locals(code, Some(obj.clone()), args_start);
                    self.stack.truncate(func_slot);
                    let frame = call_frame(&init, locals, OnReturn::Construct(obj));
                    return self.push_call_frame(frame);
                }
            }
        }
        if let (Value::Builtin(b), None) = (&func, &kwnames) {
            if self.quick_builtin(b, args_start, func_slot)? {
                return Ok(());
            }
        }
        // A built-in function with positional arguments only is called straight from here.
        if let (Value::Builtin(b), None) = (&func, &kwnames) {
            if b.receiver.is_none() {
                let pos = move_tail_pos(&mut self.stack, args_start);
                self.stack.truncate(func_slot);
                let v = self.call_builtin(
                    b,
                    Args {
                        pos,
                        kw: Vec::new(),
                    },
                )?;
                self.stack.push(v);
                return Ok(());
            }
        }
        // `type(x)`: the class, without constructing anything.
        if let (Value::Type(t), None) = (&func, &kwnames) {
            if self.stack.len() == args_start + 1 && Rc::ptr_eq(t, &self.types.type_) {
                let ty = self.type_of(&self.stack[args_start]);
                self.stack.truncate(func_slot);
                self.stack.push(Value::Type(ty));
                return Ok(());
            }
        }
        // A bound built-in method's receiver goes first.
        let mut pos = Pos::new();
        if let Value::Builtin(b) = &func {
            pos.extend(b.receiver.clone());
        }
        let nkw = match &kwnames {
            Some(Value::Tuple(names)) => names.items.len(),
            _ => 0,
        };
        let kw_start = self.stack.len() - nkw;
        let mut kw = Vec::with_capacity(nkw);
        if let Some(Value::Tuple(names)) = &kwnames {
            for (n, v) in names.items.iter().zip(self.stack.drain(kw_start..)) {
                if let Value::Str(s) = n {
                    kw.push((Rc::from(s.as_str()), v));
                }
            }
        }
        pos.extend(self.stack.drain(args_start..));
        self.stack.truncate(func_slot);
        if let Value::Builtin(b) = &func {
            if b.receiver.is_some() {
                let v = self.call_builtin(b, Args { pos, kw })?;
                self.stack.push(v);
                return Ok(());
            }
        }
        self.call_push(func, Args { pos, kw })
    }

    /// The locals of a call of `code` whose parameters are all positional and all given:
    /// `first` (a constructor's new instance), then the arguments at `stack[args_start..]`,
    /// moved off the stack, then the unbound rest, in a vector from the pool.
    #[inline(always)]
    fn positional_locals(
        &mut self,
        code: &Code,
        first: Option<Value>,
        args_start: usize,
    ) -> Vec<Value> {
        let n = code.varnames.len();
        let mut locals = self.locals_pool.pop().unwrap_or_default();
        locals.clear();
        locals.reserve(n);
        locals.extend(first);
        move_tail(&mut self.stack, args_start, &mut locals);
        // `resize_with`, not `resize(n, Value::Null)`: that one clones a template and drops
        // it, out of line, even when nothing is added.
        if locals.len() < n {
            locals.resize_with(n, || Value::Null);
        }
        locals
    }

    /// `LoadSuperAttr(x)` (see `bytecode.rs`), out of the dispatch loop to keep it small.
    #[inline(never)]
    pub(super) fn load_super_attr(&mut self, fi: usize, code: &Code, x: u32) -> PyResult<()> {
        let n = (x >> 2) as usize;
        let (method, two) = (x & 2 != 0, x & 1 != 0);
        let base = self.stack.len() - if two { 3 } else { 1 };
        let builtin = matches!(&self.stack[base],
            Value::Type(t) if Rc::ptr_eq(t, &self.types.super_));
        let pair = match (builtin, two) {
            (false, _) => None,
            (true, true) => match &self.stack[base + 1..] {
                [Value::Type(this), obj] => Some((this.clone(), obj.clone())),
                _ => None,
            },
            (true, false) => match crate::builtins::construct::zero_arg_super(&self.frames[fi]) {
                (Some(Value::Type(this)), Some(obj)) => Some((this, obj)),
                _ => None,
            },
        };
        let found = pair.and_then(|(this, obj)| {
            self.super_find(&this, &obj, &code.names[n])
                .map(|found| (obj, found))
        });
        if let Some((obj, found)) = found {
            self.stack.truncate(base);
            if method && !found.bind_to_type && matches!(found.value, Value::Function(_)) {
                self.stack.push(found.value);
                self.stack.push(obj);
            } else {
                let v = self.super_bind(found, &obj)?;
                if method {
                    self.stack.push(Value::Null);
                }
                self.stack.push(v);
            }
            return Ok(());
        }
        // Another `super`, or a lookup the super object makes in its own way (a built-in
        // base's method, an error): call it and look the name up on what it returns.
        let args = self.stack.split_off(base + 1);
        let sup = pop_from(&mut self.stack);
        let obj = self.call_value(&sup, Args::positional(args))?;
        let (name, hash) = (&code.names[n], code.name_hashes[n]);
        if method {
            match self.lookup_method_hashed(&obj, name, hash)? {
                Some(m) => {
                    self.stack.push(m);
                    self.stack.push(obj);
                }
                None => {
                    let v = self.get_attr_hashed(&obj, name, hash)?;
                    self.stack.push(Value::Null);
                    self.stack.push(v);
                }
            }
        } else {
            let v = self.get_attr_hashed(&obj, name, hash)?;
            self.stack.push(v);
        }
        Ok(())
    }

    /// The locals of a call of `f` (no `*args`, `**kwargs` or cells) with the arguments at
    /// `stack[args_start..]`, the last `names.len()` of them by keyword, when every parameter
    /// gets exactly one value, from the call or a default: the arguments are moved off the
    /// stack. None, touching nothing, for anything else (an error to report, more keywords
    /// than it keeps track of), which `bind_frame` then handles.
    fn quick_locals(
        &mut self,
        f: &Function,
        args_start: usize,
        names: &[Value],
    ) -> Option<Vec<Value>> {
        const MAX_KEYWORDS: usize = 8;
        let code = &f.code;
        let argcount = code.argcount as usize;
        let total = argcount + code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let nkw = names.len();
        let npos = self.stack.len() - args_start - nkw;
        if npos > argcount || nkw > MAX_KEYWORDS {
            return None;
        }
        let mut slots = [0usize; MAX_KEYWORDS];
        for (j, name) in names.iter().enumerate() {
            let Value::Str(name) = name else { return None };
            let i = posonly
                + code.varnames[posonly..total]
                    .iter()
                    .position(|v| **v == *name.as_str())?;
            if i < npos || slots[..j].contains(&i) {
                return None;
            }
            slots[j] = i;
        }
        let defaults = f.defaults.borrow();
        let first_default = argcount - defaults.len().min(argcount);
        for i in npos..total {
            if slots[..nkw].contains(&i) {
                continue;
            }
            let has_default = if i < argcount {
                i >= first_default
            } else {
                f.kwdefaults
                    .as_ref()
                    .is_some_and(|d| d.get_str(&code.varnames[i]).is_some())
            };
            if !has_default {
                return None;
            }
        }
        let mut locals = self.locals_pool.pop().unwrap_or_default();
        locals.reserve(code.varnames.len());
        let mut values = self.stack.drain(args_start..);
        locals.extend(values.by_ref().take(npos));
        locals.resize_with(code.varnames.len(), || Value::Null);
        for (j, v) in values.enumerate() {
            locals[slots[j]] = v;
        }
        for (i, slot) in locals.iter_mut().enumerate().take(total).skip(npos) {
            if slot.is_null() {
                *slot = if i < argcount {
                    defaults[i - first_default].clone()
                } else {
                    // Checked above; nothing has run since.
                    let name = &code.varnames[i];
                    let default = f.kwdefaults.as_ref().and_then(|d| d.get_str(name));
                    default.unwrap_or(Value::Null)
                };
            }
        }
        Some(locals)
    }

    /// Built-in calls answered without an argument vector, CPython's specialised calls of
    /// `len`, `isinstance` and `list.append`: true when done (the stack cut at `func_slot` plus the result).
    #[inline]
    fn quick_builtin(
        &mut self,
        b: &BuiltinFunction,
        args_start: usize,
        func_slot: usize,
    ) -> PyResult<bool> {
        let nargs = self.stack.len() - args_start;
        if std::ptr::fn_addr_eq(b.func, functions::len as NativeFn) {
            let n = match (&b.receiver, nargs, &self.stack[args_start..]) {
                (None, 1, [Value::Str(s)]) => s.char_len(),
                (None, 1, [Value::List(l)]) => l.len(),
                (None, 1, [Value::Tuple(t)]) => t.len(),
                (None, 1, [Value::Dict(d)]) => d.len(),
                (None, 1, [Value::Bytes(b)]) => b.len(),
                _ => return Ok(false),
            };
            self.stack.truncate(func_slot);
            self.stack.push(Value::Int(n as i64));
            return Ok(true);
        }
        if std::ptr::fn_addr_eq(b.func, functions::isinstance as NativeFn)
            && b.receiver.is_none()
            && nargs == 2
        {
            // Classes without a metaclass (so no `__instancecheck__`), alone or in a tuple: the
            // answer is the MRO's, as `class_check` gives it.
            let ty = self.type_of(&self.stack[args_start]);
            let plain = |c: &Value| match c {
                Value::Type(c) => c.metaclass.borrow().is_none().then(|| ty.is_subtype(c)),
                _ => None,
            };
            let hit = match &self.stack[args_start + 1] {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .map(plain)
                    .try_fold(false, |hit, one| one.map(|one| hit || one)),
                c => plain(c),
            };
            let Some(hit) = hit else { return Ok(false) };
            // A miss on an instance whose class defines `__class__` is checked again against
            // what that says, which the full `isinstance` does.
            if !hit {
                if let Value::Instance(i) = &self.stack[args_start] {
                    if functions::claims_class(&i.class) {
                        return Ok(false);
                    }
                }
            }
            self.stack.truncate(func_slot);
            self.stack.push(Value::Bool(hit));
            return Ok(true);
        }
        if std::ptr::fn_addr_eq(b.func, methods_list::append as NativeFn) {
            let list = match (&b.receiver, nargs) {
                (Some(Value::List(l)), 1) => l.clone(),
                (None, 2) => match &self.stack[args_start] {
                    Value::List(l) => l.clone(),
                    // A class deriving from list whose `append` is list's (it was found as
                    // this very function) appends to the list it wraps.
                    Value::Instance(i) => match &i.base {
                        Some(Value::List(l)) => l.clone(),
                        _ => return Ok(false),
                    },
                    _ => return Ok(false),
                },
                _ => return Ok(false),
            };
            self.charge(methods_list::SLOT)?;
            let v = pop_from(&mut self.stack);
            list.push(v);
            self.stack.truncate(func_slot);
            self.stack.push(Value::None);
            return Ok(true);
        }
        Ok(false)
    }

    /// Calls a built-in function with its arguments, the receiver of a bound one already
    /// first among them.
    fn call_builtin(&mut self, b: &BuiltinFunction, mut args: Args) -> PyResult<Value> {
        // A built-in type's method called on an instance of a class deriving from that type
        // acts on the built-in value the instance wraps.
        // (The receiver is looked at first: the owner's name is compared as a string.)
        let wraps = matches!(args.pos.first(), Some(Value::Instance(i)) if i.base.is_some());
        if wraps && crate::ops::owner_wants_base(b.owner) {
            if let Some(base) = args.pos.first().and_then(crate::ops::builtin_base) {
                // Except that dict.__getitem__ consults the subclass's `__missing__`, as
                // `obj[key]` does (urllib.parse's quoter is such a bound method).
                if let ([obj, key], Value::Dict(_), "__getitem__") = (&args.pos[..], &base, b.name)
                {
                    return self.subclass_getitem(obj, &base, key);
                }
                args.pos[0] = base;
            }
        }
        (b.func)(self, args)
    }

    /// Calls from the loop: a plain Python function gets a frame on the frame stack; anything
    /// else runs now and its result is pushed.
    pub(super) fn call_push(&mut self, func: Value, mut args: Args) -> PyResult<()> {
        let plain =
            |f: &Function| !f.code.has_flag(Code::GENERATOR) && !f.code.has_flag(Code::COROUTINE);
        match &func {
            Value::Function(f) if plain(f) => {
                let frame = self.bind_frame(f, args)?;
                return self.push_frame(frame);
            }
            Value::BoundMethod(m) => {
                if let Value::Function(f) = &m.func {
                    if plain(f) {
                        args.pos.insert(0, m.receiver.clone());
                        let frame = self.bind_frame(f, args)?;
                        return self.push_frame(frame);
                    }
                }
            }
            Value::Type(t) => {
                if let Some(init) = self.plain_init(t) {
                    // `C(...)` with a Python `__init__`: the instance is made here and
                    // `__init__` runs as a frame of this loop, not a nested one.
                    let obj = self.new_instance(t, &args)?;
                    args.pos.insert(0, obj.clone());
                    let mut frame = self.bind_frame(&init, args)?;
                    frame.on_return = OnReturn::Construct(obj);
                    return self.push_frame(frame);
                }
            }
            _ => {}
        }
        let v = self.call_value(&func, args)?;
        self.stack.push(v);
        Ok(())
    }

    /// The `__init__` of class `t` when calling `t` is only `object.__new__` then that plain
    /// Python function: no metaclass, no `__new__` of its own, nothing abstract, and an
    /// `__init__` that is no generator.
    fn plain_init(&self, t: &Rc<crate::object::Type>) -> Option<Rc<Function>> {
        if !t.is_class
            || t.metaclass.borrow().is_some()
            || t.kind != crate::object::TypeKind::Object
        {
            return None;
        }
        // Three lookups on every `C(...)` otherwise; the memo lives as long as no type's
        // namespace changes.
        if let Some(memo) = t.cache.plain_init() {
            return match memo {
                Value::Function(f) => Some(f),
                _ => None,
            };
        }
        let found = Self::find_plain_init(t);
        t.cache.set_plain_init(match &found {
            Some(f) => Value::Function(f.clone()),
            None => Value::Null,
        });
        found
    }

    fn find_plain_init(t: &Rc<crate::object::Type>) -> Option<Rc<Function>> {
        use crate::object::names;
        if !t
            .lookup_name(&names::NEW)
            .is_some_and(|v| crate::ops::is_object_method(&v))
        {
            return None;
        }
        if t.lookup_name(&names::ABSTRACTMETHODS).is_some() {
            return None;
        }
        match t.lookup_name(&names::INIT)? {
            Value::Function(f)
                if !f.code.has_flag(Code::GENERATOR) && !f.code.has_flag(Code::COROUTINE) =>
            {
                Some(f)
            }
            _ => None,
        }
    }

    /// The special method `name` of an instance's class when it is a plain Python function
    /// (no generator), for instructions that run it as a frame of the loop. None for other
    /// values, and for instances of classes deriving from built-in types (whose special
    /// methods may act on the wrapped value).
    pub(super) fn plain_special(
        &self,
        obj: &Value,
        name: &crate::object::Name,
    ) -> Option<Rc<Function>> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        // A class deriving from a built-in type answers through the generic path, which
        // unwraps its built-in value; an array's items are no such value.
        if inst.base.is_some() && !matches!(inst.base, Some(Value::Array(_))) {
            return None;
        }
        match inst.class.lookup_name(name)? {
            Value::Function(f)
                if !f.code.has_flag(Code::GENERATOR) && !f.code.has_flag(Code::COROUTINE) =>
            {
                Some(f)
            }
            _ => None,
        }
    }

    /// The error for an `__init__` that returned something other than None.
    #[cold]
    pub(super) fn init_returned(&mut self, v: &Value) -> PyErr {
        let tn = self.type_name(v);
        self.type_error(format!("__init__() should return None, not '{tn}'"))
    }

    /// Calls any callable from Rust and returns its result.
    pub(crate) fn call_value(&mut self, func: &Value, mut args: Args) -> PyResult<Value> {
        match func {
            Value::Function(f) => {
                let frame = self.bind_frame(f, args)?;
                if f.code.has_flag(Code::GENERATOR) || f.code.has_flag(Code::COROUTINE) {
                    return Ok(self.new_generator(frame, f));
                }
                self.run_frame(frame)
            }
            Value::Builtin(b) => {
                if let Some(r) = &b.receiver {
                    args.pos.insert(0, r.clone());
                }
                self.call_builtin(b, args)
            }
            Value::BoundMethod(m) => {
                args.pos.insert(0, m.receiver.clone());
                let f = m.func.clone();
                self.call_value(&f, args)
            }
            Value::Type(t) => {
                let t = t.clone();
                // A metaclass's own `__call__` replaces the default construction.
                let meta_call = t
                    .metaclass
                    .borrow()
                    .as_ref()
                    .and_then(|m| m.lookup("__call__"));
                if let Some(call @ Value::Function(_)) = meta_call {
                    args.pos.insert(0, Value::Type(t));
                    return self.call_value(&call, args);
                }
                self.call_type(&t, args)
            }
            other => {
                if let Some(call) = self.lookup_special(other, "__call__") {
                    args.pos.insert(0, other.clone());
                    return self.call_value(&call, args);
                }
                let tn = self.type_name(other);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// Calls with positional arguments only.
    pub(crate) fn call1(&mut self, func: &Value, arg: Value) -> PyResult<Value> {
        self.call_value(func, Args::positional(vec![arg]))
    }

    /// Binds arguments to a new frame for `f`, with CPython's messages for every mismatch.
    pub(crate) fn bind_frame(&mut self, f: &Rc<Function>, args: Args) -> PyResult<Frame> {
        let code = f.code.clone();
        let nlocals = code.varnames.len();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let mut locals = Vec::with_capacity(nlocals);
        let Args { pos, kw } = args;
        let npos = pos.len();
        let fast = kw.is_empty()
            && npos == argcount
            && code.flags & (Code::VARARGS | Code::VARKEYWORDS) == 0
            && kwonly == 0;
        if fast {
            locals.extend(pos);
            locals.resize_with(nlocals, || Value::Null);
        } else {
            locals.resize_with(nlocals, || Value::Null);
            let mut extra = Vec::new();
            for (i, v) in pos.into_iter().enumerate() {
                if i < argcount {
                    locals[i] = v;
                } else {
                    extra.push(v);
                }
            }
            let varargs_slot = argcount + kwonly;
            let mut next_slot = varargs_slot;
            if code.has_flag(Code::VARARGS) {
                locals[next_slot] = Value::tuple(std::mem::take(&mut extra));
                next_slot += 1;
            } else if !extra.is_empty() {
                return Err(self.too_many_positional(f, npos, &kw));
            }
            let kwargs_dict = if code.has_flag(Code::VARKEYWORDS) {
                let d = Rc::new(crate::object::Dict::new());
                locals[next_slot] = Value::Dict(d.clone());
                Some(d)
            } else {
                None
            };
            let posonly = code.posonlyargcount as usize;
            let mut posonly_passed = Vec::new();
            for (name, v) in kw {
                let slot = code.varnames[..argcount + kwonly]
                    .iter()
                    .position(|n| **n == *name);
                match slot {
                    Some(i) if i >= posonly => {
                        if !locals[i].is_null() {
                            let qn = display_qualname(f);
                            return Err(self.type_error(format!(
                                "{qn}() got multiple values for argument '{name}'"
                            )));
                        }
                        locals[i] = v;
                    }
                    _ => match &kwargs_dict {
                        Some(d) => d.set_str(&name, v),
                        None => {
                            if slot.is_some() {
                                posonly_passed.push(name.to_string());
                                continue;
                            }
                            let qn = display_qualname(f);
                            return Err(self.type_error(format!(
                                "{qn}() got an unexpected keyword argument '{name}'"
                            )));
                        }
                    },
                }
            }
            if !posonly_passed.is_empty() {
                let qn = display_qualname(f);
                return Err(self.type_error(format!(
                    "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_passed.join(", ")
                )));
            }
            // Defaults for positional parameters.
            let defaults = f.defaults.borrow();
            let ndefaults = defaults.len();
            let first_default = argcount - ndefaults.min(argcount);
            let mut missing = Vec::new();
            for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
                if slot.is_null() {
                    if i >= first_default {
                        *slot = defaults[i - first_default].clone();
                    } else {
                        missing.push(code.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(f, &missing, "positional"));
            }
            for (i, slot) in locals
                .iter_mut()
                .enumerate()
                .take(argcount + kwonly)
                .skip(argcount)
            {
                if slot.is_null() {
                    let name = code.varnames[i].clone();
                    match f.kwdefaults.as_ref().and_then(|d| d.get_str(&name)) {
                        Some(v) => *slot = v,
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(f, &missing, "keyword-only"));
            }
        }
        let cells = if code.cellvars.is_empty() {
            f.closure.clone()
        } else {
            let mut cells = Vec::with_capacity(code.ncells());
            for _ in 0..code.cellvars.len() {
                let cell = Rc::new(RefCell::new(None));
                self.gc.track_cell(&cell);
                cells.push(cell);
            }
            for &(ci, vi) in &code.cell_params {
                let v = std::mem::replace(&mut locals[vi as usize], Value::Null);
                *cells[ci as usize].borrow_mut() = Some(v);
            }
            cells.extend(f.closure.iter().cloned());
            cells.into()
        };
        Ok(Frame {
            code,
            ip: 0,
            locals,
            cells,
            globals: f.globals.clone(),
            namespace: None,
            blocks: Vec::new(),
            stack_base: 0,
            handled_base: 0,
            on_return: OnReturn::Push,
        })
    }

    fn too_many_positional(
        &mut self,
        f: &Function,
        given: usize,
        kw: &[(Rc<str>, Value)],
    ) -> PyErr {
        let code = &f.code;
        let argcount = code.argcount as usize;
        let ndefaults = f.defaults.borrow().len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            format!("{argcount} positional argument{}", plural(argcount))
        };
        let kwonly_given = kw
            .iter()
            .filter(|(n, _)| {
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| **v == **n)
            })
            .count();
        let given_text = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                plural(given),
                plural(kwonly_given)
            )
        } else {
            format!(
                "{given} {}",
                if given == 1 {
                    "was given"
                } else {
                    "were given"
                }
            )
        };
        let qn = display_qualname(f);
        self.type_error(format!("{qn}() takes {takes} but {given_text}"))
    }

    fn missing_args(&mut self, f: &Function, missing: &[String], kind: &str) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let n = missing.len();
        let qn = display_qualname(f);
        self.type_error(format!(
            "{qn}() missing {n} required {kind} argument{}: {list}",
            if n == 1 { "" } else { "s" }
        ))
    }

    /// The keyword arguments of a `f(**m)` call, in the mapping's order.
    #[inline(never)]
    pub(super) fn kwargs_from_mapping(
        &mut self,
        func: &Value,
        m: &Value,
    ) -> PyResult<Vec<(Rc<str>, Value)>> {
        let Value::Dict(d) = m else {
            let tn = self.type_name(m);
            let fname = self.callable_name(func);
            return Err(self.type_error(format!(
                "{fname} argument after ** must be a mapping, not {tn}"
            )));
        };
        let mut out = Vec::new();
        for (k, v) in d.items() {
            match k {
                Value::Str(s) => out.push((Rc::from(s.as_str()), v)),
                _ => return Err(self.type_error("keywords must be strings")),
            }
        }
        Ok(out)
    }

    pub(crate) fn callable_name(&self, func: &Value) -> String {
        match func {
            Value::Function(f) => format!("{}()", display_qualname(f)),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Type(t) => format!("{}()", t.name),
            _ => "function".into(),
        }
    }

    /// `d.update(m)` for `{**m}` and `f(**m)`; `merge` rejects repeated keys.
    pub(crate) fn dict_update_from(
        &mut self,
        d: &Rc<crate::object::Dict>,
        m: &Value,
        merge: bool,
    ) -> PyResult<()> {
        // A dict subclass that keeps dict's iteration is copied from its storage, as CPython.
        if let Some(b @ Value::Dict(_)) = self.subclass_base(m, "__iter__") {
            return self.dict_update_from(d, &b, merge);
        }
        match m {
            Value::Dict(src) => {
                for (k, v) in src.items() {
                    let key = self.dict_key(k)?;
                    if merge && d.get(&key).is_some() {
                        let ks = self.to_str(&key.value)?;
                        return Err(self.type_error(format!(
                            "got multiple values for keyword argument '{ks}'"
                        )));
                    }
                    d.insert(key, v);
                }
                Ok(())
            }
            other => {
                let keys_fn = self.get_attr(other, "keys").map_err(|_| {
                    let tn = self.type_name(other);
                    self.type_error(format!("'{tn}' object is not a mapping"))
                })?;
                let keys = self.call_value(&keys_fn, Args::default())?;
                for k in self.collect_iterable(&keys)? {
                    let v = self.get_item(other, &k)?;
                    let key = self.dict_key(k)?;
                    d.insert(key, v);
                }
                Ok(())
            }
        }
    }
}

/// Whether a call of `code` can take the frame fast paths: no `*args` or `**kwargs`, no
/// generator or coroutine, and no cellvars of its own (so the function's closure is the frame's
/// cells, as `call_frame` makes it).
#[inline(always)]
fn simple_call(code: &Code) -> bool {
    code.flags & (Code::VARARGS | Code::VARKEYWORDS | Code::GENERATOR | Code::COROUTINE) == 0
        && code.cellvars.is_empty()
}

/// The frame of a call of `f` (no cellvars of its own, so its closure is the frame's cells)
/// with its locals bound.
#[inline(always)]
fn call_frame(f: &Function, locals: Vec<Value>, on_return: OnReturn) -> Frame {
    Frame {
        code: f.code.clone(),
        ip: 0,
        locals,
        cells: f.closure.clone(),
        globals: f.globals.clone(),
        namespace: None,
        blocks: Vec::new(),
        stack_base: 0,
        handled_base: 0,
        on_return,
    }
}

/// The name a function's errors show: its `__qualname__`, which code such as `dataclasses` and
/// `namedtuple` assigns after creating the function.
fn display_qualname(f: &Function) -> Rc<str> {
    match f.dict.get_str("__qualname__") {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => f.qualname.clone(),
    }
}

/// Moves `from[start..]` onto the end of `to` (which has room for them), leaving `from` with
/// `start` items: a plain copy of the values' bits, where `Vec::drain` and `extend` cost
/// about 50 instructions a call in iterator bookkeeping.
#[inline(always)]
pub(super) fn move_tail(from: &mut Vec<Value>, start: usize, to: &mut Vec<Value>) {
    let n = from.len().saturating_sub(start);
    if n == 0 {
        return;
    }
    to.reserve(n);
    // SAFETY: `start + n == from.len()`, so the source range is initialised; `to` has room for
    // `n` more (reserved above) and is a different vector, so the ranges do not overlap. The
    // values are moved, not copied: `from` is shortened to `start` without dropping them, and
    // `to`'s length grows over exactly the `n` slots written.
    unsafe {
        let src = from.as_ptr().add(start);
        let dst = to.as_mut_ptr().add(to.len());
        std::ptr::copy_nonoverlapping(src, dst, n);
        from.set_len(start);
        to.set_len(to.len() + n);
    }
}

/// `move_tail` into a new argument vector (inline for up to four values).
#[inline(always)]
fn move_tail_pos(from: &mut Vec<Value>, start: usize) -> Pos {
    let n = from.len().saturating_sub(start);
    if n == 0 {
        return Pos::new();
    }
    let mut to = Pos::with_capacity(n);
    // SAFETY: as in `move_tail`: the `n` values after `start` are initialised and moved into
    // `to`, which was made with room for them and does not overlap `from`; `from` forgets them
    // by its shortened length, `to` owns them by its grown one.
    unsafe {
        std::ptr::copy_nonoverlapping(from.as_ptr().add(start), to.as_mut_ptr(), n);
        from.set_len(from.len() - n);
        to.set_len(n);
    }
    to
}
