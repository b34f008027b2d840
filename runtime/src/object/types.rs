//! Type objects (built-in types and classes) and instances of classes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::Dict;

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
    pub dict: Dict,
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
