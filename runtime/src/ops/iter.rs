//! The iteration protocol (`iter`, `next`) for built-in iterables, generators and objects with
//! `__iter__`/`__next__` or `__getitem__`, and hashing for dict and set keys.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::num;
use crate::object::{Args, DictKey, IterState};
use crate::value::Value;

impl Interpreter {
    /// `iter(v)`.
    pub(crate) fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List {
                list: l.clone(),
                index: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte_index: 0,
            },
            Value::Bytes(b) => IterState::Bytes {
                bytes: b.clone(),
                index: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                index: 0,
                kind: 0,
                len: d.len(),
            },
            Value::Set(s) | Value::FrozenSet(s) => IterState::Values {
                items: s.values(),
                index: 0,
                name: "set_iterator",
            },
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(_) | Value::Type(_) | Value::Exception(_) => {
                if let Some(b) = self.subclass_base(v, "__iter__") {
                    return self.get_iter(&b);
                }
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    let it = self.call1(&m, v.clone())?;
                    if !self.is_iterator(&it) {
                        let tn = self.type_name(&it);
                        return Err(
                            self.type_error(format!("iter() returned non-iterator of type '{tn}'"))
                        );
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterState::Seq {
                        obj: v.clone(),
                        index: 0,
                    }
                } else {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{tn}' object is not iterable")));
                }
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
        };
        Ok(Value::Iter(Rc::new(RefCell::new(state))))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) => true,
            Value::Instance(_) => self.lookup_special(v, "__next__").is_some(),
            _ => false,
        }
    }

    pub(crate) fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iter(_)
            | Value::Generator(_) => true,
            Value::Instance(_) => {
                if let Some(b) = self.subclass_base(v, "__iter__") {
                    return self.is_iterable(&b);
                }
                self.lookup_special(v, "__iter__").is_some()
                    || self.lookup_special(v, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub(crate) fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.iter_next_stop(it)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }

    /// Like `iter_next`, but an exhausted iterator gives the StopIteration value (a
    /// generator's return value) as `Err`.
    pub(crate) fn iter_next_stop(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        match it {
            Value::Iter(state) => {
                // A unit of fuel per item, so that a built-in draining a native iterator
                // (`sum(range(10**12))`) meets the instruction and time limits.
                self.charge_work(1)?;
                let state = state.clone();
                self.builtin_next(&state).map(|o| o.ok_or(Value::None))
            }
            Value::Generator(g) => {
                let g = g.clone();
                match self.gen_resume(&g, Value::None, None)? {
                    crate::vm::Sent::Yielded(v) => Ok(Ok(v)),
                    crate::vm::Sent::Returned(v) => Ok(Err(v)),
                }
            }
            _ => {
                let Some(m) = self.lookup_special(it, "__next__") else {
                    let tn = self.type_name(it);
                    return Err(self.type_error(format!("'{tn}' object is not an iterator")));
                };
                match self.call1(&m, it.clone()) {
                    Ok(v) => Ok(Ok(v)),
                    Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("StopIteration") => {
                        Ok(Err(e.args.borrow().first().cloned().unwrap_or(Value::None)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn builtin_next(&mut self, state: &Rc<RefCell<IterState>>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        let out = match &mut *st {
            IterState::List { .. } | IterState::Range { .. } | IterState::Array { .. } => {
                st.next_fast().flatten()
            }
            IterState::ListReversed { list, index } => {
                if *index == 0 {
                    None
                } else {
                    *index -= 1;
                    list.get(*index)
                }
            }
            IterState::Tuple { tuple, index } => {
                let v = tuple.items.get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Bytes { bytes, index } => {
                let v = bytes.items.get(*index).map(|b| Value::Int(*b as i64));
                *index += 1;
                v
            }
            IterState::Str { s, byte_index } => {
                let rest = &s.as_str()[*byte_index..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte_index += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Some(Value::str(c.encode_utf8(&mut buf)))
                    }
                    None => None,
                }
            }
            IterState::Dict {
                dict,
                index,
                kind,
                len,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(st);
                    return Err(
                        self.err("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                let map = dict.borrow();
                match map.get_index(*index) {
                    Some((k, v)) => {
                        *index += 1;
                        Some(match kind {
                            0 => k.value.clone(),
                            1 => v.clone(),
                            _ => Value::tuple(vec![k.value.clone(), v.clone()]),
                        })
                    }
                    None => None,
                }
            }
            IterState::Values { items, index, .. } => {
                let v = items.get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Exhausted => None,
            // The remaining kinds call back into Python: release the borrow first.
            _ => {
                drop(st);
                return self.next_composite(state);
            }
        };
        Ok(out)
    }

    /// `next` for iterators built on other iterators (enumerate, zip, map, filter, ...).
    fn next_composite(&mut self, state: &Rc<RefCell<IterState>>) -> PyResult<Option<Value>> {
        let snapshot = match &*state.borrow() {
            IterState::Enumerate { inner, count } => (1, vec![inner.clone(), count.clone()]),
            IterState::Zip { iters, strict } => (if *strict { 7 } else { 2 }, iters.clone()),
            IterState::Map { func, iters } => {
                let mut v = vec![func.clone()];
                v.extend(iters.iter().cloned());
                (3, v)
            }
            IterState::Filter { func, inner } => (4, vec![func.clone(), inner.clone()]),
            IterState::Callable { func, sentinel } => (5, vec![func.clone(), sentinel.clone()]),
            IterState::Seq { obj, index } => (6, vec![obj.clone(), Value::Int(*index)]),
            _ => (0, vec![]),
        };
        let (kind, parts) = snapshot;
        let result = match kind {
            1 => match self.iter_next(&parts[0])? {
                Some(v) => {
                    let count = parts[1].clone();
                    let next =
                        self.binary_op(&count, &Value::Int(1), crate::syntax::ast::BinOp::Add)?;
                    if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                        *count = next;
                    }
                    Some(Value::tuple(vec![parts[1].clone(), v]))
                }
                None => None,
            },
            2 | 7 => {
                let mut items = Vec::with_capacity(parts.len());
                for (i, it) in parts.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if kind == 7 && (i > 0 || parts[1..].iter().any(|_| true)) {
                                // Strict: every iterator must end together.
                                if i > 0 {
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        i + 1,
                                        if i > 1 { "s" } else { "" },
                                        if i > 1 {
                                            format!("-{i}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (j, other) in parts.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{j}")
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            *state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                if parts.is_empty() {
                    None
                } else {
                    Some(Value::tuple(items))
                }
            }
            3 => {
                let mut args = Vec::with_capacity(parts.len() - 1);
                for it in &parts[1..] {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Some(self.call_value(&parts[0], Args::positional(args))?)
            }
            4 => loop {
                match self.iter_next(&parts[1])? {
                    Some(v) => {
                        let keep = if parts[0].is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call1(&parts[0], v.clone())?;
                            self.truthy(&r)?
                        };
                        if keep {
                            break Some(v);
                        }
                    }
                    None => break None,
                }
            },
            5 => {
                let v = self.call_value(&parts[0], Args::default())?;
                if self.eq(&v, &parts[1])? {
                    *state.borrow_mut() = IterState::Exhausted;
                    None
                } else {
                    Some(v)
                }
            }
            6 => {
                let Value::Int(i) = parts[1] else {
                    return Ok(None);
                };
                match self.get_item(&parts[0], &Value::Int(i)) {
                    Ok(v) => {
                        if let IterState::Seq { index, .. } = &mut *state.borrow_mut() {
                            *index += 1;
                        }
                        Some(v)
                    }
                    Err(PyErr::Exception(e))
                        if e.ty.is_builtin_subtype("IndexError")
                            || e.ty.is_builtin_subtype("StopIteration") =>
                    {
                        *state.borrow_mut() = IterState::Exhausted;
                        None
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => None,
        };
        Ok(result)
    }

    /// Every item of an iterable, in order.
    pub(crate) fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.to_vec()),
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::Range(r) => {
                let n = r.len();
                self.check_alloc(n as u128 * 16)?;
                self.charge(n as u64 * 16)?;
                Ok((0..n).map(|i| Value::from_i128(r.get(i))).collect())
            }
            Value::Dict(d) => Ok(d.keys()),
            Value::Set(s) | Value::FrozenSet(s) => Ok(s.values()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out: Vec<Value> = Vec::new();
                let item = std::mem::size_of::<Value>() as u64;
                while let Some(x) = self.iter_next(&it)? {
                    if out.len() == out.capacity() && out.len() >= 4096 {
                        // The vector doubles: charge the new room before taking it, counting
                        // what it holds already, so that the heap limit stops an endless
                        // iterator before the allocation (which briefly holds both). The first
                        // 4096 items go uncharged, so that small collections cost nothing.
                        let more = out.capacity();
                        self.charge_holding(more as u64 * item, out.capacity() as u64 * item)?;
                        out.reserve_exact(more);
                    }
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// The hash of a value, or TypeError for unhashable ones.
    pub(crate) fn hash_value(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => num::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::Long(b) => num::hash_int(b),
            Value::Float(f) => {
                if f.is_nan() {
                    v.id() >> 4
                } else {
                    num::hash_float(*f)
                }
            }
            Value::Complex(c) => {
                let (r, i) = (&c.0, &c.1);
                let hr = if r.is_nan() { 0 } else { num::hash_float(*r) } as u64;
                let hi = if i.is_nan() { 0 } else { num::hash_float(*i) } as u64;
                let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Value::Str(s) => s.hash(),
            Value::Bytes(b) if b.is_empty() => 0,
            Value::Range(r) => {
                // CPython hashes a range as (len, start, step), with None for what the
                // length makes irrelevant, so equal ranges hash equally.
                let len = r.len();
                let t = match len {
                    0 => vec![Value::Int(0), Value::None, Value::None],
                    1 => vec![Value::Int(1), Value::from_i128(r.start), Value::None],
                    _ => vec![
                        Value::from_i128(len),
                        Value::from_i128(r.start),
                        Value::from_i128(r.step),
                    ],
                };
                self.hash_value(&Value::tuple(t))?
            }
            Value::Bytes(b) => {
                let mut h: u64 = 0xcbf29ce484222325;
                for &x in b.items.iter() {
                    h = (h ^ x as u64).wrapping_mul(0x100000001b3);
                }
                h as i64
            }
            Value::None => 0xFCA86420,
            Value::Tuple(t) => {
                let items = t.items.clone();
                let mut acc: u64 = 2870177450012600261;
                for item in items.iter() {
                    let lane = self.nested("", |me| me.hash_value(item))? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                acc = acc.wrapping_add(items.len() as u64 ^ (2870177450012600261 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Value::FrozenSet(s) => {
                let mut h: u64 = 0;
                for k in s.borrow().keys() {
                    let x = k.hash as u64;
                    h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                h as i64
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{tn}'")));
            }
            Value::Instance(_) => {
                if let Some(b) = self.subclass_base(v, "__hash__") {
                    if let Value::List(_) | Value::Dict(_) | Value::Set(_) = b {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("unhashable type: '{tn}'")));
                    }
                    return self.hash_value(&b);
                }
                if let Some(h) = self.lookup_special(v, "__hash__") {
                    if h.is_none() {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("unhashable type: '{tn}'")));
                    }
                    let r = self.call1(&h, v.clone())?;
                    return match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::Long(b) => Ok(num::hash_int(&b)),
                        Value::Bool(b) => Ok(b as i64),
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
                v.id() >> 4
            }
            other => other.id() >> 4,
        })
    }

    /// The key under which `v` is found in a table whose candidates are `candidates(hash)`:
    /// for keys compared with `__eq__`, the stored key that equals `v`, so that the table's
    /// own (identity) comparison finds it.
    /// A key compared without `__eq__` still meets, among `eq_candidates`, the stored keys
    /// that compare with their own (CPython asks the stored key).
    pub(crate) fn canonical_key(
        &mut self,
        key: DictKey,
        candidates: impl FnOnce(i64) -> Vec<DictKey>,
        eq_candidates: impl FnOnce(&DictKey) -> Vec<DictKey>,
    ) -> PyResult<DictKey> {
        if !crate::object::needs_py_eq(&key.value) {
            for c in eq_candidates(&key) {
                if self.eq(&c.value, &key.value)? {
                    return Ok(c);
                }
            }
            return Ok(key);
        }
        for c in candidates(key.hash) {
            if c.value.is(&key.value) || self.eq(&c.value, &key.value)? {
                return Ok(c);
            }
        }
        Ok(key)
    }

    /// The key for `v` in dict `d`. The common keys, a `str` or an `int` with no stored key
    /// that compares by its own `__eq__` to ask, are hashed here, inline; the rest out of line.
    #[inline]
    pub(crate) fn key_in_dict(&mut self, d: &crate::object::Dict, v: Value) -> PyResult<DictKey> {
        if !d.may_have_eq_keys() {
            let hash = match &v {
                Value::Str(s) => Some(s.hash()),
                Value::Int(i) => Some(num::hash_i64(*i)),
                _ => None,
            };
            if let Some(hash) = hash {
                return Ok(DictKey { hash, value: v });
            }
        }
        self.key_in_dict_slow(d, v)
    }

    /// `key_in_dict` past its inline cases.
    #[inline(never)]
    fn key_in_dict_slow(&mut self, d: &crate::object::Dict, v: Value) -> PyResult<DictKey> {
        let key = self.dict_key(v)?;
        self.canonical_key(key, |h| d.keys_with_hash(h), |k| d.eq_candidates(k))
    }

    /// The key for `v` in set `s`.
    pub(crate) fn key_in_set(&mut self, s: &crate::object::Set, v: Value) -> PyResult<DictKey> {
        let key = self.dict_key(v)?;
        self.canonical_key(key, |h| s.keys_with_hash(h), |k| s.eq_candidates(k))
    }

    /// A dict or set key for `v` (hashing it once).
    pub(crate) fn dict_key(&mut self, v: Value) -> PyResult<DictKey> {
        let hash = self.hash_value(&v)?;
        Ok(DictKey { hash, value: v })
    }
}
