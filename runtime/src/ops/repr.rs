//! `repr`, `str`, `ascii`, `format` and `%`-formatting of values. Exception and traceback
//! text is in `traceback.rs`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::num::{self, FormatError, FormatSpec};
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
            Value::Complex(r, i) => out.push_str(&complex_repr(*r, *i)),
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
                if let Some(b) = self.subclass_base(v, "__repr__") {
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
                if let Some(r) = i.class.lookup("__repr__") {
                    let s = self.call1(&r, v.clone())?;
                    return self.push_str_result(s, out, "__repr__");
                }
                if Rc::ptr_eq(&i.class, &self.types.module) {
                    let name = i
                        .dict
                        .get_str("__name__")
                        .and_then(|n| n.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    out.push_str(&format!("<module '{name}' (built-in)>"));
                    return Ok(());
                }
                let name = qualified_name(&i.class);
                out.push_str(&format!("<{name} object at {:#x}>", v.id()));
            }
            Value::Iter(it) => {
                let name = it.borrow().type_name();
                out.push_str(&format!("<{name} object at {:#x}>", v.id()));
            }
            Value::Generator(g) => {
                let g = g.borrow();
                let kind = if g.is_coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                out.push_str(&format!("<{kind} object {} at {:#x}>", g.qualname, v.id()));
            }
            Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", v.id())),
            Value::Code(c) => out.push_str(&format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.id(),
                c.filename,
                c.firstlineno
            )),
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
        let result = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into())
            }
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                let b = to_bigint(v).unwrap_or_default();
                num::format_int(&b, &parsed, num::DEFAULT_MAX_STR_DIGITS)
            }
            Value::Float(f) => num::format_float(*f, &parsed),
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
        result.map_err(|e| self.format_error(e, &tn))
    }

    fn format_error(&mut self, e: FormatError, type_name: &str) -> crate::interp::PyErr {
        match e {
            FormatError::LoneSurrogate(_) => self.value_error("character is a lone surrogate"),
            other => {
                let ne = other.into_error(type_name);
                self.num_error(ne)
            }
        }
    }

    /// `fmt % args` for str (and bytes, as text).
    pub(crate) fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let (text, is_bytes) = match fmt {
            Value::Str(s) => (s.as_str().to_owned(), false),
            Value::Bytes(b) => (String::from_utf8_lossy(&b.items).into_owned(), true),
            _ => return Ok(Value::NotImplemented),
        };
        let items: Vec<Value> = match args {
            Value::Tuple(t) => t.items.to_vec(),
            other => vec![other.clone()],
        };
        let mapping = match args {
            Value::Dict(_) => Some(args.clone()),
            Value::Instance(_) if self.lookup_special(args, "__getitem__").is_some() => {
                Some(args.clone())
            }
            _ => None,
        };
        let mut out = String::with_capacity(text.len() + 16);
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        let mut next_arg = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let mut key_value = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '(' {
                        depth += 1;
                    } else if chars[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                let key: String = chars[start..i - 1].iter().collect();
                let Some(m) = &mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                key_value = Some(self.get_item(m, &Value::from_string(key))?);
                used_mapping = true;
            }
            let mut spec = FormatSpec::default();
            let mut left = false;
            while i < chars.len() && "-+ #0".contains(chars[i]) {
                match chars[i] {
                    '-' => left = true,
                    '+' => spec.sign = Some(num::Sign::Plus),
                    ' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(num::Sign::Space)
                        }
                    }
                    '#' => spec.alternate = true,
                    _ => spec.zero_pad = true,
                }
                i += 1;
            }
            let mut take_star = |s: &mut Self, i: &mut usize| -> PyResult<Option<usize>> {
                if *i < chars.len() && chars[*i] == '*' {
                    *i += 1;
                    let v = items.get(next_arg).cloned();
                    next_arg += 1;
                    return match v {
                        Some(Value::Int(n)) => Ok(Some(n.max(0) as usize)),
                        _ => Err(s.type_error("* wants int")),
                    };
                }
                let start = *i;
                while *i < chars.len() && chars[*i].is_ascii_digit() {
                    *i += 1;
                }
                if *i > start {
                    let n: String = chars[start..*i].iter().collect();
                    return Ok(n.parse().ok());
                }
                Ok(None)
            };
            spec.width = take_star(self, &mut i)?;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                spec.precision = Some(take_star(self, &mut i)?.unwrap_or(0));
            }
            while i < chars.len() && "hlL".contains(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let conv = chars[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match key_value {
                Some(v) => v,
                None => {
                    let v = items.get(next_arg).cloned();
                    next_arg += 1;
                    match v {
                        Some(v) => v,
                        None => {
                            return Err(self.type_error("not enough arguments for format string"))
                        }
                    }
                }
            };
            if left {
                spec.align = Some(num::Align::Left);
                spec.zero_pad = false;
            } else if !spec.zero_pad {
                spec.align = Some(num::Align::Right);
            }
            let piece = match conv {
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.to_str(&arg)?,
                        'r' => self.repr(&arg)?,
                        _ => self.ascii(&arg)?,
                    };
                    let mut sp = spec.clone();
                    sp.sign = None;
                    sp.alternate = false;
                    sp.zero_pad = false;
                    if sp.align.is_none() {
                        sp.align = Some(num::Align::Right);
                    }
                    num::format_str(&s, &sp).map_err(|e| self.format_error(e, "str"))?
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let n = match &arg {
                        Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                            to_bigint(&arg).unwrap_or_default()
                        }
                        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                            match num::f64_to_bigint(f.trunc()) {
                                Some(b) => b,
                                None => {
                                    return Err(self.err(
                                        "OverflowError",
                                        "cannot convert float infinity to integer",
                                    ))
                                }
                            }
                        }
                        other => {
                            let tn = self.type_name(other);
                            let what = if matches!(conv, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            };
                            return Err(self.type_error(format!(
                                "%{conv} format: {what} is required, not {tn}"
                            )));
                        }
                    };
                    spec.ty = Some(match conv {
                        'o' => 'o',
                        'x' => 'x',
                        'X' => 'X',
                        _ => 'd',
                    });
                    let precision = spec.precision.take();
                    let mut s = num::format_int(
                        &n,
                        &FormatSpec {
                            width: None,
                            align: None,
                            zero_pad: false,
                            ..spec.clone()
                        },
                        num::DEFAULT_MAX_STR_DIGITS,
                    )
                    .map_err(|e| self.format_error(e, "int"))?;
                    if let Some(p) = precision {
                        let neg = s.starts_with('-');
                        let sign_len = if neg || s.starts_with('+') || s.starts_with(' ') {
                            1
                        } else {
                            0
                        };
                        let prefix_len = sign_len + if spec.alternate { 2 } else { 0 };
                        let digits = s.len() - prefix_len;
                        if digits < p {
                            s.insert_str(prefix_len, &"0".repeat(p - digits));
                        }
                    }
                    pad_number(s, &spec)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let Some(f) = self.to_f64(&arg)? else {
                        let tn = self.type_name(&arg);
                        return Err(self.type_error(format!("must be real number, not {tn}")));
                    };
                    spec.ty = Some(conv);
                    if spec.precision.is_none() {
                        spec.precision = Some(6);
                    }
                    let s = num::format_float(
                        f,
                        &FormatSpec {
                            width: None,
                            align: None,
                            zero_pad: false,
                            ..spec.clone()
                        },
                    )
                    .map_err(|e| self.format_error(e, "float"))?;
                    pad_number(s, &spec)
                }
                'c' => {
                    let s = match &arg {
                        Value::Int(n) => match char::from_u32(*n as u32) {
                            Some(c) if *n >= 0 => c.to_string(),
                            _ => {
                                return Err(
                                    self.err("OverflowError", "%c arg not in range(0x110000)")
                                )
                            }
                        },
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_owned(),
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    let mut sp = spec.clone();
                    sp.zero_pad = false;
                    num::format_str(&s, &sp).map_err(|e| self.format_error(e, "str"))?
                }
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{other}' ({:#x}) at index {}",
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if next_arg < items.len() && !used_mapping && !matches!(args, Value::Dict(_)) {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        if is_bytes {
            return Ok(Value::Bytes(Rc::new(crate::object::Tuple::new(
                out.into_bytes(),
            ))));
        }
        Ok(Value::from_string(out))
    }
}

