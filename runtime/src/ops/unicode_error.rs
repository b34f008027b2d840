//! UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError made by Python code
//! (codecs written in Python raise them): their arguments read into `encoding`, `object`,
//! `start`, `end` and `reason`, and `str()` built from those, as CPython's exceptions do.

use crate::interp::{Interpreter, PyResult};
use crate::object::{ExceptionObject, Type};
use crate::value::Value;

/// The fields of each kind, in the order of its arguments.
fn fields(ty: &Type) -> Option<&'static [&'static str]> {
    if ty.is_builtin_subtype("UnicodeEncodeError") || ty.is_builtin_subtype("UnicodeDecodeError") {
        Some(&["encoding", "object", "start", "end", "reason"])
    } else if ty.is_builtin_subtype("UnicodeTranslateError") {
        Some(&["object", "start", "end", "reason"])
    } else {
        None
    }
}

/// Whether `ty` is one of the three kinds (or derives from one).
pub(crate) fn is_unicode_error(ty: &Type) -> bool {
    fields(ty).is_some()
}

impl Interpreter {
    /// Reads the arguments into the fields, checking their types as CPython does.
    pub(crate) fn unicode_error_init(&mut self, e: &ExceptionObject) -> PyResult<()> {
        let Some(names) = fields(&e.ty) else {
            return Ok(());
        };
        let args = e.args.borrow().clone();
        if args.len() != names.len() {
            return Err(self.type_error(format!(
                "function takes exactly {} arguments ({} given)",
                names.len(),
                args.len()
            )));
        }
        let decode = e.ty.is_builtin_subtype("UnicodeDecodeError");
        for (name, v) in names.iter().zip(&args) {
            let ok = match *name {
                "start" | "end" => matches!(v, Value::Int(_) | Value::Bool(_)),
                "object" if decode => !matches!(v, Value::Str(_)),
                _ => matches!(v, Value::Str(_)),
            };
            if !ok {
                let tn = self.type_name(v);
                let want = match *name {
                    "start" | "end" => "int",
                    "object" if decode => "bytes-like object",
                    _ => "str",
                };
                return Err(self.type_error(format!("argument must be {want}, not {tn}")));
            }
            e.dict.set_str(name, v.clone());
        }
        if decode {
            // The object is kept as bytes, whatever bytes-like object it was given as.
            let bytes = self.builtin("bytes").unwrap_or(Value::None);
            let obj = self.call_value(
                &bytes,
                crate::object::Args::positional(vec![args[1].clone()]),
            )?;
            e.dict.set_str("object", obj);
        }
        Ok(())
    }

    /// `str()` of one of the three, from its fields; None when they are not all set (an
    /// error raised by the VM itself carries its message as its argument).
    pub(crate) fn unicode_error_str(&mut self, e: &ExceptionObject) -> Option<String> {
        let names = fields(&e.ty)?;
        if e.args.borrow().len() != names.len() {
            return None;
        }
        let field = |n: &str| e.dict.get_str(n);
        let (Some(Value::Int(start)), Some(Value::Int(end))) = (field("start"), field("end"))
        else {
            return None;
        };
        let reason = match field("reason") {
            Some(r) => self.to_str(&r).ok()?,
            None => return None,
        };
        let encoding = match field("encoding") {
            Some(enc) => self.to_str(&enc).ok()?,
            None => String::new(),
        };
        let single = end == start + 1;
        match field("object")? {
            Value::Str(s) => {
                let verb = if e.ty.is_builtin_subtype("UnicodeTranslateError") {
                    "can't translate".to_owned()
                } else {
                    format!("'{encoding}' codec can't encode")
                };
                let c = usize::try_from(start)
                    .ok()
                    .and_then(|i| s.as_str().chars().nth(i));
                match c {
                    Some(c) if single => {
                        let n = c as u32;
                        let shown = if n < 0x100 {
                            format!("\\x{n:02x}")
                        } else if n < 0x10000 {
                            format!("\\u{n:04x}")
                        } else {
                            format!("\\U{n:08x}")
                        };
                        Some(format!(
                            "{verb} character '{shown}' in position {start}: {reason}"
                        ))
                    }
                    _ => Some(format!(
                        "{verb} characters in position {start}-{}: {reason}",
                        end - 1
                    )),
                }
            }
            Value::Bytes(b) => {
                let byte = usize::try_from(start).ok().and_then(|i| b.items.get(i));
                match byte {
                    Some(byte) if single => Some(format!(
                        "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                    )),
                    _ => Some(format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end - 1
                    )),
                }
            }
            _ => None,
        }
    }
}
