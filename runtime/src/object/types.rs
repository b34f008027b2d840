//! Type objects (built-in types and classes) and instances of classes.

use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::{Rc, Weak};

use crate::interp::Types;
use crate::object::Dict;
use crate::value::Value;

/// A type's namespace. The method tables of built-in types are filled on first use, not when
/// the interpreter is created: most of an interpreter's creation cost was building tables that
/// a short program never reads. Every read or write goes through `Deref`, which fills the tables
/// of all built-in types at once before the first access to any of them.
pub struct TypeDict {
    dict: Dict,
    /// True on a built-in type until its interpreter's method tables are filled.
    armed: Cell<bool>,
    /// The interpreter's types, to fill the tables from; empty for classes.
    owner: RefCell<Weak<Types>>,
}

impl TypeDict {
    /// The namespace of a class (or a built-in type with nothing to fill later). Every change
    /// to it bumps `epoch`, the type epoch of its interpreter.
    pub fn new(mut dict: Dict, epoch: &Rc<Cell<u64>>) -> TypeDict {
        dict.watch(epoch);
        TypeDict {
            dict,
            armed: Cell::new(false),
            owner: RefCell::new(Weak::new()),
        }
    }

    /// Makes the first access fill the built-in method tables of `owner`.
    pub(crate) fn arm(&self, owner: &Weak<Types>) {
        *self.owner.borrow_mut() = owner.clone();
        self.armed.set(true);
    }

    /// Forgets the pending fill (it is running, or no longer needed).
    pub(crate) fn disarm(&self) {
        self.armed.set(false);
        *self.owner.borrow_mut() = Weak::new();
    }

    /// The namespace without filling the built-in tables: what the heap walk reads, since a
    /// walk must not change what it walks.
    pub(crate) fn raw(&self) -> &Dict {
        &self.dict
    }

    #[cold]
    fn fill(&self) {
        let owner = self.owner.borrow().clone();
        self.disarm();
        if let Some(types) = owner.upgrade() {
            types.fill_method_tables();
        }
    }
}

impl Deref for TypeDict {
    type Target = Dict;

    fn deref(&self) -> &Dict {
        if self.armed.get() {
            self.fill();
        }
        &self.dict
    }
}

/// Which built-in layout a type's instances have; classes inherit their base's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Type,
    BaseException,
    Cell,
    Code,
    /// `array.array`, whose instances wrap a `Value::Array`.
    Array,
    /// Internal types with no constructor (views, iterators and the like).
    Other,
}

pub struct Type {
    pub name: Rc<str>,
    pub kind: TypeKind,
    pub bases: Vec<Rc<Type>>,
    /// The method resolution order after this type itself.
    pub mro: Vec<Rc<Type>>,
    pub dict: TypeDict,
    /// True for classes created by a `class` statement.
    pub is_class: bool,
    pub module: RefCell<Rc<str>>,
    /// A class's `__qualname__` (`Outer.<locals>.Inner`), kept out of its namespace as
    /// CPython's `ht_qualname` is; None means `name`.
    pub qualname: RefCell<Option<Rc<str>>>,
    /// The metaclass of a class created with one; None means `type`.
    pub metaclass: RefCell<Option<Rc<Type>>>,
    /// Memo of `lookup`.
    pub cache: TypeCache,
    /// The interpreter's queue of pending finalizers and weak reference callbacks; `None`
    /// for built-in types, whose instances have none.
    pub finalizers: Option<Rc<crate::object::finalize::Finalizers>>,
    /// Whether the class (or a base) defines `__del__`.
    pub has_del: Cell<bool>,
    /// How many attributes instances of this class have held (the most seen when one died,
    /// up to `DICT_HINT_MAX`): a new instance's dict is made with room for that many, rather
    /// than growing through 4, 8, 16... as `__init__` stores them one by one.
    pub dict_hint: Cell<u8>,
    /// The special methods of a built-in type handed out so far (`dict.__repr__`), kept so
    /// that each is one object, as CPython's slot wrappers are (`r is dict.__repr__`).
    pub dunders: RefCell<Vec<(&'static str, Value)>>,
    /// The classes that name this type as a direct base, for `__subclasses__()`.
    pub subclasses: RefCell<Vec<Weak<Type>>>,
}

/// A name with its `str` hash computed at compile time, for lookups of special methods.
pub struct Name {
    pub text: &'static str,
    pub hash: i64,
}

impl Name {
    pub const fn new(text: &'static str) -> Name {
        Name {
            text,
            hash: crate::object::str_hash(text),
        }
    }
}

/// Special names looked up on every attribute access or call.
pub mod names {
    use super::Name;
    pub const GETATTRIBUTE: Name = Name::new("__getattribute__");
    pub const SETATTR: Name = Name::new("__setattr__");
    pub const INIT: Name = Name::new("__init__");
    pub const NEW: Name = Name::new("__new__");
    pub const SLOTS: Name = Name::new("__slots__");
    pub const ABSTRACTMETHODS: Name = Name::new("__abstractmethods__");
    pub const GETITEM: Name = Name::new("__getitem__");
    pub const SETITEM: Name = Name::new("__setitem__");
    pub const EQ: Name = Name::new("__eq__");
    pub const NE: Name = Name::new("__ne__");
}

/// The largest `Type::dict_hint`: a class whose instances serve as big namespaces does not
/// make every new instance that large.
pub const DICT_HINT_MAX: usize = 32;

/// How many names one type's lookup cache remembers (direct-mapped by hash).
const TYPE_CACHE_SLOTS: usize = 32;

/// One remembered lookup: the name, its hash, and what the MRO walk found.
struct CacheEntry {
    hash: i64,
    name: Rc<str>,
    value: Option<Value>,
}

/// A type's memo of `Type::lookup`, like CPython's method cache. The answers stay valid while
/// no type namespace of the interpreter changes: each change bumps the shared type epoch
/// (`Dict::watch`), and a cache filled under an older epoch is emptied before use. Classes
/// change rarely after creation, so steady-state attribute access walks no MRO.
pub struct TypeCache {
    epoch: Rc<Cell<u64>>,
    /// The epoch the entries were filled under.
    filled: Cell<u64>,
    entries: RefCell<Vec<Option<CacheEntry>>>,
    /// Whether `__slots__` are declared along the whole MRO (see `slots_forbid`), memoized
    /// under `filled`: 0 unknown, 1 no, 2 yes.
    all_slots: Cell<u8>,
    /// Whether instances compare for equality by identity (`Type::identity_equality`),
    /// memoized under `filled`: 0 unknown, 1 no, 2 yes.
    identity_eq: Cell<u8>,
    /// What calling the class runs, memoized under `filled` (see `Interpreter::plain_init`):
    /// None unknown, `Some(Value::Null)` not a plain `__init__`, else that function.
    plain_init: RefCell<Option<Value>>,
}

impl TypeCache {
    pub fn new(epoch: &Rc<Cell<u64>>) -> TypeCache {
        TypeCache {
            epoch: epoch.clone(),
            filled: Cell::new(u64::MAX),
            entries: RefCell::new(Vec::new()),
            all_slots: Cell::new(0),
            identity_eq: Cell::new(0),
            plain_init: RefCell::new(None),
        }
    }

