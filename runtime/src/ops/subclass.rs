//! Classes deriving from built-in types (`class S(list)`, `class N(int)`): creating their
//! instances with an underlying built-in value, the built-in `__new__`/`__init__` that fill it,
//! and finding that value so that built-in methods and generic operations can act on it.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Dict, Instance, Type, TypeKind};
use crate::value::Value;

/// Whether instances of a class with this kind wrap a built-in value.
fn wraps_builtin(kind: TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::Int
            | TypeKind::Float
            | TypeKind::Str
            | TypeKind::Bytes
            | TypeKind::Tuple
            | TypeKind::FrozenSet
            | TypeKind::List
            | TypeKind::Dict
            | TypeKind::Set
            | TypeKind::Array
    )
}

/// Whether a built-in method with this owner should receive the wrapped value as `self`.
pub(crate) fn owner_wants_base(owner: Option<&str>) -> bool {
    matches!(
        owner,
        Some("str" | "list" | "dict" | "tuple" | "int" | "float" | "set" | "frozenset" | "bytes")
    )
}

/// The built-in value an instance of a class deriving from a built-in type wraps.
pub(crate) fn builtin_base(v: &Value) -> Option<Value> {
    match v {
        // An array's items are no value of their own: its methods take the instance.
        Value::Instance(i) if matches!(i.base, Some(Value::Array(_))) => None,
        Value::Instance(i) => i.base.clone(),
        _ => None,
    }
}

impl Interpreter {
    /// The built-in type a class derives its layout from (`list` for `class S(list)`).
    fn builtin_base_type(&self, cls: &Rc<Type>) -> Option<Rc<Type>> {
        if !wraps_builtin(cls.kind) {
            return None;
        }
        std::iter::once(cls)
            .chain(cls.mro.iter())
            .find(|t| !t.is_class && t.kind == cls.kind)
            .cloned()
    }

    /// A new instance of `cls` wrapping a built-in value built from `args` (immutable kinds)
    /// or empty (mutable kinds, which their `__init__` fills). None if `cls` wraps nothing.
    pub(crate) fn new_wrapping_instance(
        &mut self,
        cls: &Rc<Type>,
        args: Args,
    ) -> PyResult<Option<Value>> {
        let Some(bt) = self.builtin_base_type(cls) else {
            return Ok(None);
        };
        let args = match cls.kind {
            TypeKind::List | TypeKind::Dict | TypeKind::Set => Args::default(),
            _ => args,
        };
        let base = match cls.kind {
            TypeKind::Array => crate::modules::array::new_storage(self, args)?,
            _ => crate::builtins::construct(self, &bt, args)?,
        };
        // Registered with the collector here, whichever call made it (`construct` registered
        // a new list, dict or set base already): a cycle through the wrapped container's items
        // (a list subclass's instance holding an object that refers back to it) is found like
        // one through a plain list. Unregistered, the instance's reference to its base counted
        // as one from outside, and every such cycle leaked.
        let inst = Rc::new(Instance::new(cls.clone(), Rc::new(Dict::new()), Some(base)));
        if let Some(base) = &inst.base {
            self.gc.track_instance(&inst, base);
        }
        Ok(Some(Value::Instance(inst)))
    }
}

