//! Inline caches for attribute instructions on instances (`LoadAttr`, `StoreAttr`,
//! `LoadMethod`), in the manner of CPython 3.11's specialisation: each name of a code object
//! remembers, for the last class it met, how that class resolves the name. The entry is valid
//! while the interpreter's type epoch is unchanged, since any change to any type namespace
//! bumps it; a hit then costs one probe of the instance dict instead of MRO lookups of the
//! name and of `__getattribute__`/`__setattr__`.

use std::rc::Rc;

use crate::bytecode::{AttrCache, AttrKind, Code};
use crate::interp::Interpreter;
use crate::object::{names, BoundMethod, Instance};
use crate::ops::is_object_method;
use crate::value::Value;

/// What a cache hit read: the value, or nothing learnt that applies.
#[inline]
pub(super) fn cached_load(
    code: &Code,
    n: usize,
    inst: &Rc<Instance>,
    epoch: u64,
) -> Option<Value> {
    let cache = code.attr_cache.get(n)?.borrow();
    if cache.epoch != epoch || !cache.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &inst.class)) {
        return None;
    }
    let name = &code.names[n];
    let hash = code.name_hashes[n];
    match &cache.kind {
        AttrKind::Unknown => None,
        AttrKind::Plain => inst.dict.get_hashed(name, hash),
        AttrKind::Method(f) => Some(inst.dict.get_hashed(name, hash).unwrap_or_else(|| {
            Value::BoundMethod(Rc::new(BoundMethod {
                func: f.clone(),
                receiver: Value::Instance(inst.clone()),
            }))
        })),
        AttrKind::ClassValue(v) => Some(inst.dict.get_hashed(name, hash).unwrap_or(v.clone())),
    }
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
    if cache.epoch != epoch || !cache.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &inst.class)) {
        return None;
    }
    match &cache.kind {
        AttrKind::Method(f) if inst.dict.get_hashed(&code.names[n], code.name_hashes[n]).is_none() => {
            Some(f.clone())
        }
        _ => None,
    }
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
    if cache.epoch != epoch
        || !cache.plain_store
        || !cache.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &inst.class))
    {
        return Err(v);
    }
    inst.dict.set_hashed(&code.names[n], code.name_hashes[n], v);
    Ok(())
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
        let Value::Instance(inst) = obj else {
            return;
        };
        let Some(slot) = code.attr_cache.get(n) else {
            return;
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
            Some(v) if is_plain_class_value(v) => AttrKind::ClassValue(v.clone()),
            Some(_) => AttrKind::Unknown,
        };
        let is_module = Rc::ptr_eq(class, &self.types.module);
        let plain_store = !custom_set
            && !matches!(class_attr, Some(Value::Instance(_)))
            && (is_module || !class.slots_forbid(name));
        *slot.borrow_mut() = AttrCache {
            class: Some(class.clone()),
            epoch: self.type_epoch.get(),
            kind,
            plain_store,
        };
    }
}
