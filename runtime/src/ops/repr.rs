//! `repr`, `str`, `ascii`, `format` and `%`-formatting of values. Exception and traceback
//! text is in `traceback.rs`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::num::{self, FormatError};
use crate::object::{ExceptionObject, Type};
use crate::value::Value;

use super::arith::to_bigint;

/// How deep nested containers may be for repr before it gives up (CPython raises
/// RecursionError too).
const MAX_REPR_DEPTH: usize = 500;

impl Interpreter {
    pub(crate) fn repr(&mut self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        self.repr_into(v, &mut out)?;
        Ok(out)
    }

    fn repr_into(&mut self, v: &Value, out: &mut String) -> PyResult<()> {
        match v {
            Value::Null => out.push_str("<NULL>"),
            Value::None => out.push_str("None"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Long(b) => {
                let s = self.int_to_decimal(b)?;
                out.push_str(&s);
            }
            Value::Float(f) => out.push_str(&num::float_repr(*f)),
            Value::Complex(c) => out.push_str(&complex_repr(c.0, c.1)),
            Value::Str(s) => num::write_str_repr(out, s.as_str()),
            Value::Bytes(b) => out.push_str(&num::bytes_repr(&b.items)),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => self.container_repr(v, out)?,
            Value::Range(r) => {
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?,
                );
                out.push_str(&format!("slice({a}, {b}, {c})"));
            }
            Value::Function(f) => {
                out.push_str(&format!("<function {} at {:#x}>", f.qualname, v.id()))
            }
            Value::Builtin(b) => match &b.receiver {
                Some(r) => {
                    let tn = self.type_name(r);
                    out.push_str(&format!(
                        "<built-in method {} of {tn} object at {:#x}>",
                        b.name,
                        r.id()
                    ))
                }
                None => match b.owner {
                    Some(owner) => {
                        out.push_str(&format!("<method '{}' of '{owner}' objects>", b.name))
                    }
                    None => out.push_str(&format!("<built-in function {}>", b.name)),
                },
            },
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.to_string(),
                    other => self.type_name(other),
                };
                let r = self.repr(&m.receiver)?;
                out.push_str(&format!("<bound method {name} of {r}>"));
            }
            Value::Type(t) => match self.lookup_special(v, "__repr__") {
                Some(r) => {
                    let s = self.call1(&r, v.clone())?;
                    match s {
                        Value::Str(s) => out.push_str(s.as_str()),
                        other => {
                            let tn = self.type_name(&other);
                            let msg = format!("__repr__ returned non-string (type {tn})");
                            return Err(self.type_error(msg));
                        }
                    }
                }
                None => out.push_str(&type_repr(t)),
            },
            Value::Exception(e) => {
                if e.ty.is_class {
                    if let Some(r) = e.ty.lookup("__repr__").filter(|r| !is_builtin_method(r)) {
                        let s = self.call1(&r, v.clone())?;
                        return self.push_str_result(s, out, "__repr__");
                    }
                }
                out.push_str(&e.ty.name);
                let args = e.args.borrow().clone();
                if args.len() == 1 {
                    out.push('(');
                    self.repr_into(&args[0], out)?;
                    out.push(')');
                } else {
                    let t = self.repr(&Value::tuple(args))?;
                    out.push_str(&t);
                }
            }
            Value::Instance(i) => {
                // A built-in type deriving from another (sys.version_info from tuple) may
                // define its own repr in Rust.
                let own_repr = !i.class.is_class && i.class.dict.get_str("__repr__").is_some();
                if let Some(b) = self.subclass_base(v, "__repr__").filter(|_| !own_repr) {
                    // Sets name the subclass: `MySet({1, 2})`, `MySet()`.
                    if let Value::Set(s) | Value::FrozenSet(s) = &b {
                        out.push_str(&i.class.name);
                        out.push('(');
                        if !s.is_empty() {
                            let r = self.repr(&b)?;
                            let inner = r.find('{').map_or(r.as_str(), |p| &r[p..]);
                            let inner = inner.strip_suffix(')').unwrap_or(inner);
                            out.push_str(inner);
                        }
                        out.push(')');
                        return Ok(());
                    }
                    return self.repr_into(&b, out);
                }
                let own_module_repr = i.class.is_class
                    && i.class
                        .lookup("__repr__")
                        .is_some_and(|r| !is_builtin_method(&r));
                if i.class.is_subtype(&self.types.module) && !own_module_repr {
                    // A module the runtime made is built in; one made by `ModuleType(name)`
                    // (which sets `__loader__`) is plain, or from its `__file__`.
                    let name = i
                        .dict
                        .get_str("__name__")
                        .and_then(|n| n.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    let name = self.repr(&Value::str(&name))?;
                    match i.dict.get_str("__file__") {
                        Some(f) => {
                            let f = self.repr(&f)?;
                            out.push_str(&format!("<module {name} from {f}>"));
                        }
                        None if i.dict.get_str("__loader__").is_some() => {
                            out.push_str(&format!("<module {name}>"));
                        }
                        None => out.push_str(&format!("<module {name} (built-in)>")),
                    }
                    return Ok(());
                }
                if let Some(r) = i.class.lookup("__repr__") {
                    let s = self.call1(&r, v.clone())?;
                    return self.push_str_result(s, out, "__repr__");
                }
                let name = qualified_name(&i.class);
                out.push_str(&format!("<{name} object at {:#x}>", v.id()));
            }
            Value::Iter(_) => {
                // The type's module too, where it is not `builtins` (`array.arrayiterator`).
                let name = qualified_name(&self.type_of(v));
                out.push_str(&format!("<{name} object at {:#x}>", v.id()));
            }
            Value::Generator(g) => {
                let g = g.borrow();
                let kind = g.type_name();
                if g.kind == crate::vm::GenKind::AsyncStep {
                    out.push_str(&format!("<{kind} object at {:#x}>", v.id()));
                } else {
                    out.push_str(&format!("<{kind} object {} at {:#x}>", g.qualname, v.id()));
                }
            }
            Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", v.id())),
            Value::Code(c) => out.push_str(&format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.id(),
                c.filename,
                c.firstlineno
            )),
            Value::WeakRef(_) => out.push_str(&format!("<weakref handle at {:#x}>", v.id())),
            Value::Array(_) => out.push_str(&format!("<array items at {:#x}>", v.id())),
        }
        Ok(())
    }

    fn push_str_result(&mut self, s: Value, out: &mut String, method: &str) -> PyResult<()> {
        match s {
            Value::Str(s) => {
                out.push_str(s.as_str());
                Ok(())
            }
            other => {
                let tn = self.type_name(&other);
                Err(self.type_error(format!("{method} returned non-string (type {tn})")))
            }
        }
    }

    fn container_repr(&mut self, v: &Value, out: &mut String) -> PyResult<()> {
        let id = v.id() as usize;
        if self.repr_stack.contains(&id) {
            out.push_str(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                _ => "...",
            });
            return Ok(());
        }
        if self.repr_stack.len() >= MAX_REPR_DEPTH {
            return Err(self.err(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let result = self.container_repr_inner(v, out);
        self.repr_stack.pop();
        result
    }

    fn container_repr_inner(&mut self, v: &Value, out: &mut String) -> PyResult<()> {
        match v {
            Value::List(l) => {
                out.push('[');
                let items = l.to_vec();
                self.join_reprs(&items, out)?;
                out.push(']');
            }
            Value::Tuple(t) => {
                out.push('(');
                let items = t.items.clone();
                self.join_reprs(&items, out)?;
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::Dict(d) => {
                out.push('{');
                for (i, (k, val)) in d.items().into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(&k, out)?;
                    out.push_str(": ");
                    self.repr_into(&val, out)?;
                }
                out.push('}');
            }
            Value::Set(s) => {
                let items = s.values();
                if items.is_empty() {
                    out.push_str("set()");
                } else {
                    out.push('{');
                    self.join_reprs(&items, out)?;
                    out.push('}');
                }
            }
            Value::FrozenSet(s) => {
                let items = s.values();
                if items.is_empty() {
                    out.push_str("frozenset()");
                } else {
                    out.push_str("frozenset({");
                    self.join_reprs(&items, out)?;
                    out.push_str("})");
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn join_reprs(&mut self, items: &[Value], out: &mut String) -> PyResult<()> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_into(item, out)?;
        }
        Ok(())
    }

    /// Decimal digits of a big int, with CPython's 4300-digit limit.
    pub(crate) fn int_to_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        num::int_to_decimal(b, num::DEFAULT_MAX_STR_DIGITS).map_err(|e| self.num_error(e))
    }

    /// `str(v)`.
    #[allow(clippy::wrong_self_convention)] // The receiver is the interpreter; `v` is converted.
    pub(crate) fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Exception(e) => {
                if e.ty.is_class {
                    if let Some(m) = e.ty.lookup("__str__").filter(|m| !is_builtin_method(m)) {
                        let s = self.call1(&m, v.clone())?;
                        let mut out = String::new();
                        self.push_str_result(s, &mut out, "__str__")?;
                        return Ok(out);
                    }
                }
                Ok(self.exception_str(e))
            }
            Value::Instance(i) => {
                if let Some(b) = self.subclass_base(v, "__str__") {
                    // Only `str` has its own `__str__`; other bases show the class's repr.
                    if matches!(b, Value::Str(_)) {
                        return self.to_str(&b);
                    }
                    return self.repr(v);
                }
                if let Some(m) = i.class.lookup("__str__") {
                    let s = self.call1(&m, v.clone())?;
                    let mut out = String::new();
                    self.push_str_result(s, &mut out, "__str__")?;
                    return Ok(out);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `ascii(v)`: repr with non-ASCII characters escaped.
    pub(crate) fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// The message part of an exception's last traceback line (`str(exc)`).
    pub(crate) fn exception_str(&mut self, e: &Rc<ExceptionObject>) -> String {
        if let Some(members) = super::exception_group::group_members(e) {
            let msg = match e.args.borrow().first() {
                Some(Value::Str(s)) => s.as_str().to_owned(),
                _ => String::new(),
            };
            let n = members.len();
            let s = if n == 1 { "" } else { "s" };
            return format!("{msg} ({n} sub-exception{s})");
        }
        if crate::ops::os_error::is_os_error(&e.ty) {
            if let Some(s) = self.os_error_str(e) {
                return s;
            }
        }
        if crate::ops::unicode_error::is_unicode_error(&e.ty) {
            if let Some(s) = self.unicode_error_str(e) {
                return s;
            }
        }
        let args = e.args.borrow().clone();
        match args.len() {
            0 => String::new(),
            1 if e.ty.is_builtin_subtype("SyntaxError") => {
                // CPython's SyntaxError_str: "msg (file, line N)", the file as a base name.
                let msg = self.to_str(&args[0]).unwrap_or_default();
                let line = match e.dict.get_str("lineno") {
                    Some(Value::Int(n)) => n,
                    _ => return msg,
                };
                match e.dict.get_str("filename") {
                    Some(Value::Str(f)) => {
                        let base = f.as_str().rsplit('/').next().unwrap_or_default().to_owned();
                        format!("{msg} ({base}, line {line})")
                    }
                    _ => format!("{msg} (line {line})"),
                }
            }
            1 => {
                if e.ty.is_builtin_subtype("KeyError") {
                    self.repr(&args[0]).unwrap_or_default()
                } else {
                    self.to_str(&args[0]).unwrap_or_default()
                }
            }
            _ => self.repr(&Value::tuple(args)).unwrap_or_default(),
        }
    }

    /// `format(v, spec)`.
    pub(crate) fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Str(s) = v {
            if spec.is_empty() {
                return Ok(s.as_str().to_owned());
            }
        }
        if let Some(b) = self.subclass_base(v, "__format__") {
            // As CPython's built-in `__format__`s: an empty spec means `str(v)`.
            if spec.is_empty() {
                return self.to_str(v);
            }
            return self.format(&b, spec);
        }
        if let Value::Instance(i) = v {
            if let Some(m) = i.class.lookup("__format__") {
                let r = self.call_value(
                    &m,
                    crate::object::Args::positional(vec![v.clone(), Value::str(spec)]),
                )?;
                let mut out = String::new();
                self.push_str_result(r, &mut out, "__format__")?;
                return Ok(out);
            }
        }
        let tn = self.type_name(v);
        let parsed = match num::parse_format_spec(spec) {
            Ok(p) => p,
            Err(e) => return Err(self.format_error(e, &tn)),
        };
        // A width is a size to allocate: refuse what the heap cannot hold before building it
        // (MemoryError, or the heap limit), as CPython does, but only once the rest of the
        // spec is known good, so that a bad type code still gets its ValueError first.
        // So is a float's precision (digits, zero-padded past the exact expansion); a str's only
        // cuts it short.
        let width = parsed.width.filter(|&w| w > 1 << 16);
        let precision = parsed
            .precision
            .filter(|&p| p > 1 << 16 && !matches!(v, Value::Str(_)));
        if width.is_some() || precision.is_some() {
            let mut narrow = parsed.clone();
            narrow.width = None;
            // Past a C int the precision is itself an error ("precision too big"), kept.
            if precision.is_some_and(|p| p <= i32::MAX as usize) {
                narrow.precision = Some(0);
            }
            self.format_parsed(v, spec, &narrow, &tn)?;
            // A complex number writes two parts of that precision.
            let digits = precision.map_or(0, |p| p as u128 * 2);
            self.check_alloc((width.unwrap_or(0) as u128 * 4).max(digits))?;
        }
        self.format_parsed(v, spec, &parsed, &tn)
    }

    /// `format(v, spec)` for a built-in value, with `spec` parsed as `parsed`.
    fn format_parsed(
        &mut self,
        v: &Value,
        spec: &str,
        parsed: &num::FormatSpec,
        tn: &str,
    ) -> PyResult<String> {
        let parsed = parsed.clone();
        let result = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into())
            }
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                let b = to_bigint(v).unwrap_or_default();
                num::format_int(&b, &parsed, num::DEFAULT_MAX_STR_DIGITS)
            }
            Value::Float(f) => num::format_float(*f, &parsed),
            Value::Complex(c) if !spec.is_empty() => num::format_complex(c.0, c.1, &parsed),
            Value::Str(s) => num::format_str(s.as_str(), &parsed),
            _ => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                return Err(self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
        };
        result.map_err(|e| self.format_error(e, tn))
    }

    pub(super) fn format_error(&mut self, e: FormatError, type_name: &str) -> crate::interp::PyErr {
        match e {
            FormatError::LoneSurrogate(_) => self.value_error("character is a lone surrogate"),
            other => {
                let ne = other.into_error(type_name);
                self.num_error(ne)
            }
        }
    }
}

