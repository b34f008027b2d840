//! Constructors that convert their argument: `int(x)` (numbers, strings, bytes-likes and the
//! `__int__`/`__index__`/`__trunc__` methods), `float(x)`, `bytes(obj)` for objects, and
//! `types.ModuleType(name, doc)`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::num;
use crate::object::{Args, Tuple};
use crate::value::Value;

pub(super) fn new_int(interp: &mut Interpreter, pos: &[Value]) -> PyResult<Value> {
    if pos.len() > 2 {
        let n = pos.len();
        return Err(interp.type_error(format!("int() takes at most 2 arguments ({n} given)")));
    }
    let Some(v) = pos.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = pos.get(1) {
        let base = interp.to_index(b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(interp.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match v {
            Value::Str(s) => {
                let text = s.as_str().to_owned();
                parse_int_text(interp, &text, base as u32)
            }
            Value::Bytes(b) => int_from_bytes(interp, &b.items, base as u32),
            other => match super::bytearray_bytes(other) {
                Some(data) => int_from_bytes(interp, &data, base as u32),
                None => Err(interp.type_error("int() can't convert non-string with explicit base")),
            },
        };
    }
    match v {
        Value::Int(_) | Value::Long(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => match num::float_to_int(*f) {
            Ok(b) => Ok(Value::from_bigint(b)),
            Err(e) => Err(interp.num_error(e)),
        },
        Value::Str(s) => {
            let t = s.as_str().to_owned();
            parse_int_text(interp, &t, 10)
        }
        Value::Bytes(b) => int_from_bytes(interp, &b.items, 10),
        other => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = interp.lookup_special(other, m) {
                    let r = interp.call1(&f, other.clone())?;
                    return int_result(interp, other, m, r);
                }
            }
            if let Some(data) = super::buffer_data(interp, other)? {
                return int_from_bytes(interp, &data, 10);
            }
            let tn = interp.type_name(other);
            Err(interp.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

/// `module.__init__(self, name, doc=None)`: what `types.ModuleType(name, doc)` sets.
pub(super) fn module_init(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let name = args.take_kw("name");
    let doc = args.take_kw("doc");
    if let Some((k, _)) = args.kw.first() {
        let k = k.clone();
        return Err(interp.type_error(format!("module() got an unexpected keyword argument '{k}'")));
    }
    let Some(Value::Instance(m)) = args.pos.first().cloned() else {
        return Err(interp.type_error("descriptor '__init__' requires a 'module' object"));
    };
    let given = args.pos.len() - 1 + usize::from(name.is_some()) + usize::from(doc.is_some());
    if given > 2 {
        return Err(interp.type_error(format!(
            "module() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut rest = args.pos.into_iter().skip(1);
    let name = name.or_else(|| rest.next());
    let doc = doc.or_else(|| rest.next()).unwrap_or(Value::None);
    let name = match name {
        Some(n @ Value::Str(_)) => n,
        Some(other) => {
            let tn = interp.type_name(&other);
            return Err(
                interp.type_error(format!("module() argument 'name' must be str, not {tn}"))
            );
        }
        None => {
            return Err(interp.type_error("module() missing required argument 'name' (pos 1)"));
        }
    };
    m.dict.set_str("__name__", name);
    m.dict.set_str("__doc__", doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        m.dict.set_str(key, Value::None);
    }
    Ok(Value::None)
}

/// `bytes(v)` for an object: its `__bytes__`, its buffer (bytearray, memoryview, array), a
/// count from `__index__`, or an iterable of ints in range(256).
pub(super) fn bytes_from_object(interp: &mut Interpreter, v: &Value) -> PyResult<Value> {
    if let Value::Instance(_) = v {
        if let Some(m) = interp.lookup_special(v, "__bytes__") {
            let r = interp.call1(&m, v.clone())?;
            return match &r {
                Value::Bytes(_) => Ok(r),
                Value::Instance(i) if matches!(i.base, Some(Value::Bytes(_))) => {
                    Ok(i.base.clone().unwrap_or(Value::None))
                }
                _ => {
                    let rn = interp.type_name(&r);
                    Err(interp.type_error(format!("__bytes__ returned non-bytes (type {rn})")))
                }
            };
        }
    }
    if let Some(data) = super::buffer_data(interp, v)? {
        return super::methods_bytes::new_bytes(interp, data);
    }
    if let Value::Instance(_) = v {
        if interp.lookup_special(v, "__index__").is_some() {
            let n = interp.index_value(v)?;
            let n = interp.to_index(&n)?;
            if n < 0 {
                return Err(interp.value_error("negative count"));
            }
            interp.check_alloc(n as u128)?;
            return Ok(Value::Bytes(Rc::new(Tuple::new(vec![0; n as usize]))));
        }
    }
    if let Value::Str(_) = v {
        return Err(interp.type_error("string argument without an encoding"));
    }
    if !interp.is_iterable(v) {
        let tn = interp.type_name(v);
        return Err(interp.type_error(format!("cannot convert '{tn}' object to bytes")));
    }
    let items = interp.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        let n = match i {
            Value::Int(n) => n,
            other => interp
                .index_value(&other)
                .and_then(|n| interp.to_index(&n))?,
        };
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(interp.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(Value::Bytes(Rc::new(Tuple::new(out))))
}

/// What `int(v)` got from `v.__int__()`, `__index__()` or `__trunc__()`: an int (an int
/// subclass gives its value), or for `__trunc__` anything `__index__` turns into one.
fn int_result(interp: &mut Interpreter, v: &Value, method: &str, r: Value) -> PyResult<Value> {
    match &r {
        Value::Int(_) | Value::Long(_) => return Ok(r),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(i) if matches!(i.base, Some(Value::Int(_) | Value::Long(_))) => {
            return Ok(i.base.clone().unwrap_or(Value::Int(0)));
        }
        _ => {}
    }
    if method == "__trunc__" {
        if interp.lookup_special(&r, "__index__").is_some() {
            return interp.index_value(&r);
        }
        let rn = interp.type_name(&r);
        return Err(interp.type_error(format!("__trunc__ returned non-Integral (type {rn})")));
    }
    let _ = v;
    let rn = interp.type_name(&r);
    Err(interp.type_error(format!("{method} returned non-int (type {rn})")))
}

/// `int(b)` for the bytes of a bytes-like object: ASCII digits only, and a failure shows
/// the bytes.
fn int_from_bytes(interp: &mut Interpreter, data: &[u8], base: u32) -> PyResult<Value> {
    let text = std::str::from_utf8(data).ok().filter(|t| t.is_ascii());
    if let Some(t) = text {
        match num::parse_int(t, base, num::DEFAULT_MAX_STR_DIGITS) {
            Ok(b) => return Ok(Value::from_bigint(b)),
            Err(num::ParseIntError::Invalid) => {}
            Err(e) => {
                let ne = e.into_error(t, base);
                return Err(interp.num_error(ne));
            }
        }
    }
    let r = num::bytes_repr(data);
    Err(interp.value_error(format!("invalid literal for int() with base {base}: {r}")))
}

fn parse_int_text(interp: &mut Interpreter, text: &str, base: u32) -> PyResult<Value> {
    match num::parse_int(text, base, num::DEFAULT_MAX_STR_DIGITS) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(e) => {
            let ne = e.into_error(text, base);
            Err(interp.num_error(ne))
        }
    }
}

pub(super) fn new_float(interp: &mut Interpreter, v: Option<&Value>) -> PyResult<Value> {
    let Some(v) = v else {
        return Ok(Value::Float(0.0));
    };
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
            Ok(Value::Float(interp.to_f64(v)?.unwrap_or(0.0)))
        }
        Value::Str(s) => match num::parse_float(s.as_str()) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let e = num::float_literal_error(s.as_str());
                Err(interp.num_error(e))
            }
        },
        other => {
            if let Some(f) = interp.real_of(other)? {
                return Ok(Value::Float(f));
            }
            if let Some(data) = super::buffer_data(interp, other)? {
                let parsed = std::str::from_utf8(&data).ok().and_then(num::parse_float);
                return match parsed {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = interp.repr(other)?;
                        Err(interp.value_error(format!("could not convert string to float: {r}")))
                    }
                };
            }
            let tn = interp.type_name(other);
            Err(interp.type_error(format!(
                "float() argument must be a string or a real number, not '{tn}'"
            )))
        }
    }
}