/// A method implemented in Rust on a built-in type, which the fast paths here already cover.
fn is_builtin_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.receiver.is_none())
}

/// `module.Name`, except for builtins (and `__main__` in tracebacks, which omit it).
pub(crate) fn qualified_name(t: &Type) -> String {
    let module = t.module.borrow();
    if &**module == "builtins" {
        t.name.to_string()
    } else {
        format!("{module}.{}", t.name)
    }
}

pub(crate) fn type_repr(t: &Type) -> String {
    let module = t.module.borrow();
    if &**module == "builtins" {
        format!("<class '{}'>", t.name)
    } else {
        format!("<class '{module}.{}'>", t.name)
    }
}

/// Pads a formatted number for `%`: zero padding goes after the sign.
fn pad_number(s: String, spec: &FormatSpec) -> String {
    let width = spec.width.unwrap_or(0);
    let len = s.chars().count();
    if len >= width {
        return s;
    }
    let pad = width - len;
    if spec.zero_pad && spec.align != Some(num::Align::Left) {
        let sign_len = if s.starts_with(['-', '+', ' ']) { 1 } else { 0 };
        let prefix_len = sign_len
            + if spec.alternate
                && s[sign_len..].starts_with('0')
                && s.len() > sign_len + 1
                && s.as_bytes()[sign_len + 1].is_ascii_alphabetic()
            {
                2
            } else {
                0
            };
        let mut out = String::with_capacity(width);
        out.push_str(&s[..prefix_len]);
        out.push_str(&"0".repeat(pad));
        out.push_str(&s[prefix_len..]);
        return out;
    }
    if spec.align == Some(num::Align::Left) {
        format!("{s}{}", " ".repeat(pad))
    } else {
        format!("{}{s}", " ".repeat(pad))
    }
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
