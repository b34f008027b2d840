//! JSON encoding with CPython's output: separators, indentation, key conversion and sorting,
//! ASCII escaping, float repr and NaN/Infinity, `default` for other objects, and the
//! circular-reference check.

use std::fmt::Write;

use crate::builtins::sort_values;
use crate::interp::{Interpreter, PyResult};
use crate::num;
use crate::object::Args;
use crate::value::Value;

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
    /// Ids of the containers being encoded, for the circular-reference check.
    markers: Vec<i64>,
    out: String,
    depth: usize,
    /// The indentation level: containers only, where `depth` also counts `default` calls.
    level: usize,
    max_depth: usize,
}

/// `_encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)`: the JSON text of `obj`.
pub(super) fn encode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let [obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep, default] =
        <[Value; 10]>::try_from(args.pos.into_vec())
            .map_err(|_| interp.type_error("_encode() takes 10 arguments"))?;
    let text = |interp: &mut Interpreter, v: &Value| -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            other => {
                let tn = interp.type_name(other);
                Err(interp.type_error(format!("expected str, not {tn}")))
            }
        }
    };
    let indent = match &indent {
        Value::None => None,
        v => Some(text(interp, v)?),
    };
    let mut enc = Encoder {
        skipkeys: interp.truthy(&skipkeys)?,
        ensure_ascii: interp.truthy(&ensure_ascii)?,
        check_circular: interp.truthy(&check_circular)?,
        allow_nan: interp.truthy(&allow_nan)?,
        sort_keys: interp.truthy(&sort_keys)?,
        indent,
        item_sep: text(interp, &item_sep)?,
        key_sep: text(interp, &key_sep)?,
        default,
        markers: Vec::new(),
        out: String::new(),
        depth: 0,
        level: 0,
        max_depth: super::depth_limit(interp),
    };
    enc.value(interp, &obj)?;
    interp.check_alloc(enc.out.len() as u128)?;
    Ok(Value::from_string(enc.out))
}

/// Writes `s` as a JSON string literal.
pub(super) fn write_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n < 0x10000 {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let v = n - 0x10000;
                    let hi = 0xd800 | ((v >> 10) & 0x3ff);
                    let lo = 0xdc00 | (v & 0x3ff);
                    let _ = write!(out, "\\u{hi:04x}\\u{lo:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The value a subclass instance of a built-in type wraps, or the value itself.
fn unwrap_builtin(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.base.clone().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

impl Encoder {
    fn float(&self, interp: &mut Interpreter, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(num::float_repr(x));
        }
        if !self.allow_nan {
            // CPython's C encoder (no indent) omits the value; its Python encoder names it.
            let msg = "Out of range float values are not JSON compliant";
            return Err(match self.indent {
                None => interp.value_error(msg),
                Some(_) => interp.value_error(format!("{msg}: {}", num::float_repr(x))),
            });
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_owned())
    }

    fn int(&self, interp: &mut Interpreter, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Int(i) => i.to_string(),
            Value::Long(b) => interp.int_to_decimal(b)?,
            _ => String::new(),
        })
    }

    fn enter(&mut self, interp: &mut Interpreter, v: &Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(interp.err(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.check_circular {
            let id = v.id();
            if self.markers.contains(&id) {
                return Err(interp.value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn value(&mut self, interp: &mut Interpreter, v: &Value) -> PyResult<()> {
        interp.fuel -= 1;
        if interp.fuel <= 0 {
            interp.refuel()?;
        }
        let inner = unwrap_builtin(v);
        match &inner {
            Value::Str(s) => write_string(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(_) | Value::Long(_) => {
                let s = self.int(interp, &inner)?;
                self.out.push_str(&s);
            }
            Value::Float(x) => {
                let s = self.float(interp, *x)?;
                self.out.push_str(&s);
            }
            Value::List(l) => {
                let items = l.to_vec();
                self.sequence(interp, v, &items)?;
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                self.sequence(interp, v, &items)?;
            }
            Value::Dict(d) => {
                let items = d.items();
                self.mapping(interp, v, items)?;
            }
            _ => {
                if self.default.is_none() {
                    let tn = interp.type_name(v);
                    return Err(
                        interp.type_error(format!("Object of type {tn} is not JSON serializable"))
                    );
                }
                self.enter(interp, v)?;
                let default = self.default.clone();
                let r = interp.call1(&default, v.clone())?;
                self.value(interp, &r)?;
                self.leave();
            }
        }
        Ok(())
    }

    fn sequence(&mut self, interp: &mut Interpreter, v: &Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(interp, v)?;
        self.level += 1;
        self.out.push('[');
        self.newline();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline();
            }
            self.value(interp, item)?;
        }
        self.leave();
        self.level -= 1;
        self.newline();
        self.out.push(']');
        Ok(())
    }

    /// The JSON text of a dict key, or None when `skipkeys` drops it.
    fn key(&mut self, interp: &mut Interpreter, k: &Value) -> PyResult<Option<String>> {
        let inner = unwrap_builtin(k);
        Ok(Some(match &inner {
            Value::Str(s) => s.as_str().to_owned(),
            Value::Float(x) => self.float(interp, *x)?,
            Value::Bool(true) => "true".to_owned(),
            Value::Bool(false) => "false".to_owned(),
            Value::None => "null".to_owned(),
            Value::Int(_) | Value::Long(_) => self.int(interp, &inner)?,
            _ if self.skipkeys => return Ok(None),
            _ => {
                let tn = interp.type_name(k);
                return Err(interp.type_error(format!(
                    "keys must be str, int, float, bool or None, not {tn}"
                )));
            }
        }))
    }

    fn mapping(
        &mut self,
        interp: &mut Interpreter,
        v: &Value,
        mut items: Vec<(Value, Value)>,
    ) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(interp, v)?;
        self.level += 1;
        if self.sort_keys {
            let mut keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
            let order: Vec<Value> = (0..items.len() as i64).map(Value::Int).collect();
            let mut idx = order;
            sort_values(interp, &mut idx, Some(std::mem::take(&mut keys)), false)?;
            let mut sorted = Vec::with_capacity(items.len());
            for i in idx {
                if let Value::Int(i) = i {
                    if let Some(pair) = items.get(i as usize) {
                        sorted.push(pair.clone());
                    }
                }
            }
            items = sorted;
        }
        self.out.push('{');
        self.newline();
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key(interp, k)? else {
                continue;
            };
            if !first {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline();
            }
            first = false;
            write_string(&mut self.out, &key, self.ensure_ascii);
            let sep = std::mem::take(&mut self.key_sep);
            self.out.push_str(&sep);
            self.key_sep = sep;
            self.value(interp, val)?;
        }
        self.leave();
        self.level -= 1;
        self.newline();
        self.out.push('}');
        Ok(())
    }
}
