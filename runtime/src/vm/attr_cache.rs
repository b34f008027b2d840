//! Inline caches for attribute instructions on instances (`LoadAttr`, `StoreAttr`,
//! `LoadMethod`), in the manner of CPython 3.11's specialisation: each name of a code object
//! remembers, for the last class it met, how that class resolves the name. The entry is valid
//! while the interpreter's type epoch is unchanged, since any change to any type namespace
//! bumps it; a hit then costs one probe of the instance dict instead of MRO lookups of the
//! name and of `__getattribute__`/`__setattr__`.

use std::rc::Rc;

use std::cell::RefCell;

use crate::bytecode::{AttrCache, AttrKind, AttrWay, Code, ATTR_CACHE_WAYS};
use crate::interp::Interpreter;
use crate::object::{names, BoundMethod, Instance, Type};
use crate::ops::is_object_method;
use crate::value::Value;

/// What a cache hit read: the value, or nothing learnt that applies. The common hit, an
/// instance attribute where it was last time, is inline; the rest is `cached_load_slow`.
#[inline(always)]
pub(super) fn cached_load(code: &Code, n: usize, inst: &Rc<Instance>, epoch: u64) -> Option<Value> {
    let cache = code.attr_cache.get(n)?.borrow();
    let way = find_way(&cache.ways, &inst.class, false, epoch)?;
    if matches!(way.kind, AttrKind::Plain) {
        if let Some(v) = inst
            .dict
            .get_at_hint(&code.name_keys[n], way.hint.get() as usize)
        {
            return Some(v);
        }
    }
    cached_load_slow(code, n, inst, way)
}

/// `cached_load` past the inline hit, for the way `way` of name `n` found for `inst`.
#[inline(never)]
fn cached_load_slow(code: &Code, n: usize, inst: &Rc<Instance>, way: &AttrWay) -> Option<Value> {
    let own = || {
        let found = inst.dict.get_hinted(
            &code.name_keys[n],
            code.name_hashes[n],
            way.hint.get() as usize,
        );
        found.map(|(v, at)| {
            way.hint.set(at as u32);
            v
        })
    };
    match &way.kind {
        AttrKind::Unknown => None,
        // `__class__` is no entry of the dict: a class without a descriptor of that name
        // answers with itself.
        AttrKind::Plain => own().or_else(|| {
            (code.names[n].as_ref() == "__class__").then(|| Value::Type(inst.class.clone()))
        }),
        AttrKind::Method(f) => Some(own().unwrap_or_else(|| {
            Value::BoundMethod(Rc::new(BoundMethod {
                func: f.clone(),
                receiver: Value::Instance(inst.clone()),
            }))
        })),
        AttrKind::ClassValue(v) => Some(own().unwrap_or(v.clone())),
        AttrKind::Property(_) | AttrKind::BuiltinMethod(_) | AttrKind::ClassMethod(_) => None,
    }
}

/// The getter of the property that name `n` reads on `inst`, on a cache hit.
#[inline]
pub(super) fn cached_property(
    code: &Code,
    n: usize,
    inst: &Rc<Instance>,
    epoch: u64,
) -> Option<Value> {
    cached_kind(code, n, &inst.class, false, epoch, |kind| match kind {
        AttrKind::Property(getter) => Some(getter.clone()),
        _ => None,
    })
}

/// What a cache hit read from a class object (`C.x`).
#[inline]
pub(super) fn cached_class_load(
    code: &Code,
    n: usize,
    class: &Rc<Type>,
    epoch: u64,
) -> Option<Value> {
    cached_kind(code, n, class, true, epoch, |kind| match kind {
        AttrKind::ClassValue(v) => Some(v.clone()),
        AttrKind::ClassMethod(f) => Some(Value::BoundMethod(Rc::new(BoundMethod {
            func: f.clone(),
            receiver: Value::Type(class.clone()),
        }))),
        _ => None,
    })
}

/// The function of a class method that `LoadMethod` reads from the class object `class`
/// (`C.make(...)`), on a cache hit: it is called with the class first.
#[inline]
pub(super) fn cached_class_method(
    code: &Code,
    n: usize,
    class: &Rc<Type>,
    epoch: u64,
) -> Option<Value> {
    cached_kind(code, n, class, true, epoch, |kind| match kind {
        AttrKind::ClassMethod(f) => Some(f.clone()),
        _ => None,
    })
}

/// The method for `LoadMethod` on a cache hit: the class's function, when the instance dict
/// does not shadow it.
#[inline]
pub(super) fn cached_method(
    code: &Code,
    n: usize,
    inst: &Rc<Instance>,
    epoch: u64,
) -> Option<Value> {
    let cache = code.attr_cache.get(n)?.borrow();
    let way = find_way(&cache.ways, &inst.class, false, epoch)?;
    let unshadowed = || {
        inst.dict
            .get_hashed(code.name_keys[n].as_str(), code.name_hashes[n])
            .is_none()
    };
    match &way.kind {
        AttrKind::Method(f) if unshadowed() => Some(f.clone()),
        AttrKind::BuiltinMethod(f) if inst.base.is_some() && unshadowed() => Some(f.clone()),
        _ => None,
    }
}

