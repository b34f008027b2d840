//! Freeing objects without recursion. Dropping the last reference to a container drops what it
//! holds, and a structure a million deep would take a million nested `drop` calls on the Rust
//! stack. Instead each container's `Drop` moves its contents onto a work list in the dying
//! container's own storage, and `release` pops values off it: a value that holds the last
//! reference to another container first has that container's contents moved onto the list,
//! so the container itself dies empty. The Rust stack stays constant whatever the depth, with
//! no global state; CPython's "trashcan" does the same job with a deferred list.

use std::rc::Rc;

use crate::value::Value;

/// Drops every value on `work`, depth first and from the end (CPython frees a list's items
/// from the last one), taking the contents of containers that die on the way.
pub(crate) fn release(work: &mut Vec<Value>) {
    while let Some(v) = work.pop() {
        release_into(v, work);
    }
}

/// Drops `v`. When it holds the last reference to a container, the container's contents
/// are moved onto `work` first, so the container's own drop recurses no further.
#[inline]
pub(crate) fn release_into(v: Value, work: &mut Vec<Value>) {
    if !deep(&v) {
        // Its contents hold no container of their own: dropping it recurses one level.
        drop(v);
        return;
    }
    match &v {
        Value::List(l) if Rc::strong_count(l) == 1 => {
            if let Ok(mut items) = l.items_cell().try_borrow_mut() {
                work.append(&mut items);
            }
        }
        Value::Tuple(t) if Rc::strong_count(t) == 1 => work.extend(t.items.iter().cloned()),
        Value::Dict(d) if Rc::strong_count(d) == 1 => d.drain_into(work),
        Value::Set(s) | Value::FrozenSet(s) if Rc::strong_count(s) == 1 => s.drain_into(work),
        Value::Instance(i) if Rc::strong_count(i) == 1 => {
            // The namespace dies with the instance (unless `obj.__dict__` is held elsewhere).
            work.push(Value::Dict(i.dict.clone()));
            if let Some(b) = &i.base {
                work.push(b.clone());
            }
        }
        Value::Exception(e) if Rc::strong_count(e) == 1 => e.drain_into(work),
        Value::BoundMethod(m) if Rc::strong_count(m) == 1 => {
            work.push(m.receiver.clone());
            work.push(m.func.clone());
        }
        Value::Cell(c) if Rc::strong_count(c) == 1 => {
            if let Ok(mut slot) = c.try_borrow_mut() {
                work.extend(slot.take());
            }
        }
        Value::Iter(it) if Rc::strong_count(it) == 1 => {
            if let Ok(mut state) = it.try_borrow_mut() {
                state.drain_into(work);
            }
        }
        Value::Function(f) if Rc::strong_count(f) == 1 => {
            work.extend(f.defaults.borrow().iter().cloned());
            if Rc::strong_count(&f.closure) == 1 {
                work.extend(f.closure.iter().map(|c| Value::Cell(c.clone())));
            }
        }
        _ => {}
    }
    drop(v);
}

/// Whether `v` is the last reference to a container that itself holds the last reference to
/// a container: only then can dropping it go deep.
pub(crate) fn deep(v: &Value) -> bool {
    let any = |items: &[Value]| items.iter().any(sole_container);
    match v {
        Value::List(l) if Rc::strong_count(l) == 1 => l
            .items_cell()
            .try_borrow()
            .map_or(true, |items| any(&items)),
        Value::Tuple(t) if Rc::strong_count(t) == 1 => any(&t.items),
        Value::Dict(d) if Rc::strong_count(d) == 1 => d.try_borrow().is_none_or(|m| {
            m.iter()
                .any(|(k, v)| sole_container(&k.value) || sole_container(v))
        }),
        _ => sole_container(v),
    }
}

/// Whether `v` holds the last reference to an object that holds others.
pub(crate) fn sole_container(v: &Value) -> bool {
    let holds = matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_)
            | Value::Exception(_)
            | Value::BoundMethod(_)
            | Value::Cell(_)
            | Value::Iter(_)
            | Value::Function(_)
            | Value::Generator(_)
    );
    holds && v.strong_count() == 1
}

/// What a tuple may hold: values, whose drop may go deep, or bytes, whose drop cannot.
pub trait TupleItem: Sized {
    /// Drops `items` (a dying tuple's contents).
    fn release_items(items: Box<[Self]>);
}

impl TupleItem for Value {
    fn release_items(items: Box<[Value]>) {
        if items.iter().all(Value::is_inline) {
            return;
        }
        release(&mut items.into_vec());
    }
}

impl TupleItem for u8 {
    fn release_items(_: Box<[u8]>) {}
}
