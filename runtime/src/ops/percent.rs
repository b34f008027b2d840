//! `%`-formatting (printf style) for str and bytes: `'%5.2f' % x`, `b'%s' % b'x'`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::num::{self, FormatSpec};
use crate::value::Value;

use super::arith::to_bigint;

impl Interpreter {
    /// `fmt % args` for str (and bytes, as text).
    pub(crate) fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let (text, is_bytes) = match fmt {
            Value::Str(s) => (s.as_str().to_owned(), false),
            // Bytes are formatted as Latin-1 text, one char per byte, and encoded back.
            Value::Bytes(b) => (b.items.iter().map(|&c| c as char).collect(), true),
            _ => return Ok(Value::NotImplemented),
        };
        // An instance of a tuple subclass (a namedtuple's `repr_fmt % self`) is its tuple.
        let base = match args {
            Value::Instance(_) => crate::ops::builtin_base(args),
            _ => None,
        };
        if let Some(t @ Value::Tuple(_)) = &base {
            return self.percent_format(fmt, t);
        }
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
                let key = if is_bytes {
                    let data = key.chars().map(|c| c as u32 as u8).collect();
                    Value::Bytes(Rc::new(crate::object::Tuple::new(data)))
                } else {
                    Value::from_string(key)
                };
                key_value = Some(self.get_item(m, &key)?);
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
            let mut take_star = |s: &mut Self,
                                 i: &mut usize,
                                 what: &str|
             -> PyResult<Option<usize>> {
                if *i < chars.len() && chars[*i] == '*' {
                    *i += 1;
                    let v = items.get(next_arg).cloned();
                    next_arg += 1;
                    // CPython takes a `*` width as a Py_ssize_t and a precision as a C
                    // int; below that a count too large for this machine's usize (wasm32)
                    // saturates, so the allocation check refuses it.
                    let c_type = if what == "width" { "ssize_t" } else { "int" };
                    return match v {
                        Some(Value::Int(n)) if what != "width" && n > i64::from(i32::MAX) => {
                            Err(s.err("OverflowError", "Python int too large to convert to C int"))
                        }
                        Some(Value::Int(n)) => {
                            Ok(Some(usize::try_from(n.max(0)).unwrap_or(usize::MAX)))
                        }
                        Some(Value::Bool(b)) => Ok(Some(usize::from(b))),
                        Some(Value::Long(_)) => Err(s.err(
                            "OverflowError",
                            format!("Python int too large to convert to C {c_type}"),
                        )),
                        _ => Err(s.type_error("* wants int")),
                    };
                }
                let start = *i;
                while *i < chars.len() && chars[*i].is_ascii_digit() {
                    *i += 1;
                }
                if *i > start {
                    // Past Py_ssize_t CPython refuses the number; below it, a count too large
                    // for this machine's usize (wasm32) saturates, so the allocation check
                    // refuses it as it would on a 64-bit host.
                    let n: String = chars[start..*i].iter().collect();
                    let n: u128 = n.parse().unwrap_or(u128::MAX);
                    if n > i64::MAX as u128 {
                        return Err(s.value_error(format!("{what} too big")));
                    }
                    return Ok(Some(usize::try_from(n).unwrap_or(usize::MAX)));
                }
                Ok(None)
            };
            spec.width = take_star(self, &mut i, "width")?;
            // The width is a size to allocate: refuse what the heap cannot hold up front.
            if let Some(width) = spec.width.filter(|&w| w > 1 << 16) {
                self.check_alloc(width as u128 * 4)?;
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                spec.precision = Some(take_star(self, &mut i, "precision")?.unwrap_or(0));
            }
            while i < chars.len() && "hlL".contains(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let conv = chars[i];
            i += 1;
            // A numeric conversion pads to its precision: refuse what the heap cannot hold.
            if let Some(precision) = spec.precision.filter(|&p| p > 1 << 16) {
                if "diouxXeEfFgG".contains(conv) {
                    self.check_alloc(precision as u128)?;
                }
            }
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
                's' | 'r' | 'a' | 'b' => {
                    let s = match conv {
                        's' | 'b' if is_bytes => {
                            let data = match &arg {
                                Value::Bytes(b) => b.items.to_vec(),
                                other => match crate::builtins::bytearray_bytes(other) {
                                    Some(b) => b,
                                    None => {
                                        let tn = self.type_name(other);
                                        return Err(self.type_error(format!(
                                            "%b requires a bytes-like object, or an object that \
                                             implements __bytes__, not '{tn}'"
                                        )));
                                    }
                                },
                            };
                            data.into_iter().map(|c| c as char).collect()
                        }
                        'r' | 'a' if is_bytes => self.ascii(&arg)?,
                        's' => self.to_str(&arg)?,
                        'r' => self.repr(&arg)?,
                        'a' => self.ascii(&arg)?,
                        other => {
                            return Err(self.value_error(format!(
                                "unsupported format character '{other}' ({:#x}) at index {}",
                                other as u32,
                                i - 1
                            )))
                        }
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
                        Value::Instance(_)
                            if self.lookup_special(&arg, "__index__").is_some()
                                || (matches!(conv, 'd' | 'i' | 'u')
                                    && self.lookup_special(&arg, "__int__").is_some()) =>
                        {
                            let i = if self.lookup_special(&arg, "__index__").is_some() {
                                self.index_value(&arg)?
                            } else {
                                let m = self.lookup_special(&arg, "__int__");
                                let m = m.unwrap_or(Value::None);
                                self.call1(&m, arg.clone())?
                            };
                            match to_bigint(&i) {
                                Some(b) => b,
                                None => {
                                    let tn = self.type_name(&arg);
                                    return Err(self.type_error(format!(
                                        "%{conv} format: a real number is required, not {tn}"
                                    )));
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
                    let Some(f) = self.real_of(&arg)? else {
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
                'c' if is_bytes => {
                    let s = match &arg {
                        Value::Int(n) if (0..256).contains(n) => (*n as u8 as char).to_string(),
                        Value::Int(_) => {
                            return Err(self.err("OverflowError", "%c arg not in range(256)"))
                        }
                        Value::Bytes(b) if b.len() == 1 => (b.items[0] as char).to_string(),
                        _ => {
                            return Err(self.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    };
                    let mut sp = spec.clone();
                    sp.zero_pad = false;
                    num::format_str(&s, &sp).map_err(|e| self.format_error(e, "str"))?
                }
                'c' => {
                    let code = match &arg {
                        Value::Str(_) => None,
                        Value::Int(_) | Value::Bool(_) | Value::Long(_) => Some(arg.clone()),
                        Value::Instance(_) if self.lookup_special(&arg, "__index__").is_some() => {
                            Some(self.index_value(&arg)?)
                        }
                        _ => None,
                    };
                    let code = match code {
                        Some(Value::Bool(b)) => Some(Value::Int(b as i64)),
                        Some(Value::Long(_)) => Some(Value::Int(-1)),
                        other => other,
                    };
                    let s = match code.as_ref().unwrap_or(&arg) {
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
            let kind = if is_bytes { "bytes" } else { "string" };
            return Err(self.type_error(format!(
                "not all arguments converted during {kind} formatting"
            )));
        }
        if is_bytes {
            // Every char is below U+0100 here: the format's own bytes, bytes arguments, and
            // ASCII from numbers and ascii().
            let data = out.chars().map(|c| c as u32 as u8).collect();
            return Ok(Value::Bytes(Rc::new(crate::object::Tuple::new(data))));
        }
        Ok(Value::from_string(out))
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
