//! Numbers from objects that only say how to become one: `__float__`, `__index__`,
//! `__int__` and `__complex__`, in the order CPython's `PyFloat_AsDouble`,
//! `PyNumber_Long` and `PyComplex_AsCComplex` try them, with their checks on what each
//! special method returns.

use crate::interp::{Interpreter, PyResult};
use crate::value::Value;

impl Interpreter {
    /// `v` as a float the way `math.sqrt(v)` takes it: a number, or an object with
    /// `__float__` (returning a float) or `__index__`; None for anything else.
    pub(crate) fn real_of(&mut self, v: &Value) -> PyResult<Option<f64>> {
        if let Some(f) = self.to_f64(v)? {
            return Ok(Some(f));
        }
        if !matches!(v, Value::Instance(_)) {
            return Ok(None);
        }
        if let Some(b @ (Value::Float(_) | Value::Int(_) | Value::Long(_) | Value::Bool(_))) =
            self.subclass_base(v, "__float__")
        {
            return self.to_f64(&b);
        }
        if let Some(m) = self.lookup_special(v, "__float__") {
            let r = self.call1(&m, v.clone())?;
            return match self.float_result(&r) {
                Some(f) => Ok(Some(f)),
                None => {
                    let (tn, rn) = (self.type_name(v), self.type_name(&r));
                    Err(self.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
                }
            };
        }
        if self.lookup_special(v, "__index__").is_some() {
            let i = self.index_value(v)?;
            return self.to_f64(&i);
        }
        Ok(None)
    }

    /// A float, or an instance of a float subclass (which CPython accepts with a warning).
    fn float_result(&self, r: &Value) -> Option<f64> {
        match r {
            Value::Float(f) => Some(*f),
            Value::Instance(i) => match &i.base {
                Some(Value::Float(f)) => Some(*f),
                _ => None,
            },
            _ => None,
        }
    }

    /// The int `v.__index__()` returns, checked to be an int.
    pub(crate) fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Long(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            _ => {}
        }
        if let Some(b @ (Value::Int(_) | Value::Long(_))) = self.subclass_base(v, "__index__") {
            return Ok(b);
        }
        let Some(m) = self.lookup_special(v, "__index__") else {
            let tn = self.type_name(v);
            return Err(
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        };
        let r = self.call1(&m, v.clone())?;
        match &r {
            Value::Int(_) | Value::Long(_) => Ok(r),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Instance(i) if matches!(i.base, Some(Value::Int(_) | Value::Long(_))) => {
                Ok(i.base.clone().unwrap_or(Value::Int(0)))
            }
            _ => {
                let rn = self.type_name(&r);
                Err(self.type_error(format!("__index__ returned non-int (type {rn})")))
            }
        }
    }

    /// `v` as a complex the way `cmath` takes it: a complex, `__complex__` (returning a
    /// complex), or anything `real_of` takes; None for anything else.
    pub(crate) fn complex_of(&mut self, v: &Value) -> PyResult<Option<(f64, f64)>> {
        if let Value::Complex(c) = v {
            return Ok(Some(**c));
        }
        if let Value::Instance(i) = v {
            if let Some(m) = self.lookup_special(v, "__complex__") {
                let r = self.call1(&m, v.clone())?;
                return match &r {
                    Value::Complex(c) => Ok(Some(**c)),
                    Value::Instance(ri) if matches!(ri.base, Some(Value::Complex(_))) => {
                        match &ri.base {
                            Some(Value::Complex(c)) => Ok(Some(**c)),
                            _ => Ok(None),
                        }
                    }
                    _ => {
                        let rn = self.type_name(&r);
                        Err(self
                            .type_error(format!("__complex__ returned non-complex (type {rn})")))
                    }
                };
            }
            if let Some(Value::Complex(c)) = &i.base {
                return Ok(Some(**c));
            }
        }
        Ok(self.real_of(v)?.map(|f| (f, 0.0)))
    }
}
