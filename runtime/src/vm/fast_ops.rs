//! Fast paths of the dispatch loop for arithmetic and comparisons on small ints and floats,
//! the operands of most numeric code. Each returns None when the operands or the result fall
//! outside what it handles (big ints, overflow, division by zero, other types), and the loop
//! then takes the generic path, which gives CPython's results and errors.

use crate::value::Value;

/// The largest magnitude below which every i64 converts to f64 exactly.
const EXACT_F64: i64 = 1 << 53;

#[inline(always)]
fn exact_f64(i: i64) -> Option<f64> {
    (-EXACT_F64..=EXACT_F64).contains(&i).then_some(i as f64)
}

/// `a OP b` for operator number `op` (the operand of `Binary`/`InplaceBinary`).
#[inline(always)]
pub(super) fn binary(op: u32, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binary(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_binary(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_binary(op, *x, exact_f64(*y)?),
        (Value::Int(x), Value::Float(y)) => float_binary(op, exact_f64(*x)?, *y),
        _ => None,
    }
}

#[inline(always)]
fn int_binary(op: u32, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        0 => x.checked_add(y)?,
        1 => x.checked_sub(y)?,
        2 => x.checked_mul(y)?,
        4 => {
            // True division is correctly rounded when both operands are exact as floats.
            if y == 0 {
                return None;
            }
            return Some(Value::Float(exact_f64(x)? / exact_f64(y)?));
        }
        5 => {
            let r = x.checked_rem(y)?;
            if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            }
        }
        7 => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        8 => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        9 => x | y,
        10 => x ^ y,
        11 => x & y,
        12 => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline(always)]
fn float_binary(op: u32, x: f64, y: f64) -> Option<Value> {
    let r = match op {
        0 => x + y,
        1 => x - y,
        2 => x * y,
        4 if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Value::Float(r))
}

/// `a OP b` for comparison number `op` (the operand of `Compare`).
#[inline(always)]
pub(super) fn compare(op: u32, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), Value::Int(y)) => x.partial_cmp(&exact_f64(*y)?),
        (Value::Int(x), Value::Float(y)) => exact_f64(*x)?.partial_cmp(y),
        (Value::Str(x), Value::Str(y)) if op <= 1 => {
            let eq = std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str();
            return Some(eq == (op == 0));
        }
        _ => return None,
    };
    use std::cmp::Ordering::*;
    Some(match (op, ord) {
        // NaN: only != holds.
        (1, None) => true,
        (_, None) => false,
        (0, Some(o)) => o == Equal,
        (1, Some(o)) => o != Equal,
        (2, Some(o)) => o == Less,
        (3, Some(o)) => o != Greater,
        (4, Some(o)) => o == Greater,
        (_, Some(o)) => o != Less,
    })
}

/// `obj[key]` for a list, tuple or `array.array` indexed by an int in range, and a dict
/// indexed by a `str` it holds.
#[inline(always)]
pub(super) fn subscr(obj: &Value, key: &Value) -> Option<Value> {
    match (obj, key) {
        (Value::List(l), Value::Int(i)) => {
            let items = l.borrow();
            let at = if *i < 0 { *i + items.len() as i64 } else { *i };
            items.get(usize::try_from(at).ok()?).cloned()
        }
        (Value::Tuple(t), Value::Int(i)) => {
            let at = if *i < 0 {
                *i + t.items.len() as i64
            } else {
                *i
            };
            t.items.get(usize::try_from(at).ok()?).cloned()
        }
        (Value::Dict(d), Value::Str(s)) => d.get_hashed(s.as_str(), s.hash()),
        (Value::Dict(d), Value::Int(i)) => d.get_int(*i),
        (Value::Instance(_), Value::Int(i)) => {
            let a = crate::modules::array::exact_storage(obj)?;
            let at = if *i < 0 { *i + a.len() as i64 } else { *i };
            a.get(usize::try_from(at).ok()?)
        }
        _ => None,
    }
}

/// `obj[key] = v` for a list indexed by an int in range, and for an `array.array` when `v`
/// needs no checked conversion; gives `v` back otherwise.
#[inline(always)]
pub(super) fn store_subscr(obj: &Value, key: &Value, v: Value) -> Result<(), Value> {
    if let (Value::List(l), Value::Int(i)) = (obj, key) {
        let mut items = l.borrow_mut();
        let at = if *i < 0 { *i + items.len() as i64 } else { *i };
        if let Some(slot) = usize::try_from(at).ok().and_then(|at| items.get_mut(at)) {
            let old = std::mem::replace(slot, v);
            drop(items);
            Value::discard(old);
            return Ok(());
        }
    }
    if let (Some(a), Value::Int(i)) = (crate::modules::array::exact_storage(obj), key) {
        let at = if *i < 0 { *i + a.len() as i64 } else { *i };
        if let (Ok(at), Some(item)) = (
            usize::try_from(at),
            crate::object::array::encode_exact(a.code, &v),
        ) {
            if a.set(at, &item) {
                return Ok(());
            }
        }
    }
    Err(v)
}
