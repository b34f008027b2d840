//! Attributes: lookup on instances, classes, built-in values and functions; method binding;
//! creating instances of classes and exceptions. Class creation is in `metaclass.rs`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{
    names, str_hash, Args, BoundMethod, BuiltinFunction, Dict, DictKey, ExceptionObject, Instance,
    Type, TypeKind,
};
use crate::value::Value;

impl Interpreter {
    /// Binds a type's attribute to an instance: functions become bound methods; properties,
    /// static and class methods act as descriptors.
    fn bind(&mut self, attr: Value, obj: &Value, owner: &Rc<Type>) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: attr,
                receiver: obj.clone(),
            })),
            // A type's built-in method binds; a module's built-in function (no owner) does
            // not, as in CPython (`class C: f = math.sqrt` leaves `C().f` the function).
            Value::Builtin(b) if b.receiver.is_none() && b.owner.is_some() => {
                Value::Builtin(Rc::new(BuiltinFunction {
                    name: b.name,
                    func: b.func,
                    receiver: Some(obj.clone()),
                    owner: b.owner,
                }))
            }
            Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.property) => {
                let getter = i.dict.get_str("fget").unwrap_or(Value::None);
                if getter.is_none() {
                    return Err(self.err("AttributeError", "unreadable attribute"));
                }
                self.call1(&getter, obj.clone())?
            }
            Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.staticmethod) => {
                i.dict.get_str("__func__").unwrap_or(Value::None)
            }
            Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.classmethod) => {
                let f = i.dict.get_str("__func__").unwrap_or(Value::None);
                Value::BoundMethod(Rc::new(BoundMethod {
                    func: f,
                    receiver: Value::Type(owner.clone()),
                }))
            }
            Value::Instance(ref i) if i.class.is_class => {
                // A user-defined descriptor.
                if let Some(get) = i.class.lookup("__get__") {
                    let ty = self.type_of(obj);
                    return self.call_value(
                        &get,
                        Args::positional(vec![attr.clone(), obj.clone(), Value::Type(ty)]),
                    );
                }
                attr
            }
            other => other,
        })
    }

    pub(crate) fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.get_attr_hashed(obj, name, str_hash(name))
    }

    /// `get_attr` for a name whose `str` hash is known (`Code::name_hashes`).
    #[inline(never)]
    pub(crate) fn get_attr_hashed(
        &mut self,
        obj: &Value,
        name: &str,
        hash: i64,
    ) -> PyResult<Value> {
        match self.get_attr_or_absent(obj, name, hash)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `get_attr`, with None where it would raise the AttributeError of its own making (one
    /// raised by a `__getattribute__`, `__getattr__` or descriptor of the program's still
    /// comes back as an error): `getattr` with a default and `hasattr` answer a missing
    /// attribute without building an exception.
    pub(crate) fn get_attr_or_absent(
        &mut self,
        obj: &Value,
        name: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let custom = match obj {
            Value::Instance(i) => i
                .class
                .lookup_name(&names::GETATTRIBUTE)
                .filter(|v| !is_object_method(v)),
            _ => None,
        };
        let found = match custom {
            // A class's own `__getattribute__` replaces the lookup; `__getattr__` still
            // catches the AttributeError it raises.
            Some(ga) => {
                match self.call_value(&ga, Args::positional(vec![obj.clone(), Value::str(name)])) {
                    Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("AttributeError") => {
                        if self.lookup_special(obj, "__getattr__").is_none() {
                            return Err(PyErr::Exception(e));
                        }
                        None
                    }
                    r => Some(r?),
                }
            }
            // An AttributeError from a descriptor (a property's getter) goes to `__getattr__`
            // too.
            None => match self.get_attr_opt_hashed(obj, name, hash) {
                Err(PyErr::Exception(e))
                    if e.ty.is_builtin_subtype("AttributeError")
                        && matches!(obj, Value::Instance(_))
                        && self.lookup_special(obj, "__getattr__").is_some() =>
                {
                    None
                }
                r => r?,
            },
        };
        match found {
            Some(v) => Ok(Some(v)),
            None => {
                // A module's missing attributes go to its own `__getattr__` (PEP 562).
                if let Value::Instance(i) = obj {
                    if i.class.is_subtype(&self.types.module) {
                        if let Some(ga) = i.dict.get_str("__getattr__") {
                            return self.call1(&ga, Value::str(name)).map(Some);
                        }
                    }
                }
                // A class's missing attributes go to its metaclass's `__getattr__`.
                if let Value::Instance(_) | Value::Type(_) = obj {
                    if let Some(ga) = self.lookup_special(obj, "__getattr__") {
                        return self
                            .call_value(&ga, Args::positional(vec![obj.clone(), Value::str(name)]))
                            .map(Some);
                    }
                }
                Ok(None)
            }
        }
    }

    pub(crate) fn attribute_error(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name),
            Value::Instance(i) if i.class.is_subtype(&self.types.module) => {
                let mname = i
                    .dict
                    .get_str("__name__")
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                format!("module '{mname}' has no attribute '{name}'")
            }
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let e = self.err("AttributeError", msg);
        if let PyErr::Exception(exc) = &e {
            exc.dict.set_str("name", Value::str(name));
            exc.dict.set_str("obj", obj.clone());
        }
        e
    }

    /// Attribute lookup without the error: None when absent.
    pub(crate) fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        self.get_attr_opt_hashed(obj, name, str_hash(name))
    }

    /// `get_attr_opt` for a name whose `str` hash is known.
    pub(crate) fn get_attr_opt_hashed(
        &mut self,
        obj: &Value,
        name: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) if Rc::ptr_eq(&inst.class, &self.types.super_) => {
                self.super_attr(inst, name)
            }
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                let class_attr = cls.lookup_hashed(name, hash);
                // Data descriptors (properties) win over the instance dict.
                if let Some(Value::Instance(d)) = &class_attr {
                    if Rc::ptr_eq(&d.class, &self.types.property) {
                        return self
                            .bind(class_attr.clone().unwrap_or(Value::None), obj, &cls)
                            .map(Some);
                    }
                }
                if let Some(v) = inst.dict.get_hashed(name, hash) {
                    return Ok(Some(v));
                }
                if name == "__class__" {
                    return Ok(Some(Value::Type(cls)));
                }
                // isola keeps an object's weak references apart from it: an instance
                // answers as one that none refers to.
                if name == "__weakref__" && cls.is_class && !cls.slots_forbid("__weakref__") {
                    return Ok(Some(Value::None));
                }
                if name == "__dict__" {
                    // Instances of classes that declare only `__slots__` have no `__dict__`.
                    if cls.slots_forbid("__dict__") && !Rc::ptr_eq(&cls, &self.types.module) {
                        return Ok(None);
                    }
                    return Ok(Some(Value::Dict(inst.dict.clone())));
                }
                match class_attr {
                    Some(a) => self.bind(a, obj, &cls).map(Some),
                    // `s.__len__()` on a list subclass: the built-in value's special method,
                    // bound to the instance (which the call unwraps), as CPython's `__self__`.
                    None => Ok(
                        match inst
                            .base
                            .as_ref()
                            .and_then(|b| self.builtin_dunder(b, name))
                        {
                            Some(Value::Builtin(b)) => {
                                Some(Value::Builtin(Rc::new(BuiltinFunction {
                                    name: b.name,
                                    func: b.func,
                                    receiver: Some(obj.clone()),
                                    owner: b.owner,
                                })))
                            }
                            // Every object has a `__doc__` through its type: None for an
                            // internal type without one.
                            None if name == "__doc__" => Some(Value::None),
                            other => other,
                        },
                    ),
                }
            }
            Value::Type(t) => {
                // Each class has its own `__qualname__` (CPython's `ht_qualname`): a class made
                // by `type(name, bases, ns)` does not inherit its base's.
                if name == "__qualname__" {
                    return Ok(Some(Value::str(&t.qualname())));
                }
                if !t.is_class && name.starts_with("__") && t.dict.get_str(name).is_none() {
                    if let Some(d) = self.type_dunder(t, name) {
                        return Ok(Some(d));
                    }
                }
                if t.is_class && name.starts_with("__") {
                    if let Some(d) = self.inherited_dunder(t, name) {
                        return Ok(Some(d));
                    }
                }
                if let Some(v) = t.lookup(name) {
                    // A descriptor of a Python class read from the class: `__get__(None, C)`.
                    if let Value::Instance(i) = &v {
                        if i.class.is_class {
                            if let Some(get @ Value::Function(_)) = i.class.lookup("__get__") {
                                let args = vec![v.clone(), Value::None, obj.clone()];
                                return self
                                    .call_value(&get, crate::object::Args::positional(args))
                                    .map(Some);
                            }
                        }
                    }
                    return Ok(Some(match v {
                        Value::Instance(ref i)
                            if Rc::ptr_eq(&i.class, &self.types.staticmethod) =>
                        {
                            i.dict.get_str("__func__").unwrap_or(Value::None)
                        }
                        Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.classmethod) => {
                            let f = i.dict.get_str("__func__").unwrap_or(Value::None);
                            Value::BoundMethod(Rc::new(BoundMethod {
                                func: f,
                                receiver: obj.clone(),
                            }))
                        }
                        other => other,
                    }));
                }
                Ok(match name {
                    "__name__" => Some(Value::str(&t.name)),
                    "__weakref__" if t.is_class && !t.slots_forbid("__weakref__") => {
                        Some(Value::None)
                    }
                    "__annotations__" if t.is_class => {
                        // Like CPython, a class without annotations gets an empty dict on first use.
                        let d = Value::Dict(Rc::new(Dict::new()));
                        t.dict.set_str("__annotations__", d.clone());
                        Some(d)
                    }
                    "__module__" => Some(Value::str(&t.module.borrow())),
                    "__bases__" => Some(Value::tuple(
                        t.bases.iter().map(|b| Value::Type(b.clone())).collect(),
                    )),
                    "__base__" => Some(
                        t.bases
                            .first()
                            .map_or(Value::None, |b| Value::Type(b.clone())),
                    ),
                    "__mro__" => {
                        let mut v = vec![Value::Type(t.clone())];
                        v.extend(t.mro.iter().map(|b| Value::Type(b.clone())));
                        Some(Value::tuple(v))
                    }
                    // A class's namespace is shown live (the proxy reads the class's own
                    // dict); a built-in type's is a snapshot with its native special methods.
                    "__dict__" if t.is_class => Some(crate::builtins::mapping_proxy::new_proxy(
                        self,
                        Value::Type(t.clone()),
                    )),
                    "__dict__" => {
                        let namespace = Value::Dict(Rc::new(self.type_namespace(t)));
                        Some(crate::builtins::mapping_proxy::new_proxy(self, namespace))
                    }
                    "__doc__" => Some(Value::None),
                    "__class__" => Some(Value::Type(self.type_of(obj))),
                    _ if self.type_dunder(t, name).is_some() => self.type_dunder(t, name),
                    _ => self.lookup_in_type(&self.type_of(obj), obj, name)?,
                })
            }
            Value::Exception(e) => {
                if let Some(v) = e.dict.get_str(name) {
                    return Ok(Some(v));
                }
                Ok(match name {
                    "args" => Some(Value::tuple(e.args.borrow().clone())),
                    "message" if e.ty.is_builtin_subtype("BaseExceptionGroup") => {
                        e.args.borrow().first().cloned()
                    }
                    "exceptions" if e.ty.is_builtin_subtype("BaseExceptionGroup") => {
                        super::exception_group::group_members(e).map(Value::tuple)
                    }
                    "__cause__" => Some(e.cause.borrow().clone().unwrap_or(Value::None)),
                    "__context__" => Some(e.context.borrow().clone().unwrap_or(Value::None)),
                    "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
                    "__traceback__" => Some(if e.traceback.borrow().is_empty() {
                        Value::None
                    } else {
                        self.traceback_chain(&e.traceback.borrow())
                    }),
                    "__class__" => Some(Value::Type(e.ty.clone())),
                    "__dict__" => Some(Value::Dict(Rc::new(Dict::from_map(
                        e.dict.borrow().clone(),
                    )))),
                    "value" if e.ty.is_builtin_subtype("StopIteration") => {
                        Some(e.args.borrow().first().cloned().unwrap_or(Value::None))
                    }
                    "code" if e.ty.is_builtin_subtype("SystemExit") => {
                        Some(e.args.borrow().first().cloned().unwrap_or(Value::None))
                    }
                    _ if super::os_error::FIELDS.contains(&name)
                        && super::os_error::is_os_error(&e.ty) =>
                    {
                        Some(Value::None)
                    }
                    _ => {
                        let ty = e.ty.clone();
                        self.lookup_in_type(&ty, obj, name)?
                    }
                })
            }
            Value::Function(f) => {
                if let Some(v) = f.dict.get_str(name) {
                    return Ok(Some(v));
                }
                Ok(match name {
                    "__name__" => Some(Value::str(&f.name)),
                    "__qualname__" => Some(Value::str(&f.qualname)),
                    "__module__" => Some(f.globals.get_str("__name__").unwrap_or(Value::None)),
                    "__defaults__" => Some(if f.defaults.borrow().is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.defaults.borrow().clone())
                    }),
                    "__kwdefaults__" => Some(f.kwdefaults.clone().map_or(Value::None, Value::Dict)),
                    "__code__" => Some(Value::Code(f.code.clone())),
                    // Calling `f.__call__` is calling `f` (CPython gives a method-wrapper).
                    "__call__" => Some(obj.clone()),
                    "__globals__" => Some(Value::Dict(f.globals.clone())),
                    "__dict__" => Some(Value::Dict(Rc::new(Dict::from_map(
                        f.dict.borrow().clone(),
                    )))),
                    "__class__" => Some(Value::Type(self.types.function.clone())),
                    "__closure__" if f.closure.is_empty() => Some(Value::None),
                    "__closure__" => Some(Value::tuple(
                        f.closure.iter().map(|c| Value::Cell(c.clone())).collect(),
                    )),
                    "__annotations__" => Some(Value::Dict(Rc::new(Dict::new()))),
                    "__get__" => Some(Value::Builtin(Rc::new(crate::object::BuiltinFunction {
                        name: "__get__",
                        func: function_get,
                        receiver: Some(obj.clone()),
                        owner: Some("function"),
                    }))),
                    _ => None,
                })
            }
            Value::BoundMethod(m) => Ok(match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                "__class__" => Some(Value::Type(self.type_of(obj))),
                // What pickle and copy ask of a bound method, as CPython's method type
                // answers: `getattr(receiver, name)`.
                "__reduce_ex__" | "__reduce__" => Some(Value::Builtin(Rc::new(BuiltinFunction {
                    name: if name == "__reduce__" {
                        "__reduce__"
                    } else {
                        "__reduce_ex__"
                    },
                    func: crate::modules::reduce::method_reduce,
                    receiver: Some(obj.clone()),
                    owner: Some("method"),
                }))),
                _ => self.get_attr_opt(&m.func.clone(), name)?,
            }),
            Value::Builtin(b) => Ok(match name {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                "__class__" => Some(Value::Type(self.type_of(obj))),
                "__self__" => Some(b.receiver.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                // What pickle asks of any object: object's, bound to the function.
                "__reduce_ex__" | "__reduce__" => match self.types.object.dict.get_str(name) {
                    Some(Value::Builtin(m)) => Some(Value::Builtin(Rc::new(BuiltinFunction {
                        name: m.name,
                        func: m.func,
                        receiver: Some(obj.clone()),
                        owner: m.owner,
                    }))),
                    _ => None,
                },
                _ => None,
            }),
            Value::Code(c) => Ok(match name {
                "__class__" => Some(Value::Type(self.type_of(obj))),
                "co_name" => Some(Value::str(&c.name)),
                "co_filename" => Some(Value::str(&c.filename)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_flags" => Some(Value::Int(c.cpython_flags())),
                "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
                "co_varnames" => Some(Value::tuple(
                    c.varnames.iter().map(|v| Value::str(v)).collect(),
                )),
                "co_qualname" => Some(Value::str(&c.qualname)),
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                "co_cellvars" => Some(Value::tuple(
                    c.cellvars.iter().map(|v| Value::str(v)).collect(),
                )),
                "co_freevars" => Some(Value::tuple(
                    c.freevars.iter().map(|v| Value::str(v)).collect(),
                )),
                _ => None,
            }),
            Value::Cell(c) if name == "cell_contents" => match c.borrow().clone() {
                Some(v) => Ok(Some(v)),
                None => Err(self.err("ValueError", "Cell is empty")),
            },
            _ => {
                if let Some(v) = self.builtin_attr(obj, name)? {
                    return Ok(Some(v));
                }
                let ty = self.type_of(obj);
                // A built-in type's own special method wins over object's (`(5).__hash__`).
                if name.starts_with("__") && ty.dict.get_str(name).is_none() {
                    if let Some(d) = self.builtin_dunder(obj, name) {
                        return Ok(Some(d));
                    }
                }
                match self.lookup_in_type(&ty, obj, name)? {
                    Some(v) => Ok(Some(v)),
                    None => Ok(self.builtin_dunder(obj, name)),
                }
            }
        }
    }

    /// `super().name`: the attribute from the MRO of the object's type after `__thisclass__`.
    fn super_attr(&mut self, sup: &Instance, name: &str) -> PyResult<Option<Value>> {
        let (Some(Value::Type(this)), Some(obj)) = (
            sup.dict.get_str("__thisclass__"),
            sup.dict.get_str("__self__"),
        ) else {
            return Ok(None);
        };
        if let Some(found) = self.super_find(&this, &obj, name) {
            return self.super_bind(found, &obj).map(Some);
        }
        // `super().__getitem__(k)` in a class deriving from a built-in type reaches the
        // built-in behaviour, which lives outside the type's dict.
        if let Some(base) = crate::ops::builtin_base(&obj) {
            return Ok(self.builtin_dunder(&base, name));
        }
        Ok(None)
    }

    /// Where `super(this, obj).name` is found in a type's dict: the MRO of obj's type (of obj
    /// itself when it is a subclass of `this`) after `this`. None when no dict has it.
    pub(crate) fn super_find(
        &mut self,
        this: &Rc<crate::object::Type>,
        obj: &Value,
        name: &str,
    ) -> Option<SuperFound> {
        let (start_ty, bind_to_type) = match obj {
            Value::Type(t) if t.is_subtype(this) => (t.clone(), true),
            other => (self.type_of(other), false),
        };
        let after = if Rc::ptr_eq(&start_ty, this) {
            0
        } else {
            start_ty
                .mro
                .iter()
                .position(|t| Rc::ptr_eq(t, this))
                .map_or(start_ty.mro.len(), |p| p + 1)
        };
        let value = start_ty.mro[after..]
            .iter()
            .find_map(|t| t.dict.get_str(name))?;
        Some(SuperFound {
            value,
            start_ty,
            bind_to_type,
        })
    }

    /// What `super(...).name` evaluates to, given where [`Self::super_find`] found it.
    pub(crate) fn super_bind(&mut self, found: SuperFound, obj: &Value) -> PyResult<Value> {
        let SuperFound {
            value,
            start_ty,
            bind_to_type,
        } = found;
        if !bind_to_type {
            return self.bind(value, obj, &start_ty);
        }
        // `super(C, C).name`: a class method binds to the class, a static method unwraps,
        // anything else comes as it is.
        Ok(match value {
            Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.classmethod) => {
                let f = i.dict.get_str("__func__").unwrap_or(Value::None);
                Value::BoundMethod(Rc::new(BoundMethod {
                    func: f,
                    receiver: obj.clone(),
                }))
            }
            Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.staticmethod) => {
                i.dict.get_str("__func__").unwrap_or(Value::None)
            }
            other => other,
        })
    }

    fn lookup_in_type(
        &mut self,
        ty: &Rc<Type>,
        obj: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        match ty
            .lookup(name)
            .or_else(|| self.types.object.dict.get_str(name))
        {
            Some(a) => self.bind(a, obj, ty).map(Some),
            None => Ok(match name {
                "__class__" => Some(Value::Type(ty.clone())),
                _ => None,
            }),
        }
    }

    /// Data attributes of built-in values (`x.real`, `s.start`, ...).
    fn builtin_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, name) {
            (Value::Int(_) | Value::Long(_), "real" | "numerator") => Some(obj.clone()),
            (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
            (Value::Int(_) | Value::Long(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Long(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Complex(c), "real") => Some(Value::Float(c.0)),
            (Value::Complex(c), "imag") => Some(Value::Float(c.1)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Range(r), "start") => Some(Value::from_i128(r.start)),
            (Value::Range(r), "stop") => Some(Value::from_i128(r.stop)),
            (Value::Range(r), "step") => Some(Value::from_i128(r.step)),
            (Value::Generator(g), "__name__") => Some(Value::str(&g.borrow().name)),
            (Value::Generator(g), "__qualname__") => Some(Value::str(&g.borrow().qualname)),
            (Value::Generator(g), "gi_running" | "cr_running" | "ag_running") => {
                Some(Value::Bool(g.borrow().running))
            }
            (Value::Generator(g), "gi_code" | "cr_code" | "ag_code") => {
                g.borrow().code.clone().map(Value::Code)
            }
            (Value::Generator(g), "gi_frame" | "cr_frame" | "ag_frame") => Some(self.gen_frame(g)),
            (Value::Generator(g), "gi_suspended" | "cr_suspended") => {
                let g = g.borrow();
                Some(Value::Bool(g.started && g.frame.is_some() && !g.running))
            }
            (Value::Generator(g), "gi_yieldfrom" | "cr_await" | "ag_await") => {
                // The sub-iterator a paused `yield from` or `await` is driving.
                let g = g.borrow();
                let delegate = g.frame.as_ref().and_then(|f| {
                    matches!(f.code.ops.get(f.ip), Some(crate::bytecode::Op::YieldFrom))
                        .then(|| f.stack.last().cloned())
                        .flatten()
                });
                Some(delegate.unwrap_or(Value::None))
            }
            (_, "__class__") => Some(Value::Type(self.type_of(obj))),
            (_, "__doc__") => Some(Value::None),
            _ => None,
        })
    }

    pub(crate) fn set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        self.set_attr_hashed(obj, name, str_hash(name), v)
    }

    /// `object.__setattr__`: a data descriptor of the class (a property's setter, a
    /// `__set__`) or else the instance's dict, without the class's own `__setattr__`.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
        hash: i64,
        v: Value,
    ) -> PyResult<()> {
        if let Some(Value::Instance(d)) = inst.class.lookup_hashed(name, hash) {
            if Rc::ptr_eq(&d.class, &self.types.property) {
                let setter = d.dict.get_str("fset").unwrap_or(Value::None);
                if setter.is_none() {
                    let tn = inst.class.name.clone();
                    // A getter of a built-in type reads as CPython's getset descriptor.
                    let msg = match d.dict.get_str("fget") {
                        Some(Value::Builtin(_)) => {
                            let owner = inst.class.mro.iter().find(|t| {
                                matches!(t.dict.get_str(name), Some(Value::Instance(p)) if Rc::ptr_eq(&p, &d))
                            });
                            let tn = crate::ops::repr::qualified_name(owner.unwrap_or(&inst.class));
                            format!("attribute '{name}' of '{tn}' objects is not writable")
                        }
                        _ => format!("property '{name}' of '{tn}' object has no setter"),
                    };
                    return Err(self.err("AttributeError", msg));
                }
                self.call_value(&setter, Args::positional(vec![obj.clone(), v]))?;
                return Ok(());
            }
            if d.class.is_class {
                if let Some(set) = d.class.lookup("__set__") {
                    self.call_value(
                        &set,
                        Args::positional(vec![Value::Instance(d.clone()), obj.clone(), v]),
                    )?;
                    return Ok(());
                }
            }
        }
        let is_module = Rc::ptr_eq(&inst.class, &self.types.module);
        if !inst.class.is_class && matches!(inst.base, Some(Value::Array(_))) {
            // An `array.array` has no instance dict (a class deriving from it has).
            return Err(self.attribute_error(obj, name));
        }
        if !is_module && inst.class.slots_forbid(name) {
            let tn = inst.class.name.clone();
            let msg = if inst.class.lookup(name).is_some() {
                format!("'{tn}' object attribute '{name}' is read-only")
            } else {
                format!("'{tn}' object has no attribute '{name}'")
            };
            return Err(self.err("AttributeError", msg));
        }
        if name == "__dict__" && !is_module {
            return self.replace_instance_dict(inst, v);
        }
        if name == "__class__" && !is_module {
            // An instance's class is fixed at creation in isola; storing the name in the
            // instance dict would pretend otherwise.
            return Err(self.type_error("__class__ assignment is not supported"));
        }
        self.gc.track_instance(inst, &v);
        inst.dict.set_hashed(name, hash, v);
        Ok(())
    }

    /// `obj.__dict__ = d`: the instance's dict takes `d`'s entries (a dict or an instance of a
    /// dict subclass). The dict object stays the instance's own, so `obj.__dict__ is d` is
    /// false afterwards, unlike CPython, and later changes to `d` do not reach `obj`.
    fn replace_instance_dict(&mut self, inst: &Rc<Instance>, v: Value) -> PyResult<()> {
        let source = match &v {
            Value::Dict(d) => d.clone(),
            Value::Instance(i) => match &i.base {
                Some(Value::Dict(d)) => d.clone(),
                _ => return Err(self.dict_assign_error(&v)),
            },
            _ => return Err(self.dict_assign_error(&v)),
        };
        if Rc::ptr_eq(&source, &inst.dict) {
            return Ok(());
        }
        let entries: Vec<(DictKey, Value)> = source
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        // The old entries drop once the dict is no longer borrowed: a finalizer they run may
        // read it.
        let old = std::mem::take(&mut *inst.dict.borrow_mut());
        for (k, v) in entries {
            self.gc.track_instance(inst, &v);
            inst.dict.insert(k, v);
        }
        drop(old);
        self.finalize_pending()
    }

    fn dict_assign_error(&mut self, v: &Value) -> PyErr {
        let tn = self.type_name(v);
        self.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{tn}'"
        ))
    }

    /// `set_attr` for a name whose `str` hash is known.
    pub(crate) fn set_attr_hashed(
        &mut self,
        obj: &Value,
        name: &str,
        hash: i64,
        v: Value,
    ) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(sa) = inst
                    .class
                    .lookup_name(&names::SETATTR)
                    .filter(|v| !is_object_method(v))
                {
                    return self
                        .call_value(
                            &sa,
                            Args::positional(vec![obj.clone(), Value::str(name), v]),
                        )
                        .map(|_| ());
                }
                self.generic_setattr(obj, inst, name, hash, v)
            }
            Value::Type(t) if t.is_class => {
                // A metaclass may guard its classes' attributes (enum members).
                let meta = t.metaclass.borrow().clone();
                if let Some(sa) = meta.and_then(|m| m.lookup("__setattr__")) {
                    if !is_object_method(&sa) {
                        let args = Args::positional(vec![obj.clone(), Value::str(name), v]);
                        return self.call_value(&sa, args).map(|_| ());
                    }
                }
                if name == "__del__" {
                    t.has_del.set(true);
                }
                if name == "__module__" {
                    if let Some(m) = v.as_str() {
                        *t.module.borrow_mut() = m.into();
                    }
                }
                if name == "__qualname__" {
                    let Value::Str(q) = &v else {
                        let (cn, tn) = (t.name.clone(), self.type_name(&v));
                        return Err(self.type_error(format!(
                            "can only assign string to {cn}.__qualname__, not '{tn}'"
                        )));
                    };
                    *t.qualname.borrow_mut() = Some(Rc::from(q.as_str()));
                    return Ok(());
                }
                t.dict.set_str(name, v);
                Ok(())
            }
            Value::Function(f) if name == "__defaults__" => {
                let defaults = match v {
                    Value::None => Vec::new(),
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => return Err(self.type_error("__defaults__ must be set to a tuple object")),
                };
                *f.defaults.borrow_mut() = defaults;
                Ok(())
            }
            Value::Function(f) => {
                f.dict.set_str(name, v);
                Ok(())
            }
            Value::Exception(e) => {
                match name {
                    "__cause__" => {
                        *e.cause.borrow_mut() = if v.is_none() { None } else { Some(v) };
                        e.suppress_context.set(true);
                    }
                    "__context__" => {
                        *e.context.borrow_mut() = if v.is_none() { None } else { Some(v) }
                    }
                    "__suppress_context__" => e.suppress_context.set(self.truthy(&v)?),
                    "args" => *e.args.borrow_mut() = self.collect_iterable(&v)?,
                    _ => e.dict.set_str(name, v),
                }
                Ok(())
            }
            Value::Type(t) => {
                let tn = t.name.clone();
                Err(self.type_error(format!(
                    "cannot set '{name}' attribute of immutable type '{tn}'"
                )))
            }
            _ => {
                let tn = self.type_name(obj);
                if self.get_attr_opt(obj, name)?.is_some() {
                    return Err(self.err(
                        "AttributeError",
                        format!("'{tn}' object attribute '{name}' is read-only"),
                    ));
                }
                Err(self.err(
                    "AttributeError",
                    format!("'{tn}' object has no attribute '{name}'"),
                ))
            }
        }
    }

    pub(crate) fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if let Some(da) = inst
                    .class
                    .lookup("__delattr__")
                    .filter(|v| !is_object_method(v))
                {
                    return self
                        .call_value(&da, Args::positional(vec![obj.clone(), Value::str(name)]))
                        .map(|_| ());
                }
                if let Some(Value::Instance(d)) = inst.class.lookup(name) {
                    if Rc::ptr_eq(&d.class, &self.types.property) {
                        let deleter = d.dict.get_str("fdel").unwrap_or(Value::None);
                        if deleter.is_none() {
                            let tn = inst.class.name.clone();
                            let msg = format!("property '{name}' of '{tn}' object has no deleter");
                            return Err(self.err("AttributeError", msg));
                        }
                        self.call1(&deleter, obj.clone())?;
                        return Ok(());
                    }
                    if let Some(del) = d.class.lookup("__delete__").filter(|_| d.class.is_class) {
                        let args = vec![Value::Instance(d.clone()), obj.clone()];
                        self.call_value(&del, Args::positional(args))?;
                        return Ok(());
                    }
                }
                inst.dict
                    .remove(&crate::object::DictKey::from_str(name))
                    .is_some()
            }
            Value::Type(t) if t.is_class => {
                // A metaclass may guard its classes' attributes (enum members).
                let meta = t.metaclass.borrow().clone();
                if let Some(da) = meta.and_then(|m| m.lookup("__delattr__")) {
                    if !is_object_method(&da) {
                        let args = Args::positional(vec![obj.clone(), Value::str(name)]);
                        return self.call_value(&da, args).map(|_| ());
                    }
                }
                t.dict
                    .remove(&crate::object::DictKey::from_str(name))
                    .is_some()
            }
            Value::Function(f) => f
                .dict
                .remove(&crate::object::DictKey::from_str(name))
                .is_some(),
            Value::Exception(e) => e
                .dict
                .remove(&crate::object::DictKey::from_str(name))
                .is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.attribute_error(obj, name))
        }
    }

    /// For `obj.name(...)`: the plain function found on obj's type, to be called with obj
    /// first; None when the attribute needs a normal lookup (instance attributes, descriptors).
    pub(crate) fn lookup_method(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        self.lookup_method_hashed(obj, name, str_hash(name))
    }

    /// `lookup_method` for a name whose `str` hash is known.
    pub(crate) fn lookup_method_hashed(
        &mut self,
        obj: &Value,
        name: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                if inst.dict.get_hashed(name, hash).is_some() {
                    return Ok(None);
                }
                let custom = inst.class.lookup_name(&names::GETATTRIBUTE);
                if custom.is_some_and(|v| !is_object_method(&v)) {
                    return Ok(None);
                }
                match inst.class.lookup_hashed(name, hash) {
                    Some(f @ Value::Function(_)) => Ok(Some(f)),
                    // A built-in type's method on an instance deriving from it, called with
                    // the instance first as its bound form would be (`call_builtin` unwraps).
                    Some(Value::Builtin(b))
                        if inst.base.is_some() && b.receiver.is_none() && b.owner.is_some() =>
                    {
                        Ok(Some(Value::Builtin(b)))
                    }
                    _ => Ok(None),
                }
            }
            Value::Type(_)
            | Value::Function(_)
            | Value::Exception(_)
            | Value::BoundMethod(_)
            | Value::Builtin(_) => Ok(None),
            _ => {
                let ty = self.type_of(obj);
                // A built-in type's own special method wins over object's (`(5).__hash__()`).
                if name.starts_with("__") && ty.dict.get_hashed(name, hash).is_none() {
                    if let Some(d) = self.type_dunder(&ty, name) {
                        return Ok(Some(d));
                    }
                }
                match ty.lookup_hashed(name, hash) {
                    Some(b @ Value::Builtin(_)) => Ok(Some(b)),
                    _ => Ok(None),
                }
            }
        }
    }

    /// A special method (`__len__`, `__iter__`, ...) looked up on the type, unbound.
    pub(crate) fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        let ty = match obj {
            Value::Instance(i) => i.class.clone(),
            Value::Exception(e) if e.ty.is_class => e.ty.clone(),
            Value::Type(t) => {
                if name == "__call__" {
                    return None;
                }
                // Methods of a metaclass; built-in ones of `type` have fast paths elsewhere.
                let meta = t.metaclass.borrow().clone()?;
                return meta
                    .lookup(name)
                    .filter(|m| !matches!(m, Value::Builtin(_)));
            }
            _ => return None,
        };
        ty.lookup(name)
    }

    /// Calls a type: constructs a built-in value, an exception or a class instance.
    pub(crate) fn call_type(&mut self, ty: &Rc<Type>, args: Args) -> PyResult<Value> {
        if !ty.is_class {
            if ty.kind == TypeKind::BaseException {
                if !args.kw.is_empty() {
                    let tn = ty.name.clone();
                    return Err(self.type_error(format!("{tn}() takes no keyword arguments")));
                }
                if ty.is_builtin_subtype("BaseExceptionGroup") {
                    return self.new_exception_group(ty, args.pos.into_vec());
                }
                if super::os_error::is_os_error(ty) {
                    let ty = self.os_error_type(ty, &args.pos);
                    let e = Rc::new(ExceptionObject::new(ty, args.pos.into_vec()));
                    self.os_error_init(&e)?;
                    let e = Value::Exception(e);
                    self.track(&e);
                    return Ok(e);
                }
                let e = Rc::new(ExceptionObject::new(ty.clone(), args.pos.into_vec()));
                if super::unicode_error::is_unicode_error(ty) {
                    self.unicode_error_init(&e)?;
                }
                let e = Value::Exception(e);
                self.track(&e);
                return Ok(e);
            }
            return crate::builtins::construct(self, ty, args);
        }
        // An ABC with abstract methods left cannot be instantiated (CPython's object_new).
        if let Some(Value::FrozenSet(abstract_names)) = ty.lookup("__abstractmethods__") {
            if !abstract_names.is_empty() {
                let mut names: Vec<String> = abstract_names
                    .values()
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                names.sort();
                let s = if names.len() == 1 { "" } else { "s" };
                let msg = format!(
                    "Can't instantiate abstract class {} with abstract method{s} {}",
                    ty.name,
                    names.join(", ")
                );
                return Err(self.type_error(msg));
            }
        }
        // A class: __new__ then __init__, skipping object's own (which do nothing).
        let new = ty.lookup("__new__").filter(|v| !is_object_method(v));
        let init = ty.lookup("__init__").filter(|v| !is_object_method(v));
        if new.is_none() && init.is_none() && (!args.pos.is_empty() || !args.kw.is_empty()) {
            let tn = ty.name.clone();
            return Err(self.type_error(format!("{tn}() takes no arguments")));
        }
        let obj = match new {
            Some(new) => {
                let new = match new {
                    Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.staticmethod) => {
                        i.dict.get_str("__func__").unwrap_or(Value::None)
                    }
                    other => other,
                };
                let mut a = vec![Value::Type(ty.clone())];
                a.extend(args.pos.iter().cloned());
                let obj = self.call_value(
                    &new,
                    Args {
                        pos: a.into(),
                        kw: args.kw.clone(),
                    },
                )?;
                if !self.type_of(&obj).is_subtype(ty) {
                    return Ok(obj);
                }
                obj
            }
            None => self.new_instance(ty, &args)?,
        };
        if let Some(init) = init {
            let mut a = vec![obj.clone()];
            a.extend(args.pos);
            let r = self.call_value(
                &init,
                Args {
                    pos: a.into(),
                    kw: args.kw,
                },
            )?;
            if !r.is_none() {
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a bare instance of a class, with the layout of its built-in base.
    pub(crate) fn new_instance(&mut self, ty: &Rc<Type>, args: &Args) -> PyResult<Value> {
        let obj = self.new_instance_untracked(ty, args)?;
        match &obj {
            // A plain instance is registered when it first holds a reference (StoreAttr); one
            // wrapping a built-in value was registered as it was made (`new_wrapping_instance`).
            Value::Instance(i) => {
                if i.class.has_del.get() {
                    self.gc.track_finalizable(i);
                }
            }
            other => self.track(other),
        }
        Ok(obj)
    }

    fn new_instance_untracked(&mut self, ty: &Rc<Type>, args: &Args) -> PyResult<Value> {
        Ok(match ty.kind {
            TypeKind::BaseException => {
                // A subclass of OSError with an `__init__` of its own reads its arguments
                // there (through `super().__init__`), and starts with empty `args`.
                let own_init = super::os_error::is_os_error(ty)
                    && !matches!(ty.lookup("__init__"), Some(Value::Builtin(_)));
                let args = if own_init {
                    Vec::new()
                } else {
                    args.pos.to_vec()
                };
                Value::Exception(Rc::new(ExceptionObject::new(ty.clone(), args)))
            }
            _ => {
                if let Some(v) = self.new_wrapping_instance(ty, Args::default())? {
                    return Ok(v);
                }
                let dict = match ty.dict_hint.get() {
                    0 => Dict::new(),
                    n => Dict::with_capacity(usize::from(n)),
                };
                Value::Instance(Rc::new(Instance::new(ty.clone(), Rc::new(dict), None)))
            }
        })
    }

    /// The exception object for `raise v`.
    pub(crate) fn make_exception(&mut self, v: Value) -> PyResult<Rc<ExceptionObject>> {
        match v {
            Value::Exception(e) => Ok(e),
            Value::Type(t) if t.kind == TypeKind::BaseException => {
                match self.call_type(&t, Args::default())? {
                    Value::Exception(e) => Ok(e),
                    _ => Err(self.type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// Whether an `except` clause naming `ty` catches `exc`.
    pub(crate) fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let exc_ty = self.type_of(exc);
        match ty {
            Value::Type(t) if t.kind == TypeKind::BaseException => Ok(exc_ty.is_subtype(t)),
            Value::Tuple(items) => {
                for t in items.items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}

/// True for the methods of `object` itself, which need no call.
pub(crate) fn is_object_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.owner == Some("object"))
}

/// `function.__get__(instance, owner=None)`: the function bound to `instance` (the function
/// itself for None), as attribute access on an instance does.
fn function_get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match (args.pos.first(), args.pos.get(1)) {
        (Some(f), Some(Value::None)) | (Some(f), None) => Ok(f.clone()),
        (Some(f), Some(inst)) => Ok(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
            func: f.clone(),
            receiver: inst.clone(),
        }))),
        _ => Err(interp.type_error("__get__(None, None) is invalid")),
    }
}

/// An attribute found through `super`: the raw value from a type's dict, the type the
/// lookup started from, and whether `super`'s second argument was that class itself.
pub(crate) struct SuperFound {
    pub(crate) value: Value,
    start_ty: Rc<crate::object::Type>,
    pub(crate) bind_to_type: bool,
}