/// A method implemented in Rust on a built-in type, which the fast paths here already cover.
fn is_builtin_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.receiver.is_none())
}

/// `module.Name`, except for builtins (and `__main__` in tracebacks, which omit it).
/// `module.qualname` of a type (just the name for built-ins); a class's `__qualname__` names
/// where it was defined, such as `outer.<locals>.Local`.
pub(crate) fn qualified_name(t: &Type) -> String {
    let module = t.module.borrow();
    if &**module == "builtins" {
        return t.name.to_string();
    }
    format!("{module}.{}", t.qualname())
}

pub(crate) fn type_repr(t: &Type) -> String {
    format!("<class '{}'>", qualified_name(t))
}

/// CPython's complex repr: `(1+2j)`, `2j`, `(-0-1j)`.
pub(crate) fn complex_repr(r: f64, i: f64) -> String {
    let part = |x: f64| {
        let s = num::float_repr(x);
        match s.strip_suffix(".0") {
            Some(t) => t.to_owned(),
            None => s,
        }
    };
    if r == 0.0 && r.is_sign_positive() {
        return format!("{}j", part(i));
    }
    let im = part(i);
    let sign = if im.starts_with('-') || im.starts_with('n') && i.is_sign_negative() {
        ""
    } else {
        "+"
    };
    format!("({}{sign}{im}j)", part(r))
}
