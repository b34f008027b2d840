//! Subscription (`obj[key]`, assignment, deletion), slicing of sequences, and `in`.

use std::rc::Rc;

use num_traits::Signed;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Range, Slice, Tuple};
use crate::value::Value;

/// Resolved slice bounds over a sequence of some length, as `slice.indices` gives them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn iter(self) -> impl Iterator<Item = usize> {
        let SliceIndices {
            start, step, len, ..
        } = self;
        (0..len).map(move |i| (start + i as i64 * step) as usize)
    }
}

impl Interpreter {
    /// An integer index (`__index__`): ints and bools, or TypeError.
    #[allow(clippy::wrong_self_convention)] // The receiver is the interpreter; `v` is converted.
    pub(crate) fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Long(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
            Value::Instance(_) => {
                if let Some(b @ (Value::Int(_) | Value::Long(_))) =
                    self.subclass_base(v, "__index__")
                {
                    return self.to_index(&b);
                }
                if let Some(m) = self.lookup_special(v, "__index__") {
                    let r = self.call1(&m, v.clone())?;
                    return self.to_index(&r);
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// Resolves `slice` over a sequence of length `len`.
    /// The indices of slice `s` of list `l`, whose length was `len` before: the `__index__`
    /// of a bound may change the list, and then, as in CPython, the bounds are fitted to the
    /// length it has afterwards (evaluating them again). Callers still check each index.
    fn list_slice_indices(
        &mut self,
        l: &crate::object::List,
        s: &Slice,
        len: usize,
    ) -> PyResult<SliceIndices> {
        let idx = self.slice_indices(s, len)?;
        if l.len() == len {
            return Ok(idx);
        }
        let now = l.len();
        self.slice_indices(s, now)
    }

    pub(crate) fn slice_indices(&mut self, s: &Slice, len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_part(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let bound = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => bound(self.slice_part(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => bound(self.slice_part(v)?),
        };
        let count = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    fn slice_part(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Long(_) => self.to_index(v),
            Value::Instance(_) if self.lookup_special(v, "__index__").is_some() => self.to_index(v),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Normalises a sequence index, raising IndexError with `what` ("list", "tuple", ...).
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_) => {
                self.to_index(key)?
            }
            _ => {
                let tn = self.type_name(key);
                if what == "string" {
                    return Err(
                        self.type_error(format!("string indices must be integers, not '{tn}'"))
                    );
                }
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                )));
            }
        };
        let idx = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if idx < 0 || idx >= len as i64 {
            return Err(self.err("IndexError", format!("{what} index out of range")));
        }
        Ok(idx as usize)
    }

    pub(crate) fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(a) = crate::modules::array::exact_storage(obj) {
            return crate::modules::array::get_item(self, a, key);
        }
        if let Some(b) = self.subclass_base(obj, "__getitem__") {
            return self.subclass_getitem(obj, &b, key);
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.borrow();
                    let len = items.len();
                    drop(items);
                    let idx = self.list_slice_indices(l, s, len)?;
                    let items = l.borrow();
                    let out: Vec<Value> =
                        idx.iter().filter_map(|i| items.get(i).cloned()).collect();
                    // A slice is not registered with the collector: slices are made by the
                    // million and seldom become part of a cycle (one that does is freed with
                    // the interpreter).
                    return Ok(Value::List(Rc::new(crate::object::List::new(out))));
                }
                if let Value::Int(i) = key {
                    let items = l.borrow();
                    let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                    if idx >= 0 && (idx as usize) < items.len() {
                        return Ok(items[idx as usize].clone());
                    }
                }
                let len = l.len();
                let i = self.seq_index(key, len, "list")?;
                // `__index__` may have shrunk the list.
                let item = l.borrow().get(i).cloned();
                item.ok_or_else(|| self.err("IndexError", "list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.len())?;
                    return Ok(Value::tuple(
                        idx.iter().map(|i| t.items[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if s.is_ascii() {
                        let bytes = s.as_str().as_bytes();
                        if idx.step == 1 {
                            let a = idx.start.max(0) as usize;
                            return Ok(Value::str(&s.as_str()[a..a + idx.len]));
                        }
                        let out: String = idx.iter().map(|i| bytes[i] as char).collect();
                        return Ok(Value::from_string(out));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = idx.iter().map(|i| chars[i]).collect();
                    return Ok(Value::from_string(out));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or('\0');
                let mut buf = [0u8; 4];
                Ok(Value::str(c.encode_utf8(&mut buf)))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, b.len())?;
                    let out: Vec<u8> = idx.iter().map(|i| b.items[i]).collect();
                    return Ok(Value::Bytes(Rc::new(Tuple::new(out))));
                }
                let i = self.seq_index(key, b.len(), "index")?;
                Ok(Value::Int(b.items[i] as i64))
            }
            Value::Range(r) => {
                let len = r.len();
                if let Value::Slice(sl) = key {
                    let clamped = usize::try_from(len).unwrap_or(usize::MAX);
                    let idx = self.slice_indices(sl, clamped)?;
                    let start = r.start + idx.start as i128 * r.step;
                    let step = r.step * idx.step as i128;
                    let stop = r.start + idx.stop as i128 * r.step;
                    return Ok(Value::Range(Rc::new(Range { start, stop, step })));
                }
                let i: i128 = match key {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::Long(b) => i128::try_from(&**b).unwrap_or(i128::MAX),
                    Value::Instance(_) if self.lookup_special(key, "__index__").is_some() => {
                        self.to_index(key)? as i128
                    }
                    other => {
                        let tn = self.type_name(other);
                        return Err(self.type_error(format!(
                            "range indices must be integers or slices, not {tn}"
                        )));
                    }
                };
                let i = if i < 0 { i + len } else { i };
                if i < 0 || i >= len {
                    return Err(self.err("IndexError", "range object index out of range"));
                }
                Ok(Value::from_i128(r.get(i)))
            }
            Value::Dict(d) => {
                let k = self.key_in_dict(d, key.clone())?;
                match d.get(&k) {
                    Some(v) => Ok(v),
                    None => Err(self.new_exception("KeyError", vec![key.clone()])),
                }
            }
            Value::Type(t) if t.is_class => {
                if let Some(m) = t.lookup("__class_getitem__") {
                    // Implicitly a class method; an explicit `classmethod(...)` (as
                    // `_collections_abc` writes it) is unwrapped to the same call.
                    let m = match &m {
                        Value::Instance(i) if Rc::ptr_eq(&i.class, &self.types.classmethod) => {
                            i.dict.get_str("__func__").unwrap_or(m)
                        }
                        _ => m,
                    };
                    return self.call_value(&m, Args::positional(vec![obj.clone(), key.clone()]));
                }
                if let Some(m) = self.lookup_special(obj, "__getitem__") {
                    return self.call_value(&m, Args::positional(vec![obj.clone(), key.clone()]));
                }
                // A class deriving from a generic built-in (a dict subclass) inherits its
                // `__class_getitem__`.
                if t.mro
                    .iter()
                    .any(|base| !base.is_class && is_generic_builtin(&base.name))
                {
                    return Ok(crate::builtins::generic_alias(self, obj, key));
                }
                let tn = t.name.clone();
                Err(self.type_error(format!("type '{tn}' is not subscriptable")))
            }
            // Only the built-in types CPython gives `__class_getitem__` are generic.
            Value::Type(t) if is_generic_builtin(&t.name) => {
                Ok(crate::builtins::generic_alias(self, obj, key))
            }
            Value::Type(t) => {
                let tn = t.name.clone();
                Err(self.type_error(format!("type '{tn}' is not subscriptable")))
            }
            _ => {
                if let Some(m) = self.lookup_special(obj, "__getitem__") {
                    return self.call_value(&m, Args::positional(vec![obj.clone(), key.clone()]));
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
        }
    }

    pub(crate) fn set_item(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Some(a) = crate::modules::array::exact_storage(obj) {
            return crate::modules::array::set_item(self, a, &key, &v);
        }
        if let Some(b) = self.subclass_base(obj, "__setitem__") {
            return self.set_item(&b, key, v);
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let items = self.collect_iterable(&v)?;
                    let len = l.len();
                    let idx = self.list_slice_indices(l, s, len)?;
                    let mut list = l.borrow_mut();
                    let len = list.len();
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop = (idx.stop.max(idx.start)).clamp(0, len as i64) as usize;
                        list.splice(start..stop.max(start), items);
                        return Ok(());
                    }
                    if items.len() != idx.len {
                        drop(list);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            idx.len
                        )));
                    }
                    for (i, item) in idx.iter().zip(items) {
                        if let Some(slot) = list.get_mut(i) {
                            *slot = item;
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                let i = self.seq_index(&key, len, "list assignment")?;
                // `__index__` may have shrunk the list.
                let mut list = l.borrow_mut();
                match list.get_mut(i) {
                    Some(slot) => {
                        *slot = v;
                        Ok(())
                    }
                    None => {
                        drop(list);
                        Err(self.err("IndexError", "list assignment index out of range"))
                    }
                }
            }
            Value::Dict(d) => {
                let k = self.key_in_dict(d, key)?;
                // A growing table is charged before it grows: doubling a large one at once
                // could pass the heap limit, and under wasmtime the memory wall, between checks.
                let grow = d.growth_bytes();
                if grow > 0 {
                    self.charge(grow)?;
                }
                d.insert(k, v);
                Ok(())
            }
            _ => {
                if let Some(m) = self.lookup_special(obj, "__setitem__") {
                    self.call_value(&m, Args::positional(vec![obj.clone(), key, v]))?;
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
        }
    }

    pub(crate) fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(a) = crate::modules::array::exact_storage(obj) {
            return crate::modules::array::del_item(self, a, key);
        }
        if let Some(b) = self.subclass_base(obj, "__delitem__") {
            return self.del_item(&b, key);
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.len();
                    let idx = self.list_slice_indices(l, s, len)?;
                    let mut remove: Vec<usize> = idx.iter().collect();
                    remove.sort_unstable();
                    let mut list = l.borrow_mut();
                    let mut keep = Vec::with_capacity(list.len().saturating_sub(remove.len()));
                    let mut r = remove.iter().peekable();
                    for (i, item) in list.drain(..).enumerate() {
                        if r.peek() == Some(&&i) {
                            r.next();
                        } else {
                            keep.push(item);
                        }
                    }
                    *list = keep;
                    return Ok(());
                }
                let len = l.len();
                let i = self.seq_index(key, len, "list assignment")?;
                // `__index__` may have shrunk the list.
                let mut list = l.borrow_mut();
                if i >= list.len() {
                    drop(list);
                    return Err(self.err("IndexError", "list assignment index out of range"));
                }
                list.remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.key_in_dict(d, key.clone())?;
                match d.remove(&k) {
                    Some(_) => Ok(()),
                    None => Err(self.new_exception("KeyError", vec![key.clone()])),
                }
            }
            _ => {
                if let Some(m) = self.lookup_special(obj, "__delitem__") {
                    self.call_value(&m, Args::positional(vec![obj.clone(), key.clone()]))?;
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
            }
        }
    }

    /// `item in container`.
    pub(crate) fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(b) = self.subclass_base(container, "__contains__") {
            return self.contains(&b, item);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => {
                    let tn = self.type_name(other);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.items.contains(&(*i as u8)) && (0..256).contains(i)),
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.items.windows(sub.len()).any(|w| w == &*sub.items))
                }
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Dict(d) => {
                let k = self.key_in_dict(d, item.clone())?;
                Ok(d.get(&k).is_some())
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let k = match item {
                    // A set is looked up as the equal frozenset.
                    Value::Set(inner) => {
                        let f = crate::object::Set::new();
                        for k in inner.borrow().keys() {
                            f.insert(k.clone());
                        }
                        self.key_in_set(s, Value::FrozenSet(Rc::new(f)))?
                    }
                    other => self.key_in_set(s, other.clone())?,
                };
                Ok(s.contains(&k))
            }
            Value::Range(r) => {
                let i = match item {
                    Value::Int(i) => Some(*i as i128),
                    Value::Bool(b) => Some(*b as i128),
                    Value::Long(b) => i128::try_from(&**b).ok(),
                    _ => None,
                };
                if let Some(i) = i {
                    let (start, stop, step) = (r.start, r.stop, r.step);
                    let inside = if step > 0 {
                        i >= start && i < stop
                    } else {
                        i <= start && i > stop
                    };
                    return Ok(inside && (i - start) % step == 0);
                }
                let items = self.collect_iterable(container)?;
                self.any_eq(&items, item)
            }
            // Item by item, the length read again at each step as CPython does (an `__eq__`
            // may change the list); a copy of the whole list per test was most of `x in l`.
            Value::List(l) => {
                let mut i = 0;
                while let Some(v) = l.get(i) {
                    if self.eq_identity_first(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Value::Tuple(t) => self.any_eq(&t.items, item),
            _ => {
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    let r = self
                        .call_value(&m, Args::positional(vec![container.clone(), item.clone()]))?;
                    return self.truthy(&r);
                }
                if !self.is_iterable(container) {
                    let tn = self.type_name(container);
                    return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
                }
                let it = self.get_iter(container)?;
                while let Some(v) = self.iter_next(&it)? {
                    if self.eq_identity_first(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn any_eq(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if self.eq_identity_first(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Whether the built-in type named `name` has CPython's `__class_getitem__` (a `GenericAlias`).
fn is_generic_builtin(name: &str) -> bool {
    matches!(
        name,
        "list"
            | "dict"
            | "tuple"
            | "set"
            | "frozenset"
            | "type"
            | "enumerate"
            | "mappingproxy"
            | "BaseExceptionGroup"
            | "ExceptionGroup"
            | "deque"
            | "defaultdict"
            | "OrderedDict"
            | "partial"
            | "DirEntry"
            | "SimpleQueue"
            | "Pattern"
            | "Match"
    )
}
