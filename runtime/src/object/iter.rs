//! The state of built-in iterators (list, tuple, range, str, dict views, enumerate, zip, ...).

use std::rc::Rc;

use crate::object::{Dict, List, Str, Tuple};
use crate::value::Value;

#[derive(Debug)]
pub enum IterState {
    List {
        list: Rc<List>,
        index: usize,
    },
    ListReversed {
        list: Rc<List>,
        index: usize,
    },
    Tuple {
        tuple: Rc<Tuple<Value>>,
        index: usize,
    },
    Bytes {
        bytes: Rc<Tuple<u8>>,
        index: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: i128,
    },
    Str {
        s: Rc<Str>,
        byte_index: usize,
    },
    /// Iterates keys (0), values (1) or items (2) of a dict.
    Dict {
        dict: Rc<Dict>,
        index: usize,
        kind: u8,
        len: usize,
    },
    /// A snapshot of values: sets, and sequences reversed by index.
    Values {
        items: Vec<Value>,
        index: usize,
        name: &'static str,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// The `__getitem__` protocol of an object without `__iter__`.
    Seq {
        obj: Value,
        index: i64,
    },
    /// An `array.array`'s items, read as it goes (the array may change meanwhile).
    Array {
        array: Rc<crate::object::array::Array>,
        index: usize,
    },
    Exhausted,
}

impl IterState {
    /// The next item of a list or range iterator, which never calls back into Python:
    /// `None` for other kinds, `Some(None)` when exhausted. The loop's `ForIter` and `next()`
    /// both step these two through here.
    #[inline(always)]
    pub fn next_fast(&mut self) -> Option<Option<Value>> {
        match self {
            IterState::List { list, index } => {
                let v = list.get(*index);
                if v.is_some() {
                    *index += 1;
                }
                Some(v)
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => Some(if *remaining > 0 {
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                // The common case inline: `from_i128` is an out-of-line call.
                Some(match i64::try_from(v) {
                    Ok(small) => Value::Int(small),
                    Err(_) => Value::from_i128(v),
                })
            } else {
                None
            }),
            IterState::Array { array, index } => {
                let v = array.get(*index);
                if v.is_some() {
                    *index += 1;
                }
                Some(v)
            }
            _ => None,
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Array { .. } => "arrayiterator",
            IterState::Str { s, .. } => {
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Dict { kind: 0, .. } => "dict_keyiterator",
            IterState::Dict { kind: 1, .. } => "dict_valueiterator",
            IterState::Dict { .. } => "dict_itemiterator",
            IterState::Values { name, .. } => name,
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Seq { .. } => "iterator",
            IterState::Exhausted => "iterator",
        }
    }
}

impl IterState {
    /// Moves the values this iterator holds onto `work` (see `release`); what is left is
    /// only for dropping. (No assignment to `*self` here: called from `drop`, it would drop
    /// `self` again.)
    pub(crate) fn drain_into(&mut self, work: &mut Vec<Value>) {
        let take = |v: &mut Value| std::mem::replace(v, Value::None);
        match self {
            IterState::List { list, .. } | IterState::ListReversed { list, .. } => {
                work.push(Value::List(list.clone()))
            }
            IterState::Tuple { tuple, .. } => work.push(Value::Tuple(tuple.clone())),
            IterState::Dict { dict, .. } => work.push(Value::Dict(dict.clone())),
            IterState::Values { items, .. } => work.append(items),
            IterState::Enumerate { inner, count } => work.extend([take(inner), take(count)]),
            IterState::Zip { iters, .. } => work.append(iters),
            IterState::Map { func, iters } => {
                work.push(take(func));
                work.append(iters);
            }
            IterState::Filter { func, inner } => work.extend([take(func), take(inner)]),
            IterState::Callable { func, sentinel } => work.extend([take(func), take(sentinel)]),
            IterState::Seq { obj, .. } => work.push(take(obj)),
            IterState::Bytes { .. }
            | IterState::Array { .. }
            | IterState::Range { .. }
            | IterState::Str { .. }
            | IterState::Exhausted => {}
        }
    }
}

impl Drop for IterState {
    fn drop(&mut self) {
        if matches!(
            self,
            IterState::Enumerate { .. }
                | IterState::Zip { .. }
                | IterState::Map { .. }
                | IterState::Filter { .. }
                | IterState::Values { .. }
        ) {
            let mut work = Vec::new();
            self.drain_into(&mut work);
            crate::object::release::release(&mut work);
        }
    }
}
