//! Heap object types other than the built-in containers' algorithms: strings, tuples, lists,
//! functions, types, exceptions, instances and iterators. One concept per file under `object/`.

mod dict;
mod exception;
mod func;
mod iter;
mod list;
mod str;
mod types;

pub use self::dict::{Dict, DictKey, Set, StrKey};
pub use self::exception::{ExceptionObject, TracebackEntry};
pub use self::func::{Args, BoundMethod, BuiltinFunction, Function, NativeFn};
pub use self::iter::IterState;
pub use self::list::List;
pub use self::str::{str_hash, Str};
pub use self::types::{Instance, Type, TypeKind};

use crate::value::Value;

/// An immutable sequence: tuples (`Tuple<Value>`) and bytes (`Tuple<u8>`).
#[derive(Debug)]
pub struct Tuple<T> {
    pub items: Box<[T]>,
}

impl<T> Tuple<T> {
    pub fn new(items: Vec<T>) -> Tuple<T> {
        Tuple { items: items.into_boxed_slice() }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// `range(start, stop, step)`; step is never zero.
#[derive(Debug, Clone)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn get(&self, i: i64) -> i64 {
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