    /// Calls `visit` with each value the cache holds (it holds them strongly).
    pub(crate) fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(entries) = self.entries.try_borrow() {
            for e in entries.iter().flatten() {
                if let Some(v) = &e.value {
                    visit(v);
                }
            }
        }
        if let Ok(init) = self.plain_init.try_borrow() {
            if let Some(v) = &*init {
                visit(v);
            }
        }
    }

    /// Empties the cache, giving up the values it holds (a collected class's cache).
    pub(crate) fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut entries) = self.entries.try_borrow_mut() {
            out.extend(entries.drain(..).flatten().filter_map(|e| e.value));
        }
        if let Ok(mut init) = self.plain_init.try_borrow_mut() {
            out.extend(init.take());
        }
        self.filled.set(u64::MAX);
    }

    /// The epoch shared by every type of this interpreter.
    pub fn epoch(&self) -> &Rc<Cell<u64>> {
        &self.epoch
    }

    /// Empties the cache if a type namespace changed since it was filled.
    #[inline]
    fn validate(&self) {
        let now = self.epoch.get();
        if self.filled.get() != now {
            self.filled.set(now);
            self.all_slots.set(0);
            self.identity_eq.set(0);
            // Dropped outside the borrow: a function's release runs no Python code, but
            // keep the cell free while anything drops.
            let old = self.plain_init.borrow_mut().take();
            drop(old);
            let mut entries = self.entries.borrow_mut();
            entries.clear();
            entries.resize_with(TYPE_CACHE_SLOTS, || None);
        }
    }

    #[inline]
    fn slot(hash: i64) -> usize {
        ((hash as u64 ^ (hash as u64 >> 17)) as usize) % TYPE_CACHE_SLOTS
    }

    #[inline]
    fn get(&self, name: &str, hash: i64) -> Option<Option<Value>> {
        self.validate();
        let entries = self.entries.borrow();
        match &entries[Self::slot(hash)] {
            Some(e) if e.hash == hash && &*e.name == name => Some(e.value.clone()),
            _ => None,
        }
    }

    /// The memo of `Interpreter::plain_init`, if it is still valid.
    #[inline]
    pub(crate) fn plain_init(&self) -> Option<Value> {
        self.validate();
        self.plain_init.borrow().clone()
    }

    pub(crate) fn set_plain_init(&self, v: Value) {
        self.validate();
        *self.plain_init.borrow_mut() = Some(v);
    }

    fn put(&self, name: &str, hash: i64, value: Option<Value>) {
        // The walk may have filled the built-in method tables (bumping the epoch): keep
        // nothing from before it.
        self.validate();
        self.entries.borrow_mut()[Self::slot(hash)] = Some(CacheEntry {
            hash,
            name: Rc::from(name),
            value,
        });
    }
}

