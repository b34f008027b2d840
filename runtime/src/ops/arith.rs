//! Arithmetic: int (i64 fast path, BigInt beyond), float, complex, sequence concatenation and
//! repetition, set operators, and the `__add__`/`__radd__` protocol for class instances.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::fuel::bigint;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::num::{self, ErrorKind, NumError};
use crate::object::{Set, Tuple};
use crate::syntax::ast::BinOp;
use crate::value::Value;

/// A complex number as (real, imaginary).
type Complex = (f64, f64);

pub(crate) fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

pub(super) fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// An int operand as a BigInt (bool counts as int).
pub(crate) fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Long(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Long(_) | Value::Bool(_))
}

impl Interpreter {
    pub(crate) fn num_error(&mut self, e: NumError) -> PyErr {
        let kind = match e.kind {
            ErrorKind::Value => "ValueError",
            ErrorKind::Overflow => "OverflowError",
            ErrorKind::ZeroDivision => "ZeroDivisionError",
            ErrorKind::Memory => "MemoryError",
        };
        self.err(kind, e.message.into_owned())
    }

    /// A number as f64 for mixed arithmetic; None when `v` is not a real number.
    #[allow(clippy::wrong_self_convention)] // The receiver is the interpreter; `v` is converted.
    pub(crate) fn to_f64(&mut self, v: &Value) -> PyResult<Option<f64>> {
        Ok(Some(match v {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            Value::Bool(b) => *b as i64 as f64,
            Value::Long(b) => match num::bigint_to_f64(b) {
                Some(f) => f,
                None => return Err(self.err("OverflowError", "int too large to convert to float")),
            },
            _ => return Ok(None),
        }))
    }

