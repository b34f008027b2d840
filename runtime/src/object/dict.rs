//! `dict` and `set`: insertion-ordered hash tables keyed by `DictKey`, a value with its Python
//! hash computed once and Python's equality (so `1`, `1.0` and `True` are the same key).

use std::cell::{Ref, RefCell, RefMut};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use indexmap::map::MutableKeys;
use indexmap::IndexMap;

use crate::object::release::{deep, release, release_into};
use crate::object::Str;
use crate::value::Value;

/// A hashable value and its precomputed Python hash.
#[derive(Clone, Debug)]
pub struct DictKey {
    pub hash: i64,
    pub value: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && key_eq(&self.value, &other.value)
    }
}

impl Eq for DictKey {}

/// Whether finding `v` in a table needs Python-level `__eq__` (class instances, or tuples
/// holding them); such keys are matched by `Interpreter::canonical_key`.
pub fn needs_py_eq(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::Exception(_) => true,
        Value::Tuple(t) => t.items.iter().any(needs_py_eq),
        _ => false,
    }
}

/// The keys of `map` whose hash is `hash` (the candidates for an `__eq__` match).
fn keys_with_hash<V>(map: &IndexMap<DictKey, V, BuildNoHash>, hash: i64) -> Vec<DictKey> {
    use indexmap::map::RawEntryApiV1;
    use std::hash::BuildHasher;
    let probe = DictKey {
        hash,
        value: Value::None,
    };
    let h = BuildNoHash.hash_one(&probe);
    let mut out = Vec::new();
    map.raw_entry_v1().from_hash(h, |k| {
        if k.hash == hash {
            out.push(k.clone());
        }
        false
    });
    out
}

/// For a lookup of `key`, a value compared without `__eq__`: the keys of `map` of its hash
/// that compare with their own `__eq__`, when no key equals it plainly. CPython asks a stored
/// key whether it equals the one looked up, so `d[5]` finds a stored key whose `__eq__`
/// says it equals 5. Empty nearly always, without allocating.
fn eq_candidates<V>(map: &IndexMap<DictKey, V, BuildNoHash>, key: &DictKey) -> Vec<DictKey> {
    use indexmap::map::RawEntryApiV1;
    use std::hash::BuildHasher;
    let h = BuildNoHash.hash_one(key);
    let mut out = Vec::new();
    let found = map.raw_entry_v1().from_hash(h, |k| {
        if k.hash != key.hash {
            return false;
        }
        if key_eq(&k.value, &key.value) {
            return true;
        }
        if needs_py_eq(&k.value) {
            out.push(k.clone());
        }
        false
    });
    if found.is_some() {
        out.clear();
    }
    out
}

/// The built-in value wrapped by an instance of a class deriving from a built-in type, when
/// the class keeps the built-in equality (so a `str` subclass key finds a `str` key).
fn plain_base(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) if !matches!(i.class.lookup("__eq__"), Some(Value::Function(_))) => {
            i.base.as_ref()
        }
        _ => None,
    }
}

/// Python equality for hashable built-in values; other objects compare by identity.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    if a.is(b) {
        return true;
    }
    if let Some(x) = plain_base(a) {
        return key_eq(x, b);
    }
    if let Some(y) = plain_base(b) {
        return key_eq(a, y);
    }
    match (a, b) {
        (Int(_) | Long(_) | Bool(_) | Float(_), Int(_) | Long(_) | Bool(_) | Float(_)) => {
            crate::ops::num_eq(a, b)
        }
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Bytes(x), Bytes(y)) => x.items == y.items,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| key_eq(p, q))
        }
        (FrozenSet(x), FrozenSet(y))
        | (Set(x), Set(y))
        | (Set(x), FrozenSet(y))
        | (FrozenSet(x), Set(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.keys().all(|k| y.contains_key(k))
        }
        (Complex(x), Complex(y)) => x.0 == y.0 && x.1 == y.1,
        // Ranges are equal when they produce the same sequence.
        (Range(x), Range(y)) => {
            let (n, m) = (x.len(), y.len());
            n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)))
        }
        (Complex(c), Int(_) | Long(_) | Bool(_) | Float(_))
        | (Int(_) | Long(_) | Bool(_) | Float(_), Complex(c)) => {
            let (p, q) = (&c.0, &c.1);
            let other = if matches!(a, Complex(..)) { b } else { a };
            *q == 0.0 && crate::ops::num_eq(&Float(*p), other)
        }
        _ => false,
    }
}

