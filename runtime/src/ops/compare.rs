//! Comparisons: numeric comparisons across int, float and bool with exact semantics,
//! lexicographic sequences, sets, dicts, and `__eq__`/`__lt__`... for class instances.

use std::cmp::Ordering;

use crate::interp::{Interpreter, PyResult};
use crate::num;
use crate::object::Args;
use crate::value::Value;

use super::CmpKind;

/// Numeric equality of ints, floats and bools (exact, without float rounding).
const IN_COMPARISON: &str = " in comparison";

pub fn num_eq(a: &Value, b: &Value) -> bool {
    num_cmp(a, b) == Some(Ordering::Equal)
}

/// Orders two real numbers exactly; None for NaN or non-numbers.
pub(crate) fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    #[allow(unused_imports)] // Not every function uses every variant.
    use Value::{
        Bool, BoundMethod, Bytes, Complex, Dict, Float, FrozenSet, Instance, Int, List, Long,
        Range, Set, Slice, Str, Tuple,
    };
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Bool(x), Bool(y)) => Some(x.cmp(y)),
        (Int(x), Bool(y)) => Some(x.cmp(&(*y as i64))),
        (Bool(x), Int(y)) => Some((*x as i64).cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(x), Float(y)) => num::i64_float_cmp(*x, *y),
        (Float(x), Int(y)) => num::i64_float_cmp(*y, *x).map(Ordering::reverse),
        (Bool(x), Float(y)) => num::i64_float_cmp(*x as i64, *y),
        (Float(x), Bool(y)) => num::i64_float_cmp(*y as i64, *x).map(Ordering::reverse),
        (Long(x), Long(y)) => Some(x.cmp(y)),
        (Long(x), Float(y)) => num::int_float_cmp(x, *y),
        (Float(x), Long(y)) => num::int_float_cmp(y, *x).map(Ordering::reverse),
        (Long(x), Int(_) | Bool(_)) => super::arith::to_bigint(b).map(|y| (**x).cmp(&y)),
        (Int(_) | Bool(_), Long(y)) => super::arith::to_bigint(a).map(|x| x.cmp(y)),
        _ => None,
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Long(_) | Value::Bool(_) | Value::Float(_)
    )
}

