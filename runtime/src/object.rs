//! Heap object types other than the built-in containers' algorithms: strings, tuples, lists,
//! functions, types, exceptions, instances and iterators. One concept per file under `object/`.

pub(crate) mod array;
mod dict;
mod exception;
pub(crate) mod finalize;
mod func;
mod iter;
mod list;
pub(crate) mod release;
mod str;
mod types;

pub use self::dict::{needs_py_eq, Dict, DictKey, DictMap, Set};
pub use self::exception::{ExceptionObject, TracebackEntry};
pub use self::func::{Args, BoundMethod, BuiltinFunction, Function, NativeFn, Pos};
pub use self::iter::IterState;
pub use self::list::List;
pub use self::release::TupleItem;
pub use self::str::{str_hash, Str};
pub use self::types::{names, Instance, Name, Type, TypeCache, TypeDict, TypeKind};

use crate::value::Value;

/// An immutable sequence: tuples (`Tuple<Value>`) and bytes (`Tuple<u8>`).
#[derive(Debug)]
pub struct Tuple<T: TupleItem> {
    pub items: Box<[T]>,
}

impl<T: TupleItem> Drop for Tuple<T> {
    fn drop(&mut self) {
        T::release_items(std::mem::take(&mut self.items));
    }
}

impl<T: TupleItem> Tuple<T> {
    pub fn new(items: Vec<T>) -> Tuple<T> {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// `range(start, stop, step)`; step is never zero. Bounds are i128, so ranges past i64 (as
/// `range(10**20)`) work; beyond i128 the constructor raises OverflowError.
#[derive(Debug, Clone)]
pub struct Range {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl Range {
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn get(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// `slice(start, stop, step)` with arbitrary values.
#[derive(Debug)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