pub type DictMap = IndexMap<DictKey, Value, BuildNoHash>;

/// Keys arrive already hashed; the map just uses that number.
#[derive(Clone, Copy, Default, Debug)]
pub struct BuildNoHash;

impl std::hash::BuildHasher for BuildNoHash {
    type Hasher = NoHash;
    fn build_hasher(&self) -> NoHash {
        NoHash(0)
    }
}

#[derive(Default)]
pub struct NoHash(u64);

impl Hasher for NoHash {
    fn finish(&self) -> u64 {
        // Spread the bits: Python hashes of small ints are the ints themselves.
        self.0.wrapping_mul(0x9E3779B97F4A7C15)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = i as u64;
    }
}

#[derive(Debug, Default)]
pub struct Dict {
    map: RefCell<DictMap>,
    /// Bumped by every mutable access, so that a cache of a lookup (see `GlobalCache`) can
    /// tell that nothing changed since.
    version: std::cell::Cell<u32>,
    /// The type epoch of this dict's interpreter, for the namespace of a type: every change
    /// to any type's namespace bumps it, which invalidates every type's lookup cache.
    watch: Option<Rc<std::cell::Cell<u64>>>,
    /// A bit for each key's hash ([`hash_bit`]), set when a key is inserted and never
    /// cleared by a removal: a lookup whose bit is clear misses without probing. That is the
    /// common case of a method call's check that the instance dict does not shadow the
    /// method. A mutable borrow handed out of this module sets every bit, since its keys are
    /// not seen.
    keys_seen: std::cell::Cell<u64>,
    /// Whether a key compared with its own `__eq__` (`needs_py_eq`) may be present: set
    /// when one is inserted and by a mutable borrow handed out, never cleared. Without one,
    /// a lookup that misses has no stored key to ask (`eq_candidates`).
    eq_keys: std::cell::Cell<bool>,
}

