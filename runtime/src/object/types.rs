//! Type objects (built-in types and classes) and instances of classes.

use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::{Rc, Weak};

use crate::interp::Types;
use crate::object::Dict;

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
    /// The namespace of a class (or a built-in type with nothing to fill later).
    pub fn new(dict: Dict) -> TypeDict {
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
    /// The metaclass of a class created with one; None means `type`.
    pub metaclass: RefCell<Option<Rc<Type>>>,
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
    pub fn lookup(&self, name: &str) -> Option<crate::value::Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        self.mro.iter().find_map(|t| t.dict.get_str(name))
    }

    /// Whether `__slots__` stop instances of this class from getting an attribute `name`:
    /// true when every class in the MRO declares `__slots__`, none of them names `name`, and
    /// none asks for a `__dict__`.
    pub fn slots_forbid(self: &Rc<Type>, name: &str) -> bool {
        use crate::value::Value;
        let own = std::iter::once(self);
        for t in own.chain(self.mro.iter()).filter(|t| t.is_class) {
            let names = match t.dict.get_str("__slots__") {
                None => return false,
                Some(Value::Tuple(items)) => items.items.to_vec(),
                Some(Value::List(items)) => items.to_vec(),
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
}