/// `int.__new__(cls, ...)`, `list.__new__(cls)` and the like.
fn builtin_new(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("__new__(): not enough arguments"));
    }
    let cls = match args.pos.remove(0) {
        Value::Type(t) => t,
        other => {
            let tn = interp.type_name(&other);
            return Err(interp.type_error(format!("__new__(X): X is not a type object ({tn})")));
        }
    };
    if !cls.is_class {
        return crate::builtins::construct(interp, &cls, args);
    }
    match interp.new_wrapping_instance(&cls, args)? {
        Some(v) => Ok(v),
        None => {
            let tn = cls.name.clone();
            Err(interp.type_error(format!("{tn}.__new__({tn}) is not safe")))
        }
    }
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("__init__(): not enough arguments"));
    }
    let this = args.pos.remove(0);
    if let (Value::List(l), true, true) = (&this, args.pos.is_empty(), args.kw.is_empty()) {
        // No iterable: emptied, without making a list to copy from (a subclass's `__init__`
        // calling `super().__init__()`, or none at all).
        let old = std::mem::take(&mut *l.borrow_mut());
        drop(old);
        return Ok(Value::None);
    }
    let list_ty = interp.types.list.clone();
    let fresh = crate::builtins::construct(interp, &list_ty, args)?;
    if let (Value::List(l), Value::List(f)) = (&this, &fresh) {
        let items = f.to_vec();
        *l.borrow_mut() = items;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("__init__(): not enough arguments"));
    }
    let this = args.pos.remove(0);
    let set_ty = interp.types.set.clone();
    let fresh = crate::builtins::construct(interp, &set_ty, args)?;
    if let (Value::Set(s), Value::Set(f)) = (&this, &fresh) {
        let items = f.borrow().clone();
        *s.borrow_mut() = items;
    }
    Ok(Value::None)
}

/// `dict.__init__(self, *args, **kw)`: as `dict.update`.
fn dict_init(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let update = interp
        .types
        .dict
        .dict
        .get_str("update")
        .unwrap_or(Value::None);
    interp.call_value(&update, args)?;
    Ok(Value::None)
}

pub(crate) fn install(t: &crate::interp::Types) {
    for ty in [
        &t.int,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.tuple,
        &t.frozenset,
        &t.list,
        &t.dict,
        &t.set,
    ] {
        add_method(ty, "__new__", builtin_new);
    }
    add_method(&t.list, "__init__", list_init);
    add_method(&t.set, "__init__", set_init);
    add_method(&t.dict, "__init__", dict_init);
}

impl Interpreter {
    /// The wrapped built-in value of `v` when its class defines no `name` of its own in
    /// Python, so that a generic operation can act on that value instead.
    pub(crate) fn subclass_base(&self, v: &Value, name: &str) -> Option<Value> {
        let Value::Instance(i) = v else {
            return None;
        };
        let base = i.base.as_ref()?;
        if let Value::Array(_) = base {
            // Every operation on an array is a method of `array.array` taking the instance.
            return None;
        }
        match i.class.lookup(name) {
            Some(Value::Builtin(_)) | None => Some(base.clone()),
            _ => None,
        }
    }
}

impl Interpreter {
    /// The operands of a binary operation with wrapped built-in values in place of instances
    /// of classes deriving from built-in types, when neither side defines the operation
    /// itself. None when nothing is to be unwrapped.
    pub(crate) fn subclass_operands(
        &self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> Option<(Value, Value)> {
        let ab = self.subclass_base(a, name);
        let bb = self.subclass_base(b, rname);
        if ab.is_none() && bb.is_none() {
            return None;
        }
        if (matches!(a, Value::Instance(_)) && ab.is_none())
            || (matches!(b, Value::Instance(_)) && bb.is_none())
        {
            return None;
        }
        Some((
            ab.unwrap_or_else(|| a.clone()),
            bb.unwrap_or_else(|| b.clone()),
        ))
    }

    /// `obj[key]` on an instance wrapping `base`; a dict's subclass may define `__missing__`.
    pub(crate) fn subclass_getitem(
        &mut self,
        obj: &Value,
        base: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        if let Value::Dict(_) = base {
            if let Some(m) = self.lookup_special(obj, "__missing__") {
                if !self.contains(base, key)? {
                    return self.call_value(&m, Args::positional(vec![obj.clone(), key.clone()]));
                }
            }
        }
        self.get_item(base, key)
    }

    /// The argument of `int(x)`/`float(x)`: the wrapped value of an instance whose class
    /// converts no other way.
    pub(crate) fn unwrap_number_arg(&self, v: &Value) -> Value {
        let plain = ["__int__", "__index__", "__float__"]
            .iter()
            .all(|n| self.subclass_base(v, n).is_some());
        match self.subclass_base(v, "__int__") {
            Some(b) if plain => b,
            _ => v.clone(),
        }
    }
}