/// The bit of [`Dict::keys_seen`] for a key of this hash.
#[inline]
fn hash_bit(hash: i64) -> u64 {
    1 << ((hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

impl Drop for Dict {
    fn drop(&mut self) {
        let map = self.map.get_mut();
        let mut work = Vec::new();
        // Values that can go deep are taken out in place, and the rest drops with the map;
        // a key that can go deep (rare) has the whole map taken apart.
        let mut deep_key = false;
        for (k, v) in map.iter_mut() {
            if deep(&k.value) {
                deep_key = true;
                break;
            }
            if deep(v) {
                work.push(std::mem::replace(v, Value::None));
            }
        }
        if deep_key {
            for (k, v) in std::mem::take(map) {
                release_into(k.value, &mut work);
                release_into(v, &mut work);
            }
        }
        if !work.is_empty() {
            release(&mut work);
        }
    }
}

impl Dict {
    /// Moves the keys and values onto `work`, to be popped in insertion order (see
    /// `release`).
    pub(crate) fn drain_into(&self, work: &mut Vec<Value>) {
        if let Ok(mut map) = self.map.try_borrow_mut() {
            for (k, v) in std::mem::take(&mut *map).into_iter().rev() {
                work.push(v);
                work.push(k.value);
            }
        }
    }

    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> Dict {
        Dict::from_map(DictMap::with_capacity_and_hasher(n, BuildNoHash))
    }

    /// The number of entries, or an error while the map is borrowed mutably (for a `Drop`,
    /// which must not panic).
    pub(crate) fn map_len(&self) -> Result<usize, std::cell::BorrowError> {
        self.map.try_borrow().map(|m| m.len())
    }

    pub fn from_map(map: DictMap) -> Dict {
        let keys_seen = map.keys().fold(0, |bits, k| bits | hash_bit(k.hash));
        let eq_keys = map.keys().any(|k| needs_py_eq(&k.value));
        Dict {
            map: RefCell::new(map),
            version: std::cell::Cell::new(0),
            watch: None,
            keys_seen: std::cell::Cell::new(keys_seen),
            eq_keys: std::cell::Cell::new(eq_keys),
        }
    }

    /// Records a key of this hash as present (see `keys_seen`).
    #[inline]
    fn see_key(&self, hash: i64) {
        self.keys_seen.set(self.keys_seen.get() | hash_bit(hash));
    }

    /// False when no key of this hash was ever inserted, so a lookup of it would miss.
    #[inline]
    pub fn may_hold(&self, hash: i64) -> bool {
        self.keys_seen.get() & hash_bit(hash) != 0
    }

    /// Changes whenever the dict may have changed.
    #[inline]
    pub fn version(&self) -> u32 {
        self.version.get()
    }

    /// Makes every change to this dict bump `epoch` (see `TypeCache`).
    pub(crate) fn watch(&mut self, epoch: &Rc<std::cell::Cell<u64>>) {
        self.watch = Some(epoch.clone());
    }

    fn map_mut(&self) -> RefMut<'_, DictMap> {
        self.version.set(self.version.get().wrapping_add(1));
        if let Some(epoch) = &self.watch {
            epoch.set(epoch.get() + 1);
        }
        self.map.borrow_mut()
    }

    pub fn borrow(&self) -> Ref<'_, DictMap> {
        self.map.borrow()
    }

    /// The entries, unless they are being changed (for the heap walk).
    pub(crate) fn try_borrow(&self) -> Option<Ref<'_, DictMap>> {
        self.map.try_borrow().ok()
    }

    /// The entries, to change in ways the methods here do not cover; every key counts as
    /// possibly present from then on (see `keys_seen`).
    pub fn borrow_mut(&self) -> RefMut<'_, DictMap> {
        self.keys_seen.set(u64::MAX);
        self.eq_keys.set(true);
        self.map_mut()
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }

    pub fn get(&self, key: &DictKey) -> Option<Value> {
        if !self.may_hold(key.hash) {
            return None;
        }
        self.map.borrow().get(key).cloned()
    }

    pub fn insert(&self, key: DictKey, value: Value) {
        self.see_key(key.hash);
        if needs_py_eq(&key.value) {
            self.eq_keys.set(true);
        }
        self.map_mut().insert(key, value);
    }

    /// The bytes, as the heap measure counts a dict's (40 a slot), that inserting a new key
    /// would allocate now: the table doubles when it is full, else nothing.
    pub fn growth_bytes(&self) -> u64 {
        let m = self.map.borrow();
        if m.len() < m.capacity() {
            0
        } else {
            m.capacity().max(4) as u64 * 40
        }
    }

    /// Removes a key keeping the order of the others, as Python does.
    pub fn remove(&self, key: &DictKey) -> Option<Value> {
        self.map_mut().shift_remove(key)
    }

    /// Lookup by a `str` key, the common case for namespaces. Allocates nothing.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.map.borrow().get(&StrKey::new(key)).cloned()
    }

    /// The value of the entry at `index` (in insertion order).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        // SAFETY: the map is read only for the clone below, and nothing runs in between that
        // could borrow it mutably; a map mutably borrowed now is refused (`None`).
        let map = unsafe { self.map.try_borrow_unguarded() }.ok()?;
        map.get_index(index).map(|(_, v)| v.clone())
    }

    /// Lookup by a `str` key whose hash is known, with the entry's index.
    pub fn get_hashed_full(&self, key: &str, hash: i64) -> Option<(usize, Value)> {
        let map = self.map.borrow();
        let (at, _, v) = map.get_full(&StrKey::with_hash(key, hash))?;
        Some((at, v.clone()))
    }

    /// Lookup by a `str` key whose hash is known.
    pub fn get_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        if !self.may_hold(hash) {
            return None;
        }
        self.map
            .borrow()
            .get(&StrKey::with_hash(key, hash))
            .cloned()
    }

    /// Lookup by an `int` key (see `IntKey`).
    #[inline]
    pub fn get_int(&self, key: i64) -> Option<Value> {
        let key = IntKey::new(key);
        if !self.may_hold(key.hash) {
            return None;
        }
        self.map.borrow().get(&key).cloned()
    }

    /// The value of the entry at `hint` when its key is the very `str` object `key`: the hit
    /// of `get_hinted`, small enough to inline into the dispatch loop.
    #[inline(always)]
    pub fn get_at_hint(&self, key: &Rc<Str>, hint: usize) -> Option<Value> {
        let map = self.map.borrow();
        match map.get_index(hint) {
            Some((k, v)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, key)) => {
                Some(v.clone())
            }
            _ => None,
        }
    }

    /// Lookup by the `str` object `key`, trying first the entry at `hint` (where the key was
    /// found last time in a dict of the same shape): a key there that is this very object
    /// answers without hashing or probing. Returns the value and the index it was found at.
    ///
    /// An entry found by its text under another `str` object (stored by a path that made its
    /// own key, such as `setattr` or an instruction's first, uncached run) adopts `key` as its
    /// key, so that the next lookup at `hint` matches by address. The two are equal strings,
    /// as CPython's interned attribute names are one object.
    #[inline]
    pub fn get_hinted(&self, key: &Rc<Str>, hash: i64, hint: usize) -> Option<(Value, usize)> {
        let map = self.map.borrow();
        if let Some((k, v)) = map.get_index(hint) {
            if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, key)) {
                return Some((v.clone(), hint));
            }
        }
        if !self.may_hold(hash) {
            return None;
        }
        let (at, _, v) = map.get_full(&StrKey::with_hash(key.as_str(), hash))?;
        let v = v.clone();
        drop(map);
        self.adopt_key(at, key);
        Some((v, at))
    }

    /// Makes `key` the key object of the entry at `at`, whose key is an equal `str`. The
    /// contents do not change, so neither does `version`; a dict borrowed elsewhere is left
    /// as it is.
    #[cold]
    fn adopt_key(&self, at: usize, key: &Rc<Str>) {
        if let Ok(mut map) = self.map.try_borrow_mut() {
            if let Some((k, _)) = map.get_index_mut2(at) {
                if matches!(&k.value, Value::Str(s) if s.as_str() == key.as_str()) {
                    k.value = Value::Str(key.clone());
                }
            }
        }
    }

    /// Replaces the value of the entry at `hint` when its key is the very `str` object `key`
    /// (the hit of `set_hinted`, inline); gives `value` back otherwise.
    #[inline(always)]
    pub fn set_at_hint(&self, key: &Rc<Str>, hint: usize, value: Value) -> Result<(), Value> {
        let mut map = self.map_mut();
        match map.get_index_mut(hint) {
            Some((k, slot)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, key)) => {
                let old = std::mem::replace(slot, value);
                drop(map);
                Value::discard(old);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Stores under the `str` object `key` (hash `hash`), which becomes the key itself when
    /// the entry is new, trying the entry at `hint` first as `get_hinted` does; returns the
    /// index of the entry.
    #[inline]
    pub fn set_hinted(&self, key: &Rc<Str>, hash: i64, hint: usize, value: Value) -> usize {
        self.see_key(hash);
        let mut map = self.map_mut();
        if let Some((k, v)) = map.get_index_mut(hint) {
            if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, key)) {
                *v = value;
                return hint;
            }
        }
        if let Some((at, k, v)) = map.get_full_mut2(&StrKey::with_hash(key.as_str(), hash)) {
            // As in `get_hinted`: the entry adopts the caller's key object.
            if matches!(&k.value, Value::Str(s) if !Rc::ptr_eq(s, key)) {
                k.value = Value::Str(key.clone());
            }
            *v = value;
            return at;
        }
        map.insert_full(
            DictKey {
                hash,
                value: Value::Str(key.clone()),
            },
            value,
        )
        .0
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.set_hashed(key, crate::object::str_hash(key), value);
    }

    /// Stores under a `str` key whose hash is known; an existing entry is updated in place.
    pub fn set_hashed(&self, key: &str, hash: i64, value: Value) {
        self.see_key(hash);
        let mut map = self.map_mut();
        if let Some(slot) = map.get_mut(&StrKey::with_hash(key, hash)) {
            *slot = value;
            return;
        }
        map.insert(DictKey::from_str(key), value);
    }

    /// Keys with this hash, for matching with `__eq__`.
    pub fn keys_with_hash(&self, hash: i64) -> Vec<DictKey> {
        keys_with_hash(&self.map.borrow(), hash)
    }

    /// Whether a key compared with its own `__eq__` may be present (see `eq_keys`).
    #[inline]
    pub fn may_have_eq_keys(&self) -> bool {
        self.eq_keys.get()
    }

    /// See [`eq_candidates`].
    pub fn eq_candidates(&self, key: &DictKey) -> Vec<DictKey> {
        if !self.eq_keys.get() || !self.may_hold(key.hash) {
            return Vec::new();
        }
        eq_candidates(&self.map.borrow(), key)
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }
}

