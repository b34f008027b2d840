//! The operator protocol past the built-in fast paths: `a.__op__(b)` and `b.__rop__(a)` in
//! Python's order (a right operand of a subclass that overrides the reflected method goes
//! first), built-in operations on instances of subclasses of built-in types, sequence
//! repetition by `__index__`, bytes concatenated with any buffer, and the TypeErrors worded
//! as CPython words them.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::Tuple;
use crate::syntax::ast::BinOp;
use crate::value::Value;

use super::arith::{dunder, op_symbol};

impl Interpreter {
    /// Tries `a.__op__(b)`, then `b.__rop__(a)`; raises TypeError when neither applies.
    pub(super) fn dunder_binary(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Value> {
        let (name, rname, _) = dunder(op);
        let a_inst = matches!(a, Value::Instance(_));
        let b_inst = matches!(b, Value::Instance(_));
        if a_inst || b_inst {
            // A subclass's reflected method goes first when it overrides it (Python's rule).
            let same_type = Rc::ptr_eq(&self.type_of(a), &self.type_of(b));
            let b_first = !same_type && self.reflected_first(a, b, rname);
            let order: [(bool, &Value, &Value, &str); 2] = if b_first {
                [(true, b, a, rname), (false, a, b, name)]
            } else {
                [(false, a, b, name), (true, b, a, rname)]
            };
            for (reflected, recv, other, meth) in order {
                // Python never tries the reflected method when both operands share a type.
                if reflected && same_type {
                    continue;
                }
                if matches!(recv, Value::Instance(_)) {
                    if let Some(m) = self.lookup_special(recv, meth) {
                        let r = self.call_value(
                            &m,
                            crate::object::Args::positional(vec![recv.clone(), other.clone()]),
                        )?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                } else if !reflected {
                    if let Some(v) = self.builtin_binary_for_instance(recv, other, op)? {
                        return Ok(v);
                    }
                }
            }
        }
        if let Some((a, b)) = self.subclass_operands(a, b, name, rname) {
            return self.binary_op(&a, &b, op);
        }
        if op == BinOp::Add {
            // bytes + any buffer (memoryview, array) is bytes.
            if let Value::Bytes(x) = crate::ops::builtin_base(a).unwrap_or_else(|| a.clone()) {
                if let Some(y) = crate::builtins::buffer_data(self, b)? {
                    let mut v = x.items.to_vec();
                    v.extend_from_slice(&y);
                    self.charge(v.len() as u64)?;
                    return Ok(Value::Bytes(Rc::new(Tuple::new(v))));
                }
            }
        }
        if op == BinOp::Mult {
            // A sequence repeated by an object with `__index__` (CPython's sq_repeat).
            let base = |v: &Value| crate::ops::builtin_base(v).unwrap_or_else(|| v.clone());
            let seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                )
            };
            let (sa, sb) = (base(a), base(b));
            let (s, n) = if seq(&sa) { (sa, b) } else { (sb, a) };
            if seq(&s)
                && matches!(n, Value::Instance(_))
                && self.lookup_special(n, "__index__").is_some()
            {
                let count = self.repeat_count(n)?.max(0) as usize;
                return self.repeat_seq(&s, count);
            }
        }
        Err(self.binary_type_error(a, b, op, inplace))
    }

    /// Whether `b.__rop__(a)` goes before `a.__op__(b)`: `b`'s class derives from `a`'s and
    /// has a reflected method other than the one `a`'s class has.
    pub(super) fn reflected_first(&self, a: &Value, b: &Value, rname: &str) -> bool {
        let Value::Instance(bi) = b else {
            return false;
        };
        let ta = self.type_of(a);
        if !bi.class.is_subtype(&ta) {
            return false;
        }
        match (bi.class.lookup(rname), ta.lookup(rname)) {
            (Some(x), Some(y)) => !x.is(&y),
            (x, _) => x.is_some(),
        }
    }

    /// The TypeError of an operator no operand supports; a sequence on either side words it
    /// as its concatenation or repetition does.
    fn binary_type_error(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
        let base = |v: &Value| crate::ops::builtin_base(v).unwrap_or_else(|| v.clone());
        let (ba, bb) = (base(a), base(b));
        let seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
        if op == BinOp::Add {
            let tb = self.type_name(b);
            match ba {
                Value::Str(_) | Value::List(_) | Value::Tuple(_) => {
                    let kind = ba.kind_name();
                    return self.type_error(format!(
                        "can only concatenate {kind} (not \"{tb}\") to {kind}"
                    ));
                }
                Value::Bytes(_) => {
                    return self.type_error(format!("can't concat {tb} to bytes"));
                }
                _ => {}
            }
        }
        if op == BinOp::Mult && (seq(&ba) || seq(&bb) || matches!(ba, Value::Bytes(_))) {
            let other = if seq(&ba) || matches!(ba, Value::Bytes(_)) {
                b
            } else {
                a
            };
            let tn = self.type_name(other);
            return self.type_error(format!("can't multiply sequence by non-int of type '{tn}'"));
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = if op == BinOp::Pow && !inplace {
            "** or pow()"
        } else {
            op_symbol(op)
        };
        let eq = if inplace { "=" } else { "" };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}{eq}: '{ta}' and '{tb}'"
        ))
    }

    /// A built-in left operand with an instance of a subclass of a built-in on the right:
    /// the left's own operation when it accepts the right's built-in value (`1.5 + I(2)`
    /// with `class I(int)`), before the right's reflected method is asked.
    fn builtin_binary_for_instance(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        let Some(bb) = crate::ops::builtin_base(b) else {
            return Ok(None);
        };
        // A number accepts numbers no higher on the tower than itself (int + float is
        // float's to answer).
        let rank = |v: &Value| match v {
            Value::Int(_) | Value::Bool(_) | Value::Long(_) => Some(0),
            Value::Float(_) => Some(1),
            Value::Complex(..) => Some(2),
            _ => None,
        };
        let set = |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_));
        let compatible = match (rank(a), rank(&bb)) {
            (Some(x), Some(y)) => y <= x,
            (None, None) => {
                (set(a) && set(&bb)) || std::mem::discriminant(a) == std::mem::discriminant(&bb)
            }
            _ => false,
        };
        if !compatible {
            return Ok(None);
        }
        self.builtin_binary(a, &bb, op)
    }
}
