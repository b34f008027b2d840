//! A stable merge sort over values whose comparison can fail (raise) and need not be a total
//! order, as Python's `sorted` and `list.sort` require. The standard library's sorts may
//! panic on an inconsistent order, which user code can produce.

use crate::interp::{Interpreter, PyResult};
use crate::value::Value;

/// Sorts `items` by `keys` (parallel vectors), stably; `reverse` keeps equal items in order.
pub(crate) fn sort_values(
    interp: &mut Interpreter,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut order: Vec<usize> = (0..n).collect();
    let mut less = |interp: &mut Interpreter, i: usize, j: usize| -> PyResult<bool> {
        if reverse {
            interp.less_than(&keys[j], &keys[i])
        } else {
            interp.less_than(&keys[i], &keys[j])
        }
    };
    let mut buf = vec![0usize; n];
    merge_sort(interp, &mut order, &mut buf, &mut less)?;
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = order
        .into_iter()
        .map(|i| slots[i].take().unwrap_or(Value::None))
        .collect();
    Ok(())
}

/// Runs of at least this many items charge fuel for their merge (one unit per item), so that a
/// long sort meets the limits as it goes; smaller ones are covered by the calls that made them.
const CHARGED_RUN: usize = 1024;

fn merge_sort(
    interp: &mut Interpreter,
    v: &mut [usize],
    buf: &mut [usize],
    less: &mut dyn FnMut(&mut Interpreter, usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n <= 16 {
        // Insertion sort: stable, and takes the right element only when strictly less.
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(interp, v[j], v[j - 1])? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(interp, &mut v[..mid], &mut buf[..mid], less)?;
    merge_sort(interp, &mut v[mid..], &mut buf[mid..], less)?;
    if n >= CHARGED_RUN {
        interp.charge_work(n as u64)?;
    }
    if !less(interp, v[mid], v[mid - 1])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(interp, buf[j], buf[i])? {
            v[k] = buf[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