impl Interpreter {
    /// `a op b` for a rich comparison; usually a bool, but `__eq__` may return anything.
    pub(crate) fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        // Instances whose classes keep object's `__eq__` and `__ne__`, and None, are equal
        // when they are the same object, which is what those would answer (`c != None`,
        // `c == other` in a loop over plain objects).
        if matches!(op, CmpKind::Eq | CmpKind::Ne) && by_identity(a) && by_identity(b) {
            return Ok(Value::Bool(a.is(b) == (op == CmpKind::Eq)));
        }
        if is_number(a) && is_number(b) {
            return Ok(Value::Bool(match num_cmp(a, b) {
                Some(ord) => op.test(ord),
                None => op == CmpKind::Ne,
            }));
        }
        if let Some((a, b)) = self.subclass_operands(a, b, op.dunder(), op.swapped().dunder()) {
            return self.compare(&a, &b, op);
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return self.compare_dunder(a, b, op);
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(self.eq(a, b)?)),
            CmpKind::Ne => Ok(Value::Bool(!self.eq(a, b)?)),
            _ => match self.order(a, b, op)? {
                Some(r) => Ok(Value::Bool(r)),
                None => Err(self.unorderable(a, b, op)),
            },
        }
    }

    fn unorderable(&mut self, a: &Value, b: &Value, op: CmpKind) -> crate::interp::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!(
            "'{}' not supported between instances of '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        let b_first = matches!(b, Value::Instance(_))
            && !std::rc::Rc::ptr_eq(&self.type_of(a), &self.type_of(b))
            && self.type_of(b).is_subtype(&self.type_of(a));
        let attempts = if b_first {
            [(b, a, op.swapped()), (a, b, op)]
        } else {
            [(a, b, op), (b, a, op.swapped())]
        };
        for (recv, other, o) in attempts {
            if let Some(m) = self.lookup_special(recv, o.dunder()) {
                let r = self.call_value(&m, Args::positional(vec![recv.clone(), other.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            } else if o == CmpKind::Ne && matches!(recv, Value::Instance(_)) {
                // object.__ne__ inverts __eq__ unless that returns NotImplemented.
                if let Some(m) = self.lookup_special(recv, "__eq__") {
                    let r =
                        self.call_value(&m, Args::positional(vec![recv.clone(), other.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
            } else if !matches!(recv, Value::Instance(_)) && matches!(o, CmpKind::Eq | CmpKind::Ne)
            {
                continue;
            }
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.unorderable(a, b, op)),
        }
    }

    /// `a == b` as a bool.
    pub(crate) fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        #[allow(unused_imports)] // Not every function uses every variant.
        use Value::{
            Bool, BoundMethod, Bytes, Complex, Dict, Float, FrozenSet, Instance, Int, List, Long,
            Range, Set, Slice, Str, Tuple,
        };
        if a.is(b) && !matches!(a, Float(_)) {
            return Ok(true);
        }
        Ok(match (a, b) {
            _ if is_number(a) && is_number(b) => num_eq(a, b),
            (Str(x), Str(y)) => x.as_str() == y.as_str(),
            (Bytes(x), Bytes(y)) => x.items == y.items,
            (List(x), List(y)) => {
                let (xs, ys) = (x.to_vec(), y.to_vec());
                self.nested(IN_COMPARISON, |me| me.seq_eq(&xs, &ys))?
            }
            (Tuple(x), Tuple(y)) => {
                if x.items.len() != y.items.len() {
                    return Ok(false);
                }
                let (x, y) = (x.clone(), y.clone());
                self.nested(IN_COMPARISON, |me| me.seq_eq(&x.items, &y.items))?
            }
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let (x, y) = (x.clone(), y.clone());
                self.nested(IN_COMPARISON, |me| me.dict_eq(&x, &y))?
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                let (xs, ys) = (x.borrow(), y.borrow());
                xs.len() == ys.len() && xs.keys().all(|k| ys.contains_key(k))
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Complex(x), Complex(y)) => x.0 == y.0 && x.1 == y.1,
            (Complex(c), other) | (other, Complex(c)) if is_number(other) => {
                let (p, q) = (&c.0, &c.1);
                *q == 0.0 && num_eq(&Float(*p), other)
            }
            (Slice(x), Slice(y)) => {
                self.eq(&x.start, &y.start)?
                    && self.eq(&x.stop, &y.stop)?
                    && self.eq(&x.step, &y.step)?
            }
            (Instance(_), _) | (_, Instance(_)) => {
                let r = self.compare(a, b, CmpKind::Eq)?;
                self.truthy(&r)?
            }
            (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
            _ => false,
        })
    }

    fn dict_eq(&mut self, x: &crate::object::Dict, y: &crate::object::Dict) -> PyResult<bool> {
        for (k, v) in x.items() {
            let key = self.dict_key(k)?;
            match y.get(&key) {
                Some(w) => {
                    if !self.eq_identity_first(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Equality as containers use it: identity implies equality.
    #[inline]
    pub(crate) fn eq_identity_first(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // The common items of `x in seq` and of sequence comparisons, without `eq`'s dispatch.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => {
                return Ok(std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str())
            }
            _ => {}
        }
        if a.is(b) {
            return Ok(true);
        }
        self.eq(a, b)
    }

    fn seq_eq(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !self.eq_identity_first(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// An ordering comparison among built-in types; None if unsupported.
    fn order(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<bool>> {
        #[allow(unused_imports)] // Not every function uses every variant.
        use Value::{
            Bool, BoundMethod, Bytes, Complex, Dict, Float, FrozenSet, Instance, Int, List, Long,
            Range, Set, Slice, Str, Tuple,
        };
        Ok(Some(match (a, b) {
            (Str(x), Str(y)) => op.test(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => op.test(x.items.cmp(&y.items)),
            (List(x), List(y)) => {
                let (xs, ys) = (x.to_vec(), y.to_vec());
                return self
                    .nested(IN_COMPARISON, |me| me.seq_order(&xs, &ys, op))
                    .map(Some);
            }
            // A tuple cannot change while it is compared: its items are read in place, under
            // a count of the tuples themselves.
            (Tuple(x), Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self
                    .nested(IN_COMPARISON, |me| me.seq_order(&x.items, &y.items, op))
                    .map(Some);
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                let (xs, ys) = (x.borrow(), y.borrow());
                let sub = xs.keys().all(|k| ys.contains_key(k));
                let sup = ys.keys().all(|k| xs.contains_key(k));
                match op {
                    CmpKind::Lt => sub && xs.len() < ys.len(),
                    CmpKind::Le => sub,
                    CmpKind::Gt => sup && xs.len() > ys.len(),
                    CmpKind::Ge => sup,
                    _ => return Ok(None),
                }
            }
            _ => return Ok(None),
        }))
    }

    fn seq_order(&mut self, xs: &[Value], ys: &[Value], op: CmpKind) -> PyResult<bool> {
        for (x, y) in xs.iter().zip(ys) {
            if !self.eq_identity_first(x, y)? {
                let r = self.compare(x, y, op)?;
                return self.truthy(&r);
            }
        }
        Ok(op.test(xs.len().cmp(&ys.len())))
    }

    /// `a > b` as a bool, for max (CPython's compares each item to the best so far with `>`,
    /// which its error names).
    pub(crate) fn greater_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x > y);
        }
        let r = self.compare(a, b, CmpKind::Gt)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool, for sorting and min/max.
    pub(crate) fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(x.as_str() < y.as_str());
        }
        let r = self.compare(a, b, CmpKind::Lt)?;
        self.truthy(&r)
    }
}

/// Whether `v` compares for equality by identity: None, or an instance of such a class
/// (`identity_equality`).
fn by_identity(v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Instance(i) => i.class.identity_equality(identity_equality),
        _ => false,
    }
}

/// Whether instances of `class` compare for equality by identity: a class that, like its
/// bases, wraps no built-in value and leaves `__eq__` and `__ne__` to object.
fn identity_equality(class: &crate::object::Type) -> bool {
    use crate::object::names;
    class.kind == crate::object::TypeKind::Object
        && class
            .lookup_name(&names::EQ)
            .is_some_and(|m| crate::ops::is_object_method(&m))
        && class
            .lookup_name(&names::NE)
            .is_some_and(|m| crate::ops::is_object_method(&m))
}

/// Defines the six rich-comparison methods (`eq`, `ne`, `lt`, `le`, `gt`, `ge`) of a built-in
/// type as native functions that call `$compare(interp, args, kind)`.
macro_rules! rich_comparison_methods {
    ($compare:ident) => {
        fn eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
            $compare(interp, args, CmpKind::Eq)
        }
        fn ne(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
            $compare(interp, args, CmpKind::Ne)
        }
        fn lt(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
            $compare(interp, args, CmpKind::Lt)
        }
        fn le(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
            $compare(interp, args, CmpKind::Le)
        }
        fn gt(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
            $compare(interp, args, CmpKind::Gt)
        }
        fn ge(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
            $compare(interp, args, CmpKind::Ge)
        }
    };
}
pub(crate) use rich_comparison_methods;
