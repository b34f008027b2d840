//! `list`: a mutable vector of values behind a `RefCell`.

use std::cell::{Ref, RefCell, RefMut};

use crate::value::Value;

#[derive(Debug, Default)]
pub struct List {
    items: RefCell<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: RefCell::new(items),
        }
    }

    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.items.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// The cell holding the items, for `release`.
    pub(crate) fn items_cell(&self) -> &RefCell<Vec<Value>> {
        &self.items
    }

    /// A snapshot of the items, for iterating while the list may change.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let items = self.items.get_mut();
        // Items that are the last reference to a container could go deep: only then are they
        // released from a work list; the rest drop with the vector.
        if items.iter().any(crate::object::release::sole_container) {
            let mut items = std::mem::take(items);
            crate::object::release::release(&mut items);
        }
    }
}