/// The type of a built-in value whose methods `LoadMethod` caches (`s.find`, `d.get`).
#[inline]
pub(super) fn builtin_type<'a>(types: &'a crate::interp::Types, v: &Value) -> Option<&'a Rc<Type>> {
    Some(match v {
        Value::Str(_) => &types.str_,
        Value::List(_) => &types.list,
        Value::Dict(_) => &types.dict,
        Value::Tuple(_) => &types.tuple,
        Value::Set(_) => &types.set,
        Value::Bytes(_) => &types.bytes,
        _ => return None,
    })
}

/// The unbound method for `LoadMethod` on a built-in value of type `ty`, on a cache hit.
#[inline]
pub(super) fn cached_builtin_method(
    code: &Code,
    n: usize,
    ty: &Rc<Type>,
    epoch: u64,
) -> Option<Value> {
    cached_kind(code, n, ty, false, epoch, |kind| match kind {
        AttrKind::BuiltinMethod(f) => Some(f.clone()),
        _ => None,
    })
}

/// What `pick` takes from what name `n` of `code` is known to be on `class` (on the class
/// object itself when `on_type`), on a cache hit.
#[inline(always)]
fn cached_kind(
    code: &Code,
    n: usize,
    class: &Rc<Type>,
    on_type: bool,
    epoch: u64,
    pick: impl FnOnce(&AttrKind) -> Option<Value>,
) -> Option<Value> {
    let cache = code.attr_cache.get(n)?.borrow();
    pick(&find_way(&cache.ways, class, on_type, epoch)?.kind)
}

/// Stores into the instance dict on a cache hit; gives the value back otherwise.
#[inline]
pub(super) fn cached_store(
    code: &Code,
    n: usize,
    inst: &Rc<Instance>,
    epoch: u64,
    v: Value,
) -> Result<(), Value> {
    let Some(cache) = code.attr_cache.get(n) else {
        return Err(v);
    };
    let cache = cache.borrow();
    let Some(way) = find_way(&cache.ways, &inst.class, false, epoch).filter(|w| w.plain_store)
    else {
        return Err(v);
    };
    let hint = way.hint.get() as usize;
    let v = match inst.dict.set_at_hint(&code.name_keys[n], hint, v) {
        Ok(()) => return Ok(()),
        Err(v) => v,
    };
    let at = inst
        .dict
        .set_hinted(&code.name_keys[n], code.name_hashes[n], hint, v);
    way.hint.set(at as u32);
    Ok(())
}

/// The way for `inst`'s class, if it is still valid.
#[inline]
fn find_way<'a>(
    ways: &'a [Option<AttrWay>; ATTR_CACHE_WAYS],
    class: &Rc<Type>,
    on_type: bool,
    epoch: u64,
) -> Option<&'a AttrWay> {
    ways.iter()
        .flatten()
        .find(|w| w.on_type == on_type && w.class_addr == Rc::as_ptr(class) as usize)
        .filter(|w| w.epoch == epoch)
}

/// Whether `bind` hands a class attribute back unchanged (it is no descriptor).
fn is_plain_class_value(v: &Value) -> bool {
    !matches!(
        v,
        Value::Function(_) | Value::Builtin(_) | Value::Instance(_) | Value::Null
    )
}

impl Interpreter {
    /// Learns how instances of `obj`'s class resolve name `n` of `code`, after a slow-path
    /// attribute instruction on `obj`.
    pub(super) fn learn_attr(&mut self, code: &Code, n: usize, obj: &Value) {
        let Some(slot) = code.attr_cache.get(n) else {
            return;
        };
        let inst = match obj {
            Value::Instance(inst) => inst,
            Value::Type(class) => return self.learn_class_attr(slot, code, n, class),
            other => return self.learn_builtin_method(slot, code, n, other),
        };
        let class = &inst.class;
        if Rc::ptr_eq(class, &self.types.super_) {
            return;
        }
        let (name, hash) = (&code.names[n], code.name_hashes[n]);
        let custom_get = class
            .lookup_name(&names::GETATTRIBUTE)
            .is_some_and(|v| !is_object_method(&v));
        let custom_set = class
            .lookup_name(&names::SETATTR)
            .is_some_and(|v| !is_object_method(&v));
        let class_attr = class.lookup_hashed(name, hash);
        let kind = match &class_attr {
            _ if custom_get => AttrKind::Unknown,
            None => AttrKind::Plain,
            Some(f @ Value::Function(_)) => AttrKind::Method(f.clone()),
            Some(b @ Value::Builtin(bf))
                if bf.receiver.is_none() && bf.owner.is_some() && inst.base.is_some() =>
            {
                AttrKind::BuiltinMethod(b.clone())
            }
            Some(v) if is_plain_class_value(v) => AttrKind::ClassValue(v.clone()),
            // A getter that raises AttributeError falls back to `__getattr__`, which only the
            // slow path does.
            Some(Value::Instance(p))
                if Rc::ptr_eq(&p.class, &self.types.property)
                    && class.lookup("__getattr__").is_none() =>
            {
                match p.dict.get_str("fget") {
                    Some(Value::Function(f))
                        if !f.code.has_flag(Code::GENERATOR)
                            && !f.code.has_flag(Code::COROUTINE) =>
                    {
                        AttrKind::Property(Value::Function(f))
                    }
                    _ => AttrKind::Unknown,
                }
            }
            Some(_) => AttrKind::Unknown,
        };
        let is_module = Rc::ptr_eq(class, &self.types.module);
        // `__dict__` and `__class__` are no entries of the instance dict: storing them
        // replaces the dict's contents or the class, which only the slow path does.
        let special = matches!(&**name, "__dict__" | "__class__");
        let plain_store = !custom_set
            && !special
            && !matches!(class_attr, Some(Value::Instance(_)))
            && (is_module || !class.slots_forbid(name));
        self.store_way(slot, class, false, kind, plain_store);
    }

