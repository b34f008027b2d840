//! Creating classes: `class` statements (`__build_class__`), the C3 MRO, metaclasses
//! (`type.__new__`, `type.__call__`), and finishing a new class (`__set_name__`,
//! `__init_subclass__`).

use std::rc::Rc;

use crate::builtins::add_method;
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Dict, Type, TypeKind};
use crate::value::Value;

impl Interpreter {
    /// `__build_class__(body, name, *bases, **keywords)`: runs the class body in a fresh
    /// namespace and creates the class.
    pub(crate) fn build_class(&mut self, args: Args) -> PyResult<Value> {
        let mut pos = args.pos.into_iter();
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (pos.next(), pos.next()) else {
            return Err(self.type_error("__build_class__: expected a function and a name"));
        };
        // PEP 560: a base that is no class gives its replacements through
        // `__mro_entries__(orig_bases)`, and the class keeps the originals in
        // `__orig_bases__` (`class Box(Generic[T])`).
        let orig: Vec<Value> = pos.collect();
        let mut bases = Vec::new();
        let mut replaced = false;
        for b in &orig {
            if let Value::Type(t) = b {
                bases.push(t.clone());
                continue;
            }
            let entries = match self.get_attr_opt(b, "__mro_entries__")? {
                Some(f) => {
                    replaced = true;
                    let orig_tuple = Value::tuple(orig.clone());
                    self.call_value(&f, Args::positional(vec![orig_tuple]))?
                }
                None => {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!("bases must be types, not {tn}")));
                }
            };
            let Value::Tuple(entries) = entries else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            for e in entries.items.iter() {
                match e {
                    Value::Type(t) => bases.push(t.clone()),
                    other => {
                        let tn = self.type_name(other);
                        return Err(self.type_error(format!("bases must be types, not {tn}")));
                    }
                }
            }
        }
        let mut kw = args.kw;
        let explicit = kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kw.remove(i).1);
        let meta = self.choose_metaclass(explicit, &bases)?;
        let ns = match &meta {
            Some(m) => self.prepare_namespace(m, &name, &bases, &kw)?,
            None => Rc::new(Dict::new()),
        };
        let mut frame = self.bind_frame(&body, Args::default())?;
        frame.namespace = Some(ns.clone());
        let class_cell = self.run_frame(frame)?;
        if replaced {
            ns.set_str("__orig_bases__", Value::tuple(orig));
        }
        let cls = match meta {
            Some(m) => {
                let bases = Value::tuple(bases.into_iter().map(Value::Type).collect());
                let pos = vec![Value::Str(name), bases, Value::Dict(ns)];
                self.call_value(
                    &Value::Type(m),
                    Args {
                        pos: pos.into(),
                        kw,
                    },
                )?
            }
            None => {
                let ty = self.new_class(name.as_str(), bases, &ns)?;
                self.finish_class(&ty, ns.items(), kw)?;
                Value::Type(ty)
            }
        };
        if let (Value::Cell(c), Value::Type(_)) = (&class_cell, &cls) {
            *c.borrow_mut() = Some(cls.clone());
        }
        Ok(cls)
    }

    /// The namespace a metaclass's `__prepare__(name, bases, **kw)` returns for the class
    /// body, or a new dict when it defines none. The body needs a dict: a mapping of another
    /// kind is a TypeError here.
    fn prepare_namespace(
        &mut self,
        meta: &Rc<Type>,
        name: &crate::object::Str,
        bases: &[Rc<Type>],
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Rc<Dict>> {
        if meta.lookup("__prepare__").is_none() {
            return Ok(Rc::new(Dict::new()));
        }
        let prepare = self.get_attr(&Value::Type(meta.clone()), "__prepare__")?;
        let bases = Value::tuple(bases.iter().cloned().map(Value::Type).collect());
        let args = Args {
            pos: vec![Value::str(name.as_str()), bases].into(),
            kw: kw.to_vec(),
        };
        match self.call_value(&prepare, args)? {
            Value::Dict(d) => Ok(d),
            other => {
                let tn = self.type_name(&other);
                Err(self.type_error(format!(
                    "{}.__prepare__() must return a mapping, not {tn}",
                    meta.name
                )))
            }
        }
    }

    /// Creates a class with the C3 method resolution order.
    pub(crate) fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<Type>>,
        ns: &Rc<Dict>,
    ) -> PyResult<Rc<Type>> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let mro = match c3_merge(&bases) {
            Some(m) => m,
            None => {
                let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let kind = mro
            .iter()
            .map(|t| t.kind)
            .find(|k| *k != TypeKind::Object)
            .unwrap_or(TypeKind::Object);
        let module = ns
            .get_str("__module__")
            .and_then(|v| v.as_str().map(Rc::from))
            .unwrap_or_else(|| Rc::from("__main__"));
        let inherited_meta = bases.iter().find_map(|b| b.metaclass.borrow().clone());
        let dict = Dict::from_map(ns.borrow().clone());
        // Implicitly class methods, as CPython's type.__new__ makes them: so that
        // `super().__init_subclass__()` and `cls.__class_getitem__` bind the class.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = dict.get_str(special) {
                let classmethod = Value::Type(self.types.classmethod.clone());
                let wrapped = self.call_value(&classmethod, Args::positional(vec![f]))?;
                dict.set_str(special, wrapped);
            }
        }
        // `__qualname__` leaves the namespace for the type's own field, as in CPython.
        let qualname = match dict.remove(&crate::object::DictKey::from_str("__qualname__")) {
            None => None,
            Some(Value::Str(q)) => Some(Rc::from(q.as_str())),
            Some(other) => {
                let tn = self.type_name(&other);
                return Err(self.type_error(format!("type __qualname__ must be a str, not {tn}")));
            }
        };
        // Every class has its own `__doc__`, None without a docstring, as CPython's
        // type.__new__ gives it.
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        let epoch = self.types.object.cache.epoch().clone();
        let ty = Rc::new(Type {
            name: name.into(),
            kind,
            bases,
            mro,
            dict: crate::object::TypeDict::new(dict, &epoch),
            cache: crate::object::TypeCache::new(&epoch),
            is_class: true,
            module: std::cell::RefCell::new(module),
            qualname: std::cell::RefCell::new(qualname),
            metaclass: std::cell::RefCell::new(inherited_meta),
            finalizers: Some(self.finalizers.clone()),
            has_del: std::cell::Cell::new(false),
            dict_hint: std::cell::Cell::new(0),
            dunders: std::cell::RefCell::new(Vec::new()),
            subclasses: std::cell::RefCell::new(Vec::new()),
        });
        let has_del = std::iter::once(&ty)
            .chain(ty.mro.iter())
            .any(|t| t.is_class && t.dict.raw().get_str("__del__").is_some());
        ty.has_del.set(has_del);
        for b in &ty.bases {
            let mut subs = b.subclasses.borrow_mut();
            subs.retain(|s| s.strong_count() > 0);
            subs.push(Rc::downgrade(&ty));
        }
        self.track(&Value::Type(ty.clone()));
        Ok(ty)
    }

    /// The metaclass a `class` statement uses: `metaclass=` if given, else the most derived
    /// metaclass of the bases. None means plain `type`.
    pub(crate) fn choose_metaclass(
        &mut self,
        explicit: Option<Value>,
        bases: &[Rc<Type>],
    ) -> PyResult<Option<Rc<Type>>> {
        let mut winner = match explicit {
            Some(Value::Type(m)) if m.is_class => Some(m),
            Some(Value::Type(_)) | None => None,
            Some(other) => {
                let tn = self.type_name(&other);
                return Err(self.type_error(format!("metaclass must be a type, not {tn}")));
            }
        };
        for b in bases {
            let Some(m) = b.metaclass.borrow().clone() else {
                continue;
            };
            winner = match winner {
                None => Some(m),
                Some(w) if w.is_subtype(&m) => Some(w),
                Some(w) if m.is_subtype(&w) => Some(m),
                Some(_) => {
                    return Err(self.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a \
                         (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            };
        }
        Ok(winner)
    }

    /// Runs `__set_name__` on the new class's descriptors, then the parent's
    /// `__init_subclass__` with the class statement's keywords.
    pub(crate) fn finish_class(
        &mut self,
        ty: &Rc<Type>,
        ns_items: Vec<(Value, Value)>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<()> {
        for (k, v) in ns_items {
            if let Value::Instance(i) = &v {
                if let Some(sn) = i.class.lookup("__set_name__") {
                    self.call_value(
                        &sn,
                        Args::positional(vec![v.clone(), Value::Type(ty.clone()), k]),
                    )?;
                }
            }
        }
        // super().__init_subclass__: the first class after the new one in its own MRO that
        // defines it (the first base's MRO alone misses a later base's).
        if let Some(_parent) = ty.mro.first() {
            if let Some(init_sub) = ty
                .mro
                .iter()
                .find_map(|t| t.dict.get_str("__init_subclass__"))
            {
                let f = match init_sub {
                    Value::Instance(ref i) if Rc::ptr_eq(&i.class, &self.types.classmethod) => {
                        i.dict.get_str("__func__").unwrap_or(Value::None)
                    }
                    other => other,
                };
                self.call_value(
                    &f,
                    Args {
                        pos: vec![Value::Type(ty.clone())].into(),
                        kw,
                    },
                )?;
            }
        }
        Ok(())
    }
}

/// `type.__new__(mcls, name, bases, namespace, **kw)`: creates a class whose type is `mcls`.
fn type_new(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Args { pos, kw } = args;
    let [Value::Type(mcls), Value::Str(name), bases, Value::Dict(ns)] = &pos[..] else {
        return Err(interp.type_error("type.__new__() takes exactly 3 arguments"));
    };
    let mut base_types = Vec::new();
    if let Value::Tuple(t) = bases {
        for b in t.items.iter() {
            match b {
                Value::Type(t) => base_types.push(t.clone()),
                other => {
                    let tn = interp.type_name(other);
                    return Err(interp.type_error(format!("bases must be types, not {tn}")));
                }
            }
        }
    } else {
        return Err(interp.type_error("type.__new__() argument 2 must be tuple"));
    }
    if ns.get_str("__module__").is_none() {
        ns.set_str("__module__", Value::str("__main__"));
    }
    let ty = interp.new_class(name.as_str(), base_types, ns)?;
    if mcls.is_class {
        *ty.metaclass.borrow_mut() = Some(mcls.clone());
    }
    interp.finish_class(&ty, ns.items(), kw)?;
    Ok(Value::Type(ty))
}

/// `type.__call__(cls, *args, **kw)`: the default construction, `__new__` then `__init__`.
fn type_call(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    match args.pos.remove(0) {
        Value::Type(t) => interp.call_type(&t, args),
        other => {
            let tn = interp.type_name(&other);
            Err(interp.type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{tn}'"
            )))
        }
    }
}

pub(crate) fn install(type_: &Rc<Type>) {
    add_method(type_, "__new__", type_new);
    add_method(type_, "__call__", type_call);
    add_method(type_, "mro", type_mro);
    add_method(type_, "__subclasses__", type_subclasses);
}

/// `T.__subclasses__()`: the live classes that name `T` as a direct base, oldest first.
fn type_subclasses(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Type(t)) if args.pos.len() == 1 => {
            let v = t
                .subclasses
                .borrow()
                .iter()
                .filter_map(std::rc::Weak::upgrade)
                .map(Value::Type)
                .collect();
            Ok(Value::List(Rc::new(crate::object::List::new(v))))
        }
        _ => {
            Err(interp.type_error("descriptor '__subclasses__' of 'type' object needs an argument"))
        }
    }
}

/// `T.mro()`: the type followed by its method resolution order, as a list.
fn type_mro(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Type(t)) if args.pos.len() == 1 => {
            let mut v = vec![Value::Type(t.clone())];
            v.extend(t.mro.iter().map(|b| Value::Type(b.clone())));
            Ok(Value::List(Rc::new(crate::object::List::new(v))))
        }
        _ => Err(interp.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

/// C3 linearisation of the bases (the MRO after the class itself).
fn c3_merge(bases: &[Rc<Type>]) -> Option<Vec<Rc<Type>>> {
    let mut seqs: Vec<Vec<Rc<Type>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|t| Rc::ptr_eq(t, c))))?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}
