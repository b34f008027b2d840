//! `Value`: what the VM's stack, locals and containers hold. Small immutable values are inline;
//! everything else is an `Rc` into this interpreter's heap and never leaves it.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::Code;
use crate::object::{
    BoundMethod, BuiltinFunction, Dict, ExceptionObject, Function, Instance, IterState, List,
    Range, Set, Slice, Str, Tuple, Type,
};

pub type Cellref = Rc<RefCell<Option<Value>>>;

// A word-sized tag puts every payload at offset 8, so a `Value` moves as two aligned words
// (with a byte tag, moves copied bytes 1..16 unaligned and stalled on store forwarding).
#[repr(u64)]
pub enum Value {
    /// Not a Python value: an empty stack slot (LoadMethod's marker, an unbound local).
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in i64. Invariant: `Long` is used only for values outside i64.
    Int(i64),
    Long(Rc<BigInt>),
    Float(f64),
    /// Boxed, so that a `Value` is 16 bytes: (real, imaginary).
    Complex(Rc<(f64, f64)>),
    Str(Rc<Str>),
    Bytes(Rc<Tuple<u8>>),
    List(Rc<List>),
    Tuple(Rc<Tuple<Value>>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    FrozenSet(Rc<Set>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<Type>),
    Exception(Rc<ExceptionObject>),
    Instance(Rc<Instance>),
    Iter(Rc<RefCell<IterState>>),
    Generator(Rc<RefCell<crate::vm::Generator>>),
    Cell(Cellref),
    Code(Rc<Code>),
    /// A weak reference handle, what `weakref.ref` objects hold (see `object/finalize.rs`).
    WeakRef(Rc<crate::object::finalize::WeakRef>),
    /// The items of an `array.array`; only ever the `base` of an instance of that type or of
    /// a class deriving from it, never a value Python code holds (see `object/array.rs`).
    Array(Rc<crate::object::array::Array>),
}

impl Clone for Value {
    /// A bitwise copy plus, for a heap object, one count increment. The copy is made from the
    /// source's memory in one piece: a clone built variant by variant went through a stack
    /// temporary that stalled every load of the dispatch loop on store forwarding.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => {}
            Value::Long(r) => std::mem::forget(Rc::clone(r)),
            Value::Str(r) => std::mem::forget(Rc::clone(r)),
            Value::Bytes(r) => std::mem::forget(Rc::clone(r)),
            Value::List(r) => std::mem::forget(Rc::clone(r)),
            Value::Tuple(r) => std::mem::forget(Rc::clone(r)),
            Value::Dict(r) => std::mem::forget(Rc::clone(r)),
            Value::Set(r) => std::mem::forget(Rc::clone(r)),
            Value::FrozenSet(r) => std::mem::forget(Rc::clone(r)),
            Value::Range(r) => std::mem::forget(Rc::clone(r)),
            Value::Slice(r) => std::mem::forget(Rc::clone(r)),
            Value::Function(r) => std::mem::forget(Rc::clone(r)),
            Value::Builtin(r) => std::mem::forget(Rc::clone(r)),
            Value::BoundMethod(r) => std::mem::forget(Rc::clone(r)),
            Value::Type(r) => std::mem::forget(Rc::clone(r)),
            Value::Exception(r) => std::mem::forget(Rc::clone(r)),
            Value::Instance(r) => std::mem::forget(Rc::clone(r)),
            Value::Iter(r) => std::mem::forget(Rc::clone(r)),
            Value::Generator(r) => std::mem::forget(Rc::clone(r)),
            Value::Cell(r) => std::mem::forget(Rc::clone(r)),
            Value::Code(r) => std::mem::forget(Rc::clone(r)),
            Value::Complex(r) => std::mem::forget(Rc::clone(r)),
            Value::WeakRef(r) => std::mem::forget(Rc::clone(r)),
            Value::Array(r) => std::mem::forget(Rc::clone(r)),
        }
        // SAFETY: the copy owns one reference to the heap object, the one counted just above
        // (the `Rc` that `forget` leaves counted); inline variants hold plain data. So the copy
        // is exactly what a field-by-field clone would build.
        unsafe { std::ptr::read(self) }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Long(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            Value::Code(c) => write!(f, "<code {}>", c.name),
            _ => write!(f, "<{}>", self.kind_name()),
        }
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(Str::new(s)))
    }

    pub fn from_string(s: String) -> Value {
        Value::Str(Rc::new(Str::from_string(s)))
    }

    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new((re, im)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple::new(items)))
    }

    pub fn from_bigint(i: BigInt) -> Value {
        match i64::try_from(&i) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::Long(Rc::new(i)),
        }
    }

    pub fn from_i128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::Long(Rc::new(BigInt::from(i))),
        }
    }

    /// True for values that own no heap object (None, bools, small ints, floats...).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    /// Drops `v`, calling the out-of-line destructor only for a heap object: most values the
    /// loop discards are small ints, floats and bools.
    #[inline(always)]
    pub fn discard(v: Value) {
        if v.is_inline() {
            std::mem::forget(v);
        } else {
            drop(v);
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The name of the built-in type of this value, for messages. Instances and exceptions
    /// report their class through `Interpreter::type_name`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::None => "NoneType",
            Value::NotImplemented => "NotImplementedType",
            Value::Ellipsis => "ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::Long(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(..) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Type(_) => "type",
            Value::Exception(_) => "BaseException",
            Value::Instance(_) => "object",
            Value::Iter(it) => it.borrow().type_name(),
            Value::Generator(g) => g.borrow().type_name(),
            Value::Cell(_) => "cell",
            Value::Code(_) => "code",
            Value::WeakRef(_) => "weakref_handle",
            Value::Array(_) => "array.array",
        }
    }

    /// Identity, as `is` sees it. Inline values compare by value (small ints and floats are
    /// not guaranteed distinct objects in CPython either).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) => true,
            (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Long(a), Long(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Type(a), Type(b)) => Rc::ptr_eq(a, b),
            (Exception(a), Exception(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (WeakRef(a), WeakRef(b)) => Rc::ptr_eq(a, b),
            (Complex(x), Complex(y)) => {
                x.0.to_bits() == y.0.to_bits() && x.1.to_bits() == y.1.to_bits()
            }
            _ => false,
        }
    }

    /// A stable identity for `id()`: the address of the heap object, or a value-derived number
    /// for inline values.
    pub fn id(&self) -> i64 {
        fn addr<T: ?Sized>(rc: &Rc<T>) -> i64 {
            Rc::as_ptr(rc) as *const u8 as usize as i64
        }
        match self {
            Value::Null => 0,
            Value::None => 1,
            Value::NotImplemented => 2,
            Value::Ellipsis => 3,
            Value::Bool(b) => 4 + *b as i64,
            Value::Int(i) => i.wrapping_mul(2).wrapping_add(1),
            Value::Float(x) => x.to_bits() as i64,
            Value::Complex(c) => c.0.to_bits() as i64 ^ 0x55,
            Value::Long(r) => addr(r),
            Value::Str(r) => addr(r),
            Value::Bytes(r) => addr(r),
            Value::List(r) => addr(r),
            Value::Tuple(r) => addr(r),
            Value::Dict(r) => addr(r),
            Value::Set(r) | Value::FrozenSet(r) => addr(r),
            Value::Range(r) => addr(r),
            Value::Slice(r) => addr(r),
            Value::Function(r) => addr(r),
            Value::Builtin(r) => addr(r),
            Value::BoundMethod(r) => addr(r),
            Value::Type(r) => addr(r),
            Value::Exception(r) => addr(r),
            Value::Instance(r) => addr(r),
            Value::Iter(r) => addr(r),
            Value::Generator(r) => addr(r),
            Value::Cell(r) => addr(r),
            Value::Code(r) => addr(r),
            Value::WeakRef(r) => addr(r),
            Value::Array(r) => addr(r),
        }
    }

    /// The reference count of the heap object (0 for an inline value).
    pub fn strong_count(&self) -> usize {
        match self {
            Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => 0,
            Value::Long(r) => Rc::strong_count(r),
            Value::Complex(r) => Rc::strong_count(r),
            Value::Str(r) => Rc::strong_count(r),
            Value::Bytes(r) => Rc::strong_count(r),
            Value::List(r) => Rc::strong_count(r),
            Value::Tuple(r) => Rc::strong_count(r),
            Value::Dict(r) => Rc::strong_count(r),
            Value::Set(r) | Value::FrozenSet(r) => Rc::strong_count(r),
            Value::Range(r) => Rc::strong_count(r),
            Value::Slice(r) => Rc::strong_count(r),
            Value::Function(r) => Rc::strong_count(r),
            Value::Builtin(r) => Rc::strong_count(r),
            Value::BoundMethod(r) => Rc::strong_count(r),
            Value::Type(r) => Rc::strong_count(r),
            Value::Exception(r) => Rc::strong_count(r),
            Value::Instance(r) => Rc::strong_count(r),
            Value::Iter(r) => Rc::strong_count(r),
            Value::Generator(r) => Rc::strong_count(r),
            Value::Cell(r) => Rc::strong_count(r),
            Value::Code(r) => Rc::strong_count(r),
            Value::WeakRef(r) => Rc::strong_count(r),
            Value::Array(r) => Rc::strong_count(r),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