    pub(crate) fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(*x, *y, op) {
                return Ok(v);
            }
        }
        match self.builtin_binary(a, b, op)? {
            Some(v) => Ok(v),
            None => self.dunder_binary(a, b, op, false),
        }
    }

    pub(crate) fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(*x, *y, op) {
                return Ok(v);
            }
        }
        if let (Value::List(_), Value::Instance(bi), BinOp::Add | BinOp::Mult) = (a, b, op) {
            // list has no `__add__`/`__mul__` slot of its own, so the right operand's
            // reflected method is asked before the list is extended (CPython's order).
            let (_, rname, _) = dunder(op);
            if let Some(m @ Value::Function(_)) = bi.class.lookup(rname) {
                let r = self.call_value(
                    &m,
                    crate::object::Args::positional(vec![b.clone(), a.clone()]),
                )?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect_iterable(b)?;
                self.charge(items.len() as u64 * 16)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mult) => {
                let n = self.repeat_count(b)?;
                let items = l.to_vec();
                self.check_alloc(items.len() as u128 * n.max(0) as u128 * 16)?;
                self.charge((items.len() * n.max(0) as usize) as u64 * 16)?;
                let mut out = Vec::with_capacity(items.len() * n.max(0) as usize);
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a.clone());
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                if let Value::Set(_) | Value::FrozenSet(_) = b {
                    let result = self.set_op(a, b, op)?;
                    if let Some(Value::Set(r)) = result {
                        let new = r.borrow().clone();
                        *s.borrow_mut() = new;
                        return Ok(a.clone());
                    }
                }
            }
            (Value::Dict(d), BinOp::BitOr) => {
                let d = d.clone();
                self.dict_update_from(&d, b, false)?;
                return Ok(a.clone());
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = dunder(op);
                // A mutable built-in base is updated in place; the instance stays the result.
                if let Some(base @ (Value::List(_) | Value::Set(_) | Value::Dict(_))) =
                    self.subclass_base(a, iname)
                {
                    let r = self.inplace_op(&base, b, op)?;
                    return Ok(if r.is(&base) { a.clone() } else { r });
                }
                if let Some(m) = self.lookup_special(a, iname) {
                    let r = self.call_value(
                        &m,
                        crate::object::Args::positional(vec![a.clone(), b.clone()]),
                    )?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(*x, *y, op) {
                return Ok(v);
            }
        }
        match self.builtin_binary(a, b, op)? {
            Some(v) => Ok(v),
            None => self.dunder_binary(a, b, op, true),
        }
    }

    /// Arithmetic among built-in types; None means "not supported for these types".
    pub(super) fn builtin_binary(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        #[allow(unused_imports)] // Not every function uses every variant.
        use Value::{
            Bool, BoundMethod, Bytes, Complex, Dict, Float, FrozenSet, Instance, Int, List, Long,
            Range, Set, Slice, Str, Tuple,
        };
        Ok(Some(match (a, b) {
            _ if is_int(a) && is_int(b) => return self.int_op(a, b, op).map(Some),
            (Float(_) | Int(_) | Long(_) | Bool(_), Float(_) | Int(_) | Long(_) | Bool(_)) => {
                if matches!(op, BinOp::Pow) && is_int(b) && matches!(a, Float(_)) {
                    // Fall through to float pow with an integral exponent.
                }
                let x = self.to_f64(a)?.unwrap_or(0.0);
                let y = self.to_f64(b)?.unwrap_or(0.0);
                return self.float_op(x, y, op);
            }
            (Complex(..), _) | (_, Complex(..)) => {
                let Some((x, y)) = self.complex_pair(a, b)? else {
                    return Ok(None);
                };
                return self.complex_op(x, y, op);
            }
            (Str(x), Str(y)) if op == BinOp::Add => {
                let len = x.as_str().len() + y.as_str().len();
                self.charge(len as u64)?;
                let mut s = String::with_capacity(len);
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::from_string(s)
            }
            (Str(s), n) | (n, Str(s)) if op == BinOp::Mult && is_int(n) => {
                let count = self.repeat_count(n)?;
                if count <= 0 {
                    return Ok(Some(Value::str("")));
                }
                let total = s.as_str().len() as u128 * count as u128;
                self.check_alloc(total)?;
                self.charge(total as u64)?;
                Value::from_string(s.as_str().repeat(count as usize))
            }
            // A str subclass on the right with its own `__rmod__` is asked first.
            (Str(_) | Bytes(_), Instance(_))
                if op == BinOp::Mod && self.reflected_first(a, b, "__rmod__") =>
            {
                return Ok(None)
            }
            (Str(_), _) if op == BinOp::Mod => return self.percent_format(a, b).map(Some),
            (Bytes(_), _) if op == BinOp::Mod => return self.percent_format(a, b).map(Some),
            // An instance on the right may have `__radd__`.
            (Str(_) | List(_) | Tuple(_), Instance(_)) if op == BinOp::Add => return Ok(None),
            (Str(_), other) if op == BinOp::Add => {
                let tn = self.type_name(other);
                return Err(
                    self.type_error(format!("can only concatenate str (not \"{tn}\") to str"))
                );
            }
            (List(x), List(y)) if op == BinOp::Add => {
                let mut v = x.to_vec();
                v.extend(y.borrow().iter().cloned());
                self.charge(v.len() as u64 * 16)?;
                self.new_list(v)
            }
            (List(_), other) if op == BinOp::Add => {
                let tn = self.type_name(other);
                return Err(
                    self.type_error(format!("can only concatenate list (not \"{tn}\") to list"))
                );
            }
            (Tuple(x), Tuple(y)) if op == BinOp::Add => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (Tuple(_), other) if op == BinOp::Add => {
                let tn = self.type_name(other);
                return Err(self.type_error(format!(
                    "can only concatenate tuple (not \"{tn}\") to tuple"
                )));
            }
            (Bytes(x), Bytes(y)) if op == BinOp::Add => {
                let mut v = x.items.to_vec();
                v.extend_from_slice(&y.items);
                Value::Bytes(Rc::new(crate::object::Tuple::new(v)))
            }
            (List(_) | Tuple(_) | Bytes(_), n) | (n, List(_) | Tuple(_) | Bytes(_))
                if op == BinOp::Mult && is_int(n) =>
            {
                let seq = if is_int(a) { b } else { a };
                let count = self.repeat_count(n)?.max(0) as usize;
                return self.repeat_seq(seq, count).map(Some);
            }
            (Str(_) | List(_) | Tuple(_) | Bytes(_), other)
            | (other, Str(_) | List(_) | Tuple(_) | Bytes(_))
                if op == BinOp::Mult && !matches!(other, Instance(_)) =>
            {
                let tn = self.type_name(other);
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{tn}'"))
                );
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return self.set_op(a, b, op),
            (Value::Type(_) | Value::None, _) | (_, Value::Type(_)) if op == BinOp::BitOr => {
                return Ok(crate::builtins::type_union(self, a, b));
            }
            (Dict(x), Dict(y)) if op == BinOp::BitOr => {
                let d = Rc::new(crate::object::Dict::from_map(x.borrow().clone()));
                for (k, v) in y.borrow().iter() {
                    d.insert(k.clone(), v.clone());
                }
                Value::Dict(d)
            }
            _ => return Ok(None),
        }))
    }

    pub(super) fn repeat_seq(&mut self, seq: &Value, count: usize) -> PyResult<Value> {
        match seq {
            Value::List(l) => {
                let items = l.to_vec();
                self.check_alloc(items.len() as u128 * count as u128 * 16)?;
                self.charge((items.len() * count) as u64 * 16)?;
                let mut out = Vec::with_capacity(items.len() * count);
                for _ in 0..count {
                    out.extend(items.iter().cloned());
                }
                Ok(self.new_list(out))
            }
            Value::Tuple(t) => {
                self.check_alloc(t.len() as u128 * count as u128 * 16)?;
                self.charge((t.len() * count) as u64 * 16)?;
                let mut out = Vec::with_capacity(t.len() * count);
                for _ in 0..count {
                    out.extend(t.items.iter().cloned());
                }
                Ok(Value::tuple(out))
            }
            Value::Bytes(b) => {
                self.check_alloc(b.len() as u128 * count as u128)?;
                self.charge((b.len() * count) as u64)?;
                Ok(Value::Bytes(Rc::new(Tuple::new(b.items.repeat(count)))))
            }
            Value::Str(s) => {
                let total = s.as_str().len() as u128 * count as u128;
                self.check_alloc(total)?;
                self.charge(total as u64)?;
                Ok(Value::from_string(s.as_str().repeat(count)))
            }
            _ => Ok(Value::None),
        }
    }

    /// The count of a sequence repetition, with CPython's overflow message.
    pub(crate) fn repeat_count(&mut self, n: &Value) -> PyResult<i64> {
        match n {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Long(b) if b.is_negative() => Ok(0),
            Value::Instance(_) if self.lookup_special(n, "__index__").is_some() => {
                let i = self.index_value(n)?;
                self.repeat_count(&i)
            }
            _ => Err(self.err(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    fn set_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else {
            return Ok(None);
        };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else {
            return Ok(None);
        };
        let out = Set::new();
        {
            let (xs, ys) = (x.borrow(), y.borrow());
            match op {
                BinOp::BitOr => {
                    for k in xs.keys().chain(ys.keys()) {
                        out.insert(k.clone());
                    }
                }
                BinOp::BitAnd => {
                    for k in xs.keys().filter(|k| ys.contains_key(*k)) {
                        out.insert(k.clone());
                    }
                }
                BinOp::Sub => {
                    for k in xs.keys().filter(|k| !ys.contains_key(*k)) {
                        out.insert(k.clone());
                    }
                }
                BinOp::BitXor => {
                    for k in xs.keys().filter(|k| !ys.contains_key(*k)) {
                        out.insert(k.clone());
                    }
                    for k in ys.keys().filter(|k| !xs.contains_key(*k)) {
                        out.insert(k.clone());
                    }
                }
                _ => return Ok(None),
            }
        }
        Ok(Some(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
            _ => Value::Set(Rc::new(out)),
        }))
    }

    fn int_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
            return Err(self.type_error("int operands expected"));
        };
        Ok(match op {
            BinOp::Add => Value::from_bigint(x + y),
            BinOp::Sub => Value::from_bigint(x - y),
            BinOp::Mult => {
                self.check_alloc((x.bits() + y.bits()) as u128 / 8)?;
                Value::from_bigint(bigint::mul(self, &x, &y)?)
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.err("ZeroDivisionError", "integer division or modulo by zero"));
                }
                Value::from_bigint(bigint::divmod_floor(self, &x, &y)?.0)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.err("ZeroDivisionError", "integer modulo by zero"));
                }
                Value::from_bigint(bigint::divmod_floor(self, &x, &y)?.1)
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.err("ZeroDivisionError", "division by zero"));
                }
                match num::int_true_div(&x, &y) {
                    Ok(f) => Value::Float(f),
                    Err(e) => return Err(self.num_error(e)),
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let fx = self.to_f64(a)?.unwrap_or(0.0);
                    let fy = self.to_f64(b)?.unwrap_or(0.0);
                    return self
                        .float_op(fx, fy, BinOp::Pow)?
                        .ok_or_else(|| self.type_error("pow"));
                }
                let exp = y.to_u64().unwrap_or(u64::MAX);
                let bits = (x.bits() as u128).saturating_mul(exp as u128);
                if x.bits() > 1 || x.is_negative() {
                    self.check_alloc(bits / 8)?;
                }
                Value::from_bigint(bigint::pow(self, &x, exp)?)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                if crate::num::lshift_overflows(x.bits(), &y) {
                    return Err(self.err("OverflowError", "too many digits in integer"));
                }
                let n = y.to_u64().unwrap_or(u64::MAX);
                self.check_alloc((x.bits() as u128 + n as u128) / 8)?;
                Value::from_bigint(x << n as usize)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = y.to_u64().unwrap_or(u64::MAX);
                if n >= x.bits() {
                    return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
                }
                Value::from_bigint(x >> n as usize)
            }
            BinOp::BitAnd => {
                if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                    return Ok(Value::Bool(*p & *q));
                }
                Value::from_bigint(x & y)
            }
            BinOp::BitOr => {
                if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                    return Ok(Value::Bool(*p | *q));
                }
                Value::from_bigint(x | y)
            }
            BinOp::BitXor => {
                if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                    return Ok(Value::Bool(*p ^ *q));
                }
                Value::from_bigint(x ^ y)
            }
            BinOp::MatMult => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for @: '{ta}' and '{tb}'"
                )));
            }
        })
    }

    fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.err("ZeroDivisionError", "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => match num::float_floordiv(x, y) {
                Ok(v) => v,
                Err(e) => return Err(self.num_error(e)),
            },
            BinOp::Mod => match num::float_mod(x, y) {
                Ok(v) => v,
                Err(e) => return Err(self.num_error(e)),
            },
            BinOp::Pow => match num::float_pow(x, y) {
                Ok(v) => v,
                Err(num::FloatPowError::Complex) => {
                    return self.complex_op((x, 0.0), (y, 0.0), BinOp::Pow);
                }
                Err(num::FloatPowError::Error(e)) => return Err(self.num_error(e)),
            },
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(r)))
    }

    fn complex_pair(&mut self, a: &Value, b: &Value) -> PyResult<Option<(Complex, Complex)>> {
        let conv = |s: &mut Self, v: &Value| -> PyResult<Option<(f64, f64)>> {
            Ok(match v {
                Value::Complex(c) => Some(**c),
                other => s.to_f64(other)?.map(|f| (f, 0.0)),
            })
        };
        let (Some(x), Some(y)) = (conv(self, a)?, conv(self, b)?) else {
            return Ok(None);
        };
        Ok(Some((x, y)))
    }

    fn complex_op(
        &mut self,
        (a, b): (f64, f64),
        (c, d): (f64, f64),
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        let (re, im) = match op {
            BinOp::Add => (a + c, b + d),
            BinOp::Sub => (a - c, b - d),
            BinOp::Mult => (a * c - b * d, a * d + b * c),
            BinOp::Div => {
                if c == 0.0 && d == 0.0 {
                    return Err(self.err("ZeroDivisionError", "complex division by zero"));
                }
                complex_div((a, b), (c, d))
            }
            BinOp::Pow => {
                if c == 0.0 && d == 0.0 {
                    (1.0, 0.0)
                } else if a == 0.0 && b == 0.0 {
                    if d != 0.0 || c < 0.0 {
                        return Err(
                            self.err("ZeroDivisionError", "0.0 to a negative or complex power")
                        );
                    }
                    (0.0, 0.0)
                } else if d == 0.0 && c == c.trunc() && c.abs() <= 100.0 {
                    // Integral exponents by repeated multiplication, as CPython does.
                    let n = c as i64;
                    let mut result = (1.0, 0.0);
                    let mut base = (a, b);
                    let mut e = n.unsigned_abs();
                    while e > 0 {
                        if e & 1 == 1 {
                            result = (
                                result.0 * base.0 - result.1 * base.1,
                                result.0 * base.1 + result.1 * base.0,
                            );
                        }
                        base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
                        e >>= 1;
                    }
                    if n < 0 {
                        complex_div((1.0, 0.0), result)
                    } else {
                        result
                    }
                } else {
                    let vabs = a.hypot(b);
                    let mut len = vabs.powf(c);
                    let at = b.atan2(a);
                    let mut phase = at * c;
                    if d != 0.0 {
                        len /= (at * d).exp();
                        phase += d * vabs.ln();
                    }
                    (len * phase.cos(), len * phase.sin())
                }
            }
            BinOp::FloorDiv | BinOp::Mod => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'complex' and 'complex'",
                    op_symbol(op)
                )));
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::complex(re, im)))
    }

    pub(crate) fn negate(&mut self, a: &Value) -> PyResult<Value> {
        Ok(match a {
            Value::Int(i) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            Value::Bool(b) => Value::Int(-(*b as i64)),
            Value::Long(b) => Value::from_bigint(-(**b).clone()),
            Value::Float(f) => Value::Float(-f),
            Value::Complex(c) => Value::complex(-c.0, -c.1),
            _ => return self.unary_dunder(a, "__neg__", "-"),
        })
    }

    #[inline(never)]
    pub(crate) fn positive(&mut self, a: &Value) -> PyResult<Value> {
        Ok(match a {
            Value::Int(_) | Value::Long(_) | Value::Float(_) | Value::Complex(..) => a.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            _ => return self.unary_dunder(a, "__pos__", "+"),
        })
    }

    pub(crate) fn invert(&mut self, a: &Value) -> PyResult<Value> {
        Ok(match a {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(*b as i64)),
            Value::Long(b) => Value::from_bigint(-(**b).clone() - 1),
            _ => return self.unary_dunder(a, "__invert__", "~"),
        })
    }

    fn unary_dunder(&mut self, a: &Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(b) = self.subclass_base(a, name) {
            return match sym {
                "-" => self.negate(&b),
                "+" => self.positive(&b),
                _ => self.invert(&b),
            };
        }
        if let Some(m) = self.lookup_special(a, name) {
            return self.call1(&m, a.clone());
        }
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }
}

/// i64 arithmetic that cannot overflow or fail; None sends the operation to the general path.
#[inline]
fn int_fast(x: i64, y: i64, op: BinOp) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 {
                return None;
            }
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if y == 0 {
                return None;
            }
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        BinOp::LShift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::Div => {
            if y == 0 || x.unsigned_abs() > (1 << 53) || y.unsigned_abs() > (1 << 53) {
                return None;
            }
            return Some(Value::Float(x as f64 / y as f64));
        }
        BinOp::Pow => {
            if !(0..64).contains(&y) {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        BinOp::MatMult => return None,
    }))
}

fn complex_div((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    // Smith's algorithm, as CPython's _Py_c_quot.
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        let ratio = d / c;
        let denom = c + d * ratio;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    }
}