    /// Learns the method that `LoadMethod` of name `n` finds on a built-in value (as
    /// `lookup_method_hashed` does: the type's built-in, unbound). Special names, which have
    /// their own rules there, are left to the slow path.
    fn learn_builtin_method(
        &mut self,
        slot: &RefCell<AttrCache>,
        code: &Code,
        n: usize,
        obj: &Value,
    ) {
        let Some(ty) = builtin_type(&self.types, obj) else {
            return;
        };
        let name = &code.names[n];
        if name.starts_with("__") {
            return;
        }
        let Some(b @ Value::Builtin(_)) = ty.lookup_hashed(name, code.name_hashes[n]) else {
            return;
        };
        self.store_way(slot, ty, false, AttrKind::BuiltinMethod(b), false);
    }

    /// Learns what reading name `n` of `code` from the class object `class` gives: a class
    /// (not a built-in type, whose attributes have special cases) without a metaclass, and a
    /// value that is no descriptor.
    fn learn_class_attr(
        &mut self,
        slot: &RefCell<AttrCache>,
        code: &Code,
        n: usize,
        class: &Rc<Type>,
    ) {
        if !class.is_class || class.metaclass.borrow().is_some() {
            return;
        }
        let Some(v) = class.lookup_hashed(&code.names[n], code.name_hashes[n]) else {
            return;
        };
        let kind = match v {
            // `C.f` of a classmethod binds its function to the class.
            Value::Instance(i) if Rc::ptr_eq(&i.class, &self.types.classmethod) => {
                match i.dict.get_str("__func__") {
                    Some(f @ Value::Function(_)) => AttrKind::ClassMethod(f),
                    _ => return,
                }
            }
            v => match self.class_value(v) {
                Some(v) => AttrKind::ClassValue(v),
                None => return,
            },
        };
        self.store_way(slot, class, true, kind, false);
    }

    /// Remembers in `slot` what a name is on `class` (on the class object itself when
    /// `on_type`), valid under the current type epoch.
    fn store_way(
        &self,
        slot: &RefCell<AttrCache>,
        class: &Rc<Type>,
        on_type: bool,
        kind: AttrKind,
        plain_store: bool,
    ) {
        let way = AttrWay {
            class: Rc::downgrade(class),
            class_addr: Rc::as_ptr(class) as usize,
            on_type,
            epoch: self.type_epoch.get(),
            kind,
            plain_store,
            hint: Default::default(),
        };
        store_way(slot, way);
    }

    /// What reading class attribute `v` from the class object gives, when that is `v` itself
    /// or a staticmethod's function; None for descriptors.
    fn class_value(&self, v: Value) -> Option<Value> {
        Some(match v {
            Value::Null => return None,
            // `C.f` of a staticmethod is its function.
            Value::Instance(i) if Rc::ptr_eq(&i.class, &self.types.staticmethod) => {
                match i.dict.get_str("__func__") {
                    Some(f @ Value::Function(_)) => f,
                    _ => return None,
                }
            }
            // An instance whose class has no `__get__` is no descriptor (`C.RED` of an enum
            // made by hand, a constant object): reading it gives it back. Adding `__get__`
            // later changes a type namespace, which drops this entry.
            Value::Instance(i)
                if i.class.is_class
                    && i.base.is_none()
                    && i.class
                        .mro
                        .iter()
                        .all(|t| t.is_class || Rc::ptr_eq(t, &self.types.object))
                    && i.class.lookup("__get__").is_none() =>
            {
                Value::Instance(i)
            }
            Value::Instance(_) => return None,
            v => v,
        })
    }
}

/// Puts `way` in the cache: over the way for the same class if there is one, else in a free
/// way, else over the next in turn.
fn store_way(slot: &RefCell<AttrCache>, way: AttrWay) {
    let mut cache = slot.borrow_mut();
    let at = cache
        .ways
        .iter()
        .position(|w| {
            w.as_ref()
                .is_some_and(|w| w.on_type == way.on_type && w.class.ptr_eq(&way.class))
        })
        .or_else(|| cache.ways.iter().position(Option::is_none))
        .unwrap_or_else(|| {
            let at = cache.next as usize % ATTR_CACHE_WAYS;
            cache.next = cache.next.wrapping_add(1);
            at
        });
    cache.ways[at] = Some(way);
}