impl DictKey {
    /// The key for a `str`, which is always hashable.
    pub fn from_str(s: &str) -> DictKey {
        let value = Value::str(s);
        let hash = match &value {
            Value::Str(st) => st.hash(),
            _ => 0,
        };
        DictKey { hash, value }
    }
}

/// A borrowed `str` key for lookups without allocating a `Str`: same hash, same equality.
pub struct StrKey<'a> {
    hash: i64,
    s: &'a str,
}

impl<'a> StrKey<'a> {
    pub fn new(s: &'a str) -> StrKey<'a> {
        StrKey {
            hash: crate::object::str_hash(s),
            s,
        }
    }

    /// A key whose hash the caller already knows (`Code::name_hashes`).
    pub fn with_hash(s: &'a str, hash: i64) -> StrKey<'a> {
        StrKey { hash, s }
    }
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl indexmap::Equivalent<DictKey> for StrKey<'_> {
    #[inline]
    fn equivalent(&self, key: &DictKey) -> bool {
        // The same text object (an interned attribute name) matches without comparing bytes.
        self.hash == key.hash
            && matches!(&key.value, Value::Str(s)
                if std::ptr::eq(s.as_str(), self.s) || s.as_str() == self.s)
    }
}

/// A borrowed `int` key for lookups without making a `DictKey`: it matches an `int`, `bool`
/// or `float` key of equal value, as Python's equality does. A key that needs `__eq__` never
/// matches it, so a miss is only a hint: the generic lookup decides.
pub struct IntKey {
    hash: i64,
    i: i64,
}

impl IntKey {
    pub fn new(i: i64) -> IntKey {
        IntKey {
            hash: crate::num::hash_i64(i),
            i,
        }
    }
}

impl Hash for IntKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl indexmap::Equivalent<DictKey> for IntKey {
    #[inline]
    fn equivalent(&self, key: &DictKey) -> bool {
        self.hash == key.hash
            && match &key.value {
                Value::Int(j) => *j == self.i,
                Value::Bool(b) => i64::from(*b) == self.i,
                v @ Value::Float(_) => crate::ops::num_eq(v, &Value::Int(self.i)),
                _ => false,
            }
    }
}

/// `set` and `frozenset`: a dict without values.
#[derive(Debug, Default)]
pub struct Set {
    map: RefCell<IndexMap<DictKey, (), BuildNoHash>>,
}

impl Drop for Set {
    fn drop(&mut self) {
        let map = self.map.get_mut();
        // As for a list: only members that could go deep are released from a work list.
        if map.keys().any(|k| deep(&k.value)) {
            let mut work = Vec::new();
            for (k, ()) in std::mem::take(map) {
                release_into(k.value, &mut work);
            }
            release(&mut work);
        }
    }
}

impl Set {
    /// Moves the members onto `work` (see `release`).
    pub(crate) fn drain_into(&self, work: &mut Vec<Value>) {
        if let Ok(mut map) = self.map.try_borrow_mut() {
            work.extend(std::mem::take(&mut *map).into_keys().rev().map(|k| k.value));
        }
    }

    pub fn new() -> Set {
        Set::default()
    }

    pub fn borrow(&self) -> Ref<'_, IndexMap<DictKey, (), BuildNoHash>> {
        self.map.borrow()
    }

    /// The keys, unless they are being changed (for the heap walk).
    pub(crate) fn try_borrow(&self) -> Option<Ref<'_, IndexMap<DictKey, (), BuildNoHash>>> {
        self.map.try_borrow().ok()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, IndexMap<DictKey, (), BuildNoHash>> {
        self.map.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }

    pub fn insert(&self, key: DictKey) {
        self.map.borrow_mut().insert(key, ());
    }

    pub fn contains(&self, key: &DictKey) -> bool {
        self.map.borrow().contains_key(key)
    }

    /// Keys with this hash, for matching with `__eq__`.
    pub fn keys_with_hash(&self, hash: i64) -> Vec<DictKey> {
        keys_with_hash(&self.map.borrow(), hash)
    }

    /// The elements in the order CPython's hash table would iterate them, so that printing
    /// and iterating a set match CPython.
    pub fn values(&self) -> Vec<Value> {
        let map = self.map.borrow();
        let hashes: Vec<i64> = map.keys().map(|k| k.hash).collect();
        cpython_set_order(&hashes)
            .into_iter()
            .filter_map(|i| map.get_index(i).map(|(k, _)| k.value.clone()))
            .collect()
    }

    /// See [`eq_candidates`].
    pub fn eq_candidates(&self, key: &DictKey) -> Vec<DictKey> {
        eq_candidates(&self.map.borrow(), key)
    }

    /// The element `set.pop()` takes: the first in CPython's table order.
    pub fn first_in_order(&self) -> Option<DictKey> {
        let map = self.map.borrow();
        let hashes: Vec<i64> = map.keys().map(|k| k.hash).collect();
        let first = *cpython_set_order(&hashes).first()?;
        map.get_index(first).map(|(k, _)| k.clone())
    }
}

/// Where CPython 3.11's set table puts elements with these hashes when they are added one by
/// one in this order: open addressing with up to 9 linear probes, then perturbed jumps, and the
/// table rebuilt at 4 x used entries once 3/5 full. Returns indices into `hashes` in table order.
fn cpython_set_order(hashes: &[i64]) -> Vec<usize> {
    const LINEAR_PROBES: u64 = 9;
    fn place(table: &mut [Option<usize>], hash: i64, idx: usize) {
        let mask = (table.len() - 1) as u64;
        // CPython works on the hash as an unsigned size_t, 64 bits wide.
        let mut perturb = hash as u64;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                if let Some(slot @ None) = table.get_mut((i + j) as usize) {
                    *slot = Some(idx);
                    return;
                }
            }
            perturb >>= 5;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }
    let mut table: Vec<Option<usize>> = vec![None; 8];
    for (idx, &h) in hashes.iter().enumerate() {
        place(&mut table, h, idx);
        let used = idx + 1;
        if used * 5 >= (table.len() - 1) * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for i in old.into_iter().flatten() {
                place(&mut table, hashes[i], i);
            }
        }
    }
    table.into_iter().flatten().collect()
}