impl std::fmt::Debug for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

impl Type {
    /// True if `self` is `other` or derives from it.
    pub fn is_subtype(self: &Rc<Type>, other: &Rc<Type>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|t| Rc::ptr_eq(t, other))
    }

    /// True if `self` is the built-in type named `name` or derives from it; classes of the
    /// same name do not count.
    pub fn is_builtin_subtype(&self, name: &str) -> bool {
        std::iter::once(self)
            .chain(self.mro.iter().map(|t| &**t))
            .any(|t| !t.is_class && &*t.name == name)
    }

    /// Looks `name` up in this type and its MRO.
    #[inline]
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, crate::object::str_hash(name))
    }

    /// Looks up a special name, whose hash is known at compile time.
    #[inline]
    pub fn lookup_name(&self, name: &Name) -> Option<Value> {
        self.lookup_hashed(name.text, name.hash)
    }

    /// Looks `name`, whose `str` hash is `hash`, up in this type and its MRO, through the
    /// type's cache.
    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        if let Some(found) = self.cache.get(name, hash) {
            return found;
        }
        let found = self
            .dict
            .get_hashed(name, hash)
            .or_else(|| self.mro.iter().find_map(|t| t.dict.get_hashed(name, hash)));
        self.cache.put(name, hash, found.clone());
        found
    }

    /// `compute(self)`, memoized until a type namespace changes: whether instances of this
    /// type compare for equality by identity (the comparison asks on every `==` and `!=`).
    pub fn identity_equality(&self, compute: impl FnOnce(&Type) -> bool) -> bool {
        self.cache.validate();
        match self.cache.identity_eq.get() {
            1 => false,
            2 => true,
            _ => {
                let r = compute(self);
                self.cache.identity_eq.set(1 + u8::from(r));
                r
            }
        }
    }

    /// Whether `__slots__` stop instances of this class from getting an attribute `name`:
    /// true when every class in the MRO declares `__slots__`, none of them names `name`, and
    /// none asks for a `__dict__`.
    pub fn slots_forbid(self: &Rc<Type>, name: &str) -> bool {
        // Most classes have a `__dict__` somewhere along the MRO: remember that.
        self.cache.validate();
        if self.cache.all_slots.get() == 0 {
            // A built-in type whose instances have a dict says so with `__dictoffset__`.
            let all = std::iter::once(self)
                .chain(self.mro.iter())
                .filter(|t| t.is_class || t.dict.get_str("__dictoffset__").is_some())
                .all(|t| {
                    t.is_class
                        && t.dict
                            .get_hashed(names::SLOTS.text, names::SLOTS.hash)
                            .is_some()
                });
            self.cache.all_slots.set(if all { 2 } else { 1 });
        }
        if self.cache.all_slots.get() == 1 {
            return false;
        }
        let own = std::iter::once(self);
        for t in own.chain(self.mro.iter()).filter(|t| t.is_class) {
            let names = match t.dict.get_str("__slots__") {
                None => return false,
                Some(Value::Tuple(items)) => items.items.to_vec(),
                Some(Value::List(items)) => items.to_vec(),
                // Names with their docstrings (`statistics.NormalDist`).
                Some(Value::Dict(d)) => d.keys(),
                Some(single) => vec![single],
            };
            if names
                .iter()
                .any(|n| n.as_str().is_some_and(|n| n == name || n == "__dict__"))
            {
                return false;
            }
        }
        true
    }
}

/// An instance of a class.
#[derive(Debug)]
pub struct Instance {
    pub class: Rc<Type>,
    /// Shared so that `obj.__dict__` is the live namespace, not a copy.
    pub dict: Rc<Dict>,
    /// The built-in value (list, dict, int, str, ...) that an instance of a class deriving
    /// from a built-in type wraps; built-in methods and operations act on it.
    pub base: Option<crate::value::Value>,
    /// `FINALIZED` and `WEAKLY_REFERENCED` (see `object/finalize.rs`).
    pub flags: Cell<u8>,
}

impl Type {
    /// The class's `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.qualname
            .borrow()
            .clone()
            .unwrap_or_else(|| self.name.clone())
    }
}

impl Instance {
    pub fn new(class: Rc<Type>, dict: Rc<Dict>, base: Option<crate::value::Value>) -> Instance {
        Instance {
            class,
            dict,
            base,
            flags: Cell::new(0),
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Ok(map) = self.dict.map_len() {
            let hint = map.min(DICT_HINT_MAX) as u8;
            if hint > self.class.dict_hint.get() {
                self.class.dict_hint.set(hint);
            }
        }
        if self.flags.get() & crate::object::finalize::WEAKLY_REFERENCED != 0
            || self.class.has_del.get()
        {
            crate::object::finalize::instance_dying(self);
        }
    }
}
